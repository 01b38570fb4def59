#include "merge_point_check.h"

#include <llvm/IR/CFG.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/DebugProgramInstruction.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>

#include <map>
#include <set>

namespace weft::codegen {

namespace {

using ValueSet = std::set<const llvm::Value*>;

bool tracked(const llvm::Value* v) {
  return (llvm::isa<llvm::Instruction>(v) || llvm::isa<llvm::Argument>(v)) &&
         !v->getType()->isVoidTy() && !v->getType()->isMetadataTy() && !v->getType()->isTokenTy();
}

bool is_merge_point(const llvm::Instruction& inst) {
  auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
  const llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
  return callee && callee->getName() == "weft_jit_merge_point";
}

// The name the author gave a value (from debug info), or a description of where it is made.
std::string describe(const llvm::Value* v) {
  llvm::SmallVector<llvm::DbgValueInst*, 2> intrinsics;
  llvm::SmallVector<llvm::DbgVariableRecord*, 2> records;
  llvm::findDbgValues(intrinsics, const_cast<llvm::Value*>(v), &records);
  for (auto* d : intrinsics)
    if (d->getVariable()) return "variable '" + d->getVariable()->getName().str() + "'";
  for (auto* d : records)
    if (d->getVariable()) return "variable '" + d->getVariable()->getName().str() + "'";
  if (auto* arg = llvm::dyn_cast<llvm::Argument>(v))
    return "parameter " + std::to_string(arg->getArgNo() + 1);
  auto* inst = llvm::cast<llvm::Instruction>(v);
  std::string what = std::string("a value (") + inst->getOpcodeName();
  if (auto* call = llvm::dyn_cast<llvm::CallInst>(inst))
    if (const llvm::Function* callee = call->getCalledFunction())
      what += " " + callee->getName().str();
  what += ")";
  if (const llvm::DebugLoc& loc = inst->getDebugLoc())
    what += " computed at " + loc->getFilename().str() + ":" + std::to_string(loc.getLine());
  return what;
}

// Whether `v` is a pure function of `declared` values and constants, through instructions the
// translator can emit twice; if so, appends it (after its operands) to `order`.
bool recomputable(const llvm::Value* v, const ValueSet& declared,
                  std::vector<const llvm::Instruction*>& order, ValueSet& placed, int depth = 0) {
  if (!tracked(v) || declared.count(v) || placed.count(v)) return true;
  auto* inst = llvm::dyn_cast<llvm::Instruction>(v);
  if (!inst || depth > 16) return false;
  bool pure = llvm::isa<llvm::GetElementPtrInst>(inst) || llvm::isa<llvm::CastInst>(inst) ||
              llvm::isa<llvm::BinaryOperator>(inst) || llvm::isa<llvm::ICmpInst>(inst);
  if (!pure || inst->mayHaveSideEffects()) return false;
  if (auto* bin = llvm::dyn_cast<llvm::BinaryOperator>(inst))
    if (bin->getOpcode() == llvm::Instruction::SDiv ||
        bin->getOpcode() == llvm::Instruction::UDiv ||
        bin->getOpcode() == llvm::Instruction::SRem || bin->getOpcode() == llvm::Instruction::URem)
      return false;  // may trap where the original did not run
  for (const llvm::Use& u : inst->operands())
    if (!recomputable(u.get(), declared, order, placed, depth + 1)) return false;
  placed.insert(inst);
  order.push_back(inst);
  return true;
}

}  // namespace

MergePointPlan plan_merge_points(const llvm::Function& f) {
  std::vector<const llvm::Instruction*> points;
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb)
      if (is_merge_point(inst)) points.push_back(&inst);
  if (points.empty()) return {};

  // Backward liveness over blocks; a phi's operand is used at the end of its predecessor.
  std::map<const llvm::BasicBlock*, ValueSet> live_in, live_out;
  std::vector<const llvm::BasicBlock*> blocks;
  for (const llvm::BasicBlock& bb : f) blocks.push_back(&bb);
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
      const llvm::BasicBlock& bb = **it;
      ValueSet out;
      for (const llvm::BasicBlock* succ : llvm::successors(&bb)) {
        for (const llvm::Value* v : live_in[succ]) out.insert(v);
        for (const llvm::PHINode& phi : succ->phis()) {
          const llvm::Value* in = phi.getIncomingValueForBlock(&bb);
          if (in && tracked(in)) out.insert(in);
        }
      }
      ValueSet in = out;
      for (auto i = bb.rbegin(); i != bb.rend(); ++i) {
        in.erase(&*i);
        if (llvm::isa<llvm::PHINode>(*i)) continue;
        for (const llvm::Use& u : i->operands())
          if (tracked(u.get())) in.insert(u.get());
      }
      if (out != live_out[&bb] || in != live_in[&bb]) {
        live_out[&bb] = std::move(out);
        live_in[&bb] = std::move(in);
        changed = true;
      }
    }
  }

  MergePointPlan plan;
  for (const llvm::Instruction* point : points) {
    const llvm::BasicBlock* bb = point->getParent();
    ValueSet live = live_out[bb];
    for (auto i = bb->rbegin(); &*i != point; ++i) {
      live.erase(&*i);
      if (llvm::isa<llvm::PHINode>(*i)) continue;
      for (const llvm::Use& u : i->operands())
        if (tracked(u.get())) live.insert(u.get());
    }
    ValueSet declared;
    for (const llvm::Use& u : point->operands()) {
      live.erase(u.get());
      declared.insert(u.get());
    }
    std::string where = "function " + f.getName().str();
    if (const llvm::DebugLoc& loc = point->getDebugLoc())
      where = loc->getFilename().str() + ":" + std::to_string(loc.getLine());
    std::vector<const llvm::Instruction*>& recompute = plan.recompute[point];
    ValueSet placed;
    for (const llvm::Value* v : live) {
      if (recomputable(v, declared, recompute, placed)) continue;
      plan.errors.push_back(where + ": error: " + describe(v) +
                            " is live across the jit_merge_point but is neither a green nor a "
                            "red (in " +
                            f.getName().str() + ")");
    }
  }
  return plan;
}

}  // namespace weft::codegen
