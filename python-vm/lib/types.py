# types for weft-python: the names of the built-in types and GenericAlias (what list[int]
# gives), UnionType (what int | None gives), SimpleNamespace, MappingProxyType. Written for weft.
import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = FunctionType
CodeType = type(_f.__code__)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(_sys)
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


def _descriptor_types():
    # the types of the built-in descriptors, read off objects that have them
    class _S:
        __slots__ = ("a",)

    class _D:
        pass
    return type(_D.__dict__["__dict__"]), type(_S.__dict__["a"])


WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType, MemberDescriptorType = _descriptor_types()


def _cell_type():
    x = None

    def inner():
        return x
    return type(inner.__closure__[0])


CellType = _cell_type()
try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
    del _exc


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _co, _c, _ag, _cell_type, _descriptor_types


def resolve_bases(bases):
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        changed = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        winner = meta
        for base in bases:
            base_meta = type(base)
            if issubclass(winner, base_meta):
                continue
            if issubclass(base_meta, winner):
                winner = base_meta
                continue
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        meta = winner
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def coroutine(func):
    # generator-based coroutines are gone from weft: a function is returned as it is
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func


class DynamicClassAttribute:
    # an attribute read through instances; through the class, the metaclass's __getattr__
    # answers (enum members named like Enum's own properties)
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        result = type(self)(fget, self.fset, self.fdel, None if self.overwrite_doc else self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)
