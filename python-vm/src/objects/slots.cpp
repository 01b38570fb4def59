// __slots__: the slot layout of classes and the member descriptors (see slots.h).
#include "objects/slots.h"

#include <algorithm>
#include <string>
#include <vector>

namespace weft::python {

Type* g_member_type = nullptr;

namespace {

std::string str_of(Str* s) { return std::string(s->view()); }

Value member_self_check(Value self) {
  if (!is_member(self)) return raise(rt.TypeError, "descriptor requires a 'member_descriptor'");
  return self;
}

Value m_get(Value self, Value* args, int64_t nargs, Tuple*) {
  if (!member_self_check(self)) return Value();
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "expected 1 or 2 arguments");
  // C.x.__get__(None, C) is the descriptor itself
  if (args[0] == Value(rt.None) && nargs == 2) return self;
  return member_get(self.as<Member>(), args[0]);
}

Value m_set(Value self, Value* args, int64_t nargs, Tuple*) {
  if (!member_self_check(self)) return Value();
  if (nargs != 2) return raise(rt.TypeError, "expected 2 arguments");
  return member_set(self.as<Member>(), args[0], args[1]) < 0 ? Value() : Value(rt.None);
}

Value m_delete(Value self, Value* args, int64_t nargs, Tuple*) {
  if (!member_self_check(self)) return Value();
  if (nargs != 1) return raise(rt.TypeError, "expected 1 argument");
  return member_set(self.as<Member>(), args[0], Value()) < 0 ? Value() : Value(rt.None);
}

// property getters: called with the descriptor as their one argument
Value m_name(Value, Value* args, int64_t, Tuple*) { return args[0].as<Member>()->name.get(); }
Value m_objclass(Value, Value* args, int64_t, Tuple*) { return args[0].as<Member>()->owner.get(); }
Value m_doc(Value, Value*, int64_t, Tuple*) { return rt.None; }

Value m_new(Value, Value*, int64_t, Tuple*) {
  return raise(rt.TypeError, "cannot create 'member_descriptor' instances");
}

bool init_member_type() {
  if (g_member_type) return true;
  Type* t = new_builtin_type("member_descriptor", Layout::Object, rt.object_type);
  if (!t) return false;
  g_member_type = t;
  gc::add_root(reinterpret_cast<void**>(&g_member_type));
  t->new_fn = m_new;
  add_method(t, "__get__", m_get);
  add_method(t, "__set__", m_set);
  add_method(t, "__delete__", m_delete);
  struct {
    const char* name;
    NativeFn fn;
  } props[] = {{"__name__", m_name}, {"__objclass__", m_objclass}, {"__doc__", m_doc}};
  for (auto& p : props)
    if (!add_getter(t, p.name, p.fn)) return false;
  return true;
}

// Where o keeps slot i: inline for user-class instances (new_instance makes room for all of
// their type's slots, before the map attributes), else in `extra`, which only dict-mode
// instances (exceptions, objects retyped from a built-in's instance) have free for this.
VField* slot_field(Instance* o, int64_t i, bool create) {
  if (i < o->ninline) return &o->inline_slots()[i];
  if (o->map) return nullptr;  // not reached: see new_instance
  int64_t k = i - o->ninline;
  ValueArray* a = o->extra;
  if (a && k < static_cast<int64_t>(a->cap)) return &a->items()[k];
  if (!create) return nullptr;
  int64_t want = std::max<int64_t>(k + 1, static_cast<int64_t>(o->type->nslots) - o->ninline);
  ValueArray* na = new_array(static_cast<uint64_t>(want));
  if (!na) return nullptr;
  for (uint64_t j = 0; a && j < a->cap; j++) na->items()[j] = a->items()[j];
  o->extra = na;
  return &na->items()[k];
}

bool applies(Member* m, Value obj) {
  if (isinstance(obj, m->owner)) {
    Layout l = type_of(obj)->layout;
    if (l == Layout::Instance || l == Layout::Exception) return true;
  }
  raise_fmt(rt.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
            str_of(m->name).c_str(), str_of(m->owner->name).c_str(), type_name(obj));
  return false;
}

// The class of t's MRO whose __slots__ added t's last slot (CPython's "solid base").
Type* solid_base(Type* t) {
  if (t->nslots == 0) return nullptr;
  for (int64_t i = 0; i < t->mro->size; i++) {
    Type* c = t->mro->at(i).as<Type>();
    if (c->builtin || c->nslots != t->nslots) continue;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(c->dict, &pos, &k, &v))
      if (is_member(v) && v.as<Member>()->owner.get() == c &&
          v.as<Member>()->index == static_cast<int64_t>(c->nslots) - 1)
        return c;
  }
  return t;
}

bool in_mro(Type* t, Type* c) {
  for (int64_t i = 0; i < t->mro->size; i++)
    if (t->mro->at(i).as<Type>() == c) return true;
  return false;
}

bool is_identifier(std::string_view s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (unsigned char ch : s)
    if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
          (ch >= '0' && ch <= '9') || ch >= 0x80))
      return false;
  return true;
}

// A private name (`__x`) in a class body means `_Class__x`, as in the class's code.
std::string mangle(Type* t, std::string_view n) {
  if (n.size() < 3 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) == "__")
    return std::string(n);
  std::string_view cls = t->name->view();
  while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
  if (cls.empty()) return std::string(n);
  return "_" + std::string(cls) + std::string(n);
}

// The names of a __slots__ value (a str, or an iterable of strs); false with an exception.
bool slot_items(Value sl, std::vector<Str*>* out) {
  if (sl.is_ptr() && sl.obj()->type == rt.str_type) {
    out->push_back(sl.as<Str>());
    return true;
  }
  Value it = get_iter(sl);
  if (!it) return false;
  for (;;) {
    Value n = iter_next(it);
    if (!n) return !rt.exc;
    if (!n.is_ptr() || !isinstance(n, rt.str_type)) {
      raise_fmt(rt.TypeError, "__slots__ items must be strings, not '%s'", type_name(n));
      return false;
    }
    out->push_back(n.as<Str>());
  }
}

}  // namespace

bool type_init_slots(Type* t) {
  Layout lay = t->layout;
  bool instance_like = lay == Layout::Instance || lay == Layout::Exception;
  // the bases' layouts: their solid bases must lie on one line of inheritance
  Type* winner = nullptr;
  bool bases_dictless = true, bases_weakrefless = true;
  for (int64_t i = 0; i < t->bases->size; i++) {
    Type* b = t->bases->at(i).as<Type>();
    if (b->builtin) {
      // built-in exceptions and instance types (random.Random) have a __dict__, unless they
      // are dictless (weakref's base type)
      bases_dictless =
          bases_dictless &&
          (b->dictless || (b->layout != Layout::Exception && b->layout != Layout::Instance));
    } else {
      bases_dictless = bases_dictless && b->dictless;
      bases_weakrefless = bases_weakrefless && b->weakrefless;
    }
    if (b->nslots && (!winner || b->nslots > winner->nslots)) winner = b;
  }
  for (int64_t i = 0; winner && i < t->bases->size; i++) {
    Type* s = solid_base(t->bases->at(i).as<Type>());
    if (s && !in_mro(winner, s)) {
      raise(rt.TypeError, "multiple bases have instance lay-out conflict");
      return false;
    }
  }
  uint32_t base_n = winner ? winner->nslots : 0;
  t->nslots = base_n;
  // CPython's __dict__ / __weakref__ descriptors: in the first class that gives instances a
  // dict / weak references (no __weakref__ for variable-size bases such as int, bytes and
  // tuple, neither for metaclasses: type has both)
  bool weakrefs_allowed =
      lay != Layout::Int && lay != Layout::Bytes && lay != Layout::Tuple && lay != Layout::Type;
  Value sl = dict_get_str(t->dict, intern("__slots__"));
  if (!sl) {
    if (rt.exc) return false;
    return type_add_getsets(t, bases_dictless && lay != Layout::Type,
                            bases_weakrefless && weakrefs_allowed);
  }
  std::vector<Str*> items;
  if (!slot_items(sl, &items)) return false;
  for (Str* s : items) gc::Heap::pin(s);  // `items` is not traced
  bool want_dict = false, want_weakref = false;
  std::vector<std::string> names;
  for (Str* s : items) {
    std::string_view n = s->view();
    if (!is_identifier(n)) {
      raise(rt.TypeError, "__slots__ must be identifiers");
      return false;
    }
    if (n == "__dict__") {
      if (want_dict || !bases_dictless) {
        raise(rt.TypeError, "__dict__ slot disallowed: we already got one");
        return false;
      }
      want_dict = true;
      continue;
    }
    if (n == "__weakref__") {
      if (want_weakref || !bases_weakrefless) {
        raise(rt.TypeError,
              "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        return false;
      }
      want_weakref = true;
      continue;
    }
    names.push_back(mangle(t, n));
  }
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) {
    Value clash = dict_get_str(t->dict, intern(n));
    if (clash) {
      raise_fmt(rt.ValueError, "'%s' in __slots__ conflicts with class variable", n.c_str());
      return false;
    }
  }
  if (!names.empty() && !instance_like) {
    Type* vb = nullptr;
    for (int64_t i = 0; i < t->mro->size && !vb; i++)
      if (t->mro->at(i).as<Type>()->builtin) vb = t->mro->at(i).as<Type>();
    std::string bn = vb ? str_of(vb->name) : "object";
    if (lay == Layout::Int || lay == Layout::Tuple || lay == Layout::Bytes || lay == Layout::Type)
      raise_fmt(rt.TypeError, "nonempty __slots__ not supported for subtype of '%s'", bn.c_str());
    else
      raise_fmt(rt.TypeError,
                "weft-python does not support nonempty __slots__ in a subtype of '%s'", bn.c_str());
    return false;
  }
  if (!names.empty() && !init_member_type()) return false;
  for (const std::string& n : names) {
    Member* m = alloc<Member>(g_member_type);
    if (!m) return false;
    m->owner = t;
    m->name = intern(n);
    m->index = t->nslots++;
    if (dict_set_str(t->dict, m->name, m) < 0) return false;
  }
  t->dictless = bases_dictless && !want_dict;
  t->weakrefless = bases_weakrefless && !want_weakref;
  return type_add_getsets(t, want_dict, want_weakref);
}

Value member_get(Member* m, Value obj) {
  if (!applies(m, obj)) return Value();
  VField* f = slot_field(obj.as<Instance>(), m->index, false);
  if (!f || !f->v)
    return raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(obj),
                     str_of(m->name).c_str());
  return *f;
}

int member_set(Member* m, Value obj, Value v) {
  if (!applies(m, obj)) return -1;
  VField* f = slot_field(obj.as<Instance>(), m->index, v.raw != 0);
  if (!v) {
    if (!f || !f->v) {
      raise(rt.AttributeError, m->name->view());
      return -1;
    }
    f->v = Value();
    return 0;
  }
  if (!f) {
    if (!rt.exc) raise(rt.RuntimeError, "no room for a slot value");
    return -1;
  }
  *f = v;
  return 0;
}

Value member_repr(Value m) {
  Member* d = m.as<Member>();
  return new_str("<member '" + str_of(d->name) + "' of '" + str_of(d->owner->name) + "' objects>");
}

}  // namespace weft::python

namespace weft::python {

namespace {

// The name of the slot at position i of t's layout, or null.
Str* slot_name_at(Type* t, int64_t i) {
  for (int64_t k = 0; k < t->mro->size; k++) {
    Type* c = t->mro->at(k).as<Type>();
    if (c->builtin) continue;
    int64_t pos = 0;
    Value key, v;
    while (dict_next(c->dict, &pos, &key, &v))
      if (is_member(v) && v.as<Member>()->owner.get() == c && v.as<Member>()->index == i)
        return v.as<Member>()->name;
  }
  return nullptr;
}

bool same_layout(Type* a, Type* b) {
  if (a->layout != b->layout || a->nslots != b->nslots || a->dictless != b->dictless) return false;
  for (int64_t i = 0; i < a->nslots; i++)
    if (slot_name_at(a, i) != slot_name_at(b, i)) return false;
  return true;
}

}  // namespace

int set_class(Value obj, Value cls) {
  if (!cls.is_ptr() || !isinstance(cls, rt.type_type)) {
    raise_fmt(rt.TypeError, "__class__ must be set to a class, not '%s' object", type_name(cls));
    return -1;
  }
  Type* old = type_of(obj);
  Type* nt = cls.as<Type>();
  if (old->builtin || nt->builtin) {
    raise(rt.TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!same_layout(old, nt)) {
    raise_fmt(rt.TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
              std::string(nt->name->view()).c_str(), std::string(old->name->view()).c_str());
    return -1;
  }
  // The map stays: it names the attributes and their positions, whoever made it.
  obj.obj()->type = nt;
  return 0;
}

}  // namespace weft::python
