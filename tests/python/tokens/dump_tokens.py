"""Prints the tokens of a file the way `weft-python --dump-tokens` does (the reference side of
the tokenizer tests): NAME/NUMBER/STRING/OP with 'line,col TYPE repr', other kinds by name;
COMMENT, NL and ENCODING are left out (weft's tokenizer does not produce them)."""
import sys
import tokenize

with open(sys.argv[1], "rb") as f:
    for tok in tokenize.tokenize(f.readline):
        name = tokenize.tok_name[tok.type]
        if name in ("COMMENT", "NL", "ENCODING"):
            continue
        if tok.type == tokenize.OP or name in ("NAME", "NUMBER", "STRING"):
            print("%d,%d %s %r" % (tok.start[0], tok.start[1], "OP" if tok.type == tokenize.OP else name, tok.string))
        else:
            print(name)
