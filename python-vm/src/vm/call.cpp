// Calls of Python functions: frames, argument binding (positional, keywords, defaults, *args,
// **kwargs, keyword-only) with CPython's error messages, cells, generators, class bodies.
#include <sys/mman.h>

#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "code.h"
#include "finalizers.h"

namespace weft::python {

namespace {

// Frames of running calls live on a frame stack outside the heap, popped when the call returns:
// a call allocates nothing for the collector to find dead later (a heap frame per call was ~20%
// of richards). Nothing keeps a pointer into a frame after its call: cells are heap objects,
// tracebacks record (code, instruction) pairs, and super()/locals()/eval() read the running
// frame. Only a generator's (or coroutine's) frame outlives the call that made it, so those
// stay in the heap, as does every frame once the stack is full. The collector scans the used
// part of the stack conservatively (a root range), so the frames need no tracing and stores
// into them no barrier (the barrier ignores addresses outside the heap).
struct FrameStack {
  char* base = nullptr;
  char* top = nullptr;
  char* end = nullptr;
  FrameStack() {
    // Reserved, not committed: pages become resident as deep recursion first touches them.
    constexpr size_t kBytes = size_t(64) << 20;
    void* mem = ::mmap(nullptr, kBytes, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED) return;
    base = top = static_cast<char*>(mem);
    end = base + kBytes;
    gc::add_root_range(reinterpret_cast<void* const*>(base),
                       reinterpret_cast<void* const* const*>(&top));
  }
};
FrameStack g_frames;

// A frame for `co`, zeroed as a heap object would be: on the frame stack unless `heap` (or the
// stack is full). A caller that got a stack frame pops it by restoring g_frames.top.
Frame* new_frame(Code* co, Dict* globals, Function* fn, bool heap) {
  int nslots = co->nlocals + co->ncells + co->nfree + co->stacksize;
  size_t tail = static_cast<size_t>(nslots) * sizeof(VField) +
                static_cast<size_t>(co->maxblocks) * sizeof(Block);
  size_t bytes = (sizeof(Frame) + tail + 7) & ~size_t(7);
  Frame* f;
  if (!heap && bytes <= static_cast<size_t>(g_frames.end - g_frames.top)) [[likely]] {
    f = new (g_frames.top) Frame();
    std::memset(static_cast<void*>(f->slots()), 0, tail);
    g_frames.top += bytes;
  } else {
    f = rt.heap->make_with_tail<Frame>(tail);
    if (!f) {
      rt.exc = rt.memory_error;
      return nullptr;
    }
  }
  f->nslots = nslots;
  f->maxblocks = co->maxblocks;
  f->code = co;
  f->globals = globals;
  f->func = fn;
  f->sp = co->nlocals + co->ncells + co->nfree;
  return f;
}

// Pops the frames a call pushed, however it returns.
struct FramePop {
  char* saved = g_frames.top;
  ~FramePop() { g_frames.top = saved; }
};

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
  FramePop pop;
  Frame* f = new_frame(co, fn->globals, fn, co->generator);
  if (!f) return Value();
  if (!bind_args(f, fn, args, nargs, kwnames)) return Value();
  if ((co->ncells || co->nfree) && !init_cells(f, co, fn->closure)) return Value();
  if (co->generator) {
    Type* gt = co->coroutine ? coroutine_type() : rt.generator_type;
    // closing one without try/with blocks shows nothing: only the others are finalized
    Generator* g = co->maxblocks ? new_finalizable_generator(gt) : alloc<Generator>(gt);
    if (!g) return Value();
    g->frame = f;
    g->name = fn->name;
    g->qualname = fn->qualname;
    return g;
  }
  f->caller_top = reinterpret_cast<const VField*>(args + nargs);
  return eval_frame(f, Value(), false);
}

void clear_dead_stack_slots(const Value* top) {
  const VField* t = reinterpret_cast<const VField*>(top);
  for (Frame* f = rt.frame; f; t = f->caller_top, f = f->back) {
    Code* co = f->code;
    VField* lo = f->slots() + co->nlocals + co->ncells + co->nfree;
    VField* hi = f->slots() + f->nslots;
    // only a frame whose CALL passed arguments from its own value stack (the top is theirs)
    if (t < lo || t > hi) continue;
    for (VField* s = lo + (t - lo); s < hi; s++) s->v = Value();
  }
}

Value run_class_body(Function* fn, Dict* ns) {
  Code* co = fn->code;
  FramePop pop;
  Frame* f = new_frame(co, fn->globals, fn, false);
  if (!f) return Value();
  f->locals = ns;
  if ((co->ncells || co->nfree) && !init_cells(f, co, fn->closure)) return Value();
  return eval_frame(f, Value(), false);
}

Value run_module_code(Code* code, Dict* globals) { return run_code(code, globals, globals); }

Value run_code(Code* code, Dict* globals, Dict* locals) {
  FramePop pop;
  Frame* f = new_frame(code, globals, nullptr, false);
  if (!f) return Value();
  f->locals = locals;
  return eval_frame(f, Value(), false);
}

}  // namespace weft::python
