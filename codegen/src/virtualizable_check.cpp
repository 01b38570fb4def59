#include "virtualizable_check.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/DebugProgramInstruction.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
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

// A pointer into a virtualizable frame: `offset` bytes from the frame's start, or an item of
// the array member at `start` (`variable`: the index is not known here).
struct FrameRef {
  const Virtualizable* type;
  int64_t offset = 0;
  bool variable = false;
  int64_t start = 0;
};

// The frame bytes at `address`, given that its base points where `base` says.
FrameRef through(const FrameRef& base, const Address& address) {
  FrameRef r = base;
  if (r.variable) return r;  // an item at an unknown index, wherever in it
  if (address.variable) {
    r.variable = true;
    r.start = base.offset + address.start;
  } else {
    r.offset += address.offset;
  }
  return r;
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
  // (An array without a bound, `T items[]`, has size 0: it reaches to the end of the frame.)
  if (field.items)
    return field.size == 0 || uint64_t(offset) < start + field.size ? &field : nullptr;
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

// The values of each traced function that point into a virtualizable frame, by base pointer.
using FrameMap = std::map<const llvm::Value*, FrameRef>;

// The bases of accesses through a virtualizable type's TBAA struct path (the access at the
// tag's offset in the frame).
void find_frames(const llvm::Function& f, const InterpreterHints& hints, FrameMap& frames) {
  const llvm::DataLayout& layout = f.getParent()->getDataLayout();
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
      if (!a.variable) frames.emplace(a.base, FrameRef{&v->second, int64_t(offset) - a.offset});
    }
}

// The virtualizable a debug-info type points to (a pointer or reference to a declared frame
// type), else null.
const Virtualizable* pointee(const llvm::DIType* type, const InterpreterHints& hints) {
  auto* pointer = llvm::dyn_cast_or_null<llvm::DIDerivedType>(type);
  while (pointer && pointer->getTag() == llvm::dwarf::DW_TAG_typedef)
    pointer = llvm::dyn_cast_or_null<llvm::DIDerivedType>(pointer->getBaseType());
  if (!pointer || (pointer->getTag() != llvm::dwarf::DW_TAG_pointer_type &&
                   pointer->getTag() != llvm::dwarf::DW_TAG_reference_type))
    return nullptr;
  const llvm::DIType* base = pointer->getBaseType();
  while (auto* d = llvm::dyn_cast_or_null<llvm::DIDerivedType>(base)) {
    if (d->getTag() != llvm::dwarf::DW_TAG_const_type &&
        d->getTag() != llvm::dwarf::DW_TAG_volatile_type &&
        d->getTag() != llvm::dwarf::DW_TAG_typedef)
      break;
    base = d->getBaseType();
  }
  auto* composite = llvm::dyn_cast_or_null<llvm::DICompositeType>(base);
  if (!composite || composite->getIdentifier().empty()) return nullptr;
  auto v = hints.virtualizables().find(composite->getIdentifier().str());
  return v == hints.virtualizables().end() ? nullptr : &v->second;
}

// Values the debug info describes as variables of a pointer-to-frame type (`Frame* frame`):
// the frame's start, also where the code reaches it only through an array member, which has
// no struct path.
void find_frame_variables(const llvm::Function& f, const InterpreterHints& hints,
                          FrameMap& frames) {
  auto note = [&](const llvm::DILocalVariable* variable, const llvm::Value* value) {
    if (!variable || !value) return;
    if (const Virtualizable* v = pointee(variable->getType(), hints))
      frames.emplace(value->stripPointerCasts(), FrameRef{v});
  };
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      for (const llvm::DbgVariableRecord& record : llvm::filterDbgVars(inst.getDbgRecordRange()))
        if (record.getType() == llvm::DbgVariableRecord::LocationType::Value &&
            record.getNumVariableLocationOps() == 1 && !record.getExpression()->getNumElements())
          note(record.getVariable(), record.getVariableLocationOp(0));
      if (auto* dbg = llvm::dyn_cast<llvm::DbgValueInst>(&inst))
        if (dbg->getNumVariableLocationOps() == 1 && !dbg->getExpression()->getNumElements())
          note(dbg->getVariable(), dbg->getVariableLocationOp(0));
    }
}

// Follows frame pointers into the traced functions they are passed to (their parameters),
// until nothing changes.
void follow_calls(const std::set<const llvm::Function*>& traced,
                  std::map<const llvm::Function*, FrameMap>& frames) {
  std::vector<const llvm::Function*> work(traced.begin(), traced.end());
  while (!work.empty()) {
    const llvm::Function* f = work.back();
    work.pop_back();
    const llvm::DataLayout& layout = f->getParent()->getDataLayout();
    for (const llvm::BasicBlock& bb : *f)
      for (const llvm::Instruction& inst : bb) {
        auto* call = llvm::dyn_cast<llvm::CallBase>(&inst);
        const llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
        if (!callee || !traced.count(callee)) continue;
        for (unsigned k = 0; k < call->arg_size() && k < callee->arg_size(); ++k) {
          Address a = decompose(call->getArgOperand(k), layout);
          auto frame = frames[f].find(a.base);
          if (frame == frames[f].end()) continue;
          if (frames[callee].emplace(callee->getArg(k), through(frame->second, a)).second)
            work.push_back(callee);
        }
      }
  }
}

// A residual call the optimizer does not write the frame back before: it would read stale
// fields. Null if the call may see the frame.
const char* blind_to_frame(const llvm::Function& callee, const InterpreterHints& hints) {
  if (hints.has(callee, "elidable")) return "WEFT_ELIDABLE";
  if (hints.has(callee, "no_raw_access")) return "WEFT_NO_RAW_ACCESS";
  return nullptr;
}

void check_function(const llvm::Function& f, const FrameMap& frames,
                    const std::set<const llvm::Function*>& traced, const InterpreterHints& hints,
                    std::vector<std::string>& errors) {
  if (frames.empty()) return;
  const llvm::DataLayout& layout = f.getParent()->getDataLayout();
  const std::string in_function = " (in " + f.getName().str() + ")";
  auto frame_of = [&](const llvm::Value* v) -> const FrameRef* {
    auto it = frames.find(decompose(v, layout).base);
    return it == frames.end() ? nullptr : &it->second;
  };
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst)) {
        const llvm::Function* callee = call->getCalledFunction();
        const char* blind =
            callee && !traced.count(callee) ? blind_to_frame(*callee, hints) : nullptr;
        if (!blind) continue;
        for (const llvm::Use& arg : call->args())
          if (const FrameRef* frame = frame_of(arg.get())) {
            errors.push_back(line_of(inst) + ": error: WEFT_VIRTUALIZABLE(" + frame->type->type +
                             ", ...): the frame is passed to " + callee->getName().str() +
                             ", which is " + blind +
                             ": traces do not write the frame's fields back before calling it" +
                             in_function);
            break;
          }
        continue;
      }
      const llvm::Value* address = nullptr;
      if (auto* load = llvm::dyn_cast<llvm::LoadInst>(&inst)) address = load->getPointerOperand();
      if (auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst)) {
        address = store->getPointerOperand();
        if (const FrameRef* frame = frame_of(store->getValueOperand()))
          errors.push_back(line_of(inst) + ": error: WEFT_VIRTUALIZABLE(" + frame->type->type +
                           ", ...): the frame pointer is stored into memory, where its fields "
                           "would be read while the JIT keeps them in registers" +
                           in_function);
      }
      if (!address) continue;
      Address a = decompose(address, layout);
      auto base = frames.find(a.base);
      if (base == frames.end()) continue;
      FrameRef at = through(base->second, a);
      const Virtualizable& v = *at.type;
      int64_t offset = at.variable ? at.start : at.offset;
      if (declared(v, offset, at.variable)) continue;
      errors.push_back(line_of(inst) + ": error: WEFT_VIRTUALIZABLE(" + v.type +
                       ", ...): " + member_at(v, offset) +
                       (at.variable ? " is indexed but not declared as items ([*])"
                                    : " is not a declared field of the frame") +
                       in_function);
    }
}

// The reds of `f`'s merge point that point to the start of a declared frame.
std::vector<unsigned> merge_point_frames(const llvm::Function& f, const FrameMap& frames) {
  std::vector<unsigned> reds;
  const llvm::DataLayout& layout = f.getParent()->getDataLayout();
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
      const llvm::Function* callee = call ? call->getCalledFunction() : nullptr;
      if (!callee || callee->getName() != "weft_jit_merge_point" || call->arg_size() < 2) continue;
      auto* greens = llvm::dyn_cast<llvm::ConstantInt>(call->getArgOperand(1));
      if (!greens) continue;
      for (unsigned k = 2 + unsigned(greens->getZExtValue()); k < call->arg_size(); ++k) {
        Address a = decompose(call->getArgOperand(k), layout);
        auto frame = frames.find(a.base);
        if (frame == frames.end()) continue;
        FrameRef at = through(frame->second, a);
        if (!at.variable && at.offset == 0)
          reds.push_back(k - 2 - unsigned(greens->getZExtValue()));
      }
      return reds;
    }
  return reds;
}

}  // namespace

VirtualizableCheck check_virtualizables(const std::set<const llvm::Function*>& traced,
                                        const InterpreterHints& hints) {
  VirtualizableCheck check;
  std::vector<std::string>& errors = check.errors;
  if (hints.virtualizables().empty()) return check;
  std::map<const llvm::Function*, FrameMap> frames;
  for (const llvm::Function* f : traced) {
    find_frames(*f, hints, frames[f]);
    find_frame_variables(*f, hints, frames[f]);
  }
  follow_calls(traced, frames);
  for (const llvm::Function* f : traced) {
    check_function(*f, frames[f], traced, hints, errors);
    std::vector<unsigned> reds = merge_point_frames(*f, frames[f]);
    if (!reds.empty()) check.frame_reds[f->getName().str()] = std::move(reds);
  }
  return check;
}

}  // namespace weft::codegen
