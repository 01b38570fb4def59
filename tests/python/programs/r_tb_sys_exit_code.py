import sys
def main(argv):
    print("args:", len(argv))
    if len(argv) < 5:
        print("usage error", file=sys.stderr)
        return 2
    return 0
sys.exit(main(sys.argv))
