// The object model: functions (user or native), classes, objects and closures.
//
// Contract:
// - Function and Class are created by the compiler/VM (malloc'd, immortal for the run); the
//   Values they own (property defaults, static properties, constants, static variables) live in
//   rooted GC arrays (Class::gcdata, Function::statics), so the collector sees them.
// - An Object has one slot per declared property (Class::props, inherited first) followed by
//   dynamic properties in `dyn`. A slot that is Undef was unset (or is an uninitialized typed
//   property).
// - Method tables are flattened at link time: Class::methods holds inherited methods too.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "weft/gc/roots.h"
#include "weft/php/array.h"
#include "weft/php/ast.h"
#include "weft/php/bytecode.h"
#include "weft/php/value.h"

namespace weft::php {

struct VM;
struct Object;
struct Frame;

// A native function: args[0..argc) are the arguments (Refs for by-reference parameters).
// Returns false with vm.exception set when it throws.
using Native = bool (*)(VM& vm, Value* args, uint32_t argc, Value* ret, Object* this_);

// What a call checks of an argument: the scalar types (coerced), `array`, one class or
// interface (instanceof), any other declared type through its TypeSpec (HintSpec: unions,
// intersections, iterable, callable, ...), or nothing (HintNone, HintOther: mixed, a trait's
// self).
enum TypeHint : uint8_t {
  HintNone,
  HintInt,
  HintFloat,
  HintString,
  HintBool,
  HintOther,
  HintArray,
  HintClass,
  HintSpec
};

struct TypeSpec;  // type_check.h

// A declaration's attribute as written: its class name resolved, its arguments as PHP source
// ("(1, flags: 2)"; "" without parentheses), evaluated by Reflection, and its line.
struct AttrDecl {
  std::string name;
  std::string args;
  uint32_t line = 0;
};
using AttrList = std::vector<AttrDecl>;

struct Param {
  String* name = nullptr;
  bool by_ref = false;
  bool variadic = false;
  bool has_default = false;
  bool nullable = false;
  TypeHint hint = HintNone;
  // the tags (bit 1 << Tag) an argument of which passes the type as it is, objects aside (they
  // pass when their class is `accepted`): the common check without a switch
  uint16_t pass_tags = 0xFFFF;
  int8_t promote = 0;            // constructor promotion: visibility flags, 0 = none
  String* class_name = nullptr;  // HintClass: the resolved name
  Class* accepted = nullptr;     // HintClass: the last class found to satisfy it (a cache)
  Class* named = nullptr;        // HintClass: the class class_name names, once declared (a cache)
  std::string type_text;         // the declared type as php prints it ("" if none)
  std::shared_ptr<const TypeSpec> spec;  // HintSpec: the declared type
  std::string default_text;              // the default as php prints it in a declaration
  std::string default_source;       // the default as PHP source ("" if not rendered; Reflection)
  const AttrList* attrs = nullptr;  // #[...] (null: none); never freed, as functions are not
};

enum FuncFlags : uint32_t {
  FnStatic = 1,
  FnAbstract = 2,
  FnPrivate = 4,
  FnProtected = 8,
  FnByRefReturn = 16,
  FnClosure = 32,
  FnGenerator = 64,
  FnArrow = 128,
  FnVariadic = 256,
  FnFinal = 512,
};

struct Function {
  std::string name;  // as declared ("f", "A::m" is built from scope + name)
  std::string lname;
  Code* code = nullptr;     // user function
  Native native = nullptr;  // built-in
  std::vector<Param> params;
  uint32_t required = 0;  // parameters before the first optional one
  uint32_t flags = 0;
  Class* scope = nullptr;  // declaring class (for self::, private access)
  int32_t line = 0;
  std::vector<std::pair<std::string, bool>> uses;  // closure use(): name, by-ref
  std::vector<int32_t> use_slots;                  // registers the uses are bound to
  gc::Root<Array> statics;                         // static variables (Refs), lazily made
  std::string return_type;          // as declared ("" if none), for signatures in messages
  const AttrList* attrs = nullptr;  // #[...] (null: none)
  // the return type VerifyReturn checks (null when nothing is checked: none, mixed, void,
  // generators, by-reference returns)
  std::shared_ptr<const TypeSpec> return_spec;
  uint64_t byref_mask = 0;  // native: bit i set when parameter i is by reference (63: rest)

  bool param_by_ref(uint32_t i) const {
    if (native) return (byref_mask >> (i < 63 ? i : 63)) & 1;
    if (i < params.size()) return params[i].by_ref;
    return !params.empty() && params.back().variadic && params.back().by_ref;
  }
  bool is_static() const { return flags & FnStatic; }
};

enum ClassFlags : uint32_t {
  ClsAbstract = 1,
  ClsInterface = 2,
  ClsTrait = 4,
  ClsFinal = 8,
  ClsThrowable = 16,
  ClsEnum = 32,
  ClsAllowDynamic = 64,  // #[AllowDynamicProperties] (inherited)
};

struct PropInfo {
  String* name;
  uint32_t flags;  // ModPublic/ModProtected/ModPrivate/ModStatic/ModReadonly
  Class* declared;
  bool typed = false;
  // the declared type (null: untyped); stores are checked against it (typed_props.h)
  std::shared_ptr<const TypeSpec> type;
};

// Properties named "__weft..." hold the state of weft-php's own classes written in PHP (the
// Reflection objects' descriptions): php's built-in classes show no such state, so var_dump,
// print_r, var_export and (array) skip them. Declared private, nothing else sees them.
bool is_hidden_prop(const PropInfo& pi);

// php names an anonymous class "class@anonymous" NUL "FILE:LINE$N" ("Parent@anonymous...",
// "Interface@anonymous..." when it extends or implements one): get_class() and ::class give all
// of it, while messages, dumps and traces print it as a C string, up to the NUL.
inline std::string_view shown_name(const std::string& name) { return name.c_str(); }
// msg without the NUL-started tail of each anonymous class name in it (php's formatting of a
// message stops each name there).
std::string without_anonymous_tails(std::string_view msg);

struct Class {
  std::string name;
  std::string lname;
  Class* parent = nullptr;
  std::vector<Class*> interfaces;  // all, transitively
  uint32_t flags = 0;
  std::unordered_map<std::string, Function*> methods;  // lower-cased names, inherited included
  std::vector<PropInfo> props;                         // instance slots
  // Property name -> slot. A private property redeclared by a subclass keeps its own slot,
  // found under php's mangled name "\0Declaring\0name" by the declaring class's code
  // (shadows_private says that some entry is such a name; find_prop in access.cpp).
  std::unordered_map<std::string, uint32_t> prop_index;
  bool shadows_private = false;
  std::unordered_map<std::string, uint32_t> static_index;  // into gcdata[1]
  std::vector<PropInfo> static_props;
  std::unordered_map<std::string, uint32_t> const_index;  // into gcdata[2]
  std::vector<Class*> const_owner;
  std::vector<uint32_t> const_flags;  // ModPrivate/ModProtected (public if missing)
  Function* ctor = nullptr;
  Function* m_tostring = nullptr;
  Function* m_get = nullptr;
  Function* m_set = nullptr;
  Function* m_isset = nullptr;
  Function* m_unset = nullptr;
  Function* m_call = nullptr;
  Function* m_callstatic = nullptr;
  Function* m_invoke = nullptr;
  Function* m_destruct = nullptr;
  // [0]: property defaults (one per slot), [1]: static properties (Refs), [2]: constants.
  gc::Root<Array> gcdata;
  // Unevaluated constant and default expressions: compiled thunks run on first use.
  std::vector<Function*> const_thunks;  // parallel to constants (null when already a value)
  // What a constant's slot holds until its thunk ran (Undef would read as a deleted element).
  static Value unevaluated_const() {
    Value v;
    v.tag = Tag::Ptr;
    v.ptr = nullptr;
    return v;
  }
  Function* static_init = nullptr;  // fills defaults and statics (run at link time)
  // Property defaults and static properties whose initializer is not a literal are evaluated
  // at the class's first use (`new`, a static property), after its parent's, as php does;
  // until then their slots hold null. VM::init_class runs them.
  struct PendingInit {
    Function* thunk;
    Class* scope;  // the declaring class (self::, static::)
    uint32_t slot;
    bool is_static;
  };
  std::vector<PendingInit> pending_inits;
  bool needs_init = false;
  bool linked = false;
  std::vector<std::string> enum_cases;  // enums: case names in declaration order
  TypeHint enum_backing = HintNone;     // backed enums: HintInt or HintString
  void* decl = nullptr;                 // compiler's ClassDecl (for linking)
  bool is_subclass_of(const Class* other) const;
  Function* find_method(std::string_view lname) const {
    auto it = methods.find(std::string(lname));
    return it == methods.end() ? nullptr : it->second;
  }
  // gcdata is a packed array of exactly these three entries
  Array* defaults() const { return gcdata->buckets()[0].v.a; }
  Array* statics() const { return gcdata->buckets()[1].v.a; }
  Array* consts() const { return gcdata->buckets()[2].v.a; }
};

struct ClosureData;

// What an object carries after its slots: a Closure object its ClosureData, a Generator object
// its suspended frame, others nothing (so every other object is 16 bytes smaller than with two
// fields for them). Which one is in the low header bits the collector leaves to the type.
enum class ObjectExt : uint8_t { None, Closure, Generator };
inline constexpr uint64_t kExtClosureBit = 4;
inline constexpr uint64_t kExtGeneratorBit = 8;

struct Object {
  static constexpr const char* gc_name = "php-object";
  Class* cls;
  uint32_t id;
  uint32_t nslots;
  gc::Field<Array> dyn;  // dynamic properties, or null
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  const Value* slots() const { return reinterpret_cast<const Value*>(this + 1); }

  ObjectExt ext_kind() const {
    uint64_t h = gc::header_of(this);
    return h & kExtClosureBit     ? ObjectExt::Closure
           : h & kExtGeneratorBit ? ObjectExt::Generator
                                  : ObjectExt::None;
  }
  // Null unless the object is a Closure (a Generator) made with that ObjectExt.
  ClosureData* closure() const {
    return gc::header_of(this) & kExtClosureBit ? static_cast<ClosureData*>(ext()) : nullptr;
  }
  Frame* gen() const {
    return gc::header_of(this) & kExtGeneratorBit ? static_cast<Frame*>(ext()) : nullptr;
  }
  // Only for objects made with the matching ObjectExt (VM::new_object).
  void set_closure(ClosureData* cd) { set_ext(cd); }
  void set_gen(Frame* f) { set_ext(f); }

  static size_t ext_bytes(ObjectExt e) { return e == ObjectExt::None ? 0 : sizeof(void*); }
  size_t gc_size() const { return sizeof(Object) + nslots * sizeof(Value) + ext_bytes(ext_kind()); }
  void gc_trace(gc::Tracer& t) const;

 private:
  void* const& ext_slot() const { return *reinterpret_cast<void* const*>(slots() + nslots); }
  void* ext() const { return ext_slot(); }
  void set_ext(void* p) {
    void*& slot = const_cast<void*&>(ext_slot());
    slot = p;
    gc::write_barrier(&slot);
  }
};

// An object whose destructor ran (or was refused) carries this bit in the low header bits the
// collector leaves to the type, so no path runs it twice (drops.cpp, destruct.cpp).
inline constexpr uint64_t kDestructedBit = 2;
inline bool is_destructed(const Object* o) { return gc::header_of(o) & kDestructedBit; }
inline void mark_destructed(Object* o) { gc::header_of(o) |= kDestructedBit; }
// A WeakReference or a WeakMap key names the object (weak_refs.cpp).
inline constexpr uint64_t kWeaklyHeldBit = 16;
inline bool is_weakly_held(const Object* o) { return gc::header_of(o) & kWeaklyHeldBit; }
// The object's number went back to VM::free_object_ids (php freed the object).
inline constexpr uint64_t kIdReleasedBit = 32;

struct ClosureData {
  static constexpr const char* gc_name = "php-closure";
  Function* fn;
  Class* scope;
  Class* called;
  Value this_;
  uint32_t nuses;
  Value* uses() { return reinterpret_cast<Value*>(this + 1); }
  const Value* uses() const { return reinterpret_cast<const Value*>(this + 1); }
  size_t gc_size() const { return sizeof(ClosureData) + nuses * sizeof(Value); }
  void gc_trace(gc::Tracer& t) const {
    trace_value(t, this_);
    for (uint32_t i = 0; i < nuses; ++i) trace_value(t, uses()[i]);
  }
};

// Iterator state of foreach (interpreter-internal, held in a temporary register).
struct Iter {
  static constexpr const char* gc_name = "php-iter";
  Value subject;            // the array (by value) or the object
  Value key;                // objects: the key of the current step
  Value* target = nullptr;  // by-reference foreach: the variable holding the array
  uint32_t pos = 0;
  bool by_ref = false;
  bool started = false;
  bool key_pending = false;  // Iterator objects: key() not called yet for this step
  // A plain object: its visible properties, read live (declared slots, then the dynamic ones
  // from pos - nslots); scope is the class whose code runs the loop.
  bool props = false;
  Class* scope = nullptr;
  void gc_trace(gc::Tracer& t) const {
    trace_value(t, subject);
    trace_value(t, key);
  }
};

}  // namespace weft::php
