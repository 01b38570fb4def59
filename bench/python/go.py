"""Go: random playouts on a 9x9 Go board (captures by flood fill, no suicide, no filling of
one's own eyes, a simple ko rule, area scoring). Exercises lists, sets, classes and the
random module."""
import random
import sys

EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
SYMBOLS = ".XO#"


class Board:
    def __init__(self, size):
        self.size = size
        self.width = w = size + 2
        self.cells = [EDGE] * (w * w)
        for r in range(1, size + 1):
            for c in range(1, size + 1):
                self.cells[r * w + c] = EMPTY
        self.offsets = (1, -1, w, -w)
        self.points = [r * w + c for r in range(1, size + 1) for c in range(1, size + 1)]
        self.ko = None
        self.captures = [0, 0, 0]

    def group(self, p):
        """The stones connected to p and whether the group has a liberty."""
        colour = self.cells[p]
        cells = self.cells
        stones = {p}
        todo = [p]
        free = False
        while todo:
            q = todo.pop()
            for d in self.offsets:
                n = q + d
                v = cells[n]
                if v == EMPTY:
                    free = True
                elif v == colour and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, free

    def is_eye(self, p, colour):
        cells = self.cells
        for d in self.offsets:
            v = cells[p + d]
            if v != colour and v != EDGE:
                return False
        return True

    def play(self, p, colour):
        """Plays colour at p; returns False (board unchanged) for an illegal move."""
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - colour
        self.cells[p] = colour
        taken = []
        for d in self.offsets:
            n = p + d
            if self.cells[n] == other:
                stones, free = self.group(n)
                if not free:
                    taken.extend(stones)
                    for s in stones:
                        self.cells[s] = EMPTY
        if not taken:
            stones, free = self.group(p)
            if not free:
                self.cells[p] = EMPTY
                return False
        self.ko = taken[0] if len(taken) == 1 else None
        self.captures[colour] += len(taken)
        return True

    def score(self):
        """Area score: stones plus empty regions bordered by one colour only."""
        counts = [0, 0, 0, 0]
        seen = set()
        cells = self.cells
        for p in self.points:
            v = cells[p]
            if v != EMPTY:
                counts[v] += 1
                continue
            if p in seen:
                continue
            region = [p]
            seen.add(p)
            borders = set()
            i = 0
            while i < len(region):
                q = region[i]
                i += 1
                for d in self.offsets:
                    n = q + d
                    w = cells[n]
                    if w == EMPTY and n not in seen:
                        seen.add(n)
                        region.append(n)
                    elif w == BLACK or w == WHITE:
                        borders.add(w)
            if len(borders) == 1:
                counts[borders.pop()] += len(region)
        return counts[BLACK], counts[WHITE]

    def __str__(self):
        w = self.width
        return "\n".join("".join(SYMBOLS[self.cells[r * w + c]] for c in range(1, self.size + 1))
                         for r in range(1, self.size + 1))


def playout(rng, size):
    board = Board(size)
    colour = BLACK
    passes = 0
    moves = 0
    while passes < 2 and moves < size * size * 3:
        candidates = [p for p in board.points if board.cells[p] == EMPTY]
        rng.shuffle(candidates)
        for p in candidates:
            if not board.is_eye(p, colour) and board.play(p, colour):
                passes = 0
                break
        else:
            passes += 1
        colour = 3 - colour
        moves += 1
    return board, moves


def main(games):
    rng = random.Random(42)
    black_wins = 0
    total_moves = 0
    margin = 0
    for _ in range(games):
        board, moves = playout(rng, 9)
        b, w = board.score()
        total_moves += moves
        margin += b - w
        if b > w + 7:
            black_wins += 1
    print("games %d, black wins %d, moves %d, margin %d" % (games, black_wins, total_moves, margin))
    print("captures", board.captures)
    print(board)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
