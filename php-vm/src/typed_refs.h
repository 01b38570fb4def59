// Typed references: a reference bound to typed properties (`$r = &$o->intProp`, a typed
// property passed by reference, a typed static property, `$o->p = &$x`) keeps every value
// written through it acceptable to all of their types, as php's reference type sources.
//
// Contract:
// - Ref::v.aux names the list of properties a reference is bound to (0: none; the lists are
//   interned in VM::ref_sources, in the order the bindings were made). The aux of a Ref's value
//   is used for nothing else, and copies of the value leave it alone.
// - Every store through a Ref whose ref_typed() holds goes through assign_typed_ref() (the
//   interpreter's stores into variables, `op=`, `++`/`--`, property and static property
//   stores); a plain reference pays one test of its aux.
// - A source stays until the property is bound to another reference or unset; a freed object's
//   bindings are not removed (php removes them when the object is destroyed).
#pragma once

#include "weft/php/object.h"
#include "weft/php/value.h"

namespace weft::php {

struct VM;

inline bool ref_typed(const Ref* r) { return r->v.aux != 0; }

// Binds pi to r (r must hold a value pi's type takes) / removes one binding of pi.
void add_ref_source(VM& vm, Ref* r, const PropInfo& pi);
void remove_ref_source(VM& vm, Ref* r, const PropInfo& pi);

// Converts v for a store into the typed reference r: each property's type must take it, and
// coercive mode's conversions must agree. False with php's TypeError ("Cannot assign string to
// reference held by property A::$x of type int"); v is unchanged then.
bool check_typed_ref(VM& vm, const Ref* r, Value& v, bool strict);
// check_typed_ref(), then the store into r.
bool assign_typed_ref(VM& vm, Ref* r, const Value& v, bool strict);
// A store into the slot of the typed property pi that holds the reference r: pi's own check
// ("Cannot assign string to property A::$x of type int"), then the reference's.
bool assign_prop_typed_ref(VM& vm, const PropInfo& pi, Ref* r, const Value& v, bool strict);

// `++`/`--` through a typed reference whose old value old was an int: the result new_value is
// refused when it left the int range and a property's type takes no float ("Cannot increment a
// reference held by property A::$x of type int past its maximal value"); otherwise
// assign_typed_ref().
bool incdec_typed_ref(VM& vm, Ref* r, const Value& old, const Value& new_value, bool strict);

// Binds the typed property pi's slot to the reference r (`$o->p = &$x`): r's value must suit
// pi's type as it is when r is typed already (php's "Reference with value of type int held by
// property A::$i of type int is not compatible with property A::$f of type float"), else it is
// converted in place. The binding moves from the slot's old reference to r. False with php's
// TypeError, the slot unchanged.
bool bind_typed_prop(VM& vm, const PropInfo& pi, Value* slot, Ref* r, bool strict);

// The typed property pi's slot as a reference for `&$o->p` (MakeRefLv): an uninitialized slot of
// a nullable type starts as null, of another type is php's Error ("Cannot access uninitialized
// non-nullable property A::$x by reference"). False with the error thrown.
bool make_typed_prop_ref(VM& vm, const PropInfo& pi, Value* slot);

// php's TypeError for a write into an array inside pi's slot, which holds null/false or is
// uninitialized, when pi's type takes no array ("Cannot auto-initialize an array inside
// property A::$x of type ?int"); true when the type takes one.
bool check_prop_auto_array(VM& vm, const PropInfo& pi, const Value& slot);
// The same for a slot holding a typed reference ("... inside a reference held by property
// A::$x of type ?int"); true for any other slot.
bool check_typed_ref_auto_array(VM& vm, const Ref* r);
inline bool check_ref_auto_array(VM& vm, const Value& slot) {
  return slot.tag != Tag::Ref || !ref_typed(slot.r) || check_typed_ref_auto_array(vm, slot.r);
}

}  // namespace weft::php
