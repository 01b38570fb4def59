#!/usr/bin/env python3
"""An independent Brainfuck interpreter (8-bit wrapping cells, 65536-cell tape, 0 at end of
input): the reference that the expected outputs of weft-bf's tests come from."""
import sys


def run(code, data):
    ops = [c for c in code if c in '+-<>.,[]']
    match, stack = {}, []
    for i, c in enumerate(ops):
        if c == '[':
            stack.append(i)
        elif c == ']':
            j = stack.pop()
            match[i], match[j] = j, i
    tape, pos, pc, out, inp = [0] * 65536, 0, 0, bytearray(), 0
    while pc < len(ops):
        c = ops[pc]
        if c == '+':
            tape[pos] = (tape[pos] + 1) & 255
        elif c == '-':
            tape[pos] = (tape[pos] - 1) & 255
        elif c == '>':
            pos += 1
        elif c == '<':
            pos -= 1
        elif c == '.':
            out.append(tape[pos])
        elif c == ',':
            tape[pos] = data[inp] if inp < len(data) else 0
            inp += 1
        elif c == '[' and tape[pos] == 0:
            pc = match[pc]
        elif c == ']' and tape[pos] != 0:
            pc = match[pc]
        pc += 1
    return bytes(out)


if __name__ == '__main__':
    with open(sys.argv[1]) as f:
        code = f.read()
    sys.stdout.buffer.write(run(code, sys.stdin.buffer.read()))
