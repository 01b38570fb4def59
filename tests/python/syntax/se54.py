# lambda parameters after **kw
f = lambda **kw, x: 0
