// What Reflection (src/prelude_reflection.php) reads from the VM: descriptions of functions,
// methods and classes as plain arrays, so that the Reflection classes can be written in PHP.
//   __weft_reflect_function(Closure|string $f): array|false
//   __weft_reflect_method(string $class, string $method): array|false
//   __weft_reflect_class(string $class): array|false
#include <algorithm>

#include "builtins.h"
#include "class_info.h"
#include "weft/php/object.h"
#include "weft/php/string.h"

namespace weft::php {

namespace {

// An array with string keys, built field by field.
struct Fields {
  Array* a = Array::make();
  void set(const char* key, const Value& v) { a->set(Key::string(intern(key)), v); }
  void set(const char* key, std::string_view s) { set(key, Value::str(new_string(s))); }
  void set(const char* key, const char* s) { set(key, std::string_view(s)); }
  void set(const char* key, bool b) { set(key, Value::boolean(b)); }
  void set(const char* key, int64_t i) { set(key, Value::integer(i)); }
};

std::string lower(std::string_view s) {
  std::string l(s);
  for (auto& ch : l) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  return l;
}

// Attributes as [name, arguments' source, line] lists (ReflectionAttribute evaluates them).
Value attrs_value(const AttrList* attrs) {
  Array* out = Array::make();
  if (attrs)
    for (const AttrDecl& a : *attrs) {
      Array* one = Array::make();
      one->append(Value::str(new_string(a.name)));
      one->append(Value::str(new_string(a.args)));
      one->append(Value::integer(a.line));
      out->append(Value::arr(one));
    }
  return Value::arr(out);
}

// The declaration of a class's member in its ClassInfo (null for built-in classes).
const ClassInfo::Member* member_decl(const std::vector<ClassInfo::Member>& members,
                                     std::string_view name) {
  for (const ClassInfo::Member& m : members)
    if (m.name == name) return &m;
  return nullptr;
}

Value function_info(Function* fn) {
  Fields f;
  f.set("name", std::string_view(fn->name));
  f.set("class", fn->scope ? Value::str(new_string(fn->scope->name)) : Value::null());
  f.set("static", bool(fn->flags & FnStatic));
  f.set("abstract", bool(fn->flags & FnAbstract));
  f.set("final", bool(fn->flags & FnFinal));
  f.set("private", bool(fn->flags & FnPrivate));
  f.set("protected", bool(fn->flags & FnProtected));
  f.set("by_ref", bool(fn->flags & FnByRefReturn));
  f.set("closure", bool(fn->flags & FnClosure));
  f.set("generator", bool(fn->flags & FnGenerator));
  f.set("internal", fn->native != nullptr);
  f.set("return", std::string_view(fn->return_type));
  f.set("line", int64_t(fn->line));
  f.set("attrs", attrs_value(fn->attrs));
  // php counts as required every parameter up to the last one without a default
  int64_t required = 0;
  for (size_t i = 0; i < fn->params.size(); ++i)
    if (!fn->params[i].has_default && !fn->params[i].variadic) required = int64_t(i) + 1;
  f.set("required", required);
  Array* params = Array::make();
  for (size_t i = 0; i < fn->params.size(); ++i) {
    const Param& p = fn->params[i];
    Fields pf;
    pf.set("name", p.name->view());
    pf.set("type", std::string_view(p.type_text));
    pf.set("optional", int64_t(i) >= required);
    pf.set("has_default", p.has_default);
    pf.set("default", std::string_view(p.default_text));
    pf.set("source", std::string_view(p.default_source));
    pf.set("by_ref", p.by_ref);
    pf.set("variadic", p.variadic);
    pf.set("promoted", p.promote != 0);
    pf.set("attrs", attrs_value(p.attrs));
    params->append(Value::arr(pf.a));
  }
  f.set("params", Value::arr(params));
  return Value::arr(f.a);
}

Class* class_arg(VM& vm, const Value& v) {
  if (v.tag == Tag::Obj) return v.o->cls;
  return vm.load_class(to_str(v)->view());
}

// php's order of a class's methods: its own in declaration order, then each ancestor's that it
// does not override, then the rest of the table (trait and interface methods).
std::vector<Function*> methods_in_order(Class* c) {
  std::vector<Function*> out;
  auto add = [&](Function* m) {
    if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  };
  for (Class* k = c; k; k = k->parent)
    if (auto* info = static_cast<ClassInfo*>(k->decl))
      for (Function* m : info->methods)
        if (c->find_method(m->lname) == m && (k == c || !(m->flags & FnPrivate))) add(m);
  std::vector<Function*> rest;
  for (auto& [name, m] : c->methods)
    if (std::find(out.begin(), out.end(), m) == out.end() &&
        (m->scope == c || !(m->flags & FnPrivate)))
      rest.push_back(m);
  std::sort(rest.begin(), rest.end(), [](Function* a, Function* b) { return a->name < b->name; });
  for (Function* m : rest) add(m);
  return out;
}

Value prop_info(const PropInfo& pi, bool is_static) {
  Fields f;
  f.set("name", pi.name->view());
  f.set("class", std::string_view(pi.declared->name));
  f.set("private", bool(pi.flags & ModPrivate));
  f.set("protected", bool(pi.flags & ModProtected));
  f.set("readonly", bool(pi.flags & ModReadonly));
  f.set("static", is_static);
  f.set("typed", pi.typed);
  const ClassInfo::Member* decl = nullptr;
  if (auto* info = static_cast<ClassInfo*>(pi.declared->decl))
    decl = member_decl(is_static ? info->static_props : info->props, pi.name->view());
  f.set("attrs", attrs_value(decl ? decl->attrs : nullptr));
  return Value::arr(f.a);
}

// Properties as php's table lists them: the class's own first, then each ancestor's (each
// class's instance properties before its static ones: their relative order is not kept).
Array* props_in_order(Class* c) {
  Array* out = Array::make();
  for (Class* k = c; k; k = k->parent) {
    for (const PropInfo& pi : c->props)
      if (pi.declared == k) out->append(prop_info(pi, false));
    for (const PropInfo& pi : c->static_props)
      if (pi.declared == k) out->append(prop_info(pi, true));
  }
  return out;
}

Value class_info(Class* c) {
  Fields f;
  f.set("name", std::string_view(c->name));
  f.set("parent", c->parent ? Value::str(new_string(c->parent->name)) : Value::null());
  f.set("abstract", bool(c->flags & ClsAbstract));
  f.set("final", bool(c->flags & ClsFinal));
  f.set("interface", bool(c->flags & ClsInterface));
  f.set("trait", bool(c->flags & ClsTrait));
  f.set("enum", bool(c->flags & ClsEnum));
  f.set("internal", c->decl == nullptr);
  auto* info = static_cast<ClassInfo*>(c->decl);
  f.set("line", int64_t(info ? info->line : 0));
  f.set("attrs", attrs_value(info ? info->attrs : nullptr));
  Array* interfaces = Array::make();
  for (Class* i : c->interfaces) interfaces->append(Value::str(new_string(i->name)));
  f.set("interfaces", Value::arr(interfaces));
  Array* traits = Array::make();
  if (info)
    for (const std::string& t : info->traits) traits->append(Value::str(new_string(t)));
  f.set("traits", Value::arr(traits));
  Array* methods = Array::make();
  for (Function* m : methods_in_order(c)) methods->append(Value::str(new_string(m->name)));
  f.set("methods", Value::arr(methods));
  f.set("props", Value::arr(props_in_order(c)));
  // constants in slot order (declaration order), the class's own first as php lists them
  std::vector<std::pair<uint32_t, std::string>> consts;
  for (auto& [name, slot] : c->const_index) consts.emplace_back(slot, name);
  std::sort(consts.begin(), consts.end());
  Array* names = Array::make();
  for (bool own : {true, false})
    for (auto& [slot, name] : consts)
      if ((slot < c->const_owner.size() && c->const_owner[slot] == c) == own)
        names->append(Value::str(new_string(name)));
  f.set("consts", Value::arr(names));
  Fields const_attrs;  // each constant's attributes, from the class that declares it
  for (auto& [slot, name] : consts) {
    Class* owner = slot < c->const_owner.size() ? c->const_owner[slot] : c;
    auto* oinfo = owner ? static_cast<ClassInfo*>(owner->decl) : nullptr;
    const ClassInfo::Member* m = oinfo ? member_decl(oinfo->consts, name) : nullptr;
    const_attrs.a->set(Key::string(intern(name)), attrs_value(m ? m->attrs : nullptr));
  }
  f.set("const_attrs", Value::arr(const_attrs.a));
  return Value::arr(f.a);
}

}  // namespace

WEFT_PHP_NATIVE(f_reflect_function) {
  const Value& v = arg_at(args, argc, 0);
  Function* fn = nullptr;
  if (v.tag == Tag::Obj && v.o->closure())
    fn = v.o->closure()->fn;
  else if (v.tag == Tag::Str)
    fn = vm.find_function(v.s->view());
  *ret = fn ? function_info(fn) : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_reflect_method) {
  Class* c = class_arg(vm, arg_at(args, argc, 0));
  if (vm.exception) return false;
  Function* m = c ? c->find_method(lower(to_str(arg_at(args, argc, 1))->view())) : nullptr;
  *ret = m ? function_info(m) : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_reflect_class) {
  Class* c = class_arg(vm, arg_at(args, argc, 0));
  if (vm.exception) return false;
  *ret = c ? class_info(c) : Value::boolean(false);
  return true;
}

void register_reflection_builtins(VM& vm) {
  vm.register_native("__weft_reflect_function", f_reflect_function);
  vm.register_native("__weft_reflect_method", f_reflect_method);
  vm.register_native("__weft_reflect_class", f_reflect_class);
}

}  // namespace weft::php
