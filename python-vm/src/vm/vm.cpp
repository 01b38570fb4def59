// init_vm / run_main_source: heap and runtime set-up, running __main__, uncaught exceptions and
// SystemExit.
#include "weft/python/vm.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "code.h"
#include "finalizers.h"
#include "runtime.h"
#include "signals.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"

namespace weft::python {

namespace {
gc::Heap* g_heap = nullptr;
CliOptions g_cli;
}  // namespace

void set_cli_options(const CliOptions& options) {
  g_cli = options;
  set_compile_optimize(options.optimize);
}

const CliOptions& cli_options() { return g_cli; }

void init_vm(const std::vector<std::string>& argv, const std::string& script_dir) {
  gc::HeapConfig config = gc::HeapConfig::from_env();
  if (config.heap_limit == 0) config.heap_limit = size_t{3} << 30;  // MemoryError past 3 GiB
  // Python programs interleave long-lived objects with short-lived boxes (floats, bound
  // methods, tuples), so their live objects end up scattered over partly free blocks: grow the
  // heap by a multiple of the live bytes, not of those blocks (docs/gc.md, `growth_from_live`).
  config.growth_from_live = true;
  // The same programs are what opportunistic evacuation is for: major collections move the
  // survivors of sparse blocks together. What may not move is pinned (docs/gc.md, "Moving"):
  // types, code, frames, functions, builtins, modules, maps and inline caches by type (caches
  // and the JIT keep their addresses, Frame::back is not traced); id()/hash()/repr addresses,
  // interned strings, compiler constants and method-cache entries by Heap::pin; C++ arrays of
  // Values (argument vectors, sort keys) are root ranges while in use (ValueRoots).
  config.allow_evacuation();
  // With the survivors compacted, the heap's peak is set by how much it grows between two
  // majors: 1.25 x live (float.py: peak heap 42 -> 24 MiB, 14 -> 35 majors; see the README).
  config.growth_factor = 1.25;
  config.evacuation_budget = 0.5;
  // CPython frees at the last reference, so its peak is near the live data; objects promoted by
  // minor collections and dead since stay until a major. A 5 MiB floor (the collector's default
  // is 16) lets small heaps collect them (go: peak heap 6.3 -> 5.0 MiB, raytrace 8.1 -> 6.1
  // MiB); a small heap that keeps what it allocates still grows before its next major
  // (docs/gc.md, "Policy").
  config.min_major_heap = size_t{5} << 20;
  // A 1 MiB nursery (the collector's default is 2): float.py keeps the floats it stores into
  // old objects until a major, and the heap's peak is that garbage plus the nursery (peak RSS
  // from bench/suites 35.9 -> 33.7 MB, CPython 35.7).
  if (std::getenv("WEFT_GC_NURSERY") == nullptr) config.nursery_bytes = size_t{1} << 20;
  g_heap = new gc::Heap(config);
  rt.argv = argv;
  rt.script_dir = script_dir;
  runtime_init(g_heap);
  // python3's sys.stdout: line-buffered on a terminal, written through with -u (or
  // PYTHONUNBUFFERED unless -E/-I: as python3 reads its flag variables, any text but an integer
  // <= 0 and the empty string turns it on), else blocks
  bool unbuffered = g_cli.unbuffered;
  const char* env = g_cli.ignore_environment ? nullptr : std::getenv("PYTHONUNBUFFERED");
  if (env && *env) {
    char* end = nullptr;
    long v = std::strtol(env, &end, 10);
    unbuffered = unbuffered || *end != '\0' || v != 0;
  }
  set_stdout_buffering(unbuffered  ? StdoutBuffering::None
                       : isatty(1) ? StdoutBuffering::Line
                                   : StdoutBuffering::Block);
  init_signals();
  // python3 installs the -W filters at start-up (and reports bad ones then)
  if (!g_cli.warnoptions.empty() && !import_module(intern("warnings"))) {
    Value exc = rt.exc;
    rt.exc = Value();
    print_exception(exc);
  }
}

namespace {
bool g_inspect = false;  // -i: the REPL follows the script
}

void set_inspect(bool on) { g_inspect = on; }

void report_heap_stats() {
  if (g_heap && g_heap->config().print_stats) g_heap->print_stats(stderr);
}

Dict* main_globals(const std::string* filename, Value package) {
  Dict* globals = new_dict();
  dict_set_str(globals, rt.s___name__, rt.s___main__);
  dict_set_str(globals, rt.s___builtins__, rt.builtins);
  if (filename) dict_set_str(globals, rt.s___file__, new_str(*filename));
  dict_set_str(globals, rt.s___doc__, rt.None);
  dict_set_str(globals, intern("__package__"), package);
  // what CPython's __main__ also has (its loader: under -m only, run_main)
  dict_set_str(globals, intern("__annotations__"), new_dict());
  dict_set_str(globals, intern("__spec__"), rt.None);
  if (filename) dict_set_str(globals, intern("__cached__"), rt.None);
  PyModule* main_mod = alloc<PyModule>(rt.module_type);
  main_mod->name = rt.s___main__;
  main_mod->dict = globals;
  rt.main_module = main_mod;
  dict_set_str(rt.modules, rt.s___main__, main_mod);
  return globals;
}

// The process's exit status after the uncaught `exc`: SystemExit's code (printed if it is not
// an int), else 1 after the traceback.
int exit_status_of(Value exc, bool report_system_exit) {
  if (exc.is_ptr() && isinstance(exc, rt.SystemExit) && !report_system_exit) {
    Exception* e = exc.as<Exception>();
    Value c = e->args && e->args->size ? e->args->at(0) : Value(rt.None);
    if (c == Value(rt.None)) return 0;
    if (is_int(c)) {
      int64_t v = 0;
      int_to_int64(c, &v);
      return static_cast<int>(v & 0xFF);
    }
    flush_stdout();
    Value s = to_str(c);
    if (s) std::fprintf(stderr, "%s\n", std::string(s.as<Str>()->view()).c_str());
    return 1;
  }
  // under -i, CPython reports the script's SystemExit like any exception and goes on to the REPL
  Value sys = import_module(intern("sys"));
  if (!sys) rt.exc = Value();
  if (sys) {
    // what CPython leaves for post-mortem inspection (-i, pdb.pm())
    dict_set_str(sys.as<PyModule>()->dict, intern("last_type"), Value(exc.obj()->type));
    dict_set_str(sys.as<PyModule>()->dict, intern("last_value"), exc);
    Value tb = type_of(exc)->layout == Layout::Exception ? exception_traceback(exc.as<Exception>())
                                                         : Value(rt.None);
    if (!tb) rt.exc = Value();
    dict_set_str(sys.as<PyModule>()->dict, intern("last_traceback"), tb ? tb : Value(rt.None));
    // sys.excepthook(type, value, traceback) reports it, as in CPython; a hook that raises is
    // reported with the original exception after it
    Value hook = dict_get_str(sys.as<PyModule>()->dict, intern("excepthook"));
    if (!hook) {
      flush_stdout();
      std::fputs("sys.excepthook is missing\n", stderr);
    } else {
      Value args[3] = {Value(exc.obj()->type), exc, tb ? tb : Value(rt.None)};
      if (call(hook, args, 3)) return 1;
      Value failed = rt.exc;
      rt.exc = Value();
      flush_stdout();
      std::fputs("Error in sys.excepthook:\n", stderr);
      print_exception(failed);
      std::fputs("\nOriginal exception was:\n", stderr);
    }
  }
  print_exception(exc);
  return 1;
}

void run_atexit();  // modules/stdlib_support.cpp

namespace {

// `spec_name`: under -m, the module's name (its __spec__.name)
int run_main(const std::string& filename, const std::string& source, Value package,
             const std::string* spec_name = nullptr) {
  static std::string src;  // tracebacks print lines of the main script until exit
  src = source;
  AstArena arena;
  Module mod;
  SyntaxErrorInfo err;
  if (!parse_module(src, arena, mod, err)) {
    flush_stdout();
    std::fputs(format_syntax_error(err, filename, src).c_str(), stderr);
    return 1;
  }
  Code* code = compile_module(mod, filename, &src, err);
  if (!code) {
    std::fputs(format_syntax_error(err, filename, src).c_str(), stderr);
    return 1;
  }
  Dict* globals = main_globals(&filename, package);
  Value r =
      spec_name && !add_main_spec(globals, *spec_name) ? Value() : run_module_code(code, globals);
  int status = 0;
  if (!r) {
    Value exc = rt.exc;
    rt.exc = Value();
    status = exit_status_of(exc, g_inspect);
    // like python3, the process ends by SIGINT after an uncaught KeyboardInterrupt
    if (!g_inspect && exc.is_ptr() && isinstance(exc, rt.KeyboardInterrupt)) exit_by_sigint();
  }
  // python3's shutdown: what is garbage now is finalized before atexit's handlers run, the
  // instances still alive after them (unless the REPL follows: -i)
  if (!g_inspect) finalize_at_exit(false);
  run_atexit();
  if (!g_inspect) finalize_at_exit(true);
  flush_stdout();
  std::fflush(stderr);
  return status;
}

}  // namespace

int run_main_source(const std::string& filename, const std::string& source) {
  return run_main(filename, source, rt.None);
}

// The name python3 puts before its own error messages: the program as invoked (argv[0])
std::string program_name() {
  Value sys = import_module(intern("sys"));
  Value argv = sys ? dict_get_str(sys.as<PyModule>()->dict, intern("orig_argv")) : Value();
  if (argv && argv.is_ptr() && argv.obj()->type == rt.list_type && argv.as<List>()->size > 0) {
    Value a0 = argv.as<List>()->store->items()[0];
    if (a0.is_ptr() && a0.obj()->type == rt.str_type) return std::string(a0.as<Str>()->view());
  }
  rt.exc = Value();
  return "weft-python";
}

int run_main_module(const std::string& module) {
  std::string file, package;
  if (!find_main_module(module, &file, &package)) {
    Value exc = rt.exc;
    rt.exc = Value();
    flush_stdout();
    if (exc.is_ptr() && isinstance(exc, rt.ImportError)) {
      Value s = to_str(exc);
      std::fprintf(stderr, "%s: %s\n", program_name().c_str(),
                   s ? std::string(s.as<Str>()->view()).c_str() : "");
    } else {
      print_exception(exc);
    }
    return 1;
  }
  std::string source;
  std::FILE* fp = std::fopen(file.c_str(), "rb");
  if (!fp) {
    std::fprintf(stderr, "%s: can't open file '%s'\n", program_name().c_str(), file.c_str());
    return 2;
  }
  char buf[65536];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, fp)) > 0) source.append(buf, got);
  std::fclose(fp);
  // like python3, sys.argv[0] becomes the module's file
  Value sys = import_module(intern("sys"));
  if (sys) {
    Value argv = dict_get_str(sys.as<PyModule>()->dict, intern("argv"));
    if (argv && argv.obj()->type == rt.list_type && argv.as<List>()->size > 0)
      argv.as<List>()->store->items()[0] = new_str(file);
  }
  size_t slash = file.rfind('/');
  std::string leaf = file.substr(slash == std::string::npos ? 0 : slash + 1);
  leaf.resize(leaf.size() - 3);  // ".py"
  std::string spec_name = package.empty() ? leaf : package + "." + leaf;
  return run_main(file, source, new_str(package), &spec_name);
}

}  // namespace weft::python
