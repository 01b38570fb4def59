// `_weft_weakref`: the native half of weak references (lib/_weakref.py defines `ref`'s Python
// face on top of the base type here). A reference is an instance of the built-in base type
// `_weft_weakref.ref` whose hidden slot positions hold the collector's WeakRef to the target,
// the callback and the cached hash; Python code never sees the WeakRef itself.
//
// Callbacks: weft is not reference counted, so a target dies at the collection that finds it
// unreachable, and its references' callbacks run after it, at the interpreter's next poll (the
// eval breaker of signals.h), or before gc.collect() returns. Every reference is listed in a
// registry of weak handles to the references themselves: a reference that died with (or before)
// its target is dropped without its callback, as in CPython. A small finalizable canary object
// tells when a collection has happened: its finalizer only sets the poll's flags.
#include <cstring>
#include <unordered_map>

#include "code.h"
#include "finalizers.h"
#include "objects/instance.h"
#include "signals.h"
#include "weft/gc/roots.h"
#include "weft/gc/weak_ref.h"

namespace weft::python {

volatile sig_atomic_t g_weakref_sweep_due = 0;

namespace {

// Hidden slot positions of a reference (the base type's nslots).
constexpr int kTarget = 0;    // the collector's WeakRef to the target
constexpr int kCallback = 1;  // the callback, null when none (or once called)
constexpr int kHash = 2;      // hash(target), cached on first use
constexpr uint32_t kRefSlots = 3;

Type* g_ref_base = nullptr;        // _weft_weakref.ref (a root)
Type* g_canonical_type = nullptr;  // lib's ReferenceType: `ref(x)` without callback is shared
ValueArray* g_registry = nullptr;  // WeakRefs to every reference (a root), in creation order
uint64_t g_registry_n = 0;
// The shared callback-less reference of each target, by the target's (pinned) address: the
// registry's WeakRef to it (pinned, and kept alive by the registry).
std::unordered_map<uintptr_t, gc::WeakRef*> g_canonical;
bool g_canary_live = false;

struct WeakrefCanary {
  static constexpr const char* gc_name = "py.weakref.canary";
  uint64_t unused = 0;
  void gc_finalize() {
    g_canary_live = false;
    g_weakref_sweep_due = 1;
    g_signal_pending = 1;
  }
};

void ensure_canary() {
  if (g_canary_live || g_registry_n == 0) return;
  if (rt.heap->make<WeakrefCanary>()) g_canary_live = true;
}

bool is_handle(Value v) {
  return v.is_ptr() && gc::header_type(gc::header_of(v.obj())) == gc::type_id_of<gc::WeakRef>();
}

// The reference `v` is, or null (no exception) when it is none.
Instance* as_ref(Value v) {
  if (!v.is_ptr() || v.obj()->type->layout != Layout::Instance || !isinstance(v, g_ref_base))
    return nullptr;
  Instance* r = v.as<Instance>();
  return r->ninline >= static_cast<int64_t>(kRefSlots) ? r : nullptr;
}

Instance* ref_arg(Value v) {
  Instance* r = as_ref(v);
  if (!r) raise_fmt(rt.TypeError, "expected a weak reference, got '%s'", type_name(v));
  return r;
}

// The target of a reference, or null when it died (or the reference was never initialized).
Value target_of(Instance* r) {
  Value h = r->inline_slots()[kTarget];
  if (!is_handle(h)) return Value();
  void* p = reinterpret_cast<gc::WeakRef*>(h.obj())->get();
  Value v;
  v.raw = reinterpret_cast<uintptr_t>(p);
  return v;
}

// CPython cannot weakly reference instances of these exact types (their subclasses can be),
// nor instances of classes whose __slots__ leave out __weakref__.
bool weakrefable(Value v) {
  if (!v.is_ptr()) return false;
  Type* t = v.obj()->type;
  if (t->layout == Layout::Instance && t->weakrefless) return false;
  return t != rt.str_type && t != rt.bytes_type && t != rt.tuple_type && t != rt.list_type &&
         t != rt.dict_type && t != rt.float_type && t != rt.int_type && t != rt.bool_type &&
         t != rt.none_type && t != rt.bigint_type;
}

bool registry_add(Instance* r) {
  if (!g_registry || g_registry_n == g_registry->cap) {
    ValueArray* a = new_array(g_registry ? g_registry->cap * 2 : 64);
    if (!a) return false;
    for (uint64_t i = 0; i < g_registry_n; i++) a->items()[i] = g_registry->items()[i];
    g_registry = a;
  }
  gc::WeakRef* h = rt.heap->make_weak_ref(r);
  if (!h) {
    rt.exc = rt.memory_error;
    return false;
  }
  gc::Heap::pin(h);  // g_canonical may name it
  Value hv;
  hv.raw = reinterpret_cast<uintptr_t>(h);
  g_registry->items()[g_registry_n++] = hv;
  ensure_canary();
  return true;
}

// Makes `r` a reference to `ob` with `callback` (null or None: none).
bool init_ref(Instance* r, Value ob, Value callback, bool canonical) {
  if (!weakrefable(ob)) {
    raise_fmt(rt.TypeError, "cannot create weak reference to '%s' object", type_name(ob));
    return false;
  }
  gc::Heap::pin(ob.obj());  // g_canonical is keyed by its address
  gc::WeakRef* w = rt.heap->make_weak_ref(ob.obj());
  if (!w) {
    rt.exc = rt.memory_error;
    return false;
  }
  Value wv;
  wv.raw = reinterpret_cast<uintptr_t>(w);
  r->inline_slots()[kTarget] = wv;
  if (callback && callback != Value(rt.None)) r->inline_slots()[kCallback] = callback;
  if (!registry_add(r)) return false;
  if (canonical) {
    Value hv = g_registry->items()[g_registry_n - 1];
    g_canonical[ob.raw] = reinterpret_cast<gc::WeakRef*>(hv.obj());
  }
  return true;
}

// The shared callback-less reference to `ob`, or null.
Value canonical_ref(Value ob) {
  auto it = g_canonical.find(ob.raw);
  if (it == g_canonical.end()) return Value();
  Value r;
  r.raw = reinterpret_cast<uintptr_t>(it->second->get());
  if (!r.raw || target_of(r.as<Instance>()) != ob) return Value();
  return r;
}

// _weft_weakref.new(cls, ob, callback=None): ReferenceType.__new__.
Value wr_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("__new__", args, nargs, kw, 2, {"cls", "ob", "callback"}, a)) return Value();
  if (!isinstance(a[0], rt.type_type) || !is_subtype(a[0].as<Type>(), g_ref_base))
    return raise(rt.TypeError, "ref.__new__(X): X is not a subtype of ref");
  Type* cls = a[0].as<Type>();
  bool canonical = cls == g_canonical_type && (!a[2] || a[2] == Value(rt.None));
  if (canonical)
    if (Value r = canonical_ref(a[1])) return r;
  Instance* r = new_instance(cls);
  if (!r || !init_ref(r, a[1], a[2], canonical)) return Value();
  return r;
}

// ref.__init__(ob, callback=None): initializes a reference made without __new__ (a subclass
// instance made by the type call); CPython's does nothing once __new__ ran.
Value wr_init(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("__init__", args, nargs, kw, 1, {"ob", "callback"}, a)) return Value();
  Instance* r = ref_arg(self);
  if (!r) return Value();
  if (!r->inline_slots()[kTarget] && !init_ref(r, a[0], a[1], false)) return Value();
  return rt.None;
}

Value wr_get(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "get(ref)");
  Instance* r = ref_arg(args[0]);
  if (!r) return Value();
  Value t = target_of(r);
  return t ? t : Value(rt.None);
}

Value wr_callback(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "callback(ref)");
  Instance* r = ref_arg(args[0]);
  if (!r) return Value();
  Value cb = r->inline_slots()[kCallback];
  return cb ? cb : Value(rt.None);
}

// hash(ref): the target's, computed once (a dead target's is still known if it was asked for).
Value wr_hash(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "hash(ref)");
  Instance* r = ref_arg(args[0]);
  if (!r) return Value();
  if (Value h = r->inline_slots()[kHash]) return h;
  Value t = target_of(r);
  if (!t) return raise(rt.TypeError, "weak object has gone away");
  int64_t h;
  if (!hash_of(t, &h)) return Value();
  Value hv = new_int(h);
  r->inline_slots()[kHash] = hv;
  return hv;
}

// The live references to `ob`: the shared one first, then the newest first (CPython's order).
List* refs_to(Value ob) {
  List* out = new_list(0);
  if (!out || !ob.is_ptr()) return out;
  Value first = canonical_ref(ob);
  if (first) list_append(out, first);
  for (uint64_t i = g_registry_n; i-- > 0;) {
    Value r;
    r.raw = reinterpret_cast<uintptr_t>(
        reinterpret_cast<gc::WeakRef*>(Value(g_registry->items()[i]).obj())->get());
    if (r.raw && r != first && target_of(r.as<Instance>()) == ob) list_append(out, r);
  }
  return out;
}

Value wr_getweakrefcount(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "getweakrefcount() takes exactly one argument");
  List* l = refs_to(args[0]);
  return l ? new_int(l->size) : Value();
}

Value wr_getweakrefs(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "getweakrefs() takes exactly one argument");
  List* l = refs_to(args[0]);
  return l ? Value(l) : Value();
}

Value wr_set_canonical_type(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !isinstance(args[0], rt.type_type)) return raise(rt.TypeError, "a type");
  g_canonical_type = args[0].as<Type>();
  return rt.None;
}

Value wr_collect(Value, Value*, int64_t, Tuple*);

PyModule* make_weakref_module() {
  PyModule* m = new_native_module("_weft_weakref");
  if (!m) return nullptr;
  if (!g_ref_base) {
    g_ref_base = new_builtin_type("ref", Layout::Instance, rt.object_type);
    gc::add_root(reinterpret_cast<void**>(&g_ref_base));
    gc::add_root(reinterpret_cast<void**>(&g_canonical_type));
    gc::add_root(reinterpret_cast<void**>(&g_registry));
    g_ref_base->basetype = true;
    g_ref_base->nslots = kRefSlots;
    g_ref_base->dictless = true;
    g_ref_base->weakrefless = true;
    dict_set_str(g_ref_base->dict, intern("__module__"), m->name.get());
    add_method(g_ref_base, "__init__", wr_init);
  }
  dict_set_str(m->dict, intern("ref"), g_ref_base);
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"new", wr_new},
             {"get", wr_get},
             {"callback", wr_callback},
             {"hash", wr_hash},
             {"getweakrefcount", wr_getweakrefcount},
             {"getweakrefs", wr_getweakrefs},
             {"set_canonical_type", wr_set_canonical_type},
             {"collect", wr_collect}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn));
  return m;
}

}  // namespace

// After a collection: drops the registry's entries of dead references and of dead targets,
// then calls the callbacks of live references whose target died (newest reference first).
void run_weakref_callbacks() {
  g_weakref_sweep_due = 0;
  if (!g_registry) return;
  List* due = new_list(0);  // on the native stack: the collector keeps it alive
  if (!due) {
    clear_exc();
    return;
  }
  uint64_t kept = 0;
  for (uint64_t i = 0; i < g_registry_n; i++) {
    Value hv = g_registry->items()[i];
    Value r;
    r.raw = reinterpret_cast<uintptr_t>(reinterpret_cast<gc::WeakRef*>(hv.obj())->get());
    if (!r.raw) continue;  // the reference died first: no callback, as in CPython
    if (target_of(r.as<Instance>())) {
      g_registry->items()[kept++] = hv;
      continue;
    }
    if (r.as<Instance>()->inline_slots()[kCallback] && !list_append(due, r)) clear_exc();
  }
  for (uint64_t i = kept; i < g_registry_n; i++) g_registry->items()[i] = Value();
  g_registry_n = kept;
  std::erase_if(g_canonical, [](const auto& e) {
    void* r = e.second->get();
    return !r || !target_of(static_cast<Instance*>(r));
  });
  ensure_canary();
  Value pending = rt.exc;  // a callback runs with no exception pending
  rt.exc = Value();
  for (int64_t i = due->size; i-- > 0;) {
    Instance* r = due->at(i).as<Instance>();
    Value cb = r->inline_slots()[kCallback];
    if (!cb) continue;
    r->inline_slots()[kCallback] = Value();
    if (!call1(cb, r)) report_unraisable(cb);
  }
  rt.exc = pending;
}

namespace {
// Zeroes the native stack below this call: the frames the collection then builds there (and
// scans conservatively, up to the collector's own) hold no stale pointers left by earlier
// deeper calls in their uninitialized words.
__attribute__((noinline)) void scrub_native_stack() {
  volatile char area[16384];
  std::memset(const_cast<char*>(area), 0, sizeof area);
  __asm__ volatile("" : : "r"(area) : "memory");
}

// gc.collect(generation=2): a full collection, then the __del__ methods and callbacks it made
// due (vm/finalizers.h); 0 (weft does not count unreachable objects).
__attribute__((noinline)) Value collect_now(Value* args, int64_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("collect", args, nargs, kw, 0, {"generation"}, a)) return Value();
  int64_t g = 2;
  if (a[0] && !int_index(a[0], &g)) return Value();
  if (g < 0 || g > 2) return raise(rt.ValueError, "invalid generation");
  // what this frame and its callers popped is garbage, as it would be in CPython
  clear_dead_stack_slots(args + nargs + (kw ? kw->size : 0));
  collect_and_finalize();
  return new_int(0);
}

// The entry keeps no locals: the frames below it are built on a scrubbed stack.
Value wr_collect(Value, Value* args, int64_t nargs, Tuple* kw) {
  scrub_native_stack();
  return collect_now(args, nargs, kw);
}
}  // namespace

PyModule* make_weakref_support() { return make_weakref_module(); }

}  // namespace weft::python
