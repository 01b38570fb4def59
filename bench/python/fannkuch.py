"""Fannkuch-redux: pancake flips over all permutations of 0..n-1, visited in the sign-
alternating order of the Benchmarks Game (list slicing, reversal, index arithmetic)."""
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = perm1[:]
    max_flips = 0
    checksum = 0
    positive = True
    while True:
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 1
            nxt = perm[first]
            while nxt:
                perm[:first + 1] = perm[first::-1]
                flips += 1
                first = nxt
                nxt = perm[nxt]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if positive else -flips
        if positive:
            perm1[0], perm1[1] = perm1[1], perm1[0]
            positive = False
            continue
        perm1[1], perm1[2] = perm1[2], perm1[1]
        positive = True
        for r in range(2, n - 1):
            if count[r]:
                break
            count[r] = r
            head = perm1[0]
            perm1[:r + 1] = perm1[1:r + 2]
            perm1[r + 1] = head
        else:
            r = n - 1
            if not count[r]:
                return checksum, max_flips
        count[r] -= 1


def main(n):
    checksum, flips = fannkuch(n)
    print("%d\nPfannkuchen(%d) = %d" % (checksum, n, flips))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
