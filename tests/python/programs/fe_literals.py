print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff, 1e3, 1.5e-3, .5, 5., 1_0.0_1)
print('single', "double", '''triple''', """dq triple""")
print('a' 'b' "c", b'by' b'tes', r'\d+\n', R'raw', br'\x00', Rb'\t')
print('\x41\101\u00e9\U0001F600\N{BULLET}', '\t|\n|'.encode())
print("esc: \\ \' \" \a\b\f\v".encode())
print(len('\N{LATIN SMALL LETTER E WITH ACUTE}'), '\N{GREEK SMALL LETTER ALPHA}')
print(True + True, None, ..., Ellipsis is ..., type(...).__name__)
print(0xdead_beef, 0b_1_0, 1 if 1 else 2, not 0, -(-3), +4, ~5)
print(10 ** -2, 2 ** 100, 7 // -2, -7 % 3, 7.5 // 2, divmod(-7, 2))
print([1, 2,], (1,), {1: 2,}, {3,}, ())
print(type(1j).__name__ if False else "complex later")
s = "continued \
line"
print(s, 1 + \
    2)
print(("implicit"
       " concatenation"), [
    1,
    2,
])
