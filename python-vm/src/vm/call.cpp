// Calls of Python functions: frames, argument binding (positional, keywords, defaults, *args,
// **kwargs, keyword-only) with CPython's error messages, cells, generators, class bodies.
#include <string>
#include <vector>

#include "code.h"

namespace weft::python {

namespace {

Frame* new_frame(Code* co, Dict* globals, Function* fn) {
  int nslots = co->nlocals + co->ncells + co->nfree + co->stacksize;
  Frame* f = rt.heap->make_with_tail<Frame>(static_cast<size_t>(nslots) * sizeof(VField) +
                                            static_cast<size_t>(co->maxblocks) * sizeof(Block));
  if (!f) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  f->nslots = nslots;
  f->maxblocks = co->maxblocks;
  f->code = co;
  f->globals = globals;
  f->func = fn;
  f->sp = co->nlocals + co->ncells + co->nfree;
  return f;
}

std::string fname(Function* fn) { return std::string(fn->qualname->view()) + "()"; }

std::string join_names(const std::vector<std::string>& names) {
  std::string r;
  for (size_t i = 0; i < names.size(); i++) {
    if (i > 0) r += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    r += "'" + names[i] + "'";
  }
  return r;
}

bool bind_args(Frame* f, Function* fn, Value* args, int64_t nargs, Tuple* kwnames) {
  Code* co = fn->code;
  VField* sl = f->slots();
  int npos = co->argcount;
  int64_t nkw = kwnames ? kwnames->size : 0;
  if (nkw == 0 && nargs == npos && !co->varargs && !co->varkw && co->kwonlycount == 0) {
    for (int i = 0; i < npos; i++) sl[i] = args[i];
    return true;
  }
  int vararg_idx = npos + co->kwonlycount;
  int varkw_idx = vararg_idx + (co->varargs ? 1 : 0);
  int64_t take = nargs < npos ? nargs : npos;
  for (int64_t i = 0; i < take; i++) sl[i] = args[i];
  if (nargs > npos) {
    if (!co->varargs) {
      int64_t ndef = fn->defaults ? fn->defaults->size : 0;
      std::string takes;
      if (ndef > 0)
        takes = "from " + std::to_string(npos - ndef) + " to " + std::to_string(npos) +
                " positional arguments";
      else
        takes = std::to_string(npos) + " positional argument" + (npos == 1 ? "" : "s");
      raise_fmt(rt.TypeError, "%s takes %s but %lld %s given", fname(fn).c_str(), takes.c_str(),
                static_cast<long long>(nargs), nargs == 1 ? "was" : "were");
      return false;
    }
    Value t = tuple_from_array(args + npos, nargs - npos);
    if (!t) return false;
    sl[vararg_idx] = t;
  } else if (co->varargs) {
    sl[vararg_idx] = rt.empty_tuple;
  }
  Dict* kwdict = nullptr;
  if (co->varkw) {
    kwdict = new_dict();
    if (!kwdict) return false;
    sl[varkw_idx] = kwdict;
  }
  Tuple* varnames = co->varnames;
  for (int64_t j = 0; j < nkw; j++) {
    Str* key = kwnames->at(j).as<Str>();
    Value v = args[nargs + j];
    int found = -1;
    for (int i = co->posonlycount; i < npos + co->kwonlycount; i++) {
      Str* vn = varnames->at(i).as<Str>();
      if (vn == key || str_eq(vn, key)) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      if (kwdict) {
        if (dict_set(kwdict, key, v) < 0) return false;
        continue;
      }
      // CPython names every positional-only parameter passed by keyword
      std::string posonly;
      for (int64_t k = 0; k < nkw; k++)
        for (int i = 0; i < co->posonlycount; i++)
          if (str_eq(varnames->at(i).as<Str>(), kwnames->at(k).as<Str>()))
            posonly +=
                (posonly.empty() ? "" : ", ") + std::string(kwnames->at(k).as<Str>()->view());
      if (!posonly.empty())
        raise_fmt(rt.TypeError,
                  "%s got some positional-only arguments passed as keyword arguments: '%s'",
                  fname(fn).c_str(), posonly.c_str());
      else
        raise_fmt(rt.TypeError, "%s got an unexpected keyword argument '%s'", fname(fn).c_str(),
                  std::string(key->view()).c_str());
      return false;
    }
    if (sl[found].v) {
      raise_fmt(rt.TypeError, "%s got multiple values for argument '%s'", fname(fn).c_str(),
                std::string(key->view()).c_str());
      return false;
    }
    sl[found] = v;
  }
  if (nargs < npos) {
    int64_t ndef = fn->defaults ? fn->defaults->size : 0;
    std::vector<std::string> missing;
    for (int64_t i = nargs; i < npos; i++) {
      if (sl[i].v) continue;
      if (i >= npos - ndef) {
        sl[i] = fn->defaults->at(i - (npos - ndef));
      } else {
        missing.emplace_back(varnames->at(i).as<Str>()->view());
      }
    }
    if (!missing.empty()) {
      raise_fmt(rt.TypeError, "%s missing %zu required positional argument%s: %s",
                fname(fn).c_str(), missing.size(), missing.size() == 1 ? "" : "s",
                join_names(missing).c_str());
      return false;
    }
  }
  if (co->kwonlycount) {
    std::vector<std::string> missing;
    for (int i = npos; i < npos + co->kwonlycount; i++) {
      if (sl[i].v) continue;
      Value d;
      if (fn->kwdefaults) d = dict_get_str(fn->kwdefaults, varnames->at(i).as<Str>());
      if (d)
        sl[i] = d;
      else
        missing.emplace_back(varnames->at(i).as<Str>()->view());
    }
    if (!missing.empty()) {
      raise_fmt(rt.TypeError, "%s missing %zu required keyword-only argument%s: %s",
                fname(fn).c_str(), missing.size(), missing.size() == 1 ? "" : "s",
                join_names(missing).c_str());
      return false;
    }
  }
  return true;
}

bool init_cells(Frame* f, Code* co, Tuple* closure) {
  VField* sl = f->slots();
  for (int i = 0; i < co->ncells; i++) {
    int arg = (*co->cell_args)[i];
    Cell* c = new_cell(arg >= 0 ? Value(sl[arg]) : Value());
    if (!c) return false;
    sl[co->nlocals + i] = c;
  }
  for (int i = 0; i < co->nfree; i++) sl[co->nlocals + co->ncells + i] = closure->at(i);
  return true;
}

}  // namespace

Type* coroutine_type();  // function.cpp

Value call_function(Function* fn, Value* args, int64_t nargs, Tuple* kwnames) {
  Code* co = fn->code;
  Frame* f = new_frame(co, fn->globals, fn);
  if (!f) return Value();
  if (!bind_args(f, fn, args, nargs, kwnames)) return Value();
  if ((co->ncells || co->nfree) && !init_cells(f, co, fn->closure)) return Value();
  if (co->generator) {
    Generator* g = alloc<Generator>(co->coroutine ? coroutine_type() : rt.generator_type);
    if (!g) return Value();
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    return g;
  }
  return eval_frame(f, Value(), false);
}

Value run_class_body(Function* fn, Dict* ns) {
  Code* co = fn->code;
  Frame* f = new_frame(co, fn->globals, fn);
  if (!f) return Value();
  f->locals = ns;
  if ((co->ncells || co->nfree) && !init_cells(f, co, fn->closure)) return Value();
  return eval_frame(f, Value(), false);
}

Value run_module_code(Code* code, Dict* globals) { return run_code(code, globals, globals); }

Value run_code(Code* code, Dict* globals, Dict* locals) {
  Frame* f = new_frame(code, globals, nullptr);
  if (!f) return Value();
  f->locals = locals;
  return eval_frame(f, Value(), false);
}

}  // namespace weft::python
