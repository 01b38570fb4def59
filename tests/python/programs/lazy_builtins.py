# complex, bytearray, memoryview and the exception groups are written in Python and installed
# into the builtins when a program first names them: every way of reaching them finds them.
import builtins

print("complex" in dir(builtins), "bytearray" in builtins.__dict__)
print(hasattr(builtins, "BaseExceptionGroup"), builtins.ExceptionGroup.__name__)
from builtins import memoryview as mv

print(mv.__name__, mv(b"xy").tobytes())


def inside_a_function():
    return bytearray(b"ab"), complex(1, 2)


print(inside_a_function())
print(2j, (1 + 2j) * 3, (-8.0) ** 0.5, eval("3j"))
print(isinstance(1j, complex), type(bytearray()).__module__, complex.__module__)
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print("caught", repr(e))
del builtins.complex
try:
    complex(1)
except NameError as e:
    print(e)
