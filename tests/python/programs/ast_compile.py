# compile() of AST objects: trees from ast.parse, transformed trees, hand-built trees; exec,
# eval and single modes; line numbers of the compiled code (tracebacks, co_firstlineno,
# f_lineno); PyCF_ONLY_AST on a tree; the errors CPython's validator gives for a wrong mode
# node and missing fields.
import ast
import sys
import traceback

src = '''"""module doc"""
import math
import sys


@staticmethod
def unused():
    pass


def area(r):
    """doc"""
    return math.pi * r ** 2


class Shape:
    sides = 0

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"


class Square(Shape):
    sides = 4


values = [area(1), area(2)]
print(round(sum(values), 3), Square().describe())
print(area.__code__.co_firstlineno, Shape.describe.__code__.co_firstlineno)
print(sys._getframe().f_lineno)
for i in range(2):
    if i:
        print("odd", i)
    else:
        print("even", i)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught at", e.__traceback__.tb_lineno)
'''
tree = ast.parse(src, "shapes.py")
code = compile(tree, "shapes.py", "exec")
print(type(code).__name__, code.co_filename)
ns = {}
exec(code, ns)
print(ns["__doc__"])

e = compile(ast.parse("[x * 2 for x in range(4)]", mode="eval"), "<ast>", "eval")
print(eval(e))
print(eval(compile(ast.fix_missing_locations(ast.Expression(body=ast.Constant(42))), "<c>",
                   "eval")))
print(eval(compile(ast.parse("lambda a, *b, c=3, **d: (a, b, c, d)", mode="eval"), "", "eval"))(1, 2, c=4, e=5))


class Times10(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node


t2 = Times10().visit(ast.parse("print(1, 2)\nif True:\n    print(3)\n\n\nraise ValueError(4)"))
try:
    exec(compile(ast.fix_missing_locations(t2), "<tx>", "exec"))
except ValueError:
    print(traceback.format_exc().splitlines()[-2:])

m = ast.Module(body=[ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))],
               type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<built>", "exec"))
same = compile(m, "<built>", "exec", ast.PyCF_ONLY_AST)
print(same is m)
exec(compile(ast.parse("x = 5", mode="single"), "<single>", "single"))
exec(compile(ast.parse("x * 2", mode="single"), "<single>", "single"))
exec(compile("for k in range(2): k\n", "<s>", "single"))
exec(compile("None", "<s>", "single"))
i = ast.Interactive(body=[ast.Expr(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))])
exec(compile(ast.fix_missing_locations(i), "<i>", "single"))


def attempt(what, fn):
    try:
        fn()
        print(what, "ok")
    except Exception as ex:
        print(what, type(ex).__name__, ex)


attempt("no lineno", lambda: compile(ast.Module(body=[ast.Pass()], type_ignores=[]), "<b>",
                                     "exec"))
attempt("expr no lineno", lambda: compile(ast.Expression(body=ast.Name("x", ast.Load())), "<b>",
                                          "eval"))
attempt("no type_ignores", lambda: compile(ast.fix_missing_locations(ast.Module(body=[])), "<b>",
                                           "exec"))
attempt("wrong mode node", lambda: compile(ast.Expression(body=ast.Constant(1)), "<b>", "exec"))
attempt("module for eval", lambda: compile(ast.Module(body=[], type_ignores=[]), "<b>", "eval"))
attempt("not ast", lambda: compile(3, "<b>", "exec"))
attempt("bad mode", lambda: compile(m, "<b>", "run"))
