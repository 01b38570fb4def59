# typing for weft-python: what programs use at run time — the special forms and generic aliases
# subscripted in annotations (List[int], Optional[str], Callable[[int], str] ...), TypeVar,
# Generic, Protocol, NamedTuple, TypedDict, NewType, cast, overload, get_type_hints, get_origin,
# get_args. No static checking, as in CPython. Written for weft after typing's documentation;
# reprs follow CPython's.
import collections
import collections.abc
import sys
import types

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    pass


class _GenericAlias(_Final):
    # X[args] for a typing name or a generic class; calling it makes an instance of the origin
    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is ... else _type_check(a) for a in args)
        self.__parameters__ = tuple(a for a in self.__args__ if isinstance(a, TypeVar))
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__,
                             tuple(subst.get(a, a) for a in self.__args__), self._name,
                             self._inst)

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            if self.__origin__ is Generic and Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (self.__origin__,)
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    # List, Dict, Deque ...: the bare name, subscriptable; isinstance() checks the origin
    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return "typing.Callable[..., " + _type_repr(self.__args__[1]) + "]"
        return ("typing.Callable[[" + ", ".join(_type_repr(a) for a in self.__args__[:-1]) +
                "], " + _type_repr(self.__args__[-1]) + "]")


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            return _CallableGenericAlias(self.__origin__, (..., result), "Callable")
        if not isinstance(args, (list, tuple)):
            raise TypeError("Callable[args, result]: args must be a list. Got %r" % (args,))
        return _CallableGenericAlias(self.__origin__, tuple(args) + (result,), "Callable")


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, "Tuple")


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _type_check(p)
        subs = p.__args__ if isinstance(p, (_UnionGenericAlias, types.UnionType)) else (p,)
        for s in subs:
            if s not in flat:
                flat.append(s)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat), "Union")


def _optional_getitem(self, params):
    return Union[params, None]


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralGenericAlias(self, params)


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        self._name = "Literal"
        self._inst = False

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"


def _wrap_getitem(name):
    def getitem(self, params):
        return _GenericAlias(self, params, None, False)
    return getitem


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _wrap_getitem("ClassVar"))
Final = _SpecialForm("Final", _wrap_getitem("Final"))
Annotated = _SpecialForm("Annotated", _annotated_getitem)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
TypeGuard = _SpecialForm("TypeGuard", _wrap_getitem("TypeGuard"))
Concatenate = _SpecialForm("Concatenate", _wrap_getitem("Concatenate"))
Required = _SpecialForm("Required", _wrap_getitem("Required"))
NotRequired = _SpecialForm("NotRequired", _wrap_getitem("NotRequired"))
Unpack = _SpecialForm("Unpack", _wrap_getitem("Unpack"))

_abc = collections.abc
List = _SpecialGenericAlias(list, 1, "List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
Tuple = _TupleType(tuple, -1, "Tuple", inst=False)
Type = _SpecialGenericAlias(type, 1, "Type", inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, "ChainMap")
Callable = _CallableType(_abc.Callable, 2, "Callable")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString")
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, TypeVarTuple)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                    f"variables or parameter specification variables.")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(b, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(type(collections.abc.Sized)):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and getattr(cls, "_is_runtime_protocol", False):
            if all(hasattr(instance, attr) for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__weakref__", "_is_protocol",
                    "_is_runtime_protocol", "__dict__", "__args__", "__slots__", "__next_in_mro__",
                    "__parameters__", "__origin__", "__orig_bases__", "__extra__", "__tree_hash__",
                    "__doc__", "__subclasshook__", "__init__", "__new__", "__module__",
                    "_MutableMapping__marker", "__qualname__", "__orig_class__",
                    "__match_args__", "__class_getitem__", "__init_subclass__"):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def _namedtuple_from_annotations(name, ns, module):
    fields = list(ns.get("__annotations__", {}))
    defaults = [ns[f] for f in fields if f in ns]
    nt = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = dict(ns.get("__annotations__", {}))
    for key, value in ns.items():
        if key not in fields and key not in ("__annotations__", "__module__", "__qualname__",
                                             "__orig_bases__"):
            setattr(nt, key, value)
    return nt


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        return _namedtuple_from_annotations(typename, ns, ns.get("__module__", "__main__"))


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


class _NamedTupleFactory:
    # NamedTuple("P", [("x", int)]) and `class P(NamedTuple): x: int`
    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        ns = {"__annotations__": dict(fields)}
        module = sys._getframe(1).f_globals.get("__name__", "__main__")
        return _namedtuple_from_annotations(typename, ns, module)

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, "__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        ns["__annotations__"] = annotations
        tp = super().__new__(cls, name, (dict,), ns)
        tp.__total__ = total
        tp.__required_keys__ = frozenset(annotations) if total else frozenset()
        tp.__optional_keys__ = frozenset() if total else frozenset(annotations)
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


class _TypedDictFactory:
    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        return _TypedDictMeta(typename, (), {"__annotations__": dict(fields)}, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)


TypedDict = _TypedDictFactory()


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    def __call__(self, x):
        return x

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: %r" % (arg,))


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def _eval(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return eval(t.__forward_arg__, globalns, localns)
    if t is None:
        return type(None)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            g = globalns if globalns is not None else \
                getattr(sys.modules.get(base.__module__), "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval(value, g, localns if localns is not None else dict(vars(base)))
        return hints
    ann = getattr(obj, "__annotations__", None) or {}
    if globalns is None:
        globalns = getattr(obj, "__globals__", {})
    for name, value in ann.items():
        hints[name] = _eval(value, globalns, localns)
    return hints


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class SupportsInt(Protocol):
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    def __float__(self):
        pass


class SupportsIndex(Protocol):
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0):
        pass


class SupportsBytes(Protocol):
    def __bytes__(self):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes):
    runtime_checkable(_p)
del _p

IO = _SpecialGenericAlias(object, 1, "IO", inst=False)
TextIO = _SpecialGenericAlias(object, 0, "TextIO", inst=False)
BinaryIO = _SpecialGenericAlias(object, 0, "BinaryIO", inst=False)
Pattern = _SpecialGenericAlias(type(__import__("re").compile("")), 1, "Pattern")
Match = _SpecialGenericAlias(type(__import__("re").match("", "")), 1, "Match")
