# str.format: automatic and manual field numbering cannot be mixed; conversion and unclosed-field errors
for s, a, k in [("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{:{}}", (1, 5), {}), ("{0:{1}}", (1, 5), {}), ("{!x}", (1,), {}), ("{!r2}", (1,), {}), ("{!}", (1,), {}), ("{a!r:>5}", (), {"a": "q"}), ("{:{0}}", (1, 2), {}), ("{}{}", (1,), {}), ("{0[0]}", ([7],), {}), ("{", (), {}), ("}", (), {}), ("{0.x}", (1,), {})]:
    try: print(repr(s.format(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
for s in ["{", "a{", "{0", "{0:", "{!", "{0!r", "x{0!}"]:
    try: print(repr(s.format(1)))
    except Exception as e: print(repr(s), type(e).__name__, e)
