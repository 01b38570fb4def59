import sys
def main():
    print("about to fail", file=sys.stderr)
    sys.stdout.flush()
    raise SystemExit("fatal: bad config")
main()
