# importlib for weft-python: import_module, reload, invalidate_caches, and the parts of
# importlib.machinery and importlib.util that programs and the standard library use (module
# specs, loading a module from a file, suffixes). weft's import system is native (import.cpp),
# so CPython's importlib._bootstrap (which needs _imp, marshal and frozen modules) is not used.
# Written for weft.
import sys

_ModuleType = type(sys)
__path__ = []  # a package: importlib.machinery and importlib.util are registered below


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    if not isinstance(module, _ModuleType):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    path = getattr(module, "__file__", None)
    if path and path.endswith(".py"):
        machinery.SourceFileLoader(name, path).exec_module(module)
    return module


class _Machinery:
    SOURCE_SUFFIXES = [".py"]
    BYTECODE_SUFFIXES = [".pyc"]
    DEBUG_BYTECODE_SUFFIXES = [".pyc"]
    OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
    EXTENSION_SUFFIXES = []

    @staticmethod
    def all_suffixes():
        return machinery.SOURCE_SUFFIXES + machinery.BYTECODE_SUFFIXES

    class ModuleSpec:
        def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
            self.name = name
            self.loader = loader
            self.origin = origin
            self.loader_state = loader_state
            self.submodule_search_locations = [] if is_package else None
            self.cached = None
            self.has_location = False  # a file's spec (spec_from_file_location) has one

        @property
        def parent(self):
            if self.submodule_search_locations is None:
                return self.name.rpartition(".")[0]
            return self.name

        def __repr__(self):
            args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
            if self.origin is not None:
                args.append("origin={!r}".format(self.origin))
            if self.submodule_search_locations is not None:
                args.append("submodule_search_locations={}".format(
                    self.submodule_search_locations))
            return "ModuleSpec({})".format(", ".join(args))

        def __eq__(self, other):
            return (isinstance(other, type(self)) and self.name == other.name
                    and self.loader == other.loader and self.origin == other.origin)

    class SourceFileLoader:
        def __init__(self, fullname, path):
            self.name = fullname
            self.path = path

        def get_filename(self, fullname=None):
            return self.path

        def get_data(self, path):
            with open(path, "rb") as f:
                return f.read()

        def get_source(self, fullname=None):
            with open(self.path, encoding="utf-8") as f:
                return f.read()

        def is_package(self, fullname=None):
            return self.path.rpartition("/")[2].startswith("__init__.")

        def create_module(self, spec):
            return None

        def get_code(self, fullname=None):
            return compile(self.get_source(fullname), self.path, "exec", dont_inherit=True)

        def exec_module(self, module):
            module.__dict__.setdefault("__builtins__", __builtins__)
            exec(self.get_code(module.__name__), module.__dict__)

        def load_module(self, fullname=None):
            fullname = fullname or self.name
            module = sys.modules.get(fullname) or _ModuleType(fullname)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[fullname] = module
            self.exec_module(module)
            return sys.modules[fullname]

        def __eq__(self, other):
            return type(self) is type(other) and self.__dict__ == other.__dict__

        def __hash__(self):
            return hash(self.name) ^ hash(self.path)

    SourcelessFileLoader = SourceFileLoader

    class BuiltinImporter:
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            return None

    class FrozenImporter(BuiltinImporter):
        pass

    class PathFinder:
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            return _find_on_path(fullname, path)

        @classmethod
        def invalidate_caches(cls):
            pass

    class FileFinder:
        def __init__(self, path, *loader_details):
            self.path = path or "."

        def find_spec(self, fullname, target=None):
            return _find_on_path(fullname, [self.path])


def _file_spec(fullname, file, package_dir=None):
    spec = machinery.ModuleSpec(fullname, machinery.SourceFileLoader(fullname, file),
                                origin=file)
    spec.has_location = True
    spec.cached = util.cache_from_source(file)
    if package_dir is not None:
        spec.submodule_search_locations = [package_dir]
    return spec


def _find_on_path(fullname, path):
    import posixpath
    leaf = fullname.rpartition(".")[2]
    for entry in sys.path if path is None else path:
        base = posixpath.join(entry or ".", leaf)
        init = posixpath.join(base, "__init__.py")
        if posixpath.isfile(init):
            return _file_spec(fullname, init, base)
        if posixpath.isfile(base + ".py"):
            return _file_spec(fullname, base + ".py")
    return None


class _Util:
    MAGIC_NUMBER = b"\xa7\r\r\n"

    @staticmethod
    def resolve_name(name, package):
        if not name.startswith("."):
            return name
        if not package:
            raise ImportError(f"no package specified for {repr(name)} "
                              "(required for relative module names)")
        level = len(name) - len(name.lstrip("."))
        return _resolve_name(name[level:], package, level)

    @staticmethod
    def find_spec(name, package=None):
        fullname = util.resolve_name(name, package) if name.startswith(".") else name
        module = sys.modules.get(fullname)
        if module is not None:
            spec = getattr(module, "__spec__", None)
            if spec is None:
                if fullname in sys.modules and getattr(module, "__file__", None) is None:
                    return machinery.ModuleSpec(fullname, machinery.BuiltinImporter)
                raise ValueError("{}.__spec__ is None".format(fullname))
            return spec
        parent, _, _ = fullname.rpartition(".")
        path = None
        if parent:
            pkg = import_module(parent)
            path = getattr(pkg, "__path__", None)
            if path is None:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent!r} while trying to find "
                    f"{fullname!r}", name=fullname)
        spec = _find_on_path(fullname, path)
        if spec is None and not parent:
            try:  # weft's built-in and lib modules
                __import__(fullname)
            except ImportError:
                return None
            return machinery.ModuleSpec(fullname, machinery.BuiltinImporter)
        return spec

    @staticmethod
    def spec_from_file_location(name, location=None, *, loader=None,
                                submodule_search_locations=None):
        location = str(location)
        if loader is None:
            if not location.endswith(".py"):
                return None
            loader = machinery.SourceFileLoader(name, location)
        spec = machinery.ModuleSpec(name, loader, origin=location)
        spec.has_location = True
        if submodule_search_locations is not None:
            spec.submodule_search_locations = list(submodule_search_locations)
        return spec

    @staticmethod
    def spec_from_loader(name, loader, *, origin=None, is_package=None):
        return machinery.ModuleSpec(name, loader, origin=origin, is_package=is_package)

    @staticmethod
    def module_from_spec(spec):
        module = None
        if hasattr(spec.loader, "create_module"):
            module = spec.loader.create_module(spec)
        if module is None:
            module = _ModuleType(spec.name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        if spec.parent is not None:
            module.__package__ = spec.parent
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
        if spec.origin is not None and spec.has_location:
            module.__file__ = spec.origin
        return module

    @staticmethod
    def cache_from_source(path, debug_override=None, *, optimization=None):
        head, _, tail = path.rpartition("/")
        base = tail.rpartition(".")[0] or tail
        opt = "" if not optimization else ".opt-{}".format(optimization)
        name = "{}.cpython-311{}.pyc".format(base, opt)
        return "{}/__pycache__/{}".format(head, name) if head else "__pycache__/" + name

    @staticmethod
    def source_from_cache(path):
        head, _, pycache_filename = path.rpartition("/")
        head, _, pycache = head.rpartition("/")
        if pycache != "__pycache__":
            raise ValueError("__pycache__ not bottom-level directory in {!r}".format(path))
        base = pycache_filename.split(".")[0]
        return "{}/{}.py".format(head, base) if head else base + ".py"

    @staticmethod
    def decode_source(source_bytes):
        return source_bytes.decode("utf-8").replace("\r\n", "\n")


# where CPython defines them (their reprs show it)
_BOOTSTRAP = ("ModuleSpec", "BuiltinImporter", "FrozenImporter")
_BOOTSTRAP_EXTERNAL = ("SourceFileLoader", "PathFinder", "FileFinder")


def _submodule(name, namespace):
    module = _ModuleType("importlib." + name)
    for key in dir(namespace):  # (not vars(): its mappingproxy imports types)
        if not key.startswith("__"):
            value = getattr(namespace, key)  # staticmethods as their functions
            if isinstance(value, type) and value.__name__ == key:  # not aliases
                value.__module__ = ("_frozen_importlib" if key in _BOOTSTRAP else
                                    "_frozen_importlib_external" if key in _BOOTSTRAP_EXTERNAL
                                    else "importlib." + name)
                value.__qualname__ = key
            setattr(module, key, value)
    sys.modules["importlib." + name] = module
    return module


def _weft_module_attrs(namespace, name=None):
    """Adds __spec__, __loader__ and (for a source file) __cached__ to the namespace of a module
    weft's import system made, as CPython's importlib sets them. The import system calls this
    the first time a program asks for one of them (and for `-m`'s __main__, with the module's
    name): building them at every import would load importlib into every program."""
    if name is None:
        name = namespace["__name__"]
    file = namespace.get("__file__")
    if file is None:  # a C++ module
        spec = machinery.ModuleSpec(name, machinery.BuiltinImporter, origin="built-in")
    elif file.startswith("<weft>/"):  # compiled into the binary: what CPython calls frozen
        spec = machinery.ModuleSpec(name, machinery.FrozenImporter, origin="frozen")
    else:
        spec = _file_spec(name, file)
        namespace.setdefault("__cached__", spec.cached)
    path = namespace.get("__path__")
    if path is not None:
        spec.submodule_search_locations = path
    namespace.setdefault("__spec__", spec)
    namespace.setdefault("__loader__", spec.loader)


machinery = _submodule("machinery", _Machinery)
util = _submodule("util", _Util)
del _Machinery, _Util
