// The object model of weft-python: Value (a tagged word), the object header, and the layouts of
// the built-in types. All objects live on the weft::gc heap.
//
// Contract:
//  - A Value is either a small int (low bit 1, 63-bit signed payload) or a pointer to an Object
//    (GC payload), or null (raw 0) which is never a Python object: functions returning Value use
//    null to say "a Python exception is set" (see errors.h), like CPython's NULL return.
//  - Every Object starts with its Type. Heap fields holding Values are VField (write barrier on
//    store, traced only when they hold a pointer); fields holding objects are gc::Field<T>.
//  - Variable-size storage (list items, dict entries) lives in separate ValueArray objects.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <cstring>
#include <string_view>

#include "weft/gc/gc.h"

namespace weft::python {

namespace gc = weft::gc;

struct Object;
struct Type;
struct Str;
struct Tuple;
struct Dict;

struct Value {
  uintptr_t raw = 0;
  constexpr Value() = default;
  Value(const Object* o) : raw(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: like a pointer
  static Value small(int64_t v) {
    Value r;
    r.raw = (static_cast<uintptr_t>(v) << 1) | 1;
    return r;
  }
  static Value from_raw(uintptr_t r) {
    Value v;
    v.raw = r;
    return v;
  }
  bool is_small() const { return raw & 1; }
  int64_t small_val() const { return static_cast<int64_t>(raw) >> 1; }
  bool is_null() const { return raw == 0; }
  bool is_ptr() const { return raw != 0 && !(raw & 1); }
  explicit operator bool() const { return raw != 0; }
  Object* obj() const { return reinterpret_cast<Object*>(raw); }
  template <class T>
  T* as() const {
    return reinterpret_cast<T*>(raw);
  }
  bool operator==(Value o) const { return raw == o.raw; }
  bool operator!=(Value o) const { return raw != o.raw; }
};

inline constexpr int64_t kSmallMax = (int64_t{1} << 62) - 1;
inline constexpr int64_t kSmallMin = -(int64_t{1} << 62);

// A Value stored in a heap object.
struct VField {
  Value v;
  VField& operator=(Value x) {
    v = x;
    if (x.is_ptr()) gc::write_barrier(&v);
    return *this;
  }
  VField& operator=(const VField& o) { return *this = o.v; }
  operator Value() const { return v; }  // NOLINT
  explicit operator bool() const { return v.raw != 0; }
  bool operator==(Value o) const { return v == o; }
  bool operator!=(Value o) const { return v != o; }
  void trace(gc::Tracer& t) const {
    if (v.is_ptr()) t.visit(&v, v.obj());
  }
};

// Which C++ struct an object of a type is (user classes inherit their base's layout).
enum class Layout : uint8_t {
  None,
  NotImplemented,
  Ellipsis,
  Bool,
  Int,
  Float,
  Str,
  Bytes,
  Tuple,
  List,
  Dict,
  Set,
  FrozenSet,
  Range,
  Slice,
  Function,
  Builtin,
  Method,
  Type,
  Instance,
  Exception,
  Cell,
  Code,
  Module,
  Iter,
  Generator,
  Property,
  StaticMethod,
  ClassMethod,
  Super,
  Object
};

struct Object {
  gc::Field<Type> type;
};

struct Set;
struct Map;
struct ValueArray;

struct Type : Object {
  static constexpr const char* gc_name = "py.type";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Str> name;
  gc::Field<Tuple> bases;
  gc::Field<Tuple> mro;
  gc::Field<Dict> dict;
  gc::Field<Type> base;
  gc::Field<Str> qualname;  // user classes: the class statement's __qualname__ (else the name)
  Layout layout = Layout::Object;
  bool builtin = false;
  bool is_exception = false;
  bool has_getattr = false;  // defines __getattr__ (user classes)
  bool has_getattribute = false;
  bool has_setattr = false;
  // Its MRO defines __del__ (user classes): new instances are registered with the collector
  // for finalization (vm/finalizers.h).
  bool has_del = false;
  // Version tag (0: none yet): caches of lookups in this type's MRO hold it; any change to the
  // dict of the type or of a base resets it to 0, and a new tag is never a reused one.
  uint32_t version = 0;
  // How many attribute values new instances keep inline: the most an instance of this class
  // has reached (slack tracking), capped.
  uint32_t inline_hint = 0;
  gc::Field<Map> root_map;           // the empty attribute layout of instances (maps)
  gc::Field<ValueArray> subclasses;  // WeakRefs to the direct subclasses (version tags)
  // __slots__ (objects/slots.cpp): instances keep the values of the MRO's slots at positions
  // 0..nslots (inline for user classes, before their map attributes); `dictless` instances
  // (every user class of the MRO declares __slots__ without "__dict__") have no attribute dict.
  uint32_t nslots = 0;
  bool dictless = false;
  bool weakrefless = false;  // no "__weakref__" either: only for the error of declaring it twice
  // A built-in type that user classes may derive from although it is no value type (its
  // instances are Instances, with any native state at slot positions).
  bool basetype = false;
  // Built-in types: constructs an instance (args as for a call of the type; self = the type).
  Value (*new_fn)(Value self, Value* args, int64_t nargs, Tuple* kwnames) = nullptr;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(name);
    t(bases);
    t(mro);
    t(qualname);
    t(dict);
    t(base);
    t(root_map);
    t(subclasses);
  }
};

struct ValueArray {
  static constexpr const char* gc_name = "py.array";
  uint64_t cap = 0;
  VField* items() { return reinterpret_cast<VField*>(this + 1); }
  const VField* items() const { return reinterpret_cast<const VField*>(this + 1); }
  void gc_trace(gc::Tracer& t) const {
    for (uint64_t i = 0; i < cap; i++) items()[i].trace(t);
  }
  size_t gc_size() const { return sizeof(ValueArray) + cap * sizeof(VField); }
};

struct BigInt : Object {
  static constexpr const char* gc_name = "py.bigint";
  mpz_t z;
  void gc_trace(gc::Tracer& t) const { t(type); }
  void gc_finalize() { mpz_clear(z); }
};

struct Float : Object {
  static constexpr const char* gc_name = "py.float";
  double v = 0;
  void gc_trace(gc::Tracer& t) const { t(type); }
};

// The bytes of a chain of str concatenations (`s += x` in a loop), over-allocated so that the
// chain's next string appends in place. See Str.
struct StrBuf {
  static constexpr const char* gc_name = "py.strbuf";
  int64_t cap = 0;   // bytes, excluding the NUL after the last string
  int64_t used = 0;  // the length of the longest string made in it
  char* bytes() { return reinterpret_cast<char*>(this + 1); }
  void gc_trace(gc::Tracer&) const {}
  size_t gc_size() const { return sizeof(StrBuf) + static_cast<size_t>(cap) + 1; }
};

// str: UTF-8 bytes, immutable, with cached hash and length in code points.
// bytes uses the same struct (layout Bytes; `chars` == `size`).
// The bytes follow the struct, NUL-terminated, except in a `shared` string: a result of
// repeated concatenation (str_concat), whose bytes are the first `size` bytes of a StrBuf that
// the strings of the chain share. Appending to the longest string of the chain writes after its
// bytes, so the shorter strings keep theirs but lose their terminating NUL (only type_name()
// reads a str as a C string, and it copies an unterminated one).
struct Str : Object {
  static constexpr const char* gc_name = "py.str";
  int64_t hash = -1;
  int64_t size = 0;   // bytes
  int64_t chars = 0;  // code points
  bool ascii = true;
  bool interned = false;
  bool concat = false;  // made by str_concat: a concatenation of it starts a shared buffer
  bool shared = false;  // bytes in a StrBuf, whose Field follows the struct
  gc::Field<StrBuf>& buf() const {
    return *reinterpret_cast<gc::Field<StrBuf>*>(const_cast<Str*>(this + 1));
  }
  char* data() { return shared ? buf()->bytes() : reinterpret_cast<char*>(this + 1); }
  const char* data() const {
    return shared ? buf()->bytes() : reinterpret_cast<const char*>(this + 1);
  }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
  void gc_trace(gc::Tracer& t) const {
    t(type);
    if (shared) t(buf());
  }
  size_t gc_size() const {
    return sizeof(Str) + (shared ? sizeof(gc::Field<StrBuf>) : static_cast<size_t>(size) + 1);
  }
};

struct Tuple : Object {
  static constexpr const char* gc_name = "py.tuple";
  int64_t size = 0;
  int64_t hash = -1;
  VField* items() { return reinterpret_cast<VField*>(this + 1); }
  const VField* items() const { return reinterpret_cast<const VField*>(this + 1); }
  Value at(int64_t i) const { return items()[i]; }
  void gc_trace(gc::Tracer& t) const {
    t(type);
    for (int64_t i = 0; i < size; i++) items()[i].trace(t);
  }
  size_t gc_size() const { return sizeof(Tuple) + static_cast<size_t>(size) * sizeof(VField); }
};

struct List : Object {
  static constexpr const char* gc_name = "py.list";
  int64_t size = 0;
  gc::Field<ValueArray> store;
  gc::Field<Dict> attrs;  // instance attributes of user subclasses
  Value at(int64_t i) const { return store->items()[i]; }
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(store);
    t(attrs);
  }
};

// Insertion-ordered hash table (CPython's compact dict design): `entries` holds
// (hash, key, value) triples in insertion order, `index` maps hash slots to entry numbers.
struct DictEntries {
  static constexpr const char* gc_name = "py.dict.entries";
  int64_t cap = 0;
  struct Entry {
    int64_t hash;
    VField key;  // null: deleted
    VField value;
  };
  Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
  const Entry* entries() const { return reinterpret_cast<const Entry*>(this + 1); }
  void gc_trace(gc::Tracer& t) const {
    for (int64_t i = 0; i < cap; i++) {
      entries()[i].key.trace(t);
      entries()[i].value.trace(t);
    }
  }
  size_t gc_size() const { return sizeof(DictEntries) + static_cast<size_t>(cap) * sizeof(Entry); }
};
struct DictIndex {
  static constexpr const char* gc_name = "py.dict.index";
  int64_t cap = 0;  // power of two
  int32_t* slots() { return reinterpret_cast<int32_t*>(this + 1); }
  size_t gc_size() const { return sizeof(DictIndex) + static_cast<size_t>(cap) * 4; }
};

struct Dict : Object {
  static constexpr const char* gc_name = "py.dict";
  int64_t used = 0;  // live entries
  int64_t fill = 0;  // entries used (live + deleted)
  gc::Field<DictEntries> entries;
  gc::Field<DictIndex> index;
  uint64_t version = 0;
  gc::Field<Dict> attrs;  // instance attributes of user subclasses
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(entries);
    t(index);
    t(attrs);
  }
};

// set / frozenset: CPython's set table (open addressing, linear probes + perturbation), so that
// iteration order matches CPython's for equal hashes. key null + hash 0: unused; key null +
// hash -1: deleted.
struct SetTable {
  static constexpr const char* gc_name = "py.set.table";
  int64_t cap = 0;
  struct Entry {
    int64_t hash;
    VField key;
  };
  Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
  const Entry* entries() const { return reinterpret_cast<const Entry*>(this + 1); }
  void gc_trace(gc::Tracer& t) const {
    for (int64_t i = 0; i < cap; i++) entries()[i].key.trace(t);
  }
  size_t gc_size() const { return sizeof(SetTable) + static_cast<size_t>(cap) * sizeof(Entry); }
};

struct Set : Object {
  static constexpr const char* gc_name = "py.set";
  gc::Field<SetTable> table;
  int64_t fill = 0, used = 0, mask = 0, finger = 0;
  int64_t hash = -1;
  gc::Field<Dict> attrs;  // instance attributes of user subclasses
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(table);
    t(attrs);
  }
};

// A range whose start, stop, step and length all fit int64 keeps them in the int64 fields and
// has no `big`; any other range keeps them as Python ints in `big` (CPython's range is
// unbounded) and its int64 fields are unused. range.cpp's accessors read either.
struct Range : Object {
  static constexpr const char* gc_name = "py.range";
  int64_t start = 0, stop = 0, step = 1, length = 0;
  gc::Field<Tuple> big;  // (start, stop, step, length)
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(big);
  }
};

struct Slice : Object {
  static constexpr const char* gc_name = "py.slice";
  VField start, stop, step;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    start.trace(t);
    stop.trace(t);
    step.trace(t);
  }
};

struct Cell : Object {
  static constexpr const char* gc_name = "py.cell";
  VField value;  // null: empty
  void gc_trace(gc::Tracer& t) const {
    t(type);
    value.trace(t);
  }
};

struct Code;

struct Function : Object {
  static constexpr const char* gc_name = "py.function";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Code> code;
  gc::Field<Dict> globals;
  gc::Field<Tuple> defaults;
  gc::Field<Dict> kwdefaults;
  gc::Field<Tuple> closure;
  gc::Field<Str> name;
  gc::Field<Str> qualname;
  gc::Field<Dict> dict;
  VField doc;
  VField module;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(code);
    t(globals);
    t(defaults);
    t(kwdefaults);
    t(closure);
    t(name);
    t(qualname);
    t(dict);
    doc.trace(t);
    module.trace(t);
  }
};

// A function implemented in C++. `self` is the bound receiver for methods of built-in types
// (null for plain functions). Arguments: args[0..nargs) positional, then one value per name in
// kwnames (null tuple: no keywords).
using NativeFn = Value (*)(Value self, Value* args, int64_t nargs, Tuple* kwnames);

struct Builtin : Object {
  static constexpr const char* gc_name = "py.builtin";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  NativeFn fn = nullptr;
  gc::Field<Str> name;
  VField self;
  gc::Field<Type> owner;  // the type that defines it (methods), or null
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(name);
    self.trace(t);
    t(owner);
  }
};

struct Method : Object {
  static constexpr const char* gc_name = "py.method";
  VField func;
  VField self;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    func.trace(t);
    self.trace(t);
  }
};

// property, staticmethod, classmethod
struct Wrapper : Object {
  static constexpr const char* gc_name = "py.wrapper";
  VField a, b, c, d;  // property: fget fset fdel doc; others: a = function
  void gc_trace(gc::Tracer& t) const {
    t(type);
    a.trace(t);
    b.trace(t);
    c.trace(t);
    d.trace(t);
  }
};

struct Super : Object {
  static constexpr const char* gc_name = "py.super";
  gc::Field<Type> start;  // search after this class in the MRO
  VField self;
  gc::Field<Type> self_type;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(start);
    self.trace(t);
    t(self_type);
  }
};

// A hidden class: the names and order of an instance's attributes. Instances that got the same
// attributes in the same order share one, so an attribute is a slot number (objects/instance.cpp).
struct Map {
  static constexpr const char* gc_name = "py.map";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Type> owner;
  gc::Field<Map> parent;
  gc::Field<Str> name;     // the attribute this map adds to its parent, in slot count - 1
  gc::Field<Map> child;    // the first map made from this one by adding an attribute
  gc::Field<Map> sibling;  // the parent's next such map
  int64_t count = 0;
  void gc_trace(gc::Tracer& t) const {
    t(owner);
    t(parent);
    t(name);
    t(child);
    t(sibling);
  }
};

// Instances of user classes keep their attributes either map-backed (`map` set: values in the
// inline slots after the struct, then in `extra`) or in `dict` (map null; after `__dict__` was
// asked for, a deletion, or too many attributes). Exceptions and built-in instance types always
// use `dict` and have no inline slots.
struct Instance : Object {
  static constexpr const char* gc_name = "py.instance";
  gc::Field<Dict> dict;
  gc::Field<Map> map;
  gc::Field<ValueArray> extra;
  int64_t ninline = 0;
  VField* inline_slots() { return reinterpret_cast<VField*>(this + 1); }
  const VField* inline_slots() const { return reinterpret_cast<const VField*>(this + 1); }
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(dict);
    t(map);
    t(extra);
    for (int64_t i = 0; i < ninline; i++) inline_slots()[i].trace(t);
  }
};

struct Traceback {
  static constexpr const char* gc_name = "py.traceback";
  gc::Field<Traceback> next;
  gc::Field<Code> code;
  gc::Field<Dict> globals;  // the frame's module globals (tb_frame.f_globals); may be null
  int32_t instr = 0;
  void gc_trace(gc::Tracer& t) const {
    t(next);
    t(code);
    t(globals);
  }
};

struct Exception : Instance {
  static constexpr const char* gc_name = "py.exception";
  gc::Field<Tuple> args;
  gc::Field<Traceback> tb;
  VField cause, context;
  bool suppress_context = false;
  // Thrown into a generator (gen.throw) and not caught yet: CPython's throw does not chain it to
  // the exception being handled, so no frame it passes gives it a __context__.
  bool thrown_in = false;
  void gc_trace(gc::Tracer& t) const {
    Instance::gc_trace(t);
    t(args);
    t(tb);
    cause.trace(t);
    context.trace(t);
  }
};

struct PyModule : Object {
  static constexpr const char* gc_name = "py.module";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Dict> dict;
  gc::Field<Str> name;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(dict);
    t(name);
  }
};

// Built-in iterators (list/tuple/str/range/dict views, enumerate, zip, map, filter, reversed,
// callable-sentinel ...): one struct, `kind` says which.
struct Iter : Object {
  static constexpr const char* gc_name = "py.iter";
  int kind = 0;
  int64_t index = 0, end = 0, step = 0;
  VField a, b, c;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    a.trace(t);
    b.trace(t);
    c.trace(t);
  }
};

}  // namespace weft::python
