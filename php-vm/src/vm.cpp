// The VM: diagnostics, tables, objects, calls.
#include "weft/php/vm.h"

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "interp_support.h"
#include "typed_props.h"
#include "typed_refs.h"
#include "weft/gc/roots.h"
#include "weft/php/interp.h"
#include "weft/php/ops.h"

namespace weft::php {

static VM* g_vm = nullptr;
VM& vm() { return *g_vm; }

void out_of_memory(size_t tried) { vm().memory_exhausted(tried); }

VM::VM() {
  g_vm = this;
  // Reserved, not committed: pages become resident as deep calls first touch them.
  constexpr size_t kStackBytes = size_t(256) << 20;
  void* mem = ::mmap(nullptr, kStackBytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem != MAP_FAILED) {
    stack_base = stack_top = static_cast<char*>(mem);
    stack_end = stack_region_end = stack_base + kStackBytes;
    set_memory_limit(memory_limit);
    gc::add_root_range(reinterpret_cast<void* const*>(stack_base),
                       reinterpret_cast<void* const* const*>(&stack_top));
  }
  constants = Array::make();
  globals_extra = Array::make();
  error_handlers = Array::make();
  destructibles = Array::make();
  shutdown_functions = Array::make();
  ref_iters = Array::make();
  ob_handlers = Array::make();
  autoloaders = Array::make();
  magic_rmw = Array::make();
  exception_handlers = Array::make();
}

// The calling thread's native stack, with room left for the deepest native work one PHP call
// can start (callbacks from sort functions, output handlers, destructors).
static char* native_stack_floor_of_this_thread() {
  pthread_attr_t attr;
  void* low = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
  bool ok = pthread_attr_getstack(&attr, &low, &size) == 0;
  pthread_attr_destroy(&attr);
  constexpr size_t kHeadroom = size_t(4) << 20;
  if (!ok || size <= 2 * kHeadroom) return nullptr;
  return static_cast<char*>(low) + kHeadroom;
}

void VM::set_memory_limit(size_t bytes) {
  memory_limit = bytes;
  // The heap counts against memory_limit on its own (the collector collects before it gives
  // up); the frame stack is bounded below. Without a limit, the address space reserved for
  // the heap is the bound.
  if (gc::Heap* heap = gc::Heap::current()) heap->set_heap_limit(bytes);
  if (!native_stack_floor) native_stack_floor = native_stack_floor_of_this_thread();
  if (!stack_base || frames_in_heap) return;
  size_t used = size_t(stack_top - stack_base);
  size_t room = size_t(stack_region_end - stack_base);
  stack_end = stack_base + (bytes == 0 ? room : std::min(room, std::max(bytes, used)));
}

void VM::place_consts(Code* code) {
  scale_register_operands(*code);
  code->consts_rev.assign(code->consts.rbegin(), code->consts.rend());
  code->frame_nconsts = uint32_t(code->consts_rev.size());
  code->frame_bytes =
      uint32_t(sizeof(Frame) + (size_t(code->frame_nconsts) + code->nregs) * sizeof(Value));
}

Frame* VM::new_heap_frame(size_t bytes, bool heap) {
  if (!heap) frame_stack_full(bytes);
  return gc_new_tail<Frame>(bytes - sizeof(Frame));
}

void VM::frame_stack_full(size_t bytes) {
  bool region_full = bytes > size_t(stack_region_end - stack_top);
  bool native_low = static_cast<char*>(__builtin_frame_address(0)) <= native_stack_floor;
  // php grows its VM stack from the memory manager's 2 MiB chunks; its message names one.
  if (native_low || (!region_full && !frames_in_heap)) memory_exhausted(size_t(2) << 20);
}

void VM::memory_exhausted(size_t tried) {
  if (memory_limit == 0)  // php's message when the system, not memory_limit, says no
    fatal("Out of memory (allocated " + std::to_string(memory_usage(false)) +
          " bytes) (tried to allocate " + std::to_string(tried) + " bytes)");
  fatal("Allowed memory size of " + std::to_string(memory_limit) +
        " bytes exhausted (tried to allocate " + std::to_string(tried) + " bytes)");
}

size_t VM::memory_usage(bool real) const {
  const gc::Stats& s = gc::Heap::current()->stats();
  return (real ? s.heap_committed : s.heap_in_use) + size_t(stack_top - stack_base);
}

size_t VM::peak_memory_usage(bool real) {
  const gc::Stats& s = gc::Heap::current()->stats();
  size_t now = std::max(s.peak_heap_committed, s.heap_in_use) + size_t(stack_top - stack_base);
  size_t& peak = real ? peak_real_usage : peak_usage;
  peak = std::max(peak, now);
  return peak;
}

void VM::flush() {
  for (auto& b : ob) out += b;
  ob.clear();
  ob_started.clear();
  if (ob_handlers) ob_handlers->clear();
  flush_stdout();
}

void VM::flush_stdout() {
  size_t off = 0;
  while (off < out.size()) {
    ssize_t n = ::write(1, out.data() + off, out.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
  out.clear();
}

// The frame diagnostics and new exceptions name: the innermost one not running the prelude's
// PHP code (runtime.cpp compiles it as "[internal]"), since php reports its built-in classes'
// errors at the line that called them.
static const Frame* user_frame(const Frame* f) {
  while (f && f->prev && f->code->file == "[internal]") f = f->prev;
  return f;
}

uint32_t VM::current_line() const {
  const Frame* f = user_frame(frame);
  if (!f) return 0;
  uint32_t pc = f->pc();
  if (pc >= f->code->lines.size()) return f->code->decl_line;
  return f->code->lines[pc];
}

// php names no file when no script code runs (shutdown functions called from the engine).
static std::string current_file(const VM& vm) {
  const Frame* f = user_frame(vm.frame);
  return f ? f->code->file : "Unknown";
}

std::string without_anonymous_tails(std::string_view msg) {
  std::string out(msg);
  static constexpr std::string_view kMark("@anonymous\0", 11);
  for (size_t at = out.find(kMark); at != std::string::npos; at = out.find(kMark, at)) {
    size_t nul = at + kMark.size() - 1;
    size_t dollar = out.find('$', nul);
    if (dollar == std::string::npos) break;
    size_t end = dollar + 1;
    while (end < out.size() && std::isxdigit(static_cast<unsigned char>(out[end]))) ++end;
    out.erase(nul, end - nul);
    at = nul;
  }
  return out;
}

void VM::warning(std::string_view msg) { report(2, msg); }
void VM::notice(std::string_view msg) { report(8, msg); }
void VM::deprecated(std::string_view msg) { report(8192, msg); }

static const char* level_label(int64_t level) {
  switch (level) {
    case 1:
    case 16:
    case 64:
    case 256:
      return "Fatal error";
    case 2:
    case 32:
    case 128:
    case 512:
      return "Warning";
    case 8:
    case 1024:
      return "Notice";
    case 8192:
    case 16384:
      return "Deprecated";
    default:
      return "Unknown error";
  }
}

void VM::report(int64_t level, std::string_view msg) {
  report_at(level, msg, current_file(*this), current_line());
}

void VM::report_at(int64_t level, std::string_view msg0, const std::string& file, uint32_t line) {
  std::string shown = script_message ? std::string(msg0) : without_anonymous_tails(msg0);
  std::string_view msg = shown;
  if (error_handlers->count && !in_error_handler && !exception && level != 128) {
    // the innermost handler: pairs [callable, levels] appended by set_error_handler
    Array* h = error_handlers.get();
    uint32_t last = h->used();
    uint32_t idx[2] = {0, 0};
    int k = 0;
    for (uint32_t i = h->first(); i < last; i = h->next(i)) {
      idx[0] = idx[1];
      idx[1] = i;
      ++k;
    }
    Value callable = h->buckets()[idx[0]].v;
    int64_t levels = h->buckets()[idx[1]].v.i;
    if (k >= 2 && callable.tag != Tag::Null && (levels & level)) {
      Value args[4] = {Value::integer(level), Value::str(new_string(msg)),
                       Value::str(new_string(file)), Value::integer(line)};
      Value r;
      ++in_error_handler;
      bool ok = call_value(callable, args, 4, &r);
      --in_error_handler;
      if (!ok) return;  // the handler threw: vm.exception is pending
      if (!(r.tag == Tag::Bool && r.i == 0)) {
        if (level == 256) fatal_exit();
        return;
      }
    }
  }
  if (level == 256) fatal(msg);
  if (silence || !(error_reporting & level) || !display_errors) return;
  echo("\n" + std::string(level_label(level)) + ": " + std::string(msg) + " in " + file +
       " on line " + std::to_string(line) + "\n");
}

void VM::fatal_exit() {
  flush();
  shutdown_after_fatal();
  std::_Exit(255);
}

void VM::fatal(std::string_view msg) { fatal_at(msg, current_line()); }

void VM::fatal_at(std::string_view msg0, uint32_t line) {
  std::string shown = script_message ? std::string(msg0) : without_anonymous_tails(msg0);
  std::string_view msg = shown;
  std::string where = line == kUnknownLine
                          ? std::string(" in Unknown on line 0")
                          : " in " + current_file(*this) + " on line " + std::to_string(line);
  echo("\nFatal error: " + std::string(msg) + where + "\n");
  flush();
  std::string log = "PHP Fatal error:  " + std::string(msg) + where + "\n";
  (void)!::write(2, log.data(), log.size());
  shutdown_after_fatal();
  std::_Exit(255);
}

// Lookups mostly repeat the previous name (instanceof, typed parameters in a loop). A class
// stays registered under its name for good, so the exact spelling of the last class found is
// that class again (other spellings take the case-insensitive lookup).
static Class* g_last_found = nullptr;

// Whether `l` (lower case) is in one of the prelude's name lists (each ends with "").
static bool in_name_list(const std::string_view* names, std::string_view l) {
  for (; !names->empty(); ++names)
    if (*names == l) return true;
  return false;
}

Class* VM::find_class(std::string_view name) {
  if (g_last_found && name == g_last_found->name) return g_last_found;
  std::string l(name);
  if (!l.empty() && l[0] == '\\') l = l.substr(1);
  for (auto& c : l) c = char(std::tolower(static_cast<unsigned char>(c)));
  auto it = classes.find(l);
  if (it == classes.end()) {
    for (uint32_t i = 0; i < kLazyPreludeCount; ++i)
      if (!(lazy_preludes_loaded >> i & 1) && in_name_list(kLazyPreludes[i].classes, l)) {
        load_lazy_prelude(*this, i);
        return find_class(l);
      }
    return nullptr;
  }
  g_last_found = it->second;
  return it->second;
}

bool VM::finish_magic_rmw(Value* slot) {
  if (slot != magic_slot || !magic_slot) return true;
  if (magic_prop) {  // a typed property modified in place: `++`/`--` or `op=`
    if (type_accepts_fast(*magic_prop->type, typed_rmw_copy) &&
        (typed_rmw_slot->tag != Tag::Ref || !ref_typed(typed_rmw_slot->r))) [[likely]] {
      deref(*typed_rmw_slot) = typed_rmw_copy;
      magic_prop = nullptr;
      magic_slot = nullptr;
      return true;
    }
    return finish_typed_rmw(*this, frame && frame->ip->op == Op::IncDecLv,
                            frame && frame->code->strict_types);
  }
  magic_slot = nullptr;
  Array* m = magic_rmw.get();
  Object* o = m->find(int64_t(0))->o;
  Value args[2] = {*m->find(int64_t(1)), deref(*slot)};
  bool array_access = m->find(int64_t(3)) != nullptr;
  m->clear();
  Value ignored;
  if (array_access) {  // `$obj[k] op= v`: offsetSet(k, new value)
    Function* set = o->cls->find_method("offsetset");
    return !set || call_method(o, set, args, 2, &ignored);
  }
  if (!o->cls->m_set) return true;
  return call_method(o, o->cls->m_set, args, 2, &ignored);
}

Class* VM::load_class(std::string_view name) {
  if (Class* c = find_class(name)) return c;
  if (!autoloaders->count || exception) return nullptr;
  std::string n(name);
  if (!n.empty() && n[0] == '\\') n = n.substr(1);
  std::string l = n;
  for (auto& ch : l) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  for (auto& busy : autoloading)
    if (busy == l) return nullptr;
  autoloading.push_back(l);
  Array* al = autoloaders.get();
  Class* found = nullptr;
  for (uint32_t i = al->first(); i < al->used() && !found; i = al->next(i)) {
    Value arg = Value::str(new_string(n)), r;
    Value cb = al->buckets()[i].v;
    if (!call_value(cb, &arg, 1, &r)) break;
    found = find_class(l);
  }
  autoloading.pop_back();
  return found;
}

Function* VM::find_function(std::string_view name) {
  std::string l(name);
  if (!l.empty() && l[0] == '\\') l = l.substr(1);
  for (auto& c : l) c = char(std::tolower(static_cast<unsigned char>(c)));
  auto it = functions.find(l);
  if (it == functions.end())
    for (uint32_t i = 0; i < kLazyPreludeCount; ++i)
      if (!(lazy_preludes_loaded >> i & 1) && in_name_list(kLazyPreludes[i].functions, l)) {
        load_lazy_prelude(*this, i);
        return find_function(l);
      }
  return it == functions.end() ? nullptr : it->second;
}

void VM::register_native(std::string_view name, Native fn, uint64_t byref_mask) {
  Function* f = new Function();
  f->name = std::string(name);
  f->lname = f->name;
  f->native = fn;
  f->byref_mask = byref_mask;
  functions[f->lname] = f;
}

bool Class::is_subclass_of(const Class* other) const {
  for (const Class* c = this; c; c = c->parent)
    if (c == other) return true;
  for (const Class* i : interfaces)
    if (i == other) return true;
  return false;
}

Object* VM::new_object(Class* cls, uint32_t nslots, ObjectExt ext) {
  Object* o = gc_new_tail<Object>(nslots * sizeof(Value) + Object::ext_bytes(ext));
  if (ext != ObjectExt::None)
    gc::header_of(o) |= ext == ObjectExt::Closure ? kExtClosureBit : kExtGeneratorBit;
  o->cls = cls;
  // Closures get their number when first asked (object_id()): php frees the many short-lived
  // closures at once and reuses their numbers, so numbering them eagerly would shift the
  // numbers of later objects.
  o->id = cls == closure_class_hint ? 0 : take_object_id();
  o->nslots = nslots;
  if (cls->m_destruct) [[unlikely]] {
    destructibles->set(Key::integer(o->id), Value::obj(o));  // see drops.cpp, destruct.cpp
    watch_drops = !drops_exhausted;
  }
  return o;
}

void Object::gc_trace(gc::Tracer& t) const {
  t(dyn);
  for (uint32_t i = 0; i < nslots; ++i) trace_value(t, slots()[i]);
  if (ext_kind() != ObjectExt::None) t.visit(&ext_slot(), ext());
}

uint32_t VM::object_id(Object* o) {
  if (o->id == 0) o->id = take_object_id();
  return o->id;
}

uint32_t VM::reuse_object_id() {
  uint32_t id = free_object_ids.back();
  free_object_ids.pop_back();
  return id;
}

void VM::release_object_id(Object* o) {
  if (o->id == 0 || (gc::header_of(o) & kIdReleasedBit)) return;
  gc::header_of(o) |= kIdReleasedBit;
  free_object_ids.push_back(o->id);
}

Object* VM::instantiate(Class* cls) {
  if (cls->needs_init) [[unlikely]]
    init_class(cls);  // a failure leaves the exception pending; the defaults stay null
  uint32_t n = uint32_t(cls->props.size());
  Object* o;
  [[clang::always_inline]] o = new_object(cls, n);  // the common allocation, inlined
  if (n) {
    Array* d = cls->defaults();
    if (d->packed() && d->used() == n) {
      Bucket* b = d->buckets();
      for (uint32_t i = 0; i < n; ++i) {
        mark_copy(b[i].v);
        o->slots()[i] = b[i].v;
      }
    } else {
      for (uint32_t i = 0; i < n; ++i) {
        Value* v = d->find(int64_t(i));
        if (v) {
          mark_copy(*v);
          o->slots()[i] = *v;
        }
      }
    }
  }
  if (cls->flags & ClsThrowable) {
    auto set = [&](const char* name, const Value& v) {
      auto it = cls->prop_index.find(name);
      if (it != cls->prop_index.end()) o->slots()[it->second] = v;
    };
    set("file", Value::str(new_string(current_file(*this))));
    set("line", Value::integer(current_line()));
    set("trace", Value::arr(make_trace()));
  }
  return o;
}

Value* VM::prop_slot(Object* o, String* name, bool create) {
  auto it = o->cls->prop_index.find(std::string(name->view()));
  if (it != o->cls->prop_index.end()) {
    Value* v = &o->slots()[it->second];
    if (v->tag != Tag::Undef || create) return v;
    return nullptr;
  }
  if (o->dyn) {
    if (Value* v = o->dyn->find(name->view())) return v;
  }
  if (!create) return nullptr;
  if (!o->dyn) o->dyn = Array::make();
  if (o->cls->lname != "stdclass" && !o->closure() && !(o->cls->flags & ClsAllowDynamic))
    deprecated("Creation of dynamic property " + o->cls->name + "::$" + std::string(name->view()) +
               " is deprecated");
  Key k;
  int64_t i;
  if (name->int_key(&i))
    k = Key::integer(i);
  else
    k = Key::string(name);
  bool ins;
  return o->dyn->lookup_or_insert(k, &ins);
}

Value VM::get_prop(Object* o, std::string_view name) {
  Value* v = prop_slot(o, intern(name), false);
  return v ? deref(*v) : Value::null();
}

void VM::set_prop(Object* o, std::string_view name, const Value& v) {
  auto it = o->cls->prop_index.find(std::string(name));
  if (it != o->cls->prop_index.end()) {
    o->slots()[it->second] = v;
    return;
  }
  if (!o->dyn) o->dyn = Array::make();
  o->dyn->set(Key::string(intern(name)), v);
}

bool VM::throw_object(Object* ex) {
  exception = ex;
  return false;
}

bool VM::throw_error(std::string_view cls_name, std::string_view msg) {
  Class* cls = find_class(cls_name);
  if (!cls) cls = find_class("Error");
  Object* ex = instantiate(cls);
  set_prop(ex, "message", Value::str(new_string(without_anonymous_tails(msg))));
  exception = ex;
  return false;
}

// The keys of a stack trace's entries, interned once: each exception builds one entry per frame
// (bank throws thousands), and intern() looks its argument up in a table of std::strings.
namespace {
struct TraceKeys {
  String* file = intern("file");
  String* line = intern("line");
  String* function = intern("function");
  String* class_ = intern("class");
  String* object = intern("object");
  String* type = intern("type");
  String* args = intern("args");
  String* arrow = intern("->");
  String* colons = intern("::");
};
const TraceKeys& trace_keys() {
  static const TraceKeys keys;
  return keys;
}
}  // namespace

static void add_trace_entry(Array* trace, const std::string& file, uint32_t line, Function* fn,
                            Object* this_, Class* called, Value* args, uint32_t argc, int options) {
  const TraceKeys& k = trace_keys();
  Array* e = Array::make();
  if (!file.empty()) {
    e->set(Key::string(k.file), Value::str(new_string(file)));
    e->set(Key::string(k.line), Value::integer(line));
  }
  e->set(Key::string(k.function), Value::str(new_string(fn->name)));
  if (fn->scope && !(fn->flags & FnClosure)) {
    Class* c = fn->scope;
    (void)called;
    e->set(Key::string(k.class_), Value::str(new_string(c->name)));
    if (this_ && (options & VM::kTraceObjects)) e->set(Key::string(k.object), Value::obj(this_));
    e->set(Key::string(k.type), Value::str(this_ ? k.arrow : k.colons));
  }
  if (options & VM::kTraceNoArgs) {
    trace->append(Value::arr(e));
    return;
  }
  Array* a = Array::make();
  for (uint32_t i = 0; i < argc; ++i) {
    Value v = deref(args[i]);
    if (v.tag == Tag::Undef) continue;
    mark_copy(v);
    a->append(v);
  }
  e->set(Key::string(k.args), Value::arr(a));
  trace->append(Value::arr(e));
}

// The arguments a frame was called with, those beyond the declared parameters included.
static std::vector<Value> frame_args(Frame* f) {
  uint32_t declared = std::min<uint32_t>(f->argc, uint32_t(f->fn->params.size()));
  std::vector<Value> args(f->regs(), f->regs() + declared);
  if (Array* x = f->extra.get())
    for (uint32_t i = x->first(); i < x->used(); i = x->next(i)) args.push_back(x->buckets()[i].v);
  return args;
}

Array* VM::make_trace(uint32_t skip_natives, int options) {
  Array* trace = Array::make();
  size_t ni = natives.size();
  for (Frame* f = frame; f; f = f->prev) {
    while (ni > 0 && natives[ni - 1].caller == f) {
      NativeCall& nc = natives[--ni];
      if (nc.hidden) continue;
      if (skip_natives > 0) {
        --skip_natives;
        continue;
      }
      uint32_t line = f->pc() < f->code->lines.size() ? f->code->lines[f->pc()] : 0;
      add_trace_entry(trace, f->code->file, line, nc.fn, nc.this_, nullptr, nc.args, nc.argc,
                      options);
    }
    if (f->fn->name == "{main}") break;
    if (!f->prev) {  // called by the engine (shutdown functions, destructors at shutdown)
      std::vector<Value> args = frame_args(f);
      add_trace_entry(trace, "", 0, f->fn, f->this_.get(), f->called, args.data(),
                      uint32_t(args.size()), options);
      break;
    }
    Frame* caller = f->prev;
    uint32_t line =
        caller->pc() < caller->code->lines.size() ? caller->code->lines[caller->pc()] : 0;
    // a built-in that caller is running called f (a callback): php's [internal function]
    bool from_native = ni > 0 && natives[ni - 1].caller == caller;
    std::vector<Value> args = frame_args(f);
    add_trace_entry(trace, from_native ? std::string() : caller->code->file, line, f->fn,
                    f->this_.get(), f->called, args.data(), uint32_t(args.size()), options);
  }
  return trace;
}

bool VM::to_string(const Value& v0, String** out) {
  const Value& v = deref(v0);
  if (v.tag != Tag::Obj) {
    *out = to_str(v);
    return !exception;
  }
  Function* m = v.o->cls->m_tostring;
  if (!m) {
    throw_error("Error", "Object of class " + v.o->cls->name + " could not be converted to string");
    return false;
  }
  Value r;
  if (!call_method(v.o, m, nullptr, 0, &r)) return false;
  r = deref(r);
  // __toString's return type is string: coercive, but arrays and plain objects do not convert
  if (r.tag == Tag::Arr || (r.tag == Tag::Obj && !r.o->cls->m_tostring)) {
    std::string given = r.tag == Tag::Arr ? "array" : r.o->cls->name;
    return throw_error("TypeError", v.o->cls->name +
                                        "::__toString(): Return value must be of type string, " +
                                        given + " returned");
  }
  if (r.tag != Tag::Str) {
    *out = to_str(r);
    return true;
  }
  *out = r.s;
  return true;
}

Class* VM::callable_class(std::string_view name) {
  if (name.size() == 4 || name.size() == 6) {
    std::string l(name);
    for (auto& ch : l) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (l == "self" || l == "parent" || l == "static") {
      Class* scope = calling_scope(frame);
      if (!scope) return nullptr;
      if (l == "self") return scope;
      if (l == "parent") return scope->parent;
      return frame->called ? frame->called : scope;
    }
  }
  return find_class(name);
}

bool VM::magic_callable(const Value& c0, Function** handler, Object** this_, Class** called,
                        String** name) {
  const Value& c = deref(c0);
  Class* cls = nullptr;
  Object* obj = nullptr;
  if (c.tag == Tag::Str) {
    std::string_view s = c.s->view();
    size_t p = s.find("::");
    if (p == std::string_view::npos) return false;
    cls = callable_class(s.substr(0, p));
    *name = new_string(s.substr(p + 2));
  } else if (c.tag == Tag::Arr && c.a->count == 2) {
    Value* target = c.a->find(int64_t(0));
    Value* method = c.a->find(int64_t(1));
    if (!target || !method || deref(*method).tag != Tag::Str) return false;
    const Value& t = deref(*target);
    if (t.tag == Tag::Obj) {
      obj = t.o;
      cls = obj->cls;
    } else if (t.tag == Tag::Str) {
      cls = callable_class(t.s->view());
    }
    *name = deref(*method).s;
  }
  if (!cls) return false;
  Object* cur_this = frame ? frame->this_.get() : nullptr;
  if (!obj && cur_this && cur_this->cls->is_subclass_of(cls)) obj = cur_this;
  if (obj && cls->m_call) {
    *handler = cls->m_call;
    *this_ = obj;
    *called = obj->cls;
    return true;
  }
  if (!cls->m_callstatic) return false;
  *handler = cls->m_callstatic;
  *this_ = nullptr;
  *called = cls;
  return true;
}

// A non-static method named by its class runs on the calling code's $this when that is an
// instance of the class (php's zend_is_callable_ex()).
void VM::bind_calling_this(Class* cls, Function* fn, Object** this_, Class** called) {
  Object* cur = frame ? frame->this_.get() : nullptr;
  if (fn && !(fn->flags & FnStatic) && cur && cur->cls->is_subclass_of(cls)) {
    *this_ = cur;
    *called = cur->cls;
  }
}

bool VM::resolve_callable(const Value& c0, Function** fn, Object** this_, Class** called,
                          Object** closure) {
  const Value& c = deref(c0);
  *this_ = nullptr;
  *called = nullptr;
  *closure = nullptr;
  if (c.tag == Tag::Obj) {
    if (c.o->closure()) {
      ClosureData* cd = c.o->closure();
      *fn = cd->fn;
      *this_ = cd->this_.tag == Tag::Obj ? cd->this_.o : nullptr;
      *called = cd->called;
      *closure = c.o;
      return true;
    }
    if (c.o->cls->m_invoke) {
      *fn = c.o->cls->m_invoke;
      *this_ = c.o;
      *called = c.o->cls;
      return true;
    }
    return false;
  }
  if (c.tag == Tag::Str) {
    std::string_view s = c.s->view();
    size_t p = s.find("::");
    if (p != std::string_view::npos) {
      Class* cls = callable_class(s.substr(0, p));
      if (!cls) return false;
      std::string m(s.substr(p + 2));
      for (auto& ch : m) ch = char(std::tolower(static_cast<unsigned char>(ch)));
      *fn = cls->find_method(m);
      *called = cls;
      bind_calling_this(cls, *fn, this_, called);
      return *fn != nullptr;
    }
    *fn = find_function(s);
    return *fn != nullptr;
  }
  if (c.tag == Tag::Arr && c.a->count == 2) {
    Value* target = c.a->find(int64_t(0));
    Value* name = c.a->find(int64_t(1));
    if (!target || !name || deref(*name).tag != Tag::Str) return false;
    std::string m(deref(*name).s->view());
    for (auto& ch : m) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    const Value& t = deref(*target);
    Class* cls = nullptr;
    if (t.tag == Tag::Obj) {
      cls = t.o->cls;
      *this_ = t.o;
    } else if (t.tag == Tag::Str) {
      cls = callable_class(t.s->view());
    }
    if (!cls) return false;
    if (m.rfind("parent::", 0) == 0) {
      m = m.substr(8);
      cls = cls->parent;
      if (!cls) return false;
    }
    *fn = cls->find_method(m);
    *called = t.tag == Tag::Obj ? t.o->cls : cls;
    if (*fn && ((*fn)->flags & FnStatic)) *this_ = nullptr;
    if (t.tag == Tag::Str) bind_calling_this(cls, *fn, this_, called);
    return *fn != nullptr;
  }
  return false;
}

bool throw_uncallable(VM& vm, const Value& c0) {
  const Value& c = deref(c0);
  if (c.tag == Tag::Str) {
    std::string_view s = c.s->view();
    size_t p = s.find("::");
    if (p == std::string_view::npos)
      return vm.throw_error("Error", "Call to undefined function " + std::string(s) + "()");
    Class* cls = vm.callable_class(s.substr(0, p));
    if (!cls)
      return vm.throw_error("Error", "Class \"" + std::string(s.substr(0, p)) + "\" not found");
    return vm.throw_error("Error", "Call to undefined method " + cls->name +
                                       "::" + std::string(s.substr(p + 2)) + "()");
  }
  if (c.tag == Tag::Arr) {
    if (c.a->count != 2)
      return vm.throw_error("Error", "Array callback must have exactly two elements");
    Value* target = c.a->find(int64_t(0));
    Value* name = c.a->find(int64_t(1));
    if (!target || !name)
      return vm.throw_error("Error", "Array callback has to contain indices 0 and 1");
    const Value& t = deref(*target);
    if (t.tag != Tag::Obj && t.tag != Tag::Str)
      return vm.throw_error("Error", "First array member is not a valid class name or object");
    if (deref(*name).tag != Tag::Str)
      return vm.throw_error("Error", "Second array member is not a valid method");
    Class* cls = t.tag == Tag::Obj ? t.o->cls : vm.callable_class(t.s->view());
    if (!cls)
      return vm.throw_error("Error", "Class \"" + std::string(t.s->view()) + "\" not found");
    return vm.throw_error("Error", "Call to undefined method " + cls->name +
                                       "::" + std::string(deref(*name).s->view()) + "()");
  }
  if (c.tag == Tag::Obj)
    return vm.throw_error("Error", "Object of type " + c.o->cls->name + " is not callable");
  return vm.throw_error("Error", "Value of type " + zend_type_name(c) + " is not callable");
}

bool VM::call_value(const Value& callable, Value* args, uint32_t argc, Value* ret) {
  Function* fn;
  Object* this_;
  Class* called;
  Object* closure;
  // A built-in's callback is most often a closure taking its arguments by value.
  if (callable.tag == Tag::Obj && callable.o->closure()) {
    ClosureData* cd = callable.o->closure();
    int done =
        invoke_plain(cd->fn, args, argc, ret, cd->this_.tag == Tag::Obj ? cd->this_.o : nullptr,
                     cd->called, callable.o);
    if (done >= 0) return done;
  }
  if (!resolve_callable(callable, &fn, &this_, &called, &closure)) {
    String* name;
    if (magic_callable(callable, &fn, &this_, &called, &name)) {
      Array* list = Array::make();
      for (uint32_t i = 0; i < argc; ++i) {
        Value v = deref(args[i]);
        mark_copy(v);
        list->append(v);
      }
      Value margs[2] = {Value::str(name), Value::arr(list)};
      return invoke(fn, margs, 2, ret, this_, called);
    }
    return throw_uncallable(*this, callable);
  }
  if (int done = invoke_plain(fn, args, argc, ret, this_, called, closure); done >= 0) return done;
  // by-reference parameters of callbacks get fresh references to the values
  union Buf {  // only the argc slots in use are written (no zeroing of the other ones)
    Value v[16];
    Buf() {}
  } buf;
  std::vector<Value> big;
  Value* a = args;
  if (argc > 0) {
    if (argc > 16) {
      big.assign(args, args + argc);
      a = big.data();
    } else {
      for (uint32_t i = 0; i < argc; ++i) new (&buf.v[i]) Value(args[i]);
      a = buf.v;
    }
    for (uint32_t i = 0; i < argc; ++i) {
      if (a[i].tag == Tag::Ref) {
        if (!fn->param_by_ref(i)) a[i] = a[i].r->v;
      } else if (fn->param_by_ref(i) && !fn->native && a[i].tag != Tag::Undef) {
        // php passes the value on in a fresh reference, with a warning
        const Param& p = fn->params[std::min<size_t>(i, fn->params.size() - 1)];
        warning((fn->scope ? fn->scope->name + "::" + fn->name : fn->name) + "(): Argument #" +
                std::to_string(i + 1) + " ($" + std::string(p.name->view()) +
                ") must be passed by reference, value given");
        if (exception) return false;  // the error handler threw
        Ref* r = gc_new<Ref>();
        r->v = a[i];
        a[i] = Value::ref(r);
      }
    }
  }
  return invoke(fn, a, argc, ret, this_, called, closure);
}

}  // namespace weft::php
