// Typed properties: what php checks when a declared property with a type is written, read
// before its first write, or modified in place (`++`, `op=`).
//
// Contract:
// - A typed property's slot is Undef until its first write (uninitialized); reading it then is
//   php's Error, unless unset() made it so (its aux is kUnsetPropMark), which lets __get run.
// - Every store into a typed slot goes through check_prop_store() (assign_prop(), the cached
//   AssignProp store for values whose tag the type takes as it is: prop_cache_word()), and
//   read-modify-write stores through finish_typed_rmw() (VM::finish_magic_rmw()).
#pragma once

#include <string>

#include "type_check.h"
#include "weft/php/object.h"
#include "weft/php/vm.h"

namespace weft::php {

struct VM;

// The aux of an uninitialized slot that unset() emptied.
inline constexpr uint32_t kUnsetPropMark = 1;

// "A::$x": php names the declaring class.
std::string prop_name(const PropInfo& pi);
// A value's type as php's type errors name it (an object: its class).
std::string given_type(const Value& v);

// Whether stores into pi are checked (a declared type other than mixed).
inline bool prop_checked(const PropInfo& pi) { return pi.type && !(pi.type->bits & TyMixed); }

// Checks v for a store into pi, converting it as php does (coercive mode; strict: int to float
// only). False with php's TypeError thrown ("Cannot assign string to property A::$x of type
// int"); v is unchanged then.
bool check_prop_store(VM& vm, const PropInfo& pi, Value& v, bool strict);

// php's Error for reading pi before its first write.
bool throw_uninitialized_prop(VM& vm, const PropInfo& pi);

// The AssignProp cache word for pi in slot (bytecode.h: kReadonlySlot, kTypedSlot and the tags
// pi's type takes as they are).
uint32_t prop_cache_word(const PropInfo& pi, uint32_t slot);

// Prepares the check of an in-place modification of pi's slot (`$o->p++`, `$o->p .= x`): the
// modifying instruction works on VM::magic_slot (a copy) and calls VM::finish_magic_rmw() after
// it, which calls finish_typed_rmw(). False when pi is uninitialized (php's Error thrown).
bool begin_typed_rmw(VM& vm, const PropInfo& pi, Value* slot);
// begin_typed_rmw() for an initialized slot, inline: the pointer the modification works on.
inline Value* begin_typed_rmw_inline(VM& vm, const PropInfo& pi, Value* slot) {
  vm.typed_rmw_copy = deref(*slot);
  vm.typed_rmw_slot = slot;
  vm.magic_slot = &vm.typed_rmw_copy;
  vm.magic_prop = &pi;
  return vm.magic_slot;
}
// Checks the modified copy and stores it into the property; an increment past the int range
// is php's "Cannot increment property ... past its maximal value". On failure the property
// keeps its old value.
bool finish_typed_rmw(VM& vm, bool incdec, bool strict);

// AssignProp's store into the slot a typed property's cache word names (kTypedSlot): 1 when
// stored (checked, converted), -1 with php's TypeError thrown, 0 when assign_prop() must run
// (an initialized readonly property, destructors watched). Out of line, so the interpreter's plain
// store stays as it is.
int store_typed_cached(VM& vm, Frame* f, Object* o, uint32_t word, const Value& v);

}  // namespace weft::php
