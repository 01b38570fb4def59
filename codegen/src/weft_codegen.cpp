// weft-codegen: translates functions of an LLVM bitcode module into jitcodes, in the text form
// that weft::jit::parse_jitcodes reads (framework/include/weft/jit/jitcode.h).
//
//   weft-codegen input.bc --root NAME [--root NAME ...] [-o output.jitcode]
//
// First version (docs/meta-tracing.md §3): integer code — arithmetic of any width, comparisons,
// select, branches, switch, phis, calls between translated functions (inlined when traced);
// pointers as raw addresses (getelementptr, loads and stores through "raw.N" descriptors);
// calls of functions without a body as residual calls; the hint markers of hints.h; doubles
// (float bank). GC references with field descriptors from TBAA, and effect information come
// next. Anything else
// is reported as "FILE:LINE: error: ..." (with debug info; else the function's name) and the tool
// fails.
//
// Narrow integers (iN, N < 64) live in 64-bit registers whose high bits are unspecified; an
// operation that depends on them (comparisons, right shifts, division, extension, return)
// first extends its operands explicitly.
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
#include <llvm/IRReader/IRReader.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "interpreter_hints.h"
#include "merge_point_check.h"

namespace {

using weft::codegen::InterpreterHints;

struct Failure {
  std::string message;
};

// Where an instruction comes from, for diagnostics.
std::string location(const llvm::Instruction& inst) {
  if (const llvm::DebugLoc& loc = inst.getDebugLoc())
    return loc->getFilename().str() + ":" + std::to_string(loc.getLine());
  return "function " + inst.getFunction()->getName().str();
}

class FunctionTranslator {
 public:
  FunctionTranslator(const llvm::Function& f, const InterpreterHints& hints,
                     std::set<std::string>& needed)
      : f_(f), hints_(hints), needed_(needed) {}

  std::string run() {
    plan_ = weft::codegen::plan_merge_points(f_);
    if (!plan_.errors.empty()) {
      std::sort(plan_.errors.begin(), plan_.errors.end());
      std::string all;
      for (const std::string& e : plan_.errors) all += (all.empty() ? "" : "\n") + e;
      throw Failure{all};
    }
    std::string params;
    for (const llvm::Argument& arg : f_.args()) {
      bank(arg.getType(), nullptr);
      params += (params.empty() ? "" : ", ") + reg(&arg);
    }
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
    throw Failure{where + ": error: " + what + " (in " + f_.getName().str() + ")"};
  }

  // The register bank of a value of `type`: 'i' for integers up to 64 bits and pointers (raw
  // addresses, for now), 'f' for doubles.
  char bank(llvm::Type* type, const llvm::Instruction* inst) {
    if (type->isPointerTy()) return 'i';
    if (type->isIntegerTy() && type->getIntegerBitWidth() <= 64) return 'i';
    if (type->isDoubleTy()) return 'f';
    std::string name;
    llvm::raw_string_ostream s(name);
    type->print(s);
    fail(inst, "values of type " + name + " are not supported yet");
  }
  void require_int(llvm::Type* type, const llvm::Instruction* inst) {
    if (bank(type, inst) != 'i') fail(inst, "a double where an integer is needed");
  }
  static const char* copy_op(char b) { return b == 'f' ? "float_copy" : "int_copy"; }

  std::string reg(const llvm::Value* v) {
    auto it = regs_.find(v);
    if (it != regs_.end()) return it->second;
    char b = bank(v->getType(), llvm::dyn_cast<llvm::Instruction>(v));
    return regs_[v] = b + std::to_string(next_reg_[b == 'f']++);
  }
  std::string temp(char b = 'i') { return b + std::to_string(next_reg_[b == 'f']++); }
  std::string label(const llvm::BasicBlock* bb) {
    auto it = labels_.find(bb);
    if (it != labels_.end()) return it->second;
    return labels_[bb] = "bb" + std::to_string(labels_.size());
  }
  std::string new_label() { return "edge" + std::to_string(edges_++); }

  static unsigned width(const llvm::Value* v) {
    return v->getType()->isPointerTy() ? 64 : v->getType()->getIntegerBitWidth();
  }

  // An operand as register or constant, as it stands (high bits unspecified).
  std::string operand(const llvm::Value* v, const llvm::Instruction* user) {
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

  // Copies for the phis of `to` when arriving from `from` (all read before any is written).
  void phi_copies(const llvm::BasicBlock* from, const llvm::BasicBlock* to) {
    std::vector<std::pair<std::string, std::string>> moves;
    for (const llvm::PHINode& phi : to->phis())
      moves.push_back({reg(&phi), operand(phi.getIncomingValueForBlock(from), &phi)});
    std::vector<std::string> temps;
    for (auto& [dst, src] : moves) {
      temps.push_back(temp(dst[0]));
      out_ << "  " << temps.back() << " = " << copy_op(dst[0]) << "(" << src << ")\n";
    }
    for (size_t k = 0; k < moves.size(); ++k)
      out_ << "  " << moves[k].first << " = " << copy_op(moves[k].first[0]) << "(" << temps[k]
           << ")\n";
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
    if (!inst.getType()->isVoidTy()) bank(inst.getType(), &inst);
    const std::string dst = inst.getType()->isVoidTy() ? "" : reg(&inst);
    if (translate_float(inst, dst)) return;
    switch (inst.getOpcode()) {
      case llvm::Instruction::Add:
        return emit(dst, "int_add", operand(inst.getOperand(0), &inst),
                    operand(inst.getOperand(1), &inst));
      case llvm::Instruction::Sub:
        return emit(dst, "int_sub", operand(inst.getOperand(0), &inst),
                    operand(inst.getOperand(1), &inst));
      case llvm::Instruction::Mul:
        return emit(dst, "int_mul", operand(inst.getOperand(0), &inst),
                    operand(inst.getOperand(1), &inst));
      case llvm::Instruction::And:
        return emit(dst, "int_and", operand(inst.getOperand(0), &inst),
                    operand(inst.getOperand(1), &inst));
      case llvm::Instruction::Or:
        return emit(dst, "int_or", operand(inst.getOperand(0), &inst),
                    operand(inst.getOperand(1), &inst));
      case llvm::Instruction::Xor:
        return emit(dst, "int_xor", operand(inst.getOperand(0), &inst),
                    operand(inst.getOperand(1), &inst));
      case llvm::Instruction::Shl:
        return emit(dst, "int_lshift", operand(inst.getOperand(0), &inst),
                    extended(inst.getOperand(1), false, &inst));
      case llvm::Instruction::LShr:
        return emit(dst, "uint_rshift", extended(inst.getOperand(0), false, &inst),
                    extended(inst.getOperand(1), false, &inst));
      case llvm::Instruction::AShr:
        return emit(dst, "int_rshift", extended(inst.getOperand(0), true, &inst),
                    extended(inst.getOperand(1), false, &inst));
      case llvm::Instruction::SDiv:
      case llvm::Instruction::SRem:
        return emit(dst, inst.getOpcode() == llvm::Instruction::SDiv ? "int_floordiv" : "int_mod",
                    extended(inst.getOperand(0), true, &inst),
                    extended(inst.getOperand(1), true, &inst));
      case llvm::Instruction::UDiv:
      case llvm::Instruction::URem:
        if (width(&inst) == 64) fail(&inst, "64-bit unsigned division is not supported yet");
        return emit(dst, inst.getOpcode() == llvm::Instruction::UDiv ? "int_floordiv" : "int_mod",
                    extended(inst.getOperand(0), false, &inst),
                    extended(inst.getOperand(1), false, &inst));
      case llvm::Instruction::Trunc:
      case llvm::Instruction::Freeze:
        return emit(dst, "int_copy", operand(inst.getOperand(0), &inst));
      case llvm::Instruction::ZExt:
      case llvm::Instruction::SExt:
        return emit(
            dst, "int_copy",
            extended(inst.getOperand(0), inst.getOpcode() == llvm::Instruction::SExt, &inst));
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
        emit(dst, copy_op(dst[0]), operand(inst.getOperand(1), &inst));
        out_ << "  goto(" << end << ")\n" << otherwise << ":\n";
        emit(dst, copy_op(dst[0]), operand(inst.getOperand(2), &inst));
        out_ << end << ":\n";
        return;
      }
      case llvm::Instruction::Call:
        return call(llvm::cast<llvm::CallInst>(inst), dst);
      case llvm::Instruction::GetElementPtr:
        return address(llvm::cast<llvm::GetElementPtrInst>(inst), dst);
      case llvm::Instruction::Load: {
        auto& load = llvm::cast<llvm::LoadInst>(inst);
        std::string at = operand(load.getPointerOperand(), &inst);
        Mutability m = InterpreterHints::quasi_immutable(load) ? Mutability::Quasi
                       : hints_.immutable(load)                ? Mutability::Immutable
                                                               : Mutability::Mutable;
        return emit(dst, dst[0] == 'f' ? "getfield_raw_f" : "getfield_raw_i", at,
                    "descr=" + raw_field(load.getType(), &inst, m));
      }
      case llvm::Instruction::Store: {
        auto& store = llvm::cast<llvm::StoreInst>(inst);
        bool is_float = bank(store.getValueOperand()->getType(), &inst) == 'f';
        out_ << "  setfield_raw_" << (is_float ? "f(" : "i(")
             << operand(store.getPointerOperand(), &inst) << ", "
             << operand(store.getValueOperand(), &inst)
             << ", descr=" << raw_field(store.getValueOperand()->getType(), &inst) << ")\n";
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
        if (bank(ret.getReturnValue()->getType(), &inst) == 'f') {
          out_ << "  float_return(" << operand(ret.getReturnValue(), &inst) << ")\n";
          return;
        }
        std::string value = extended(ret.getReturnValue(), true, &inst);  // may emit an extension
        out_ << "  int_return(" << value << ")\n";
        return;
      }
      case llvm::Instruction::Unreachable:
        out_ << "  int_return($0)\n";
        return;
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
  std::string raw_field(llvm::Type* type, const llvm::Instruction* inst,
                        Mutability m = Mutability::Mutable) {
    const char* suffix = m == Mutability::Immutable ? ".imm" : m == Mutability::Quasi ? ".qi" : "";
    const char* flag = m == Mutability::Immutable ? " immutable"
                       : m == Mutability::Quasi   ? " quasi_immutable"
                                                  : "";
    if (bank(type, inst) == 'f') {
      declarations_.insert(std::string("field raw.f8") + suffix + " 0 8 f" + flag);
      return std::string("raw.f8") + suffix;
    }
    unsigned bytes = type->isPointerTy() ? 8 : (type->getIntegerBitWidth() + 7) / 8;
    if (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8)
      fail(inst, "a memory access of " + std::to_string(bytes) + " bytes is not supported");
    std::string name = "raw." + std::to_string(bytes) + suffix;
    declarations_.insert("field " + name + " 0 " + std::to_string(bytes) + " i unsigned" + flag);
    return name;
  }

  // getelementptr: the base address plus constant offsets and scaled indices.
  void address(const llvm::GetElementPtrInst& gep, const std::string& dst) {
    const llvm::DataLayout& layout = gep.getModule()->getDataLayout();
    std::string current = operand(gep.getPointerOperand(), &gep);
    int64_t constant = 0;
    for (auto it = llvm::gep_type_begin(gep); it != llvm::gep_type_end(gep); ++it) {
      const llvm::Value* index = it.getOperand();
      if (llvm::StructType* st = it.getStructTypeOrNull()) {
        unsigned field = unsigned(llvm::cast<llvm::ConstantInt>(index)->getZExtValue());
        constant += int64_t(layout.getStructLayout(st)->getElementOffset(field));
        continue;
      }
      int64_t size = int64_t(it.getSequentialElementStride(layout));
      if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(index)) {
        constant += c->getSExtValue() * size;
        continue;
      }
      std::string scaled = extended(index, true, &gep);
      if (size != 1) {
        std::string t = temp();
        emit(t, "int_mul", scaled, "$" + std::to_string(size));
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
    auto [op, sign] = kOps.at(cmp.getPredicate());
    emit(dst, op, extended(cmp.getOperand(0), sign, &cmp), extended(cmp.getOperand(1), sign, &cmp));
  }

  // Register lists by bank, as jitcode calls take them: "[ints], [], [floats]".
  std::string lists(const std::vector<std::pair<char, std::string>>& values) {
    std::string ints, floats;
    for (const auto& [b, text] : values) {
      std::string& list = b == 'f' ? floats : ints;
      list += (list.empty() ? "" : ", ") + text;
    }
    return "[" + ints + "], [], [" + floats + "]";
  }

  void call(const llvm::CallInst& call, const std::string& dst) {
    const llvm::Function* callee = call.getCalledFunction();
    if (!callee) fail(&call, "indirect calls are not supported yet");
    std::string name = callee->getName().str();
    if (name == "weft_jit_merge_point" || name == "weft_jit_can_enter_jit")
      return marker(call, name == "weft_jit_merge_point" ? "jit_merge_point" : "can_enter_jit");
    if (name == "weft_jit_promote_int" || name == "weft_jit_promote_ref") {
      // promote(x): the tracer guards x's current value and makes it a constant.
      std::string x = operand(call.getArgOperand(0), &call);
      out_ << "  int_guard_value(" << x << ")\n";
      return emit(dst, "int_copy", x);
    }
    if (name == "weft_jit_we_are_jitted") return emit(dst, "int_copy", "$1");
    if (name == "weft_jit_record_exact_class") return;  // no guard to spare yet
    std::vector<std::pair<char, std::string>> args;
    std::string types;
    for (const llvm::Use& arg : call.args()) {
      char b = bank(arg->getType(), &call);
      args.push_back({b, operand(arg.get(), &call)});
      types += std::string(types.empty() ? "" : ", ") + b;
    }
    bool is_void = call.getType()->isVoidTy();
    char result = is_void ? 'v' : bank(call.getType(), &call);
    std::string assign = is_void ? "" : dst + " = ";
    const char* why = callee->isDeclaration()                   ? "no body"
                      : hints_.has(*callee, "dont_look_inside") ? "dont_look_inside"
                      : hints_.has(*callee, "elidable")         ? "elidable"
                                                                : nullptr;
    if (why) {  // a residual call: executed, not traced
      if (!callee->isDeclaration() && callee->hasLocalLinkage())
        fail(&call, "the JIT calls " + name +
                        " by its symbol, so it needs external linkage (not static, not in an "
                        "anonymous namespace)");
      residual_[name] = why;
      bool elidable = hints_.has(*callee, "elidable");
      declarations_.insert("call call." + name + " (" + types + ") " + result +
                           (elidable ? " elidable" : ""));
      out_ << "  " << assign << "residual_call_" << result << "($sym(" << name << "), descr=call."
           << name << ", " << lists(args) << ")\n";
      return;
    }
    needed_.insert(name);
    out_ << "  " << assign << "inline_call_" << result << "(@" << name << ", " << lists(args)
         << ")\n";
  }

  // The hint markers (hints.h with WEFT_CODEGEN): (driver, number of greens, greens..., reds...).
  void marker(const llvm::CallInst& call, const char* op) {
    auto* count = llvm::dyn_cast<llvm::ConstantInt>(call.getArgOperand(1));
    if (!count) fail(&call, "the number of greens must be a constant");
    std::vector<std::pair<char, std::string>> greens, reds;
    for (unsigned k = 2; k < call.arg_size(); ++k) {
      const llvm::Value* v = call.getArgOperand(k);
      (k - 2 < count->getZExtValue() ? greens : reds)
          .push_back({bank(v->getType(), &call), operand(v, &call)});
    }
    out_ << "  " << op << "(" << lists(greens) << ", " << lists(reds) << ")\n";
    auto again = plan_.recompute.find(&call);
    if (again != plan_.recompute.end())
      for (const llvm::Instruction* inst : again->second) translate(*inst);
  }

  // Floating-point instructions (doubles); false if `inst` is not one.
  bool translate_float(const llvm::Instruction& inst, const std::string& dst) {
    auto op = [&](unsigned k) { return operand(inst.getOperand(k), &inst); };
    switch (inst.getOpcode()) {
      case llvm::Instruction::FAdd:
        emit(dst, "float_add", op(0), op(1));
        return true;
      case llvm::Instruction::FSub:
        emit(dst, "float_sub", op(0), op(1));
        return true;
      case llvm::Instruction::FMul:
        emit(dst, "float_mul", op(0), op(1));
        return true;
      case llvm::Instruction::FDiv:
        emit(dst, "float_truediv", op(0), op(1));
        return true;
      case llvm::Instruction::FNeg:
        emit(dst, "float_neg", op(0));
        return true;
      case llvm::Instruction::SIToFP:
        emit(dst, "cast_int_to_float", extended(inst.getOperand(0), true, &inst));
        return true;
      case llvm::Instruction::UIToFP: {
        // Exact for narrower integers (zero-extended) and for 64-bit ones known non-negative.
        bool nonneg = inst.hasNonNeg();
        if (width(inst.getOperand(0)) == 64 && !nonneg)
          fail(&inst, "converting a 64-bit unsigned integer to double is not supported yet");
        emit(dst, "cast_int_to_float", extended(inst.getOperand(0), false, &inst));
        return true;
      }
      case llvm::Instruction::FPToSI:
        emit(dst, "cast_float_to_int", op(0));
        return true;
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
  weft::codegen::MergePointPlan plan_;
  std::set<std::string>& needed_;
  std::map<const llvm::Value*, std::string> regs_;
  std::map<const llvm::BasicBlock*, std::string> labels_;
  unsigned next_reg_[2] = {0, 0}, edges_ = 0;
  std::ostringstream out_;
};

}  // namespace

int main(int argc, char** argv) {
  std::string input, output, report;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--root" && i + 1 < argc) {
      roots.push_back(argv[++i]);
    } else if (a == "-o" && i + 1 < argc) {
      output = argv[++i];
    } else if (a == "--report" && i + 1 < argc) {
      report = argv[++i];
    } else if (input.empty() && a[0] != '-') {
      input = a;
    } else {
      std::fprintf(
          stderr,
          "usage: weft-codegen input.bc --root NAME... [-o output.jitcode] [--report FILE]\n");
      return 2;
    }
  }
  if (input.empty() || roots.empty()) {
    std::fprintf(
        stderr,
        "usage: weft-codegen input.bc --root NAME... [-o output.jitcode] [--report FILE]\n");
    return 2;
  }
  llvm::LLVMContext context;
  llvm::SMDiagnostic diag;
  std::unique_ptr<llvm::Module> module = llvm::parseIRFile(input, diag, context);
  if (!module) {
    diag.print("weft-codegen", llvm::errs());
    return 1;
  }
  InterpreterHints hints(*module);
  if (!hints.errors().empty()) {
    for (const std::string& e : hints.errors()) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  std::set<std::string> needed(roots.begin(), roots.end()), done, declarations;
  std::map<std::string, std::string> residual;
  std::string text;
  try {
    while (done.size() < needed.size()) {
      for (const std::string& name : std::set<std::string>(needed)) {
        if (!done.insert(name).second) continue;
        const llvm::Function* f = module->getFunction(name);
        if (!f || f->isDeclaration()) throw Failure{"error: no function " + name + " with a body"};
        FunctionTranslator translator(*f, hints, needed);
        text += translator.run();
        declarations.insert(translator.declarations_.begin(), translator.declarations_.end());
        residual.insert(translator.residual_.begin(), translator.residual_.end());
      }
    }
  } catch (const Failure& failure) {
    std::fprintf(stderr, "%s\n", failure.message.c_str());
    return 1;
  }
  std::string header;
  for (const std::string& d : declarations) header += d + "\n";
  text = header + text;
  if (!report.empty()) {
    std::string r = "# weft-codegen build report: what the JIT traces and what it calls\n";
    for (const std::string& name : done) {
      const llvm::DISubprogram* sp = module->getFunction(name)->getSubprogram();
      r += "traced   " + name;
      if (sp) r += "  (" + sp->getFilename().str() + ":" + std::to_string(sp->getLine()) + ")";
      r += "\n";
    }
    for (const auto& [name, why] : residual) r += "residual " + name + "  (" + why + ")\n";
    if (FILE* f = std::fopen(report.c_str(), "w")) {
      std::fputs(r.c_str(), f);
      std::fclose(f);
    } else {
      std::fprintf(stderr, "weft-codegen: cannot write %s\n", report.c_str());
      return 1;
    }
  }
  if (output.empty()) {
    std::fputs(text.c_str(), stdout);
  } else if (FILE* f = std::fopen(output.c_str(), "w")) {
    std::fputs(text.c_str(), f);
    std::fclose(f);
  } else {
    std::fprintf(stderr, "weft-codegen: cannot write %s\n", output.c_str());
    return 1;
  }
  return 0;
}
