#!/usr/bin/env python3
"""Translates a Brainfuck program to C, command by command (no run merging or other
optimization: the C compiler does what it can), with the semantics of weft-bf: 8-bit wrapping
cells, a 65,536-cell tape, 0 at the end of input, an error when the program moves off the tape.

    bf2c.py program.b > program.c
"""
import sys

HEAD = """#include <stdio.h>
#include <stdlib.h>
static unsigned char tape[65536];
static void off_tape(void) { fputs("the program moved off the tape\\n", stderr); exit(1); }
int main(void) {
  long p = 0;
"""

def main():
    with open(sys.argv[1]) as f:
        code = f.read()
    out = [HEAD]
    depth = 1
    for c in code:
        pad = '  ' * depth
        if c == '+':
            out.append(pad + 'tape[p]++;\n')
        elif c == '-':
            out.append(pad + 'tape[p]--;\n')
        elif c == '>':
            out.append(pad + 'if (++p == 65536) off_tape();\n')
        elif c == '<':
            out.append(pad + 'if (--p < 0) off_tape();\n')
        elif c == '.':
            out.append(pad + 'putchar(tape[p]);\n')
        elif c == ',':
            out.append(pad + '{ int ch = getchar(); tape[p] = ch == EOF ? 0 : ch; }\n')
        elif c == '[':
            out.append(pad + 'while (tape[p]) {\n')
            depth += 1
        elif c == ']':
            depth -= 1
            out.append('  ' * depth + '}\n')
    out.append('  return 0;\n}\n')
    sys.stdout.write(''.join(out))


if __name__ == '__main__':
    main()
