class A:
    __count = 0
    def __init__(self):
        self.__secret = 1
        A.__count += 1
    def get(self):
        return self.__secret, self.__count, self.__helper()
    def __helper(self):
        return "h"
    def __dunder__(self):
        return "d"
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 2
a = B()
print(a.get(), a._A__secret, a._B__secret, sorted(k for k in vars(a)), A._A__count, a.__dunder__())
try:
    a.__secret
except AttributeError as e:
    print(e)
class _Under:
    def __m(self):
        return 1
print([n for n in dir(_Under) if "m" in n and n.startswith("_U")])
