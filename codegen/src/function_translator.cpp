// The translation of one function into a jitcode (function_translator.h).
//
// What it translates (docs/meta-tracing.md §3, codegen/README.md): integer code — arithmetic of
// any width, comparisons, select, branches, switch, phis, calls between translated functions
// (inlined when traced); pointers to raw memory as addresses (getelementptr, loads and stores
// through "raw.N" descriptors); GC references in the ref bank with allocations as `new` and
// field accesses as getfield_gc / setfield_gc (gc_refs.h); calls of functions without a body
// as residual calls; the hint markers of hints.h; doubles (float bank). Anything else is
// reported as "FILE:LINE: error: ... (in FUNCTION)" and the tool fails.
//
// Narrow integers (iN, N < 64) live in 64-bit registers whose high bits are unspecified; an
// operation that depends on them (comparisons, right shifts, division, extension, return)
// first extends its operands explicitly.
#include "function_translator.h"

#include <llvm/IR/Constants.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/GetElementPtrTypeIterator.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Operator.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "call_policy.h"
#include "merge_point_check.h"

namespace weft::codegen {

namespace {

// Where an instruction comes from, for diagnostics: its own line, else (phis and other
// instructions clang leaves without one) the next line in its block.
std::string location(const llvm::Instruction& inst) {
  for (const llvm::Instruction* i = &inst; i; i = i->getNextNode())
    if (const llvm::DebugLoc& loc = i->getDebugLoc())
      if (loc.getLine() != 0) return loc->getFilename().str() + ":" + std::to_string(loc.getLine());
  return "function " + inst.getFunction()->getName().str();
}

// How an instruction's operand enters its jitcode op: as is, or (an integer) widened to 64 bits
// (sign- or zero-extended) when the op needs the full value of a narrower integer.
enum class OperandUse : uint8_t { kNone, kAsIs, kSigned, kUnsigned };

// The instructions that become one jitcode op on their operands, by opcode. `narrow_only`:
// unsigned division, exact with the signed ops only for zero-extended narrower integers.
struct OpcodeRule {
  unsigned opcode;
  const char* op;
  OperandUse a, b;  // b: kNone for one operand
  bool narrow_only;
};
using I = llvm::Instruction;
using U = OperandUse;
constexpr OpcodeRule kOpcodeRules[] = {
    {I::Add, "int_add", U::kAsIs, U::kAsIs, false},
    {I::Sub, "int_sub", U::kAsIs, U::kAsIs, false},
    {I::Mul, "int_mul", U::kAsIs, U::kAsIs, false},
    {I::And, "int_and", U::kAsIs, U::kAsIs, false},
    {I::Or, "int_or", U::kAsIs, U::kAsIs, false},
    {I::Xor, "int_xor", U::kAsIs, U::kAsIs, false},
    {I::Shl, "int_lshift", U::kAsIs, U::kUnsigned, false},
    {I::LShr, "uint_rshift", U::kUnsigned, U::kUnsigned, false},
    {I::AShr, "int_rshift", U::kSigned, U::kUnsigned, false},
    {I::SDiv, "int_floordiv", U::kSigned, U::kSigned, false},
    {I::SRem, "int_mod", U::kSigned, U::kSigned, false},
    {I::UDiv, "int_floordiv", U::kUnsigned, U::kUnsigned, true},
    {I::URem, "int_mod", U::kUnsigned, U::kUnsigned, true},
    {I::Trunc, "int_copy", U::kAsIs, U::kNone, false},
    {I::Freeze, "int_copy", U::kAsIs, U::kNone, false},
    {I::ZExt, "int_copy", U::kUnsigned, U::kNone, false},
    {I::SExt, "int_copy", U::kSigned, U::kNone, false},
    {I::FAdd, "float_add", U::kAsIs, U::kAsIs, false},
    {I::FSub, "float_sub", U::kAsIs, U::kAsIs, false},
    {I::FMul, "float_mul", U::kAsIs, U::kAsIs, false},
    {I::FDiv, "float_truediv", U::kAsIs, U::kAsIs, false},
    {I::FNeg, "float_neg", U::kAsIs, U::kNone, false},
    {I::SIToFP, "cast_int_to_float", U::kSigned, U::kNone, false},
    {I::FPToSI, "cast_float_to_int", U::kAsIs, U::kNone, false},
};

class FunctionTranslator {
 public:
  FunctionTranslator(const llvm::Function& f, const InterpreterHints& hints, const GcRefs& refs,
                     const FieldNames& names, const std::set<std::string>& roots,
                     std::set<std::string>& needed)
      : f_(f), hints_(hints), refs_(refs), names_(names), roots_(roots), needed_(needed) {}

  std::string run() {
    plan_ = weft::codegen::plan_merge_points(f_);
    if (!plan_.errors.empty()) {
      std::sort(plan_.errors.begin(), plan_.errors.end());
      std::string all;
      for (const std::string& e : plan_.errors) all += (all.empty() ? "" : "\n") + e;
      throw Failure{all};
    }
    // Exception handling first: its landing pads have values of types nothing else has.
    for (const llvm::BasicBlock& bb : f_)
      for (const llvm::Instruction& inst : bb)
        if (llvm::isa<llvm::InvokeInst>(inst) || llvm::isa<llvm::LandingPadInst>(inst) ||
            llvm::isa<llvm::ResumeInst>(inst) || llvm::isa<llvm::CatchSwitchInst>(inst))
          fail(&inst,
               "C++ exceptions cannot be traced (a call that may throw, in a try block or with "
               "objects to destroy): interpreter code is compiled with -fno-exceptions; catch "
               "them in a WEFT_DONT_LOOK_INSIDE function");
    std::string params;
    // Parameters by bank (ints, refs, floats), as calls pass them.
    std::vector<std::string> by_bank[3];
    for (const llvm::Argument& arg : f_.args()) {
      std::string r = reg(&arg);
      by_bank[index(r[0])].push_back(r);
    }
    for (auto& list : by_bank)
      for (const std::string& r : list) params += (params.empty() ? "" : ", ") + r;
    for (const llvm::BasicBlock& bb : f_)
      for (const llvm::Instruction& inst : bb)
        if (!inst.getType()->isVoidTy()) reg(&inst);
    for (const llvm::BasicBlock& bb : f_) {
      out_ << label(&bb) << ":\n";
      for (const llvm::Instruction& inst : bb) translate(inst);
    }
    std::ostringstream text;
    text << "jitcode " << f_.getName().str() << "(" << params << ")\n" << out_.str();
    return text.str();
  }

 private:
  [[noreturn]] void fail(const llvm::Instruction* inst, const std::string& what) {
    std::string where = inst ? location(*inst) : "function " + f_.getName().str();
    if (!inst)
      if (const llvm::DISubprogram* sp = f_.getSubprogram())
        where = sp->getFilename().str() + ":" + std::to_string(sp->getLine());
    // Code clang inlined (a header's accessor) also names the line of the translated function
    // it was inlined at, which is the one to change.
    std::string inlined;
    if (inst)
      if (const llvm::DebugLoc& loc = inst->getDebugLoc())
        if (const llvm::DILocation* at = loc->getInlinedAt()) {
          while (at->getInlinedAt()) at = at->getInlinedAt();
          inlined = ", inlined at " + at->getFilename().str() + ":" + std::to_string(at->getLine());
        }
    throw Failure{where + ": error: " + what + " (in " + f_.getName().str() + inlined + ")"};
  }

  // The register bank of a value of `type`: 'i' for integers up to 64 bits and pointers to raw
  // memory, 'f' for doubles (GC references, 'r', are told apart by vbank()).
  char bank(llvm::Type* type, const llvm::Instruction* inst) {
    if (type->isPointerTy()) return 'i';
    if (type->isIntegerTy() && type->getIntegerBitWidth() <= 64) return 'i';
    if (type->isDoubleTy()) return 'f';
    std::string name;
    llvm::raw_string_ostream s(name);
    type->print(s);
    if (type->isVectorTy())
      fail(inst, "vector operations (values of type " + name +
                     ") cannot be traced: move this code into a WEFT_DONT_LOOK_INSIDE function "
                     "or keep clang from vectorizing it (-fno-vectorize -fno-slp-vectorize)");
    fail(inst, "values of type " + name + " are not supported yet");
  }
  void require_int(llvm::Type* type, const llvm::Instruction* inst) {
    if (bank(type, inst) != 'i') fail(inst, "a double where an integer is needed");
  }
  // The bank of value `v`: a pointer is a GC reference ('r') or a raw address ('i').
  char vbank(const llvm::Value* v) {
    if (refs_.is_ref(v)) return 'r';
    return bank(v->getType(), llvm::dyn_cast<llvm::Instruction>(v));
  }
  static const char* copy_op(char b) {
    return b == 'f' ? "float_copy" : b == 'r' ? "ref_copy" : "int_copy";
  }
  static int index(char b) { return b == 'i' ? 0 : b == 'r' ? 1 : 2; }

  std::string reg(const llvm::Value* v) {
    auto it = regs_.find(v);
    if (it != regs_.end()) return it->second;
    char b = vbank(v);
    return regs_[v] = b + std::to_string(next_reg_[index(b)]++);
  }
  std::string temp(char b = 'i') { return b + std::to_string(next_reg_[index(b)]++); }
  std::string label(const llvm::BasicBlock* bb) {
    auto it = labels_.find(bb);
    if (it != labels_.end()) return it->second;
    return labels_[bb] = "bb" + std::to_string(labels_.size());
  }
  std::string new_label() { return "edge" + std::to_string(edges_++); }

  static unsigned width(const llvm::Value* v) {
    return v->getType()->isPointerTy() ? 64 : v->getType()->getIntegerBitWidth();
  }

  // An operand of bank `b` (a GC reference or null for 'r'). A reference where something else is
  // expected (or the reverse) is an error: the jitcode has no conversion between the banks.
  std::string operand_of(char b, const llvm::Value* v, const llvm::Instruction* user) {
    if (b != 'r') return operand(v, user);
    if (llvm::isa<llvm::ConstantPointerNull>(v) || llvm::isa<llvm::UndefValue>(v))
      return "$ref(0x0)";
    if (!refs_.is_ref(v))
      fail(user,
           "a pointer that is a GC reference here and raw memory elsewhere (GC references "
           "come from weft::gc::Heap::allocate_fixed, Field<T> members and objects of "
           "allocated types)");
    return reg(v);
  }

  // An operand as register or constant, as it stands (high bits unspecified).
  std::string operand(const llvm::Value* v, const llvm::Instruction* user) {
    if (refs_.is_ref(v))
      fail(user, "a GC reference used as an integer (converted, or in arithmetic)");
    if (refs_.is_interior(v))
      fail(user, "a pointer into a GC object used other than to load or store its field");
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(v))
      return "$" + std::to_string(c->getSExtValue());
    if (auto* c = llvm::dyn_cast<llvm::ConstantFP>(v)) {
      if (!v->getType()->isDoubleTy()) fail(user, "only double floats are supported");
      char text[40];
      std::snprintf(text, sizeof text, "%.17g", c->getValueAPF().convertToDouble());
      std::string t = text;
      if (t.find_first_of(".en") == std::string::npos) t += ".0";
      return "$" + t;
    }
    if (llvm::isa<llvm::UndefValue>(v) && v->getType()->isDoubleTy()) return "$0.0";
    if (llvm::isa<llvm::UndefValue>(v) || llvm::isa<llvm::PoisonValue>(v) ||
        llvm::isa<llvm::ConstantPointerNull>(v))
      return "$0";
    if (auto* g = llvm::dyn_cast<llvm::GlobalValue>(v)) {
      if (g->hasLocalLinkage())
        fail(user, "the JIT refers to '" + g->getName().str() +
                       "' by its symbol, so it needs external linkage (string literals and "
                       "static or anonymous-namespace variables have none)");
      return "$sym(" + g->getName().str() + ")";
    }
    if (auto* ce = llvm::dyn_cast<llvm::ConstantExpr>(v)) {
      // The address of a global's field: the global plus a constant offset.
      auto* gep = llvm::dyn_cast<llvm::GEPOperator>(ce);
      llvm::APInt offset(64, 0);
      if (gep && gep->accumulateConstantOffset(user->getModule()->getDataLayout(), offset)) {
        std::string t = temp();
        emit(t, "int_add", operand(gep->getPointerOperand(), user),
             "$" + std::to_string(offset.getSExtValue()));
        return t;
      }
    }
    if (llvm::isa<llvm::Argument>(v) || llvm::isa<llvm::Instruction>(v)) return reg(v);
    fail(user, "this kind of operand is not supported yet");
  }
  // An operand sign- or zero-extended from its width to 64 bits.
  std::string extended(const llvm::Value* v, bool sign, const llvm::Instruction* user) {
    unsigned w = width(v);
    if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(v))
      return "$" + std::to_string(sign && w > 1 ? c->getSExtValue() : int64_t(c->getZExtValue()));
    std::string r = operand(v, user);
    if (w == 64) return r;
    std::string t = temp();
    out_ << "  " << t << " = " << (sign && w > 1 ? "int_sext" : "int_zext") << "(" << r << ", " << w
         << ")\n";
    return t;
  }

  void emit(const std::string& dst, const char* op, const std::string& a,
            const std::string& b = "") {
    out_ << "  " << dst << " = " << op << "(" << a << (b.empty() ? "" : ", " + b) << ")\n";
  }

  // Copies for the phis of `to` when arriving from `from`: a parallel copy (every source is
  // read before any destination is written), sequentialized so that a copy goes directly to its
  // destination unless a cycle needs one temporary (the tracer and the blackhole execute
  // every copy).
  void phi_copies(const llvm::BasicBlock* from, const llvm::BasicBlock* to) {
    std::vector<std::pair<std::string, std::string>> moves;  // destination, source
    for (const llvm::PHINode& phi : to->phis())
      if (!refs_.is_interior(&phi)) {
        std::string src = operand_of(vbank(&phi), phi.getIncomingValueForBlock(from), &phi);
        if (src != reg(&phi)) moves.push_back({reg(&phi), src});
      }
    auto copy = [&](const std::string& dst, const std::string& src) {
      out_ << "  " << dst << " = " << copy_op(dst[0]) << "(" << src << ")\n";
    };
    while (!moves.empty()) {
      // A copy whose destination no other pending copy still reads can go now.
      auto ready = std::find_if(moves.begin(), moves.end(), [&](const auto& m) {
        return std::none_of(moves.begin(), moves.end(),
                            [&](const auto& other) { return other.second == m.first; });
      });
      if (ready != moves.end()) {
        copy(ready->first, ready->second);
        moves.erase(ready);
        continue;
      }
      // Only cycles are left: save one destination's old value and read it from there.
      std::string saved = temp(moves.front().first[0]);
      copy(saved, moves.front().first);
      for (auto& m : moves)
        if (m.second == moves.front().first) m.second = saved;
    }
  }
  void go(const llvm::BasicBlock* from, const llvm::BasicBlock* to) {
    phi_copies(from, to);
    out_ << "  goto(" << label(to) << ")\n";
  }

  void translate(const llvm::Instruction& inst) {
    if (llvm::isa<llvm::PHINode>(inst)) return;  // copies on the incoming edges
    if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(&inst)) {
      if (ii->isAssumeLikeIntrinsic() || llvm::isa<llvm::DbgInfoIntrinsic>(ii)) return;
      if (ii->getIntrinsicID() == llvm::Intrinsic::fabs && ii->getType()->isDoubleTy()) {
        std::string dst = reg(&inst);
        return emit(dst, "float_abs", operand(ii->getArgOperand(0), &inst));
      }
      if (ii->getIntrinsicID() == llvm::Intrinsic::fmuladd && ii->getType()->isDoubleTy()) {
        // May be fused or not; x86-64 without FMA (the native build) does not fuse.
        std::string product = temp('f'), dst = reg(&inst);
        emit(product, "float_mul", operand(ii->getArgOperand(0), &inst),
             operand(ii->getArgOperand(1), &inst));
        emit(dst, "float_add", product, operand(ii->getArgOperand(2), &inst));
        return;
      }
      fail(&inst,
           "intrinsic " + ii->getCalledFunction()->getName().str() + " is not supported yet");
    }
    if (refs_.is_interior(&inst)) return;  // folded into the field accesses that use it
    if (!inst.getType()->isVoidTy()) bank(inst.getType(), &inst);
    const std::string dst = inst.getType()->isVoidTy() ? "" : reg(&inst);
    if (translate_by_rule(inst, dst) || translate_float(inst, dst)) return;
    switch (inst.getOpcode()) {
      case llvm::Instruction::ICmp:
        return compare(llvm::cast<llvm::ICmpInst>(inst), dst);
      case llvm::Instruction::Select: {
        if (dst[0] == 'i') {
          // Without a branch (a branch would be a guard in every trace through here):
          // dst = b ^ ((a ^ b) & -cond).
          std::string c = extended(inst.getOperand(0), false, &inst);
          std::string mask = temp(), diff = temp(), masked = temp();
          std::string a = operand(inst.getOperand(1), &inst),
                      b = operand(inst.getOperand(2), &inst);
          emit(mask, "int_neg", c);
          emit(diff, "int_xor", a, b);
          emit(masked, "int_and", diff, mask);
          return emit(dst, "int_xor", b, masked);
        }
        std::string otherwise = new_label(), end = new_label();
        out_ << "  goto_if_not(" << operand(inst.getOperand(0), &inst) << ", " << otherwise
             << ")\n";
        emit(dst, copy_op(dst[0]), operand_of(dst[0], inst.getOperand(1), &inst));
        out_ << "  goto(" << end << ")\n" << otherwise << ":\n";
        emit(dst, copy_op(dst[0]), operand_of(dst[0], inst.getOperand(2), &inst));
        out_ << end << ":\n";
        return;
      }
      case llvm::Instruction::Call:
        return call(llvm::cast<llvm::CallInst>(inst), dst);
      case llvm::Instruction::GetElementPtr:
        return address(llvm::cast<llvm::GetElementPtrInst>(inst), dst);
      case llvm::Instruction::Load: {
        auto& load = llvm::cast<llvm::LoadInst>(inst);
        Mutability m = InterpreterHints::quasi_immutable(load) ? Mutability::Quasi
                       : hints_.immutable(load)                ? Mutability::Immutable
                                                               : Mutability::Mutable;
        if (auto field = gc_field(load.getPointerOperand(), &inst))
          return gc_access(*field, &load, dst, nullptr, m);
        std::string at = operand(load.getPointerOperand(), &inst);
        return emit(dst, (std::string("getfield_raw_") + dst[0]).c_str(), at,
                    "descr=" + raw_field(dst[0], load.getType(), &inst, m));
      }
      case llvm::Instruction::Store: {
        auto& store = llvm::cast<llvm::StoreInst>(inst);
        const llvm::Value* value = store.getValueOperand();
        if (auto field = gc_field(store.getPointerOperand(), &inst)) {
          Mutability m = InterpreterHints::quasi_immutable(store) ? Mutability::Quasi
                         : hints_.immutable_field(store)          ? Mutability::Immutable
                                                                  : Mutability::Mutable;
          return gc_access(*field, &store, "", value, m);
        }
        char b = vbank(value);
        if (value->getType()->isPointerTy() && llvm::isa<llvm::Constant>(value) &&
            refs_.holds_refs(store.getPointerOperand()))
          b = 'r';  // null into memory that holds GC references: the same kind of store
        out_ << "  setfield_raw_" << b << "(" << operand(store.getPointerOperand(), &inst) << ", "
             << operand_of(b, value, &inst) << ", descr=" << raw_field(b, value->getType(), &inst)
             << ")\n";
        return;
      }
      case llvm::Instruction::PtrToInt:
      case llvm::Instruction::IntToPtr:
        return emit(dst, "int_copy", operand(inst.getOperand(0), &inst));
      case llvm::Instruction::Br: {
        auto& br = llvm::cast<llvm::BranchInst>(inst);
        if (br.isUnconditional()) return go(inst.getParent(), br.getSuccessor(0));
        std::string otherwise = new_label();
        out_ << "  goto_if_not(" << operand(br.getCondition(), &inst) << ", " << otherwise << ")\n";
        go(inst.getParent(), br.getSuccessor(0));
        out_ << otherwise << ":\n";
        return go(inst.getParent(), br.getSuccessor(1));
      }
      case llvm::Instruction::Switch: {
        auto& sw = llvm::cast<llvm::SwitchInst>(inst);
        std::string value = extended(sw.getCondition(), true, &inst);
        std::vector<std::pair<std::string, const llvm::BasicBlock*>> edges;
        out_ << "  switch(" << value << ", {";
        bool first = true;
        for (auto& c : sw.cases()) {
          edges.push_back({new_label(), c.getCaseSuccessor()});
          out_ << (first ? "" : ", ") << c.getCaseValue()->getSExtValue() << ": "
               << edges.back().first;
          first = false;
        }
        out_ << "})\n";
        go(inst.getParent(), sw.getDefaultDest());
        for (auto& [edge, target] : edges) {
          out_ << edge << ":\n";
          go(inst.getParent(), target);
        }
        return;
      }
      case llvm::Instruction::Ret: {
        auto& ret = llvm::cast<llvm::ReturnInst>(inst);
        if (!ret.getReturnValue()) {
          out_ << "  void_return()\n";
          return;
        }
        char b = vbank(ret.getReturnValue());
        if (b == 'f' || b == 'r') {
          out_ << "  " << (b == 'f' ? "float" : "ref") << "_return("
               << operand_of(b, ret.getReturnValue(), &inst) << ")\n";
          return;
        }
        std::string value = extended(ret.getReturnValue(), true, &inst);  // may emit an extension
        out_ << "  int_return(" << value << ")\n";
        return;
      }
      case llvm::Instruction::Unreachable:
        return unreachable();
      default:
        fail(&inst,
             std::string("the instruction '") + inst.getOpcodeName() + "' is not supported yet");
    }
  }

  // The descriptor of a raw load or store of `type` at offset 0 of an address ("raw.N": N
  // bytes, zero-extended; narrow values are extended where it matters anyway).
  // Loads of memory declared immutable use "raw.N.imm": the tracer reads them once, as
  // constants, when the address is a constant of the trace.
  // Loads of a QuasiImmutable's value use "raw.N.qi": the tracer reads them as constants
  // guarded by guard_not_invalidated, and the runtime watches the slot.
  enum class Mutability { Mutable, Immutable, Quasi };
  // (`b` is the value's bank; a GC reference in raw memory is "raw.r8".)
  std::string raw_field(char b, llvm::Type* type, const llvm::Instruction* inst,
                        Mutability m = Mutability::Mutable) {
    const char* suffix = m == Mutability::Immutable ? ".imm" : m == Mutability::Quasi ? ".qi" : "";
    const char* flag = m == Mutability::Immutable ? " immutable"
                       : m == Mutability::Quasi   ? " quasi_immutable"
                                                  : "";
    if (b == 'f' || b == 'r') {
      std::string name = std::string("raw.") + b + "8" + suffix;
      declarations_.insert("field " + name + " 0 8 " + b + flag);
      return name;
    }
    unsigned bytes = type->isPointerTy() ? 8 : (type->getIntegerBitWidth() + 7) / 8;
    if (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8)
      fail(inst, "a memory access of " + std::to_string(bytes) + " bytes is not supported");
    std::string name = "raw." + std::to_string(bytes) + suffix;
    declarations_.insert("field " + name + " 0 " + std::to_string(bytes) + " i unsigned" + flag);
    return name;
  }

  // Return from code that cannot be reached (after a call that does not return).
  void unreachable() {
    llvm::Type* type = f_.getReturnType();
    if (type->isVoidTy())
      out_ << "  void_return()\n";
    else if (type->isDoubleTy())
      out_ << "  float_return($0.0)\n";
    else if (type->isPointerTy() && refs_.is_ref(&f_))
      out_ << "  ref_return($ref(0x0))\n";
    else
      out_ << "  int_return($0)\n";
  }

  // How `address` points into a GC object, if it does.
  std::optional<GcRefs::FieldAddress> gc_field(const llvm::Value* address,
                                               const llvm::Instruction* inst) {
    std::string problem;
    auto field = refs_.field_address(address, &problem);
    if (!problem.empty()) fail(inst, problem);
    return field;
  }

  // A load (into `dst`) or store (of `value`) of a GC object's field: getfield_gc / setfield_gc
  // with a descriptor named after the field ("toy.IntBox.value", field_names.h), or, for bytes
  // some access reaches without a field name, after the offset, bank and size ("gc.8.i8",
  // "gc.16.r8.imm"): accesses of the same bytes of an object use the same descriptor, or ones
  // C++ forbids to alias (what the optimizer's heap cache and virtual objects go by). A variable
  // index into an array field (items of a fixed-size object) becomes a switch over the items: in a
  // trace the index is usually a constant, and then no guard is left.
  void gc_access(const GcRefs::FieldAddress& field, const llvm::Instruction* inst,
                 const std::string& dst, const llvm::Value* value, Mutability m) {
    llvm::Type* type = value ? value->getType() : inst->getType();
    char b = value ? vbank(value) : vbank(inst);
    if (value && type->isPointerTy() && llvm::isa<llvm::Constant>(value))
      b = GcRefs::is_field_access(*inst) ? 'r' : 'i';  // null into a Field<T> is a reference
    unsigned bytes = type->isPointerTy() || type->isDoubleTy()
                         ? 8
                         : (type->isIntegerTy() ? (type->getIntegerBitWidth() + 7) / 8 : 0);
    if (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8)
      fail(inst, "a GC object field of this type is not supported");
    const char* suffix = m == Mutability::Immutable ? ".imm" : m == Mutability::Quasi ? ".qi" : "";
    const char* flag = m == Mutability::Immutable ? " immutable"
                       : m == Mutability::Quasi   ? " quasi_immutable"
                                                  : "";
    std::string object = reg(field.object);
    std::string stored = value ? operand_of(b, value, inst) : "";
    std::string field_name =
        field.index || names_.fallback(field.offset, b, bytes) ? "" : names_.of(*inst);
    auto one = [&](int64_t offset) {
      if (offset < 0) fail(inst, "a negative offset into a GC object");
      std::string name =
          (field_name.empty() ? "gc." + std::to_string(offset) + "." + b + std::to_string(bytes)
                              : field_name) +
          suffix;
      declarations_.insert("field " + name + " " + std::to_string(offset) + " " +
                           std::to_string(bytes) + " " + b + (b == 'i' ? " unsigned" : "") + flag);
      if (value)
        out_ << "  setfield_gc_" << b << "(" << object << ", " << stored << ", descr=" << name
             << ")\n";
      else
        out_ << "  " << dst << " = getfield_gc_" << b << "(" << object << ", descr=" << name
             << ")\n";
    };
    if (!field.index) return one(field.offset);
    if (field.count == 0 || field.count > 64)
      fail(inst, "a variable index into an array of " + std::to_string(field.count) +
                     " items in a GC object (at most 64)");
    std::string index = extended(field.index, true, inst), end = new_label();
    std::vector<std::string> cases;
    out_ << "  switch(" << index << ", {";
    for (uint64_t k = 0; k < field.count; ++k) {
      cases.push_back(new_label());
      out_ << (k ? ", " : "") << k << ": " << cases.back();
    }
    out_ << "})\n";
    unreachable();  // an index out of bounds: undefined behaviour in the C++ source
    for (uint64_t k = 0; k < field.count; ++k) {
      out_ << cases[k] << ":\n";
      one(field.offset + int64_t(k) * field.stride);
      out_ << "  goto(" << end << ")\n";
    }
    out_ << end << ":\n";
  }

  // getelementptr: the base address plus constant offsets and scaled indices, through a chain
  // of getelementptrs down to its root. With one variable index and an offset that is a
  // multiple of its stride, the offset joins the index: root + (index + k) * stride. Addresses
  // clang computes in different ways (frame[sp - 1] from the frame, or from a hoisted
  // frame - 8) then come out of the tracer as the same operation on the same operands when the
  // index is a constant of the trace, and the optimizer sees that they are the same address.
  void address(const llvm::GetElementPtrInst& gep, const std::string& dst) {
    const llvm::DataLayout& layout = gep.getModule()->getDataLayout();
    std::vector<std::pair<const llvm::Value*, int64_t>> terms;  // index, stride
    int64_t constant = 0;
    const llvm::Value* base = &gep;
    while (auto* g = llvm::dyn_cast<llvm::GEPOperator>(base)) {
      for (auto it = llvm::gep_type_begin(g); it != llvm::gep_type_end(g); ++it) {
        const llvm::Value* index = it.getOperand();
        if (llvm::StructType* st = it.getStructTypeOrNull()) {
          unsigned field = unsigned(llvm::cast<llvm::ConstantInt>(index)->getZExtValue());
          constant += int64_t(layout.getStructLayout(st)->getElementOffset(field));
          continue;
        }
        int64_t size = int64_t(it.getSequentialElementStride(layout));
        if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(index))
          constant += c->getSExtValue() * size;
        else
          terms.push_back({index, size});
      }
      base = g->getPointerOperand();
    }
    std::string current = operand(base, &gep);
    if (terms.size() == 1 && terms[0].second != 0 && constant % terms[0].second == 0) {
      auto [index, stride] = terms[0];
      std::string i = extended(index, true, &gep);
      if (constant != 0) {
        std::string t = temp();
        emit(t, "int_add", i, "$" + std::to_string(constant / stride));
        i = t;
      }
      if (stride != 1) {
        std::string t = temp();
        emit(t, "int_mul", i, "$" + std::to_string(stride));
        i = t;
      }
      return emit(dst, "int_add", current, i);
    }
    for (auto [index, stride] : terms) {
      std::string scaled = extended(index, true, &gep);
      if (stride != 1) {
        std::string t = temp();
        emit(t, "int_mul", scaled, "$" + std::to_string(stride));
        scaled = t;
      }
      std::string sum = temp();
      emit(sum, "int_add", current, scaled);
      current = sum;
    }
    emit(dst, "int_add", current, "$" + std::to_string(constant));
  }

  void compare(const llvm::ICmpInst& cmp, const std::string& dst) {
    using P = llvm::CmpInst::Predicate;
    static const std::map<P, std::pair<const char*, bool>> kOps = {
        {P::ICMP_EQ, {"int_eq", false}},   {P::ICMP_NE, {"int_ne", false}},
        {P::ICMP_SLT, {"int_lt", true}},   {P::ICMP_SLE, {"int_le", true}},
        {P::ICMP_SGT, {"int_gt", true}},   {P::ICMP_SGE, {"int_ge", true}},
        {P::ICMP_ULT, {"uint_lt", false}}, {P::ICMP_ULE, {"uint_le", false}},
        {P::ICMP_UGT, {"uint_gt", false}}, {P::ICMP_UGE, {"uint_ge", false}},
    };
    if (refs_.is_ref(cmp.getOperand(0)) || refs_.is_ref(cmp.getOperand(1))) {
      if (!cmp.isEquality()) fail(&cmp, "GC references are only compared for equality");
      return emit(dst, cmp.getPredicate() == P::ICMP_EQ ? "ptr_eq" : "ptr_ne",
                  operand_of('r', cmp.getOperand(0), &cmp),
                  operand_of('r', cmp.getOperand(1), &cmp));
    }
    auto [op, sign] = kOps.at(cmp.getPredicate());
    emit(dst, op, extended(cmp.getOperand(0), sign, &cmp), extended(cmp.getOperand(1), sign, &cmp));
  }

  // Register lists by bank, as jitcode calls take them: "[ints], [refs], [floats]".
  std::string lists(const std::vector<std::pair<char, std::string>>& values) {
    std::string list[3];
    for (const auto& [b, text] : values)
      list[index(b)] += (list[index(b)].empty() ? "" : ", ") + text;
    return "[" + list[0] + "], [" + list[1] + "], [" + list[2] + "]";
  }

  void call(const llvm::CallInst& call, const std::string& dst) {
    const llvm::Function* callee = call.getCalledFunction();
    if (call.isInlineAsm())
      fail(&call,
           "inline assembly cannot be traced: move it into a WEFT_DONT_LOOK_INSIDE function");
    if (!callee) fail(&call, "indirect calls are not supported yet");
    if (call.hasFnAttr(llvm::Attribute::ReturnsTwice) ||
        callee->hasFnAttribute(llvm::Attribute::ReturnsTwice))
      fail(&call, "setjmp (" + callee->getName().str() +
                      " returns twice) cannot be traced: use it only in WEFT_DONT_LOOK_INSIDE "
                      "functions");
    std::string name = callee->getName().str();
    if (name == "weft_jit_merge_point" || name == "weft_jit_can_enter_jit" ||
        name == "weft_jit_portal_entry")
      return marker(call, name == "weft_jit_merge_point"     ? "jit_merge_point"
                          : name == "weft_jit_can_enter_jit" ? "can_enter_jit"
                                                             : "portal_entry");
    if (name == "weft_jit_promote_int" || name == "weft_jit_promote_ref") {
      // promote(x): the tracer guards x's current value and makes it a constant.
      char b = vbank(&call);
      std::string x = operand_of(b, call.getArgOperand(0), &call);
      out_ << "  " << (b == 'r' ? "ref" : "int") << "_guard_value(" << x << ")\n";
      return emit(dst, copy_op(b), x);
    }
    std::string problem;
    if (auto alloc = GcRefs::allocation(call, &problem)) {
      declarations_.insert("size " + alloc->descr + " typeid(" + alloc->symbol + ") " +
                           std::to_string(alloc->size));
      out_ << "  " << dst << " = new(descr=" << alloc->descr << ")\n";
      return;
    }
    if (!problem.empty()) fail(&call, problem);
    // A barrier after a store into a GC object's field: its store was a setfield_gc_r, which
    // runs the barrier itself. Otherwise the store went to raw memory that the collector traces
    // (a tagged slot of a variable-size object, like an interpreter's frame): the barrier is a
    // residual call of its native version below.
    if (name == "weft_gc_write_barrier" && gc_field(call.getArgOperand(0), &call)) return;
    if (name == "weft_jit_we_are_jitted") return emit(dst, "int_copy", "$1");
    if (name == "weft_jit_isconstant_int" || name == "weft_jit_isconstant_ref") {
      // A raw pointer is an integer of the trace: int_isconstant.
      char b = vbank(call.getArgOperand(0));
      return emit(dst, b == 'r' ? "ref_isconstant" : "int_isconstant",
                  operand_of(b, call.getArgOperand(0), &call));
    }
    if (name == "weft_jit_isvirtual") {
      if (!refs_.is_ref(call.getArgOperand(0)))
        fail(&call,
             "isvirtual() of a pointer that is not a GC reference (only objects "
             "allocated with weft::gc::Heap::allocate_fixed can be virtual)");
      return emit(dst, "ref_isvirtual", operand_of('r', call.getArgOperand(0), &call));
    }
    if (name == "weft_jit_has_class" || name == "weft_jit_record_exact_class") {
      // class_hints.h: the GC type is the size descriptor of its allocations (the loader reads
      // the id from type_id_v<T>'s symbol); the object a reference (the tracer reads its
      // header).
      auto type = GcRefs::type_of(call.getArgOperand(1), "new.");
      auto* size = llvm::dyn_cast<llvm::ConstantInt>(call.getArgOperand(2));
      if (!type || !size) fail(&call, "a class hint must name its type as weft::gc::type_id_v<T>");
      declarations_.insert("size " + type->descr + " typeid(" + type->symbol + ") " +
                           std::to_string(size->getZExtValue()));
      std::string object = operand_of('r', call.getArgOperand(0), &call);
      if (name == "weft_jit_has_class")
        return emit(dst, "ref_has_class", object, "descr=" + type->descr);
      out_ << "  record_exact_class(" << object << ", descr=" << type->descr << ")\n";
      return;
    }
    std::vector<std::pair<char, std::string>> args;
    std::string types;
    for (const llvm::Use& arg : call.args()) {
      char b = vbank(arg.get());
      args.push_back({b, operand_of(b, arg.get(), &call)});
      types += std::string(types.empty() ? "" : ", ") + b;
    }
    bool is_void = call.getType()->isVoidTy();
    char result = is_void ? 'v' : vbank(&call);
    std::string assign = is_void ? "" : dst + " = ";
    auto residual = [&](const std::string& why) {  // executed, not traced
      if (!callee->isDeclaration() && callee->hasLocalLinkage())
        fail(&call, "the JIT calls " + name +
                        " by its symbol, so it needs external linkage (not static, not in an "
                        "anonymous namespace)" +
                        (why.find("loop") != std::string::npos
                             ? ", or WEFT_UNROLL_SAFE to trace into its loop"
                             : ""));
      residual_[name] = why;
      declarations_.insert("call call." + name + " (" + types + ") " + result +
                           effects_of(call, *callee));
      out_ << "  " << assign << "residual_call_" << result << "($sym(" << name << "), descr=call."
           << name << ", " << lists(args) << ")\n";
    };
    auto traced = [&](const std::string& function) {
      needed_.insert(function);
      out_ << "  " << assign << "inline_call_" << result << "(@" << function << ", " << lists(args)
           << ")\n";
    };
    if (const char* why = residual_reason(*callee, hints_, roots_)) return residual(why);
    if (const llvm::Function* predicate = hints_.look_inside_if(*callee)) {
      // WEFT_LOOK_INSIDE_IF: the predicate (usually isconstant of arguments, a constant of the
      // trace, so no guard) chooses between tracing into the callee and calling it.
      std::string inside = temp(), otherwise = new_label(), end = new_label();
      needed_.insert(predicate->getName().str());
      out_ << "  " << inside << " = inline_call_i(@" << predicate->getName().str() << ", "
           << lists(args) << ")\n";
      out_ << "  goto_if_not(" << inside << ", " << otherwise << ")\n";
      traced(name);
      out_ << "  goto(" << end << ")\n" << otherwise << ":\n";
      residual("when " + predicate->getName().str() + " is false");
      out_ << end << ":\n";
      return;
    }
    traced(name);
  }

  // The effect information of a residual call, for the optimizer's heap cache: WEFT_ELIDABLE,
  // or what LLVM knows of the callee's memory (its own inference for functions with bodies, the
  // attributes of declarations: libc's, __attribute__((const)) / ((pure))). A function that
  // touches no memory, returns and does not unwind gives the same result for the same
  // arguments (elidable: calls with constant arguments fold); one that only reads leaves the
  // heap cache intact (readonly). Everything else may write raw memory unless the callee is
  // WEFT_NO_RAW_ACCESS (no_raw), and any field unless its body shows which ones it writes
  // (writes(...): the heap cache keeps the others across the call).
  std::string effects_of(const llvm::CallInst& call, const llvm::Function& callee) {
    if (hints_.has(callee, "elidable")) return " elidable";
    if (!call.getType()->isVoidTy() && call.doesNotAccessMemory() && call.doesNotThrow() &&
        call.hasFnAttr(llvm::Attribute::WillReturn))
      return " elidable";
    std::string raw = hints_.has(callee, "no_raw_access") ? " no_raw" : "";
    if (call.onlyReadsMemory() && call.doesNotThrow()) return " readonly" + raw;
    // The fields its body writes (the program's main turns them into descriptor names).
    if (!callee.isDeclaration())
      if (auto writes = names_.writes(callee)) {
        std::string list;
        for (const std::string& w : *writes) list += (list.empty() ? "" : ", ") + w;
        raw += " writes(" + list + ")";
      }
    return raw;
  }

  // The hint markers (hints.h with WEFT_CODEGEN): (driver, number of greens, greens..., reds...).
  void marker(const llvm::CallInst& call, const char* op) {
    auto* count = llvm::dyn_cast<llvm::ConstantInt>(call.getArgOperand(1));
    if (!count) fail(&call, "the number of greens must be a constant");
    std::vector<std::pair<char, std::string>> greens, reds;
    for (unsigned k = 2; k < call.arg_size(); ++k) {
      const llvm::Value* v = call.getArgOperand(k);
      (k - 2 < count->getZExtValue() ? greens : reds)
          .push_back({vbank(v), operand_of(vbank(v), v, &call)});
    }
    out_ << "  " << op << "(" << lists(greens) << ", " << lists(reds) << ")\n";
    auto again = plan_.recompute.find(&call);
    if (again != plan_.recompute.end())
      for (const llvm::Instruction* inst : again->second) translate(*inst);
  }

  // An instruction of kOpcodeRules; false if `inst` is not one.
  bool translate_by_rule(const llvm::Instruction& inst, const std::string& dst) {
    const OpcodeRule* rule =
        std::find_if(std::begin(kOpcodeRules), std::end(kOpcodeRules),
                     [&](const OpcodeRule& r) { return r.opcode == inst.getOpcode(); });
    if (rule == std::end(kOpcodeRules)) return false;
    if (rule->narrow_only && width(&inst) == 64)
      fail(&inst, "64-bit unsigned division is not supported yet");
    auto use = [&](OperandUse how, unsigned k) {
      const llvm::Value* v = inst.getOperand(k);
      return how == OperandUse::kAsIs ? operand(v, &inst)
                                      : extended(v, how == OperandUse::kSigned, &inst);
    };
    // The operands in order: widening one may emit an instruction before the op.
    std::string a = use(rule->a, 0);
    emit(dst, rule->op, a, rule->b == OperandUse::kNone ? "" : use(rule->b, 1));
    return true;
  }

  // Floating-point instructions (doubles); false if `inst` is not one.
  bool translate_float(const llvm::Instruction& inst, const std::string& dst) {
    auto op = [&](unsigned k) { return operand(inst.getOperand(k), &inst); };
    switch (inst.getOpcode()) {
      case llvm::Instruction::UIToFP: {
        // Exact for narrower integers (zero-extended) and for 64-bit ones known non-negative.
        bool nonneg = inst.hasNonNeg();
        if (width(inst.getOperand(0)) == 64 && !nonneg)
          fail(&inst, "converting a 64-bit unsigned integer to double is not supported yet");
        emit(dst, "cast_int_to_float", extended(inst.getOperand(0), false, &inst));
        return true;
      }
      case llvm::Instruction::FCmp: {
        using P = llvm::CmpInst::Predicate;
        auto& cmp = llvm::cast<llvm::FCmpInst>(inst);
        // Ordered predicates are the IR's float comparisons (false on NaN); an unordered one
        // is the negation of the opposite ordered one; une is float_ne (true on NaN).
        static const std::map<P, std::pair<const char*, bool>> kOps = {
            {P::FCMP_OEQ, {"float_eq", false}}, {P::FCMP_OLT, {"float_lt", false}},
            {P::FCMP_OLE, {"float_le", false}}, {P::FCMP_OGT, {"float_gt", false}},
            {P::FCMP_OGE, {"float_ge", false}}, {P::FCMP_UNE, {"float_ne", false}},
            {P::FCMP_UGE, {"float_lt", true}},  {P::FCMP_UGT, {"float_le", true}},
            {P::FCMP_ULE, {"float_gt", true}},  {P::FCMP_ULT, {"float_ge", true}},
        };
        if (cmp.getPredicate() == P::FCMP_UNO || cmp.getPredicate() == P::FCMP_ORD) {
          // Unordered: either operand is NaN, the one value not equal to itself.
          std::string a = temp(), b = temp();
          emit(a, "float_ne", op(0), op(0));
          emit(b, "float_ne", op(1), op(1));
          if (cmp.getPredicate() == P::FCMP_UNO) {
            emit(dst, "int_or", a, b);
          } else {
            std::string either = temp();
            emit(either, "int_or", a, b);
            emit(dst, "int_xor", either, "$1");
          }
          return true;
        }
        auto it = kOps.find(cmp.getPredicate());
        if (it == kOps.end()) fail(&inst, "this float comparison is not supported yet");
        auto [name, negate] = it->second;
        if (!negate) {
          emit(dst, name, op(0), op(1));
          return true;
        }
        std::string t = temp();
        emit(t, name, op(0), op(1));
        emit(dst, "int_xor", t, "$1");
        return true;
      }
      default:
        return false;
    }
  }

 public:
  std::set<std::string> declarations_;           // descriptor declarations the jitcode needs
  std::map<std::string, std::string> residual_;  // functions called, not traced: why

 private:
  const llvm::Function& f_;
  const InterpreterHints& hints_;
  const GcRefs& refs_;
  const FieldNames& names_;
  const std::set<std::string>& roots_;
  weft::codegen::MergePointPlan plan_;
  std::set<std::string>& needed_;
  std::map<const llvm::Value*, std::string> regs_;
  std::map<const llvm::BasicBlock*, std::string> labels_;
  unsigned next_reg_[3] = {0, 0, 0}, edges_ = 0;
  std::ostringstream out_;
};

// The functions the jitcodes are made of: the roots and what they call, except functions
// without a body and those the hints keep residual.
}  // namespace

TranslatedFunction translate_function(const llvm::Function& f, const InterpreterHints& hints,
                                      const GcRefs& refs, const FieldNames& names,
                                      const std::set<std::string>& roots,
                                      std::set<std::string>& needed) {
  FunctionTranslator translator(f, hints, refs, names, roots, needed);
  TranslatedFunction result;
  result.text = translator.run();
  result.declarations = std::move(translator.declarations_);
  result.residual = std::move(translator.residual_);
  return result;
}

}  // namespace weft::codegen
