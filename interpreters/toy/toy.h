// weft-toy: a small dynamic language (interpreters/toy/README.md) whose interpreter is written
// for the meta-tracing JIT: boxed numbers on the weft::gc heap, objects whose fields are laid
// out by shared maps (hidden classes), a quasi-immutable function table.
//
// Values are pointers to GC objects (null is nil). Every value starts with its kind, so a type
// test is one load and compare (a guard in a trace).
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "weft/gc/heap.h"
#include "weft/jit/hints.h"

namespace toy {

enum Kind : uint32_t { kInt = 1, kFloat = 2, kStr = 3, kObject = 4 };

struct Value {
  uint32_t kind;
};

struct IntBox : Value {
  int64_t value;
  static constexpr const char* gc_name = "toy.Int";
};

struct FloatBox : Value {
  double value;
  static constexpr const char* gc_name = "toy.Float";
};

// The characters of strings, shared by the strings that are prefixes of them. Bytes below
// `used` never change; appending writes above it. So a string that ends at `used` (the last
// one built on the buffer) can be extended in place by `+`, and building a string by repeated
// concatenation copies each piece once, not the whole string each time.
struct StrBuf {
  int64_t capacity;
  int64_t used;
  char chars[8];  // `capacity` bytes (the object is allocated as long as needed)
  static constexpr const char* gc_name = "toy.StrBuf";
  size_t gc_size() const { return offsetof(StrBuf, chars) + size_t(capacity); }
};

// Immutable strings: the first `length` bytes of a buffer.
struct Str : Value {
  int64_t length;
  weft::gc::Field<StrBuf> buf;
  static constexpr const char* gc_name = "toy.Str";
  const char* chars() const { return buf->chars; }
  void gc_trace(weft::gc::Tracer& t) const { t(buf); }
};

// A layout descriptor shared by all objects that got the same fields in the same order. Maps
// are never freed and never change after creation (only their transition table grows), so a
// lookup of a name in a promoted map is elidable.
struct Map {
  std::vector<int64_t> names;           // field symbols, in slot order
  std::map<int64_t, Map*> transitions;  // adding a field -> the next map
};
extern Map g_empty_map;  // the map of objects without fields

constexpr int kMaxFields = 8;

struct Object : Value {
  Map* map;
  weft::gc::Field<Value> slots[kMaxFields];
  static constexpr const char* gc_name = "toy.Object";
  void gc_trace(weft::gc::Tracer& t) const {
    for (const auto& s : slots) t(s);
  }
};

// The bytecode (one int32 per opcode or operand).
enum Op : int32_t {
  kConst,  // k: push consts[k]
  kNil,    // push nil
  kLoad,   // i: push local i
  kStore,  // i: pop into local i
  kPop,
  kDup,
  kAdd,
  kSub,
  kMul,
  kDiv,  // integers: floor division
  kMod,  // integers: sign of the divisor
  kLt,
  kLe,
  kGt,
  kGe,
  kEq,
  kNe,
  kNeg,
  kNot,
  kJump,         // t
  kJumpIfFalse,  // t: pops the condition
  kLoop,         // t: backward jump (where the JIT enters)
  kCall,         // f, argc: calls function table entry f
  kReturn,       // returns the top of the stack
  kNewObject,    // push a new empty object
  kGetField,     // sym: replaces the object on top with its field
  kSetField,     // sym: pops value and object
  kPrint,        // pops and prints
  kDefine,       // f, c: function table entry f = children[c]
};

// A compiled function. The JIT reads the first fields (immutable: folded in traces).
struct Code {
  const int32_t* ops = nullptr;
  Value* const* consts = nullptr;
  const Code* const* children = nullptr;  // functions defined in this code (kDefine)
  int64_t nlocals = 0;                    // parameters first
  int64_t frame_size = 0;                 // locals + the deepest operand stack
  int64_t nparams = 0;
  // Native only.
  std::string name;
  std::vector<int32_t> op_storage, lines;  // lines[pc]: source line of the instruction
  std::vector<Value*> const_storage;
  std::vector<const Code*> child_storage;
};

// The function table: entry f holds the code `fn NAME` last defined for the name with index f.
// Quasi-immutable: traces read it as a constant; redefining a function invalidates them.
constexpr int kMaxFunctions = 1024;
extern weft::jit::QuasiImmutable<const Code*> g_functions[kMaxFunctions];

struct Program {
  std::vector<std::unique_ptr<Code>> codes;  // codes[0] is the main program
  std::vector<std::string> function_names;   // by function table index
};

// Parses and compiles `source`; on error returns false with "LINE: message".
bool compile(std::string_view source, Program& out, std::string* error);

// The value stack: every function's frame (locals, then operands) in one array, the caller's
// below the callee's. A GC root range up to g_stack_top (set up by init_stack()). Calls push
// frames in the interpreter loop itself, so that traces can inline them.
constexpr int64_t kStackSlots = int64_t{1} << 20;
constexpr int64_t kMaxCallDepth = 10000;
// An activation's frame: its window of the value stack, locals then operands (the code's
// frame_size slots; the bound is the whole stack's). Never allocated: frame_at() views the
// stack's slots from a call's first one as one.
struct Frame {
  Value* slots[kStackSlots];
};
inline Frame* frame_at(Value** first_slot) { return reinterpret_cast<Frame*>(first_slot); }
extern "C" {
extern Value** g_stack_top;
// Static, so that its end is a constant of every trace (its pages are the OS's zero pages
// until used).
extern Value* g_stack[kStackSlots];
extern int64_t g_call_depth;
}
void init_stack();

// Symbols: field names as small integers.
int64_t intern(std::string_view name);
const std::string& symbol_name(int64_t sym);

// GC type ids of the value kinds (set by init_types()).
struct TypeIds {
  uint32_t int_box, float_box, str, str_buf, object;
};
extern TypeIds g_types;
void init_types();

Value* new_str(std::string_view s);

// Runtime errors raised by traced code (by number: a string literal has no symbol the JIT could
// refer to).
enum Error : int32_t {
  kOutOfMemory,
  kDivByZero,
  kModByZero,
  kBadOperands,
  kFloatMod,
  kNotObject,
  kBadNegation,
  kNoField,
  kBadBytecode,
};  // native helper (compiler, concatenation)

}  // namespace toy

// Runtime functions. The portal is traced; the others are called from traces (residual).
extern "C" {
toy::Value* toy_run(const toy::Code* code, toy::Frame* frame);
// Report a call that cannot be made: an undefined function or a wrong number of arguments
// (toy_bad_call), too deep a recursion (toy_too_deep, toy_stack_full).
[[noreturn]] void toy_bad_call(const toy::Code* callee, int64_t argc);
[[noreturn]] void toy_too_deep();    // kMaxCallDepth calls are active
[[noreturn]] void toy_stack_full();  // no room on the value stack for a callee's frame
int64_t toy_map_lookup(const toy::Map* map, int64_t sym);  // slot index or -1; elidable
// The map after adding field `sym` to an object of `map` (made once, then shared), or null if
// the object has kMaxFields fields already; elidable.
toy::Map* toy_map_transition(toy::Map* map, int64_t sym);
[[noreturn]] void toy_too_many_fields(int64_t sym);
void toy_define(int64_t index, const toy::Code* code);
void toy_print(toy::Value* v);
toy::Value* toy_concat(toy::Value* a, toy::Value* b);
// The buffer holding the first `length` bytes of `buf` followed by the text of the string `b`
// (`buf` itself when the append is in place).
toy::StrBuf* toy_append(toy::StrBuf* buf, int64_t length, toy::Value* b);
int64_t toy_str_eq(toy::Value* a, toy::Value* b);
[[noreturn]] void toy_error(const char* message);
[[noreturn]] void toy_fail(int32_t error);  // toy::Error
toy::Value* toy_alloc_slow(uint32_t type, int64_t bytes);
}
