# bench/python/fannkuch.py at a small size: the benchmark itself must print what python3 prints.
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/../../../bench/python")
import fannkuch as bench

bench.main(7)
