import math
from math import sqrt, pi as PI
import time
print(math.sqrt(16), sqrt(2), PI, math.floor(2.7), math.ceil(2.1), math.gcd(12, 18), math.factorial(20))
print(math.isqrt(99), math.log(math.e), math.log(8, 2), math.inf > 1e308, math.hypot(3, 4))
t = time.time()
print(t > 0, type(time.perf_counter()).__name__)
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
