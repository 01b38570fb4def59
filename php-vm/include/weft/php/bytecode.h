// weft-php bytecode: a register machine. Each function's Code has `nregs` registers: the
// compiled variables ($x, the first `nlocals`), then temporaries. An operand is a register
// (>= 0) or a constant (~k, i.e. -1 - k into Code::consts); kNone means "absent".
//
// Contract: constants are scalars or immortal strings (intern()), so Code needs no GC roots.
// Instructions are 16 bytes; Code::lines[pc] is the source line of instruction pc.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "weft/php/value.h"

namespace weft::php {

struct Function;
struct Class;

inline constexpr int32_t kNone = INT32_MIN;
inline constexpr int32_t const_operand(uint32_t k) { return -1 - int32_t(k); }

#define WEFT_PHP_OPS(X)                                                                           \
  X(Nop)                                                                                          \
  X(Mov)                                                                                          \
  X(Assign)                                                                                       \
  X(AssignRef)                                                                                    \
  X(MakeRefCv)                                                                                    \
  X(MakeRefLv)                                                                                    \
  X(UnsetCv)                                                                                      \
  X(IssetCv)                                                                                      \
  X(Add)                                                                                          \
  X(Sub)                                                                                          \
  X(Mul)                                                                                          \
  X(Div)                                                                                          \
  X(Mod)                                                                                          \
  X(Pow)                                                                                          \
  X(Concat)                                                                                       \
  X(Shl)                                                                                          \
  X(Shr)                                                                                          \
  X(BitAnd)                                                                                       \
  X(BitOr) X(BitXor) X(Eq) X(Ne) X(Identical) X(NotIdentical) X(Lt) X(Le) X(Spaceship) X(Not)     \
      X(BitNot) X(Neg) X(Plus) X(ToBool) X(Cast) X(IncDecCv) X(IncDecLv) X(CompoundLv)            \
          X(CompoundCv) X(ConcatAssign) X(Jmp) X(JmpZ) X(JmpNz) X(JmpNotNull) X(Echo) X(NewArray) \
              X(ArrayAppend) X(ArraySet) X(ArraySpread) X(FetchDim) X(FetchProp)                  \
                  X(FetchStaticProp) X(FetchClassConst) X(FetchConst) X(LvCv) X(LvDim) X(LvProp)  \
                      X(LvStaticProp) X(AssignDim) X(AssignLv) X(AssignProp) X(UnsetDim)          \
                          X(UnsetProp) X(IssetVal) X(Call) X(CallMethod) X(CallStatic) X(New)     \
                              X(Return) X(MakeClosure) X(DeclareFunc) X(DeclareClass)             \
                                  X(BindGlobal) X(BindStatic) X(Instanceof) X(Throw) X(Catch)     \
                                      X(Rethrow) X(FeReset) X(FeFetch) X(FeKey) X(Clone) X(Exit)  \
                                          X(RecvDefault) X(MatchError) X(Silence) X(Yield)        \
                                              X(YieldFrom) X(This) X(FuncGetArgs) X(ClassName)    \
                                                  X(Print) X(ThrowError) X(CheckAbstract)         \
                                                      X(Include) X(JmpCmp) X(VarVar) X(IncCv)     \
                                                          X(DecCv) X(JmpLt) X(JmpLe) X(JmpEq)     \
                                                              X(IncJmp) X(VerifyReturn) X(Strlen) X(Count) X(Ord) X(IsType)

enum class Op : uint8_t {
#define WEFT_PHP_OP_ENUM(o) o,
  WEFT_PHP_OPS(WEFT_PHP_OP_ENUM)
#undef WEFT_PHP_OP_ENUM
};
const char* op_name(Op op);
// The operand of a branching instruction that holds its target (an instruction index): 'a'
// (Jmp, the compare-and-branch forms, IncJmp), 'b' (JmpZ/JmpNz/JmpNotNull, FeFetch at the end,
// RecvDefault when the argument was passed), 'c' (Catch to the next handler, BindStatic when
// already bound), or 0 for the others.
char jump_target_operand(Op op);

// Register operands as the interpreter reads them: byte offsets from the frame's register base
// (register x at x * sizeof(Value), the constant ~k at a negative offset; kNone stays kNone), so
// a handler reaches an operand through one addressing mode instead of scaling an index first
// (x86 scales by at most 8). The compiler works with register numbers; a Code is converted once,
// before its first frame (VM::place_consts -> scale_register_operands). Readers of a running
// Code's operands outside the interpreter (drops.cpp, iteration.cpp) use reg_index().
inline constexpr int32_t reg_offset(int32_t x) {
  return x == kNone ? kNone : int32_t(uint32_t(x) * uint32_t(sizeof(Value)));
}
inline constexpr int32_t reg_index(int32_t offset) {
  return offset == kNone ? kNone : offset / int32_t(sizeof(Value));
}
// Which operands of op are registers or constants (bit 0: a, bit 1: b, bit 2: c); the others
// are jump targets, table indices or absent.
uint8_t register_operands(Op op);

struct Instr {
  Op op;
  uint8_t x = 0;   // small immediate (flags, operator)
  uint16_t y = 0;  // small immediate (cache slot)
  int32_t a = kNone, b = kNone, c = kNone;
};
static_assert(sizeof(Instr) == 16);
// Jump targets (jump_target_operand()) likewise become byte offsets from their own instruction,
// so a taken branch is I plus the operand, without the code's base or a scaled index.
inline constexpr int32_t jump_offset(int32_t target, size_t pc) {
  return int32_t((int64_t(target) - int64_t(pc)) * int64_t(sizeof(Instr)));
}

// Compare and branch (the compiler fuses a comparison with the conditional jump that reads it):
// JmpLt/JmpLe/JmpEq a=target, b, c: jump when (b < c) != y (y=1: jump when false). x is the
// comparison (Lt, Le, Eq or Identical; JmpEq with y flipped is Ne or NotIdentical), which
// JmpCmp, their generic path for operands other than two ints or two floats, evaluates.
// IncJmp a=target, b=variable, c, x=Lt or Le: a for loop's `$i++` and its test `$i < c` on two
// ints; the two instructions it fuses (IncCv, JmpLt/JmpLe with y=0) follow it as its slow path.

// Strlen/Count/Ord/IsType a, b, c: a call `Call a, b` of php's special-cased built-ins strlen,
// count (sizeof), ord and is_array/is_string/is_int/is_float/is_bool/is_null/is_object/
// is_scalar, named without namespace ambiguity with one plain argument, c (a copy of the call
// site's argument operand). For an argument of the type the built-in expects (any defined value
// for IsType, whose y holds the tags answering true) the instruction is the answer; anything
// else runs the call site b as Call does (warnings, errors, Countable objects).
// The instructions that run a call site (Code::calls[b]) and leave its result in a.
inline bool is_call_instruction(Op op) {
  switch (op) {
    case Op::Call:
    case Op::CallMethod:
    case Op::CallStatic:
    case Op::New:
    case Op::Strlen:
    case Op::Count:
    case Op::Ord:
    case Op::IsType:
      return true;
    default:
      return false;
  }
}

// VerifyReturn a, b, x, y: the function's declared return type (Function::return_spec) checks
// b's value (x=1: the implicit return at the end of the body, "none returned") and a receives
// it, converted as coercive mode converts (x=2: b is the reference a `function &f()` returns,
// whose variable is converted in place, as php does); y holds the type's bits a value's tag satisfies
// (type_check.h), the check without a call. Emitted only for functions whose return type is
// checked.

// FetchDim/FetchProp: Instr::x's bits 0-1 are the quiet mode; with this bit the destination a
// is a compiled variable and the fetched value is stored as `Assign a, <value>` would store it
// (the compiler fuses `$v = $a[k]` and `$v = $o->p`, no temporary and no second dispatch).
inline constexpr uint8_t kFetchToCv = 4;
// FetchProp: the object operand b is the temporary result of a call or `new` (`f()->p`), which
// php frees once the property is read: a destructor it was the last holder for runs then.
inline constexpr uint8_t kFetchFreesObject = 8;

// An AssignProp cache's word: the slot number in the low bits (kSlotIndexMask), and flags.
// kReadonlySlot: a readonly property: the cached store applies only while the slot is
// uninitialized (the constructor's first assignment); a second one takes assign_prop()'s path,
// which throws php's Error. kTypedSlot: a typed property: the cached store applies only to a
// value whose tag is one of the tags (bit 1 << tag) in the bits from kPassTagShift up, which
// the type takes as they are, and only when the slot holds no reference; other values take
// assign_prop()'s path, which converts or throws php's TypeError (typed_props.h).
inline constexpr uint32_t kReadonlySlot = 0x80000000u;
inline constexpr uint32_t kTypedSlot = 0x40000000u;
inline constexpr uint32_t kSlotCheckBits = kReadonlySlot | kTypedSlot;
inline constexpr uint32_t kPassTagShift = 20;  // tags Null..Obj (1..9): bits 21-29
inline constexpr uint32_t kSlotIndexMask = (1u << kPassTagShift) - 1;
// Whether a cached store of v into slot may skip assign_prop(), for a word with check bits.
inline bool cached_store_allowed(uint32_t word, const Value& slot, const Value& v) {
  if ((word & kReadonlySlot) && slot.tag != Tag::Undef) return false;
  return !(word & kTypedSlot) ||
         (((word >> kPassTagShift) >> uint8_t(v.tag)) & 1 && slot.tag != Tag::Ref);
}
// LvProp: Instr::x's bits 0-1 are the chain's mode (LvDim's); this bit marks the last step of
// `$o->p op= v` and `$o->p++`/`--`, whose new value a typed property checks.
inline constexpr uint8_t kLvPropRmw = 8;
// What else follows the last LvProp/LvStaticProp of a chain, which a typed property checks
// (access.cpp, typed_lv): an element write into the array it holds (AssignDim, LvDim), a
// reference made of it (MakeRefLv), a reference bound to it (AssignLv with x=2), a plain store
// (AssignLv: static properties).
inline constexpr uint8_t kLvPropDim = 4;
inline constexpr uint8_t kLvPropRef = 16;
inline constexpr uint8_t kLvPropBind = 32;
inline constexpr uint8_t kLvPropStore = 64;
inline constexpr uint8_t kLvPropTyped = kLvPropRmw | kLvPropRef | kLvPropBind | kLvPropStore;
// An LvProp site caches a typed property's slot under its class pointer with this low bit set,
// so the interpreter's fast path (an exact class match) misses and lv_prop() checks the writes.
inline Class* typed_lv_key(Class* c) {
  return reinterpret_cast<Class*>(reinterpret_cast<uintptr_t>(c) | 1);
}
// The slot word such a cache holds: the slot number (kSlotIndexMask), with kLvIntSlot when the
// property is not readonly and its type takes every int as it is, so an in-place `++`/`--` or
// `+=`/`-=` of an int that stays an int needs no check (the interpreter does it inline).
inline constexpr uint32_t kLvIntSlot = kTypedSlot;

// A property site's inline cache (FetchProp, LvProp, AssignProp): the slot of its property in
// objects of up to kWays classes, the last one hit in way 0. The interpreter's fast paths test
// way 0 alone; their slow paths (access.cpp) try the other ways before looking the name up, so
// a site that sees a few classes (an inherited property read through subclasses' objects)
// skips the lookup. Instanceof keeps the class its constant name names in way 0.
struct PropCache {
  static constexpr int kWays = 4;
  Class* cls[kWays] = {};
  uint32_t slot[kWays] = {};

  // The slot cached for c, moved to way 0; false if c is in no way.
  bool hit(const Class* c, uint32_t* s) {
    for (int k = 0; k < kWays; ++k) {
      if (cls[k] == c) {
        *s = slot[k];
        promote(k);
        return true;
      }
    }
    return false;
  }
  // Caches c's slot s in way 0 (the least recently hit way goes if c was in none).
  void insert(Class* c, uint32_t s) {
    int k = 0;
    while (k < kWays - 1 && cls[k] != c) ++k;
    promote(k);
    cls[0] = c;
    slot[0] = s;
  }

 private:
  void promote(int k) {
    Class* c = cls[k];
    uint32_t s = slot[k];
    for (; k > 0; --k) {
      cls[k] = cls[k - 1];
      slot[k] = slot[k - 1];
    }
    cls[0] = c;
    slot[0] = s;
  }
};

// Cast kinds (Instr::x of Cast).
enum CastKind : uint8_t {
  CastInt,
  CastFloat,
  CastString,
  CastBool,
  CastArray,
  CastObject,
  CastNull
};

// How an argument is passed (CallInfo::kinds).
enum ArgKind : uint8_t {
  ArgValue,   // operand holds the value
  ArgCv,      // operand is a compiled variable: by value or by reference, as the callee wants
  ArgRef,     // operand holds a Ref made by the caller (known by-ref parameter)
  ArgSpread,  // operand holds an array (or Traversable) to unpack
  ArgResult,  // operand holds a call's result (php's notice if passed to a by-ref parameter)
  ArgConst,   // operand holds a constant's value (an Error if passed to a by-ref parameter)
};

// Read on every call through Code::calls[index]: the small fields share one word, so the
// struct stays 248 bytes (the index is scaled by a shift and one lea).
struct CallInfo {
  enum Kind : uint8_t { Named, Dynamic, Method, Static, NewObj } kind = Named;
  bool nullsafe = false;
  // an expression statement's last call: its result goes at once (drops.cpp frees it then)
  bool discard = false;
  bool simple_coerce = false;  // see `simple` below
  int32_t callee = kNone;      // Dynamic: the callable operand
  String* name = nullptr;      // function/method name as written (Named: lower-cased lookup)
  String* lname = nullptr;     // lower-cased
  String* fallback = nullptr;  // namespaced call: the global name to fall back to
  String* cls = nullptr;       // Static/NewObj with a literal class name (or self/parent/static)
  std::vector<int32_t> args;
  std::vector<uint8_t> kinds;
  std::vector<String*> names;  // named arguments: the last names.size() args
  Function* cached = nullptr;  // Named: resolved function
  // CallMethod: the method found for objects of class cached_cls; CallStatic: the class and
  // method a literal class name gives; NewObj: the class. A private or protected method found
  // from calling scope cached_scope applies only there (trait copies share their code).
  Class* cached_cls = nullptr;
  Function* cached_method = nullptr;
  Class* cached_scope = nullptr;
  // CallMethod: the methods found for other classes at a site that sees several, tried when
  // cached_cls is not the object's class (a hit becomes cached_cls/cached_method).
  struct MethodFound {
    Class* cls = nullptr;
    Function* fn = nullptr;
    Class* scope = nullptr;
  };
  MethodFound more_methods[3];
  // The last callee this site called the simple way (calls.cpp: call_simple), so the checks
  // of the site's argument kinds against its parameters run once; simple_coerce: some
  // argument has a declared scalar, array or class type to check.
  Function* simple = nullptr;
  // A Named site's cached user function when it is also `simple`: the interpreter's Call runs
  // it in its loop after this one test (set and cleared with `simple`).
  Function* loop_fn = nullptr;
  // A Named site's cached built-in when it is also `simple` (call_native's conditions): the
  // interpreter's Call tests only this (set and cleared with `simple`).
  Function* native_fn = nullptr;
  uint32_t simple_argc = 0;  // args.size(), set with simple
};
static_assert(sizeof(CallInfo) == 248);

struct TryRange {
  uint32_t start, end, handler;
};

struct Code {
  std::vector<Instr> ins;
  std::vector<uint32_t> lines;
  // live_regs[pc]: the registers that may hold a value in use while instruction pc runs (the
  // variables and the temporaries allocated when it was compiled); the ones above are stale.
  // The early destructors (drops.cpp) read a running frame's registers only up to it.
  std::vector<uint32_t> live_regs;
  std::vector<Value> consts;
  // consts reversed (filled by VM::new_frame() for the first frame): each frame holds a copy
  // just below its registers, so operand x < 0 is regs[x] as a register is (Frame::nconsts).
  std::vector<Value> consts_rev;
  // Filled with consts_rev (0 until then), read on every call: a frame's size in bytes (header,
  // constants, registers) and its number of constants.
  uint32_t frame_bytes = 0;
  uint32_t frame_nconsts = 0;
  // ins' register operands are byte offsets (reg_offset(); set with frame_bytes)
  bool operands_scaled = false;
  std::vector<std::string> local_names;  // the first nlocals registers
  std::vector<CallInfo> calls;
  std::vector<TryRange> handlers;    // innermost first
  std::vector<Function*> functions;  // closures and nested declarations
  std::vector<Class*> classes;
  std::vector<PropCache> prop_cache;  // FetchProp/LvProp/AssignProp/Instanceof inline caches
  uint32_t nlocals = 0;
  uint32_t nregs = 0;
  int32_t this_slot = -1;
  uint32_t decl_line = 0;  // line of the declaration (errors raised while binding arguments)
  std::string file;
  bool strict_types = false;  // calls made from this code check scalar types strictly
  int32_t find_local(std::string_view name) const {
    for (size_t i = 0; i < local_names.size(); ++i)
      if (local_names[i] == name) return int32_t(i);
    return -1;
  }
};

// Converts code's register operands (reg_offset()) and jump targets (jump_offset()) to byte
// offsets, once.
void scale_register_operands(Code& code);

// While dumping is on (set_code_dump(), `weft-php --dump-bytecode`; or WEFT_PHP_DUMP set in the
// environment): prints `code` to stderr, one instruction a line with its operands (registers rN,
// constants by value), for interpreter authors reading what the compiler emits.
void dump_code(const std::string& name, const Code& code);
// Turns dump_code() on or off; returns the previous setting (the prelude's code is not dumped).
bool set_code_dump(bool on);

}  // namespace weft::php
