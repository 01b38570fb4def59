// The interactive loop (weft-python on a terminal, or -i): reads statements with python3's
// rules for when input is complete, compiles each in interactive mode (expression statements
// go to sys.displayhook) and runs it in __main__. On a terminal lines come from libedit's
// readline interface (editing, history); otherwise from stdin with the prompts on stderr, which
// is what python3 -i does with piped input.
#include <editline/readline.h>
#include <poll.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "code.h"
#include "runtime.h"
#include "signals.h"
#include "weft/python/compiler.h"
#include "weft/python/parser.h"
#include "weft/python/tokenizer.h"
#include "weft/python/vm.h"

namespace weft::python {

Dict* main_globals(const std::string* filename, Value package);  // vm.cpp
int exit_status_of(Value exc, bool report_system_exit);          // vm.cpp

namespace {

char* g_line = nullptr;
bool g_line_done = false;
void on_line(char* line) {
  g_line = line;
  g_line_done = true;
  rl_callback_handler_remove();
}

enum class Read { Line, Eof, Interrupted };

// A signal handler raised while the prompt waited: python3 shows KeyboardInterrupt (SIGINT's
// default handler) as a line of its own and prompts again; another exception as a traceback.
void interrupted() {
  Value exc = rt.exc;
  rt.exc = Value();
  if (exc.is_ptr() && isinstance(exc, rt.KeyboardInterrupt)) {
    std::fputs("\nKeyboardInterrupt\n", stdout);
    std::fflush(stdout);
  } else {
    print_exception(exc);
  }
}

// One line from the terminal through libedit's callback interface: waiting in poll() (not
// inside the library) lets Ctrl-C interrupt the wait, as CPython's readline module does.
Read read_tty(const std::string& prompt, std::string& out) {
  g_line = nullptr;
  g_line_done = false;
  rl_callback_handler_install(prompt.c_str(), on_line);
  while (!g_line_done) {
    // signals.cpp's handler writes to the wakeup pipe: SIGINT may be delivered to another
    // thread than the VM's, and poll() is not restarted after the handler
    int wake = signal_wakeup_fd();
    pollfd p[2] = {{0, POLLIN, 0}, {wake, POLLIN, 0}};
    int r = poll(p, wake >= 0 ? 2 : 1, -1);
    if (g_signal_pending) {
      drain_signal_wakeup_fd();
      if (run_pending_signals() < 0) {
        rl_callback_handler_remove();
        interrupted();
        return Read::Interrupted;
      }
      continue;
    }
    if (r < 0) {
      if (errno == EINTR) continue;
      rl_callback_handler_remove();
      return Read::Eof;
    }
    if (p[0].revents) rl_callback_read_char();
  }
  if (!g_line) {
    std::fputs("\n", stdout);
    std::fflush(stdout);
    return Read::Eof;
  }
  out = g_line;
  if (out.find_first_not_of(" \t") != std::string::npos) add_history(g_line);
  std::free(g_line);
  g_line = nullptr;
  return Read::Line;
}

Read read_pipe(const std::string& prompt, std::string& out) {
  std::fputs(prompt.c_str(), stderr);
  std::fflush(stderr);
  int r = read_stdin_line(out);
  if (r < 0) {
    interrupted();
    return Read::Interrupted;
  }
  if (r == 0) {
    std::fputs("\n", stderr);
    return Read::Eof;
  }
  if (out.back() == '\n') out.pop_back();
  return Read::Line;
}

// sys.ps1 / sys.ps2 as str, read at each prompt like CPython does
std::string prompt_of(const char* name, const char* fallback) {
  Value sys = dict_get_str(rt.modules, intern("sys"));
  if (!sys) return fallback;
  Value p = dict_get_str(sys.as<PyModule>()->dict, intern(name));
  if (!p) return fallback;
  Value s = to_str(p);
  if (!s) {
    rt.exc = Value();
    return fallback;
  }
  return std::string(s.as<Str>()->view());
}

bool blank_or_comment(const std::string& line) {
  size_t i = line.find_first_not_of(" \t\f\r");
  return i == std::string::npos || line[i] == '#';
}

// Whether python3 would ask for more lines after `src` (the lines so far, each ending in a
// newline). An open bracket, triple-quoted string or backslash continuation needs more; so does
// a compound statement (a block, or a header such as `if x: y` that an `else` could follow)
// until an empty line ends it (`ended_by_blank`).
bool needs_more(const std::string& src, bool ended_by_blank) {
  std::vector<Token> toks;
  SyntaxErrorInfo err;
  if (!tokenize(src, toks, err)) {
    const std::string& m = err.msg;
    if (m.rfind("unterminated triple-quoted string literal", 0) == 0) return true;
    if (m == "unexpected EOF while parsing") return true;
    if (m.size() > 16 && m.compare(m.size() - 16, 16, "was never closed") == 0) return true;
    return false;  // a real error: let the parser report it
  }
  if (ended_by_blank) return false;
  size_t first = 0;
  while (first < toks.size() &&
         (toks[first].kind == Tok::Newline || toks[first].kind == Tok::Indent))
    first++;
  if (first == toks.size()) return false;
  const Token& t = toks[first];
  static const char* const compound[] = {"if",  "while", "for",   "try",  "with",
                                         "def", "class", "async", "match"};
  for (const char* kw : compound)
    if (t.is_kw(kw)) {
      if (std::string_view(kw) != "match") return true;
      // `match` is a soft keyword: a statement only if its line ends with ':'
      for (size_t i = first; i < toks.size() && toks[i].kind != Tok::Newline; i++)
        if (toks[i].is_op(":") && i + 1 < toks.size() && toks[i + 1].kind == Tok::Newline)
          return true;
    }
  if (t.is_op("@")) return true;
  for (const Token& k : toks)
    if (k.kind == Tok::Indent) return true;
  return false;
}

void report_syntax_error(const SyntaxErrorInfo& err, const std::string& src) {
  flush_stdout();
  std::fputs(format_syntax_error(err, "<stdin>", src).c_str(), stderr);
  std::fflush(stderr);
}

// A compound statement and more after it in one input: python3 reads one statement at a time
// and rejects the next one's first token.
bool second_statement_error(const Module& mod, const std::string& src) {
  if (mod.body.size() < 2 || mod.body[1]->pos.line <= mod.body[0]->pos.line ||
      !needs_more(std::string(source_line(src, mod.body[0]->pos.line)) + "\n", false))
    return false;
  const Stmt* s = mod.body[1];
  std::string_view line = source_line(src, s->pos.line);
  size_t end = static_cast<size_t>(s->pos.col);
  while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) ||
                               line[end] == '_' || (line[end] & 0x80)))
    end++;
  if (end == static_cast<size_t>(s->pos.col)) end++;
  SyntaxErrorInfo err;
  err.msg = "invalid syntax";
  err.line = err.end_line = s->pos.line;
  err.col = s->pos.col + 1;
  err.end_col = static_cast<int>(end) + 1;
  report_syntax_error(err, src);
  return true;
}

// python3 parses while it reads, so an error inside an unfinished block shows at once; errors
// at the end of what was read so far (a missing body, `else` without its colon yet) wait.
bool early_syntax_error(const std::string& src) {
  std::vector<Token> toks;
  SyntaxErrorInfo terr;
  if (!tokenize(src, toks, terr)) return false;  // an open bracket or string
  AstArena arena;
  Module mod;
  SyntaxErrorInfo err;
  if (parse_module(src, arena, mod, err)) return second_statement_error(mod, src);
  if (err.msg.rfind("expected an indented block", 0) == 0) return false;
  int last = 0;
  for (char c : src) last += c == '\n';
  if (err.line > last) return false;
  // a `try` block cut at the end of the input (the parser names the last line, no column)
  if (err.line == last && err.col == 0 && err.msg == "expected 'except' or 'finally' block")
    return false;
  if (err.line == last) {
    std::string_view line = source_line(src, last);
    size_t end = line.find_last_not_of(" \t\r");
    if (end == std::string_view::npos || static_cast<size_t>(err.col) > end + 1) return false;
  }
  report_syntax_error(err, src);
  return true;
}

// Runs one complete input. Returns -1 to go on, otherwise the exit status (SystemExit).
int run_input(const std::string& src, Dict* globals) {
  AstArena arena;
  Module mod;
  SyntaxErrorInfo err;
  if (!parse_module(src, arena, mod, err)) {
    report_syntax_error(err, src);
    return -1;
  }
  if (second_statement_error(mod, src)) return -1;
  // no source for the code: python3 prints no source lines for <stdin> frames
  Code* code = compile_module(mod, "<stdin>", nullptr, err, false, false, true);
  if (!code) {
    report_syntax_error(err, src);
    return -1;
  }
  Value r = run_module_code(code, globals);
  flush_stdout();
  if (r) return -1;
  Value exc = rt.exc;
  rt.exc = Value();
  if (exc.is_ptr() && isinstance(exc, rt.SystemExit)) return exit_status_of(exc, false);
  exit_status_of(exc, true);
  std::fflush(stderr);
  return -1;
}

}  // namespace

int run_repl(bool banner) {
  bool tty = isatty(0) && isatty(1);
  Value sys = import_module(intern("sys"));
  if (!sys) {
    rt.exc = Value();
    return 1;
  }
  Dict* sd = sys.as<PyModule>()->dict;
  if (!dict_get_str(sd, intern("ps1"))) dict_set_str(sd, intern("ps1"), new_str(">>> "));
  if (!dict_get_str(sd, intern("ps2"))) dict_set_str(sd, intern("ps2"), new_str("... "));
  Dict* globals = rt.main_module ? rt.main_module.as<PyModule>()->dict.get() : nullptr;
  if (!globals) globals = main_globals(nullptr, rt.None);
  if (banner) {
    std::fputs("Python 3.11.0 (weft-python) on linux\nCtrl-D or raise SystemExit to leave.\n",
               stderr);
  }
  if (tty) {
    rl_readline_name = "python";
    rl_catch_signals = 0;
    rl_initialize();
    using_history();
  }
  std::string buf, line;
  int status = 0;
  for (;;) {
    flush_stdout();
    std::string prompt = buf.empty() ? prompt_of("ps1", ">>> ") : prompt_of("ps2", "... ");
    Read r = tty ? read_tty(prompt, line) : read_pipe(prompt, line);
    if (r == Read::Interrupted) {
      buf.clear();
      continue;
    }
    if (r == Read::Eof) {
      // python3 runs an unfinished last statement at the end of input
      if (!buf.empty()) {
        int rc = run_input(buf, globals);
        if (rc >= 0) status = rc;
      }
      break;
    }
    if (buf.empty() && blank_or_comment(line)) continue;
    bool blank = !buf.empty() && line.find_first_not_of(" \t\f\r") == std::string::npos;
    buf += line;
    buf += '\n';
    if (needs_more(buf, blank)) {
      if (!blank && early_syntax_error(buf)) buf.clear();
      continue;
    }
    std::string src;
    src.swap(buf);
    int rc = run_input(src, globals);
    if (rc >= 0) {
      status = rc;
      break;
    }
  }
  flush_stdout();
  std::fflush(stderr);
  return status;
}

}  // namespace weft::python
