// Destructors before the script ends, without reference counts.
//
// php runs __destruct when an object's last holder goes: `unset($o)`, `$o = null`, an
// overwritten variable, element or property, a function's locals at its return. weft-php's
// values live on a tracing collector, so nothing counts holders. Instead, while an object with a
// destructor is alive (VM::watch_drops, the interpreter's single test on those paths), the
// interpreter hands every value it overwrites or unsets to VM::dropped(), and a returning frame
// to VM::frame_ending(). They look for objects with a pending destructor inside the dropped
// value (through arrays, references and other objects); when there are any, one traversal of
// what the program still reaches (the running frames' live registers, the built-ins'
// arguments, globals, statics, constants, handlers) decides which of them are unreachable, and
// those are destroyed in php's order: the destructor, then the object's properties are
// released in slot order (nested objects nothing else holds are destroyed in turn), arrays
// element by element, a returning frame's variables in declaration order.
//
// A running frame's temporaries above Code::live_regs[pc] are stale (the compiler reuses them
// per statement) and are not roots; the ones below may keep an object alive a little longer
// than in php, never shorter. The checks are skipped (the destructor then runs later, at the
// latest at script end, see destruct.cpp) while a built-in is running user code (its C++ locals
// are not roots), while an exception is pending, and for good once the traversals visited more
// than kDropBase values plus kDropPerDestroy per destructor they ran: a program that drops many
// objects with destructors while holding a large heap pays a bounded amount per destructor
// instead of a traversal of its heap per drop.
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "builtins.h"
#include "fiber.h"
#include "interp_support.h"

namespace weft::php {

namespace {

constexpr uint64_t kDropBase = uint64_t(1) << 22;
constexpr uint64_t kDropPerDestroy = 4096;
uint64_t g_destroyed = 0;  // destructors run by the checks (one VM per process)

// The registers of a caller that the call it waits on consumed: the object of a method call
// and the arguments, when they are temporaries (the compiler frees them once the call returns,
// as php moves temporaries into the callee's frame), and whether the statement discards the
// call's result (php frees it right after the call).
struct Consumed {
  Frame* caller = nullptr;
  const CallInfo* ci = nullptr;
  int32_t obj = -1;      // CallMethod: the object's temporary
  bool discard = false;  // an expression statement's last call
  bool is_new = false;
  bool temp_arg(size_t i) const {
    return ci && i < ci->args.size() && ci->args[i] >= int32_t(caller->code->nlocals);
  }
  bool excluded(int32_t r) const {
    if (r == obj) return true;
    for (size_t i = 0; ci && i < ci->args.size(); ++i)
      if (ci->args[i] == r && temp_arg(i)) return true;
    return false;
  }
};

Consumed consumed_by(Frame* f) {
  Consumed c;
  Frame* caller = f->prev;
  if (!caller || caller->pc() >= caller->code->ins.size()) return c;
  const Instr& in = *caller->ip;
  if (!is_call_instruction(in.op)) return c;
  c.caller = caller;
  c.ci = &caller->code->calls[size_t(in.b)];
  c.discard = c.ci->discard;
  c.is_new = in.op == Op::New;
  int32_t obj = reg_index(in.c);  // a running code's operands are byte offsets
  if (in.op == Op::CallMethod && obj >= int32_t(caller->code->nlocals)) {
    const Value& o = deref(caller->regs()[obj]);
    if (o.tag == Tag::Obj && o.o == f->this_.get()) c.obj = obj;
  }
  return c;
}

// The first property of a WeakReference (its target) and of a WeakMap (its keys) holds
// nothing for the checks (weak_refs.cpp).
uint32_t first_strong_slot(const VM& vm, const Object* o) {
  return o->cls == vm.weakref_class || o->cls == vm.weakmap_class ? 1 : 0;
}

// What the roots reach.
struct Reach {
  const VM& vm;
  std::unordered_set<const void*> seen;
  uint64_t work = 0;
  const Consumed* consumed = nullptr;

  explicit Reach(const VM& v) : vm(v) {}
  Frame* ending = nullptr;  // a finished generator's frame is no root of its object

  void visit(const Value& v) {
    ++work;
    switch (v.tag) {
      case Tag::Ref:
        if (seen.insert(v.r).second) visit(v.r->v);
        break;
      case Tag::Arr:
        if (seen.insert(v.a).second)
          for (uint32_t i = v.a->first(); i < v.a->used(); i = v.a->next(i))
            visit(v.a->buckets()[i].v);
        break;
      case Tag::Obj:
        if (seen.insert(v.o).second) members(v.o);
        break;
      case Tag::Iter:
        if (seen.insert(v.it).second) {
          visit(v.it->subject);
          visit(v.it->key);
        }
        break;
      default:
        break;
    }
  }
  void members(Object* o) {
    for (uint32_t i = first_strong_slot(vm, o); i < o->nslots; ++i) visit(o->slots()[i]);
    if (o->dyn) visit(Value::arr(o->dyn.get()));
    if (ClosureData* cd = o->closure()) {
      visit(cd->this_);
      for (uint32_t i = 0; i < cd->nuses; ++i) visit(cd->uses()[i]);
    }
    if (Frame* g = o->gen(); g && g != ending) frame(g, g->nregs);
    if (o->cls == fiber_class()) fiber(o);
  }
  void fiber(Object* o) {
    FiberHoldings h;
    if (!fiber_holdings(o, &h)) return;
    visit(Value::arr(h.values));
    for (Frame* f = h.innermost; f; f = f->prev) {
      const auto& live = f->code->live_regs;
      frame(f, f->pc() < live.size() ? live[f->pc()] : f->nregs, f == h.innermost ? nullptr : f);
      if (f == h.outermost) break;
    }
    for (const NativeCall& n : *h.natives)
      for (uint32_t i = 0; i < n.argc; ++i) visit(n.args[i]);
  }
  // caller: f is waiting for a call to return, whose destination temporary still holds
  // whatever an earlier statement left there
  void frame(Frame* f, uint32_t upto, Frame* caller = nullptr) {
    int32_t dest = -1;
    if (caller && f->pc() < f->code->ins.size()) {
      const Instr& in = *f->ip;
      if (is_call_instruction(in.op))
        dest = reg_index(in.a) >= int32_t(f->code->nlocals) ? reg_index(in.a)
                                                            : -1;  // a variable keeps its value
    }
    bool cons = consumed && consumed->caller == f;
    for (uint32_t i = 0; i < upto && i < f->nregs; ++i)
      if (int32_t(i) != dest && !(cons && consumed->excluded(int32_t(i)))) visit(f->regs()[i]);
    if (Object* t = f->this_.get()) visit(Value::obj(t));
    if (Object* c = f->closure.get()) visit(Value::obj(c));
    if (f->extra) visit(Value::arr(f->extra.get()));
    if (f->dyn_vars) visit(Value::arr(f->dyn_vars.get()));
    visit(f->gen_key);
    visit(f->gen_val);
    visit(f->gen_ret);
  }
  void function(Function* fn) {
    if (fn->statics) visit(Value::arr(fn->statics.get()));
    if (fn->code)
      for (Function* inner : fn->code->functions) function(inner);
  }
  void roots(VM& vm, Frame* ending_frame) {
    ending = ending_frame;
    // the ending frame's object is held by its caller: a variable, a temporary the call did
    // not consume, or the result of `new` the caller is about to store
    if (ending && ending->this_ &&
        !(consumed && (consumed->obj >= 0 || (consumed->is_new && consumed->discard))))
      visit(Value::obj(ending->this_.get()));
    for (Frame* f = vm.frame; f; f = f->prev) {
      if (f == ending) continue;
      const auto& live = f->code->live_regs;
      frame(f, f->pc() < live.size() ? live[f->pc()] : f->nregs, f == vm.frame ? nullptr : f);
    }
    // the globals, also while the main script is not running (shutdown functions)
    if (Frame* m = vm.main_frame) frame(m, m->code->nlocals);
    for (const NativeCall& n : vm.natives) {
      for (uint32_t i = 0; i < n.argc; ++i) visit(n.args[i]);
      if (n.this_) visit(Value::obj(n.this_));
    }
    for (Array* a : {vm.globals_extra.get(), vm.constants.get(), vm.error_handlers.get(),
                     vm.exception_handlers.get(), vm.autoloaders.get(), vm.magic_rmw.get(),
                     vm.shutdown_functions.get()})
      if (a) visit(Value::arr(a));
    if (Object* e = vm.exception.get()) visit(Value::obj(e));
    if (Array* u = vm.unwinding.get()) visit(Value::arr(u));
    for (auto& [name, cls] : vm.classes) {
      if (!cls->gcdata) continue;
      visit(Value::arr(cls->gcdata.get()));
      for (auto& [mname, fn] : cls->methods) function(fn);
    }
    for (auto& [name, fn] : vm.functions) function(fn);
    for (Function* fn : vm.owned_functions) function(fn);
    if (vm.main_function) function(vm.main_function);
  }
};

// Whether `v` holds (directly or through containers) an object whose destructor is pending.
struct Finder {
  std::unordered_set<const void*> seen;
  uint64_t work = 0;
  bool found = false;
  void visit(const Value& v) {
    if (found) return;
    ++work;
    switch (v.tag) {
      case Tag::Ref:
        if (seen.insert(v.r).second) visit(v.r->v);
        break;
      case Tag::Arr:
        if (seen.insert(v.a).second)
          for (uint32_t i = v.a->first(); i < v.a->used() && !found; i = v.a->next(i))
            visit(v.a->buckets()[i].v);
        break;
      case Tag::Obj:
        if (!seen.insert(v.o).second) break;
        if ((v.o->cls->m_destruct && !is_destructed(v.o)) || is_weakly_held(v.o)) {
          found = true;
          break;
        }
        for (uint32_t i = 0; i < v.o->nslots && !found; ++i) visit(v.o->slots()[i]);
        if (v.o->dyn) visit(Value::arr(v.o->dyn.get()));
        if (ClosureData* cd = v.o->closure()) {
          visit(cd->this_);
          for (uint32_t i = 0; i < cd->nuses; ++i) visit(cd->uses()[i]);
        }
        break;
      case Tag::Iter:
        if (seen.insert(v.it).second) visit(v.it->subject);
        break;
      default:
        break;
    }
  }
};

// Releases dropped values as php's reference counts would: among what the dropped values hold
// and the roots do not reach, each array, object and reference gets the number of holders it
// has there; releasing a dropped value decrements, and what drops to zero is released in turn
// (an object's destructor first). Objects in a garbage cycle never drop to zero, as in php,
// whose cycle collector finds them later (here: at script end).
struct Release {
  VM& vm;
  Frame* ending;
  const Value* extra;
  Reach reach;
  std::unordered_map<const void*, int64_t> holders;

  const Consumed* consumed;

  Release(VM& v, Frame* e, const Value* x, const Consumed* c = nullptr)
      : vm(v), ending(e), extra(x), reach(v), consumed(c) {
    compute();
  }
  void compute() {
    reach.seen.clear();
    reach.work = 0;
    reach.consumed = consumed;
    reach.roots(vm, ending);
    if (extra) reach.visit(*extra);
    vm.drop_work += reach.work;
  }
  bool reached(const void* p) const { return reach.seen.count(p) != 0; }

  // One holder more for what v points at (counting its own members the first time).
  void count(const Value& v) {
    ++vm.drop_work;
    switch (v.tag) {
      case Tag::Ref:
        if (!reached(v.r) && holders[v.r]++ == 0) count(v.r->v);
        break;
      case Tag::Arr:
        if (!reached(v.a) && holders[v.a]++ == 0)
          for (uint32_t i = v.a->first(); i < v.a->used(); i = v.a->next(i))
            count(v.a->buckets()[i].v);
        break;
      case Tag::Obj:
        if (!reached(v.o) && holders[v.o]++ == 0) {
          Object* o = v.o;
          for (uint32_t i = first_strong_slot(vm, o); i < o->nslots; ++i) count(o->slots()[i]);
          if (o->dyn) count(Value::arr(o->dyn.get()));
          if (ClosureData* cd = o->closure()) {
            count(cd->this_);
            for (uint32_t i = 0; i < cd->nuses; ++i) count(cd->uses()[i]);
          }
        }
        break;
      case Tag::Iter:
        if (!reached(v.it) && holders[v.it]++ == 0) count(v.it->subject);
        break;
      default:
        break;
    }
  }
  bool drop_holder(const void* p) {
    auto it = holders.find(p);
    return it != holders.end() && --it->second == 0;
  }

  bool release(const Value& v) {
    switch (v.tag) {
      case Tag::Ref:
        return !drop_holder(v.r) || release(v.r->v);
      case Tag::Arr:
        if (!drop_holder(v.a)) return true;
        for (uint32_t i = v.a->first(); i < v.a->used(); i = v.a->next(i))
          if (!release(v.a->buckets()[i].v)) return false;
        return true;
      case Tag::Obj:
        return !drop_holder(v.o) || release_object(v.o);
      case Tag::Iter:
        return !drop_holder(v.it) || release(v.it->subject);
      default:
        return true;
    }
  }

  static bool holds_containers(Object* o) {
    for (uint32_t i = 0; i < o->nslots; ++i)
      if (o->slots()[i].tag >= Tag::Arr && o->slots()[i].tag <= Tag::Ref) return true;
    return o->dyn || o->closure();
  }

  bool release_object(Object* o) {
    if (o->cls->m_destruct && !is_destructed(o)) {
      if (!destroy(vm, o)) return false;
      // the destructor may have stored the object somewhere: then php does not free it
      if (holds_containers(o)) {
        compute();
        if (reached(o)) return true;
      }
    }
    // php frees the object after its destructor: its weak references go first
    if (is_weakly_held(o) && !vm.clear_weak(o)) return false;
    for (uint32_t i = first_strong_slot(vm, o); i < o->nslots; ++i)
      if (!release(o->slots()[i])) return false;
    if (o->dyn && !release(Value::arr(o->dyn.get()))) return false;
    if (ClosureData* cd = o->closure()) {
      if (!release(cd->this_)) return false;
      for (uint32_t i = 0; i < cd->nuses; ++i)
        if (!release(cd->uses()[i])) return false;
    }
    if (o->cls == vm.weakref_class) vm.forget_weak_reference(o);
    vm.release_object_id(o);
    return true;
  }

  // php's zend_objects_destroy_object: a destructor not visible from the running scope is an
  // Error (a warning at shutdown, see destruct.cpp).
  static bool destroy(VM& vm, Object* o) {
    ++g_destroyed;
    mark_destructed(o);
    vm.destructibles->remove(Key::integer(o->id));
    if (!vm.destructibles->count && !vm.weak_holders->count) vm.watch_drops = false;
    Function* d = o->cls->m_destruct;
    if (d->flags & (FnPrivate | FnProtected)) {
      Class* scope = vm.frame ? calling_scope(vm.frame) : nullptr;
      bool visible = (d->flags & FnPrivate) ? scope == d->scope
                                            : scope && (scope->is_subclass_of(d->scope) ||
                                                        d->scope->is_subclass_of(scope));
      if (!visible)
        return vm.throw_error("Error", std::string("Call to ") +
                                           ((d->flags & FnPrivate) ? "private " : "protected ") +
                                           o->cls->name + "::__destruct() from " +
                                           (scope ? "scope " + scope->name : "global scope"));
    }
    Value r;
    FiberSwitchBlock block;
    return vm.call_method(o, d, nullptr, 0, &r);
  }
};

bool checks_allowed(VM& vm) {
  if (vm.drop_work > kDropBase + kDropPerDestroy * g_destroyed) {
    vm.watch_drops = false;
    vm.drops_exhausted = true;
    return false;
  }
  // Built-ins' C++ locals are not roots, except those of the fibers' switches (fiber.cpp), which
  // hold nothing the frames and the fibers' holdings do not.
  return only_fiber_switches(vm.natives) && !fibers_park_natives() && !vm.exception && !vm.exiting;
}

bool holds_pending(VM& vm, const Value* vals, uint32_t n) {
  Finder fd;
  for (uint32_t i = 0; i < n && !fd.found; ++i) fd.visit(vals[i]);
  vm.drop_work += fd.work;
  return fd.found;
}

}  // namespace

bool VM::dropped(const Value& old) {
  if (old.tag < Tag::Arr || !checks_allowed(*this)) return true;
  if (!holds_pending(*this, &old, 1)) return true;
  gc::Root<Array> keep;  // `old` is held by nothing the collector sees
  keep = Array::make();
  keep->append(old);
  Release rel(*this, nullptr, nullptr);
  rel.count(old);
  return rel.release(old);
}

bool VM::frame_ending(Frame* f, const Value& ret) {
  // the main script's variables are the globals: php keeps them until shutdown
  // a generator's variables go when it finishes (GenDone), not at a yield
  if (!checks_allowed(*this) || (f->gen_state && f->gen_state != GenDone) || f == main_frame)
    return true;
  Consumed c = f->gen_state ? Consumed() : consumed_by(f);
  Value* cregs = c.caller ? c.caller->regs() : nullptr;
  // what the caller's consumed registers, the discarded result and the object hold
  std::vector<Value> gone;
  if (c.ci)
    for (size_t i = 0; i < c.ci->args.size(); ++i)
      if (c.temp_arg(i)) gone.push_back(cregs[c.ci->args[i]]);
  if (c.obj >= 0 || (c.is_new && c.discard && f->this_)) gone.push_back(Value::obj(f->this_.get()));
  if (c.discard && !c.is_new) gone.push_back(ret);
  if (!holds_pending(*this, f->regs(), f->code->nlocals) &&
      !holds_pending(*this, gone.data(), uint32_t(gone.size())))
    return true;
  gc::Root<Array> keep;
  keep = Array::make();
  keep->append(ret);
  if (f->this_) keep->append(Value::obj(f->this_.get()));
  Release rel(*this, f, c.discard && !c.is_new ? nullptr : &ret, &c);
  for (uint32_t i = 0; i < f->code->nlocals; ++i)
    if (int32_t(i) != f->code->this_slot) rel.count(f->regs()[i]);
  for (const Value& v : gone) rel.count(v);
  // php moved temporary arguments into the callee's variables: each goes with its variable
  size_t next_arg = 0;
  auto release_arg = [&](size_t i) {
    for (; next_arg <= i && c.ci && next_arg < c.ci->args.size(); ++next_arg)
      if (c.temp_arg(next_arg) && !rel.release(cregs[c.ci->args[next_arg]])) return false;
    return true;
  };
  for (uint32_t i = 0; i < f->code->nlocals; ++i) {
    if (int32_t(i) == f->code->this_slot) continue;
    if (!rel.release(f->regs()[i]) || !release_arg(i)) return false;
  }
  if (!release_arg(SIZE_MAX - 1)) return false;
  // then the object (php releases `$this` with the call frame), then the discarded result
  if ((c.obj >= 0 || (c.is_new && c.discard)) && f->this_ &&
      !rel.release(Value::obj(f->this_.get())))
    return false;
  if (c.discard && !c.is_new && !rel.release(ret)) return false;
  return true;
}

void VM::frame_unwound(Frame* f) {
  if (!exception || exiting || (f->gen_state && f->gen_state != GenDone) || f == main_frame) return;
  if (!unwinding) unwinding = Array::make();
  // php frees every variable, also after a destructor threw: each retry goes on with what is
  // not destructed yet, the newest exception in front of the older ones
  for (int tries = 0; tries < 1000; ++tries) {
    Object* pending = exception.get();
    Key slot = Key::integer(int64_t(pending->id));
    unwinding->set(slot, Value::obj(pending));
    exception = nullptr;
    Value none = Value::null();
    bool ok = frame_ending(f, none);
    unwinding->remove(slot);
    if (ok || !exception) {
      exception = pending;
      return;
    }
    Object* e = exception.get();
    for (int depth = 0; depth < 10000; ++depth) {
      Value p = get_prop(e, "previous");
      if (p.tag != Tag::Obj) break;
      e = p.o;
    }
    if (e != pending) set_prop(e, "previous", Value::obj(pending));
  }
}

void VM::frame_exited(Frame* f) {
  // a running generator's frame too: exit() leaves it for good
  if (exception || f == main_frame) return;
  if (f->gen_state) f->gen_state = GenDone;
  exiting = false;  // the checks are off while exiting, except for this unwinding
  Value none = Value::null();
  frame_ending(f, none);
  exiting = true;
}

void VM::collect_weak() {
  if (!weak_holders->count || exception) return;
  Reach reach(*this);
  reach.roots(*this, nullptr);
  gc::Root<Array> gone;
  gone = Array::make();
  for (uint32_t i = weak_holders->first(); i < weak_holders->used(); i = weak_holders->next(i)) {
    Object* o = weak_holders->buckets()[i].v.a->find(Key::integer(0))->o;
    if (!reach.seen.count(o)) gone->append(Value::obj(o));
  }
  for (uint32_t i = gone->first(); i < gone->used(); i = gone->next(i))
    if (!clear_weak(gone->buckets()[i].v.o)) return;
}

bool drop_store_key(VM& vm, Frame* f, int32_t key_operand, const Value& container) {
  if (key_operand < 0 || reg_index(key_operand) < int32_t(f->code->nlocals) ||
      deref(container).tag != Tag::Obj)
    return true;
  Value& reg = f->regs()[reg_index(key_operand)];
  Value temp = reg;
  reg = Value::null();
  return vm.dropped(temp);
}

Value element_for_drop(const Value& container, const Value* key, bool through_ref) {
  const Value& c = deref(container);
  if (c.tag != Tag::Arr || !key) return Value();
  const Value& kv = deref(*key);
  if (kv.tag != Tag::Int && kv.tag != Tag::Str) return Value();  // to_key may warn
  Key k;
  if (!to_key(kv, &k)) return Value();
  Value* e = c.a->find(k);
  if (!e) return Value();
  return through_ref ? deref(*e) : *e;
}

Value prop_for_drop(Object* o, const Value& name) {
  if (name.tag != Tag::Str) return Value();
  auto it = o->cls->prop_index.find(std::string(name.s->view()));
  if (it != o->cls->prop_index.end()) return deref(o->slots()[it->second]);
  return o->dyn ? element_for_drop(Value::arr(o->dyn.get()), &name, true) : Value();
}

bool VM::store_watched(Value& slot, const Value& v, bool through_ref) {
  Value nv = v;
  Value& d = through_ref ? deref(slot) : slot;
  Value old = d;
  d = nv;
  return dropped(old);
}

}  // namespace weft::php
