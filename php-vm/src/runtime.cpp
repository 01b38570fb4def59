// run_script(): heap, VM, standard library, parse, compile, run, report.
#include "weft/php/runtime.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/time.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "builtins.h"
#include "fiber.h"
#include "interp_support.h"
#include "streams.h"
#include "weft/php/compiler.h"
#include "weft/php/interp.h"
#include "weft/php/parser.h"

namespace weft::php {

// compile_file's warnings and deprecations, reported as php does before the file runs (to the
// user's error handler when one is set, for an include or eval).
static void report_diagnostics(VM& vm, const std::vector<CompileDiagnostic>& list,
                               const std::string& file) {
  for (const CompileDiagnostic& d : list) vm.report_at(d.level, d.message, file, d.line);
}

static void report_uncaught(VM& vm, Object* ex) {
  // E_ERROR hidden by error_reporting or display_errors=0: nothing is shown (the log line is
  // governed by log_errors, which -n leaves on)
  bool shown = (vm.error_reporting & 1) && vm.display_errors;
  std::string text;
  vm.exception = nullptr;
  if (ex->cls->m_tostring && !ex->cls->m_tostring->native) {
    String* s;
    if (vm.to_string(Value::obj(ex), &s)) text = std::string(s->view());
    vm.exception = nullptr;
  } else {
    text = throwable_string(vm, ex);
  }
  std::string file = to_std_string(vm.get_prop(ex, "file"));
  std::string line = to_std_string(vm.get_prop(ex, "line"));
  if (ex->cls->name == "ParseError") {
    // php reports an uncaught ParseError (from eval) as the parse error itself
    std::string m = to_std_string(vm.get_prop(ex, "message"));
    std::string where = " in " + file + " on line " + line;
    if (shown) vm.echo("\nParse error: " + m + where + "\n");
    vm.flush();
    std::string log = "PHP Parse error:  " + m + where + "\n";
    if (vm.error_reporting & 1) (void)!::write(2, log.data(), log.size());
    return;
  }
  std::string msg = "Uncaught " + text + "\n  thrown in " + file + " on line " + line;
  if (shown) vm.echo("\nFatal error: " + msg + "\n");
  vm.flush();
  std::string log = "PHP Fatal error:  " + msg + "\n";
  if (vm.error_reporting & 1) (void)!::write(2, log.data(), log.size());
}

// php_call_shutdown_functions(): in registration order, including those registered meanwhile;
// exit() or an uncaught exception in one ends the rest (the exception is reported as php's
// fatal error). False after an uncaught exception.
static bool run_shutdown_functions(VM& vm) {
  Array* fs = vm.shutdown_functions.get();
  for (uint32_t i = fs->first(); i < fs->used(); i = fs->next(i)) {
    Array* entry = fs->buckets()[i].v.a;  // rooted through shutdown_functions
    std::vector<Value> args;
    for (uint32_t j = entry->first(); j < entry->used(); j = entry->next(j))
      args.push_back(entry->buckets()[j].v);
    vm.frame = nullptr;
    Value r;
    if (vm.call_value(args[0], args.data() + 1, uint32_t(args.size() - 1), &r)) continue;
    if (vm.exiting) return true;
    if (vm.exception) {
      vm.frame = nullptr;
      report_uncaught(vm, vm.exception);
      return false;
    }
  }
  return true;
}

// After a fatal error php still runs the shutdown functions (not the destructors: it marks
// every object destroyed). The heap and frame stack limits are lifted so that the functions
// can run after memory exhaustion; a second fatal error ends the process.
void VM::shutdown_after_fatal() {
  if (in_fatal_shutdown || !shutdown_functions || !shutdown_functions->count) return;
  in_fatal_shutdown = true;
  watch_drops = false;
  drops_exhausted = true;
  if (gc::Heap* heap = gc::Heap::current()) heap->set_heap_limit(0);
  stack_end = stack_region_end;
  exception = nullptr;
  silence = 0;
  exiting = false;
  run_shutdown_functions(*this);
  flush();
}

// Runs compiled top-level code in the scope of frame `f` (include files and eval): the code's
// variables are bound by name to f's (as references); at the top level, names f does not have
// become globals.
static bool run_in_scope(VM& vm, Frame* f, Function* fn, Value* ret) {
  vm.owned_functions.push_back(fn);
  Code* code = fn->code;
  Frame* nf = vm.new_frame(code, true);
  nf->fn = fn;
  nf->this_ = f->this_.get();
  nf->called = f->called;
  nf->prev = f;
  for (uint32_t i = 0; i < code->nlocals; ++i) {
    const std::string& name = code->local_names[i];
    if (name == "this") {
      if (f->this_) nf->regs()[i] = Value::obj(f->this_.get());
      continue;
    }
    Value* slot = nullptr;
    int32_t idx = f->code->find_local(name);
    if (idx >= 0) {
      slot = &f->regs()[idx];
    } else if (f == vm.main_frame) {
      bool ins;
      slot = vm.globals_extra->lookup_or_insert(Key::string(intern(name)), &ins);
      if (ins) *slot = Value();
    }
    if (!slot) continue;
    if (slot->tag != Tag::Ref) {
      Ref* r = gc_new<Ref>();
      r->v = slot->tag == Tag::Undef ? Value() : *slot;
      *slot = Value::ref(r);
    }
    nf->regs()[i] = *slot;
  }
  vm.frame = nf;
  bool ok = run_frame(vm, nf, ret);
  vm.frame = f;
  return ok;
}

// eval(): php compiles the string as a file named "FILE(LINE) : eval()'d code"; a syntax
// error there is a ParseError exception, not a fatal error.
static bool do_eval(VM& vm, Frame* f, const Value& code_value, Value* ret) {
  static auto* arenas = new std::vector<std::unique_ptr<Arena>>();
  static auto* sources = new std::vector<std::unique_ptr<std::string>>();
  String* src;
  if (!vm.to_string(code_value, &src)) return false;
  sources->push_back(std::make_unique<std::string>("<?php " + std::string(src->view())));
  arenas->push_back(std::make_unique<Arena>());
  std::string name = f->code->file + "(" + std::to_string(vm.current_line()) + ") : eval()'d code";
  ParseResult pr = parse(*sources->back(), *arenas->back());
  if (pr.error && pr.error->severity == ParseError::Severity::Parse) {
    vm.throw_error("ParseError", pr.error->message);
    Object* ex = vm.exception;
    vm.set_prop(ex, "file", Value::str(new_string(name)));
    vm.set_prop(ex, "line", Value::integer(pr.error->line));
    return false;
  }
  ParseError cerr;
  std::vector<CompileDiagnostic> diagnostics;
  Function* fn = pr.error ? nullptr : compile_file(vm, pr.root, name, &cerr, &diagnostics);
  report_diagnostics(vm, diagnostics, name);
  if (vm.exception) return false;  // the error handler threw
  if (!fn) {
    const ParseError& e = pr.error ? *pr.error : cerr;
    vm.echo(format_error_display(e, name));
    vm.flush();
    std::string log = format_error_log(e, name);
    (void)!::write(2, log.data(), log.size());
    std::_Exit(255);
  }
  fn->name = "eval";
  return run_in_scope(vm, f, fn, ret);
}

bool do_include(VM& vm, Frame* f, const Value& path_value, int kind, Value* ret) {
  if (kind == 4) return do_eval(vm, f, path_value, ret);
  static const char* names[] = {"include", "include_once", "require", "require_once"};
  static auto* arenas = new std::vector<std::unique_ptr<Arena>>();
  static auto* sources = new std::vector<std::unique_ptr<std::string>>();
  static auto* included = new std::set<std::string>();
  std::string path = to_std_string(path_value);
  std::string found;
  auto try_path = [&](const std::string& p) {
    char* real = realpath(p.c_str(), nullptr);
    if (!real) return false;
    found = real;
    free(real);
    return true;
  };
  if (!path.empty() && (path[0] == '/' || !try_path(path))) {
    if (path[0] == '/') {
      try_path(path);
    } else {
      std::string dir = f->code->file.substr(0, f->code->file.rfind('/') + 1);
      try_path(dir + path);
    }
  }
  bool once = kind == 1 || kind == 3;
  if (found.empty()) {
    vm.warning(std::string(names[kind]) + "(" + path +
               "): Failed to open stream: No such file or directory");
    if (kind >= 2)
      return vm.throw_error(
          "Error", "Failed opening required '" + path + "' (include_path='.:/usr/share/php')");
    vm.warning(std::string(names[kind]) + "(): Failed opening '" + path +
               "' for inclusion (include_path='.:/usr/share/php')");
    *ret = Value::boolean(false);
    return true;
  }
  if (once && included->count(found)) {
    *ret = Value::boolean(true);
    return true;
  }
  included->insert(found);
  std::ifstream in(found, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  sources->push_back(std::make_unique<std::string>(ss.str()));
  arenas->push_back(std::make_unique<Arena>());
  ParseResult pr = parse(*sources->back(), *arenas->back());
  if (pr.error) {
    vm.echo(format_error_display(*pr.error, found));
    vm.flush();
    std::string log = format_error_log(*pr.error, found);
    (void)!::write(2, log.data(), log.size());
    std::_Exit(255);
  }
  ParseError cerr;
  std::vector<CompileDiagnostic> diagnostics;
  Function* fn = compile_file(vm, pr.root, found, &cerr, &diagnostics);
  report_diagnostics(vm, diagnostics, found);
  if (vm.exception) return false;  // the error handler threw
  if (!fn) {
    vm.echo(format_error_display(cerr, found));
    vm.flush();
    std::_Exit(255);
  }
  fn->name = names[kind];
  Code* code = fn->code;
  // without a return statement an include evaluates to 1
  code->consts.push_back(Value::integer(1));
  code->ins.back().a = const_operand(uint32_t(code->consts.size() - 1));
  return run_in_scope(vm, f, fn, ret);
}

extern const std::string_view kPreludeSource;

// Compiles and runs PHP code of weft-php's own (src/prelude*.php): its declarations. The
// running frames are left as they were (the date classes load in the middle of a script).
static void run_prelude_source(VM& vm, std::string_view source) {
  bool dumping = set_code_dump(false);  // --dump-bytecode shows the script's code only
  static auto* arena = new Arena();
  ParseResult pr = parse(source, *arena);
  ParseError cerr;
  Function* fn = pr.error ? nullptr : compile_file(vm, pr.root, "[internal]", &cerr);
  set_code_dump(dumping);
  if (!fn) {
    std::string msg =
        "weft-php: the prelude does not compile: " + (pr.error ? pr.error->message : cerr.message) +
        " on line " + std::to_string(pr.error ? pr.error->line : cerr.line) + "\n";
    (void)!::write(2, msg.data(), msg.size());
    std::_Exit(70);
  }
  vm.owned_functions.push_back(fn);
  Value ret;
  Frame* main = vm.main_frame;
  Frame* frame = vm.frame;
  vm.invoke(fn, nullptr, 0, &ret);
  vm.main_frame = main;
  vm.frame = frame;
}

// src/prelude.php: the SPL classes, at start-up.
static void run_prelude(VM& vm) { run_prelude_source(vm, kPreludeSource); }

void load_lazy_prelude(VM& vm, uint32_t i) {
  if (vm.lazy_preludes_loaded >> i & 1) return;
  vm.lazy_preludes_loaded |= 1u << i;
  run_prelude_source(vm, kLazyPreludes[i].source);
  // the checks of drops.cpp recognize the weak holders by class
  if (auto it = vm.classes.find("weakreference"); it != vm.classes.end())
    vm.weakref_class = it->second;
  if (auto it = vm.classes.find("weakmap"); it != vm.classes.end()) vm.weakmap_class = it->second;
}

int run_script(const RunOptions& opts) {
  // php frees by reference counting, so its peak memory is close to the live data: a first
  // major collection at 8 MiB (the collector's default is 16) keeps small scripts' heaps near
  // that too, for a few cheap collections of small heaps.
  gc::HeapConfig config = gc::HeapConfig::from_env();
  config.min_major_heap = size_t{8} << 20;
  gc::Heap heap(config);
  // The VM and what it owns (functions, classes, code) live for the whole process.
  VM& vm = *new VM();
  vm.script = opts.file;
  vm.argv = opts.argv;
  timeval tv;
  gettimeofday(&tv, nullptr);
  vm.start_time = double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
  register_builtin_classes(vm);
  register_fiber_classes(vm);
  register_output_builtins(vm);
  register_string_builtins(vm);
  register_array_builtins(vm);
  register_math_builtins(vm);
  register_misc_builtins(vm);
  register_regex_builtins(vm);
  register_error_builtins(vm);
  register_text_builtins(vm);
  register_serialize_builtins(vm);
  register_ob_builtins(vm);
  register_date_builtins(vm);
  register_json_decode_builtins(vm);
  register_introspect_builtins(vm);
  register_weak_ref_builtins(vm);
  register_reflection_builtins(vm);
  register_file_builtins(vm);
  register_fs_builtins(vm);
  register_scanf_builtins(vm);
  run_prelude(vm);
  if (opts.dump_bytecode) set_code_dump(true);
  for (auto& [k, v] : opts.ini) apply_ini(vm, k, v, nullptr);

  Arena arena;
  // the php CLI skips a `#!` first line of the main script (still counted as line 1): it
  // becomes an empty php block whose `?>` eats the line's newline
  std::string shebang;
  std::string_view source = opts.source;
  if (source.size() >= 2 && source[0] == '#' && source[1] == '!') {
    size_t nl = source.find('\n');
    shebang = "<?php ?>" + std::string(nl == std::string_view::npos ? "" : source.substr(nl));
    source = shebang;
  }
  ParseResult pr = parse(source, arena);
  if (pr.error) {
    vm.echo(format_error_display(*pr.error, opts.file));
    vm.flush();
    std::string log = format_error_log(*pr.error, opts.file);
    (void)!::write(2, log.data(), log.size());
    return 255;
  }
  ParseError cerr;
  std::vector<CompileDiagnostic> diagnostics;
  Function* main = compile_file(vm, pr.root, opts.file, &cerr, &diagnostics);
  report_diagnostics(vm, diagnostics, opts.file);
  vm.main_function = main;
  if (!main) {
    vm.echo(format_error_display(cerr, opts.file));
    vm.flush();
    std::string log = format_error_log(cerr, opts.file);
    (void)!::write(2, log.data(), log.size());
    return 255;
  }
  // $argv / $argc of the main script
  Array* av = Array::make();
  for (auto& a : opts.argv) av->append(Value::str(new_string(a)));
  Value ret;
  Code* code = main->code;
  int32_t argv_slot = code->find_local("argv");
  int32_t argc_slot = code->find_local("argc");
  (void)argv_slot;
  (void)argc_slot;
  vm.globals_extra->set(Key::string(intern("argv")), Value::arr(av));
  vm.globals_extra->set(Key::string(intern("argc")), Value::integer(int64_t(opts.argv.size())));
  bool ok = vm.invoke(main, nullptr, 0, &ret);
  if (!ok && !vm.exiting && vm.exception && vm.exception_handlers->count) {
    // set_exception_handler: the handler gets the exception instead of the fatal error
    Value handler;
    Array* hs = vm.exception_handlers.get();
    for (uint32_t i = hs->first(); i < hs->used(); i = hs->next(i)) handler = hs->buckets()[i].v;
    if (handler.tag != Tag::Null) {
      Value ex = Value::obj(vm.exception.get());
      vm.exception = nullptr;
      vm.frame = nullptr;
      Value r;
      ok = vm.call_value(handler, &ex, 1, &r);
      if (ok || vm.exiting) {
        vm.flush();
        return 255;
      }
    }
  }
  int status = vm.exiting ? vm.exit_code : 0;
  if (!ok && !vm.exiting && vm.exception) {
    vm.frame = nullptr;
    report_uncaught(vm, vm.exception);
    status = 255;
  }
  // php_request_shutdown(): the shutdown functions, then the destructors (after an uncaught
  // exception or exit() too)
  vm.exiting = false;
  if (!run_shutdown_functions(vm)) status = 255;
  if (vm.exiting) status = vm.exit_code;
  vm.exiting = false;
  if (!run_destructors(vm) && vm.exception && !vm.exiting) {
    report_uncaught(vm, vm.exception);
    status = 255;
  }
  if (vm.exiting) status = vm.exit_code;
  vm.exiting = false;
  end_output_buffers(vm);
  if (vm.exception && !vm.exiting) {
    vm.frame = nullptr;
    report_uncaught(vm, vm.exception);
    status = 255;
  }
  if (vm.exiting) status = vm.exit_code;
  vm.flush();
  return status;
}

}  // namespace weft::php
