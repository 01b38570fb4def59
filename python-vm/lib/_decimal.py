# _decimal for weft-python. CPython's decimal.py imports this accelerator and falls back to
# _pydecimal, its pure-Python implementation, which weft runs. This module gives _pydecimal what
# python3 (with the C module) shows: a trapped signal raised with the list of the conditions
# that caused it (`InvalidOperation: [<class 'decimal.ConversionSyntax'>]`), the C module's
# order of a context's flags and traps, and its messages for int() of a NaN or an infinity.
# Then it declines with ImportError so that decimal.py uses _pydecimal.
import _pydecimal as _pd

# the C module's order of the signals in a Context's repr
_REPR_ORDER = [_pd.Clamped, _pd.InvalidOperation, _pd.DivisionByZero, _pd.Inexact,
               _pd.FloatOperation, _pd.Overflow, _pd.Rounded, _pd.Subnormal, _pd.Underflow]


def _raise_error(self, condition, explanation=None, *args):
    signal = _pd._condition_map.get(condition, condition)
    if signal in self._ignored_flags:
        return signal().handle(self, *args)
    self.flags[signal] = 1
    if not self.traps[signal]:
        return condition().handle(self, *args)
    raise signal([condition])


def _signal_names(table):
    order = {s: i for i, s in enumerate(_REPR_ORDER)}
    on = sorted((s for s, v in table.items() if v), key=lambda s: order.get(s, len(order)))
    return "[" + ", ".join(s.__name__ for s in on) + "]"


def _context_repr(self):
    return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, "
            "traps=%s)" % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                           self.clamp, _signal_names(self.flags), _signal_names(self.traps)))


_plain_int = _pd.Decimal.__int__


def _decimal_int(self):
    if self._is_special:
        if self._isnan():
            raise ValueError("cannot convert NaN to integer")
        raise OverflowError("cannot convert Infinity to integer")
    return _plain_int(self)


_plain_round = _pd.Decimal.__round__


def _decimal_round(self, n=None):
    if n is None and self._is_special:
        return _decimal_int(self)
    return _plain_round(self, n)


_pd.Context._raise_error = _raise_error
_pd.Context.__repr__ = _context_repr
_pd.Decimal.__int__ = _pd.Decimal.__trunc__ = _decimal_int
_pd.Decimal.__round__ = _decimal_round

raise ImportError("weft-python: decimal is CPython's _pydecimal")
