// Traceback objects. An exception keeps its traceback as a chain of (code, instruction)
// entries (object.h, Traceback), outermost first, which the interpreter extends as the exception
// leaves each frame. Python code sees it as `traceback` objects (tb_frame, tb_lineno, tb_next,
// tb_lasti) made by lib/_weft_traceback.py from those entries when asked for; setting
// __traceback__ (or with_traceback) turns such a chain back into entries. The native module
// `_weft_tb` gives lib/traceback.py the entries and the interpreter's own formatting.
#include "code.h"
#include "runtime.h"
#include "weft/python/syntax_error.h"

namespace weft::python {

namespace {

Value tb_module_attr(const char* name) {
  Value m = import_module(intern("_weft_traceback"));
  return m ? getattr(m, intern(name)) : m;
}

int line_of(Code* code, int instr) {
  if (code->pos && instr >= 0 && static_cast<size_t>(instr) < code->pos->size())
    return (*code->pos)[static_cast<size_t>(instr)].line;
  return code->firstline;
}

bool is_exception(Value v) { return v.is_ptr() && type_of(v)->layout == Layout::Exception; }

// _weft_tb.entries(exc): [(code, instr, lineno, line text or None, globals or None), ...],
// outermost first
Value tb_entries(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !is_exception(args[0]))
    return raise(rt.TypeError, "entries() expects an exception");
  List* out = new_list(0);
  for (Traceback* tb = args[0].as<Exception>()->tb; tb; tb = tb->next) {
    Code* code = tb->code;
    int line = line_of(code, tb->instr);
    Value text = rt.None;
    if (code->source) {
      std::string_view l = source_line(*code->source, line);
      size_t b = l.find_first_not_of(" \t\f");
      size_t e = l.find_last_not_of(" \t\f\r\n");
      text = b == std::string_view::npos ? new_str("") : new_str(l.substr(b, e - b + 1));
    }
    Value glob = tb->globals ? Value(tb->globals.get()) : Value(rt.None);
    Value item[5] = {Value(code), new_int(tb->instr), new_int(line), text, glob};
    Value t = tuple_from_array(item, 5);
    if (!t || !list_append(out, t)) return Value();
  }
  return out;
}

// _weft_tb.stack(skip): [(code, instr, lineno, globals), ...] of the running frames, innermost
// first, leaving out the `skip` innermost ones (sys._getframe in lib/_weft_sys.py)
Value tb_stack(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t skip = 0;
  if (nargs != 1 || !int_index(args[0], &skip))
    return rt.exc ? Value() : raise(rt.TypeError, "stack() expects an int");
  List* out = new_list(0);
  if (!out) return Value();
  for (Frame* f = rt.frame; f; f = f->back) {
    if (skip-- > 0) continue;
    int instr = f->pc > 0 ? f->pc - 1 : 0;
    Value item[4] = {Value(f->code.get()), new_int(instr), new_int(line_of(f->code, instr)),
                     Value(f->globals.get())};
    Value t = tuple_from_array(item, 4);
    if (!t || !list_append(out, t)) return Value();
  }
  return out;
}

// _weft_tb.format(exc, chain): the text an uncaught `exc` prints (without the cause/context
// chain when `chain` is false)
Value tb_format(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !is_exception(args[0]))
    return raise(rt.TypeError, "format() expects an exception");
  Exception* e = args[0].as<Exception>();
  Value cause = e->cause, context = e->context;
  bool chain = truthy(args[1]) > 0;
  if (!chain) {
    e->cause = Value();
    e->context = Value();
  }
  std::string text = format_exception_text(args[0]);
  if (!chain) {
    e->cause = cause;
    e->context = context;
  }
  return new_str(text);
}

// _weft_tb.format_entry(code, instr): one entry as the interpreter prints it
Value tb_format_entry(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t instr;
  if (nargs != 2 || !args[0].is_ptr() || args[0].obj()->type != rt.code_type ||
      !int_index(args[1], &instr))
    return rt.exc ? Value() : raise(rt.TypeError, "format_entry() expects a code and an index");
  return new_str(format_traceback_entry(args[0].as<Code>(), static_cast<int>(instr)));
}

}  // namespace

// g.gi_frame (cr_frame): a frame object for the generator's code at its current line, None
// once it has finished
Value generator_frame(Generator* g) {
  Frame* f = g->frame.get();
  if (!f || f->finished) return rt.None;
  Value cls = tb_module_attr("frame");
  if (!cls) return cls;
  int instr = f->pc > 0 ? f->pc - 1 : 0;
  int line = f->started ? line_of(f->code, instr) : f->code->firstline;  // not started: the def
  Value args[5] = {Value(f->code.get()), new_int(line), new_int(f->started ? instr * 2 : 0),
                   Value(f->globals.get()), rt.None};
  return call(cls, args, 5);
}

Value exception_traceback(Exception* e) {
  if (!e->tb) return rt.None;
  Value build = tb_module_attr("_build");
  if (!build) return build;
  return call1(build, Value(e));
}

int exception_set_traceback(Exception* e, Value tb) {
  if (tb == Value(rt.None)) {
    e->tb = nullptr;
    return 0;
  }
  Value tb_type = tb_module_attr("traceback");
  if (!tb_type) return -1;
  if (!tb.is_ptr() || !isinstance(tb, tb_type.as<Type>())) {
    raise(rt.TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  Value entries = call1(tb_module_attr("_entries_of"), tb);
  if (!entries) return -1;
  // rebuild the chain back to front so that the first entry ends up outermost
  List* l = entries.as<List>();
  Traceback* chain = nullptr;
  for (int64_t i = l->size - 1; i >= 0; i--) {
    Tuple* item = l->at(i).as<Tuple>();
    Traceback* node = rt.heap->make<Traceback>();
    if (!node) return -1;
    node->code = item->at(0).as<Code>();
    int64_t instr = 0;
    int_index(item->at(1), &instr);
    node->instr = static_cast<int32_t>(instr);
    if (item->at(2).is_ptr() && item->at(2).obj()->type->layout == Layout::Dict)
      node->globals = item->at(2).as<Dict>();
    node->next = chain;
    chain = node;
  }
  e->tb = chain;
  return 0;
}

PyModule* make_tb_module() {
  PyModule* m = alloc<PyModule>(rt.module_type);
  m->name = intern("_weft_tb");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  dict_set_str(m->dict, intern("entries"), new_builtin("entries", tb_entries, m));
  dict_set_str(m->dict, intern("format"), new_builtin("format", tb_format, m));
  dict_set_str(m->dict, intern("stack"), new_builtin("stack", tb_stack, m));
  dict_set_str(m->dict, intern("format_entry"), new_builtin("format_entry", tb_format_entry, m));
  return m;
}

}  // namespace weft::python
