// What the compiler knows about a class declaration before it is linked at run time
// (Class::decl): names of the parent, interfaces and traits, and the members.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "weft/php/object.h"

namespace weft::php {

struct ClassInfo {
  std::string parent;
  std::vector<std::string> interfaces;
  std::vector<std::string> traits;
  struct Member {
    std::string name;
    uint32_t flags = 0;
    Function* thunk = nullptr;  // evaluates the initializer; null: none
    bool typed = false;
    const AttrList* attrs = nullptr;       // #[...] (null: none)
    std::shared_ptr<const TypeSpec> type;  // a property's declared type (null: none)
  };
  std::vector<Member> consts;
  std::vector<Member> props;
  std::vector<Member> static_props;
  std::vector<Function*> methods;
  struct Alias {
    std::string trait, method, alias;
    uint32_t visibility = 0;
  };
  std::vector<Alias> aliases;
  std::vector<std::pair<std::string, std::string>>
      insteadof;  // (trait::method winner, loser trait)
  uint32_t line = 0;
  const AttrList* attrs = nullptr;  // the class's #[...] (null: none)
};

// Links a compiled class into the VM (parent, interfaces, traits, members).
// `hoisting`: return false quietly when a parent is not declared yet.
bool link_class(VM& vm, Class* cls, bool hoisting);

}  // namespace weft::php
