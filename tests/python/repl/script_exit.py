# SystemExit under -i is reported as a traceback and the REPL still runs
import sys
print("before exit")
sys.exit(5)
