// Registration of the standard library and helpers for writing native functions.
// Internal to php-vm/src.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "weft/php/ops.h"
#include "weft/php/vm.h"

namespace weft::php {

#define WEFT_PHP_NATIVE(name)                                                   \
  static bool name([[maybe_unused]] VM& vm, [[maybe_unused]] Value* args,       \
                   [[maybe_unused]] uint32_t argc, [[maybe_unused]] Value* ret, \
                   [[maybe_unused]] Object* self)

// (a namespace-scope constant: a function-local static tests its guard at every call)
inline const Value kNullArgument = Value::null();

inline const Value& arg_at(Value* args, uint32_t argc, uint32_t i) {
  if (i >= argc) return kNullArgument;
  const Value& v = deref(args[i]);
  return v.tag == Tag::Undef ? kNullArgument : v;
}

// php's ArgumentCountError for built-ins ("f() expects exactly 1 argument, 0 given"); the
// test inline, the error out of line (most built-ins call this first).
[[gnu::cold]] bool arity_error(VM& vm, const char* fn, uint32_t argc, uint32_t min, uint32_t max);
inline bool check_arity(VM& vm, const char* fn, uint32_t argc, uint32_t min, uint32_t max) {
  return (argc >= min && argc <= max) || arity_error(vm, fn, argc, min, max);
}

// php's TypeError "F(): Argument #1 ($callback) must be a valid callback, WHY" unless `c` is
// callable (zend_is_callable's reasons); false with the exception.
bool check_callback(VM& vm, const char* fname, const Value& c);

std::string trace_as_string(Array* trace);
std::string throwable_string(VM& vm, Object* ex);

void register_builtin_classes(VM& vm);
void setup_enum(VM& vm, Class* cls);
bool enum_case_object(
    VM& vm, Class* c, std::string_view name,
    Value* out);  // Enum::Case  // enum classes: name/value, cases(), from(), tryFrom()
void register_output_builtins(VM& vm);
void register_string_builtins(VM& vm);
void register_array_builtins(VM& vm);
void register_array_order_builtins(VM& vm);  // called by register_array_builtins
void register_math_builtins(VM& vm);
void register_misc_builtins(VM& vm);
void register_regex_builtins(VM& vm);
void register_error_builtins(VM& vm);
// Sets an ini setting weft-php honours (ini_set, -d); false for the others. *old: the previous
// value as ini_set returns it.
bool apply_ini(VM& vm, const std::string& key, const std::string& value, std::string* old);

// Converts argument i, declared `string` (TypeError for arrays, deprecation for null).
// param: the parameter's name, which php's messages give as "Argument #1 ($string)"
bool str_arg(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i, String** out,
             const char* param = nullptr);
#define STR_ARG(name, fn, i) \
  String* name;              \
  if (!str_arg(vm, fn, args, argc, i, &name)) return false;
void register_text_builtins(VM& vm);
// php's sprintf: args[0] is the format; false with the exception (ValueError, ArgumentCountError)
bool php_sprintf(VM& vm, const char* fn, Value* args, uint32_t argc, std::string* out);
// vsprintf: args[0] the format, args[1] the array of values
bool php_vsprintf(VM& vm, Value* args, uint32_t argc, std::string* out);
void register_serialize_builtins(VM& vm);
void register_ob_builtins(VM& vm);
// php_output_end_all(): at the end of the script, every output buffer through its callback
void end_output_buffers(VM& vm);
// php's mt_rand generator (php_random.cpp)
void php_mt_srand(uint32_t seed);
uint32_t php_mt_rand();
int64_t php_mt_rand_range(int64_t min, int64_t max);
void register_date_builtins(VM& vm);
void register_json_decode_builtins(VM& vm);
void set_json_last_error(int64_t code);  // json_last_error() after json_encode
void register_introspect_builtins(VM& vm);
void register_reflection_builtins(VM& vm);  // __weft_reflect_* for prelude_reflection.php
void register_scanf_builtins(VM& vm);       // sscanf, fscanf
void register_weak_ref_builtins(VM& vm);    // __weft_weak* for prelude_weak.php

// Output formats shared by several functions.
void var_dump_value(VM& vm, std::string& out, const Value& v, int indent);
void print_r_value(VM& vm, std::string& out, const Value& v, int indent);
void var_export_value(VM& vm, std::string& out, const Value& v, int level);
bool json_encode_value(VM& vm, std::string& out, const Value& v, int64_t flags, int depth);

// Defines integer constants (name, value).
inline void define_int_constants(VM& vm,
                                 std::initializer_list<std::pair<const char*, int64_t>> cs) {
  for (auto& [name, v] : cs) vm.constants->set(Key::string(intern(name)), Value::integer(v));
}

// A new array with the value appended (marks it as copied).
inline void push_copy(Array* a, const Value& v) {
  Value x = deref(v);
  mark_copy(x);
  a->append(x);
}

}  // namespace weft::php
