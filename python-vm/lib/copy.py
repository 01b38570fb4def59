# copy for weft-python: copy() and deepcopy() with __copy__/__deepcopy__, the memo dict and
# __reduce_ex__-free copying of instances (their __dict__ and slots). Written for weft.
import types


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), types.FunctionType,
           property)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        s = c.__dict__.get("__slots__", ())
        if isinstance(s, str):
            s = (s,)
        for n in s:
            if n not in ("__dict__", "__weakref__") and n not in names:
                names.append(n)
    return names


_object_getstate = object.__getstate__


def _apply_state(y, state):
    # copy._reconstruct's default: a dict, or (dict, slots) as object.__getstate__ gives
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _copy_state(x, y, deep, memo):
    # A class's own __getstate__/__setstate__ decide the state (object.__reduce_ex__'s rules)
    custom = getattr(type(x), "__getstate__", _object_getstate) is not _object_getstate
    setstate = getattr(y, "__setstate__", None)
    if custom or setstate is not None:
        state = x.__getstate__()
        if state is None:
            return
        if deep:
            state = deepcopy(state, memo)
        if setstate is not None:
            setstate(state)
        else:
            _apply_state(y, state)
        return
    # as CPython's y.__dict__.update(state): no user __setattr__ runs
    d = getattr(x, "__dict__", None)
    if d is not None:
        for k, v in list(d.items()):
            object.__setattr__(y, k, deepcopy(v, memo) if deep else v)
    for n in _slot_names(type(x)):
        if hasattr(x, n):
            v = getattr(x, n)
            object.__setattr__(y, n, deepcopy(v, memo) if deep else v)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if cls.__dict__.get("__reduce_ex__") is not None or cls.__dict__.get("__reduce__") is not None:
        return _reconstruct(x, None, *x.__reduce_ex__(4))
    if isinstance(x, tuple):
        return cls.__new__(cls, *x) if hasattr(cls, "_fields") else cls.__new__(cls, x)
    y = cls.__new__(cls)
    if isinstance(x, (list, dict, set)):
        y.update(x) if isinstance(x, (dict, set)) else y.extend(x)
    _copy_state(x, y, False, None)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset, bytearray):
        y = cls(deepcopy(a, memo) for a in x) if cls is not bytearray else bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        elif cls.__dict__.get("__reduce_ex__") is not None or \
                cls.__dict__.get("__reduce__") is not None:
            y = _reconstruct(x, memo, *x.__reduce_ex__(4))
        elif isinstance(x, tuple):
            items = [deepcopy(a, memo) for a in x]
            y = cls.__new__(cls, *items) if hasattr(cls, "_fields") else cls.__new__(cls, items)
            memo[d] = y
        else:
            y = cls.__new__(cls)
            memo[d] = y
            if isinstance(x, list):
                y.extend(deepcopy(a, memo) for a in x)
            elif isinstance(x, dict):
                for k, v in x.items():
                    y[deepcopy(k, memo)] = deepcopy(v, memo)
            elif isinstance(x, set):
                y.update(deepcopy(a, memo) for a in x)
            _copy_state(x, y, True, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keeps x alive, as CPython's _keep_alive
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            _apply_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
