# types for weft-python: the names of the built-in types and GenericAlias (what list[int]
# gives), UnionType (what int | None gives), SimpleNamespace, MappingProxyType. Written for weft.
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = FunctionType
CodeType = type(_f.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C


def _type_text(t):
    if t is Ellipsis:
        return "..."
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return t.__module__ + "." + t.__qualname__
    return repr(t)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_text(a) for a in self.__args__)
        return _type_text(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        raise TypeError("%r is not a generic class" % self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


def _union_ok(t):
    return t is None or isinstance(t, (type, GenericAlias, UnionType)) or \
        hasattr(type(t), "__origin__")


def _union(a, b):
    # what `a | b` gives for types (CPython's _Py_union_type_or): nested unions flattened,
    # duplicates dropped, a single remaining type returned as itself
    if not (_union_ok(a) and _union_ok(b)):
        return NotImplemented
    args = []
    for t in (a, b):
        for x in (t.__args__ if isinstance(t, UnionType) else (t,)):
            x = NoneType if x is None else x
            if x not in args:
                args.append(x)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(args)
    return u


class UnionType:
    __parameters__ = ()

    def __new__(cls, *args):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_text(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def _check(self, what):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("%s() argument 2 cannot be a parameterized generic" % what)

    def __instancecheck__(self, obj):
        self._check("isinstance")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        self._check("issubclass")
        return issubclass(cls, self.__args__)


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class MappingProxyType:
    # A read-only view of a mapping: what a class's __dict__ gives (attributes.cpp makes one
    # per access, as CPython does). Comparisons, str() and the views go to the mapping itself.
    __module__ = "builtins"
    __qualname__ = "mappingproxy"
    __slots__ = ("_mapping",)
    __doc__ = None

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            if kwargs.keys() - {"mapping"} or len(args) + len(kwargs) > 1:
                raise TypeError("mappingproxy() takes at most 1 argument (%d given)"
                                % (len(args) + len(kwargs)))
            if not kwargs:
                raise TypeError("mappingproxy() missing required argument 'mapping' (pos 1)")
        mapping = args[0] if args else kwargs["mapping"]
        if (not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple))
                or not hasattr(type(mapping), "keys")):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, k):
        return self._mapping[k]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, k):
        return k in self._mapping

    def get(self, k, default=None):
        return self._mapping.get(k, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __lt__(self, other):
        return self._mapping < other

    def __le__(self, other):
        return self._mapping <= other

    def __gt__(self, other):
        return self._mapping > other

    def __ge__(self, other):
        return self._mapping >= other

    __hash__ = None

    def __delitem__(self, k):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __str__(self):
        return str(self._mapping)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __dir__(self):
        return [n for n in object.__dir__(self) if n not in ("_mapping", "__slots__")]


MappingProxyType.__name__ = "mappingproxy"


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get("metaclass", type)
    return meta(name, tuple(bases), ns)
