# interpreter options that describe what weft always does (cli_flags.flags: -B -E -s -S),
# accepted before the script as by python3
import sys

print(sys.argv[1:], sys.dont_write_bytecode)
