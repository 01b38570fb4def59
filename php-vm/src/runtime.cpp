// run_script(): heap, VM, standard library, parse, compile, run, report.
#include "weft/php/runtime.h"

#include <sys/time.h>
#include <unistd.h>

#include "builtins.h"
#include "weft/php/compiler.h"
#include "weft/php/interp.h"
#include "weft/php/parser.h"

namespace weft::php {

static void report_uncaught(VM& vm, Object* ex) {
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
  std::string msg = "Uncaught " + text + "\n  thrown in " + file + " on line " + line;
  vm.echo("\nFatal error: " + msg + "\n");
  vm.flush();
  std::string log = "PHP Fatal error:  " + msg + "\n";
  (void)!::write(2, log.data(), log.size());
}

int run_script(const RunOptions& opts) {
  gc::Heap heap;
  // The VM and what it owns (functions, classes, code) live for the whole process.
  VM& vm = *new VM();
  vm.script = opts.file;
  vm.argv = opts.argv;
  timeval tv;
  gettimeofday(&tv, nullptr);
  vm.start_time = double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
  register_builtin_classes(vm);
  register_output_builtins(vm);
  register_string_builtins(vm);
  register_array_builtins(vm);
  register_math_builtins(vm);
  register_misc_builtins(vm);
  register_regex_builtins(vm);

  Arena arena;
  ParseResult pr = parse(opts.source, arena);
  if (pr.error) {
    vm.echo(format_error_display(*pr.error, opts.file));
    vm.flush();
    std::string log = format_error_log(*pr.error, opts.file);
    (void)!::write(2, log.data(), log.size());
    return 255;
  }
  ParseError cerr;
  std::vector<std::pair<std::string, uint32_t>> deprecations;
  Function* main = compile_file(vm, pr.root, opts.file, &cerr, &deprecations);
  for (auto& [msg, line] : deprecations)
    vm.echo("\nDeprecated: " + msg + " in " + opts.file + " on line " + std::to_string(line) +
            "\n");
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
  if (!ok && !vm.exiting && vm.exception) {
    vm.frame = nullptr;
    report_uncaught(vm, vm.exception);
    return 255;
  }
  vm.flush();
  return vm.exiting ? vm.exit_code : 0;
}

}  // namespace weft::php
