# an unknown \N{...} name is a SyntaxError (position in the literal body)
x = "ab\N{LATIN SMALL LETTER A}\N{foo}"
