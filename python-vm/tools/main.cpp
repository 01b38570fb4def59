// bin/weft-python: the command line, like python3's, plus the JIT's options:
//   --jit=off | --jit=NAME=VALUE,...   the driver's parameters (weft/jit/hints.h, set_param)
//   --jit-stats                        the JIT's counters on stderr at exit
#include <pthread.h>
#include <sys/stat.h>
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

// python3's error for a bad command line: the message, the usage line, exit status 2
int usage_error(const char* prog, const std::string& message) {
  std::fprintf(stderr,
               "%s\nusage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python "
               "-h' for more information.\n",
               message.c_str(), prog);
  return 2;
}

void print_help(const char* prog) {
  std::printf(
      "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
      "Options (as python3's):\n"
      "-b, -bb : accepted (sys.flags.bytes_warning)\n"
      "-B, -E, -s, -S, -I, -P : accepted (weft writes no bytecode, reads no PYTHON* variable\n"
      "          but PYTHONUNBUFFERED, has no site module); -P: no script folder first on\n"
      "          sys.path\n"
      "-c cmd  : program passed in as string (terminates option list)\n"
      "-d, -v  : accepted (sys.flags.debug, sys.flags.verbose)\n"
      "-h, -?, --help : this text\n"
      "-i      : the REPL after the script, -c or -m (also when stdin is not a terminal)\n"
      "-m mod  : run a module or a package's __main__ from sys.path as a script\n"
      "-O, -OO : assert statements compiled out, __debug__ is False (sys.flags.optimize)\n"
      "-q      : no banner in the REPL\n"
      "-u      : sys.stdout unbuffered\n"
      "-V, --version : the Python version\n"
      "-W arg  : a warnings filter (action:message:category:module:lineno)\n"
      "-x      : skip the source's first line\n"
      "-X opt  : sys._xoptions\n"
      "file    : program read from a script file, or a folder with a __main__.py\n"
      "-       : program read from stdin (the default; the REPL on a terminal)\n"
      "weft's own options:\n"
      "--jit=off | --jit=NAME=VALUE,... : the JIT driver's parameters\n"
      "--jit-stats : what the JIT did, on stderr at exit\n"
      "--dump-tokens, --parse-only : tokenizer output, syntax check only\n",
      prog);
}

bool is_directory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool tokens = false, parse_only = false, jit_stats = false, skip_first_line = false;
  CliOptions opts;
  opts.orig_argv.assign(argv, argv + argc);
  size_t i = 0;
  std::string code, name;
  bool have_code = false;
  std::string module;  // -m
  bool repl_only = false;
  // python3's getopt: short options may be grouped (-iq, -OO), an option's argument may follow
  // in the same word (-cCODE, -Werror) or be the next word; -c and -m end the options
  for (; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a == "--dump-tokens") {
      tokens = true;
    } else if (a == "--parse-only") {
      parse_only = true;
    } else if (a.rfind("--jit=", 0) == 0) {
      std::string error;
      if (!py_driver.set_params(std::string_view(a).substr(6), &error)) {
        std::fprintf(stderr, "weft-python: %s\n", error.c_str());
        return 2;
      }
    } else if (a == "--jit-stats") {
      jit_stats = true;
    } else if (a == "--version") {
      std::printf("Python 3.11.0\n");  // sys.version_info's version
      return 0;
    } else if (a == "--help") {
      print_help(argv[0]);
      return 0;
    } else if (a == "--") {
      i++;
      break;
    } else if (a.size() > 2 && a[0] == '-' && a[1] == '-') {
      return usage_error(argv[0], "unknown option " + a);
    } else if (a.size() > 1 && a[0] == '-') {
      bool ends_options = false;
      for (size_t k = 1; k < a.size() && !ends_options; k++) {
        char c = a[k];
        if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
          std::string value;
          if (k + 1 < a.size()) {
            value = a.substr(k + 1);
          } else if (i + 1 < args.size()) {
            value = args[++i];
          } else {
            return usage_error(argv[0], std::string("Argument expected for the -") + c + " option");
          }
          if (c == 'c') {
            code = value;
            name = "<string>";
            have_code = true;
            ends_options = true;
          } else if (c == 'm') {
            module = value;
            ends_options = true;
          } else if (c == 'W') {
            opts.warnoptions.push_back(value);
          } else {
            opts.xoptions.push_back(value);
          }
          break;
        }
        switch (c) {
          case 'b':
            opts.bytes_warning++;
            break;
          case 'B':
            break;  // weft writes no .pyc files
          case 'd':
            opts.debug = true;
            break;
          case 'E':
            opts.ignore_environment = true;
            break;
          case 'h':
          case '?':
            print_help(argv[0]);
            return 0;
          case 'i':
            opts.inspect = true;
            break;
          case 'I':
            opts.isolated = opts.ignore_environment = opts.no_user_site = opts.safe_path = true;
            break;
          case 'O':
            opts.optimize++;
            break;
          case 'P':
            opts.safe_path = true;
            break;
          case 'q':
            opts.quiet = true;
            break;
          case 'R':
            break;  // str hashes are always randomized (sys.flags.hash_randomization)
          case 's':
            opts.no_user_site = true;
            break;
          case 'S':
            opts.no_site = true;
            break;
          case 'u':
            opts.unbuffered = true;
            break;
          case 'v':
            opts.verbose++;
            break;
          case 'V':
            std::printf("Python 3.11.0\n");
            return 0;
          case 'x':
            skip_first_line = true;
            break;
          default:
            return usage_error(argv[0], std::string("Unknown option: -") + c);
        }
      }
      if (ends_options) {
        i++;
        break;
      }
    } else {
      break;
    }
  }
  // what python3 adds to sys.warnoptions: -X dev's "default" first, -b's after the -W options
  for (const std::string& x : opts.xoptions)
    if (x == "dev") {
      opts.warnoptions.insert(opts.warnoptions.begin(), "default");
      break;
    }
  if (opts.bytes_warning)
    opts.warnoptions.push_back(opts.bytes_warning > 1 ? "error::BytesWarning"
                                                      : "default::BytesWarning");
  bool inspect = opts.inspect, quiet = opts.quiet;
  // i is now the first argument after the options (after -c's code or -m's module: the first
  // of sys.argv[1:]); the script's name otherwise
  if (have_code || !module.empty()) i--;
  if (!have_code && module.empty()) {
    if (i < args.size() && args[i] != "-") {
      name = args[i];
      if (!name.empty() && name[0] != '/') {
        // like python3, the script is known by its absolute path
        char buf[4096];
        if (getcwd(buf, sizeof buf)) name = std::string(buf) + "/" + name;
      }
      if (is_directory(name)) {
        // a folder with a __main__.py runs it, with the folder first on sys.path
        std::string main_file = name + "/__main__.py";
        if (!read_file(main_file.c_str(), code)) {
          std::fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", argv[0],
                       args[i].c_str());
          return 1;
        }
        name = main_file;
      } else if (!read_file(name.c_str(), code)) {
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
  if (skip_first_line && !have_code) {
    // -x: the first line is not Python (a DOS command, say); line numbers stay the file's
    size_t nl = code.find('\n');
    code = nl == std::string::npos ? std::string() : code.substr(nl);
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
    py_argv.push_back(i < args.size() && args[i] == "-" ? "-" : "");
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
    CliOptions* options;
    bool inspect, repl_only, banner;
    int status;
  } job{&py_argv, &script_dir, &name, &code, &module, &opts, inspect, repl_only, !quiet, 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  auto body = [](void* p) -> void* {
    Job* j = static_cast<Job*>(p);
    set_cli_options(*j->options);
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
