import sys
print(len(sys.argv))
from sys import nothing_here
