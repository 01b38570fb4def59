// Linking a compiled class: inheritance of properties, statics, constants and methods;
// interfaces; trait composition; property defaults.
#include "builtins.h"
#include "class_checks.h"
#include "class_info.h"
#include "interp_support.h"
#include "typed_props.h"
#include "typed_refs.h"
#include "weft/php/ops.h"

namespace weft::php {

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

static void add_interface(Class* cls, Class* i) {
  for (Class* x : cls->interfaces)
    if (x == i) return;
  cls->interfaces.push_back(i);
  for (Class* p : i->interfaces) add_interface(cls, p);
}

static void set_magic(Class* cls) {
  cls->ctor = cls->find_method("__construct");
  cls->m_tostring = cls->find_method("__tostring");
  cls->m_get = cls->find_method("__get");
  cls->m_set = cls->find_method("__set");
  cls->m_isset = cls->find_method("__isset");
  cls->m_unset = cls->find_method("__unset");
  cls->m_call = cls->find_method("__call");
  cls->m_callstatic = cls->find_method("__callstatic");
  cls->m_invoke = cls->find_method("__invoke");
  cls->m_destruct = cls->find_method("__destruct");
}

static bool eval_thunk(VM& vm, Function* th, Class* cls, Value* out) {
  if (!th) {
    *out = Value::null();
    return true;
  }
  return vm.invoke(th, nullptr, 0, out, nullptr, cls);
}

bool link_class(VM& vm, Class* cls, bool hoisting) {
  ClassInfo* info = static_cast<ClassInfo*>(cls->decl);
  Class* parent = nullptr;
  if (!info->parent.empty()) {
    parent = hoisting ? vm.find_class(info->parent) : vm.load_class(info->parent);
    if (!parent) {
      if (hoisting || vm.exception) return false;
      vm.throw_error("Error", "Class \"" + info->parent + "\" not found");
      return false;
    }
  }
  std::vector<Class*> ifaces, traits;
  for (auto& n : info->interfaces) {
    Class* i = hoisting ? vm.find_class(n) : vm.load_class(n);
    if (!i) {
      if (hoisting || vm.exception) return false;
      vm.throw_error("Error", "Interface \"" + n + "\" not found");
      return false;
    }
    ifaces.push_back(i);
  }
  for (auto& n : info->traits) {
    Class* t = hoisting ? vm.find_class(n) : vm.load_class(n);
    if (!t) {
      if (hoisting || vm.exception) return false;
      vm.fatal("Trait \"" + n + "\" not found");
    }
    traits.push_back(t);
  }
  if (vm.find_class(cls->lname))
    vm.fatal("Cannot declare class " + cls->name + ", because the name is already in use");
  check_class_header(vm, cls, parent, ifaces, info->line);

  cls->parent = parent;
  if (parent && (parent->flags & ClsAllowDynamic)) cls->flags |= ClsAllowDynamic;
  Array* defaults = Array::make();
  Array* statics = Array::make();
  Array* consts = Array::make();
  Array* gd = Array::make();
  gd->append(Value::arr(defaults));
  gd->append(Value::arr(statics));
  gd->append(Value::arr(consts));
  cls->gcdata = gd;

  if (parent) {
    if (parent->flags & ClsThrowable) cls->flags |= ClsThrowable;
    cls->props = parent->props;
    cls->prop_index = parent->prop_index;
    cls->shadows_private = parent->shadows_private;
    Array* pd = parent->defaults();
    for (uint32_t i = 0; i < parent->props.size(); ++i) {
      Value* v = pd->find(int64_t(i));
      defaults->set(Key::integer(i), v ? *v : Value());
    }
    // defaults still waiting for their initializer are evaluated again for this class (the
    // parent's statics are shared Refs, filled by the parent's init_class)
    for (const Class::PendingInit& p : parent->pending_inits)
      if (!p.is_static) cls->pending_inits.push_back(p);
    cls->needs_init = !cls->pending_inits.empty() || parent->needs_init;
    cls->static_props = parent->static_props;
    cls->static_index = parent->static_index;
    Array* ps = parent->statics();
    for (uint32_t i = 0; i < parent->static_props.size(); ++i)
      statics->set(Key::integer(i), *ps->find(int64_t(i)));
    cls->const_index = parent->const_index;
    cls->const_owner = parent->const_owner;
    cls->const_thunks = parent->const_thunks;
    cls->const_flags = parent->const_flags;
    Array* pc = parent->consts();
    for (uint32_t i = 0; i < parent->const_thunks.size(); ++i)
      consts->set(Key::integer(i), *pc->find(int64_t(i)));
    cls->methods = parent->methods;
    for (Class* i : parent->interfaces) add_interface(cls, i);
  }
  for (Class* i : ifaces) {
    add_interface(cls, i);
    for (auto& [name, idx] : i->const_index) {
      if (cls->const_index.count(name)) continue;
      uint32_t n = uint32_t(cls->const_thunks.size());
      cls->const_index[name] = n;
      cls->const_thunks.push_back(i->const_thunks[idx]);
      cls->const_flags.resize(n + 1, 0);
      cls->const_owner.push_back(i->const_owner[idx]);
      consts->set(Key::integer(n), *i->consts()->find(int64_t(idx)));
    }
    for (auto& [name, m] : i->methods)
      if (!cls->methods.count(name)) cls->methods[name] = m;
  }
  if (cls->flags & ClsInterface) cls->flags |= ClsAbstract;

  // The initializer runs at the class's first use (init_class); its slot holds null till then.
  auto defer = [&](Function* thunk, Class* scope, uint32_t idx, bool is_static) {
    if (!thunk) return;
    cls->pending_inits.push_back({thunk, scope, idx, is_static});
    cls->needs_init = true;
  };
  // the typed static properties declared here, bound to their references once static_props
  // stops growing (the bindings point into it)
  std::vector<uint32_t> typed_statics;
  auto add_prop = [&](const ClassInfo::Member& m, Class* declared, Class* scope) -> bool {
    Value v;
    if (m.thunk || !m.typed) v = Value::null();
    if (m.flags & ModStatic) {
      // a typed one's reference is bound to it (typed_refs.h) and stays uninitialized (Undef)
      // without a default
      Ref* r = gc_new<Ref>();
      r->v = v;
      auto it = cls->static_index.find(m.name);
      uint32_t idx;
      if (it != cls->static_index.end()) {
        idx = it->second;
        cls->static_props[idx] = PropInfo{intern(m.name), m.flags, declared, m.typed, m.type};
      } else {
        idx = uint32_t(cls->static_props.size());
        cls->static_props.push_back(PropInfo{intern(m.name), m.flags, declared, m.typed, m.type});
        cls->static_index[m.name] = idx;
      }
      statics->set(Key::integer(idx), Value::ref(r));
      if (m.typed) typed_statics.push_back(idx);
      defer(m.thunk, scope, idx, true);
      return true;
    }
    auto it = cls->prop_index.find(m.name);
    uint32_t idx;
    if (it != cls->prop_index.end() && (cls->props[it->second].flags & ModPrivate) &&
        cls->props[it->second].declared != declared) {
      // an ancestor's private property stays, in its own slot, for the ancestor's code
      Class* owner = cls->props[it->second].declared;
      cls->prop_index[std::string(1, '\0') + owner->name + '\0' + m.name] = it->second;
      cls->shadows_private = true;
      idx = uint32_t(cls->props.size());
      cls->props.push_back(PropInfo{intern(m.name), m.flags, declared, m.typed, m.type});
      cls->prop_index[m.name] = idx;
    } else if (it != cls->prop_index.end()) {
      idx = it->second;
      cls->props[idx] = PropInfo{intern(m.name), m.flags, declared, m.typed, m.type};
      std::erase_if(cls->pending_inits,  // a redeclaration replaces the inherited initializer
                    [&](const Class::PendingInit& p) { return !p.is_static && p.slot == idx; });
    } else {
      idx = uint32_t(cls->props.size());
      cls->props.push_back(PropInfo{intern(m.name), m.flags, declared, m.typed, m.type});
      cls->prop_index[m.name] = idx;
    }
    defaults->set(Key::integer(idx), v);
    defer(m.thunk, scope, idx, false);
    return true;
  };

  // traits: methods, properties
  for (Class* t : traits) {
    ClassInfo* ti = static_cast<ClassInfo*>(t->decl);
    for (auto& [name, m] : t->methods) {
      bool excluded = false;
      for (auto& [winner, loser] : info->insteadof)
        if (loser == t->lname && winner.substr(winner.find("::") + 2) == name) excluded = true;
      if (excluded) continue;
      Function* copy = new Function(*m);
      vm.owned_functions.push_back(copy);
      copy->scope = cls;
      copy->statics = m->statics ? m->statics->copy() : nullptr;
      cls->methods[name] = copy;
    }
    for (auto& al : info->aliases) {
      if (!al.trait.empty() && lower(al.trait) != t->lname) continue;
      Function* m = t->find_method(lower(al.method));
      if (!m) continue;
      Function* copy = new Function(*m);
      vm.owned_functions.push_back(copy);
      copy->scope = cls;
      if (al.visibility & ModPrivate) copy->flags = (copy->flags & ~FnProtected) | FnPrivate;
      if (al.visibility & ModProtected) copy->flags = (copy->flags & ~FnPrivate) | FnProtected;
      if (al.visibility & ModPublic) copy->flags &= ~(FnPrivate | FnProtected);
      if (!al.alias.empty()) {
        copy->name = al.alias;
        copy->lname = lower(al.alias);
      }
      cls->methods[copy->lname] = copy;
    }
    if (ti) {
      for (auto& p : ti->props)
        if (!add_prop(p, cls, cls)) return false;
      for (auto& p : ti->static_props)
        if (!add_prop(p, cls, cls)) return false;
    }
  }
  for (auto& c : info->consts) {
    auto it = cls->const_index.find(c.name);
    uint32_t idx;
    uint32_t vis = c.flags & (ModPrivate | ModProtected);
    if (it != cls->const_index.end()) {
      idx = it->second;
      // a redeclared constant keeps at least the visibility it had (unless that was private)
      uint32_t old = idx < cls->const_flags.size() ? cls->const_flags[idx] : 0;
      Class* owner = cls->const_owner[idx];
      if (!(old & ModPrivate) && owner != cls) {
        std::string where = cls->name + "::" + c.name;
        if (old == 0 && vis)
          vm.fatal_at(
              "Access level to " + where + " must be public (as in class " + owner->name + ")",
              info->line);
        if ((old & ModProtected) && (vis & ModPrivate))
          vm.fatal_at("Access level to " + where + " must be protected (as in class " +
                          owner->name + ") or weaker",
                      info->line);
      }
      cls->const_thunks[idx] = c.thunk;
      cls->const_owner[idx] = cls;
    } else {
      idx = uint32_t(cls->const_thunks.size());
      cls->const_index[c.name] = idx;
      cls->const_thunks.push_back(c.thunk);
      cls->const_owner.push_back(cls);
    }
    if (cls->const_flags.size() <= idx) cls->const_flags.resize(idx + 1, 0);
    cls->const_flags[idx] = vis;
    consts->set(Key::integer(idx), Class::unevaluated_const());
  }
  if (!(cls->flags & ClsInterface)) {
    bool traversable = false, iter = false;
    for (Class* i : cls->interfaces) {
      traversable |= i->lname == "traversable";
      iter |= i->lname == "iterator" || i->lname == "iteratoraggregate";
    }
    if (traversable && !iter)
      vm.fatal_at("Class " + cls->name +
                      " must implement interface Traversable as part of either Iterator or "
                      "IteratorAggregate",
                  VM::kUnknownLine);
  }
  for (Function* m : info->methods) {
    if (parent)
      if (Function* pm = parent->find_method(m->lname)) check_method_override(vm, cls, m, pm);
    for (Class* i : cls->interfaces)
      if (Function* im = i->find_method(m->lname)) check_method_override(vm, cls, m, im);
    cls->methods[m->lname] = m;
  }
  if (parent) {
    // redeclared properties keep the kind (static or not) and at least the visibility
    auto check_prop = [&](const ClassInfo::Member& p) {
      auto it = parent->prop_index.find(p.name);
      if (it != parent->prop_index.end())
        check_property_override(vm, cls, p.name, p.flags, p.type.get(), parent->props[it->second],
                                info->line);
      auto st = parent->static_index.find(p.name);
      if (st != parent->static_index.end())
        check_property_override(vm, cls, p.name, p.flags, p.type.get(),
                                parent->static_props[st->second], info->line);
    };
    for (auto& p : info->props) check_prop(p);
    for (auto& p : info->static_props) check_prop(p);
  }
  if (cls->flags & ClsEnum) setup_enum(vm, cls);
  set_magic(cls);
  if (cls->m_tostring) {  // php 8: classes with __toString implement Stringable
    if (Class* s = vm.find_class("Stringable")) add_interface(cls, s);
  }
  cls->linked = true;
  vm.classes[cls->lname] = cls;
  vm.class_order.push_back(cls);
  for (auto& p : info->props)
    if (!add_prop(p, cls, cls)) return false;
  for (auto& p : info->static_props)
    if (!add_prop(p, cls, cls)) return false;
  for (uint32_t idx : typed_statics)
    if (prop_checked(cls->static_props[idx]))
      add_ref_source(vm, cls->statics()->find(int64_t(idx))->r, cls->static_props[idx]);
  // a concrete class must implement every abstract method
  if (!(cls->flags & (ClsAbstract | ClsInterface | ClsTrait))) {
    for (auto& [name, m] : cls->methods) {
      if (m->flags & FnAbstract) {
        std::string owner = m->scope ? m->scope->name : cls->name;
        vm.fatal("Class " + cls->name +
                 " contains 1 abstract method and must therefore be declared abstract or implement "
                 "the remaining methods (" +
                 owner + "::" + m->name + ")");
      }
    }
  }
  return true;
}

bool VM::init_class(Class* cls) {
  if (cls->parent && cls->parent->needs_init && !init_class(cls->parent)) return false;
  cls->needs_init = false;  // an initializer may use the class (self::$a in a constant)
  for (size_t i = 0; i < cls->pending_inits.size(); ++i) {
    Class::PendingInit p = cls->pending_inits[i];
    Value v;
    if (!eval_thunk(*this, p.thunk, p.scope, &v)) {
      cls->needs_init = true;  // php tries again at the next use
      return false;
    }
    mark_copy(v);
    // `public float $f = 1` holds 1.0: the one conversion a constant default may need
    const PropInfo& pi = p.is_static ? cls->static_props[p.slot] : cls->props[p.slot];
    if (v.tag == Tag::Int && prop_checked(pi) && (pi.type->bits & TyFloat) &&
        !(pi.type->bits & TyInt))
      v = Value::number(double(v.i));
    if (p.is_static)
      cls->statics()->find(int64_t(p.slot))->r->v = v;
    else
      cls->defaults()->set(Key::integer(p.slot), v);
  }
  cls->pending_inits.clear();
  return true;
}

bool declare_class(VM& vm, Class* cls, bool hoisting) {
  if (cls->linked) return true;
  return link_class(vm, cls, hoisting);
}

}  // namespace weft::php
