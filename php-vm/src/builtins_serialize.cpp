// serialize() and unserialize() in php's format: N; b:1; i:5; d:0.1; s:3:"abc";
// a:n:{key value ...} O:len:"Class":n:{name value ...} E:len:"Enum:Case"; with private and
// protected property names mangled ("\0Class\0p", "\0*\0p"), __serialize/__unserialize,
// __sleep/__wakeup. References inside the value are written as values (php writes R:/r:
// back-references); unserialize accepts R:/r: by copying the value they point to.
#include <cmath>
#include <string>
#include <vector>

#include "builtins.h"

namespace weft::php {

static void ser_string(std::string& out, std::string_view s) {
  out += "s:" + std::to_string(s.size()) + ":\"";
  out += s;
  out += "\";";
}

static bool ser_value(VM& vm, std::string& out, const Value& v0, int depth);

static bool ser_array_body(VM& vm, std::string& out, Array* a, int depth) {
  out += std::to_string(a->count) + ":{";
  for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
    Bucket& b = a->buckets()[i];
    if (b.skey())
      ser_string(out, b.skey()->view());
    else
      out += "i:" + std::to_string(b.ikey()) + ";";
    if (!ser_value(vm, out, b.v, depth + 1)) return false;
  }
  out += "}";
  return true;
}

// The serialized name of a declared property (mangled by visibility).
static std::string mangled(const PropInfo& p) {
  std::string n(p.name->view());
  if (p.flags & ModPrivate)
    return std::string("\0", 1) + p.declared->name + std::string("\0", 1) + n;
  if (p.flags & ModProtected) return std::string("\0*\0", 3) + n;
  return n;
}

// php's built-in classes that cannot be serialized.
static bool forbids_serialization(VM& vm, Class* c) {
  return c->name == "Generator" || c->name == "Closure" || c == vm.weakmap_class ||
         c == vm.weakref_class;
}

// false with php's exception for the classes that forbid it
static bool unserializable(VM& vm, Class* c) {
  if (!forbids_serialization(vm, c)) return true;
  return vm.throw_error("Exception", "Unserialization of '" + c->name + "' is not allowed");
}

static bool ser_object(VM& vm, std::string& out, Object* o, int depth) {
  Class* c = o->cls;
  if (c->flags & ClsEnum) {
    std::string s = c->name + ":" + to_std_string(vm.get_prop(o, "name"));
    out += "E:" + std::to_string(s.size()) + ":\"" + s + "\";";
    return true;
  }
  if (o->closure() || forbids_serialization(vm, c))
    return vm.throw_error("Exception", "Serialization of '" + c->name + "' is not allowed");
  std::string head = "O:" + std::to_string(c->name.size()) + ":\"" + c->name + "\":";
  if (Function* m = c->find_method("__serialize")) {
    Value r;
    if (!vm.call_method(o, m, nullptr, 0, &r)) return false;
    r = deref(r);
    if (r.tag != Tag::Arr)
      return vm.throw_error("TypeError", c->name + "::__serialize() must return an array");
    out += head;
    return ser_array_body(vm, out, r.a, depth);
  }
  std::vector<std::pair<std::string, Value>> props;
  if (Function* m = c->find_method("__sleep")) {
    Value r;
    if (!vm.call_method(o, m, nullptr, 0, &r)) return false;
    r = deref(r);
    if (r.tag != Tag::Arr) {
      vm.warning(
          "serialize(): __sleep should return an array only containing the names of "
          "instance-variables to serialize");
      out += "N;";
      return true;
    }
    for (uint32_t i = r.a->first(); i < r.a->used(); i = r.a->next(i)) {
      std::string name = to_std_string(r.a->buckets()[i].v);
      auto it = c->prop_index.find(name);
      if (it != c->prop_index.end()) {
        props.emplace_back(mangled(c->props[it->second]), o->slots()[it->second]);
        continue;
      }
      Value* dv = o->dyn ? o->dyn->find(std::string_view(name)) : nullptr;
      if (!dv) {
        vm.warning("serialize(): \"" + name +
                   "\" returned as member variable from __sleep() but does not exist");
        continue;
      }
      props.emplace_back(name, *dv);
    }
  } else {
    for (uint32_t i = 0; i < c->props.size(); ++i) {
      if (o->slots()[i].tag == Tag::Undef) continue;
      props.emplace_back(mangled(c->props[i]), o->slots()[i]);
    }
    if (Array* d = o->dyn.get()) {
      for (uint32_t i = d->first(); i < d->used(); i = d->next(i)) {
        Bucket& b = d->buckets()[i];
        props.emplace_back(b.skey() ? std::string(b.skey()->view()) : std::to_string(b.ikey()),
                           b.v);
      }
    }
  }
  out += head + std::to_string(props.size()) + ":{";
  for (auto& [name, v] : props) {
    ser_string(out, name);
    if (!ser_value(vm, out, v, depth + 1)) return false;
  }
  out += "}";
  return true;
}

static bool ser_value(VM& vm, std::string& out, const Value& v0, int depth) {
  const Value& v = deref(v0);
  if (depth > 4096) return vm.throw_error("Error", "Maximum serialization depth exceeded");
  switch (v.tag) {
    case Tag::Undef:
    case Tag::Null:
      out += "N;";
      return true;
    case Tag::Bool:
      out += v.i ? "b:1;" : "b:0;";
      return true;
    case Tag::Int:
      out += "i:" + std::to_string(v.i) + ";";
      return true;
    case Tag::Float:
      if (std::isnan(v.d))
        out += "d:NAN;";
      else if (std::isinf(v.d))
        out += v.d > 0 ? "d:INF;" : "d:-INF;";
      else
        out += "d:" + format_double_repr(v.d) + ";";
      return true;
    case Tag::Str:
      ser_string(out, v.s->view());
      return true;
    case Tag::Arr:
      out += "a:";
      return ser_array_body(vm, out, v.a, depth);
    case Tag::Obj:
      return ser_object(vm, out, v.o, depth);
    case Tag::Res:
      out += "i:0;";  // php serializes a resource as the integer 0
      return true;
    default:
      out += "N;";
      return true;
  }
}

WEFT_PHP_NATIVE(f_serialize) {
  if (!check_arity(vm, "serialize", argc, 1, 1)) return false;
  std::string out;
  if (!ser_value(vm, out, arg_at(args, argc, 0), 0)) return false;
  *ret = Value::str(new_string(out));
  return true;
}

namespace {

struct Reader {
  VM& vm;
  std::string_view s;
  size_t pos = 0;
  std::vector<Value> seen;  // values in order, for R:/r: back-references (1-based)
  std::vector<Object*> wakeups;

  bool expect(char c) {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  bool number(int64_t* out) {
    size_t start = pos;
    if (pos < s.size() && (s[pos] == '-' || s[pos] == '+')) ++pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
    if (pos == start) return false;
    *out = std::strtoll(std::string(s.substr(start, pos - start)).c_str(), nullptr, 10);
    return true;
  }
  bool str_body(std::string* out) {  // len:"bytes"
    int64_t n;
    if (!number(&n) || n < 0 || !expect(':') || !expect('"')) return false;
    if (pos + size_t(n) > s.size()) return false;
    *out = std::string(s.substr(pos, size_t(n)));
    pos += size_t(n);
    return expect('"');
  }

  bool value(Value* out, int depth) {
    if (pos >= s.size() || depth > 4096) return false;
    char t = s[pos++];
    if (t == 'N') {
      *out = Value::null();
      seen.push_back(*out);
      return expect(';');
    }
    if (!expect(':')) return false;
    switch (t) {
      case 'b': {
        int64_t n;
        if (!number(&n) || (n != 0 && n != 1) || !expect(';')) return false;
        *out = Value::boolean(n != 0);
        break;
      }
      case 'i': {
        int64_t n;
        if (!number(&n) || !expect(';')) return false;
        *out = Value::integer(n);
        break;
      }
      case 'd': {
        size_t end = s.find(';', pos);
        if (end == std::string_view::npos) return false;
        std::string txt(s.substr(pos, end - pos));
        pos = end + 1;
        if (txt == "NAN")
          *out = Value::number(NAN);
        else if (txt == "INF")
          *out = Value::number(INFINITY);
        else if (txt == "-INF")
          *out = Value::number(-INFINITY);
        else {
          char* e;
          double d = std::strtod(txt.c_str(), &e);
          if (txt.empty() || *e) return false;
          *out = Value::number(d);
        }
        break;
      }
      case 's': {
        std::string str;
        if (!str_body(&str) || !expect(';')) return false;
        *out = Value::str(new_string(str));
        break;
      }
      case 'R':
      case 'r': {
        int64_t n;
        if (!number(&n) || !expect(';') || n < 1 || size_t(n) > seen.size()) return false;
        *out = seen[size_t(n) - 1];
        mark_copy(*out);
        seen.push_back(*out);
        return true;
      }
      case 'a': {
        int64_t n;
        if (!number(&n) || n < 0 || !expect(':') || !expect('{')) return false;
        Array* a = Array::make();
        *out = Value::arr(a);
        seen.push_back(*out);
        for (int64_t i = 0; i < n; ++i) {
          Value k, v;
          size_t kpos = pos;
          if (pos < s.size() && s[pos] != 'i' && s[pos] != 's') return false;
          size_t before = seen.size();
          if (!value(&k, depth + 1)) return false;
          seen.resize(before);  // keys are not back-reference targets
          (void)kpos;
          if (!value(&v, depth + 1)) return false;
          Key key;
          if (!to_key(k, &key)) return false;
          a->set(key, v);
        }
        return expect('}');
      }
      case 'E': {
        std::string str;
        if (!str_body(&str) || !expect(';')) return false;
        size_t colon = str.find(':');
        Class* c = colon == std::string::npos ? nullptr : vm.find_class(str.substr(0, colon));
        if (!c || !(c->flags & ClsEnum)) return false;
        if (!enum_case_object(vm, c, str.substr(colon + 1), out)) return false;
        break;
      }
      case 'O': {
        std::string name;
        int64_t n;
        if (!str_body(&name) || !expect(':') || !number(&n) || n < 0 || !expect(':') ||
            !expect('{'))
          return false;
        Class* c = vm.find_class(name);
        if (c && !unserializable(vm, c)) return false;
        if (!c) c = vm.find_class("__PHP_Incomplete_Class");
        if (!c) c = vm.find_class("stdClass");
        Object* o = vm.instantiate(c);
        *out = Value::obj(o);
        seen.push_back(*out);
        Array* data = Array::make();
        for (int64_t i = 0; i < n; ++i) {
          Value k, v;
          size_t before = seen.size();
          if (!value(&k, depth + 1)) return false;
          seen.resize(before);
          if (!value(&v, depth + 1)) return false;
          Key key;
          if (!to_key(k, &key)) return false;
          data->set(key, v);
        }
        if (!expect('}')) return false;
        if (Function* m = c->find_method("__unserialize")) {
          Value arg = Value::arr(data), r;
          if (!vm.call_method(o, m, &arg, 1, &r)) return false;
          return true;
        }
        for (uint32_t i = data->first(); i < data->used(); i = data->next(i)) {
          Bucket& b = data->buckets()[i];
          std::string pn = b.skey() ? std::string(b.skey()->view()) : std::to_string(b.ikey());
          if (!pn.empty() && pn[0] == '\0') pn = pn.substr(pn.find('\0', 1) + 1);
          auto it = c->prop_index.find(pn);
          if (it != c->prop_index.end()) {
            o->slots()[it->second] = b.v;
          } else {
            if (!o->dyn) o->dyn = Array::make();
            o->dyn->set(b.skey() ? Key::string(intern(pn)) : Key::integer(b.ikey()), b.v);
          }
        }
        if (c->find_method("__wakeup")) wakeups.push_back(o);
        return true;
      }
      case 'C': {  // Serializable's format: only the classes that forbid it are recognized
        std::string name;
        if (!str_body(&name) || !expect(':')) return false;
        Class* c = vm.find_class(name);
        if (c && !unserializable(vm, c)) return false;
        return false;
      }
      default:
        return false;
    }
    seen.push_back(*out);
    return true;
  }
};

}  // namespace

WEFT_PHP_NATIVE(f_unserialize) {
  if (!check_arity(vm, "unserialize", argc, 1, 2)) return false;
  STR_ARG(s, "unserialize", 0)
  Reader r{vm, s->view(), 0, {}, {}};
  Value v;
  bool ok = r.value(&v, 0);
  if (vm.exception) return false;
  if (!ok) {
    if (s->len)
      vm.notice("unserialize(): Error at offset " + std::to_string(std::min(r.pos, r.s.size())) +
                " of " + std::to_string(s->len) + " bytes");
    *ret = Value::boolean(false);
    return true;
  }
  for (Object* o : r.wakeups) {
    Value ignored;
    if (!vm.call_method(o, o->cls->find_method("__wakeup"), nullptr, 0, &ignored)) return false;
  }
  *ret = v;
  return true;
}

void register_serialize_builtins(VM& vm) {
  vm.register_native("serialize", f_serialize);
  vm.register_native("unserialize", f_unserialize);
}

}  // namespace weft::php
