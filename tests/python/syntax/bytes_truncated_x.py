x = b"a\x4"
