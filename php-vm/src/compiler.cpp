// The compiler's infrastructure: files, functions, registers, labels, names.
#include <algorithm>

#include "compiler_internal.h"
#include "type_check.h"
#include "weft/php/ops.h"

namespace weft::php {

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string FileCompiler::resolve_class_name(const Node* name) const {
  std::string_view s = name->str;
  if (name->flags == NameFullyQualified) return std::string(s.substr(s[0] == '\\' ? 1 : 0));
  std::string ls = lower(s);
  if (ls == "self" || ls == "parent" || ls == "static") return ls;
  if (name->flags == NameRelative) return qualify(s.substr(10));  // namespace\X
  size_t sep = s.find('\\');
  std::string first = lower(s.substr(0, sep));
  auto it = class_uses.find(first);
  if (it != class_uses.end())
    return sep == std::string_view::npos ? it->second : it->second + std::string(s.substr(sep));
  return qualify(s);
}

std::string FileCompiler::resolve_function_name(const Node* name, std::string* fallback) const {
  std::string_view s = name->str;
  fallback->clear();
  if (name->flags == NameFullyQualified) return std::string(s.substr(1));
  if (name->flags == NameRelative) return qualify(s.substr(10));
  if (name->flags == NameUnqualified) {
    auto it = func_uses.find(lower(s));
    if (it != func_uses.end()) return it->second;
    if (!ns.empty()) *fallback = std::string(s);
    return qualify(s);
  }
  size_t sep = s.find('\\');
  auto it = class_uses.find(lower(s.substr(0, sep)));
  if (it != class_uses.end()) return it->second + std::string(s.substr(sep));
  return qualify(s);
}

FnCompiler::FnCompiler(FileCompiler& file, Function* f, Class* c, FnCompiler* p)
    : fc(file), fn(f), code(new Code()), cls(c), parent(p) {
  fn->code = code;
  code->file = file.file;
  code->strict_types = file.strict_types;
}

void FnCompiler::error(const Node* n, std::string msg) {
  if (fc.failed) return;
  fc.failed = true;
  fc.error->severity = ParseError::Severity::Fatal;
  fc.error->message = std::move(msg);
  fc.error->line = n ? n->line : line;
}

uint32_t FnCompiler::emit(Op op, int32_t a, int32_t b, int32_t c, uint8_t x, uint16_t y) {
  Instr in;
  in.op = op;
  in.a = a;
  in.b = b;
  in.c = c;
  in.x = x;
  in.y = y;
  code->ins.push_back(in);
  code->lines.push_back(line);
  int32_t live = next_temp;
  for (int32_t r : {a, b, c})
    if (r >= live && r < max_reg) live = r + 1;
  code->live_regs.push_back(uint32_t(live));
  return uint32_t(code->ins.size() - 1);
}

static int32_t& target_of(Instr& in) {
  switch (jump_target_operand(in.op)) {
    case 'a':
      return in.a;
    case 'b':
      return in.b;
    default:
      return in.c;
  }
}

// A Jmp to a Return becomes that Return (`return $c ? a : b;`, an if/else before the function's
// end): one dispatch less. The copy takes the Return's line and live registers, so whatever it
// reports is what the Return would have reported. Only where the same try blocks cover both:
// what its destructors throw a Return raises in the caller, but its undefined-variable warning
// can reach a user error handler that throws here.
static void jumps_to_returns(Code& code) {
  if (code.lines.size() != code.ins.size() || code.live_regs.size() != code.ins.size()) return;
  auto same_handlers = [&code](uint32_t x, uint32_t y) {
    for (const TryRange& h : code.handlers)
      if ((x >= h.start && x < h.end) != (y >= h.start && y < h.end)) return false;
    return true;
  };
  for (uint32_t i = 0; i < code.ins.size(); ++i) {
    if (code.ins[i].op != Op::Jmp) continue;
    uint32_t t = uint32_t(code.ins[i].a);
    for (int hops = 0; hops < 4 && t < code.ins.size() && code.ins[t].op == Op::Jmp; ++hops)
      t = uint32_t(code.ins[t].a);
    if (t >= code.ins.size() || code.ins[t].op != Op::Return || !same_handlers(i, t)) continue;
    code.ins[i] = code.ins[t];
    code.lines[i] = code.lines[t];
    code.live_regs[i] = code.live_regs[t];
  }
}

void FnCompiler::check_goto_labels() {
  for (auto& [name, l] : goto_labels)
    if (l.pos < 0 && !l.jumps.empty()) {
      error(nullptr, "'goto' to undefined label '" + name + "'");
      return;
    }
}

void FnCompiler::bind(Label& l) {
  l.pos = int32_t(pc());
  last_label_pos = pc();
  for (uint32_t j : l.jumps) target_of(code->ins[j]) = l.pos;
  l.jumps.clear();
}

void FnCompiler::jump_to(Label& l, Op op, int32_t cond) {
  uint32_t at;
  if (fuse_next && (op == Op::JmpZ || op == Op::JmpNz) && !code->ins.empty() &&
      pc() > last_label_pos) {
    // compare-and-branch: `if ($a < $b)` is one instruction (the boolean is not kept)
    Instr& prev = code->ins.back();
    bool cmp = prev.op == Op::Lt || prev.op == Op::Le || prev.op == Op::Eq || prev.op == Op::Ne ||
               prev.op == Op::Identical || prev.op == Op::NotIdentical;
    if (cmp && prev.a == cond && is_temp(cond)) {
      bool jump_when_false = op == Op::JmpZ;
      // != and !== are == and === with the jump's sense flipped
      if (prev.op == Op::Ne || prev.op == Op::NotIdentical) {
        prev.op = prev.op == Op::Ne ? Op::Eq : Op::Identical;
        jump_when_false = !jump_when_false;
      }
      prev.x = uint8_t(prev.op);
      prev.y = jump_when_false ? 1 : 0;
      prev.op = prev.op == Op::Lt ? Op::JmpLt : prev.op == Op::Le ? Op::JmpLe : Op::JmpEq;
      prev.a = kNone;
      at = pc() - 1;
      fuse_next = false;
      if (l.pos >= 0)
        target_of(code->ins[at]) = l.pos;
      else
        l.jumps.push_back(at);
      return;
    }
  }
  fuse_next = false;
  if ((op == Op::JmpZ || op == Op::JmpNz) && cond < 0 && cond != kNone) {
    // a constant condition (`while (true)`): the jump is always or never taken
    const Value& c = code->consts[size_t(~cond)];
    if (c.tag <= Tag::Float) {
      if (to_bool(c) != (op == Op::JmpNz)) return;
      op = Op::Jmp;
    }
  }
  at = op == Op::Jmp ? emit(op, kNone) : emit(op, cond, kNone);
  if (l.pos >= 0)
    target_of(code->ins[at]) = l.pos;
  else
    l.jumps.push_back(at);
}

int32_t FnCompiler::temp() {
  int32_t r = next_temp++;
  if (next_temp > max_reg) max_reg = next_temp;
  return r;
}

int32_t FnCompiler::konst(const Value& v) {
  for (size_t i = 0; i < code->consts.size(); ++i) {
    const Value& c = code->consts[i];
    if (c.tag == v.tag && c.bits == v.bits) return const_operand(uint32_t(i));
  }
  code->consts.push_back(v);
  return const_operand(uint32_t(code->consts.size() - 1));
}

int32_t FnCompiler::local(std::string_view name) {
  auto it = locals.find(std::string(name));
  if (it != locals.end()) return it->second;
  // Not collected in advance (e.g. a variable-variable target): cannot add registers after
  // temporaries were numbered, so such names are unsupported.
  error(nullptr, "weft-php: unsupported use of variable $" + std::string(name));
  return 0;
}

std::string FnCompiler::class_context_name() const { return cls ? cls->name : ""; }

// ---- variable collection ----

void collect_vars(const Node* n, std::vector<std::string>& out,
                  std::unordered_set<std::string>& seen) {
  if (!n) return;
  switch (n->kind) {
    case Kind::Var:
      if (seen.insert(std::string(n->str)).second) out.emplace_back(n->str);
      return;
    case Kind::FuncDecl:
    case Kind::ClassDecl:
      return;
    case Kind::Closure: {
      // the use() list names variables of this scope
      const Node* uses = n->kid(1);
      if (uses)
        for (uint32_t i = 0; i < uses->count; ++i)
          if (seen.insert(std::string(uses->kids[i]->str)).second)
            out.emplace_back(uses->kids[i]->str);
      return;
    }
    case Kind::StaticVar:
    case Kind::ClosureUse:
      if (seen.insert(std::string(n->str)).second) out.emplace_back(n->str);
      break;
    case Kind::Catch:
      break;
    default:
      break;
  }
  for (uint32_t i = 0; i < n->count; ++i) collect_vars(n->kids[i], out, seen);
}

TypeHint type_hint_of(const Node* t, bool* nullable) {
  *nullable = false;
  if (!t) return HintNone;
  if (t->kind == Kind::NullableType) {
    *nullable = true;
    t = t->kid(0);
  }
  if (t->kind != Kind::Name && t->kind != Kind::Ident) return HintOther;
  std::string s = lower(t->str);
  if (s == "int") return HintInt;
  if (s == "float") return HintFloat;
  if (s == "string") return HintString;
  if (s == "bool") return HintBool;
  if (s == "array") return HintArray;
  static const char* const other_builtin[] = {"callable", "iterable", "object", "mixed",
                                              "void",     "null",     "never",  "false",
                                              "true",     "static",   "parent"};
  for (const char* b : other_builtin)
    if (s == b) return HintOther;
  return HintClass;  // a class or interface name (or self)
}

// A declared type as php prints it in messages and declarations.
std::string type_text(FileCompiler& fc, const Node* t) {
  if (!t) return "";
  switch (t->kind) {
    case Kind::NullableType:
      return "?" + type_text(fc, t->kid(0));
    case Kind::IntersectionType: {
      std::string r;
      for (uint32_t i = 0; i < t->count; ++i) r += (i ? "&" : "") + type_text(fc, t->kids[i]);
      return r;
    }
    case Kind::UnionType: {
      // php prints a union in its own order: classes as written, then the built-in types in
      // a fixed order, null last ("?T" when it is the only other type)
      static const char* const builtin_order[] = {
          "static", "callable", "iterable", "object", "array", "string", "int",
          "float",  "bool",     "false",    "true",   "void",  "never",  "null"};
      std::vector<std::string> classes, builtins;
      for (uint32_t i = 0; i < t->count; ++i) {
        std::string part = type_text(fc, t->kids[i]);
        if (t->kids[i]->kind == Kind::IntersectionType) part = "(" + part + ")";
        if (part == "iterable") {  // in a union, php spells it out where it was written
          classes.push_back("Traversable");
          part = "array";
        }
        bool builtin = false;
        for (const char* b : builtin_order) builtin |= part == b;
        (builtin ? builtins : classes).push_back(part);
      }
      std::string r;
      for (const std::string& c : classes) r += (r.empty() ? "" : "|") + c;
      bool has_null = false;
      for (const char* b : builtin_order)
        for (const std::string& part : builtins)
          if (part == b) {
            if (part == "null")
              has_null = true;
            else
              r += (r.empty() ? "" : "|") + part;
          }
      if (!has_null) return r;
      return classes.size() + builtins.size() == 2 ? "?" + r : r + "|null";
    }
    case Kind::Name: {
      bool nullable;
      if (type_hint_of(t, &nullable) != HintClass) return lower(t->str);
      std::string l = lower(t->str);
      if (l == "self") return "self";
      return fc.resolve_class_name(t);
    }
    default:
      return lower(t->str);
  }
}

// The checked form of a declared type: the built-in types as bits, the classes as names
// resolved in the file (self/parent/static are resolved at each check, from the scope).
// `names`: the class-like parts in the order written, for the message text.
static void add_to_spec(FileCompiler& fc, const Node* t, TypeSpec& spec,
                        std::vector<std::string>& names) {
  switch (t->kind) {
    case Kind::NullableType:
      spec.bits |= TyNull;
      add_to_spec(fc, t->kid(0), spec, names);
      return;
    case Kind::UnionType:
      for (uint32_t i = 0; i < t->count; ++i) add_to_spec(fc, t->kids[i], spec, names);
      return;
    case Kind::IntersectionType: {
      std::vector<std::string> all;
      for (uint32_t i = 0; i < t->count; ++i) all.push_back(type_text(fc, t->kids[i]));
      std::string joined;
      for (const std::string& n : all) joined += (joined.empty() ? "" : "&") + n;
      names.push_back(joined);
      spec.classes.push_back(std::move(all));
      return;
    }
    default:
      break;
  }
  static const std::pair<const char*, uint32_t> builtin[] = {
      {"null", TyNull},         {"false", TyFalse},       {"true", TyTrue},
      {"bool", TyBool},         {"int", TyInt},           {"float", TyFloat},
      {"string", TyString},     {"array", TyArray},       {"object", TyObject},
      {"iterable", TyIterable}, {"callable", TyCallable}, {"static", TyStatic},
      {"mixed", TyMixed},       {"void", TyVoid},         {"never", TyNever}};
  std::string l = lower(t->str);
  for (auto [name, bit] : builtin)
    if (l == name) {
      spec.bits |= bit;
      if (bit == TyIterable) names.push_back("Traversable");  // where php's messages put it
      return;
    }
  if (l == "self" || l == "parent") {
    spec.bits |= l == "self" ? TySelf : TyParent;
    names.push_back(l);
    return;
  }
  names.push_back(type_text(fc, t));
  spec.classes.push_back({names.back()});
}

// The type as php's messages print it: classes as written (iterable's Traversable among them),
// then the built-in types in php's order, null last ("?T" with one other type); self, parent
// and static stay words here, for type_message() to resolve.
static std::string spec_text(const TypeSpec& spec, std::vector<std::string> names) {
  bool group = spec.classes.size() > 1 || (spec.classes.size() == 1 && spec.bits);
  std::vector<std::string> parts;
  for (std::string& n : names)
    parts.push_back(group && n.find('&') != std::string::npos ? "(" + n + ")" : n);
  static const std::pair<uint32_t, const char*> order[] = {
      {TyStatic, "static"}, {TyCallable, "callable"}, {TyObject, "object"},
      {TyArray, "array"},   {TyString, "string"},     {TyInt, "int"},
      {TyFloat, "float"},   {TyVoid, "void"},         {TyNever, "never"}};
  for (auto [bit, name] : order) {
    if (bit == TyString && (spec.bits & TyIterable) && !(spec.bits & TyArray))
      parts.push_back("array");
    if (spec.bits & bit) parts.push_back(name);
    if (bit == TyFloat) {
      if ((spec.bits & TyBool) == TyBool)
        parts.push_back("bool");
      else if (spec.bits & TyFalse)
        parts.push_back("false");
      else if (spec.bits & TyTrue)
        parts.push_back("true");
    }
  }
  std::string r;
  for (const std::string& p : parts) r += (r.empty() ? "" : "|") + p;
  if (!(spec.bits & TyNull)) return r;
  if (parts.empty()) return "null";
  return parts.size() == 1 ? "?" + r : r + "|null";
}

std::shared_ptr<const TypeSpec> type_spec(FileCompiler& fc, const Node* t, bool implicit_null) {
  auto spec = std::make_shared<TypeSpec>();
  std::vector<std::string> names;
  add_to_spec(fc, t, *spec, names);
  if (implicit_null) spec->bits |= TyNull;  // `T $x = null`
  spec->text = spec_text(*spec, std::move(names));
  return spec;
}

const AttrList* compile_attrs(FileCompiler& fc, const Node* attrs) {
  if (!attrs || attrs->kind != Kind::AttrList) return nullptr;
  auto* out = new AttrList();
  for (uint32_t g = 0; g < attrs->count; ++g)
    for (uint32_t a = 0; attrs->kids[g] && a < attrs->kids[g]->count; ++a)
      if (const Node* at = attrs->kids[g]->kids[a])
        out->push_back({fc.resolve_class_name(at->kid(0)), std::string(at->str), at->line});
  if (!out->empty()) return out;
  delete out;
  return nullptr;
}

// The type bit and php's name of a default written as a literal; 0 when it is not one.
static uint32_t literal_type(const Node* d, const char** name) {
  if (d->kind == Kind::Unary && (d->flags == '-' || d->flags == '+') && d->kid(0) &&
      (d->kid(0)->kind == Kind::Int || d->kid(0)->kind == Kind::Float))
    d = d->kid(0);
  switch (d->kind) {
    case Kind::Int:
      *name = "int";
      return TyInt;
    case Kind::Float:
      *name = "float";
      return TyFloat;
    case Kind::Str:
      *name = "string";
      return TyString;
    case Kind::Array:
      *name = "array";
      return TyArray;
    case Kind::ConstFetch: {
      std::string c = lower(d->kid(0)->str);
      if (!c.empty() && c[0] == '\\') c.erase(0, 1);
      *name = c == "null" ? "null" : "bool";
      return c == "null" ? TyNull : c == "true" ? TyTrue : c == "false" ? TyFalse : 0;
    }
    default:
      return 0;
  }
}

std::string default_type_error(FileCompiler& fc, const Node* type, const Node* def,
                               const std::string& what, bool property) {
  if (!type || !def) return "";
  const char* name = nullptr;
  uint32_t lit = literal_type(def, &name);
  if (!lit) return "";
  std::shared_ptr<const TypeSpec> spec = type_spec(fc, type, false);
  uint32_t bits = spec->bits;
  if (bits & TyMixed) return "";
  if (lit == TyNull) {
    if (!property || (bits & TyNull)) return "";
    return "Default value for property of type " + spec->text +
           " may not be null. Use the nullable type " + type_spec(fc, type, true)->text +
           " to allow null default value";
  }
  if ((bits & lit) || (lit == TyInt && (bits & TyFloat)) || (lit == TyArray && (bits & TyIterable)))
    return "";
  return std::string("Cannot use ") + name + " as default value for " + what + " of type " +
         spec->text;
}

// Param::pass_tags of a parameter's declared type.
static uint16_t pass_tags(const Param& p) {
  auto bit = [](Tag t) { return uint16_t(1u << uint8_t(t)); };
  uint16_t null = p.nullable ? bit(Tag::Null) : 0;
  switch (p.hint) {
    case HintInt:
      return bit(Tag::Int) | null;
    case HintFloat:
      return bit(Tag::Float) | null;
    case HintString:
      return bit(Tag::Str) | null;
    case HintBool:
      return bit(Tag::Bool) | null;
    case HintArray:
      return bit(Tag::Arr) | null;
    case HintClass:
      return null;
    case HintSpec: {
      uint32_t b = p.spec->bits;
      return ((b & TyNull) ? bit(Tag::Null) : 0) | ((b & TyBool) == TyBool ? bit(Tag::Bool) : 0) |
             ((b & TyInt) ? bit(Tag::Int) : 0) | ((b & TyFloat) ? bit(Tag::Float) : 0) |
             ((b & TyString) ? bit(Tag::Str) : 0) |
             ((b & (TyArray | TyIterable)) ? bit(Tag::Arr) : 0) |
             ((b & TyObject) ? bit(Tag::Obj) : 0);
    }
    default:
      return 0xFFFF;
  }
}

void set_return_spec(FileCompiler& fc, Function* fn, const Node* t) {
  if (!t) return;
  if (!fc.failed) {
    std::string error = type_declaration_error(fc, t, TypePosition::Return);
    if (!error.empty()) {
      fc.failed = true;
      fc.error->severity = ParseError::Severity::Fatal;
      fc.error->message = std::move(error);
      fc.error->line = t->line;
    }
  }
  std::shared_ptr<const TypeSpec> spec = type_spec(fc, t, false);
  if (spec->bits & (TyMixed | TyVoid)) return;
  fn->return_spec = std::move(spec);
}

// A parameter's default as php prints it in "Declaration of ... must be compatible" messages.
static std::string default_text(const Node* d) {
  if (!d) return "";
  switch (d->kind) {
    case Kind::Int:
      return std::to_string(d->ival);
    case Kind::Float:
      return format_double_echo(d->dval);
    case Kind::Str: {
      std::string s(d->str);
      if (s.size() > 10) return "'" + s.substr(0, 10) + "...'";
      return "'" + s + "'";
    }
    case Kind::Array:
      return d->count ? "[...]" : "[]";
    case Kind::ConstFetch: {
      std::string n(d->kid(0)->str);
      std::string l = lower(n);
      if (l == "null" || l == "true" || l == "false") return l;
      return n;
    }
    case Kind::Unary:
      if (d->flags == '-' && d->kid(0) && d->kid(0)->kind == Kind::Int)
        return "-" + std::to_string(d->kid(0)->ival);
      if (d->flags == '-' && d->kid(0) && d->kid(0)->kind == Kind::Float)
        return "-" + format_double_echo(d->kid(0)->dval);
      return "<expression>";
    case Kind::ClassConst:
      if (d->kid(0) && d->kid(1))
        return std::string(d->kid(0)->str) + "::" + std::string(d->kid(1)->str);
      return "<expression>";
    default:
      return "<expression>";
  }
}

// A parameter's default as PHP source that evaluates to it (ReflectionParameter::
// getDefaultValue evaluates it), "" for a form it does not render.
static std::string default_source(FileCompiler& fc, const Node* d) {
  if (!d) return "";
  switch (d->kind) {
    case Kind::Int:
      return std::to_string(d->ival);
    case Kind::Float: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", d->dval);
      std::string f = buf;
      return f.find_first_of(".eEni") == std::string::npos ? f + ".0" : f;
    }
    case Kind::Str: {
      std::string out = "'";
      for (char c : d->str) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
      }
      return out + "'";
    }
    case Kind::Array: {
      std::string out = "[";
      for (uint32_t i = 0; i < d->count; ++i) {
        const Node* item = d->kids[i];
        if (!item || item->flags) return "";  // a skipped item, by-reference or spread
        std::string v = default_source(fc, item->kid(1));
        if (v.empty()) return "";
        if (item->kid(0)) {
          std::string k = default_source(fc, item->kid(0));
          if (k.empty()) return "";
          v = k + " => " + v;
        }
        out += (i ? ", " : "") + v;
      }
      return out + "]";
    }
    case Kind::ConstFetch:
      return "\\" + std::string(d->kid(0)->str);
    case Kind::Unary: {
      std::string v = default_source(fc, d->kid(0));
      return d->flags == '-' && !v.empty() ? "-" + v : "";
    }
    case Kind::ClassConst:
      if (d->kid(0) && d->kid(1) && d->kid(0)->kind == Kind::Name) {
        std::string c = lower(d->kid(0)->str);
        std::string cls = c == "self" || c == "static" || c == "parent"
                              ? std::string(d->kid(0)->str)
                              : "\\" + fc.resolve_class_name(d->kid(0));
        return cls + "::" + std::string(d->kid(1)->str);
      }
      return "";
    default:
      return "";
  }
}

static bool contains_yield(const Node* n) {
  if (!n) return false;
  if (n->kind == Kind::Yield || n->kind == Kind::YieldFrom) return true;
  if (n->kind == Kind::Closure || n->kind == Kind::FuncDecl || n->kind == Kind::ClassDecl ||
      n->kind == Kind::ArrowFn)
    return false;
  for (uint32_t i = 0; i < n->count; ++i)
    if (contains_yield(n->kids[i])) return true;
  return false;
}

static void fill_params(FileCompiler& fc, Class* cls, Function* fn, const Node* params) {
  if (!params) return;
  bool seen_optional = false;
  for (uint32_t i = 0; i < params->count; ++i) {
    const Node* p = params->kids[i];
    if (p->str == "this" && !fc.failed) {
      fc.failed = true;
      fc.error->severity = ParseError::Severity::Fatal;
      fc.error->message = "Cannot use $this as parameter";
      fc.error->line = p->line;
    }
    Param prm;
    prm.name = intern(p->str);
    prm.by_ref = p->flags & ByRef;
    prm.variadic = p->flags & Variadic;
    prm.has_default = p->kid(1) != nullptr;
    prm.hint = type_hint_of(p->kid(0), &prm.nullable);
    prm.type_text = type_text(fc, p->kid(0));
    prm.default_text = default_text(p->kid(1));
    prm.default_source = default_source(fc, p->kid(1));
    prm.attrs = compile_attrs(fc, p->kid(2));
    if (prm.hint == HintClass) {
      std::string n = prm.type_text[0] == '?' ? prm.type_text.substr(1) : prm.type_text;
      if (n == "self" && (!cls || (cls->flags & ClsTrait)))
        prm.hint = HintOther;  // a trait's self is the using class: not checked
      else
        prm.class_name = intern(n == "self" ? cls->name : n);
    }
    bool null_default =
        p->kid(1) && p->kid(1)->kind == Kind::ConstFetch && lower(p->kid(1)->kid(0)->str) == "null";
    if (prm.hint == HintOther && !(cls && (cls->flags & ClsTrait))) {
      prm.spec = type_spec(fc, p->kid(0), null_default);
      if (!(prm.spec->bits & TyMixed)) prm.hint = HintSpec;
    }
    if (!fc.failed) {
      std::string error = type_declaration_error(fc, p->kid(0), TypePosition::Parameter);
      if (error.empty())
        error = default_type_error(fc, p->kid(0), p->kid(1), "parameter $" + std::string(p->str),
                                   false);
      if (!error.empty()) {
        fc.failed = true;
        fc.error->severity = ParseError::Severity::Fatal;
        fc.error->message = std::move(error);
        fc.error->line = p->line;
      }
    }
    // `Foo $x = null` is implicitly nullable
    if (null_default) prm.nullable = true;
    prm.promote = int8_t(p->flags & (ModPublic | ModProtected | ModPrivate | ModReadonly));
    if (prm.variadic) fn->flags |= FnVariadic;
    if (!prm.has_default && !prm.variadic && !seen_optional)
      fn->required = i + 1;
    else if (prm.has_default)
      seen_optional = true;
    if (!prm.has_default && !prm.variadic) fn->required = i + 1;
    prm.pass_tags = pass_tags(prm);
    fn->params.push_back(prm);
  }
}

void FnCompiler::compile_body(const Node* params, const Node* body, bool arrow) {
  fill_params(fc, cls, fn, params);
  std::vector<std::string> names;
  std::unordered_set<std::string> seen;
  for (auto& p : fn->params) {
    seen.insert(std::string(p.name->view()));
    names.emplace_back(p.name->view());
  }
  for (auto& u : fn->uses)
    if (seen.insert(u.first).second) names.push_back(u.first);
  collect_vars(body, names, seen);
  if (cls && !(fn->flags & FnStatic) && !seen.count("this")) names.emplace_back("this");
  if ((fn->flags & FnClosure) && !seen.count("this")) names.emplace_back("this");
  for (size_t i = 0; i < names.size(); ++i) locals[names[i]] = int32_t(i);
  code->local_names = names;
  code->nlocals = uint32_t(names.size());
  auto th = locals.find("this");
  if (th != locals.end()) code->this_slot = th->second;
  for (auto& u : fn->uses) fn->use_slots.push_back(locals[u.first]);
  next_temp = max_reg = int32_t(code->nlocals);
  if (contains_yield(body)) fn->flags |= FnGenerator;

  // prologue: defaults, promotion
  for (uint32_t i = 0; params && i < params->count; ++i) {
    const Node* p = params->kids[i];
    line = p->line;
    if (p->kid(1)) {
      Label skip;
      jump_to(skip, Op::RecvDefault, int32_t(i));
      int32_t mark = next_temp;
      int32_t v = expr(p->kid(1));
      emit(Op::Assign, int32_t(i), v, kNone, 1);
      free_temps(mark);
      bind(skip);
    }
  }
  for (uint32_t i = 0; params && i < params->count; ++i) {
    const Node* p = params->kids[i];
    if (p->flags & (ModPublic | ModProtected | ModPrivate | ModReadonly)) {
      code->prop_cache.emplace_back();
      emit(Op::AssignProp, code->this_slot, kstr(p->str), int32_t(i), 0,
           uint16_t(code->prop_cache.size() - 1));
    }
  }
  if (arrow) {
    line = body->line;
    int32_t v = expr(body);
    uint8_t share = v >= 0 && is_temp(v) && !fresh_ ? 1 : 0;
    emit(Op::Return, verify_return(v, false), kNone, kNone, share);
  } else {
    stmts(body);
    if (end_line) line = end_line;
    emit(Op::Return, verify_return(knull(), true));
  }
  code->nregs = uint32_t(max_reg);
  check_goto_labels();
  jumps_to_returns(*code);
  dump_code(cls ? cls->name + "::" + fn->name : fn->name, *code);
}

Function* compile_function_decl(FileCompiler& fc, const Node* decl, Class* cls, FnCompiler* outer) {
  Function* fn = new Function();
  fn->name = std::string(decl->str);
  if (!cls) fn->name = fc.qualify(decl->str);
  fn->lname = lower(fn->name);
  fn->scope = cls;
  fn->line = int32_t(decl->line);
  uint32_t f = decl->flags;
  if (decl->kind == Kind::Method) {
    if (f & ModStatic) fn->flags |= FnStatic;
    if (f & ModAbstract) fn->flags |= FnAbstract;
    if (f & ModPrivate) fn->flags |= FnPrivate;
    if (f & ModProtected) fn->flags |= FnProtected;
    if (f & ModFinal) fn->flags |= FnFinal;
  }
  fn->return_type = type_text(fc, decl->kid(1));
  fn->attrs = compile_attrs(fc, decl->kid(3));
  if (f & ByRef) fn->flags |= FnByRefReturn;
  set_return_spec(fc, fn, decl->kid(1));
  FnCompiler c(fc, fn, cls, outer);
  c.line = decl->line;
  c.code->decl_line = decl->line;
  c.end_line = decl->end_line;
  const Node* body = decl->kind == Kind::Method ? decl->kid(2) : decl->kid(2);
  if (!body) {  // abstract
    fill_params(fc, cls, fn, decl->kid(0));
    fn->code->nregs = fn->code->nlocals = uint32_t(fn->params.size());
    c.emit(Op::Return, c.knull());
    return fn;
  }
  c.compile_body(decl->kid(0), body, false);
  return fn;
}

void FnCompiler::compile_main(const Node* root) {
  std::vector<std::string> names;
  std::unordered_set<std::string> seen;
  collect_vars(root, names, seen);
  if (!seen.count("this")) names.emplace_back("this");
  for (size_t i = 0; i < names.size(); ++i) locals[names[i]] = int32_t(i);
  code->local_names = names;
  code->nlocals = uint32_t(names.size());
  code->this_slot = locals["this"];
  next_temp = max_reg = int32_t(code->nlocals);
  // hoisting: unconditional top-level functions and classes are declared first
  std::string saved_ns = fc.ns;
  std::function<void(const Node*)> hoist = [&](const Node* list) {
    for (uint32_t i = 0; i < list->count; ++i) {
      const Node* s = list->kids[i];
      if (!s) continue;
      if (s->kind == Kind::Namespace) {
        if (s->kid(0))
          fc.ns = std::string(s->kid(0)->str);
        else
          fc.ns.clear();
        if (s->kid(1)) hoist(s->kid(1));
        continue;
      }
      if (s->kind == Kind::Use || s->kind == Kind::GroupUse) {
        stmt(s);
        continue;
      }
      if (s->kind == Kind::FuncDecl) {
        std::string name = lower(fc.qualify(s->str));
        fc.file_functions[name] = s;
      }
    }
  };
  hoist(root);
  fc.ns = saved_ns;
  fc.class_uses.clear();
  fc.func_uses.clear();
  std::function<void(const Node*)> predeclare = [&](const Node* list) {
    for (uint32_t i = 0; i < list->count; ++i) {
      const Node* s = list->kids[i];
      if (!s) continue;
      line = s->line;
      if (s->kind == Kind::Namespace) {
        if (s->kid(0))
          fc.ns = std::string(s->kid(0)->str);
        else
          fc.ns.clear();
        if (s->kid(1)) predeclare(s->kid(1));
        continue;
      }
      if (s->kind == Kind::Use || s->kind == Kind::GroupUse) {
        stmt(s);
      } else if (s->kind == Kind::FuncDecl) {
        Function* f = compile_function_decl(fc, s, nullptr, this);
        code->functions.push_back(f);
        emit(Op::DeclareFunc, kNone, int32_t(code->functions.size() - 1));
        fc.hoisted[s] = int32_t(code->functions.size() - 1);
      } else if (s->kind == Kind::ClassDecl) {
        Class* c = compile_class(fc, s, this);
        if (!c) return;
        code->classes.push_back(c);
        emit(Op::DeclareClass, kNone, int32_t(code->classes.size() - 1), kNone, 1);
        fc.hoisted[s] = int32_t(code->classes.size() - 1);
      }
    }
  };
  predeclare(root);
  fc.ns = saved_ns;
  fc.class_uses.clear();
  fc.func_uses.clear();
  stmts(root);
  emit(Op::Return, knull());
  code->nregs = uint32_t(max_reg);
  check_goto_labels();
  jumps_to_returns(*code);
  dump_code(fn->name, *code);
}

Function* compile_file(VM& vm, const Node* root, const std::string& file, ParseError* error,
                       std::vector<CompileDiagnostic>* diagnostics) {
  FileCompiler fc{vm, file, {}, {}, {}, {}, {}, {}, error, false, false};
  // declare(strict_types=1) must come first, so every function of the file is compiled knowing
  for (uint32_t i = 0; root && i < root->count; ++i) {
    const Node* s = root->kids[i];
    if (!s || s->kind != Kind::Declare) continue;
    for (uint32_t j = 0; j < s->count; ++j) {
      const Node* d = s->kids[j];
      if (d && d->kind == Kind::DeclareItem && lower(d->str) == "strict_types" && d->kid(0) &&
          d->kid(0)->kind == Kind::Int)
        fc.strict_types = d->kid(0)->ival == 1;
    }
  }
  Function* main = new Function();
  main->name = "{main}";
  FnCompiler c(fc, main, nullptr, nullptr);
  c.compile_main(root);
  if (diagnostics) *diagnostics = fc.diagnostics;
  if (fc.failed) return nullptr;
  return main;
}

}  // namespace weft::php
