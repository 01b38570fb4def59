// Exceptions: the BaseException hierarchy, raising helpers, and the CPython 3.11-style
// traceback printer (source lines with ~~~^^^ carets, chained exceptions, repeated frames).
#include <cstdarg>
#include <cstdio>
#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/finalizers.h"
#include "vm/runtime.h"
#include "weft/python/parser.h"
#include "weft/python/syntax_error.h"

namespace weft::python {

const char* type_name(Value v) {
  Str* name = type_of(v)->name;
  if (name->data()[name->size] == 0) return name->data();
  // A shared str that a longer one of its chain was made from has no NUL after its bytes
  // (object.h); a copy serves the few messages that use several names at once.
  static std::string copies[4];
  static int next = 0;
  std::string& c = copies[next++ & 3];
  c.assign(name->view());
  return c.c_str();
}

Value make_exception(Type* type, Value* args, int64_t nargs) {
  if (!type->builtin) return call(type, args, nargs, nullptr);
  Exception* e = alloc<Exception>(type);
  if (!e) return Value();
  Value t = tuple_from_array(args, nargs);
  if (!t) return t;
  e->args = t.as<Tuple>();
  return e;
}

Value raise(Type* type, std::string_view msg) {
  if (type == rt.MemoryError && msg.empty()) {
    rt.exc = rt.memory_error;
    return Value();
  }
  Value m = new_str(msg);
  if (!m) return m;
  Value e = make_exception(type, &m, 1);
  if (e) rt.exc = e;
  return Value();
}

Value raise_fmt(Type* type, const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return raise(type, buf);
}

Value raise_value(Value exc, Value cause, bool has_cause) {
  if (exc.is_ptr() && isinstance(exc, rt.type_type)) {
    Type* t = exc.as<Type>();
    if (!is_subtype(t, rt.BaseException))
      return raise(rt.TypeError, "exceptions must derive from BaseException");
    exc = call(t, nullptr, 0, nullptr);
    if (!exc) return exc;
  }
  if (!exc.is_ptr() || !isinstance(exc, rt.BaseException))
    return raise(rt.TypeError, "exceptions must derive from BaseException");
  if (has_cause) {
    Exception* e = exc.as<Exception>();
    if (cause == Value(rt.None)) {
      e->cause = Value();
    } else {
      if (cause.is_ptr() && isinstance(cause, rt.type_type)) {
        cause = call(cause, nullptr, 0, nullptr);
        if (!cause) return cause;
      }
      if (!cause.is_ptr() || !isinstance(cause, rt.BaseException))
        return raise(rt.TypeError, "exception causes must derive from BaseException");
      e->cause = cause;
    }
    e->suppress_context = true;
  }
  rt.exc = exc;
  return Value();
}

bool exc_matches(Value exc, Value t) {
  if (t.is_ptr() && t.obj()->type == rt.tuple_type) {
    Tuple* tp = t.as<Tuple>();
    for (int64_t i = 0; i < tp->size; i++)
      if (exc_matches(exc, tp->at(i))) return true;
    return false;
  }
  if (!t.is_ptr() || !isinstance(t, rt.type_type)) return false;
  return isinstance(exc, t.as<Type>());
}

bool pending_is(Type* type) { return rt.exc && isinstance(rt.exc, type); }
void clear_exc() { rt.exc = Value(); }

void add_traceback(Code* code, int instr, Dict* globals) {
  if (!rt.exc.is_ptr() || type_of(rt.exc)->layout != Layout::Exception) return;
  Exception* e = rt.exc.as<Exception>();
  // compiler-made re-raises (the rewritten except*) have no line: they add no entry to an
  // exception that already has one
  if (e->tb && code && code->pos && instr >= 0 && static_cast<size_t>(instr) < code->pos->size() &&
      (*code->pos)[static_cast<size_t>(instr)].line == 0)
    return;
  // warnings is C code in CPython: a warning raised as an error (-W error) shows no frames of
  // lib/warnings.py
  static constexpr std::string_view kWarnings = "<weft>/warnings.py";
  if (code && code->filename && code->filename->view() == kWarnings) return;
  Traceback* tb = rt.heap->make<Traceback>();
  if (!tb) return;
  tb->code = code;
  tb->instr = instr;
  tb->globals = globals;
  tb->next = e->tb;
  e->tb = tb;
}

// A SyntaxError (or IndentationError/TabError) with CPython's args and attributes:
// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
Value raise_syntax_error(const SyntaxErrorInfo& err, std::string_view filename,
                         std::string_view source) {
  Type* t = err.kind == "IndentationError" ? rt.IndentationError
            : err.kind == "TabError"       ? rt.TabError
                                           : rt.SyntaxError;
  std::string text;
  bool has_text = syntax_error_text(err, filename, source, text);
  Value detail[6] = {new_str(filename),     new_int(err.line),
                     new_int(err.col),      has_text ? new_str(text) : Value(rt.None),
                     new_int(err.end_line), new_int(err.end_col)};
  Value d = tuple_from_array(detail, 6);
  if (!d) return d;
  Value args[2] = {new_str(err.msg), d};
  Value exc = make_exception(t, args, 2);
  if (!exc) return exc;
  const char* names[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  setattr(exc, intern("msg"), args[0]);
  for (int i = 0; i < 6; i++) setattr(exc, intern(names[i]), detail[i]);
  setattr(exc, intern("print_file_and_line"), rt.None);
  return raise_value(exc);
}

// e.args as Python sees it: an OSError made with a filename keeps only (errno, strerror), as
// CPython's (the filenames stay readable through e.filename/e.filename2 and str(e))
Value exception_args(Exception* e) {
  Tuple* a = e->args;
  if (!a) return rt.empty_tuple;
  if (a->size >= 3 && a->size <= 5 && a->at(2) != Value(rt.None) && isinstance(e, rt.OSError))
    return tuple_from_array(reinterpret_cast<Value*>(a->items()), 2);
  return a;
}

Value stop_iteration_value(Value exc) {
  if (!exc.is_ptr() || type_of(exc)->layout != Layout::Exception) return rt.None;
  Exception* e = exc.as<Exception>();
  return e->args && e->args->size ? e->args->at(0) : Value(rt.None);
}

Value exception_str(Exception* e) {
  Tuple* a = e->args;
  if (!a || a->size == 0) return rt.empty_str;
  Value unicode_msg;
  if (a->size >= 4 && isinstance(e, rt.UnicodeError) && unicode_error_str(e, &unicode_msg))
    return unicode_msg;
  if (a->size == 1) {
    if (isinstance(e, rt.KeyError)) return repr(a->at(0));
    return to_str(a->at(0));
  }
  if (isinstance(e, rt.SyntaxError) && a->size == 2 && a->at(1).is_ptr() &&
      a->at(1).obj()->type == rt.tuple_type && a->at(1).as<Tuple>()->size >= 2) {
    // "msg (file, line N)" with the file's base name, as CPython's SyntaxError.__str__
    Tuple* d = a->at(1).as<Tuple>();
    Value msg = to_str(a->at(0));
    if (!msg) return msg;
    std::string r(msg.as<Str>()->view());
    Value fn = d->at(0), ln = d->at(1);
    bool have_fn = fn.is_ptr() && fn.obj()->type == rt.str_type;
    bool have_ln = is_int(ln);
    std::string base;
    if (have_fn) {
      base = std::string(fn.as<Str>()->view());
      size_t slash = base.rfind('/');
      if (slash != std::string::npos) base = base.substr(slash + 1);
    }
    if (have_fn && have_ln)
      r += " (" + base + ", line " + int_to_string(ln) + ")";
    else if (have_fn)
      r += " (" + base + ")";
    else if (have_ln)
      r += " (line " + int_to_string(ln) + ")";
    return new_str(r);
  }
  if (isinstance(e, rt.OSError) && a->size <= 5) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]])
    Value no = to_str(a->at(0)), msg = to_str(a->at(1));
    if (!no || !msg) return Value();
    std::string r =
        "[Errno " + std::string(no.as<Str>()->view()) + "] " + std::string(msg.as<Str>()->view());
    if (a->size >= 3 && a->at(2) != Value(rt.None)) {
      Value fn = repr(a->at(2));
      if (!fn) return fn;
      r += ": " + std::string(fn.as<Str>()->view());
      if (a->size == 5 && a->at(4) != Value(rt.None)) {
        Value fn2 = repr(a->at(4));
        if (!fn2) return fn2;
        r += " -> " + std::string(fn2.as<Str>()->view());
      }
    }
    return new_str(r);
  }
  return to_str(a);
}

namespace {

Value exc_init(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value t = tuple_from_array(args, nargs);
  if (!t) return t;
  self.as<Exception>()->args = t.as<Tuple>();
  // the keyword arguments of ImportError (name, path), AttributeError (name, obj) and NameError
  // (name) become attributes; other exceptions take none
  for (int64_t i = 0; kw && i < kw->size; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    bool ok = isinstance(self, rt.ImportError)      ? k == "name" || k == "path"
              : isinstance(self, rt.AttributeError) ? k == "name" || k == "obj"
              : isinstance(self, rt.NameError)      ? k == "name"
                                                    : false;
    Type* t = type_of(self);
    while (!t->builtin) t = t->base;
    if (!ok && (isinstance(self, rt.ImportError) || isinstance(self, rt.AttributeError) ||
                isinstance(self, rt.NameError)))
      return raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for %s()",
                       std::string(k).c_str(), std::string(t->name->view()).c_str());
    if (!ok)
      return raise_fmt(rt.TypeError, "%s() takes no keyword arguments",
                       std::string(t->name->view()).c_str());
    if (setattr(self, kw->at(i).as<Str>(), args[nargs + i]) < 0) return Value();
  }
  return rt.None;
}

// X.__new__(cls, *args) of every built-in exception X (`self`): an exception of class cls with
// those args, __init__ not run
Value exc_new(Value self, Value* args, int64_t nargs, Tuple*) {
  Type* x = self.as<Type>();
  if (nargs < 1)
    return raise_fmt(rt.TypeError, "%s.__new__(): not enough arguments",
                     std::string(x->name->view()).c_str());
  if (!check_new_target(x, args[0])) return Value();
  Value a = tuple_from_array(args + 1, nargs - 1);
  if (!a) return a;
  Exception* e = new_exception_object(args[0].as<Type>());
  if (!e) return Value();
  e->args = a.as<Tuple>();
  return e;
}

Value exc_with_traceback(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "with_traceback() takes exactly one argument");
  if (exception_set_traceback(self.as<Exception>(), args[0]) < 0) return Value();
  return self;
}

Value exc_add_note(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "add_note() takes exactly one argument");
  if (!args[0].is_ptr() || args[0].obj()->type->layout != Layout::Str)
    return raise_fmt(rt.TypeError, "note must be a str, not '%s'", type_name(args[0]));
  Str* key = intern("__notes__");
  Value notes = getattr_opt(self, key);
  if (!notes) {
    if (rt.exc) return Value();
    notes = new_list(0);
    if (!notes || setattr(self, key, notes) < 0) return Value();
  }
  if (!notes.is_ptr() || notes.obj()->type->layout != Layout::List)
    return raise(rt.TypeError, "Cannot add note: __notes__ is not a list");
  if (!list_append(notes.as<List>(), args[0])) return Value();
  return rt.None;
}
Value exc_str_m(Value self, Value*, int64_t, Tuple*) { return exception_str(self.as<Exception>()); }

// ---- traceback printing ----

int chars_of(std::string_view s, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && i < static_cast<int>(s.size()); i++)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) n++;
  if (bytes > static_cast<int>(s.size())) n += bytes - static_cast<int>(s.size());
  return n;
}

std::string strip(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f')) b++;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    e--;
  return std::string(s.substr(b, e - b));
}

struct Anchors {
  int left, right;
};

bool caret_anchors(const std::string& segment, Anchors* out) {
  AstArena arena;
  Module mod;
  SyntaxErrorInfo err;
  if (!parse_module(segment, arena, mod, err)) return false;
  if (mod.body.size() != 1 || mod.body[0]->kind != SK::Expr) return false;
  const Expr* e = mod.body[0]->value;
  int len = static_cast<int>(segment.size());
  if (e->kind == EK::BinOp) {
    if (e->a->pos.end_line != 1 || e->b->pos.line != 1) return false;
    int op_start = e->a->pos.end_col, op_end = e->b->pos.col;
    std::string op =
        segment.substr(static_cast<size_t>(op_start), static_cast<size_t>(op_end - op_start));
    int off = 0;
    while (off < static_cast<int>(op.size()) && std::isspace(static_cast<unsigned char>(op[off])))
      off++;
    int left = op_start + off, right = left + 1;
    if (off + 1 < static_cast<int>(op.size()) &&
        !std::isspace(static_cast<unsigned char>(op[off + 1])))
      right++;
    while (left < len && (std::isspace(static_cast<unsigned char>(segment[left])) ||
                          segment[left] == ')' || segment[left] == '#')) {
      left++;
      right++;
    }
    out->left = chars_of(segment, left);
    out->right = chars_of(segment, right);
    return true;
  }
  if (e->kind == EK::Subscript) {
    if (e->a->pos.end_line != 1 || e->b->pos.end_line != 1) return false;
    int left = e->a->pos.end_col, right = e->b->pos.end_col + 1;
    while (left < len && segment[left] != '[') left++;
    while (right < len && segment[right] != ']') right++;
    if (right < len) right++;
    out->left = chars_of(segment, left);
    out->right = chars_of(segment, right);
    return true;
  }
  return false;
}

void format_entry(std::string& out, Code* code, int instr) {
  InstrPos p = instr >= 0 && instr < static_cast<int>(code->pos->size())
                   ? (*code->pos)[instr]
                   : InstrPos{code->firstline, -1, code->firstline, -1};
  out += "  File \"" + std::string(code->filename->view()) + "\", line " + std::to_string(p.line) +
         ", in " + std::string(code->name->view()) + "\n";
  if (!code->source) return;
  // "<string>" (-c, exec, eval), "<stdin>": CPython's linecache has no lines for these
  std::string_view fname = code->filename->view();
  if (fname.size() > 1 && fname.front() == '<' && fname.back() == '>') return;
  std::string_view line = source_line(*code->source, p.line);
  std::string stripped = strip(line);
  if (stripped.empty()) return;
  out += "    " + stripped + "\n";
  if (p.col < 0 || p.end_col < 0) return;
  int start = chars_of(line, p.col);
  int end = chars_of(line, p.end_col);
  std::string rline(line);
  while (!rline.empty() && (rline.back() == ' ' || rline.back() == '\t' || rline.back() == '\r'))
    rline.pop_back();
  Anchors anchors{0, 0};
  bool have = false;
  if (p.line == p.end_line) {
    std::string segment = std::string(
        line.substr(static_cast<size_t>(p.col), static_cast<size_t>(p.end_col - p.col)));
    have = caret_anchors(segment, &anchors);
  } else {
    end = chars_of(line, static_cast<int>(rline.size()));
  }
  int lead = 0;
  while (lead < static_cast<int>(line.size()) &&
         (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f'))
    lead++;
  int stripped_chars = chars_of(line, lead);
  if (end - start < chars_of(stripped, static_cast<int>(stripped.size())) ||
      (have && anchors.right - anchors.left > 0)) {
    out += "    " + std::string(static_cast<size_t>(start - stripped_chars), ' ');
    if (have) {
      out += std::string(static_cast<size_t>(anchors.left), '~');
      out += std::string(static_cast<size_t>(anchors.right - anchors.left), '^');
      out += std::string(static_cast<size_t>(end - start - anchors.right), '~');
    } else {
      out += std::string(static_cast<size_t>(end - start), '^');
    }
    out += "\n";
  }
}

std::string exception_type_name(Value exc) {
  Type* t = type_of(exc);
  std::string name = qualname(t);
  if (!t->builtin) {
    Value m = dict_get_str(t->dict, rt.s___module__);
    if (m && m.is_ptr() && m.obj()->type == rt.str_type) {
      std::string_view mod = m.as<Str>()->view();
      if (mod != "__main__" && mod != "builtins") name = std::string(mod) + "." + name;
    }
  }
  return name;
}

// The frames of an exception's traceback (the lines after "Traceback ...:").
void format_stack(std::string& out, Exception* e) {
  std::string last_key;
  int repeat = 0;
  for (Traceback* tb = e->tb; tb; tb = tb->next) {
    int line = instr_line(tb->code, tb->instr);
    std::string key = std::string(tb->code->filename->view()) + ":" + std::to_string(line) + ":" +
                      std::string(tb->code->name->view());
    if (key == last_key) {
      repeat++;
      if (repeat >= 3) continue;
    } else {
      if (repeat >= 3)
        out += "  [Previous line repeated " + std::to_string(repeat - 2) + " more time" +
               (repeat - 2 > 1 ? "s" : "") + "]\n";
      repeat = 0;
      last_key = key;
    }
    format_entry(out, tb->code, tb->instr);
  }
  if (repeat >= 3)
    out += "  [Previous line repeated " + std::to_string(repeat - 2) + " more time" +
           (repeat - 2 > 1 ? "s" : "") + "]\n";
}

// "Type: message" (and the notes)
// A SyntaxError raised at run time (exec, compile, raise) prints its location as CPython's
// traceback._format_syntax_error does: the file and line, the text, carets from offset to
// end_offset; then "Type: msg". False when `exc` has no such details.
bool format_syntax_error_only(std::string& out, Value exc, const std::string& name) {
  if (!isinstance(exc, rt.SyntaxError)) return false;
  Tuple* a = exc.as<Exception>()->args;
  if (!a || a->size != 2 || !a->at(1).is_ptr() || a->at(1).obj()->type != rt.tuple_type)
    return false;
  Tuple* d = a->at(1).as<Tuple>();
  if (d->size < 4 || !is_int(d->at(1))) return false;
  Value fn = d->at(0), text = d->at(3);
  int64_t lineno = 0, offset = 0, end_offset = 0;
  int_to_int64(d->at(1), &lineno);
  bool have_offset = is_int(d->at(2)) && int_to_int64(d->at(2), &offset);
  if (!(d->size >= 6 && is_int(d->at(5)) && int_to_int64(d->at(5), &end_offset) && end_offset))
    end_offset = offset;
  std::string file = fn.is_ptr() && fn.obj()->type == rt.str_type
                         ? std::string(fn.as<Str>()->view())
                         : std::string("<string>");
  out += "  File \"" + file + "\", line " + std::to_string(lineno) + "\n";
  if (text.is_ptr() && text.obj()->type == rt.str_type) {
    std::string_view r = text.as<Str>()->view();
    while (!r.empty() && r.back() == '\n') r.remove_suffix(1);
    size_t spaces = 0;
    while (spaces < r.size() && (r[spaces] == ' ' || r[spaces] == '\n' || r[spaces] == '\f'))
      spaces++;
    std::string_view l = r.substr(spaces);
    out += "    " + std::string(l) + "\n";
    if (have_offset) {
      if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
      int64_t colno = offset - 1 - static_cast<int64_t>(spaces);
      int64_t end_colno = end_offset - 1 - static_cast<int64_t>(spaces);
      if (colno >= 0) {
        std::string carets = "    ";
        for (int64_t i = 0; i < colno && i < static_cast<int64_t>(l.size()); i++)
          carets += std::isspace(static_cast<unsigned char>(l[static_cast<size_t>(i)]))
                        ? l[static_cast<size_t>(i)]
                        : ' ';
        carets += std::string(static_cast<size_t>(std::max<int64_t>(end_colno - colno, 0)), '^');
        out += carets + "\n";
      }
    }
  }
  Value msg = to_str(a->at(0));
  if (!msg) {
    clear_exc();
    return false;
  }
  std::string_view m = msg.as<Str>()->view();
  out += name + ": " + (m.empty() ? std::string("<no detail available>") : std::string(m)) + "\n";
  return true;
}

void format_only(std::string& out, Value exc) {
  std::string name = exception_type_name(exc);
  if (format_syntax_error_only(out, exc, name)) return;
  Value s = to_str(exc);
  if (!s) {
    clear_exc();
    out += name + ": <exception str() failed>\n";
    return;
  }
  if (s.as<Str>()->size == 0)
    out += name + "\n";
  else
    out += name + ": " + std::string(s.as<Str>()->view()) + "\n";
  Value notes = getattr_opt(exc, intern("__notes__"));
  if (notes && notes.is_ptr() && notes.obj()->type->layout == Layout::List) {
    List* l = notes.as<List>();
    for (int64_t i = 0; i < l->size; i++) {
      Value n = to_str(l->at(i));
      if (!n) {
        clear_exc();
        continue;
      }
      out += std::string(n.as<Str>()->view()) + "\n";
    }
  }
}

// The sub-exceptions of an exception group (BaseExceptionGroup from lib), or null.
Tuple* group_members(Value exc) {
  Value bg = dict_get_str(rt.builtins, intern("BaseExceptionGroup"));
  if (!bg || !bg.is_ptr() || bg.obj()->type->layout != Layout::Type ||
      !isinstance(exc, bg.as<Type>()))
    return nullptr;
  Value ex = getattr_opt(exc, intern("exceptions"));
  if (!ex || !ex.is_ptr() || ex.obj()->type != rt.tuple_type) {
    clear_exc();
    return nullptr;
  }
  return ex.as<Tuple>();
}

// CPython's traceback printing context for exception groups (traceback._ExceptionPrintContext)
struct PrintCtx {
  int depth = 0;
  bool need_close = false;
};

void emit(std::string& out, const PrintCtx& c, const std::string& text, char margin = '|') {
  std::string ind(static_cast<size_t>(2 * c.depth), ' ');
  if (c.depth) {
    ind += margin;
    ind += ' ';
  }
  size_t p = 0;
  while (p < text.size()) {
    size_t nl = text.find('\n', p);
    size_t e = nl == std::string::npos ? text.size() : nl + 1;
    out += ind;
    out.append(text, p, e - p);
    p = e;
  }
}

void format_exc(std::string& out, Value exc, std::vector<Object*>& seen, PrintCtx& c) {
  // the chain, outermost cause first
  std::vector<std::pair<const char*, Value>> chain;
  Value cur = exc;
  const char* msg = nullptr;
  while (cur && cur.is_ptr() && type_of(cur)->layout == Layout::Exception) {
    bool dup = false;
    for (Object* o : seen) dup = dup || o == cur.obj();
    if (dup) break;
    gc::Heap::pin(cur.obj());  // `seen` and `chain` are not traced
    seen.push_back(cur.obj());
    chain.emplace_back(msg, cur);
    Exception* e = cur.as<Exception>();
    if (e->cause.v && type_of(e->cause)->layout == Layout::Exception) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      cur = e->cause;
    } else if (e->context.v && !e->suppress_context &&
               type_of(e->context)->layout == Layout::Exception) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      cur = e->context;
    } else {
      break;
    }
  }
  for (size_t k = chain.size(); k-- > 0;) {
    Value x = chain[k].second;
    if (k + 1 < chain.size() && chain[k + 1].first) emit(out, c, chain[k + 1].first);
    Exception* e = x.as<Exception>();
    Tuple* members = group_members(x);
    std::string text;
    if (!members) {
      if (e->tb) {
        emit(out, c, "Traceback (most recent call last):\n");
        format_stack(text, e);
        emit(out, c, text);
        text.clear();
      }
      format_only(text, x);
      emit(out, c, text);
      continue;
    }
    bool top = c.depth == 0;
    if (top) c.depth++;
    if (e->tb) {
      emit(out, c, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
      format_stack(text, e);
      emit(out, c, text);
      text.clear();
    }
    format_only(text, x);
    emit(out, c, text);
    int64_t n = members->size > 15 ? 16 : members->size;
    c.need_close = false;
    for (int64_t i = 0; i < n; i++) {
      bool last = i == n - 1;
      if (last) c.need_close = true;
      bool truncated = i >= 15;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out += std::string(static_cast<size_t>(2 * c.depth), ' ') + (i == 0 ? "+-" : "  ") +
             "+---------------- " + title + " ----------------\n";
      c.depth++;
      if (!truncated) {
        format_exc(out, members->at(i), seen, c);
      } else {
        int64_t more = members->size - 15;
        emit(out, c,
             "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
      }
      if (last && c.need_close) {
        out += std::string(static_cast<size_t>(2 * c.depth), ' ') +
               "+------------------------------------\n";
        c.need_close = false;
      }
      c.depth--;
    }
    if (top) c.depth = 0;
  }
}

}  // namespace

// What print_exception writes, as a string (the traceback module's formatting).
std::string format_exception_text(Value exc) {
  std::string out;
  std::vector<Object*> seen;
  PrintCtx c;
  format_exc(out, exc, seen, c);
  return out;
}

// One "  File ..., line N, in name" entry with its source line and carets.
std::string format_traceback_entry(Code* code, int instr) {
  std::string out;
  format_entry(out, code, instr);
  return out;
}

void print_exception(Value exc) {
  flush_stdout();
  std::string out;
  if (!exc) {
    out = "SystemError: error return without exception set\n";
  } else if (type_of(exc)->layout != Layout::Exception) {
    out = "Exception: (unprintable)\n";
  } else {
    std::vector<Object*> seen;
    PrintCtx c;
    format_exc(out, exc, seen, c);
  }
  std::fputs(out.c_str(), stderr);
  std::fflush(stderr);
}

void exceptions_init() {
  Type* base = nullptr;
#define WEFT_X(n, b)                                    \
  base = rt.b;                                          \
  rt.n = new_builtin_type(#n, Layout::Exception, base); \
  rt.n->is_exception = true;
  WEFT_PY_EXCEPTIONS(WEFT_X)
#undef WEFT_X
  // each built-in exception type has its own __new__ and __init__, as in CPython
#define WEFT_X(n, b)             \
  add_static_new(rt.n, exc_new); \
  add_method(rt.n, "__init__", exc_init);
  WEFT_PY_EXCEPTIONS(WEFT_X)
#undef WEFT_X
  add_method(rt.BaseException, "with_traceback", exc_with_traceback);
  add_method(rt.BaseException, "__str__", exc_str_m);
  add_method(rt.BaseException, "add_note", exc_add_note);
  Exception* me = rt.heap->make<Exception>();
  me->type = rt.MemoryError;
  me->args = rt.empty_tuple;
  rt.memory_error = me;
}

}  // namespace weft::python
