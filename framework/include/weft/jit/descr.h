// Descriptors: what the trace IR knows about memory and calls. Every load, store, allocation
// and call carries one; they are what makes heap optimizations and allocation removal possible
// (a trace without them can only be compiled literally). The codegen derives them from the
// interpreter's LLVM IR; tests build them by hand.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace weft::jit {

enum class Type : uint8_t { Void, Int, Ref, Float };

// The letter values of a type are named with in the text format: i, p (pointer), f; v for void.
char type_letter(Type type);
// The inverse of type_letter() for 'i', 'p' and 'f'; Void for anything else.
Type type_from_letter(char letter);

class Descr {
 public:
  enum class Kind : uint8_t { Field, Size, Array, Call, Label };
  Descr(Kind kind, std::string name) : kind(kind), name(std::move(name)) {}
  virtual ~Descr() = default;
  const Kind kind;
  const std::string name;  // unique within a DescrTable; how the text format refers to it
};

// A field at a fixed offset from an object's payload pointer (or from a raw address).
struct FieldDescr final : Descr {
  FieldDescr(std::string name, uint32_t offset, uint8_t size, Type type, bool is_signed = true)
      : Descr(Kind::Field, std::move(name)),
        offset(offset),
        size(size),
        is_signed(is_signed),
        type(type) {}
  uint32_t offset;
  uint8_t size;  // 1, 2, 4 or 8 bytes (8 for refs and floats)
  bool is_signed;
  Type type;                     // Int, Ref (a GC pointer) or Float
  bool immutable = false;        // never written after the object is initialized
  bool quasi_immutable = false;  // rarely written; a write invalidates dependent traces
};

// A fixed-size GC object: its collector type id, payload size and fields (what a virtual object
// of this type consists of).
struct SizeDescr final : Descr {
  SizeDescr(std::string name, uint32_t type_id, uint32_t size)
      : Descr(Kind::Size, std::move(name)), type_id(type_id), size(size) {}
  uint32_t type_id;
  uint32_t size;
  std::vector<const FieldDescr*> fields;
};

// A GC array: a length word and items at fixed offsets from the payload pointer.
struct ArrayDescr final : Descr {
  ArrayDescr(std::string name, uint32_t type_id, uint32_t length_offset, uint32_t items_offset,
             uint8_t item_size, Type item_type, bool is_signed = true)
      : Descr(Kind::Array, std::move(name)),
        type_id(type_id),
        length_offset(length_offset),
        items_offset(items_offset),
        item_size(item_size),
        is_signed(is_signed),
        item_type(item_type) {}
  uint32_t type_id;
  uint32_t length_offset;
  uint32_t items_offset;
  uint8_t item_size;
  bool is_signed;
  Type item_type;
};

// What a called function may do, for the optimizer.
struct EffectInfo {
  enum class Kind : uint8_t {
    Elidable,  // same arguments, same result, no visible side effect: fold and share calls
    ReadOnly,  // reads the heap, writes nothing
    Normal,    // may read and write what `reads` / `writes` list (or anything, if `any_write`)
  };
  Kind kind = Kind::Normal;
  bool can_raise = false;   // signals a language-level error through its result
  bool can_collect = true;  // may run the collector (a GC safe point)
  bool any_write = true;    // Normal calls: may write any field or array
  // May read or write memory that traces access as raw memory (getfield_raw/setfield_raw: an
  // interpreter's frames, stacks and globals). False (WEFT_NO_RAW_ACCESS): stores to raw
  // memory stay pending across the call (with the virtual objects they store) and raw loads
  // are still known after it.
  bool raw = true;
  // A call_assembler of a portal whose driver declares private frames (JitDriver): it touches
  // no raw memory at `frame + offset` (offset >= 0) for a value `frame` the trace marks with
  // private_frame, unless the call's own operands are computed from that frame. Stores to the
  // caller's frame stay pending across it and what the trace knows of that frame stays known.
  bool private_frames = false;
  std::vector<const Descr*> reads;   // fields and arrays it may read
  std::vector<const Descr*> writes;  // fields and arrays it may write (when !any_write)
};

// A call to a function with a known signature (SysV ABI).
struct CallDescr final : Descr {
  CallDescr(std::string name, std::vector<Type> arg_types, Type result, EffectInfo effects = {})
      : Descr(Kind::Call, std::move(name)),
        arg_types(std::move(arg_types)),
        result(result),
        effects(std::move(effects)) {}
  std::vector<Type> arg_types;
  Type result;
  EffectInfo effects;
};

// call_assembler(token, words..., descr=CallDescr) calls the function at token->helper with
// the token and the words; the descriptor's arg_types name the token (Int) and the words. The
// JIT runtime's helper runs the compiled code of the portal call the token stands for, or
// calls the portal function if there is none (RPython's call_assembler): the indirection lets
// code compiled later, or dropped, change what the same compiled call site does.
struct CallAssemblerToken {
  uintptr_t helper = 0;  // the function's address (SysV ABI, as the descriptor says)
  // The machine-code entry of the callee's compiled code while calls may go straight into it,
  // else 0: what the backend's call stub (Backend::compile_call_stub) reads.
  uintptr_t entry = 0;
};

// The target of a jump: a label in some trace.
struct LabelDescr final : Descr {
  explicit LabelDescr(std::string name) : Descr(Kind::Label, std::move(name)) {}
};

// Owns descriptors and finds them by name.
class DescrTable {
 public:
  template <class D, class... Args>
  D* add(Args&&... args) {
    auto d = std::make_unique<D>(std::forward<Args>(args)...);
    D* raw = d.get();
    by_name_[raw->name] = raw;
    owned_.push_back(std::move(d));
    return raw;
  }
  const Descr* find(std::string_view name) const;
  // The label named `name`, created on first use.
  const LabelDescr* label(std::string_view name);

 private:
  std::vector<std::unique_ptr<Descr>> owned_;
  std::unordered_map<std::string, Descr*> by_name_;
};

}  // namespace weft::jit
