// Jitcodes: the register bytecode the codegen makes of each traced function (instruction set in
// jitcode_ops.h, design in docs/meta-tracing.md §3), with a text form for tests and logs.
//
// Text form, one instruction per line, labels on lines of their own:
//   jitcode sum(i0, i1) regs(i3)
//   loop:
//     i2 = int_gt(i0, $0)
//     goto_if_not(i2, done)
//     i1 = int_add(i1, i0)
//     i0 = int_sub(i0, $1)
//     goto(loop)
//   done:
//     int_return(i1)
// `$7`, `$-1.5`, `$ref(0x1000)` are constants (the bank comes from the operand's argument code);
// `descr=Name` a descriptor of a DescrTable, `@name` a callee jitcode, `[i0, i1] [r0] []` the
// int, ref and float register lists, `switch(i0, {1: a, 7: b})` a switch table.
#pragma once

#include <cstdint>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "weft/jit/descr.h"
#include "weft/jit/jitcode_ops.h"

namespace weft::jit {

enum class JitOp : uint8_t {
#define WEFT_JITCODE_ENUM(name, args) name,
  WEFT_JITCODE_OPS(WEFT_JITCODE_ENUM)
#undef WEFT_JITCODE_ENUM
};

struct JitOpInfo {
  const char* name;  // in the text form (without the trailing '_' of C++ keywords)
  const char* args;  // argument codes, see jitcode_ops.h
};
// The table behind jit_op_info(), in the header: the tracer and the blackhole ask it at
// every jitcode instruction they decode.
inline constexpr JitOpInfo kJitOpInfos[] = {
#define WEFT_JITCODE_INFO(name, args) {#name, args},
    WEFT_JITCODE_OPS(WEFT_JITCODE_INFO)
#undef WEFT_JITCODE_INFO
};
inline const JitOpInfo& jit_op_info(JitOp op) { return kJitOpInfos[size_t(op)]; }
inline size_t jit_op_count() { return std::size(kJitOpInfos); }

enum Bank : uint8_t { kIntBank = 0, kRefBank = 1, kFloatBank = 2 };

struct JitCode {
  std::string name;
  uint32_t id = 0;  // unique within its JitCodeSet: how resume data names the jitcode
  uint16_t num_regs[3] = {0, 0, 0};  // registers per bank; higher numbers name constants
  // Which registers receive the arguments, per bank, in order.
  std::vector<uint16_t> params[3];
  std::vector<uint8_t> param_banks;  // each argument's bank, in the native function's order
  // It has a portal_entry (WEFT_PORTAL_ENTRY): it is the interpreter's portal, and a call of it
  // from a trace may run natively instead of being inlined (tracer.h).
  bool portal = false;
  // Its merge point's reds (positions among the int reds) that point to a frame declared
  // WEFT_VIRTUALIZABLE (`frame NAME K` lines): the JIT runtime makes them private frames.
  std::vector<uint8_t> frame_reds;
  std::vector<uint8_t> code;
  std::vector<uint64_t> consts[3];  // ints, pointers, doubles' bits
  std::vector<const Descr*> descrs;
  std::vector<const JitCode*> callees;
  // Which registers are live where (computed on first use by the tracer; jitcode_liveness.h).
  mutable std::shared_ptr<const class JitCodeLiveness> liveness;
  // Pre-decoded steps for the tracer and the blackhole (jitcode_steps.h), made on first use.
  mutable std::shared_ptr<const class JitCodeSteps> steps;
};

// Owns jitcodes and finds them by name (callees may be referred to before they are defined).
class JitCodeSet {
 public:
  JitCode* get(std::string_view name);  // created empty on first use
  const JitCode* find(std::string_view name) const;
  const JitCode* by_id(uint32_t id) const {
    return id < codes_.size() ? codes_[id].get() : nullptr;
  }

 private:
  std::vector<std::unique_ptr<JitCode>> codes_;
};

// The address of a function or global named in jitcode text as `$sym(NAME)`; 0 if unknown.
// The default looks the name up in the running program (dlsym).
using SymbolResolver = std::function<uint64_t(std::string_view name)>;

// Parses the text form of one or more jitcodes into `set`. Descriptors are looked up in
// `descrs`; declarations before the first jitcode add to it (what weft-codegen emits):
//   field NAME OFFSET SIZE i|r|f [signed|unsigned] [immutable|quasi_immutable]
//   call NAME (i, r, f, ...) i|r|f|v [elidable|readonly] [can_raise] [cannot_collect] [no_raw]
//   size NAME TYPE_ID|typeid(SYMBOL) SIZE     (a fixed-size GC object, for new; typeid(SYMBOL)
//                                              reads the 32-bit type id stored at SYMBOL)
//   frame NAME K                               (the K-th red of jitcode NAME's merge point
//                                              points to a WEFT_VIRTUALIZABLE frame)
// On failure returns false with "line L, column C: message" in *error.
bool parse_jitcodes(std::string_view text, DescrTable& descrs, JitCodeSet& set, std::string* error,
                    const SymbolResolver& resolve = {});

// A jit_merge_point of a jitcode: where it is and which registers are its greens and reds,
// per bank, in order.
struct MergePoint {
  size_t pc = 0;
  std::vector<uint16_t> greens[3], reds[3];
};
// The merge points of `code`, in code order.
std::vector<MergePoint> find_merge_points(const JitCode& code);

// The text form of `code` (parse_jitcodes reads it back).
std::string print_jitcode(const JitCode& code);

}  // namespace weft::jit
