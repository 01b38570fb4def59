# classmethod/staticmethod reprs, generators' gi_frame, instance lay-out conflicts of bases
import re


def a(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))


class C:
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return 'sm'


print(a(C.__dict__['cm']), a(C.__dict__['sm']), a(classmethod(len)), C.cm(), C.sm())


def gen():
    yield 1
    yield 2


g = gen()
f = g.gi_frame
print(f.f_code.co_name, f.f_lineno, f.f_lasti, g.gi_suspended)
next(g)
print(g.gi_frame.f_lineno, g.gi_suspended, g.gi_running, g.gi_code.co_name)
list(g)
print(g.gi_frame, g.gi_suspended)
for bases in [(int, str), (list, dict), (Exception, int), (int, object), (ValueError, KeyError)]:
    try:
        print(type('X', bases, {}).__mro__[1].__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], e)
