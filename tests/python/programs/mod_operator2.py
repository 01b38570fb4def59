import operator as op
print(op.add(2, 3), op.sub(5, 1), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(5), op.pos(-5))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([1]), op.abs(-2))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(3, 2), op.ge(1, 2), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
print(op.getitem([1, 2, 3], 1), op.getitem("abc", slice(1, None)), op.indexOf([5, 6, 7], 7), op.countOf([1, 1, 2], 1), op.concat([1], [2]))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("xyz"), get02("xyz"), sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
class P:
    def __init__(self, n, a):
        self.name = n
        self.age = a
        self.inner = self
    def greet(self, other, punct="!"):
        return "hi " + other + punct
people = [P("b", 30), P("a", 25)]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("name", "age")(people[0]), op.attrgetter("inner.name")(people[1]))
print(op.methodcaller("greet", "you")(people[0]), op.methodcaller("greet", "x", punct="?")(people[0]), op.methodcaller("upper")("abc"))
print(op.index(5), op.length_hint([1, 2]), op.iadd([1], [2]), op.imul(3, 4))
import functools
print(functools.reduce(op.add, range(10)), list(map(op.mul, [1, 2], [3, 4])))
