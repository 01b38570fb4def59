# with -W error a compile-time SyntaxWarning is a SyntaxError: the script does not run
print("not printed")
x = 1
if x is 1:
    pass
