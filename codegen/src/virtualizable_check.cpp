#include "virtualizable_check.h"

#include <llvm/IR/DataLayout.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Operator.h>

#include <map>

namespace weft::codegen {

namespace {

using Virtualizable = InterpreterHints::Virtualizable;

std::string line_of(const llvm::Instruction& inst) {
  if (const llvm::DebugLoc& loc = inst.getDebugLoc())
    return loc->getFilename().str() + ":" + std::to_string(loc.getLine());
  return "function " + inst.getFunction()->getName().str();
}

// An address as base + constant offset, or (`variable`) an item of an array that starts at
// `start` bytes from the base, at an index not known here.
struct Address {
  const llvm::Value* base;
  int64_t offset = 0;
  bool variable = false;
  int64_t start = 0;
};

Address decompose(const llvm::Value* v, const llvm::DataLayout& layout, int depth = 0) {
  auto* gep = llvm::dyn_cast<llvm::GEPOperator>(v);
  if (!gep || depth > 16) return Address{v->stripPointerCasts()};
  Address a = decompose(gep->getPointerOperand(), layout, depth + 1);
  llvm::APInt constant(64, 0);
  if (gep->accumulateConstantOffset(layout, constant)) {
    a.offset += constant.getSExtValue();
  } else if (!a.variable) {
    a.variable = true;
    a.start = a.offset;
  }
  return a;
}

// The declared field of `v` containing the bytes at `offset` (the start of a scalar field, or
// inside an items field), else null.
const InterpreterHints::VirtualizableField* declared(const Virtualizable& v, int64_t offset,
                                                     bool variable) {
  if (offset < 0) return nullptr;
  auto it = v.fields.upper_bound(uint64_t(offset));
  if (it == v.fields.begin()) return nullptr;
  --it;
  const auto& [start, field] = *it;
  if (variable) return field.items && uint64_t(offset) == start ? &field : nullptr;
  if (field.items) return uint64_t(offset) < start + field.size ? &field : nullptr;
  return uint64_t(offset) == start ? &field : nullptr;
}

// The name of the type's member at `offset`, for messages.
std::string member_at(const Virtualizable& v, int64_t offset) {
  auto it = offset < 0 ? v.members.begin() : v.members.upper_bound(uint64_t(offset));
  if (offset >= 0 && it != v.members.begin()) {
    --it;
    if (uint64_t(offset) < it->first + it->second.size) return v.type + "::" + it->second.name;
  }
  return "the bytes at offset " + std::to_string(offset) + " of " + v.type;
}

void check_function(const llvm::Function& f, const InterpreterHints& hints,
                    std::vector<std::string>& errors) {
  const llvm::DataLayout& layout = f.getParent()->getDataLayout();
  // The frame pointers: bases of accesses through a virtualizable type's struct path.
  std::map<const llvm::Value*, const Virtualizable*> frames;
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      const llvm::Value* address = nullptr;
      if (auto* load = llvm::dyn_cast<llvm::LoadInst>(&inst)) address = load->getPointerOperand();
      if (auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst))
        address = store->getPointerOperand();
      std::string type;
      uint64_t offset = 0;
      if (!address || !InterpreterHints::tbaa_field(inst, type, offset)) continue;
      auto v = hints.virtualizables().find(type);
      if (v == hints.virtualizables().end()) continue;
      Address a = decompose(address, layout);
      if (!a.variable) frames[a.base] = &v->second;
    }
  if (frames.empty()) return;
  const std::string in_function = " (in " + f.getName().str() + ")";
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      const llvm::Value* address = nullptr;
      if (auto* load = llvm::dyn_cast<llvm::LoadInst>(&inst)) address = load->getPointerOperand();
      if (auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst)) {
        address = store->getPointerOperand();
        Address stored = decompose(store->getValueOperand(), layout);
        if (auto frame = frames.find(stored.base); frame != frames.end())
          errors.push_back(line_of(inst) + ": error: WEFT_VIRTUALIZABLE(" + frame->second->type +
                           ", ...): the frame pointer is stored into memory, where its fields "
                           "would be read while the JIT keeps them in registers" +
                           in_function);
      }
      if (!address) continue;
      Address a = decompose(address, layout);
      auto frame = frames.find(a.base);
      if (frame == frames.end()) continue;
      const Virtualizable& v = *frame->second;
      int64_t offset = a.variable ? a.start : a.offset;
      if (declared(v, offset, a.variable)) continue;
      errors.push_back(line_of(inst) + ": error: WEFT_VIRTUALIZABLE(" + v.type +
                       ", ...): " + member_at(v, offset) +
                       (a.variable ? " is indexed but not declared as items ([*])"
                                   : " is not a declared field of the frame") +
                       in_function);
    }
}

}  // namespace

std::vector<std::string> check_virtualizables(const std::set<const llvm::Function*>& traced,
                                              const InterpreterHints& hints) {
  std::vector<std::string> errors;
  if (hints.virtualizables().empty()) return errors;
  for (const llvm::Function* f : traced) check_function(*f, hints, errors);
  return errors;
}

}  // namespace weft::codegen
