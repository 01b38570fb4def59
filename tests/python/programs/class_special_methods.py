class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in r) for r in self.rows)
    @property
    def T(self):
        return Matrix(zip(*self.rows))
m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, m @ m, m + m, 2 * m, m * 3)
print(m[0, 1], m.T, len(m), list(m))
m[1, 1] = 10
print(m)
print(str(m.T), repr(Matrix.identity(3)))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:,.2f}"
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __round__(self, n=0):
        return Money(round(self.cents, -2 + n) if n < 2 else self.cents)
    def __bool__(self):
        return self.cents != 0
    def __hash__(self):
        return hash(self.cents)
    def __eq__(self, o):
        return self.cents == o.cents
price = Money(123456)
print(f"{price}", f"{price:short}", format(price, ""), int(price), float(price), bool(Money(0)))
print(round(price).cents, {price: 1}[Money(123456)])
