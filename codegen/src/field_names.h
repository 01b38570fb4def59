// Names of GC object fields for the jitcodes' descriptors and for residual calls' effect
// information, from the accesses' TBAA struct paths and the types' debug info: a load or store
// tagged (toy::IntBox, offset 8) is the field "toy.IntBox.value"; one tagged (toy::IntBox,
// offset 0) reads the base class's member, "toy.Value.kind" (inherited fields are named after
// the class that declares them, so every access of one field has one name).
//
// Two accesses with different names never touch the same bytes of an object: that is C++'s
// strict aliasing, which clang's TBAA (and so its optimizer) already assumes. An access without
// a struct path (through a plain `int64_t*`, an array item, a union) may touch any field of its
// bytes: the traced accesses of those bytes then keep the name of their offset and size
// (FieldNames::fallback), as before.
#pragma once

#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "gc_refs.h"

namespace weft::codegen {

class FieldNames {
 public:
  explicit FieldNames(const llvm::Module& module);

  // "toy.IntBox" for the type identifier _ZTSN3toy6IntBoxE (its scopes joined by dots).
  static std::string readable(const std::string& identifier);

  // The field `access` (a load or store) reads or writes, "toy.IntBox.value"; empty if its TBAA
  // tag has no struct path or the type has no debug info for that offset.
  std::string of(const llvm::Instruction& access) const;
  // The byte offset of the access in the outermost type of its struct path (the object, for
  // an access through the object's own pointer), if it has one.
  static bool tag_offset(const llvm::Instruction& access, uint64_t& offset);

  // What a call of `f` (a residual function with a body) may write of objects: a key
  // "NAME@OFFSET:BYTES:BANK" (bank i, f, or p: a pointer, reference or raw) per field its stores
  // (and those of the functions it calls) name; nullopt if it may write anything (a store without a
  // struct path, memcpy into the heap, a call of a function without a body that is not read-only).
  // Stores to its own stack are not writes.
  std::optional<std::vector<std::string>> writes(const llvm::Function& f) const;

  // Finds the traced GC accesses without a field name (set_fallback), before any translation.
  void plan(const std::set<const llvm::Function*>& traced, const GcRefs& refs);

  // Records that a traced access of `bytes` bytes at `offset` of a GC object, in register bank
  // `bank`, has no field name (no struct path, or a variable index into an array of fields):
  // every traced access of those bytes is then named by offset, bank and size.
  void set_fallback(int64_t offset, char bank, unsigned bytes) {
    fallback_.insert({offset, bank, bytes});
  }
  bool fallback(int64_t offset, char bank, unsigned bytes) const {
    return fallback_.count({offset, bank, bytes}) != 0;
  }

 private:
  struct Member {
    std::string name;
    std::string base;  // the base class's identifier, for an inheritance entry
  };
  bool collect_writes(const llvm::Function& f, std::set<const llvm::Function*>& seen,
                      std::set<std::string>& keys) const;
  // By type identifier (_ZTS...): members and base classes by byte offset.
  std::map<std::string, std::multimap<uint64_t, Member>> members_;
  std::set<std::tuple<int64_t, char, unsigned>> fallback_;
};

}  // namespace weft::codegen
