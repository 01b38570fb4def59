# The dataclasses module for weft-python (the common subset of CPython's): @dataclass with
# init/repr/eq/order/unsafe_hash/frozen/match_args/kw_only, field() with defaults and
# default factories, KW_ONLY, InitVar and __post_init__, inheritance of fields, fields(),
# asdict(), astuple(), replace(), is_dataclass(), FrozenInstanceError, slots=True and
# weakref_slot, make_dataclass, typing.ClassVar (objects and string annotations). The generated
# methods are compiled from source text, as CPython does, so they behave like hand-written ones.
# Written for weft.

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]

import sys
from types import MappingProxyType as _MappingProxyType


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % name


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = "_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    # as CPython: only when typing is already imported can an annotation be its ClassVar
    typing = sys.modules.get("typing")
    return typing is not None and (tp is typing.ClassVar or
                                   getattr(tp, "__origin__", None) is typing.ClassVar)


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(tp, InitVar) or tp is InitVar or (isinstance(tp, str) and
                                                     tp.startswith("InitVar")):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _create_fn(name, args, body, globals, qualname):
    # CPython compiles generated methods from text too; the function's qualname is the class's
    text = "def %s(%s):\n%s" % (name, ", ".join(args), "\n".join("    " + b for b in body))
    ns = {}
    exec(text, globals, ns)
    fn = ns[name]
    fn.__qualname__ = qualname + "." + name
    return fn


def _field_assign(frozen, name, value):
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(self, %r, %s)" % (name, value)
    return "self.%s = %s" % (name, value)


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)
    globals = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
               "__dataclass_builtins_object__": object}
    body = []
    for f in all_fields:
        if f.default_factory is not MISSING:
            globals["_dflt_" + f.name] = f.default_factory
            if f.init:
                value = "_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (
                    f.name, f.name, f.name)
            else:
                value = "_dflt_%s()" % f.name
        elif f.init:
            if f.default is not MISSING:
                globals["_dflt_" + f.name] = f.default
            value = f.name
        elif f.default is not MISSING:
            globals["_dflt_" + f.name] = f.default
            value = "_dflt_" + f.name
        else:
            continue
        if f._field_type is _FIELD:
            body.append(_field_assign(frozen, f.name, value))
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append("self.__post_init__(%s)" % ", ".join(initvars))
    if not body:
        body = ["pass"]

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            return "%s=_dflt_%s" % (f.name, f.name)
        return "%s=_HAS_DEFAULT_FACTORY" % f.name
    args = ["self"] + [param(f) for f in std_fields]
    if kw_only_fields:
        args += ["*"] + [param(f) for f in kw_only_fields]
    return _create_fn("__init__", args, body, globals, cls.__qualname__)


def _repr_fn(cls, flds):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return self.__class__.__qualname__ + "(" + ", ".join(
                "%s=%r" % (f.name, getattr(self, f.name)) for f in flds) + ")"
        finally:
            _repr_running.discard(key)
    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


_repr_running = set()


def _tuple_of(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _cmp_fn(cls, name, op, flds):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, flds), _tuple_of(other, flds))
        return NotImplemented
    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + "." + name
    return method


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _frozen_methods(cls, flds):
    names = tuple(f.name for f in flds)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        if fn.__name__ in cls.__dict__:
            raise TypeError("Cannot overwrite attribute %s in class %s"
                            % (fn.__name__, cls.__name__))
        fn.__qualname__ = cls.__qualname__ + "." + fn.__name__
        setattr(cls, fn.__name__, fn)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields_ = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields_[f.name] = f
            if b.__dataclass_params__.frozen:
                any_frozen_base = True
    ann = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw = kw_only
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ("KW_ONLY", "dataclasses.KW_ONLY")):
            kw = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw))
    for f in cls_fields:
        fields_[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in ann:
            raise TypeError("%r is a field but has no type annotation" % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = fields_
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    all_fields = list(fields_.values())
    flds = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std = [f for f in init_fields if f.init and not f.kw_only]
        kwo = [f for f in init_fields if f.init and f.kw_only]
        _set_new_attribute(cls, "__init__", _init_fn(cls, init_fields, std, kwo, frozen,
                                                     hasattr(cls, "__post_init__")))
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn(cls, [f for f in flds if f.repr]))
    cmp_fields = [f for f in flds if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn(cls, "__eq__", lambda a, b: a == b,
                                                  cmp_fields))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, cmp_fields)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        _frozen_methods(cls, flds)
    has_explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    hash_fields = [f for f in flds if (f.compare if f.hash is None else f.hash)]

    def hash_fn(self):
        return hash(_tuple_of(self, hash_fields))
    hash_fn.__qualname__ = cls.__qualname__ + ".__hash__"
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = hash_fn
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = hash_fn
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in flds if f.init and not f.kw_only))
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    # a new class with __slots__ for the fields (CPython's way: slots cannot be added later)
    cls_dict = dict(cls.__dict__)
    if "__slots__" in cls_dict:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        s = b.__dict__.get("__slots__", ())
        inherited.update((s,) if isinstance(s, str) else s)
    weak = ("__weakref__",) if weakref_slot and "__weakref__" not in inherited else ()
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited) + weak
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        def getstate(self):
            return [getattr(self, f.name) for f in fields(self)]

        def setstate(self, state):
            for f, value in zip(fields(self), state):
                object.__setattr__(self, f.name, value)
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only)
        if slots:
            cls = _add_slots(cls, frozen, weakref_slot)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _convert(obj, factory):
    if _is_dataclass_instance(obj):
        return factory([(f.name, _convert(getattr(obj, f.name), factory))
                        for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory), _convert(v, factory)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory)


def _convert_tuple(obj, factory):
    if _is_dataclass_instance(obj):
        return factory([_convert_tuple(getattr(obj, f.name), factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert_tuple(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert_tuple(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert_tuple(k, factory), _convert_tuple(v, factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert_tuple(obj, tuple_factory)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified "
                                 "with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    body = dict(namespace)
    body.update(defaults)
    body["__annotations__"] = annotations
    cls = type(cls_name, bases, body)
    # CPython 3.11 makes the class with types.new_class, which leaves __module__ "types"
    cls.__module__ = "types"
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
