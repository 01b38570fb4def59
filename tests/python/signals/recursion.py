# no loop at all: the interpreter also polls at frame entry
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


try:
    print("ready", flush=True)
    fib(100)
except KeyboardInterrupt:
    print("fib interrupted")
print(fib(10))
