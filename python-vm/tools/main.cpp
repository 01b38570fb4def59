// bin/weft-python: the command line, like python3's, plus the JIT's options:
//   --jit=off | --jit=NAME=VALUE,...   the driver's parameters (weft/jit/hints.h, set_param)
//   --jit-stats                        the JIT's counters on stderr at exit
#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "weft/jit/hints.h"
#include "weft/python/parser.h"
#include "weft/python/tokenizer.h"
#include "weft/python/vm.h"

namespace weft::python {
extern weft::jit::JitDriver py_driver;  // interp.cpp
}

using namespace weft::python;

namespace {

bool read_file(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

std::string quote_repr(std::string_view s) {
  // Python repr() of an ASCII-ish str, enough for token dumps.
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string r(1, q);
  for (char c : s) {
    if (c == q || c == '\\') {
      r += '\\';
      r += c;
    } else if (c == '\n') {
      r += "\\n";
    } else if (c == '\t') {
      r += "\\t";
    } else {
      r += c;
    }
  }
  r += q;
  return r;
}

int dump_tokens(const std::string& name, const std::string& src) {
  std::vector<Token> toks;
  SyntaxErrorInfo err;
  bool ok = tokenize(src, toks, err);
  for (const Token& t : toks) {
    if (t.kind == Tok::Name || t.kind == Tok::Number || t.kind == Tok::String ||
        t.kind == Tok::Op) {
      // tokenize reports columns in characters; ours are bytes
      std::string_view line = source_line(src, t.line);
      int col = 0;
      for (int b = 0; b < t.col && b < static_cast<int>(line.size()); b++)
        if ((static_cast<unsigned char>(line[b]) & 0xC0) != 0x80) col++;
      std::printf("%d,%d %s %s\n", t.line, col, tok_name(t.kind), quote_repr(t.text).c_str());
    } else
      std::printf("%s\n", tok_name(t.kind));
  }
  if (!ok) {
    std::fputs(format_syntax_error(err, name, src).c_str(), stderr);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool tokens = false, parse_only = false, jit_stats = false, inspect = false, quiet = false;
  size_t i = 0;
  std::string code, name;
  bool have_code = false;
  std::string module;  // -m
  bool repl_only = false;
  for (; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a == "--dump-tokens")
      tokens = true;
    else if (a == "--parse-only")
      parse_only = true;
    else if (a.rfind("--jit=", 0) == 0) {
      std::string error;
      if (!py_driver.set_params(std::string_view(a).substr(6), &error)) {
        std::fprintf(stderr, "weft-python: %s\n", error.c_str());
        return 2;
      }
    } else if (a == "--jit-stats")
      jit_stats = true;
    else if (a.size() > 1 && a[0] == '-' &&
             a.find_first_not_of("iqBEsSI", 1) == std::string::npos) {
      // -i (the REPL after the script), -q (no banner), also combined as -iq. python3's -B (no
      // .pyc files), -E (no PYTHON* variables), -s/-S (no site directories, no site module)
      // and -I (all three) describe what weft always does: it writes no bytecode, reads no
      // PYTHON* variable and has no site module.
      inspect |= a.find('i') != std::string::npos;
      quiet |= a.find('q') != std::string::npos;
    } else if (a == "-V" || a == "--version") {
      std::printf("Python 3.11.0\n");  // sys.version_info's version
      return 0;
    } else if (a == "-c" && i + 1 < args.size()) {
      code = args[++i];
      name = "<string>";
      have_code = true;
      break;
    } else if (a == "-m" && i + 1 < args.size()) {
      module = args[++i];
      break;
    } else
      break;
  }
  if (!have_code && module.empty()) {
    if (i < args.size() && args[i] != "-") {
      name = args[i];
      if (!name.empty() && name[0] != '/') {
        // like python3, the script is known by its absolute path
        char buf[4096];
        if (getcwd(buf, sizeof buf)) name = std::string(buf) + "/" + name;
      }
      if (!read_file(name.c_str(), code)) {
        std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
                     argv[0], name.c_str());
        return 2;
      }
    } else if (inspect || isatty(0)) {
      // no script: the REPL reads stdin (python3 runs piped stdin as a script unless -i)
      name = "<stdin>";
      repl_only = true;
    } else {
      name = "<stdin>";
      std::stringstream ss;
      ss << std::cin.rdbuf();
      code = ss.str();
    }
  }
  if (tokens) return dump_tokens(name, code);
  if (parse_only) {
    AstArena arena;
    Module mod;
    SyntaxErrorInfo err;
    if (!parse_module(code, arena, mod, err)) {
      std::fputs(format_syntax_error(err, name, code).c_str(), stderr);
      return 1;
    }
    return 0;
  }
  // sys.argv: the script (as given) and its arguments; "-c" for -c code
  std::vector<std::string> py_argv;
  std::string script_dir;  // -c, stdin and the REPL: '' (the current folder), as python3
  if (!module.empty()) {
    // python3 puts the current folder first on sys.path for -m
    py_argv.push_back("-m");
    char buf[4096];
    if (getcwd(buf, sizeof buf)) script_dir = buf;
  } else if (have_code) {
    py_argv.push_back("-c");
  } else if (name == "<stdin>") {
    py_argv.push_back("");
  } else {
    py_argv.push_back(args[i]);
    size_t slash = name.rfind('/');
    script_dir = slash == std::string::npos ? "." : name.substr(0, slash);
  }
  for (size_t k = i + 1; k < args.size(); k++) py_argv.push_back(args[k]);
  // The VM runs on a thread with a 1 GiB stack (reserved, committed as used): Python calls
  // recurse natively, so deep recursion (sys.setrecursionlimit) needs room. The collector scans
  // the stack of the thread that created the heap, which is this one.
  struct Job {
    std::vector<std::string>* argv;
    std::string* dir;
    std::string* name;
    std::string* code;
    std::string* module;
    bool inspect, repl_only, banner;
    int status;
  } job{&py_argv, &script_dir, &name, &code, &module, inspect, repl_only, !quiet, 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  auto body = [](void* p) -> void* {
    Job* j = static_cast<Job*>(p);
    init_vm(*j->argv, *j->dir);
    set_inspect(j->inspect);
    if (j->repl_only) {
      j->status = run_repl(j->banner);
      return nullptr;
    }
    j->status =
        j->module->empty() ? run_main_source(*j->name, *j->code) : run_main_module(*j->module);
    // -i: the REPL follows in the script's namespace; its own exit status replaces the script's
    if (j->inspect) j->status = run_repl(false);
    return nullptr;
  };
  if (pthread_create(&thread, &attr, body, &job) != 0) {
    body(&job);
  } else {
    // signals go to the VM's thread, where the interpreter turns SIGINT into KeyboardInterrupt
    // and blocking calls are interrupted (python-vm/src/vm/signals.cpp)
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, nullptr);
    pthread_join(thread, nullptr);
  }
  std::fflush(nullptr);
  report_heap_stats();
  if (jit_stats) {
    // No jitcodes are generated for weft-python yet (python-vm/README.md, "JIT"): the hints
    // count, nothing is traced.
    std::fprintf(stderr,
                 "jit: %s; no jitcodes in this build (the codegen does not accept the "
                 "interpreter yet); hot positions seen: %llu\n",
                 py_driver.params().enabled ? "on" : "off",
                 static_cast<unsigned long long>(py_driver.hot_count()));
  }
  std::_Exit(job.status);
}
