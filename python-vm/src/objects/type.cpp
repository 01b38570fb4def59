// type: MRO lookup, class creation (C3 linearization), instantiation, and the helpers that attach
// native methods to built-in types.
#include <algorithm>
#include <string>
#include <vector>

#include "objects/instance.h"
#include "objects/slots.h"
#include "objects/value_attrs.h"
#include "vm/code.h"
#include "vm/finalizers.h"
#include "vm/runtime.h"

namespace weft::python {

Value run_class_body(Function* fn, Dict* ns);

Value lookup_uncached(Type* t, Str* name);

Type* type_of(Value v) {
  if (v.is_small()) return rt.int_type;
  return v.obj()->type;
}

// A global method cache: (type, name) -> result of the MRO lookup (null: missing), valid while
// the type keeps the version tag it had (tags are never reused, so neither a changed type nor a
// new type at a dead one's address can hit a stale entry). Names are compared by identity, so
// only interned names (which never die or move) are cached: a name built at run time
// (`getattr(o, "visit_" + kind)`) can die and another string take its address. The entries are
// not traced: a value is only returned while its type's tag is unchanged, and the type's MRO
// dicts keep it alive until then.
namespace {
struct LookupEntry {
  Type* type;
  Str* name;
  uint32_t version;
  Value value;
};
constexpr size_t kLookupCacheSize = 4096;
LookupEntry g_lookup_cache[kLookupCacheSize];
uint32_t g_next_type_version = 1;
}  // namespace

Value lookup(Type* t, Str* name) {
  size_t h = ((reinterpret_cast<uintptr_t>(t) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3) ^
              (reinterpret_cast<uintptr_t>(name) >> 12)) &
             (kLookupCacheSize - 1);
  LookupEntry& e = g_lookup_cache[h];
  if (e.type == t && e.name == name && e.version == t->version && t->version != 0) return e.value;
  Value v = lookup_uncached(t, name);
  if (!name->interned) return v;
  // The entries are not traced, so what they hold must not move (types are pinned by type).
  if (v && v.is_ptr()) gc::Heap::pin(v.obj());
  e.type = t;
  e.name = name;
  e.version = type_version(t);
  e.value = v;
  return v;
}

uint32_t type_version(Type* t) {
  if (t->version) return t->version;
  // A tag is valid only while the tags of all bases are (type_modified relies on it).
  Tuple* mro = t->mro;
  for (int64_t i = 1; mro && i < mro->size; i++) type_version(mro->at(i).as<Type>());
  t->version = g_next_type_version++;
  if (g_next_type_version == 0) g_next_type_version = 1;  // wrapped: 4 billion changes
  return t->version;
}

namespace {
void update_flags(Type* t) {
  if (t->builtin) return;
  Value sa = lookup(t, rt.s___setattr__);
  Value ga = lookup(t, rt.s___getattribute__);
  t->has_getattr = lookup(t, rt.s___getattr__) != Value();
  t->has_setattr = sa && sa.is_ptr() && sa.obj()->type == rt.function_type;
  t->has_getattribute = ga && ga.is_ptr() && ga.obj()->type == rt.function_type;
  Value del = lookup(t, intern("__del__"));
  t->has_del = (t->layout == Layout::Instance || t->layout == Layout::Exception) && del &&
               io_finalizer_needed(t, del);
}
}  // namespace

void type_modified(Type* t) {
  t->version = 0;
  update_flags(t);
  if (!t->subclasses) return;
  ValueArray* subs = t->subclasses;
  for (uint64_t i = 0; i < subs->cap; i++) {
    Value w = subs->items()[i];
    if (!w) continue;
    if (Type* sub = static_cast<Type*>(reinterpret_cast<gc::WeakRef*>(w.raw)->get()))
      type_modified(sub);
  }
}

void type_add_subclass(Type* base, Type* sub) {
  gc::WeakRef* w = rt.heap->make_weak_ref(sub);
  if (!w) return;
  ValueArray* a = base->subclasses;
  uint64_t n = 0;
  if (a) {
    // used entries are a prefix: the first empty one by bisection
    uint64_t hi = a->cap;
    while (n < hi) {
      uint64_t mid = (n + hi) / 2;
      if (a->items()[mid])
        n = mid + 1;
      else
        hi = mid;
    }
  }
  bool compacted = false;
  if (a && n == a->cap) {
    // full: drop the references whose class died
    compacted = true;
    n = 0;
    for (uint64_t i = 0; i < a->cap; i++) {
      Value x = a->items()[i];
      if (reinterpret_cast<gc::WeakRef*>(x.raw)->get()) a->items()[n++] = x;
    }
    for (uint64_t i = n; i < a->cap; i++) a->items()[i].v = Value();
  }
  // after a compaction at least half is free, so compactions are O(1) per added class
  if (!a || (n == a->cap || (compacted && n * 2 > a->cap))) {
    ValueArray* na = new_array(a ? a->cap * 2 : 4);
    if (!na) return;
    for (uint64_t i = 0; i < n; i++) na->items()[i] = a->items()[i];
    base->subclasses = na;
    a = na;
  }
  a->items()[n] = Value::from_raw(reinterpret_cast<uintptr_t>(w));
}

Value lookup_uncached(Type* t, Str* name) {
  Tuple* mro = t->mro;
  for (int64_t i = 0; i < mro->size; i++) {
    Type* c = mro->at(i).as<Type>();
    Value v = dict_get_str(c->dict, name);
    if (v) return v;
  }
  return Value();
}

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  Tuple* mro = a->mro;
  for (int64_t i = 0; i < mro->size; i++)
    if (mro->at(i).as<Type>() == b) return true;
  return false;
}

bool isinstance(Value v, Type* t) {
  Type* vt = type_of(v);
  if (vt == t) return true;
  if (t == rt.int_type && vt == rt.bigint_type) return true;
  return is_subtype(vt, t);
}

std::string qualname(Type* t) {
  if (!t->builtin && t->qualname) return std::string(t->qualname->view());
  return std::string(t->name->view());
}

Value type_repr(Type* t) {
  std::string r = "<class '";
  // a built-in type of a module (itertools.count) has its __module__ in its dict
  Value m = dict_get_str(t->dict, rt.s___module__);
  if (m && m.is_ptr() && m.obj()->type == rt.str_type && m.as<Str>()->view() != "builtins") {
    r += m.as<Str>()->view();
    r += ".";
  }
  r += qualname(t);
  r += "'>";
  return new_str(r);
}

Value new_builtin(const char* name, NativeFn fn, Value self) {
  Builtin* b = alloc<Builtin>(rt.builtin_type);
  if (!b) return Value();
  b->fn = fn;
  b->name = intern(name);
  b->self = self;
  return b;
}

namespace {

// Whether CPython defines the built-in method `name` of `t` through a type slot (a slot
// wrapper, bound: a method-wrapper) rather than a method table (method_descriptor, bound:
// builtin_function_or_method).
bool is_slot_method(std::string_view name, Type* t) {
  // sorted, for the binary search below
  static constexpr std::string_view slots[] = {
      "__abs__",       "__add__",      "__aiter__",     "__and__",      "__anext__",
      "__await__",     "__bool__",     "__call__",      "__contains__", "__del__",
      "__delattr__",   "__delete__",   "__delitem__",   "__divmod__",   "__eq__",
      "__float__",     "__floordiv__", "__ge__",        "__get__",      "__getattribute__",
      "__getitem__",   "__gt__",       "__hash__",      "__iadd__",     "__iand__",
      "__ifloordiv__", "__ilshift__",  "__imod__",      "__imul__",     "__index__",
      "__init__",      "__int__",      "__invert__",    "__ior__",      "__ipow__",
      "__irshift__",   "__isub__",     "__iter__",      "__itruediv__", "__ixor__",
      "__le__",        "__len__",      "__lshift__",    "__lt__",       "__matmul__",
      "__mod__",       "__mul__",      "__ne__",        "__neg__",      "__next__",
      "__or__",        "__pos__",      "__pow__",       "__radd__",     "__rand__",
      "__rdivmod__",   "__repr__",     "__rfloordiv__", "__rlshift__",  "__rmatmul__",
      "__rmod__",      "__rmul__",     "__ror__",       "__rpow__",     "__rrshift__",
      "__rshift__",    "__rsub__",     "__rtruediv__",  "__rxor__",     "__set__",
      "__setattr__",   "__setitem__",  "__str__",       "__sub__",      "__truediv__",
      "__xor__",
  };
  if (name.size() < 5 || name[0] != '_' || name[1] != '_') return false;
  // list and dict define these in their method tables as well (METH_COEXIST)
  if (name == "__getitem__" && (t == rt.list_type || t == rt.dict_type)) return false;
  if (name == "__contains__" && (t == rt.dict_type || t == rt.set_type || t == rt.frozenset_type))
    return false;
  return std::binary_search(std::begin(slots), std::end(slots), name);
}

}  // namespace

void add_method(Type* t, const char* name, NativeFn fn) {
  Builtin* b = new_builtin(name, fn).as<Builtin>();
  b->owner = t;
  b->type = is_slot_method(name, t) ? rt.wrapper_descriptor_type : rt.method_descriptor_type;
  dict_set_str(t->dict, intern(name), b);
  type_modified(t);
}

void add_static(Type* t, const char* name, NativeFn fn) {
  // bound to its type as CPython's static methods of built-in types (its repr: "built-in method
  // NAME of type object"); the functions ignore their self
  Value b = new_builtin(name, fn, t);
  Wrapper* w = alloc<Wrapper>(rt.staticmethod_type);
  w->a = b;
  dict_set_str(t->dict, intern(name), w);
  type_modified(t);
}

void add_static_new(Type* t, NativeFn fn) {
  Wrapper* w = alloc<Wrapper>(rt.staticmethod_type);
  w->a = new_builtin("__new__", fn, t);
  dict_set_str(t->dict, rt.s___new__, w);
  type_modified(t);
}

bool add_getter(Type* t, const char* name, NativeFn fn) {
  Wrapper* w = alloc<Wrapper>(rt.property_type);
  if (!w) return false;
  Value getter = new_builtin(name, fn);
  if (!getter) return false;
  w->a = getter;
  if (dict_set_str(t->dict, intern(name), w) < 0) return false;
  type_modified(t);
  return true;
}

void add_classmethod(Type* t, const char* name, NativeFn fn) {
  Value b = new_builtin(name, fn);
  Wrapper* w = alloc<Wrapper>(rt.classmethod_type);
  w->a = b;
  dict_set_str(t->dict, intern(name), w);
  type_modified(t);
}

namespace {

// C3 linearization of `t` with direct bases `bases`.
Tuple* c3_mro(Type* t, Tuple* bases) {
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->size; i++) {
    Tuple* m = bases->at(i).as<Type>()->mro;
    std::vector<Type*> s;
    for (int64_t j = 0; j < m->size; j++) s.push_back(m->at(j).as<Type>());
    seqs.push_back(s);
  }
  std::vector<Type*> bl;
  for (int64_t i = 0; i < bases->size; i++) bl.push_back(bases->at(i).as<Type>());
  seqs.push_back(bl);
  std::vector<Type*> result{t};
  for (;;) {
    bool empty = true;
    for (auto& s : seqs)
      if (!s.empty()) empty = false;
    if (empty) break;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* c = s[0];
      bool in_tail = false;
      for (auto& s2 : seqs)
        for (size_t k = 1; k < s2.size(); k++)
          if (s2[k] == c) in_tail = true;
      if (!in_tail) {
        cand = c;
        break;
      }
    }
    if (!cand) {
      std::string names;
      for (int64_t i = 0; i < bases->size; i++) {
        if (i) names += ", ";
        names += bases->at(i).as<Type>()->name->view();
      }
      raise_fmt(rt.TypeError,
                "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                names.c_str());
      return nullptr;
    }
    result.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == cand) s.erase(s.begin());
  }
  Tuple* mro = new_tuple(static_cast<int64_t>(result.size()));
  if (!mro) return nullptr;
  for (size_t i = 0; i < result.size(); i++) mro->items()[i] = result[i];
  return mro;
}

Value object_new_instance(Type* t) {
  if (t->layout == Layout::Exception) {
    Exception* e = new_exception_object(t);
    if (!e) return Value();
    e->args = rt.empty_tuple;
    return e;
  }
  if (t->layout == Layout::Instance || t->layout == Layout::Object) return new_instance(t);
  return raise_fmt(rt.TypeError, "cannot create '%s' instances", t->name->view().data());
}

}  // namespace

List* g_all_classes = nullptr;

// type.__subclasses__: the direct subclasses, oldest first
Value type_subclasses(Value self, Value*, int64_t, Tuple*) {
  List* out = new_list(0);
  if (!out || !g_all_classes || !isinstance(self, rt.type_type)) return out;
  for (int64_t i = 0; i < g_all_classes->size; i++) {
    Type* c = g_all_classes->at(i).as<Type>();
    Tuple* b = c->bases;
    for (int64_t k = 0; b && k < b->size; k++)
      if (b->at(k) == self) {
        list_append(out, c);
        break;
      }
  }
  return out;
}

namespace {

// The MROs of t's subclasses again, after t's changed (every class below t inherits it).
bool recompute_sub_mros(Type* t) {
  if (!t->subclasses) return true;
  ValueArray* subs = t->subclasses;
  for (uint64_t i = 0; i < subs->cap; i++) {
    Value w = subs->items()[i];
    if (!w) continue;
    Type* sub = static_cast<Type*>(reinterpret_cast<gc::WeakRef*>(w.raw)->get());
    if (!sub) continue;
    // a stale entry (a class that no longer has t as a base) is harmless: recomputed the same
    Tuple* m = c3_mro(sub, sub->bases);
    if (!m) return false;
    sub->mro = m;
    if (!recompute_sub_mros(sub)) return false;
  }
  return true;
}

}  // namespace

// C.__bases__ = (...): CPython's checks, the new MRO (of C and every class below it), and new
// version tags for all of them so that the inline caches miss.
int type_set_bases(Type* t, Value v) {
  std::string tn(t->name->view());
  if (!v.is_ptr() || v.obj()->type != rt.tuple_type) {
    raise_fmt(rt.TypeError, "can only assign tuple to %s.__bases__, not %s", tn.c_str(),
              type_name(v));
    return -1;
  }
  Tuple* bases = v.as<Tuple>();
  if (bases->size == 0) {
    raise_fmt(rt.TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", tn.c_str());
    return -1;
  }
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->at(i);
    if (!isinstance(b, rt.type_type)) {
      raise_fmt(rt.TypeError, "%s.__bases__ must be tuple of classes, not '%s'", tn.c_str(),
                type_name(b));
      return -1;
    }
    Type* bt = b.as<Type>();
    if (is_subtype(bt, t)) {
      raise(rt.TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
    // the instances keep their layout: a base must make the same kind of object
    bool same = bt == rt.object_type ? t->layout == Layout::Instance : bt->layout == t->layout;
    if (!same) {
      raise_fmt(rt.TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'",
                std::string(bt->name->view()).c_str(), std::string(t->base->name->view()).c_str());
      return -1;
    }
  }
  Tuple* old_bases = t->bases;
  Tuple* old_mro = t->mro;
  t->bases = bases;
  Tuple* mro = c3_mro(t, bases);
  if (!mro || (t->mro = mro, !recompute_sub_mros(t))) {
    Value exc = rt.exc;
    rt.exc = Value();
    t->bases = old_bases;
    t->mro = old_mro;
    recompute_sub_mros(t);
    rt.exc = exc;
    return -1;
  }
  t->base = bases->at(0).as<Type>();
  for (int64_t i = 0; i < bases->size; i++) type_add_subclass(bases->at(i).as<Type>(), t);
  type_modified(t);
  return 0;
}

// Built-in types CPython lets classes derive from although weft cannot yet (the others, such
// as bool, range, slice, NoneType and function, are not acceptable bases in CPython either).
static bool cpython_base_type(Type* bt) {
  static const char* const names[] = {"property", "staticmethod", "classmethod", "super", "module"};
  for (const char* n : names)
    if (bt->name->view() == n) return true;
  return bt->layout == Layout::Instance;  // io's file objects
}

Value make_class(Str* name, Tuple* bases, Dict* ns, Dict* class_kwargs) {
  // a class that defines __eq__ but not __hash__ is unhashable, as in CPython
  if (dict_get_str(ns, intern("__eq__")) && !dict_get_str(ns, rt.s___hash__))
    dict_set_str(ns, rt.s___hash__, rt.None);
  if (bases->size == 0) {
    bases = new_tuple(1);
    if (!bases) return Value();
    bases->items()[0] = rt.object_type;
  }
  Layout layout = Layout::Instance;
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->at(i);
    // classes made by a metaclass count too: their layout passes on to subclasses
    if (!b.is_ptr() || !isinstance(b, rt.type_type))
      return raise(rt.TypeError, "bases must be types");
    Type* bt = b.as<Type>();
    Layout bl = bt->layout;
    // two bases whose instances are laid out differently (int and str, list and an exception)
    if (bl != Layout::Instance && bl != Layout::Object && layout != Layout::Instance &&
        bl != layout)
      return raise(rt.TypeError, "multiple bases have instance lay-out conflict");
    if (bl == Layout::Exception)
      layout = Layout::Exception;
    else if (bt == rt.type_type || bl == Layout::Type)
      layout = Layout::Type;
    else if (bl == Layout::List || bl == Layout::Dict || bl == Layout::Set ||
             bl == Layout::FrozenSet || bl == Layout::Str || bl == Layout::Int ||
             bl == Layout::Float || bl == Layout::Tuple || bl == Layout::Bytes ||
             (bl == Layout::Iter && bt->new_fn))
      layout = bl;
    else if (bt->builtin && bt != rt.object_type && bt->layout != Layout::Exception &&
             !bt->basetype)
      return raise_fmt(rt.TypeError,
                       cpython_base_type(bt) ? "weft-python cannot subclass built-in type '%s' yet"
                                             : "type '%s' is not an acceptable base type",
                       std::string(bt->name->view()).c_str());
  }
  Type* t = alloc<Type>(rt.type_type);
  if (!t) return Value();
  t->name = name;
  t->bases = bases;
  t->base = bases->at(0).as<Type>();
  t->layout = layout;
  t->is_exception = layout == Layout::Exception;
  Dict* d = dict_copy(ns);
  if (!d) return Value();
  t->dict = d;
  // __qualname__ is the type's, not a class attribute
  if (Value qn = dict_get_str(d, rt.s___qualname__)) {
    if (!qn.is_ptr() || !isinstance(qn, rt.str_type))
      return raise_fmt(rt.TypeError, "type __qualname__ must be a str, not %s", type_name(qn));
    t->qualname = qn.as<Str>();
    dict_del(d, rt.s___qualname__);
  }
  // type(name, bases, ns): the caller's module, as CPython takes it from the calling frame
  if (!dict_get_str(d, rt.s___module__) && rt.frame && rt.frame->globals) {
    if (Value mod = dict_get_str(rt.frame->globals, rt.s___name__))
      dict_set_str(d, rt.s___module__, mod);
  }
  Tuple* mro = c3_mro(t, bases);
  if (!mro) return Value();
  t->mro = mro;
  Value cell = dict_get_str(d, rt.s___classcell__);
  if (cell) {
    cell.as<Cell>()->value = t;
    dict_del(d, rt.s___classcell__);
  }
  // __new__ given as a plain function is a static method
  Value nw = dict_get_str(d, rt.s___new__);
  if (nw && nw.is_ptr() && nw.obj()->type == rt.function_type) {
    Wrapper* w = alloc<Wrapper>(rt.staticmethod_type);
    w->a = nw;
    dict_set_str(d, rt.s___new__, w);
  }
  Value isub = dict_get_str(d, rt.s___init_subclass__);
  if (isub && isub.is_ptr() && isub.obj()->type == rt.function_type) {
    Wrapper* w = alloc<Wrapper>(rt.classmethod_type);
    w->a = isub;
    dict_set_str(d, rt.s___init_subclass__, w);
  }
  if (!type_init_slots(t)) return Value();
  // as in CPython, every class has its own __doc__ (None without a docstring: not inherited),
  // after the descriptors of its slots, __dict__ and __weakref__
  if (!dict_get_str(d, rt.s___doc__)) dict_set_str(d, rt.s___doc__, rt.None);
  for (int64_t i = 0; i < bases->size; i++) type_add_subclass(bases->at(i).as<Type>(), t);
  type_modified(t);
  // __set_name__ on class attributes
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (!v.is_ptr() || v.obj()->type->builtin) continue;
    Value sn = lookup(type_of(v), rt.s___set_name__);
    if (sn) {
      Value args[3] = {v, t, k};
      if (!call(sn, args, 3)) return Value();
    }
  }
  // __init_subclass__ of the parent (user-defined only)
  Value parent_isub = lookup(t->base, rt.s___init_subclass__);
  // every class, in creation order, for type.__subclasses__ (classes live until exit)
  if (!g_all_classes) {
    g_all_classes = new_list(0);
    if (!g_all_classes) return Value();
    gc::add_root(reinterpret_cast<void**>(&g_all_classes));
  }
  list_append(g_all_classes, t);
  int64_t nkw = class_kwargs ? class_kwargs->used : 0;
  if (parent_isub && parent_isub.obj()->type == rt.classmethod_type &&
      parent_isub.as<Wrapper>()->a.v.obj()->type == rt.function_type) {
    // the class statement's keywords (other than metaclass) go to __init_subclass__
    std::vector<Value> args(static_cast<size_t>(nkw + 1));
    ValueRoots args_roots(args.data(), args.size());
    args[0] = t;
    Tuple* kwnames = nkw ? new_tuple(nkw) : nullptr;
    int64_t pos = 0, i = 0;
    Value k, v;
    while (class_kwargs && dict_next(class_kwargs, &pos, &k, &v)) {
      kwnames->items()[i] = k;
      args[static_cast<size_t>(++i)] = v;
    }
    if (!call(parent_isub.as<Wrapper>()->a, args.data(), 1, kwnames)) return Value();
  } else if (nkw) {
    return raise_fmt(rt.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                     std::string(t->name->view()).c_str());
  }
  return t;
}

// The built-in value type (list, dict, str, int ...) a user class derives from, or null.
Type* value_base(Type* t) {
  switch (t->layout) {
    case Layout::List:
    case Layout::Dict:
    case Layout::Set:
    case Layout::FrozenSet:
    case Layout::Str:
    case Layout::Int:
    case Layout::Float:
    case Layout::Tuple:
    case Layout::Bytes:
    case Layout::Iter:
      break;
    default:
      return nullptr;
  }
  for (int64_t i = 0; i < t->mro->size; i++) {
    Type* c = t->mro->at(i).as<Type>();
    if (c->builtin && c->new_fn) return c;
  }
  return nullptr;
}

Value type_new(Value, Value* args, int64_t nargs, Tuple* kw);
Type* oserror_subclass(int e);  // os_module.cpp

// An instance of `t`, a subclass of the built-in value type `vb`, made by vb's constructor
// from the arguments (mutable bases: empty, __init__ fills them), before any __init__ runs.
Value new_value_instance(Type* t, Type* vb, Value* args, int64_t nargs, Tuple* kwnames) {
  Value obj;
  bool mutable_base =
      vb->layout == Layout::List || vb->layout == Layout::Dict || vb->layout == Layout::Set;
  obj = mutable_base ? vb->new_fn(vb, nullptr, 0, nullptr) : vb->new_fn(vb, args, nargs, kwnames);
  if (!obj) return obj;
  if (!mutable_base) {
    // immutable bases may hand back shared objects (the argument itself, cached strings,
    // tagged ints): always make a fresh object that can carry the subclass
    Value copy;
    switch (vb->layout) {
      case Layout::Int: {
        BigInt* bi = new_int_sub(t);
        if (!bi) return Value();
        int_to_mpz(obj, bi->z);
        copy = bi;
        break;
      }
      case Layout::Float:
        copy = new_float_sub(t, float_val(obj));
        break;
      case Layout::Str:
      case Layout::Bytes:
        copy = new_str_sub(t, obj.as<Str>()->view(), vb->layout == Layout::Bytes);
        break;
      case Layout::Tuple: {
        Tuple* src = obj.as<Tuple>();
        Tuple* c = new_tuple_sub(t, src->size);
        if (!c) return Value();
        for (int64_t i = 0; i < src->size; i++) c->items()[i] = src->at(i);
        copy = c;
        break;
      }
      case Layout::Iter:
        // reversed(x) may answer x.__reversed__(), which is no `reversed` to retype
        if (obj.obj()->type != vb) return obj;
        copy = new_iter_sub(t, obj.as<Iter>());
        break;
      default:
        copy = obj;
    }
    if (!copy) return copy;
    obj = copy;
  }
  obj.obj()->type = t;
  return obj;
}

Value type_call(Type* t, Value* args, int64_t nargs, Tuple* kwnames) {
  if (t == rt.type_type) {
    if (nargs == 1 && !kwnames) return visible_type(args[0]);
    if (nargs == 3) {
      if (!args[0].is_ptr() || args[0].obj()->type != rt.str_type ||
          args[1].obj()->type != rt.tuple_type || args[2].obj()->type != rt.dict_type)
        return raise(rt.TypeError, "type() argument types");
      Dict* class_kwargs = nullptr;  // type(name, bases, ns, **kw): for __init_subclass__
      if (kwnames && kwnames->size) {
        if (!(class_kwargs = new_dict())) return Value();
        for (int64_t i = 0; i < kwnames->size; i++)
          if (dict_set(class_kwargs, kwnames->at(i), args[nargs + i]) < 0) return Value();
      }
      return make_class(args[0].as<Str>(), args[1].as<Tuple>(), args[2].as<Dict>(), class_kwargs);
    }
    return raise(rt.TypeError, "type() takes 1 or 3 arguments");
  }
  if (t->builtin && t->new_fn) return t->new_fn(t, args, nargs, kwnames);
  if (t->builtin && !nargs && (!kwnames || !kwnames->size)) {  // NoneType() and friends
    if (t->layout == Layout::None) return rt.None;
    if (t->layout == Layout::NotImplemented) return rt.NotImplemented;
    if (t->layout == Layout::Ellipsis) return rt.Ellipsis;
  }
  Value obj;
  bool metaclass_made = false;
  Value nw = lookup(t, rt.s___new__);
  bool custom_new = nw && nw.obj()->type == rt.staticmethod_type &&
                    nw.as<Wrapper>()->a.v.obj()->type == rt.function_type;
  int64_t nkw = kwnames ? kwnames->size : 0;
  if (t->layout == Layout::Instance && !t->builtin && !custom_new && nargs + nkw < 8) {
    // The common case, what the general path below does for it without its vectors.
    Value init = lookup(t, rt.s___init__);
    if (init && init.is_ptr() && init.obj()->type == rt.function_type) {
      Instance* o = new_instance(t);
      if (!o) return Value();
      Value a[8];
      a[0] = o;
      for (int64_t i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
      Value r = call_function(init.as<Function>(), a, nargs + 1, kwnames);
      if (!r) return Value();
      if (r != Value(rt.None))
        return raise_fmt(rt.TypeError, "__init__() should return None, not '%s'", type_name(r));
      return o;
    }
  }
  if (custom_new) {
    std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
    ValueRoots a_roots(a.data(), a.size());
    a[0] = t;
    for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
    obj = call(nw.as<Wrapper>()->a, a.data(), nargs + 1, kwnames);
    if (!obj) return Value();
    if (!isinstance(obj, t)) return obj;
  } else if (Type* vb = value_base(t)) {
    // subclass of a built-in value type: the base makes the object, then it takes our type
    bool mutable_base =
        vb->layout == Layout::List || vb->layout == Layout::Dict || vb->layout == Layout::Set;
    obj = new_value_instance(t, vb, args, nargs, kwnames);
    if (!obj || obj.obj()->type != t) return obj;
    Value init = lookup(t, rt.s___init__);
    if (init && init.is_ptr() && init.obj()->type == rt.function_type) {
      int64_t nkw2 = kwnames ? kwnames->size : 0;
      std::vector<Value> a(static_cast<size_t>(nargs + nkw2 + 1));
      ValueRoots a_roots(a.data(), a.size());
      a[0] = obj;
      for (int64_t i = 0; i < nargs + nkw2; i++) a[static_cast<size_t>(i) + 1] = args[i];
      Value r = call_function(init.as<Function>(), a.data(), nargs + 1, kwnames);
      if (!r) return Value();
    } else if (mutable_base && init && is_native_fn(init)) {
      if (!init.as<Builtin>()->fn(obj, args, nargs, kwnames)) return Value();
    }
    return obj;
  } else if (!t->builtin && is_subtype(t, rt.type_type)) {
    // a metaclass without its own __new__: type.__new__(t, name, bases, ns, **kw)
    if (nargs == 1 && !nkw) return visible_type(args[0]);
    std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
    ValueRoots a_roots(a.data(), a.size());
    a[0] = t;
    for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
    obj = type_new(Value(), a.data(), nargs + 1, kwnames);
    if (!obj) return obj;
    metaclass_made = true;
  } else {
    if (t->builtin && t->layout != Layout::Exception && t != rt.object_type)
      return raise_fmt(rt.TypeError, "cannot create '%s' instances",
                       std::string(t->name->view()).c_str());
    if (t == rt.OSError && nargs >= 2 && is_int(args[0])) {
      // OSError(errno, strerror, ...) makes the subclass for the errno, as CPython does
      int64_t e = 0;
      int_to_int64(args[0], &e);
      t = oserror_subclass(static_cast<int>(e));
    }
    obj = object_new_instance(t);
    if (!obj) return Value();
    if (t->layout == Layout::Exception) {
      Value a = tuple_from_array(args, nargs);
      if (!a) return a;
      obj.as<Exception>()->args = a.as<Tuple>();
    }
  }
  Value init = lookup(t, rt.s___init__);
  if (init && init.is_ptr() && init.obj()->type == rt.function_type) {
    std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
    ValueRoots a_roots(a.data(), a.size());
    a[0] = obj;
    for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
    Value r = call_function(init.as<Function>(), a.data(), nargs + 1, kwnames);
    if (!r) return Value();
    if (r != Value(rt.None))
      return raise_fmt(rt.TypeError, "__init__() should return None, not '%s'", type_name(r));
  } else if (init && is_native_fn(init) && init.as<Builtin>()->owner != rt.object_type) {
    Value r = init.as<Builtin>()->fn(obj, args, nargs, kwnames);
    if (!r) return Value();
  } else if ((nargs || nkw) && !custom_new && !metaclass_made) {
    return raise_fmt(rt.TypeError, "%s() takes no arguments", qualname(t).c_str());
  }
  return obj;
}

Value type_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs >= 1 && !check_new_target(rt.type_type, args[0])) return Value();
  if (nargs != 4 || !isinstance(args[0], rt.type_type) || !args[1].is_ptr() ||
      args[1].obj()->type != rt.str_type || args[2].obj()->type != rt.tuple_type ||
      !isinstance(args[3], rt.dict_type))
    return raise(rt.TypeError, "type.__new__(X): arguments must be (metatype, name, bases, dict)");
  Dict* kwargs = nullptr;
  if (kw && kw->size) {
    kwargs = new_dict();
    if (!kwargs) return Value();
    for (int64_t i = 0; i < kw->size; i++) dict_set(kwargs, kw->at(i), args[nargs + i]);
  }
  Value t = make_class(args[1].as<Str>(), args[2].as<Tuple>(), args[3].as<Dict>(), kwargs);
  if (t) t.as<Type>()->type = args[0].as<Type>();
  return t;
}

namespace {

bool has_python_new(Type* t) {
  Value nw = lookup(t, rt.s___new__);
  return nw && nw.is_ptr() && nw.obj()->type == rt.staticmethod_type &&
         nw.as<Wrapper>()->a.v.is_ptr() && nw.as<Wrapper>()->a.v.obj()->type == rt.function_type;
}

// The built-in constructor that makes t's instances (CPython's tp_new): object's for plain
// classes, BaseException's for every exception, else the nearest built-in base's own.
Type* constructor_of(Type* t) {
  while (t && !t->builtin) t = t->base;
  if (!t || t->layout == Layout::Object || t->layout == Layout::Instance) return rt.object_type;
  if (t->layout == Layout::Exception) return rt.BaseException;
  return t;
}

}  // namespace

Value check_new_target(Type* x, Value sub) {
  std::string xn(x->name->view());
  if (!isinstance(sub, rt.type_type))
    return raise_fmt(rt.TypeError, "%s.__new__(X): X is not a type object (%s)", xn.c_str(),
                     type_name(sub));
  Type* t = sub.as<Type>();
  std::string tn(t->name->view());
  if (!is_subtype(t, x))
    return raise_fmt(rt.TypeError, "%s.__new__(%s): %s is not a subtype of %s", xn.c_str(),
                     tn.c_str(), tn.c_str(), xn.c_str());
  // object.__new__(dict) would make a dict without a table: the first class up from t that has
  // no __new__ of its own in Python must be made by x's constructor
  Type* s = t;
  while (s && has_python_new(s)) s = s->base;
  if (s && constructor_of(s) != constructor_of(x))
    return raise_fmt(rt.TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", xn.c_str(),
                     tn.c_str(), std::string(s->name->view()).c_str());
  return sub;
}

// type.__call__, reached through super().__call__ in a metaclass's own __call__
Value type_call_method(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (!isinstance(self, rt.type_type))
    return raise(rt.TypeError, "descriptor '__call__' requires a type");
  return type_call(self.as<Type>(), args, nargs, kw);
}

}  // namespace weft::python
