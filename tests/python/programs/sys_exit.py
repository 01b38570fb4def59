import sys
print("argv", len(sys.argv))
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
sys.exit(3)
