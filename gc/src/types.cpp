#include "weft/gc/types.h"

#include <deque>

namespace weft::gc {

namespace {
std::deque<TypeInfo>& registry() {
  // A deque keeps references from type_info() valid while more types are registered.
  static std::deque<TypeInfo> types{TypeInfo{"<invalid>", 0, nullptr, nullptr, nullptr}};
  return types;
}
}  // namespace

TypeId register_type(const TypeInfo& info) {
  registry().push_back(info);
  return TypeId(registry().size() - 1);
}

const TypeInfo& type_info(TypeId id) { return registry().at(id); }

size_t type_count() { return registry().size(); }

}  // namespace weft::gc
