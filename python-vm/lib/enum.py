# The enum module for weft-python (the common subset of CPython 3.11's): Enum, IntEnum, StrEnum,
# Flag, IntFlag, auto, unique. The class body runs in an _EnumDict (reporting names bound twice
# as CPython does); the metaclass makes the members after it ran. Written for weft.

__all__ = ["EnumMeta", "EnumType", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto",
           "unique"]

import sys as _sys
from types import MappingProxyType as _MappingProxyType


class auto:
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % self.value


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


def _is_descriptor(obj):
    if isinstance(obj, (classmethod, staticmethod, property, type(_is_dunder))):
        return True
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__"))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return name.startswith(pattern) and not name.endswith("_")


class _EnumDict(dict):
    # the class body's namespace: a name bound twice when either binding is a member is an error
    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = set()

    def __setitem__(self, key, value):
        if key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        if not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key) or
                _is_descriptor(value) or isinstance(value, type)):
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            self._member_names.add(key)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls)

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if _is_descriptor(value) or isinstance(value, type):
                continue
            member_names.append(key)
        members = {k: classdict[k] for k in member_names}
        # a __new__ written in the class body makes the members (and sets _value_)
        custom_new = classdict.get("__new__")
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        for k in member_names:
            del classdict[k]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = enum_class._member_type_ = _find_data_type(bases)
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, b))
        # the enum's repr/str/format/reduce win over the data type's unless the class (or a
        # mixin) defines its own, as in CPython
        first_enum = next((b for b in bases if isinstance(b, EnumType)), None)
        if first_enum is not None:
            for mname in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if mname in classdict:
                    continue
                found = getattr(enum_class, mname, None)
                if found is getattr(member_type, mname, None) or \
                        found is getattr(object, mname, None):
                    setattr(enum_class, mname, getattr(first_enum, mname))
        values_so_far = []
        for name, value in members.items():
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(values_so_far), values_so_far[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(enum_class._generate_next_value_(name, 1, len(values_so_far),
                                                               values_so_far[:])
                              if isinstance(v, auto) else v for v in value)
            values_so_far.append(value)
            args = value if isinstance(value, tuple) else (value,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                member._value_ = value if member_type is object else member_type(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            # as in CPython, __init__ runs once the member has its name and value
            init = None
            for klass in enum_class.__mro__:
                found = klass.__dict__.get("__init__")
                if found is not None:
                    init = found if isinstance(found, _function_type) else None
                    break
            if init is not None:
                init(member, *args)
            for other in enum_class._member_map_.values():
                if other._value_ == member._value_:
                    member = other  # an alias
                    break
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)

    def __dir__(cls):
        interesting = {"__class__", "__contains__", "__doc__", "__getitem__",
                       "__init_subclass__", "__iter__", "__len__", "__members__", "__module__",
                       "__name__", "__qualname__"}
        interesting.update(cls._member_names_)
        if "__new__" in cls.__dict__:
            interesting.add("__new__")
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # the functional API: Enum("Name", "A B C" | ["A", ...] | [("A", 1), ...] | {"A": 1})
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        enum_class = metacls.__new__(metacls, class_name, bases, classdict)
        if module is not None:
            enum_class.__module__ = module
        if qualname is not None:
            enum_class.__qualname__ = qualname
        return enum_class

    @property
    def __members__(cls):
        return _MappingProxyType(cls._member_map_)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid "
                            "member" % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if "Flag" in globals() and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


EnumMeta = EnumType
_function_type = type(lambda: None)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if base in (int, str, float):
                return base
            if "__new__" in base.__dict__:
                return base
    return object


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ \
            is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __setattr__(self, key, value):
        if key in ("name", "value"):
            # CPython names the class that defines the property
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % key)
        object.__setattr__(self, key, value)


class ReprEnum(Enum):
    # str() and format() of the data type, repr() of Enum
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        high = max(_high_bit(v) for v in last_values if isinstance(v, int))
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for m in cls:
            all_bits |= m._value_
        if value & ~all_bits or value < 0:
            if cls._keep_bits_:
                return cls._pseudo_member(value)
            max_bits = max(value.bit_length(), all_bits.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, _bin(value, max_bits), _bin(all_bits, max_bits)))
        return cls._pseudo_member(value)

    _keep_bits_ = False

    @classmethod
    def _pseudo_member(cls, value):
        pseudo = object.__new__(cls) if cls._member_type_ is object else \
            type.__call__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        known = 0
        for m in cls:
            if m._value_ & value == m._value_:
                known |= m._value_
        if value & ~known:
            names.append(str(value & ~known))
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def _members(self):
        return [m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_
                and _is_single_bit(m._value_)]

    def __iter__(self):
        return iter(self._members())

    def __len__(self):
        return len(self._members())

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ \
            is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, max_bits):
    # enum.bin of CPython: the sign bit, a space, the digits padded to max_bits
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _is_single_bit(v):
    return v != 0 and v & (v - 1) == 0


class IntFlag(int, ReprEnum, Flag):
    _keep_bits_ = True  # CPython's boundary KEEP: unknown bits are kept

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    __ror__ = __or__
    __rand__ = __and__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    # CPython's decorator for the standard library's enums (uuid.SafeUUID, http.HTTPStatus ...):
    # the decorated plain class becomes an etype subclass with the same body
    def convert_class(cls):
        meta = type(etype)
        ns = meta.__prepare__(cls.__name__, (etype,))
        for k, v in cls.__dict__.items():
            if k not in ("__dict__", "__weakref__"):
                ns[k] = v
        return meta(cls.__name__, (etype,), ns)
    return convert_class
