print("init pkg", __name__, __package__)
from .a import A
X = 1
