// __destruct without reference counts.
//
// weft-php values live on a tracing collector, so nothing notices the moment php would free an
// object. drops.cpp runs the destructors of objects that become unreachable at an unset, an
// overwrite or a return; the rest run when the script ends (normally, by exit() or after an
// uncaught exception), in the order php's shutdown would run them:
//  0. objects that are no longer reachable (php destroyed them earlier, when their last holder
//     went away), in creation order;
//  1. php's shutdown_destructors(): the global variables in reverse order; a global holding an
//     object with a single holder is released, which runs its destructor and then releases its
//     properties (nested objects whose last holder that was are destroyed in turn); repeated
//     while that removes globals;
//  2. every other object with a destructor, in creation order.
// The holder counts php would have are computed for this by one traversal of what the globals,
// static properties, constants and static variables reach. Objects whose class has __destruct
// are recorded when created (VM::destructibles), which keeps them alive until the end; the
// ones drops.cpp destroyed earlier have left it (and carry kDestructedBit).
#include <unordered_map>

#include "builtins.h"
#include "fiber.h"
#include "holders.h"
#include "interp_support.h"

namespace weft::php {

namespace {

struct Shutdown : HolderCounter {
  VM& vm;
  bool failed = false;

  Shutdown(VM& v) : vm(v) {}

  void release(const Value& v) {
    switch (v.tag) {
      case Tag::Ref:
        if (--holders[v.r] == 0) release(v.r->v);
        break;
      case Tag::Arr:
        if (--holders[v.a] == 0)
          for (uint32_t i = v.a->first(); i < v.a->used(); i = v.a->next(i))
            release(v.a->buckets()[i].v);
        break;
      case Tag::Obj:
        if (--holders[v.o] == 0) destroy(v.o);
        break;
      default:
        break;
    }
  }

  // The destructor, then the properties are released (php frees the object after it).
  void destroy(Object* o) {
    if (failed) return;
    call_destructor(o);
    for (uint32_t i = 0; i < o->nslots; ++i) release(o->slots()[i]);
    if (o->dyn) release(Value::arr(o->dyn.get()));
  }

  void call_destructor(Object* o) {
    if (failed || is_destructed(o)) return;
    mark_destructed(o);
    Function* d = o->cls->m_destruct;
    if (!d) return;
    if (d->flags & (FnPrivate | FnProtected)) {
      vm.frame = nullptr;
      std::string msg = std::string("Call to ") +
                        ((d->flags & FnPrivate) ? "private " : "protected ") + o->cls->name +
                        "::__destruct() from global scope during shutdown ignored";
      // php reports it without a script position
      if (!vm.silence && (vm.error_reporting & 2) && vm.display_errors)
        vm.echo("\nWarning: " + msg + " in Unknown on line 0\n");
      return;
    }
    Value r;
    vm.frame = nullptr;
    FiberSwitchBlock block;
    if (!vm.call_method(o, d, nullptr, 0, &r)) failed = true;
  }
};

}  // namespace

bool run_destructors(VM& vm) {
  Array* objs = vm.destructibles.get();
  // from here on, the order below decides (drops.cpp would destroy what it releases at once)
  vm.watch_drops = false;
  vm.drops_exhausted = true;
  if (!objs->count) return true;
  // The main script's variables first (its frame is no longer on the stack): into a rooted
  // array before any allocation can collect.
  Frame* m = vm.main_frame;
  gc::Root<Array> symbols;
  symbols = Array::make();
  if (m)
    for (uint32_t i = 0; i < m->code->nlocals; ++i)
      if (m->code->local_names[i] != "this") symbols->append(m->regs()[i]);
  for (uint32_t i = vm.globals_extra->first(); i < vm.globals_extra->used();
       i = vm.globals_extra->next(i))
    symbols->append(vm.globals_extra->buckets()[i].v);

  Shutdown s(vm);
  Array* syms = symbols.get();
  for (uint32_t i = syms->first(); i < syms->used(); i = syms->next(i))
    s.visit(syms->buckets()[i].v);
  s.visit_statics(vm);

  // 0. unreachable objects: php ran their destructors when they were dropped
  for (uint32_t i = objs->first(); i < objs->used() && !s.failed; i = objs->next(i)) {
    Object* o = objs->buckets()[i].v.o;
    if (!s.holders.count(o)) s.call_destructor(o);
  }
  // 1. globals in reverse order, those holding an object nothing else holds
  for (bool removed = true; removed && !s.failed;) {
    removed = false;
    std::vector<uint32_t> order;
    for (uint32_t i = syms->first(); i < syms->used(); i = syms->next(i)) order.push_back(i);
    for (auto it = order.rbegin(); it != order.rend() && !s.failed; ++it) {
      Value v = syms->buckets()[*it].v;
      const Value& d = deref(v);
      if (d.tag != Tag::Obj || s.holders[d.o] != 1) continue;
      syms->buckets()[*it].v = Value::null();
      if (v.tag == Tag::Ref) {
        if (--s.holders[v.r] != 0) continue;
      }
      s.release(d);
      removed = true;
    }
  }
  // 2. the rest in creation order
  for (uint32_t i = objs->first(); i < objs->used() && !s.failed; i = objs->next(i))
    s.call_destructor(objs->buckets()[i].v.o);
  return !s.failed;
}

}  // namespace weft::php
