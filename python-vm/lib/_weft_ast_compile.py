# compile() of an AST object (ast.Module, ast.Expression, ast.Interactive). weft's compiler
# reads source, so the tree is checked for what CPython's AST validator reports most (the mode's
# node type, missing required fields), written back as source by CPython's ast unparser with
# each statement on the line its lineno names (so tracebacks and line numbers agree with
# python3 for trees from ast.parse and their transformations), and compiled as source.
# Not checked: expression contexts (a Name with Store where a value is read compiles as a read)
# and other semantic rules of CPython's validator.
import ast

_MODE_NODES = {"exec": ast.Module, "eval": ast.Expression, "single": ast.Interactive}
# the classes CPython names in "required field ... missing from ..." for their subclasses
_SUM_TYPES = (ast.mod, ast.stmt, ast.expr, ast.expr_context, ast.boolop, ast.operator,
              ast.unaryop, ast.cmpop, ast.excepthandler, ast.pattern, ast.type_ignore)


def _owner_name(node):
    for base in _SUM_TYPES:
        if isinstance(node, base) and getattr(node, "_attributes", ()):
            return base.__name__
    return type(node).__name__


def _problem(tree):
    # the first missing required field, as CPython's TypeError (not raised: compile() raises it,
    # so the traceback starts there)
    for node in ast.walk(tree):
        for name in node._fields:
            if not hasattr(node, name):
                return TypeError('required field "%s" missing from %s' % (name, type(node).__name__))
        for name in node._attributes:
            if name in ("end_lineno", "end_col_offset"):
                continue
            if not hasattr(node, name):
                return TypeError('required field "%s" missing from %s' % (name, _owner_name(node)))
    return None


class _LineKeepingUnparser(ast._Unparser):
    # puts each statement on the line its lineno names when that line is still ahead
    def __init__(self, **options):
        super().__init__(**options)
        self._want = 0
        self._counted = 0  # parts of _source whose newlines are in _line
        self._line = 1

    def _current_line(self):
        source = self._source
        if self._counted > len(source):
            self._counted, self._line = 0, 1
        for part in source[self._counted:]:
            self._line += part.count("\n")
        self._counted = len(source)
        return self._line

    def maybe_newline(self):
        # (called twice before a decorated or nested definition: the second call finds the
        # wanted line reached and empty)
        gap = self._want - self._current_line()
        if gap > 0:
            self.write("\n" * gap)
        elif self._source and (gap < 0 or not self._source[-1].endswith("\n")):
            self.write("\n")

    def traverse(self, node):
        if isinstance(node, ast.stmt):
            line = getattr(node, "lineno", 0)
            for deco in getattr(node, "decorator_list", ()):
                line = min(line, getattr(deco, "lineno", line))
            self._want = line
        super().traverse(node)


def source(tree, mode):
    """The source compile() compiles for `tree` in `mode`, or the exception to raise."""
    want = _MODE_NODES[mode]
    if not isinstance(tree, want):
        return TypeError("expected %s node, got %s" % (want.__name__, type(tree).__name__))
    problem = _problem(tree)
    if problem is not None:
        return problem
    unparser = _LineKeepingUnparser()
    if mode == "eval":
        return unparser.visit(tree.body)
    if mode == "single":
        unparser._source = []
        unparser.traverse(tree.body)
        return "".join(unparser._source) + "\n"
    return unparser.visit(tree) + "\n"
