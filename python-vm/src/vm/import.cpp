// The import system: built-in modules, the lib/*.py modules compiled into the binary, and .py
// modules and packages found on sys.path (CPython's path finder order: for each folder, a
// package `name/__init__.py` before a module `name.py`). Dotted names import each parent first
// and search the parent's __path__; relative imports resolve against __package__ as in
// importlib._bootstrap._resolve_name. `-m` runs a module found the same way as __main__.
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "code.h"
#include "runtime.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"

namespace weft::python {

PyModule* make_builtin_module(std::string_view name);

namespace {

bool read_text(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool is_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

struct LibModule {
  const char* name;
  const char* source;
};
const LibModule kLibModules[] = {
#include "weft_python_lib.inc"
};

std::string str_of(Value v) { return std::string(v.as<Str>()->view()); }

bool is_str(Value v) { return v && v.is_ptr() && v.obj()->type == rt.str_type; }

// Where a module's source lives: `file`, and for a package the folder that becomes __path__.
struct Found {
  std::string file;
  std::string package_dir;  // empty for a plain module
};

// Searches the folders of `path` (a list of str; other entries are skipped like CPython's
// unusable path entries) for `leaf`.
bool find_on_path(Value path, std::string_view leaf, Found* out) {
  if (!path || !path.is_ptr() || path.obj()->type->layout != Layout::List) return false;
  List* l = path.as<List>();
  for (int64_t i = 0; i < l->size; i++) {
    Value d = l->at(i);
    if (!is_str(d)) continue;
    std::string dir = str_of(d);
    if (dir.empty()) dir = ".";
    std::string pkg = dir + "/" + std::string(leaf);
    if (is_file(pkg + "/__init__.py")) {
      out->file = pkg + "/__init__.py";
      out->package_dir = pkg;
      return true;
    }
    if (is_file(pkg + ".py")) {
      out->file = pkg + ".py";
      return true;
    }
  }
  return false;
}

Value sys_path() {
  Value sys = dict_get_str(rt.modules, intern("sys"));
  if (!sys) sys = import_module(intern("sys"));
  if (!sys) return Value();
  return dict_get_str(sys.as<PyModule>()->dict, intern("path"));
}

// The modules whose bodies are running (imports in progress), innermost last.
std::vector<std::string> g_initializing;

// Runs `source` as the module `name` (registered in sys.modules first, removed again if its
// body raises, as CPython does).
Value exec_module(Str* registered_as, const std::string& path, std::string* source,
                  const std::string& package_dir, Value package) {
  AstArena arena;
  Module ast;
  SyntaxErrorInfo err;
  if (!parse_module(*source, arena, ast, err)) return raise_syntax_error(err, path, *source);
  Code* code = compile_module(ast, path, source, err);
  if (!code) return raise_syntax_error(err, path, *source);
  PyModule* pm = alloc<PyModule>(rt.module_type);
  if (!pm) return Value();
  pm->name = registered_as;
  pm->dict = new_dict();
  dict_set_str(pm->dict, rt.s___name__, registered_as);
  dict_set_str(pm->dict, rt.s___file__, new_str(path));
  dict_set_str(pm->dict, rt.s___builtins__, rt.builtins);
  dict_set_str(pm->dict, rt.s___doc__, rt.None);
  dict_set_str(pm->dict, intern("__package__"), package);
  if (!package_dir.empty()) {
    List* p = new_list(0);
    list_append(p, new_str(package_dir));
    dict_set_str(pm->dict, intern("__path__"), p);
  }
  dict_set_str(rt.modules, registered_as, pm);
  g_initializing.emplace_back(registered_as->view());
  Value ran = run_module_code(code, pm->dict);
  g_initializing.pop_back();
  if (!ran) {
    dict_del(rt.modules, registered_as);
    return Value();
  }
  // the module may have replaced itself in sys.modules
  Value m = dict_get_str(rt.modules, registered_as);
  return m ? m : Value(pm);
}

Value not_found(std::string_view full, const char* extra = "") {
  raise_fmt(rt.ModuleNotFoundError, "No module named '%s'%s", std::string(full).c_str(), extra);
  set_import_error_attrs(new_str(full), rt.None);
  return Value();
}

// The module `full` (absolute, dotted), importing its parents first.
Value load(Str* full) {
  Value m = dict_get_str(rt.modules, full);
  if (m) return m;
  std::string_view n = full->view();
  size_t dot = n.rfind('.');
  if (dot == std::string_view::npos) {
    if (PyModule* b = make_builtin_module(n)) {
      dict_set_str(rt.modules, full, b);
      // a C++ module's Python part (lib/_weft_sys.py, lib/_weft_time.py) completes it
      std::string extra = "_weft_" + std::string(n);
      for (const LibModule& lm : kLibModules)
        if (extra == lm.name && !load(intern(extra))) return Value();
      return b;
    }
    for (const LibModule& lm : kLibModules) {
      if (n == lm.name) {
        std::string* source = new std::string(lm.source);  // lives as long as the module's code
        return exec_module(full, "<weft>/" + std::string(n) + ".py", source, "", new_str(""));
      }
    }
    Value path = sys_path();
    if (!path) return Value();
    Found f;
    if (!find_on_path(path, n, &f)) return not_found(n);
    std::string* source = new std::string();  // lives as long as the module's code
    if (!read_text(f.file, *source)) {
      delete source;
      return not_found(n);
    }
    return exec_module(full, f.file, source, f.package_dir,
                       f.package_dir.empty() ? new_str("") : Value(full));
  }
  Str* parent_name = intern(n.substr(0, dot));
  Value parent = load(parent_name);
  if (!parent) return parent;
  // importing the parent may have imported us
  m = dict_get_str(rt.modules, full);
  if (m) return m;
  Value ppath = parent.obj()->type == rt.module_type
                    ? dict_get_str(parent.as<PyModule>()->dict, intern("__path__"))
                    : Value();
  if (!ppath) {
    std::string extra = "; '" + std::string(parent_name->view()) + "' is not a package";
    return not_found(n, extra.c_str());
  }
  Found f;
  std::string_view leaf = n.substr(dot + 1);
  if (!find_on_path(ppath, leaf, &f)) return not_found(n);
  std::string* source = new std::string();  // lives as long as the module's code
  if (!read_text(f.file, *source)) {
    delete source;
    return not_found(n);
  }
  m = exec_module(full, f.file, source, f.package_dir,
                  f.package_dir.empty() ? Value(parent_name) : Value(full));
  if (!m) return m;
  if (setattr(parent, intern(leaf), m) < 0) return Value();
  return m;
}

// The package a relative import in a module with these globals is relative to.
Value package_of(Dict* globals) {
  Value pkg = globals ? dict_get_str(globals, intern("__package__")) : Value();
  if (pkg && pkg != Value(rt.None)) return pkg;
  Value name = globals ? dict_get_str(globals, rt.s___name__) : Value();
  if (!is_str(name)) return Value();
  if (dict_get_str(globals, intern("__path__"))) return name;
  std::string_view nv = name.as<Str>()->view();
  size_t dot = nv.rfind('.');
  return dot == std::string_view::npos ? Value() : Value(new_str(nv.substr(0, dot)));
}

}  // namespace

void set_import_error_attrs(Value name, Value path) {
  Value e = rt.exc;
  if (!e || !e.is_ptr()) return;
  rt.exc = Value();
  if (setattr(e, intern("name"), name) < 0 || setattr(e, intern("path"), path) < 0) return;
  rt.exc = e;
}

Value import_module(Str* name) { return load(name); }

// The IMPORT_NAME instruction (CPython's __import__): returns the top-level package for
// `import a.b`, the module itself when there is a fromlist; submodules named in the fromlist
// are imported too.
Value import_name(Str* name, Value fromlist, int64_t level, Dict* globals) {
  Str* full = name;
  if (level < 0) return raise(rt.ValueError, "level must be >= 0");
  if (level == 0 && name->size == 0) return raise(rt.ValueError, "Empty module name");
  if (level > 0) {
    Value pkg = package_of(globals);
    if (pkg && !is_str(pkg)) return raise(rt.TypeError, "package must be a string");
    if (!is_str(pkg) || pkg.as<Str>()->size == 0)
      return raise(rt.ImportError, "attempted relative import with no known parent package");
    std::string base = str_of(pkg);
    for (int64_t i = 1; i < level; i++) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos)
        return raise(rt.ImportError, "attempted relative import beyond top-level package");
      base.resize(dot);
    }
    full = intern(name->size ? base + "." + std::string(name->view()) : base);
  }
  Value m = load(full);
  if (!m) return m;
  bool has_fromlist = fromlist && fromlist.is_ptr() && fromlist.obj()->type == rt.tuple_type &&
                      fromlist.as<Tuple>()->size > 0;
  if (!has_fromlist) {
    std::string_view n = full->view();
    size_t dot = n.find('.');
    if (level > 0 || dot == std::string_view::npos) return m;
    return load(intern(n.substr(0, dot)));
  }
  if (m.obj()->type == rt.module_type && dict_get_str(m.as<PyModule>()->dict, intern("__path__"))) {
    Tuple* fl = fromlist.as<Tuple>();
    for (int64_t i = 0; i < fl->size; i++) {
      Value item = fl->at(i);
      if (!is_str(item) || item.as<Str>()->view() == "*") continue;
      if (dict_get_str(m.as<PyModule>()->dict, item.as<Str>())) continue;
      Str* sub = intern(std::string(full->view()) + "." + std::string(item.as<Str>()->view()));
      if (!load(sub)) {
        // a missing submodule is reported by IMPORT_FROM ("cannot import name")
        if (!isinstance(rt.exc, rt.ModuleNotFoundError)) return Value();
        rt.exc = Value();
      }
    }
  }
  return m;
}

namespace {

bool call_module_attrs(Dict* d, Value name) {
  Value importlib = load(intern("importlib"));
  if (!importlib) return false;
  Value fill = getattr(importlib, intern("_weft_module_attrs"));
  if (!fill) return false;
  Value args[2] = {d, name};
  return bool(call(fill, args, name ? 2 : 1));
}

}  // namespace

bool module_spec_attr(Dict* d, Str* name) {
  std::string_view n = name->view();
  if (n != "__spec__" && n != "__loader__" && n != "__cached__" && n != "__dir__") return true;
  // __main__ has __spec__ (None unless -m) but gets its __loader__ here too
  if (dict_get_str(d, intern("__spec__")) && (n != "__loader__" || dict_get_str(d, name)))
    return !rt.exc;
  Value mod_name = dict_get_str(d, rt.s___name__);
  if (!is_str(mod_name)) return !rt.exc;
  Value m = dict_get_str(rt.modules, mod_name.as<Str>());
  if (!m || m.obj()->type->layout != Layout::Module || m.as<PyModule>()->dict.get() != d)
    return !rt.exc;
  return call_module_attrs(d, Value());
}

bool module_initializing(Str* name) {
  for (const std::string& n : g_initializing)
    if (n == name->view()) return true;
  return false;
}

bool add_main_spec(Dict* globals, const std::string& module) {
  if (dict_del(globals, intern("__spec__")) < 0) return false;
  return call_module_attrs(globals, new_str(module));
}

// `-m name`: the file to run as __main__ and its package ("" at the top level).
bool find_main_module(const std::string& name, std::string* file, std::string* package) {
  std::string target = name;
  for (int pass = 0; pass < 2; pass++) {
    size_t dot = target.rfind('.');
    Value path;
    if (dot == std::string::npos) {
      path = sys_path();
      *package = "";
    } else {
      *package = target.substr(0, dot);
      Value parent = load(intern(*package));
      if (!parent) return false;
      path = dict_get_str(parent.as<PyModule>()->dict, intern("__path__"));
      if (!path) {
        not_found(target, ("; '" + *package + "' is not a package").c_str());
        return false;
      }
    }
    Found f;
    if (!find_on_path(path, dot == std::string::npos ? target : target.substr(dot + 1), &f)) {
      // runpy's wording (no quotes)
      if (pass == 0)
        raise_fmt(rt.ImportError, "No module named %s", target.c_str());
      else
        raise_fmt(rt.ImportError,
                  "No module named %s; '%s' is a package and cannot be directly executed",
                  target.c_str(), name.c_str());
      return false;
    }
    if (f.package_dir.empty()) {
      *file = f.file;
      return true;
    }
    // a package runs its __main__ submodule (after its __init__)
    if (!load(intern(target))) return false;
    target += ".__main__";
  }
  raise_fmt(rt.ImportError, "No module named %s; '%s' is a package and cannot be directly executed",
            target.c_str(), name.c_str());
  return false;
}

}  // namespace weft::python
