#include "interpreter_hints.h"

#include <llvm/ADT/SmallVector.h>
#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/Operator.h>

namespace weft::codegen {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

struct ListedField {
  std::string name;
  uint64_t offset;
  bool items;  // "name[*]": the field points to an array of the declared items
};

// The fields a "field, items[*], ..." declaration list names, in order. A name `offsets` lacks
// is reported as `error_start` + " has no field 'name'" and left out.
std::vector<ListedField> listed_fields(std::string_view list,
                                       const std::map<std::string, uint64_t>& offsets,
                                       const std::string& error_start,
                                       std::vector<std::string>& errors) {
  std::vector<ListedField> fields;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view item = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    bool items = item.size() > 3 && item.substr(item.size() - 3) == "[*]";
    std::string name(items ? trim(item.substr(0, item.size() - 3)) : item);
    auto field = offsets.find(name);
    if (field == offsets.end()) {
      errors.push_back(error_start + " has no field '" + name + "'");
      continue;
    }
    fields.push_back({std::move(name), field->second, items});
  }
  return fields;
}

}  // namespace

InterpreterHints::InterpreterHints(const llvm::Module& module) {
  // Attributes: llvm.global.annotations = [{ptr function, ptr "weft.name", ...}].
  if (const llvm::GlobalVariable* annotations = module.getNamedGlobal("llvm.global.annotations"))
    if (auto* array = llvm::dyn_cast<llvm::ConstantArray>(annotations->getInitializer()))
      for (const llvm::Use& entry : array->operands()) {
        auto* fields = llvm::dyn_cast<llvm::ConstantStruct>(entry.get());
        if (!fields || fields->getNumOperands() < 2) continue;
        auto* f = llvm::dyn_cast<llvm::Function>(fields->getOperand(0)->stripPointerCasts());
        auto* text =
            llvm::dyn_cast<llvm::GlobalVariable>(fields->getOperand(1)->stripPointerCasts());
        if (!f || !text || !text->hasInitializer()) continue;
        if (auto* s = llvm::dyn_cast<llvm::ConstantDataSequential>(text->getInitializer()))
          if (s->isCString()) attributes_[f].insert(s->getAsCString().str());
      }

  // Field names and offsets of the types that have debug info.
  llvm::DebugInfoFinder finder;
  finder.processModule(module);
  for (const llvm::DIType* t : finder.types()) {
    auto* composite = llvm::dyn_cast<llvm::DICompositeType>(t);
    if (!composite || composite->getName().empty() || composite->isForwardDecl()) continue;
    TypeInfo& info = types_[composite->getName().str()];
    info.identifier = composite->getIdentifier().str();
    for (const llvm::DINode* element : composite->getElements())
      if (auto* member = llvm::dyn_cast<llvm::DIDerivedType>(element))
        if (member->getTag() == llvm::dwarf::DW_TAG_member && !member->isStaticMember()) {
          info.field_offsets[member->getName().str()] = member->getOffsetInBits() / 8;
          info.field_sizes[member->getName().str()] = member->getSizeInBits() / 8;
        }
  }

  for (const llvm::GlobalVariable& g : module.globals()) {
    bool look_inside_if = g.getSection() == "weft_jit_look_inside_if";
    if ((g.getSection() != "weft_jit_hints" && !look_inside_if) || !g.hasInitializer()) continue;
    // Where the declaration is, for its errors (the macro's static array has debug info).
    std::string where = "error: ";
    llvm::SmallVector<llvm::DIGlobalVariableExpression*, 1> debug;
    g.getDebugInfo(debug);
    if (!debug.empty() && debug[0]->getVariable())
      where = debug[0]->getVariable()->getFilename().str() + ":" +
              std::to_string(debug[0]->getVariable()->getLine()) + ": error: ";
    if (look_inside_if)
      read_look_inside_if(g.getInitializer(), where);
    else if (auto* s = llvm::dyn_cast<llvm::ConstantDataSequential>(g.getInitializer()))
      if (s->isCString()) read_declaration(s->getAsCString(), where);
  }
}

// {function, predicate} (hints.h WEFT_LOOK_INSIDE_IF): the predicate takes the function's
// parameters and returns bool, as the codegen calls it with the call's arguments.
void InterpreterHints::read_look_inside_if(const llvm::Constant* pair, const std::string& where) {
  auto* array = llvm::dyn_cast<llvm::ConstantArray>(pair);
  if (!array || array->getNumOperands() != 2) return;
  auto* f = llvm::dyn_cast<llvm::Function>(array->getOperand(0)->stripPointerCasts());
  auto* predicate = llvm::dyn_cast<llvm::Function>(array->getOperand(1)->stripPointerCasts());
  if (!f || !predicate) return;
  std::string name = f->getName().str();
  const llvm::FunctionType* ft = f->getFunctionType();
  const llvm::FunctionType* pt = predicate->getFunctionType();
  if (f->isDeclaration() || predicate->isDeclaration()) {
    errors_.push_back(where + "WEFT_LOOK_INSIDE_IF(" + name +
                      ", ...): the function and its predicate need bodies in the traced code");
    return;
  }
  if (!f->hasFnAttribute(llvm::Attribute::NoInline)) {
    errors_.push_back(where + "WEFT_LOOK_INSIDE_IF(" + name +
                      ", ...): the function must be [[gnu::noinline]], or clang inlines its "
                      "calls and the JIT cannot choose at them");
    return;
  }
  if (!pt->getReturnType()->isIntegerTy(1) || pt->params() != ft->params()) {
    errors_.push_back(where + "WEFT_LOOK_INSIDE_IF(" + name + ", " + predicate->getName().str() +
                      "): the predicate must take the function's parameters and return bool");
    return;
  }
  look_inside_if_[f] = predicate;
}

// "immutable:Type:field, field[*], ..." (hints.h WEFT_JIT_DECLARE). `where` starts its errors.
void InterpreterHints::read_declaration(std::string_view text, const std::string& where) {
  size_t colon = text.find(':'), second = text.rfind(':');  // the type may contain "::"
  if (colon == std::string_view::npos || second == colon) return;
  std::string_view kind = text.substr(0, colon);
  std::string type(trim(text.substr(colon + 1, second - colon - 1)));
  if (size_t scope = type.rfind("::"); scope != std::string::npos)
    type = type.substr(scope + 2);  // debug info names types without their namespace
  if (kind != "immutable" && kind != "virtualizable") return;
  const char* macro = kind == "immutable" ? "WEFT_IMMUTABLE_FIELDS(" : "WEFT_VIRTUALIZABLE(";
  auto it = types_.find(type);
  if (it == types_.end() || it->second.identifier.empty()) {
    errors_.push_back(where + macro + type +
                      ", ...): no debug info for a type of that name (compile with -g)");
    return;
  }
  const TypeInfo& info = it->second;
  std::string_view rest = text.substr(second + 1);
  if (kind == "virtualizable") return read_virtualizable(info, type, rest, where);
  for (const ListedField& field :
       listed_fields(rest, info.field_offsets,
                     where + "WEFT_IMMUTABLE_FIELDS(" + type + ", ...): " + type, errors_))
    (field.items ? items_ : fields_)[info.identifier].insert(field.offset);
}

// "virtualizable:Frame:field, items[*], ...": the fields of a frame the driver's
// private_frames point to (hints.h), checked in traced code (virtualizable_check.h).
void InterpreterHints::read_virtualizable(const TypeInfo& info, const std::string& type,
                                          std::string_view rest, const std::string& where) {
  Virtualizable v{type, where, {}, {}};
  for (const auto& [name, offset] : info.field_offsets)
    v.members[offset] = {name, info.field_sizes.at(name), false};
  for (const ListedField& field :
       listed_fields(rest, info.field_offsets,
                     where + "WEFT_VIRTUALIZABLE(" + type + ", ...): " + type, errors_))
    v.fields[field.offset] = {field.name, info.field_sizes.at(field.name), field.items};
  virtualizables_[info.identifier] = std::move(v);
}

bool InterpreterHints::has(const llvm::Function& f, std::string_view name) const {
  auto it = attributes_.find(&f);
  return it != attributes_.end() && it->second.count("weft." + std::string(name));
}

bool InterpreterHints::tbaa_field(const llvm::Instruction& inst, std::string& type,
                                  uint64_t& offset) {
  const llvm::MDNode* tag = inst.getMetadata(llvm::LLVMContext::MD_tbaa);
  if (!tag || tag->getNumOperands() < 3) return false;
  auto* base = llvm::dyn_cast<llvm::MDNode>(tag->getOperand(0));
  auto* off = llvm::mdconst::dyn_extract<llvm::ConstantInt>(tag->getOperand(2));
  if (!base || !off || base->getNumOperands() < 1) return false;
  auto* name = llvm::dyn_cast<llvm::MDString>(base->getOperand(0));
  if (!name) return false;
  type = name->getString().str();
  offset = off->getZExtValue();
  return true;
}

bool InterpreterHints::immutable_field(const llvm::Instruction& access) const {
  std::string type;
  uint64_t offset = 0;
  if (!tbaa_field(access, type, offset)) return false;
  auto it = fields_.find(type);
  return it != fields_.end() && it->second.count(offset);
}

bool InterpreterHints::immutable(const llvm::LoadInst& load) const {
  std::string type;
  uint64_t offset = 0;
  if (immutable_field(load)) return true;
  // An item: the address is computed from a pointer loaded from an "items[*]" field.
  const llvm::Value* base = load.getPointerOperand();
  while (auto* gep = llvm::dyn_cast<llvm::GEPOperator>(base)) base = gep->getPointerOperand();
  auto* from = llvm::dyn_cast<llvm::LoadInst>(base);
  if (!from || !tbaa_field(*from, type, offset)) return false;
  auto it = items_.find(type);
  return it != items_.end() && it->second.count(offset);
}

bool InterpreterHints::quasi_immutable(const llvm::Instruction& access) {
  std::string type;
  uint64_t offset = 0;
  // The mangled name of weft::jit::QuasiImmutable<...>; its value is its first member.
  return tbaa_field(access, type, offset) && offset == 0 &&
         type.rfind("_ZTSN4weft3jit14QuasiImmutableI", 0) == 0;
}

}  // namespace weft::codegen
