// PHP 8 semantics of conversions and operators on Values.
//
// Contract: functions returning bool return false when they threw (vm().exception is set:
// TypeError, DivisionByZeroError, ArithmeticError); warnings ("A non-numeric value
// encountered", "Array to string conversion", ...) are printed through the VM. Results are
// fresh values (never aliasing an operand's array or string unless documented).
#pragma once

#include <cstdint>
#include <string>

#include "weft/php/array.h"
#include "weft/php/value.h"

namespace weft::php {

struct VM;

bool to_bool(const Value& v);
int64_t to_int(const Value& v);  // never warns (an object is 1; casts warn in do_cast)
double to_double(const Value& v);
// (string) conversion of scalars without side effects; arrays give "Array" (warning emitted).
String* to_str(const Value& v);
std::string to_std_string(const Value& v);
// Integer from a double as php does it (out of range / NaN -> 0 in PHP 8 on 64-bit... modular).
int64_t double_to_int(double d);
// "Object of class X could not be converted to TYPE" ("int"/"float"): a warning for casts, a
// notice for comparisons with a number, as php reports them.
void object_to_number_warning(const Value& object, const char* type, bool warning);
const char* type_name(const Value& v);       // gettype()-style for messages: "int", "string", ...
std::string zend_type_name(const Value& v);  // get_debug_type()

// Array keys: normalizes a value as php does ("1" -> 1, 1.5 -> 1, true -> 1, null -> "").
// False with a TypeError pending for arrays/objects ("Illegal offset type").
bool to_key(const Value& v, Key* out);

bool op_add(const Value& a, const Value& b, Value* out);
bool op_sub(const Value& a, const Value& b, Value* out);
bool op_mul(const Value& a, const Value& b, Value* out);
bool op_div(const Value& a, const Value& b, Value* out);
bool op_mod(const Value& a, const Value& b, Value* out);
bool op_pow(const Value& a, const Value& b, Value* out);
bool op_concat(const Value& a, const Value& b, Value* out, bool reuse_a);
bool op_shl(const Value& a, const Value& b, Value* out);
bool op_shr(const Value& a, const Value& b, Value* out);
bool op_bitand(const Value& a, const Value& b, Value* out);
bool op_bitor(const Value& a, const Value& b, Value* out);
bool op_bitxor(const Value& a, const Value& b, Value* out);
bool op_bitnot(const Value& a, Value* out);
bool op_neg(const Value& a, Value* out);
bool op_plus(const Value& a, Value* out);
bool op_incdec(Value* v, bool dec);
// Binary operator by Op (Add..BitXor, Concat).
bool op_binary(int op, const Value& a, const Value& b, Value* out);

bool loose_equal(const Value& a, const Value& b);
bool strict_equal(const Value& a, const Value& b);
int compare(const Value& a, const Value& b);  // <=>; uncomparable -> 1

// Numeric view of an operand for arithmetic; false with TypeError for arrays/objects/
// non-numeric strings (`what` names the operator, e.g. "+").
bool to_number(const Value& v, Value* out, const char* what, const Value& other, bool left);

}  // namespace weft::php
