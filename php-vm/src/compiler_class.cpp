// The compiler: class, interface and trait declarations.
#include "class_info.h"
#include "compiler_internal.h"

namespace weft::php {

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

// A function evaluating one constant expression in the class's scope.
static Function* thunk(FileCompiler& fc, Class* cls, const Node* e, FnCompiler* outer) {
  Function* f = new Function();
  f->name = "{initializer}";
  f->scope = cls;
  f->flags |= FnStatic;
  FnCompiler c(fc, f, cls, outer);
  c.line = e->line;
  c.compile_body(nullptr, e, true);
  return f;
}

static int anon_counter = 0;

// php's arity rules for the magic methods, checked when the class is compiled.
template <typename Fail>
static void check_magic_signature(const Function* f, const Node* at, Fail& fail) {
  static const struct {
    const char* name;
    int args;
  } magic[] = {{"__call", 2},     {"__callstatic", 2}, {"__get", 1},
               {"__set", 2},      {"__isset", 1},      {"__unset", 1},
               {"__tostring", 0}, {"__clone", 0},      {"__destruct", 0}};
  for (const auto& mg : magic) {
    if (f->lname != mg.name) continue;
    std::string who = "Method " + f->scope->name + "::" + f->name + "()";
    int n = int(f->params.size());
    if (mg.args == 0 && n != 0) fail(at, who + " cannot take arguments");
    if (mg.args > 0 && n != mg.args)
      fail(at, who + " must take exactly " + std::to_string(mg.args) +
                   (mg.args == 1 ? " argument" : " arguments"));
  }
}

// php's compile-time warnings about a method's modifiers.
static void check_method_warnings(FileCompiler& fc, const Function* f, const Node* m) {
  static const char* const must_be_public[] = {
      "__call",     "__callstatic", "__get",       "__set",         "__isset",     "__unset",
      "__tostring", "__invoke",     "__serialize", "__unserialize", "__set_state", "__debuginfo"};
  std::string who = f->scope->name + "::" + f->name + "()";
  if (m->flags & (ModPrivate | ModProtected))
    for (const char* name : must_be_public)
      if (f->lname == name)
        fc.diagnostics.push_back(
            {2, "The magic method " + who + " must have public visibility", m->line});
  if ((m->flags & ModPrivate) && (m->flags & ModFinal) && f->lname != "__construct")
    fc.diagnostics.push_back(
        {128, "Private methods cannot be final as they are never overridden by other classes",
         m->line});
}

// php's name of an anonymous class (see shown_name): its parent's or first interface's name, or
// "class", then "@anonymous", a NUL, where it is declared and a number.
static std::string anonymous_class_name(FileCompiler& fc, const Node* decl) {
  std::string prefix = "class";
  const Node* ext = decl->kid(0);
  const Node* impl = decl->kid(1);
  if (ext && ext->kind != Kind::NameList)
    prefix = fc.resolve_class_name(ext);
  else if (impl && impl->count)
    prefix = fc.resolve_class_name(impl->kids[0]);
  char number[16];
  std::snprintf(number, sizeof number, "$%x", anon_counter++);
  return prefix + "@anonymous" + std::string(1, '\0') + fc.file + ":" + std::to_string(decl->line) +
         number;
}

Class* compile_class(FileCompiler& fc, const Node* decl, FnCompiler* outer) {
  Class* cls = new Class();
  ClassInfo* info = new ClassInfo();
  cls->decl = info;
  info->line = decl->line;
  uint32_t kind = (decl->flags >> 8) & 0xff;
  if (decl->str.empty() || kind == ClassKindAnonymous)
    cls->name = anonymous_class_name(fc, decl);
  else
    cls->name = fc.qualify(decl->str);
  cls->lname = lower(cls->name);
  if (kind == ClassKindInterface) cls->flags |= ClsInterface;
  if (kind == ClassKindTrait) cls->flags |= ClsTrait;
  if (kind == ClassKindEnum) {
    cls->flags |= ClsEnum | ClsFinal;
    bool nullable;
    cls->enum_backing = type_hint_of(decl->kid(4), &nullable);
  }
  if (decl->flags & ModAbstract) cls->flags |= ClsAbstract;
  if (decl->flags & ModFinal) cls->flags |= ClsFinal;
  info->attrs = compile_attrs(fc, decl->kid(3));
  if (const Node* attrs = decl->kid(3)) {
    for (uint32_t g = 0; g < attrs->count; ++g)
      for (uint32_t a = 0; attrs->kids[g] && a < attrs->kids[g]->count; ++a) {
        const Node* at = attrs->kids[g]->kids[a];
        if (at && at->kid(0) &&
            lower(fc.resolve_class_name(at->kid(0))) == "allowdynamicproperties")
          cls->flags |= ClsAllowDynamic;
      }
  }
  const Node* ext = decl->kid(0);
  if (ext) {
    if (ext->kind == Kind::NameList) {
      for (uint32_t i = 0; i < ext->count; ++i)
        info->interfaces.push_back(fc.resolve_class_name(ext->kids[i]));
    } else {
      info->parent = fc.resolve_class_name(ext);
    }
  }
  const Node* impl = decl->kid(1);
  for (uint32_t i = 0; impl && i < impl->count; ++i)
    info->interfaces.push_back(fc.resolve_class_name(impl->kids[i]));
  // compile-time errors of member declarations, worded as php's
  auto fail = [&](const Node* at, std::string msg) {
    if (fc.failed) return;
    fc.failed = true;
    fc.error->severity = ParseError::Severity::Fatal;
    fc.error->message = std::move(msg);
    fc.error->line = at->line;
  };
  bool iface = cls->flags & ClsInterface;
  const Node* members = decl->kid(2);
  for (uint32_t i = 0; members && i < members->count; ++i) {
    const Node* m = members->kids[i];
    if (!m) continue;
    switch (m->kind) {
      case Kind::ClassConstDecl:
        if (m->flags & ModStatic) fail(m, "Cannot use 'static' as constant modifier");
        if (m->flags & ModAbstract) fail(m, "Cannot use 'abstract' as constant modifier");
        for (uint32_t j = 0; j < m->count; ++j) {
          const Node* item = m->kids[j];
          if (!item || item->kind != Kind::ConstItem) continue;
          if (iface && (m->flags & (ModPrivate | ModProtected)))
            fail(m, "Access type for interface constant " + cls->name +
                        "::" + std::string(item->str) + " must be public");
          for (auto& c : info->consts)
            if (c.name == item->str)
              fail(item,
                   "Cannot redefine class constant " + cls->name + "::" + std::string(item->str));
          info->consts.push_back({std::string(item->str), m->flags,
                                  thunk(fc, cls, item->kid(0), outer), false,
                                  compile_attrs(fc, m->kids[m->count - 1]), nullptr});
        }
        break;
      case Kind::PropDecl: {
        if (iface) fail(m, "Interfaces may not include properties");
        bool typed = m->kid(0) != nullptr;
        for (uint32_t j = 1; j < m->count; ++j) {
          const Node* item = m->kids[j];
          if (!item || item->kind != Kind::PropItem) continue;
          std::string error = type_declaration_error(fc, m->kid(0), TypePosition::Property,
                                                     cls->name + "::$" + std::string(item->str));
          if (error.empty() && !typed && ((m->flags | decl->flags) & ModReadonly))
            error = "Readonly property " + cls->name + "::$" + std::string(item->str) +
                    " must have type";
          if (error.empty())
            error =
                default_type_error(fc, m->kid(0), item->kid(0),
                                   "property " + cls->name + "::$" + std::string(item->str), true);
          if (!error.empty()) fail(item, error);
          ClassInfo::Member mem{std::string(item->str),
                                m->flags,
                                item->kid(0) ? thunk(fc, cls, item->kid(0), outer) : nullptr,
                                typed,
                                compile_attrs(fc, m->kids[m->count - 1]),
                                typed ? type_spec(fc, m->kid(0), false) : nullptr};
          if (m->flags & ModStatic)
            info->static_props.push_back(mem);
          else
            info->props.push_back(mem);
        }
        break;
      }
      case Kind::Method: {
        if ((m->flags & ModFinal) && ((m->flags & ModAbstract) || iface))
          fail(m, "Cannot use the final modifier on an abstract class member");
        if (iface && (m->flags & (ModPrivate | ModProtected)))
          fail(m, "Access type for interface method " + cls->name + "::" + std::string(m->str) +
                      "() must be public");
        if (iface && m->kid(2))
          fail(m, "Interface function " + cls->name + "::" + std::string(m->str) +
                      "() cannot contain body");
        Function* f = compile_function_decl(fc, m, cls, outer);
        if (cls->flags & ClsInterface) f->flags |= FnAbstract;
        check_magic_signature(f, m, fail);
        if (!fc.failed) check_method_warnings(fc, f, m);  // php checks the arity first
        info->methods.push_back(f);
        if (f->lname == "__construct") {
          const Node* params = m->kid(0);
          for (uint32_t k = 0; params && k < params->count; ++k) {
            const Node* p = params->kids[k];
            uint32_t vis = p->flags & (ModPublic | ModProtected | ModPrivate | ModReadonly);
            if ((vis & ModReadonly) && !p->kid(0))
              fail(p, "Readonly property " + cls->name + "::$" + std::string(p->str) +
                          " must have type");
            if (vis)
              info->props.push_back({std::string(p->str), vis, nullptr, p->kid(0) != nullptr,
                                     compile_attrs(fc, p->kid(2)),
                                     p->kid(0) ? type_spec(fc, p->kid(0), false) : nullptr});
          }
        }
        break;
      }
      case Kind::TraitUse: {
        const Node* names = m->kid(0);
        for (uint32_t k = 0; k < names->count; ++k)
          info->traits.push_back(fc.resolve_class_name(names->kids[k]));
        const Node* adapt = m->kid(1);
        for (uint32_t k = 0; adapt && k < adapt->count; ++k) {
          const Node* a = adapt->kids[k];
          if (a->kind == Kind::TraitAlias) {
            ClassInfo::Alias al;
            if (a->kid(0)) al.trait = fc.resolve_class_name(a->kid(0));
            al.method = std::string(a->kid(1)->str);
            if (a->kid(2)) al.alias = std::string(a->kid(2)->str);
            al.visibility = a->flags;
            info->aliases.push_back(al);
          } else if (a->kind == Kind::TraitPrecedence) {
            std::string winner = fc.resolve_class_name(a->kid(0)) + "::" + lower(a->kid(1)->str);
            const Node* losers = a->kid(2);
            for (uint32_t q = 0; losers && q < losers->count; ++q)
              info->insteadof.push_back({winner, lower(fc.resolve_class_name(losers->kids[q]))});
          }
        }
        break;
      }
      case Kind::EnumCase: {
        // the case is a class constant whose initializer makes the singleton object
        Function* f = new Function();
        f->name = "{enum case}";
        f->scope = cls;
        f->flags |= FnStatic;
        FnCompiler c(fc, f, cls, outer);
        c.line = m->line;
        int32_t v = m->kid(0) ? c.expr(m->kid(0)) : c.knull();
        CallInfo ci;
        ci.kind = CallInfo::Named;
        ci.name = ci.lname = intern("__weft_enum_case");
        ci.args = {c.kstr(cls->name), c.kstr(m->str), v};
        ci.kinds = {ArgValue, ArgValue, ArgValue};
        int32_t t = c.temp();
        c.emit(Op::Call, t, int32_t(c.add_call(ci)));
        c.emit(Op::Return, t);
        f->code->nregs = uint32_t(c.max_reg);
        info->consts.push_back({std::string(m->str), ModPublic, f, false, nullptr, nullptr});
        cls->enum_cases.emplace_back(m->str);
        break;
      }
      default:
        break;
    }
  }
  return cls;
}

}  // namespace weft::php
