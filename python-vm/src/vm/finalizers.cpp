// `__del__` on the collector (see finalizers.h): instances of classes with `__del__` are a
// registered collector type whose native finalizer queues them; the queue is a root range, so
// a queued instance (and what it reaches) stays alive until its `__del__` has run.
#include "finalizers.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "code.h"
#include "signals.h"
#include "weft/gc/layout.h"
#include "weft/gc/roots.h"
#include "weft/gc/tracer.h"
#include "weft/gc/types.h"

namespace weft::python {

volatile sig_atomic_t g_finalizers_due = 0;

namespace {

// Instances waiting for their `__del__`, oldest first; [g_head, size) are still to run. The
// words from data() up to g_queue_top are a root range of the collector.
std::vector<Value> g_queue;
size_t g_head = 0;
void* const* g_queue_top = nullptr;
bool g_running = false;
// The end of the program finalizes what is still alive in its own order (order_for_exit), not
// top-down
bool g_exit_order = false;

// The instances with `__del__` not yet queued, by address (their type is pinned, so the
// address stays theirs), with their allocation order: what the end of the program finalizes.
std::unordered_map<uintptr_t, uint64_t> g_live;
uint64_t g_next_seq = 0;

Str* g_s_del = nullptr;  // "__del__" (interned, so kept alive by the runtime)

void* const* queue_begin() { return reinterpret_cast<void* const*>(g_queue.data()); }

void queue_push(Value v) {
  if (g_queue.size() == g_queue.capacity()) {
    // the vector moves: its words are registered again where they go
    if (g_queue.capacity()) gc::remove_root_range(queue_begin());
    g_queue.reserve(g_queue.capacity() ? 2 * g_queue.capacity() : 64);
    gc::add_root_range(queue_begin(), &g_queue_top);
  }
  g_queue.push_back(v);
  g_queue_top = queue_begin() + g_queue.size();
}

// Found unreachable: queued (which keeps it alive) for the next poll. An object the end of the
// program finalized already is not in g_live.
void on_unreachable(Object* o) {
  if (g_live.erase(reinterpret_cast<uintptr_t>(o)) == 0) return;
  queue_push(Value(o));
  g_finalizers_due = 1;
  g_signal_pending = 1;
}

// An instance of a class with `__del__`: Instance's layout under a collector type that has a
// finalizer (registered at allocation).
struct FinalizableInstance : Instance {
  static constexpr const char* gc_name = "py.instance.finalizable";
  static constexpr bool gc_pinned = true;  // g_live is keyed by address
  void gc_finalize() { on_unreachable(this); }
};
static_assert(sizeof(FinalizableInstance) == sizeof(Instance), "inline slots follow the header");

// An instance of an exception class with `__del__`.
struct FinalizableException : Exception {
  static constexpr const char* gc_name = "py.exception.finalizable";
  static constexpr bool gc_pinned = true;
  void gc_finalize() { on_unreachable(this); }
};

// A generator (or coroutine) whose code has try/with blocks: CPython closes one that is
// suspended when it is freed, so its `finally` blocks run (others' close() shows nothing).
struct FinalizableGenerator : GeneratorWithBlocks {
  static constexpr const char* gc_name = "py.generator.finalizable";
  static constexpr bool gc_pinned = true;
  void gc_finalize() { on_unreachable(this); }
};

void track(Object* o) {
  if (o) g_live.emplace(reinterpret_cast<uintptr_t>(o), g_next_seq++);
}

// gen.close(), reported as CPython does when it raises (RuntimeError when the generator
// yields instead of finishing).
void close_generator(Value gen) {
  Value close = getattr(gen, intern("close"));
  if (!close || !call0(close)) report_unraisable(gen);
}

// Calls obj's `__del__` (closes a generator); an exception is reported, not propagated.
void call_del(Value obj) {
  if (!g_s_del) g_s_del = intern("__del__");
  Type* t = obj.obj()->type;
  if (t->layout == Layout::Generator) return close_generator(obj);
  Value m = lookup(t, g_s_del);
  if (!m) return;  // __class__ was assigned a class without one
  // as CPython's slot: a function is called with the object, anything else is bound first
  // (and reported as what the binding gave)
  if (m.is_ptr() && m.obj()->type == rt.function_type) {
    if (!call1(m, obj)) report_unraisable(m);
    return;
  }
  Value bound = bind_descriptor(m, obj, t);
  if (!bound || !call0(bound)) report_unraisable(bound ? bound : m);
}

// ---- the order of a batch ----
// CPython frees objects that die together from the top: a referrer's `__del__` runs before
// those of the objects only it kept alive, and a container drops its items in its own order
// (lists and tuples from the last, attributes and dicts from the first). A batch (what one
// collection found) is put in that order: the references among its members are found by
// walking from each member through objects that are not members (attribute storage,
// containers, cells) but not into types, modules, functions or code, which lead into the live
// program. A member nobody in the batch references starts; a member runs once all its
// referrers in the batch have (depth first, in its referrers' drop order); members left over
// (cycles) and a batch whose walk exceeds kWalkBudget keep the allocation order. So do the
// members no member references: what held them (a list, a frame) is not known here, so items
// of a dropped list run first to last (CPython: last to first).
constexpr size_t kWalkBudget = 200000;

// Objects the walk looks through: instance and container storage.
bool walk_into(const char* gc_type) {
  static const char* const kNames[] = {
      "py.instance", "py.array", "py.cell",      "py.dict",  "py.dict.entries", "py.exception",
      "py.list",     "py.set",   "py.set.table", "py.tuple", "py.tuple.sub",    "py.method"};
  for (const char* n : kNames)
    if (std::strcmp(n, gc_type) == 0) return true;
  return false;
}

void collect_child(void* context, const void*, const void* payload) {
  static_cast<std::vector<const void*>*>(context)->push_back(payload);
}

// The objects `p` references, in the order CPython would drop them (drop_order) or traverse
// them.
void children_of(const void* p, const char* gc_type, std::vector<const void*>& out,
                 bool drop_order = true) {
  bool list = std::strcmp(gc_type, "py.list") == 0;
  if (drop_order && (list || std::strncmp(gc_type, "py.tuple", 8) == 0)) {
    int64_t n = list ? static_cast<const List*>(p)->size : static_cast<const Tuple*>(p)->size;
    for (int64_t i = n - 1; i >= 0; i--) {
      Value v = list ? static_cast<const List*>(p)->at(i) : static_cast<const Tuple*>(p)->at(i);
      if (v && v.is_ptr()) out.push_back(v.obj());
    }
    return;
  }
  gc::Tracer tracer(collect_child, &out);
  const gc::TypeInfo& info = gc::type_info(gc::header_type(gc::header_of(p)));
  if (info.trace) info.trace(p, tracer);
}

void order_batch() {
  size_t n = g_queue.size() - g_head;
  if (n < 2) return;
  std::unordered_map<const void*, size_t> member;  // payload -> index in the batch
  for (size_t i = 0; i < n; i++) member.emplace(g_queue[g_head + i].obj(), i);
  std::vector<std::vector<size_t>> refs(n);  // the members each member reaches, in drop order
  std::vector<int> referrers(n, 0);
  std::vector<const void*> stack, kids;
  std::unordered_map<const void*, size_t> seen;  // walked in the current member's walk
  size_t budget = kWalkBudget;
  for (size_t i = 0; i < n; i++) {
    seen.clear();
    stack.assign(1, g_queue[g_head + i].obj());
    seen.emplace(stack[0], 0);
    while (!stack.empty()) {
      if (budget-- == 0) return;  // too much to look at: allocation order
      const void* p = stack.back();
      stack.pop_back();
      auto m = member.find(p);
      if (m != member.end() && m->second != i) {
        if (std::find(refs[i].begin(), refs[i].end(), m->second) == refs[i].end()) {
          refs[i].push_back(m->second);
          referrers[m->second]++;
        }
        continue;
      }
      const char* name = gc::type_info(gc::header_type(gc::header_of(p))).name;
      if (m == member.end() && !walk_into(name)) continue;
      kids.clear();
      children_of(p, name, kids);
      // pushed last first, so the first child is walked first
      for (size_t k = kids.size(); k-- > 0;)
        if (seen.emplace(kids[k], 0).second) stack.push_back(kids[k]);
    }
  }
  std::vector<Value> order;
  order.reserve(n);
  std::vector<bool> done(n, false);
  std::vector<size_t> work;
  auto run_from = [&](size_t start) {
    work.assign(1, start);
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      if (done[i]) continue;
      done[i] = true;
      order.push_back(g_queue[g_head + i]);
      for (size_t k = refs[i].size(); k-- > 0;) {
        size_t c = refs[i][k];
        if (--referrers[c] == 0) work.push_back(c);
      }
    }
  };
  for (size_t i = 0; i < n; i++)
    if (referrers[i] == 0 && !done[i]) run_from(i);
  for (size_t i = 0; i < n; i++)  // cycles: allocation order
    if (!done[i]) {
      referrers[i] = 0;
      run_from(i);
    }
  for (size_t i = 0; i < n; i++) g_queue[g_head + i] = order[i];
}

// The order of what is alive at the end of the program: python3's last collection finalizes
// what the main module's globals hold in the order it meets it, each global in turn (dict
// order) and then what that reaches, depth first (so a wrapper's buffer is flushed into its
// raw stream before the raw stream is closed); the others keep the allocation order.
void order_for_exit() {
  size_t n = g_queue.size() - g_head;
  Value main = dict_get_str(rt.modules, intern("__main__"));
  if (n < 2 || !main || !main.is_ptr() || main.obj()->type != rt.module_type) return;
  std::unordered_map<const void*, size_t> member;  // payload -> index in the batch
  for (size_t i = 0; i < n; i++) member.emplace(g_queue[g_head + i].obj(), i);
  std::vector<bool> placed(n, false);
  std::vector<Value> order;
  order.reserve(n);
  std::unordered_map<const void*, size_t> seen;
  std::vector<const void*> stack, kids;
  size_t budget = kWalkBudget;
  int64_t pos = 0;
  Value key, global;
  while (budget && dict_next(main.as<PyModule>()->dict, &pos, &key, &global)) {
    if (!global || !global.is_ptr()) continue;
    stack.assign(1, global.obj());
    while (!stack.empty() && budget-- > 0) {
      const void* p = stack.back();
      stack.pop_back();
      if (!seen.emplace(p, 0).second) continue;
      const char* name = gc::type_info(gc::header_type(gc::header_of(p))).name;
      auto m = member.find(p);
      if (m != member.end() && !placed[m->second]) {
        placed[m->second] = true;
        order.push_back(g_queue[g_head + m->second]);
      } else if (m == member.end() && !walk_into(name)) {
        continue;
      }
      kids.clear();
      children_of(p, name, kids, false);
      for (size_t k = kids.size(); k-- > 0;) stack.push_back(kids[k]);
    }
  }
  for (size_t i = 0; i < n; i++)
    if (!placed[i]) order.push_back(g_queue[g_head + i]);
  for (size_t i = 0; i < n; i++) g_queue[g_head + i] = order[i];
}

}  // namespace

Instance* new_finalizable_instance(Type* t, uint32_t ninline) {
  Instance* o = alloc<FinalizableInstance>(t, ninline * sizeof(VField));
  track(o);
  return o;
}

Exception* new_exception_object(Type* t) {
  if (!t->has_del) return alloc<Exception>(t);
  Exception* e = alloc<FinalizableException>(t);
  track(e);
  return e;
}

Generator* new_finalizable_generator(Type* t) {
  Generator* g = alloc<FinalizableGenerator>(t);
  if (g) g->flags = Generator::kWithBlocks;
  track(g);
  return g;
}

void run_pending_finalizers() {
  g_finalizers_due = 0;
  if (g_running) return;  // the outer call runs what was queued meanwhile
  g_running = true;
  Value pending = rt.exc;  // a finalizer runs with no exception pending
  rt.exc = Value();
  if (g_exit_order)
    order_for_exit();
  else
    order_batch();
  while (g_head < g_queue.size()) {
    Value obj = g_queue[g_head];
    g_queue[g_head++] = Value();
    call_del(obj);
    // `obj` is this frame's only reference until the call is done
    __asm__ volatile("" : : "r"(obj.raw) : "memory");
  }
  g_queue.clear();
  g_head = 0;
  g_queue_top = queue_begin();
  rt.exc = pending;
  g_running = false;
  if (g_weakref_sweep_due) g_signal_pending = 1;  // the callbacks a poll inside them left
}

bool finalizers_running() { return g_running; }

void collect_and_finalize() {
  rt.heap->collect(gc::CollectionKind::Major);
  run_pending_finalizers();
  run_weakref_callbacks();
}

void finalize_at_exit(bool after_atexit) {
  if (g_live.empty() && g_head == g_queue.size()) return;  // no class with __del__ was used
  if (!after_atexit) {
    collect_and_finalize();
    return;
  }
  run_pending_finalizers();
  // What is still alive, oldest first; a __del__ may make more instances: a few rounds.
  for (int round = 0; round < 8 && !g_live.empty(); round++) {
    std::vector<std::pair<uint64_t, uintptr_t>> alive;
    alive.reserve(g_live.size());
    for (auto [addr, seq] : g_live) alive.emplace_back(seq, addr);
    std::sort(alive.begin(), alive.end());
    // held as values in a root range while they run (g_live does not keep them alive)
    for (auto& [seq, addr] : alive) {
      g_live.erase(addr);
      queue_push(Value::from_raw(addr));
    }
    g_exit_order = true;
    run_pending_finalizers();
    g_exit_order = false;
  }
}

namespace {

// "Exception ignored in: <repr of obj>" (err_msg instead of "Exception ignored in" when it is
// a str; no ": <repr>" when obj is None) and exc's traceback.
void print_unraisable(Value exc, Value obj, Value err_msg) {
  flush_stdout();
  std::string line = err_msg && err_msg.is_ptr() && isinstance(err_msg, rt.str_type)
                         ? std::string(err_msg.as<Str>()->view())
                         : "Exception ignored in";
  if (obj && obj != Value(rt.None)) {
    Value r = repr(obj);
    line += ": " + (r ? std::string(r.as<Str>()->view()) : std::string("<object repr() failed>"));
    clear_exc();
  }
  std::fprintf(stderr, "%s\n", line.c_str());
  if (exc && exc != Value(rt.None)) print_exception(exc);
}

// The hook a program installed, or null for the default.
Value installed_hook(Dict** sys_dict) {
  Value sys = dict_get_str(rt.modules, intern("sys"));
  if (!sys || !sys.is_ptr() || sys.obj()->type != rt.module_type) return Value();
  *sys_dict = sys.as<PyModule>()->dict;
  Value hook = dict_get_str(*sys_dict, intern("unraisablehook"));
  Value dflt = dict_get_str(*sys_dict, intern("__unraisablehook__"));
  return hook && hook != dflt ? hook : Value();
}

}  // namespace

void report_unraisable(Value where) {
  Value exc = rt.exc;
  clear_exc();
  Dict* sys_dict = nullptr;
  Value hook = installed_hook(&sys_dict);
  Value cls = hook ? dict_get_str(sys_dict, intern("UnraisableHookArgs")) : Value();
  if (!hook || !cls) {
    print_unraisable(exc, where, Value());
    return;
  }
  Value tb = type_of(exc)->layout == Layout::Exception ? exception_traceback(exc.as<Exception>())
                                                       : Value(rt.None);
  if (!tb) clear_exc();
  Value fields[5] = {type_of(exc), exc, tb ? tb : Value(rt.None), rt.None, where};
  Value t = tuple_from_array(fields, 5);
  Value args = t ? call1(cls, t) : Value();
  if (!args || !call1(hook, args)) {
    // as CPython: the hook's own failure, then the original report
    Value hook_exc = rt.exc;
    clear_exc();
    print_unraisable(hook_exc, hook, new_str("Exception ignored in sys.unraisablehook"));
    print_unraisable(exc, where, Value());
  }
}

Value sys_unraisablehook(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (kw && kw->size) return raise(rt.TypeError, "unraisablehook() takes no keyword arguments");
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "unraisablehook() takes exactly one argument (%lld given)",
                     static_cast<long long>(nargs));
  Value exc = getattr(args[0], intern("exc_value"));
  Value obj = exc ? getattr(args[0], intern("object")) : Value();
  Value msg = obj ? getattr(args[0], intern("err_msg")) : Value();
  if (!msg) return Value();
  print_unraisable(exc, obj, msg);
  return rt.None;
}

}  // namespace weft::python
