class A: pass
class B:
    "doc"
print(A.__dict__.get('__doc__', 'missing'))
class E(Exception):
    def __new__(cls, *a): return super().__new__(cls, *a)
e = E(1, 2)
print(e.args, repr(e))
print(Exception.__new__(ValueError, 3).args, ValueError.__new__(ValueError).args)
print('__new__' in Exception.__dict__, '__new__' in ValueError.__dict__, '__new__' in int.__dict__, '__new__' in A.__dict__)
