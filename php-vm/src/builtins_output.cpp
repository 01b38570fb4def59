// Output functions: var_dump, print_r, var_export, json_encode/json_decode (encode only),
// printf family lives in builtins_string.cpp.
#include <unordered_set>

#include "builtins.h"
#include "holders.h"
#include "streams.h"
#include "type_check.h"

namespace weft::php {

bool arity_error(VM& vm, const char* fn, uint32_t argc, uint32_t min, uint32_t max) {
  bool few = argc < min;
  uint32_t n = few ? min : max;
  std::string how = min == max ? "exactly" : (few ? "at least" : "at most");
  return vm.throw_error("ArgumentCountError", std::string(fn) + "() expects " + how + " " +
                                                  std::to_string(n) + " argument" +
                                                  (n == 1 ? "" : "s") + ", " +
                                                  std::to_string(argc) + " given");
}

static std::unordered_set<const void*> g_seen;  // recursion guard for nested structures

static void spaces(std::string& out, int n) { out.append(size_t(n > 0 ? n : 0), ' '); }

static std::string prop_label(const PropInfo& pi, bool var_dump) {
  std::string n(pi.name->view());
  if (var_dump) {
    if (pi.flags & ModPrivate) return "\"" + n + "\":\"" + pi.declared->name + "\":private";
    if (pi.flags & ModProtected) return "\"" + n + "\":protected";
    return "\"" + n + "\"";
  }
  if (pi.flags & ModPrivate) return n + ":" + pi.declared->name + ":private";
  if (pi.flags & ModProtected) return n + ":protected";
  return n;
}

static uint32_t object_prop_count(Object* o) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < o->nslots; ++i)
    if (o->slots()[i].tag != Tag::Undef && !is_hidden_prop(o->cls->props[i])) ++n;
  if (o->dyn) n += o->dyn->count;
  return n;
}

// var_dump marks a reference held more than once with `&` (php: a reference whose refcount is
// above 1). The counts come from one traversal of the roots, made only when the dumped value
// holds a reference at all.
static HolderCounter* g_ref_holders = nullptr;

static bool holds_reference(const Value& v, int depth) {
  if (depth > 64) return true;  // deep or cyclic: let the traversal decide
  const Value& d = deref(v);
  auto any = [&](Array* a) {
    for (uint32_t i = a->first(); i < a->used(); i = a->next(i))
      if (a->buckets()[i].v.tag == Tag::Ref || holds_reference(a->buckets()[i].v, depth + 1))
        return true;
    return false;
  };
  if (d.tag == Tag::Arr) return any(d.a);
  if (d.tag != Tag::Obj) return false;
  for (uint32_t i = 0; i < d.o->nslots; ++i)
    if (d.o->slots()[i].tag == Tag::Ref || holds_reference(d.o->slots()[i], depth + 1)) return true;
  return d.o->dyn && any(d.o->dyn.get());
}

// php shows a WeakMap's entries as a list of ["key" => object, "value" => value] pairs.
static void var_dump_weakmap(VM& vm, std::string& out, Object* map, int indent) {
  const Value& keys = map->slots()[0];
  const Value& vals = map->slots()[1];
  uint32_t n = keys.tag == Tag::Arr ? keys.a->count : 0;
  out +=
      "object(WeakMap)#" + std::to_string(vm.object_id(map)) + " (" + std::to_string(n) + ") {\n";
  g_seen.insert(map);
  String* key_name = intern("key");
  String* value_name = intern("value");
  int64_t pos = 0;
  for (uint32_t i = n ? keys.a->first() : 0; i < (n ? keys.a->used() : 0); i = keys.a->next(i)) {
    Bucket& b = keys.a->buckets()[i];
    const Value* v = vals.tag == Tag::Arr ? vals.a->find(Key::integer(b.ikey())) : nullptr;
    gc::Root<Array> entry;
    entry = Array::make();
    entry->set(Key::string(key_name), b.v);
    entry->set(Key::string(value_name), v ? *v : Value::null());
    spaces(out, indent + 2);
    out += "[" + std::to_string(pos++) + "]=>\n";
    var_dump_value(vm, out, Value::arr(entry.get()), indent + 2);
  }
  g_seen.erase(map);
  spaces(out, indent);
  out += "}\n";
}

void var_dump_value(VM& vm, std::string& out, const Value& v0, int indent) {
  const Value& v = deref(v0);
  spaces(out, indent);
  if (v0.tag == Tag::Ref && g_ref_holders && g_ref_holders->holders[v0.r] > 1) out += '&';
  switch (v.tag) {
    case Tag::Undef:
    case Tag::Null:
      out += "NULL\n";
      return;
    case Tag::Bool:
      out += v.i ? "bool(true)\n" : "bool(false)\n";
      return;
    case Tag::Int:
      out += "int(" + std::to_string(v.i) + ")\n";
      return;
    case Tag::Float:
      out += "float(" + format_double_repr(v.d) + ")\n";
      return;
    case Tag::Res:
      out += "resource(" + std::to_string(v.i) + ") of type (" + resource_type(v) + ")\n";
      return;
    case Tag::Str:
      out += "string(" + std::to_string(v.s->len) + ") \"";
      out.append(v.s->view());
      out += "\"\n";
      return;
    case Tag::Arr: {
      Array* a = v.a;
      if (g_seen.count(a)) {
        out += "*RECURSION*\n";
        return;
      }
      out += "array(" + std::to_string(a->count) + ") {\n";
      g_seen.insert(a);
      for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
        Bucket& b = a->buckets()[i];
        spaces(out, indent + 2);
        if (b.skey()) {
          out += "[\"";
          out.append(b.skey()->view());
          out += "\"]=>\n";
        } else {
          out += "[" + std::to_string(b.ikey()) + "]=>\n";
        }
        var_dump_value(vm, out, b.v, indent + 2);
      }
      g_seen.erase(a);
      spaces(out, indent);
      out += "}\n";
      return;
    }
    case Tag::Obj: {
      Object* o = v.o;
      if (g_seen.count(o)) {
        out += "*RECURSION*\n";
        return;
      }
      if (o->cls->flags & ClsEnum) {
        out += "enum(" + o->cls->name + "::" + to_std_string(vm.get_prop(o, "name")) + ")\n";
        return;
      }
      if (o->closure() || o->gen()) {
        out += "object(" + o->cls->name + ")#" + std::to_string(vm.object_id(o)) + " (0) {\n";
        spaces(out, indent);
        out += "}\n";
        return;
      }
      if (o->cls == vm.weakmap_class) {
        var_dump_weakmap(vm, out, o, indent);
        return;
      }
      out += "object(" + std::string(shown_name(o->cls->name)) + ")#" +
             std::to_string(vm.object_id(o)) + " (" + std::to_string(object_prop_count(o)) +
             ") {\n";
      g_seen.insert(o);
      for (uint32_t i = 0; i < o->nslots; ++i) {
        const PropInfo& pi = o->cls->props[i];
        if (is_hidden_prop(pi)) continue;
        if (o->slots()[i].tag == Tag::Undef) {
          if (pi.typed) {
            spaces(out, indent + 2);
            out += "[" + prop_label(pi, true) + "]=>\n";
            spaces(out, indent + 2);
            out += "uninitialized(" + (pi.type ? pi.type->text : std::string("mixed")) + ")\n";
          }
          continue;
        }
        spaces(out, indent + 2);
        out += "[" + prop_label(pi, true) + "]=>\n";
        var_dump_value(vm, out, o->slots()[i], indent + 2);
      }
      if (o->dyn) {
        Array* a = o->dyn.get();
        for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
          Bucket& b = a->buckets()[i];
          spaces(out, indent + 2);
          if (b.skey()) {
            out += "[\"";
            out.append(b.skey()->view());
            out += "\"]=>\n";
          } else {
            out += "[\"" + std::to_string(b.ikey()) + "\"]=>\n";
          }
          var_dump_value(vm, out, b.v, indent + 2);
        }
      }
      g_seen.erase(o);
      spaces(out, indent);
      out += "}\n";
      return;
    }
    default:
      out += "NULL\n";
  }
}

static void print_hash(VM& vm, std::string& out, Array* a, Object* o, int indent) {
  spaces(out, indent);
  out += "(\n";
  if (o) {
    for (uint32_t i = 0; i < o->nslots; ++i) {
      if (o->slots()[i].tag == Tag::Undef || is_hidden_prop(o->cls->props[i])) continue;
      spaces(out, indent + 4);
      out += "[" + prop_label(o->cls->props[i], false) + "] => ";
      print_r_value(vm, out, o->slots()[i], indent + 8);
      out += "\n";
    }
    a = o->dyn.get();
  }
  for (uint32_t i = a ? a->first() : 0; a && i < a->used(); i = a->next(i)) {
    Bucket& b = a->buckets()[i];
    spaces(out, indent + 4);
    out += "[";
    if (b.skey())
      out.append(b.skey()->view());
    else
      out += std::to_string(b.ikey());
    out += "] => ";
    print_r_value(vm, out, b.v, indent + 8);
    out += "\n";
  }
  spaces(out, indent);
  out += ")\n";
}

void print_r_value(VM& vm, std::string& out, const Value& v0, int indent) {
  const Value& v = deref(v0);
  if (v.tag == Tag::Arr) {
    out += "Array\n";
    if (g_seen.count(v.a)) {
      out += " *RECURSION*";
      return;
    }
    g_seen.insert(v.a);
    print_hash(vm, out, v.a, nullptr, indent);
    g_seen.erase(v.a);
    return;
  }
  if (v.tag == Tag::Obj) {
    if (v.o->cls->flags & ClsEnum)
      out += v.o->cls->name + " Enum" +
             (v.o->cls->enum_backing == HintInt      ? ":int"
              : v.o->cls->enum_backing == HintString ? ":string"
                                                     : "") +
             "\n";
    else
      out += std::string(shown_name(v.o->cls->name)) + " Object\n";
    if (g_seen.count(v.o)) {
      out += " *RECURSION*";
      return;
    }
    g_seen.insert(v.o);
    print_hash(vm, out, nullptr, v.o, indent);
    g_seen.erase(v.o);
    return;
  }
  String* s;
  if (vm.to_string(v, &s)) out.append(s->view());
}

static std::string export_string(std::string_view s) {
  std::string r = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') r += '\\';
    if (c == '\0') {
      r += "' . \"\\0\" . '";
      continue;
    }
    r += c;
  }
  return r + "'";
}

void var_export_value(VM& vm, std::string& out, const Value& v0, int level) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Undef:
    case Tag::Null:
      out += "NULL";
      return;
    case Tag::Bool:
      out += v.i ? "true" : "false";
      return;
    case Tag::Int:
      if (v.i == INT64_MIN)
        out += "-9223372036854775807-1";
      else
        out += std::to_string(v.i);
      return;
    case Tag::Float: {
      std::string s = format_double_repr(v.d);
      if (s.find_first_of(".EN") == std::string::npos) s += ".0";
      out += s;
      return;
    }
    case Tag::Str:
      out += export_string(v.s->view());
      return;
    case Tag::Arr: {
      if (g_seen.count(v.a)) {
        vm.warning("var_export does not handle circular references");
        out += "NULL";
        return;
      }
      if (level > 1) {
        out += "\n";
        spaces(out, level - 1);
      }
      out += "array (\n";
      g_seen.insert(v.a);
      Array* a = v.a;
      for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
        Bucket& b = a->buckets()[i];
        spaces(out, level + 1);
        if (b.skey())
          out += export_string(b.skey()->view());
        else
          out += std::to_string(b.ikey());
        out += " => ";
        var_export_value(vm, out, b.v, level + 2);
        out += ",\n";
      }
      g_seen.erase(v.a);
      if (level > 1) spaces(out, level - 1);
      out += ")";
      return;
    }
    case Tag::Obj: {
      Object* o = v.o;
      if (o->cls->flags & ClsEnum) {
        out += "\\" + o->cls->name + "::" + to_std_string(vm.get_prop(o, "name"));
        return;
      }
      if (level > 1) {
        out += "\n";
        spaces(out, level - 1);
      }
      bool std = o->cls->lname == "stdclass";
      out += std ? "(object) array(\n" : "\\" + o->cls->name + "::__set_state(array(\n";
      g_seen.insert(o);
      for (uint32_t i = 0; i < o->nslots; ++i) {
        if (o->slots()[i].tag == Tag::Undef || is_hidden_prop(o->cls->props[i])) continue;
        spaces(out, level + 2);
        out += export_string(o->cls->props[i].name->view()) + " => ";
        var_export_value(vm, out, o->slots()[i], level + 2);
        out += ",\n";
      }
      if (o->dyn) {
        Array* a = o->dyn.get();
        for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
          Bucket& b = a->buckets()[i];
          spaces(out, level + 2);
          out += b.skey() ? export_string(b.skey()->view()) : std::to_string(b.ikey());
          out += " => ";
          var_export_value(vm, out, b.v, level + 2);
          out += ",\n";
        }
      }
      g_seen.erase(o);
      if (level > 1) spaces(out, level - 1);
      out += std ? ")" : "))";
      return;
    }
    default:
      out += "NULL";
  }
}

static void json_string(std::string& out, std::string_view s, int64_t flags) {
  out += '"';
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '/':
        out += (flags & 64) ? "/" : "\\/";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else if (c >= 0x80 && !(flags & 256)) {
          // decode UTF-8 and escape as \uXXXX (surrogate pairs above the BMP)
          uint32_t cp = 0;
          int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
          cp = c & (0x3f >> extra);
          for (int k = 0; k < extra && i + 1 < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[++i]) & 0x3f);
          char buf[16];
          if (cp >= 0x10000) {
            cp -= 0x10000;
            std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xd800 + (cp >> 10),
                          0xdc00 + (cp & 0x3ff));
          } else {
            std::snprintf(buf, sizeof buf, "\\u%04x", cp);
          }
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  out += '"';
}

static void json_indent(std::string& out, int64_t flags, int depth) {
  if (!(flags & 128)) return;
  out += '\n';
  spaces(out, depth * 4);
}

// A value json cannot encode (a resource) was met: php's JSON_ERROR_UNSUPPORTED_TYPE.
// The encoding's error (json_last_error()'s code: 1 depth, 6 recursion, 8 unsupported type; the
// last one found), the arrays and objects being encoded (a value met again inside itself is
// recursion: php's "null" in its place) and the $depth argument.
static int g_json_error = 0;
static std::vector<const void*> g_json_open;
static int64_t g_json_max_depth = 512;

// Entering array or object `c` at nesting `depth` (0 outermost): false if it is already open.
static bool json_open(const void* c) {
  for (const void* p : g_json_open)
    if (p == c) return false;
  g_json_open.push_back(c);
  return true;
}

// Leaving it: php reports a nesting deeper than $depth after the fact (the partial output keeps
// the whole text). False: stop, the result is false.
static bool json_close(int depth, int64_t flags) {
  g_json_open.pop_back();
  if (depth + 1 <= g_json_max_depth) return true;
  g_json_error = 1;
  return (flags & 512) != 0;  // JSON_PARTIAL_OUTPUT_ON_ERROR
}

bool json_encode_value(VM& vm, std::string& out, const Value& v0, int64_t flags, int depth) {
  const Value& v = deref(v0);
  switch (v.tag) {
    case Tag::Undef:
    case Tag::Null:
      out += "null";
      return true;
    case Tag::Bool:
      out += v.i ? "true" : "false";
      return true;
    case Tag::Int:
      out += std::to_string(v.i);
      return true;
    case Tag::Float: {
      std::string s = format_double_repr(v.d);
      if ((flags & 1024) && s.find_first_of(".E") == std::string::npos) s += ".0";
      for (auto& c : s)
        if (c == 'E') c = 'e';  // json writes exponents in lower case
      out += s;
      return true;
    }
    case Tag::Str:
      json_string(out, v.s->view(), flags);
      return true;
    case Tag::Res:
      g_json_error = 8;
      out += "null";
      return true;
    case Tag::Arr: {
      Array* a = v.a;
      bool list = true;
      int64_t expect = 0;
      for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
        Bucket& b = a->buckets()[i];
        if (b.skey() || b.ikey() != expect++) {
          list = false;
          break;
        }
      }
      if (!json_open(a)) {
        g_json_error = 6;
        out += "null";
        return (flags & 512) != 0;
      }
      if (a->count == 0) {
        out += "[]";
        return json_close(depth, flags);
      }
      out += list ? '[' : '{';
      bool first = true;
      for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
        Bucket& b = a->buckets()[i];
        if (!first) out += ',';
        first = false;
        json_indent(out, flags, depth + 1);
        if (!list) {
          json_string(out, b.skey() ? b.skey()->view() : std::string_view(std::to_string(b.ikey())),
                      flags);
          out += (flags & 128) ? ": " : ":";
        }
        if (!json_encode_value(vm, out, b.v, flags, depth + 1)) {
          g_json_open.pop_back();
          return false;
        }
      }
      json_indent(out, flags, depth);
      out += list ? ']' : '}';
      return json_close(depth, flags);
    }
    case Tag::Obj: {
      Object* o = v.o;
      if (o->cls->flags & ClsEnum)
        return json_encode_value(vm, out, vm.get_prop(o, "value"), flags, depth);
      if (Function* m = o->cls->find_method("jsonserialize")) {
        Value r;
        if (!vm.call_method(o, m, nullptr, 0, &r)) return false;
        return json_encode_value(vm, out, r, flags, depth);
      }
      if (!json_open(o)) {
        g_json_error = 6;
        out += "null";
        return (flags & 512) != 0;
      }
      out += '{';
      bool first = true;
      auto field = [&](std::string_view name, const Value& val) -> bool {
        if (!first) out += ',';
        first = false;
        json_indent(out, flags, depth + 1);
        json_string(out, name, flags);
        out += (flags & 128) ? ": " : ":";
        return json_encode_value(vm, out, val, flags, depth + 1);
      };
      for (uint32_t i = 0; i < o->nslots; ++i) {
        const PropInfo& pi = o->cls->props[i];
        if ((pi.flags & (ModPrivate | ModProtected)) || o->slots()[i].tag == Tag::Undef) continue;
        if (!field(pi.name->view(), o->slots()[i])) {
          g_json_open.pop_back();
          return false;
        }
      }
      if (o->dyn) {
        Array* a = o->dyn.get();
        for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
          Bucket& b = a->buckets()[i];
          std::string k = b.skey() ? std::string(b.skey()->view()) : std::to_string(b.ikey());
          if (!field(k, b.v)) {
            g_json_open.pop_back();
            return false;
          }
        }
      }
      if (!first) json_indent(out, flags, depth);
      out += '}';
      return json_close(depth, flags);
    }
    default:
      out += "null";
      return true;
  }
}

WEFT_PHP_NATIVE(f_var_dump) {
  for (uint32_t i = 0; i < argc; ++i) {
    std::string out;
    HolderCounter counts;
    if (holds_reference(args[i], 0)) {
      counts.visit_frames(vm);
      counts.visit_statics(vm);
      g_ref_holders = &counts;
    }
    var_dump_value(vm, out, deref(args[i]), 0);
    g_ref_holders = nullptr;
    vm.echo(out);
  }
  return true;
}

WEFT_PHP_NATIVE(f_print_r) {
  if (!check_arity(vm, "print_r", argc, 1, 2)) return false;
  std::string out;
  print_r_value(vm, out, args[0], 0);
  if (to_bool(arg_at(args, argc, 1))) {
    *ret = Value::str(new_string(out));
    return true;
  }
  vm.echo(out);
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_var_export) {
  if (!check_arity(vm, "var_export", argc, 1, 2)) return false;
  std::string out;
  var_export_value(vm, out, args[0], 1);
  if (to_bool(arg_at(args, argc, 1))) {
    *ret = Value::str(new_string(out));
    return true;
  }
  vm.echo(out);
  return true;
}

WEFT_PHP_NATIVE(f_json_encode) {
  if (!check_arity(vm, "json_encode", argc, 1, 3)) return false;
  std::string out;
  int64_t flags = to_int(arg_at(args, argc, 1));
  g_json_error = 0;
  g_json_open.clear();
  g_json_max_depth = argc > 2 ? to_int(args[2]) : 512;
  bool done = json_encode_value(vm, out, args[0], flags, 0);
  g_json_open.clear();
  if (vm.exception) return false;  // from a jsonSerialize()
  if (g_json_error) {
    if (flags & 4194304) {  // JSON_THROW_ON_ERROR
      static const char* const kMessages[] = {
          "", "Maximum stack depth exceeded", "", "", "", "", "Recursion detected",
          "", "Type is not supported"};
      vm.throw_error("JsonException", kMessages[g_json_error]);
      vm.set_prop(vm.exception, "code", Value::integer(g_json_error));
      return false;
    }
    set_json_last_error(g_json_error);
    // JSON_PARTIAL_OUTPUT_ON_ERROR: null in its place
    *ret = done && (flags & 512) ? Value::str(new_string(out)) : Value::boolean(false);
    return true;
  }
  if (!done) return false;
  set_json_last_error(0);
  *ret = Value::str(new_string(out));
  return true;
}

void register_output_builtins(VM& vm) {
  vm.register_native("var_dump", f_var_dump);
  vm.register_native("print_r", f_print_r);
  vm.register_native("var_export", f_var_export);
  vm.register_native("json_encode", f_json_encode);
  define_int_constants(vm, {{"JSON_PARTIAL_OUTPUT_ON_ERROR", 512},
                            {"JSON_OBJECT_AS_ARRAY", 1},
                            {"JSON_BIGINT_AS_STRING", 2},
                            {"JSON_ERROR_NONE", 0},
                            {"JSON_ERROR_DEPTH", 1},
                            {"JSON_ERROR_STATE_MISMATCH", 2},
                            {"JSON_ERROR_CTRL_CHAR", 3},
                            {"JSON_ERROR_SYNTAX", 4},
                            {"JSON_ERROR_UTF8", 5},
                            {"JSON_ERROR_UNSUPPORTED_TYPE", 8},
                            {"JSON_ERROR_UTF16", 10}});
}

}  // namespace weft::php
