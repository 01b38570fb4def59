#!/usr/bin/env python3
"""An independent interpreter of tally (examples/tutorial/tally.h), written from the language's
description, not from the C++ code: the tests compare both steps of the tutorial with it.

    reference_tally.py PROGRAM.tally     prints what the program prints
"""
import sys

ARITY = {'set': 2, 'add': 3, 'sub': 3, 'mul': 3, 'div': 3, 'mod': 3, 'lt': 3, 'le': 3,
         'eq': 3, 'ne': 3, 'jump': 1, 'jumpif': 2, 'print': 1}
MASK = (1 << 64) - 1
OPERATORS = {'add': lambda x, y: x + y, 'sub': lambda x, y: x - y, 'mul': lambda x, y: x * y,
             'div': lambda x, y: x // y, 'mod': lambda x, y: x % y,
             'lt': lambda x, y: int(x < y), 'le': lambda x, y: int(x <= y),
             'eq': lambda x, y: int(x == y), 'ne': lambda x, y: int(x != y)}


def wrap(x):
    x &= MASK
    return x - (1 << 64) if x >> 63 else x


def load(path):
    program, labels = [], {}
    with open(path) as f:
        for number, line in enumerate(f, 1):
            words = line.split('#')[0].split()
            if words and words[0].endswith(':'):
                labels[words[0][:-1]] = len(program)
                words = words[1:]
            if words:
                assert ARITY[words[0]] == len(words) - 1, (number, line)
                program.append((words[0], words[1:], number))
    return program, labels


def run(path):
    program, labels = load(path)
    variables = {}

    def value(word):
        try:
            return int(word)
        except ValueError:
            return variables.get(word, 0)

    pc = 0
    out = []
    while pc < len(program):
        op, args, line = program[pc]
        pc += 1
        if op == 'set':
            variables[args[0]] = value(args[1])
        elif op == 'jump':
            pc = labels[args[0]]
        elif op == 'jumpif':
            if value(args[0]) != 0:
                pc = labels[args[1]]
        elif op == 'print':
            out.append('%d\n' % value(args[0]))
        else:
            x, y = value(args[1]), value(args[2])
            if op in ('div', 'mod') and y == 0:
                sys.stdout.write(''.join(out))
                sys.stderr.write('%s:%d: division by zero\n' % (path, line))
                sys.exit(1)
            variables[args[0]] = wrap(OPERATORS[op](x, y))
    sys.stdout.write(''.join(out))


if __name__ == '__main__':
    run(sys.argv[1])
