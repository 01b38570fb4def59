// Which pointers of the traced functions are GC references (the jitcodes' ref bank) and which are
// raw addresses (the int bank). LLVM's pointers are untyped, so this is decided by provenance
// and use, over all traced functions at once (codegen/README.md, "GC references"):
//   - GC types are the types allocated through weft::gc::Heap::allocate_fixed<T>() anywhere in
//     the module (the marker weft_gc_new names T's type_id_v<T>), and their base classes;
//   - a pointer is a GC reference if it is the result of an allocation, is loaded from or stored
//     into a weft::gc::Field<T>, or is the object of a field access whose TBAA struct path names
//     a GC type;
//   - pointers that must be the same kind share it: the operands of phis, selects and pointer
//     comparisons, the arguments and parameters of traced calls, returned values and results.
// Whatever is not a GC reference is raw memory, as before. A pointer into the middle of a GC
// object (a getelementptr of a reference) is not a value of its own: loads and stores through it
// become field accesses of the reference.
#pragma once

#include <llvm/IR/Function.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace weft::codegen {

class GcRefs {
 public:
  // `traced`: the functions translated into jitcodes (the others are called, not looked into).
  GcRefs(const llvm::Module& module, const std::set<const llvm::Function*>& traced);

  bool is_ref(const llvm::Value* v) const;
  // Whether the raw memory at `address` holds GC references (by the pointers kept there).
  bool holds_refs(const llvm::Value* address) const;
  // Whether `access` reads or writes a weft::gc::Field<T> (a GC pointer inside an object).
  static bool is_field_access(const llvm::Instruction& access);

  // An allocation marker's type: the descriptor name and the type id's symbol.
  struct Allocation {
    std::string descr;   // "new.IntBox"
    std::string symbol;  // weft::gc::type_id_v<T>
    uint64_t size = 0;
  };
  // The allocation `call` makes, if it is the marker (else nullopt); `error` on a malformed one.
  static std::optional<Allocation> allocation(const llvm::CallInst& call, std::string* error);
  // The GC type whose weft::gc::type_id_v<T> is `type_id` (size 0), its descriptor named
  // `prefix` + T ("new.IntBox"); nullopt if `type_id` is not such a symbol.
  static std::optional<Allocation> type_of(const llvm::Value* type_id, std::string_view prefix);

  // An address inside a GC object: the reference, a constant offset, and optionally one
  // variable index into an array field of `count` items of `stride` bytes.
  struct FieldAddress {
    const llvm::Value* object = nullptr;
    int64_t offset = 0;
    const llvm::Value* index = nullptr;
    int64_t stride = 0;
    uint64_t count = 0;
  };
  // How `address` points into a GC object, or nullopt if it is raw memory; `error` when it is
  // derived from a reference in a way the codegen cannot follow.
  std::optional<FieldAddress> field_address(const llvm::Value* address, std::string* error) const;

  // Whether `v` is a getelementptr (instruction) computed from a GC reference, or a phi of
  // such: not translated on its own, its users access the object's fields.
  bool is_interior(const llvm::Value* v) const;

 private:
  // Union-find keys: values, and "what raw memory at this root holds" (contents()).
  using Key = const void*;
  Key find(Key v) const;
  void unite_keys(Key a, Key b);
  void unite(const llvm::Value* a, const llvm::Value* b);
  Key contents(const llvm::Value* root);
  void seed(const llvm::Value* v) { seeds_.insert(v); }
  void scan(const llvm::Function& f, const std::set<const llvm::Function*>& traced);
  bool gc_tbaa(const llvm::Instruction& access) const;
  static const llvm::Value* root(const llvm::Value* address);

  const llvm::DataLayout* layout_;
  mutable std::map<Key, Key> parent_;
  std::set<const llvm::Value*> seeds_;
  std::set<Key> ref_roots_;  // union-find roots of the reference classes
  std::map<const llvm::Value*, std::unique_ptr<char>> contents_;
  // Pointer values loaded from or stored to memory that is not a GC object's field, with the
  // address's root: pointers kept in the same raw memory (an interpreter's frame) share a kind.
  std::vector<std::pair<const llvm::Value*, const llvm::Value*>> raw_pointers_;
  std::set<std::string> gc_types_;  // TBAA names (_ZTS...) of GC types
};

}  // namespace weft::codegen
