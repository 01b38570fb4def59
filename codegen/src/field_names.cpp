#include "field_names.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/Demangle/Demangle.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/Metadata.h>

#include <cctype>

#include "interpreter_hints.h"

namespace weft::codegen {

std::string FieldNames::readable(const std::string& identifier) {
  std::string text = llvm::demangle(identifier);
  if (size_t p = text.find(" for "); p != std::string::npos) text = text.substr(p + 5);
  std::string out;
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c == ':' && k + 1 < text.size() && text[k + 1] == ':') {
      out += '.';
      ++k;
    } else {
      out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    }
  }
  return out;
}

namespace {

// The object a store writes to is on the stack (an alloca, possibly through getelementptrs).
bool on_stack(const llvm::Value* address) {
  return llvm::isa<llvm::AllocaInst>(address->stripInBoundsOffsets());
}

}  // namespace

FieldNames::FieldNames(const llvm::Module& module) {
  llvm::DebugInfoFinder finder;
  finder.processModule(module);
  for (const llvm::DIType* t : finder.types()) {
    auto* composite = llvm::dyn_cast<llvm::DICompositeType>(t);
    if (!composite || composite->getIdentifier().empty() || composite->isForwardDecl()) continue;
    auto& members = members_[composite->getIdentifier().str()];
    if (!members.empty()) continue;  // the same type from another translation unit
    for (const llvm::DINode* element : composite->getElements()) {
      auto* member = llvm::dyn_cast<llvm::DIDerivedType>(element);
      if (!member || member->isStaticMember()) continue;
      uint64_t offset = member->getOffsetInBits() / 8;
      if (member->getTag() == llvm::dwarf::DW_TAG_member && !member->getName().empty()) {
        members.insert({offset, Member{member->getName().str(), ""}});
      } else if (member->getTag() == llvm::dwarf::DW_TAG_inheritance) {
        auto* base = llvm::dyn_cast_or_null<llvm::DICompositeType>(member->getBaseType());
        if (base && !base->getIdentifier().empty())
          members.insert({offset, Member{"", base->getIdentifier().str()}});
      }
    }
  }
}

bool FieldNames::tag_offset(const llvm::Instruction& access, uint64_t& offset) {
  std::string base;
  return InterpreterHints::tbaa_field(access, base, offset) && base.rfind("_ZTS", 0) == 0;
}

std::string FieldNames::of(const llvm::Instruction& access) const {
  std::string type;
  uint64_t offset = 0;
  if (!InterpreterHints::tbaa_field(access, type, offset) || type.rfind("_ZTS", 0) != 0) return "";
  // Down through base classes to the class that declares the member at `offset`.
  for (int depth = 0; depth < 16; ++depth) {
    auto it = members_.find(type);
    if (it == members_.end()) return "";
    const auto& members = it->second;
    for (auto [m, end] = members.equal_range(offset); m != end; ++m)
      if (!m->second.name.empty()) return readable(type) + "." + m->second.name;
    // Else the base class whose subobject holds it: the last one at or before it.
    const Member* base = nullptr;
    uint64_t at = 0;
    for (auto m = members.begin(); m != members.end() && m->first <= offset; ++m)
      if (!m->second.base.empty()) {
        base = &m->second;
        at = m->first;
      }
    if (!base) return "";
    offset -= at;
    type = base->base;
  }
  return "";
}

std::optional<std::vector<std::string>> FieldNames::writes(const llvm::Function& f) const {
  std::set<const llvm::Function*> seen;
  std::set<std::string> keys;
  if (!collect_writes(f, seen, keys)) return std::nullopt;
  return std::vector<std::string>(keys.begin(), keys.end());
}

bool FieldNames::collect_writes(const llvm::Function& f, std::set<const llvm::Function*>& seen,
                                std::set<std::string>& keys) const {
  if (!seen.insert(&f).second) return true;
  const llvm::DataLayout& layout = f.getParent()->getDataLayout();
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      if (auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst)) {
        if (on_stack(store->getPointerOperand())) continue;
        std::string name = of(*store);
        uint64_t offset = 0;
        if (name.empty() || !tag_offset(*store, offset)) return false;
        llvm::Type* type = store->getValueOperand()->getType();
        uint64_t bytes = layout.getTypeStoreSize(type);
        // The bank, as far as it is known here: a pointer may be a reference or raw.
        char bank = type->isPointerTy() ? 'p' : type->isDoubleTy() ? 'f' : 'i';
        keys.insert(name + "@" + std::to_string(offset) + ":" + std::to_string(bytes) + ":" + bank);
        continue;
      }
      if (auto* intrinsic = llvm::dyn_cast<llvm::IntrinsicInst>(&inst)) {
        if (intrinsic->isAssumeLikeIntrinsic() || llvm::isa<llvm::DbgInfoIntrinsic>(intrinsic) ||
            intrinsic->isLifetimeStartOrEnd())
          continue;
        if (auto* mem = llvm::dyn_cast<llvm::MemIntrinsic>(intrinsic))
          if (on_stack(mem->getDest())) continue;
      }
      if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst)) {
        const llvm::Function* callee = call->getCalledFunction();
        if (call->onlyReadsMemory()) continue;
        if (!callee || callee->isDeclaration() || !collect_writes(*callee, seen, keys))
          return false;
        continue;
      }
      if (inst.mayWriteToMemory()) return false;  // atomics, fences, ...
    }
  return true;
}

void FieldNames::plan(const std::set<const llvm::Function*>& traced, const GcRefs& refs) {
  for (const llvm::Function* f : traced) {
    const llvm::DataLayout& layout = f->getParent()->getDataLayout();
    for (const llvm::BasicBlock& bb : *f)
      for (const llvm::Instruction& inst : bb) {
        const llvm::Value* address = nullptr;
        llvm::Type* type = nullptr;
        if (auto* load = llvm::dyn_cast<llvm::LoadInst>(&inst)) {
          address = load->getPointerOperand();
          type = load->getType();
        } else if (auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst)) {
          address = store->getPointerOperand();
          type = store->getValueOperand()->getType();
        } else {
          continue;
        }
        std::string problem;
        auto field = refs.field_address(address, &problem);
        if (!field) continue;  // raw memory, or reported by the translation
        auto bytes = unsigned(layout.getTypeStoreSize(type));
        // The register bank, as the translation decides it (GC references apart).
        const llvm::Value* value = llvm::isa<llvm::StoreInst>(inst)
                                       ? llvm::cast<llvm::StoreInst>(inst).getValueOperand()
                                       : &inst;
        char bank = type->isDoubleTy() ? 'f' : 'i';
        if (type->isPointerTy() && (refs.is_ref(value) || GcRefs::is_field_access(inst)))
          bank = 'r';
        if (field->index) {
          for (uint64_t k = 0; k < field->count; ++k)
            set_fallback(field->offset + int64_t(k) * field->stride, bank, bytes);
        } else if (of(inst).empty()) {
          set_fallback(field->offset, bank, bytes);
        }
      }
  }
}

}  // namespace weft::codegen
