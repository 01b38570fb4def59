x = f"\N{LATIN SMALL LETTER A}{1}\N{foo} {2}"
