// What an interpreter declares to the codegen besides its code (hints.h): function attributes
// (WEFT_ELIDABLE, WEFT_DONT_LOOK_INSIDE, ...) from llvm.global.annotations, and per-type field
// declarations (WEFT_IMMUTABLE_FIELDS, WEFT_VIRTUALIZABLE) from the "weft_jit_hints" section,
// WEFT_LOOK_INSIDE_IF pairs of functions from the "weft_jit_look_inside_if" section, matched to
// loads through their TBAA struct-path tags and the types' debug info (field names -> offsets).
#pragma once

#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace weft::codegen {

class InterpreterHints {
 public:
  // Reads the module's declarations; problems (a declared field the type does not have, a
  // type without debug info) are collected in errors().
  explicit InterpreterHints(const llvm::Module& module);

  // Whether `f` carries the attribute "weft.<name>" (e.g. "elidable").
  bool has(const llvm::Function& f, std::string_view name) const;
  // The predicate of a WEFT_LOOK_INSIDE_IF(f, predicate) declaration, else null.
  const llvm::Function* look_inside_if(const llvm::Function& f) const {
    auto it = look_inside_if_.find(&f);
    return it == look_inside_if_.end() ? nullptr : it->second;
  }

  // Whether `load` reads a field declared immutable, or an item of an array that such a field
  // points to ("items[*]").
  bool immutable(const llvm::LoadInst& load) const;
  // Whether `access` (a load or store) is of a field declared immutable (not an item).
  bool immutable_field(const llvm::Instruction& access) const;

  // Whether `load` reads the value of a weft::jit::QuasiImmutable<T> (hints.h): its TBAA
  // struct path names that class template.
  static bool quasi_immutable(const llvm::Instruction& access);

  // A WEFT_VIRTUALIZABLE(Type, field, items[*], ...) declaration: the frame type and its
  // fields by offset (bytes), with their names and sizes; `items`: an array member whose items
  // are the frame's ("items[*]").
  struct VirtualizableField {
    std::string name;
    uint64_t size;
    bool items;
  };
  struct Virtualizable {
    std::string type, where;  // the type's name; the declaration's "FILE:LINE: error: "
    std::map<uint64_t, VirtualizableField> fields, members;  // declared; all of the type's
  };
  // By TBAA type name (the type's C++ ODR identifier).
  const std::map<std::string, Virtualizable>& virtualizables() const { return virtualizables_; }

  const std::vector<std::string>& errors() const { return errors_; }

  // The TBAA tag of an access: its base type's name (a _ZTS... identifier for a struct path,
  // "long", "any pointer", ... for a scalar) and the offset in it.
  static bool tbaa_field(const llvm::Instruction& inst, std::string& type, uint64_t& offset);

 private:
  void read_declaration(std::string_view text, const std::string& where);
  void read_look_inside_if(const llvm::Constant* pair, const std::string& where);

  std::map<const llvm::Function*, std::set<std::string>> attributes_;
  std::map<const llvm::Function*, const llvm::Function*> look_inside_if_;
  // Debug-info types by name: their TBAA name (C++ ODR identifier) and fields.
  struct TypeInfo {
    std::string identifier;
    std::map<std::string, uint64_t> field_offsets, field_sizes;
  };
  void read_virtualizable(const TypeInfo& info, const std::string& type, std::string_view fields,
                          const std::string& where);
  std::map<std::string, Virtualizable> virtualizables_;
  std::map<std::string, TypeInfo> types_;
  // By TBAA type name: offsets of immutable fields, and of fields whose items are immutable.
  std::map<std::string, std::set<uint64_t>> fields_, items_;
  std::vector<std::string> errors_;
};

}  // namespace weft::codegen
