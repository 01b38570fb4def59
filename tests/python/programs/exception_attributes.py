# Exceptions' args, attributes (OSError's filenames, SyntaxError's details, ImportError/NameError/AttributeError's name, path, obj), reprs and messages
import re
def a(s): return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))
for e in [ValueError(), ValueError('x'), ValueError('x', 2), KeyError('k'), KeyError(), KeyError(1, 2), OSError(2, 'No such file'), OSError(2, 'nf', 'path'), FileNotFoundError(2, 'x', 'p', None, 'q'), OSError('plain'), StopIteration(5), SystemExit(3), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), SyntaxError('msg', ('f.py', 1, 2, 'x y', 1, 3)), ImportError('m', name='n', path='p'), AttributeError('a', name='n', obj=1), NameError('x', name='y'), BaseExceptionGroup('g', [ValueError(1)]), Exception(None), IndexError(''), AssertionError()]:
    print(type(e).__name__, '|', repr(e), '|', str(e), '|', e.args)
e = OSError(2, 'nf', 'path'); print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyError('k').__str__())
s = SyntaxError('msg', ('f.py', 1, 2, 'x y', 1, 3)); print(s.filename, s.lineno, s.offset, s.text, s.msg, s.end_lineno, s.end_offset)
i = ImportError('m', name='n', path='p'); print(i.name, i.path, i.msg)
try:
    try: 1/0
    except ZeroDivisionError as z: raise ValueError('v') from z
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__, a(v.__traceback__))
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('v2')
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
e = ValueError('x'); e.add_note('note1'); print(e.__notes__)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError, ValueError.__mro__, ZeroDivisionError.__bases__)
print(a(ValueError.__init__), a(ValueError.__str__), a(ValueError.__repr__))
class MyErr(Exception):
    def __init__(self, a, b): super().__init__(a); self.b = b
m = MyErr(1, 2); print(repr(m), str(m), m.args, m.b)
class E2(Exception):
    def __str__(self): return 'custom'
print(repr(E2('q')), str(E2('q')))
try: raise MyErr(1, 2)
except Exception as ex: print(type(ex).__name__, ex)
try: raise TypeError
except TypeError as ex: print(repr(ex))
try: raise 5
except TypeError as ex: print(ex)
try: raise ValueError from 3
except TypeError as ex: print(ex)
import errno; print(errno.ENOENT, errno.errorcode[2])
try: open('/nonexistent/x')
except OSError as ex: print(type(ex).__name__, ex, ex.errno, ex.filename, repr(ex))
try: int('x')
except ValueError as ex: print(ex.args)
try: [].pop()
except IndexError as ex: print(ex)
try: {}.pop('x')
except KeyError as ex: print(repr(ex), str(ex))
try: x = undefined_name
except NameError as ex: print(ex, ex.name)
try: 'a'.nope
except AttributeError as ex: print(ex, ex.name, ex.obj)
import sys
def f(): raise ValueError('tb')
try: f()
except ValueError:
    t, v, tb = sys.exc_info(); print(t, v, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
