// php's inheritance rules (class_checks.cpp), used by link_class. Internal to php-vm/src.
#pragma once

#include <string>
#include <vector>

#include "weft/php/object.h"

namespace weft::php {

struct VM;

// "A::f(int $x, $y = 1): int", as php prints declarations in messages.
std::string method_signature(const Function* m);
// extends/implements of the right kinds of class (fatal otherwise, at `line`).
void check_class_header(VM& vm, Class* cls, Class* parent, const std::vector<Class*>& ifaces,
                        uint32_t line);
// `child`, declared in cls, redeclares `parent` (inherited or from an interface).
void check_method_override(VM& vm, Class* cls, Function* child, Function* parent);
// a property of cls named `name` with `flags` and declared type `type` (null: none) redeclares
// an inherited one: same kind, visibility at least as wide, the same type (php: invariant).
void check_property_override(VM& vm, Class* cls, const std::string& name, uint32_t flags,
                             const TypeSpec* type, const PropInfo& parent, uint32_t line);

}  // namespace weft::php
