// Class and call-stack introspection: class_alias, get_class_vars, debug_backtrace,
// debug_print_backtrace.
#include <algorithm>

#include "builtins.h"
#include "interp_support.h"

namespace weft::php {

namespace {

std::string lower_name(std::string_view s) {
  std::string l(s);
  for (auto& ch : l) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return l;
}

bool visible_from(const PropInfo& pi, Class* scope) {
  if (pi.flags & ModPrivate) return scope == pi.declared;
  if (pi.flags & ModProtected)
    return scope && (scope->is_subclass_of(pi.declared) || pi.declared->is_subclass_of(scope));
  return true;
}

// php lists a class's properties as its property table holds them: the class's own
// declarations first, then each ancestor's, most derived first.
std::vector<uint32_t> table_order(Class* c, const std::vector<PropInfo>& props) {
  std::vector<uint32_t> order;
  for (Class* k = c; k; k = k->parent)
    for (uint32_t i = 0; i < props.size(); ++i)
      if (props[i].declared == k) order.push_back(i);
  return order;
}

}  // namespace

// php accepts user classes only; the alias is another name of the same class (get_class and
// ::class of an object still name the original).
WEFT_PHP_NATIVE(f_class_alias) {
  String* orig = to_str(arg_at(args, argc, 0));
  String* alias = to_str(arg_at(args, argc, 1));
  bool autoload = argc < 3 || to_bool(arg_at(args, argc, 2));
  std::string_view on = orig->view();
  if (!on.empty() && on[0] == '\\') on.remove_prefix(1);
  Class* c = autoload ? vm.load_class(on) : vm.find_class(on);
  if (vm.exception) return false;
  if (!c) {
    vm.warning("Class \"" + std::string(on) + "\" not found");
    *ret = Value::boolean(false);
    return true;
  }
  if (!c->decl)
    return vm.throw_error("ValueError",
                          "class_alias(): Argument #1 ($class) must be a user-defined class "
                          "name, internal class name given");
  std::string_view an = alias->view();
  if (!an.empty() && an[0] == '\\') an.remove_prefix(1);
  std::string la = lower_name(an);
  if (vm.classes.count(la)) {
    vm.warning("Cannot declare class " + std::string(an) + ", because the name is already in use");
    *ret = Value::boolean(false);
    return true;
  }
  vm.classes[la] = c;
  *ret = Value::boolean(true);
  return true;
}

// The default values of the properties visible from the calling scope, the instance ones
// first, then the static ones (their current values).
WEFT_PHP_NATIVE(f_get_class_vars) {
  String* name = to_str(arg_at(args, argc, 0));
  Class* c = vm.load_class(name->view());
  if (vm.exception) return false;
  if (!c)
    return vm.throw_error("TypeError",
                          "get_class_vars(): Argument #1 ($class) must be a valid class name, " +
                              std::string(name->view()) + " given");
  if (c->needs_init && !vm.init_class(c)) return false;
  Class* scope = calling_scope(vm.frame);
  Array* out = Array::make();
  Array* defaults = c->defaults();
  for (uint32_t i : table_order(c, c->props)) {
    const PropInfo& pi = c->props[i];
    if (!visible_from(pi, scope)) continue;
    Value v = i < defaults->used() ? deref(defaults->buckets()[i].v) : Value();
    if (v.tag == Tag::Undef) continue;  // a typed property without a default
    mark_copy(v);
    out->set(Key::string(pi.name), v);
  }
  Array* statics = c->statics();
  for (uint32_t i : table_order(c, c->static_props)) {
    const PropInfo& pi = c->static_props[i];
    if (!visible_from(pi, scope)) continue;
    auto it = c->static_index.find(std::string(pi.name->view()));
    if (it == c->static_index.end() || it->second >= statics->used()) continue;
    Value v = deref(statics->buckets()[it->second].v);
    if (v.tag == Tag::Undef) continue;
    mark_copy(v);
    out->set(Key::string(pi.name), v);
  }
  *ret = Value::arr(out);
  return true;
}

static Array* backtrace(VM& vm, Value* args, uint32_t argc, int64_t default_options) {
  int64_t options = argc > 0 ? to_int(arg_at(args, argc, 0)) : default_options;
  int64_t limit = argc > 1 ? to_int(arg_at(args, argc, 1)) : 0;
  Array* t = vm.make_trace(1, int(options & (VM::kTraceObjects | VM::kTraceNoArgs)));
  if (limit <= 0 || uint64_t(limit) >= t->count) return t;
  Array* cut = Array::make();
  for (uint32_t i = t->first(); i < t->used() && int64_t(cut->count) < limit; i = t->next(i))
    cut->append(t->buckets()[i].v);
  return cut;
}

WEFT_PHP_NATIVE(f_debug_backtrace) {
  *ret = Value::arr(backtrace(vm, args, argc, VM::kTraceObjects));
  return true;
}

// php 8 prints the frames as getTraceAsString() does, without its last "{main}" line.
WEFT_PHP_NATIVE(f_debug_print_backtrace) {
  std::string s = trace_as_string(backtrace(vm, args, argc, 0));
  size_t cut = s.rfind('#');
  vm.echo(std::string_view(s).substr(0, cut == std::string::npos ? 0 : cut));
  return true;
}

void register_introspect_builtins(VM& vm) {
  vm.register_native("class_alias", f_class_alias);
  vm.register_native("get_class_vars", f_get_class_vars);
  vm.register_native("debug_backtrace", f_debug_backtrace);
  vm.register_native("debug_print_backtrace", f_debug_print_backtrace);
  vm.constants->set(Key::string(intern("DEBUG_BACKTRACE_PROVIDE_OBJECT")), Value::integer(1));
  vm.constants->set(Key::string(intern("DEBUG_BACKTRACE_IGNORE_ARGS")), Value::integer(2));
}

}  // namespace weft::php
