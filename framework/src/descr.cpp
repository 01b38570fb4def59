#include "weft/jit/descr.h"

namespace weft::jit {

char type_letter(Type type) {
  switch (type) {
    case Type::Int:
      return 'i';
    case Type::Ref:
      return 'p';
    case Type::Float:
      return 'f';
    case Type::Void:
      break;
  }
  return 'v';
}

Type type_from_letter(char letter) {
  switch (letter) {
    case 'i':
      return Type::Int;
    case 'p':
      return Type::Ref;
    case 'f':
      return Type::Float;
    default:
      return Type::Void;
  }
}

const Descr* DescrTable::find(std::string_view name) const {
  auto it = by_name_.find(std::string(name));
  return it == by_name_.end() ? nullptr : it->second;
}

const LabelDescr* DescrTable::label(std::string_view name) {
  if (const Descr* d = find(name))
    return d->kind == Descr::Kind::Label ? static_cast<const LabelDescr*>(d) : nullptr;
  return add<LabelDescr>(std::string(name));
}

}  // namespace weft::jit
