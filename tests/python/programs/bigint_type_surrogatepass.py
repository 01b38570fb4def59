# type() of an int beyond the small-int range is int; the utf-8 'surrogatepass' handler
x = 2**70
print(type(x) is int, x.__class__ is int, type(-x) is int, type(x) == type(1), isinstance(x, int))
print(type(x).__name__, {type(1), type(x)}, type(True) is bool)
print(b'a\xed\xa0\x80b'.decode('utf-8', 'surrogatepass') == 'a\ud800b')
try: b'\xff'.decode('utf-8', 'surrogatepass')
except UnicodeDecodeError as e: print(e)
try: 'é'.encode('ascii', 'surrogatepass')
except UnicodeEncodeError as e: print(e)
print('abc'.encode('utf-8', 'surrogatepass'))
