# warnings for weft-python: warn() with CPython's default filters and report format
# ("FILE:LINE: Category: message" and the source line, on stderr, once per location),
# filterwarnings/simplefilter/resetwarnings and catch_warnings(record=True). Written for weft.
import sys

filters = []
_defaults = [("default", None, DeprecationWarning, "__main__", 0),
             ("ignore", None, DeprecationWarning, None, 0),
             ("ignore", None, PendingDeprecationWarning, None, 0),
             ("ignore", None, ImportWarning, None, 0),
             ("ignore", None, ResourceWarning, None, 0)]
_onceregistry = {}
_registry = {}  # (text, category, lineno, filename) already reported under "default"


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self.category.__name__ if self.category else None,
                   self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except OSError:
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    import re
    item = (action, re.compile(message, re.I) if message else None, category,
            re.compile(module) if module else None, lineno)
    _add_filter(item, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _registry.clear()


def resetwarnings():
    filters[:] = []
    _registry.clear()


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters + _defaults:
        if msg is not None and not msg.match(text):
            continue
        if not issubclass(category, cat):
            continue
        if mod is not None and (mod != module if isinstance(mod, str) else not mod.match(module)):
            continue
        if ln and ln != lineno:
            continue
        return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get("__name__", "<string>")
    except ValueError:
        filename, lineno, module = "sys", 1, "sys"
    warn_explicit(message, category, filename, lineno, module, _registry, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if registry is None:  # no registry: every call reports (the compiler's warnings)
        registry = {}
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    key = (text, category, lineno, filename)
    if action == "once":
        if (text, category) in _onceregistry:
            return
        _onceregistry[(text, category)] = 1
    elif action == "module":
        if (text, category, module) in registry:
            return
        registry[(text, category, module)] = 1
    elif action != "always":
        if key in registry:
            return
        registry[key] = 1
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    mod = sys.modules[__name__]
    if mod.showwarning is not _showwarning_orig:
        mod.showwarning(message, category, filename, lineno)
    else:
        _showwarnmsg(msg)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules[__name__] if module is None else module
        self._entered = False
        self._filter = (action, category, lineno, append) if action else None

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters[:], dict(_registry), dict(_onceregistry), mod.showwarning)
        if self._filter:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod.showwarning = lambda message, category, filename, lineno, file=None, \
                line=None: log.append(WarningMessage(message, category, filename, lineno,
                                                     file, line))
            return log
        return None

    def __exit__(self, *exc_info):
        mod = self._module
        filters_saved, reg, once, show = self._saved
        mod.filters[:] = filters_saved
        _registry.clear()
        _registry.update(reg)
        _onceregistry.clear()
        _onceregistry.update(once)
        mod.showwarning = show


class _OptionError(Exception):
    pass


def _option_action(text):
    # an action may be abbreviated (-W e is -W error)
    if not text:
        return "default"
    for a in ("default", "always", "ignore", "module", "once", "error"):
        if a.startswith(text):
            return a
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    import builtins
    if not text:
        return Warning
    if "." in text:
        modname, _, name = text.rpartition(".")
        try:
            cat = getattr(__import__(modname, None, None, [name]), name)
        except (ImportError, AttributeError):
            raise _OptionError("unknown warning category: %r" % (text,)) from None
    else:
        cat = getattr(builtins, text, None)
        if cat is None:
            raise _OptionError("unknown warning category: %r" % (text,))
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (text,))
    return cat


def _set_option(arg):
    # -W action:message:category:module:lineno, as python3 reads it
    parts = [s.strip() for s in arg.split(":")]
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = parts
    action = _option_action(action)
    category = _option_category(category)
    if message or module:
        import re
        message = re.escape(message)
        module = re.escape(module) + r"\Z" if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _process_options(args):
    for arg in args:
        try:
            _set_option(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


# the command line's -W options (sys.warnoptions), the first given last in `filters`
_process_options(sys.warnoptions)
