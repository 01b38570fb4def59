# compile() of an AST object (ast.Module, ast.Expression, ast.Interactive). weft's compiler
# reads source, so the tree is checked for what CPython's AST validator reports most (the mode's
# node type, missing required fields), written back as source by CPython's ast unparser with
# each statement on the line its lineno names (so tracebacks and line numbers agree with
# python3 for trees from ast.parse and their transformations), and compiled as source.
# Expression contexts are checked as CPython's validator does; its other semantic rules are not.
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


# expression contexts, as CPython's validator: targets of assignments, for loops, with items,
# comprehensions and walruses must be Store, of del Del, every other expression Load (the
# elements of a List/Tuple/Starred target share its context)
_CONTEXT_NODES = (ast.Name, ast.Attribute, ast.Subscript, ast.Starred, ast.List, ast.Tuple)
_TARGET_FIELDS = {ast.Assign: ("targets", ast.Store), ast.AugAssign: ("target", ast.Store),
                  ast.AnnAssign: ("target", ast.Store), ast.For: ("target", ast.Store),
                  ast.AsyncFor: ("target", ast.Store), ast.Delete: ("targets", ast.Del),
                  ast.withitem: ("optional_vars", ast.Store),
                  ast.comprehension: ("target", ast.Store), ast.NamedExpr: ("target", ast.Store)}


class _ContextError(Exception):
    pass


def _check_context(node, want):
    if not isinstance(node, _CONTEXT_NODES):
        _check_children(node)
        return
    has = type(node.ctx)
    if has is not want:
        raise _ContextError("expression must have %s context but has %s instead"
                            % (want.__name__, has.__name__))
    if isinstance(node, (ast.List, ast.Tuple)):
        for elt in node.elts:
            _check_context(elt, want)
    elif isinstance(node, ast.Starred):
        _check_context(node.value, want)
    elif isinstance(node, ast.Attribute):
        _check_context(node.value, ast.Load)
    elif isinstance(node, ast.Subscript):
        _check_context(node.value, ast.Load)
        _check_context(node.slice, ast.Load)


def _check_children(node):
    target = _TARGET_FIELDS.get(type(node))
    for name, value in ast.iter_fields(node):
        want = target[1] if target is not None and name == target[0] else ast.Load
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, ast.expr):
                _check_context(item, want)
            elif isinstance(item, ast.AST):
                _check_children(item)


def _context_problem(tree):
    try:
        _check_children(tree)
    except _ContextError as e:
        return ValueError(str(e))
    return None


_SIMPLE_STATEMENTS = (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Delete,
                      ast.Pass, ast.Break, ast.Continue, ast.Raise, ast.Assert, ast.Import,
                      ast.ImportFrom, ast.Global, ast.Nonlocal)


class _LineKeepingUnparser(ast._Unparser):
    # puts each statement on the line its lineno names when that line is still ahead; simple
    # statements on the line of the simple statement before them follow it after "; ", and a
    # block of simple statements all on its header's line follows the header's colon
    def __init__(self, **options):
        super().__init__(**options)
        self._want = 0
        self._counted = 0  # parts of _source whose newlines are in _line
        self._line = 1
        self._simple_line = 0  # the line of the simple statement just written (0: none)
        self._join = None  # what the next fill() writes instead of a new line

    def fill(self, text=""):
        join, self._join = self._join, None
        if join is None:
            super().fill(text)
        else:
            self.write(join + text)

    def _write_docstring_and_traverse_body(self, node):
        # a docstring is a statement as any other here (its quoting does not matter)
        self.traverse(node.body)

    def _header_line_block(self, body):
        if not (self._source and self._source[-1].endswith(":")):
            return False
        line = self._current_line()
        return all(isinstance(s, _SIMPLE_STATEMENTS) and getattr(s, "lineno", 0) == line
                   for s in body)

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
        if isinstance(node, list):
            if node and self._header_line_block(node):
                self._join = " "
                self._simple_line = 0
            super().traverse(node)
            return
        if not isinstance(node, ast.stmt):
            super().traverse(node)
            return
        line = getattr(node, "lineno", 0)
        for deco in getattr(node, "decorator_list", ()):
            line = min(line, getattr(deco, "lineno", line))
        self._want = line
        simple = isinstance(node, _SIMPLE_STATEMENTS)
        if (simple and self._join is None and line == self._simple_line
                and line == self._current_line()):
            self._join = "; "
        self._simple_line = 0
        super().traverse(node)
        self._simple_line = line if simple else 0


def source(tree, mode):
    """The source compile() compiles for `tree` in `mode`, or the exception to raise."""
    want = _MODE_NODES[mode]
    if not isinstance(tree, want):
        return TypeError("expected %s node, got %s" % (want.__name__, type(tree).__name__))
    problem = _problem(tree) or _context_problem(tree)
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
