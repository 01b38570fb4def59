from .. import X
from ..a import A as AA
from . import mod
print("sub", X, AA, mod.V)
