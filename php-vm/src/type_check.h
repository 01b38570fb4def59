// Declared types beyond what Param::hint checks on its own: unions, intersections (DNF),
// nullable forms and the built-in pseudo types (mixed, iterable, callable, object, static,
// false/true, null). One TypeSpec per declaration; checked at calls (HintSpec parameters)
// and at returns (VerifyReturn).
#pragma once

#include <string>
#include <vector>

#include "weft/php/object.h"
#include "weft/php/value.h"

namespace weft::php {

struct VM;

enum TypeBit : uint32_t {
  TyNull = 1u << 0,
  TyFalse = 1u << 1,
  TyTrue = 1u << 2,
  TyInt = 1u << 3,
  TyFloat = 1u << 4,
  TyString = 1u << 5,
  TyArray = 1u << 6,
  TyObject = 1u << 7,
  TyIterable = 1u << 8,
  TyCallable = 1u << 9,
  TyStatic = 1u << 10,
  TyMixed = 1u << 11,
  TyVoid = 1u << 12,
  TyNever = 1u << 13,
  TySelf = 1u << 14,
  TyParent = 1u << 15,
  TyBool = TyFalse | TyTrue,
};

struct TypeSpec {
  uint32_t bits = 0;
  // class alternatives: an instance of every class of one of them passes (a plain class is
  // an alternative of one; `(A&B)|C` has two)
  std::vector<std::vector<std::string>> classes;
  std::string text;                   // as php prints it in messages
  mutable Class* accepted = nullptr;  // the last class found to satisfy it (a cache)
  // classes found to satisfy it before `accepted` (a property of an abstract class's type
  // takes objects of its several subclasses in turn)
  mutable Class* accepted_before[3] = {};
};

// The scope a check resolves self/parent/static in.
struct TypeScope {
  Class* self = nullptr;
  Class* called = nullptr;
};

// The type bits that accept x's tag as it is (objects: TyObject; their classes take
// type_accepts). `bits & type_bits_of(x)` is type_accepts' common case without a call.
inline uint32_t type_bits_of(const Value& x) {
  static constexpr uint32_t kBits[] = {
      0, TyNull, TyFalse, TyInt, TyFloat, 0, 0, TyString, TyArray | TyIterable, TyObject, 0, 0};
  return kBits[uint8_t(x.tag)] << (x.tag == Tag::Bool ? x.i & 1 : 0);
}
// The bits type_bits_of() can test (VerifyReturn carries them in its instruction).
inline constexpr uint32_t kTagTypeBits =
    TyNull | TyBool | TyInt | TyFloat | TyString | TyArray | TyIterable | TyObject;

inline bool type_accepts_fast(const TypeSpec& t, const Value& x) {
  return (t.bits & type_bits_of(x)) || (x.tag == Tag::Obj && x.o->cls == t.accepted);
}

// Whether `x` has one of the types as it is (no conversion).
bool type_accepts(VM& vm, const TypeSpec& t, const Value& x, const TypeScope& scope);

// The type as php's TypeError messages name it: TypeSpec::text with self, parent and static
// resolved in the scope.
std::string type_message(const TypeSpec& t, const TypeScope& scope);

// php's conversion of a scalar (or a Stringable object) to one of the scalar types of
// `bits`, in php's order of preference (int, float, string, bool); strict mode converts
// only int to float. 1: converted in place; 0: no conversion applies; -1: an exception
// (from __toString). A float (or float-string) to int that loses precision sets
// *deprecation to php's message, for the caller to raise where php does.
int type_coerce_scalar(VM& vm, uint32_t bits, Value& x, bool strict, std::string* deprecation);

}  // namespace weft::php
