from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100), Emp("di", "ops", 95)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(staff, key=attrgetter("salary"), reverse=True)])
rows = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 2, 0.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), list(map(itemgetter(0), rows)))
print(list(map(methodcaller("strip", "-"), ["-a-", "--b"])), sorted(["B", "a", "C"], key=methodcaller("lower")))
