// Holder counts without reference counts: how many slots would hold each array, object and
// reference in php, found by one traversal of what the roots reach. A shared array counts
// once as the holder of its elements (php's copies share one table until a write), and each
// container is traversed only the first time it is reached.
//
// Used by the shutdown destructors (destruct.cpp) and by var_dump's `&` mark on references
// held more than once (builtins_output.cpp).
#pragma once

#include <cstdint>
#include <unordered_map>

#include "weft/php/vm.h"

namespace weft::php {

struct HolderCounter {
  std::unordered_map<const void*, int64_t> holders;

  void visit(const Value& v) {
    switch (v.tag) {
      case Tag::Ref:
        if (holders[v.r]++ == 0) visit(v.r->v);
        break;
      case Tag::Arr:
        if (holders[v.a]++ == 0)
          for (uint32_t i = v.a->first(); i < v.a->used(); i = v.a->next(i))
            visit(v.a->buckets()[i].v);
        break;
      case Tag::Obj:
        if (holders[v.o]++ == 0) visit_members(v.o);
        break;
      default:
        break;
    }
  }
  void visit_members(Object* o) {
    for (uint32_t i = 0; i < o->nslots; ++i) visit(o->slots()[i]);
    if (o->dyn) visit(Value::arr(o->dyn.get()));
    if (ClosureData* cd = o->closure()) {
      visit(cd->this_);
      for (uint32_t i = 0; i < cd->nuses; ++i) visit(cd->uses()[i]);
    }
    if (Frame* g = o->gen())
      for (uint32_t i = 0; i < g->nregs; ++i) visit(g->regs()[i]);
  }
  // Static properties, class constants and static variables of every class and function.
  void visit_statics(VM& vm) {
    for (auto& [name, cls] : vm.classes) {
      if (!cls->gcdata) continue;
      visit(Value::arr(cls->statics()));
      visit(Value::arr(cls->consts()));
      for (auto& [mname, fn] : cls->methods)
        if (fn->statics) visit(Value::arr(fn->statics.get()));
    }
    for (auto& [name, fn] : vm.functions)
      if (fn->statics) visit(Value::arr(fn->statics.get()));
  }
  // The variables of the running frames and the arguments of running built-ins. Temporary
  // registers are left out: they keep what an earlier instruction left there (php would have
  // freed it), and the values a running call uses are its callee's variables or arguments.
  void visit_frames(VM& vm) {
    for (Frame* f = vm.frame; f; f = f->prev) {
      for (uint32_t i = 0; i < f->code->nlocals && i < f->nregs; ++i) visit(f->regs()[i]);
      if (f->extra) visit(Value::arr(f->extra.get()));
      if (f->dyn_vars) visit(Value::arr(f->dyn_vars.get()));
    }
    for (const NativeCall& n : vm.natives)
      for (uint32_t i = 0; i < n.argc; ++i) visit(n.args[i]);
    for (uint32_t i = vm.globals_extra->first(); i < vm.globals_extra->used();
         i = vm.globals_extra->next(i))
      visit(vm.globals_extra->buckets()[i].v);
  }
};

}  // namespace weft::php
