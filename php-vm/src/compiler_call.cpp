// The compiler: calls, object creation, closures.
#include "compiler_internal.h"

namespace weft::php {

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool FnCompiler::known_by_ref(const std::string& lname, uint32_t i, bool* known) {
  *known = false;
  auto ff = fc.file_functions.find(lname);
  if (ff != fc.file_functions.end()) {
    *known = true;
    const Node* params = ff->second->kid(0);
    if (!params || params->count == 0) return false;
    if (i < params->count) return params->kids[i]->flags & ByRef;
    const Node* last = params->kids[params->count - 1];
    return (last->flags & Variadic) && (last->flags & ByRef);
  }
  auto it = fc.vm.functions.find(lname);
  if (it != fc.vm.functions.end()) {
    *known = true;
    return it->second->param_by_ref(i);
  }
  return false;
}

void FnCompiler::compile_args(const Node* args, CallInfo& ci, Function* /*known*/) {
  if (!args) return;
  if (args->flags & ArgsCallable) {
    error(args, "weft-php: first-class callable syntax is not supported");
    return;
  }
  bool named_lookup = ci.kind == CallInfo::Named && ci.lname;
  // Whether a later argument may have side effects (then variables passed by value are read
  // now, not at the call).
  std::vector<bool> later_complex(args->count + 1, false);
  for (uint32_t i = args->count; i-- > 0;) {
    const Node* a = args->kids[i];
    bool simple = a->kind == Kind::Var || a->kind == Kind::Int || a->kind == Kind::Float ||
                  a->kind == Kind::Str || a->kind == Kind::ConstFetch;
    later_complex[i] = later_complex[i + 1] || !simple;
  }
  for (uint32_t i = 0; i < args->count; ++i) {
    const Node* a = args->kids[i];
    if (a->kind == Kind::Unpack) {
      ci.args.push_back(expr_to_temp(a->kid(0)));
      ci.kinds.push_back(ArgSpread);
      continue;
    }
    if (a->kind == Kind::NamedArg) {
      ci.names.push_back(intern(a->str));
      int32_t v = expr(a->kid(0));
      if (v >= 0 && !is_temp(v)) {
        ci.args.push_back(v);
        ci.kinds.push_back(ArgCv);
      } else {
        ci.args.push_back(v);
        ci.kinds.push_back(ArgValue);
      }
      continue;
    }
    bool known = false;
    bool by_ref = false;
    if (named_lookup) {
      by_ref = known_by_ref(std::string(ci.lname->view()), i, &known);
      if (!known && ci.fallback) by_ref = known_by_ref(lower(ci.fallback->view()), i, &known);
    }
    if (by_ref && a->str != "GLOBALS" &&
        (a->kind == Kind::Var || a->kind == Kind::Dim || a->kind == Kind::Prop ||
         a->kind == Kind::StaticProp)) {
      if (a->kind == Kind::Var) {
        ci.args.push_back(local(a->str));
        ci.kinds.push_back(ArgCv);
      } else {
        ci.args.push_back(make_ref(a));
        ci.kinds.push_back(ArgRef);
      }
      continue;
    }
    if (a->kind == Kind::Var && a->str != "this" && a->str != "GLOBALS" &&
        !(known && later_complex[i + 1])) {
      ci.args.push_back(local(a->str));
      ci.kinds.push_back(ArgCv);
      continue;
    }
    int32_t v = expr(a);
    if (v >= 0 && !is_temp(v)) {
      int32_t t = temp();
      emit(Op::Mov, t, v, kNone, 1);
      v = t;
    }
    bool result = a->kind == Kind::Call || a->kind == Kind::MethodCall ||
                  a->kind == Kind::StaticCall || a->kind == Kind::NullsafeMethodCall;
    // a reference returned by a `function &f()` is handed on to a by-reference parameter
    if (result && v >= 0 && !code->ins.empty() && code->ins.back().a == v &&
        (code->ins.back().op == Op::Call || code->ins.back().op == Op::CallMethod ||
         code->ins.back().op == Op::CallStatic))
      code->ins.back().x |= 1;
    ci.args.push_back(v);
    bool constant = a->kind == Kind::ConstFetch || a->kind == Kind::ClassConst;
    ci.kinds.push_back(result && v >= 0 ? ArgResult : constant ? ArgConst : ArgValue);
  }
}

// `f(...)`, `$o->m(...)`, `A::m(...)`: a Closure from the callable value `callable`.
static int32_t first_class(FnCompiler& c, int32_t callable, int32_t dst) {
  CallInfo ci;
  ci.kind = CallInfo::Named;
  ci.name = ci.lname = intern("__weft_callable");
  ci.args = {callable};
  ci.kinds = {ArgValue};
  int32_t r = dst != kNone && c.is_temp(dst) ? dst : c.temp();
  c.emit(Op::Call, r, int32_t(c.add_call(ci)));
  return r;
}

static bool is_fcc(const Node* args) { return args && (args->flags & ArgsCallable); }

int32_t FnCompiler::call(const Node* n, int32_t dst) {
  const Node* callee = n->kid(0);
  if (is_fcc(n->kid(1))) {
    if (callee->kind == Kind::Name) {
      std::string fallback;
      std::string full = fc.resolve_function_name(callee, &fallback);
      if (!fallback.empty() && !fc.file_functions.count(lower(full))) full = fallback;
      return first_class(*this, kstr(full), dst);
    }
    return first_class(*this, expr_to_temp(callee), dst);
  }
  CallInfo ci;
  if (callee->kind == Kind::Name) {
    std::string fallback;
    std::string full = fc.resolve_function_name(callee, &fallback);
    ci.kind = CallInfo::Named;
    ci.name = intern(full);
    ci.lname = intern(lower(full));
    if (!fallback.empty()) ci.fallback = intern(fallback);
  } else {
    ci.kind = CallInfo::Dynamic;
    ci.callee = expr_to_temp(callee);
  }
  compile_args(n->kid(1), ci, nullptr);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  line = n->line;
  uint16_t tags = 0;
  Op op = special_builtin(ci, &tags);
  int32_t arg = op == Op::Call ? kNone : ci.args[0];
  emit(op, r, int32_t(add_call(std::move(ci))), arg);
  code->ins.back().y = tags;
  return r;
}

// php's special-cased built-ins (bytecode.h, Strlen...IsType) for a call site naming one
// without namespace ambiguity (a global function cannot be redeclared) with one plain
// argument; else Call. *tags: IsType's tags answering true.
Op FnCompiler::special_builtin(const CallInfo& ci, uint16_t* tags) {
  if (ci.kind != CallInfo::Named || ci.fallback || ci.args.size() != 1 || !ci.names.empty() ||
      !(ci.kinds[0] == ArgValue || ci.kinds[0] == ArgCv || ci.kinds[0] == ArgConst))
    return Op::Call;
  auto bit = [](Tag t) { return uint16_t(1u << uint8_t(t)); };
  std::string_view n = ci.lname->view();
  if (n == "strlen") return Op::Strlen;
  if (n == "count" || n == "sizeof") return Op::Count;
  if (n == "ord") return Op::Ord;
  if (n == "is_array") *tags = bit(Tag::Arr);
  if (n == "is_string") *tags = bit(Tag::Str);
  if (n == "is_int" || n == "is_integer" || n == "is_long") *tags = bit(Tag::Int);
  if (n == "is_float" || n == "is_double") *tags = bit(Tag::Float);
  if (n == "is_bool") *tags = bit(Tag::Bool);
  if (n == "is_null") *tags = bit(Tag::Null);
  if (n == "is_object") *tags = bit(Tag::Obj);
  if (n == "is_scalar") *tags = bit(Tag::Bool) | bit(Tag::Int) | bit(Tag::Float) | bit(Tag::Str);
  return *tags ? Op::IsType : Op::Call;
}

int32_t FnCompiler::method_call(const Node* n, int32_t dst) {
  int32_t obj = expr_to_temp_if_needed(n->kid(0));
  if (is_fcc(n->kid(2))) {
    int32_t arr = temp();
    emit(Op::NewArray, arr, 2);
    emit(Op::ArrayAppend, arr, obj, kNone, 0);
    emit(Op::ArrayAppend, arr,
         n->kid(1)->kind == Kind::Ident ? kstr(n->kid(1)->str) : expr(n->kid(1)), kNone, 0);
    return first_class(*this, arr, dst);
  }
  CallInfo ci;
  ci.kind = CallInfo::Method;
  const Node* name = n->kid(1);
  if (name->kind == Kind::Ident) {
    ci.name = intern(name->str);
    ci.lname = intern(lower(name->str));
  } else {
    ci.callee = expr_to_temp(name);
  }
  ci.nullsafe = n->kind == Kind::NullsafeMethodCall;
  // the result takes the object's temporary, which the call consumes: in a chain
  // `a()->b()->c()` no stale temporary keeps an earlier object alive (drops.cpp)
  int32_t r = dst != kNone && is_temp(dst) ? dst : is_temp(obj) ? obj : temp();
  Label skip, done;
  if (ci.nullsafe) {
    jump_to(skip, Op::JmpNotNull, obj);
    emit(Op::Mov, r, knull());
    jump_to(done);
    bind(skip);
  }
  compile_args(n->kid(2), ci, nullptr);
  line = n->line;
  emit(Op::CallMethod, r, int32_t(add_call(std::move(ci))), obj);
  bind(done);
  return r;
}

int32_t FnCompiler::static_call(const Node* n, int32_t dst) {
  if (is_fcc(n->kid(2)) && n->kid(0)->kind == Kind::Name && n->kid(1)->kind == Kind::Ident) {
    int32_t arr = temp();
    emit(Op::NewArray, arr, 2);
    int32_t cn = temp();
    emit(Op::ClassName, cn, kstr(fc.resolve_class_name(n->kid(0))));
    emit(Op::ArrayAppend, arr, cn, kNone, 1);
    emit(Op::ArrayAppend, arr, kstr(n->kid(1)->str), kNone, 0);
    return first_class(*this, arr, dst);
  }
  CallInfo ci;
  ci.kind = CallInfo::Static;
  int32_t c = kNone;
  if (n->kid(0)->kind == Kind::Name)
    ci.cls = intern(fc.resolve_class_name(n->kid(0)));
  else
    c = expr_to_temp(n->kid(0));
  const Node* name = n->kid(1);
  if (name->kind == Kind::Ident) {
    ci.name = intern(name->str);
    ci.lname = intern(lower(name->str));
  } else {
    ci.callee = expr_to_temp(name);
  }
  compile_args(n->kid(2), ci, nullptr);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  line = n->line;
  emit(Op::CallStatic, r, int32_t(add_call(std::move(ci))), c);
  return r;
}

int32_t FnCompiler::new_expr(const Node* n, int32_t dst) {
  CallInfo ci;
  ci.kind = CallInfo::NewObj;
  int32_t c = kNone;
  const Node* cn = n->kid(0);
  if (cn->kind == Kind::Name) {
    ci.cls = intern(fc.resolve_class_name(cn));
  } else if (cn->kind == Kind::ClassDecl) {
    Class* k = compile_class(fc, cn, this);
    if (!k) return knull();
    code->classes.push_back(k);
    emit(Op::DeclareClass, kNone, int32_t(code->classes.size() - 1), kNone, 0);
    ci.cls = intern(k->name);
  } else {
    c = expr_to_temp(cn);
  }
  compile_args(n->kid(1), ci, nullptr);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  line = n->line;
  emit(Op::New, r, int32_t(add_call(std::move(ci))), c);
  return r;
}

static void free_vars(const Node* n, std::vector<std::string>& out,
                      std::unordered_set<std::string>& seen) {
  collect_vars(n, out, seen);
}

int32_t FnCompiler::closure(const Node* n, int32_t dst) {
  bool arrow = n->kind == Kind::ArrowFn;
  Function* f = new Function();
  f->name = fc.ns.empty() ? "{closure}" : fc.ns + "\\{closure}";  // php: App\{closure}
  f->lname = f->name;
  f->flags |= FnClosure;
  if (arrow) f->flags |= FnArrow;
  if (n->flags & ClosureStatic) f->flags |= FnStatic;
  if (n->flags & ByRef) f->flags |= FnByRefReturn;
  f->scope = cls;
  f->line = int32_t(n->line);
  const Node* ret_type = n->kid(arrow ? 2 : 3);
  f->return_type = type_text(fc, ret_type);
  f->attrs = compile_attrs(fc, n->kid(arrow ? 3 : 4));
  set_return_spec(fc, f, ret_type);
  CallInfo ci;
  ci.kind = CallInfo::Named;
  if (arrow) {
    std::vector<std::string> names;
    std::unordered_set<std::string> seen;
    const Node* params = n->kid(0);
    for (uint32_t i = 0; params && i < params->count; ++i)
      seen.insert(std::string(params->kids[i]->str));
    seen.insert("this");
    free_vars(n->kid(1), names, seen);
    for (auto& name : names) {
      auto it = locals.find(name);
      if (it == locals.end()) continue;
      f->uses.emplace_back(name, false);
      ci.args.push_back(it->second);
      ci.kinds.push_back(0);
    }
  } else {
    const Node* uses = n->kid(1);
    for (uint32_t i = 0; uses && i < uses->count; ++i) {
      const Node* u = uses->kids[i];
      bool by_ref = u->flags & ByRef;
      f->uses.emplace_back(std::string(u->str), by_ref);
      ci.args.push_back(local(u->str));
      ci.kinds.push_back(by_ref ? 1 : 0);
    }
  }
  FnCompiler child(fc, f, cls, this);
  child.line = n->line;
  child.code->decl_line = n->line;  // errors binding the arguments name the closure's line
  child.end_line = n->end_line;
  child.compile_body(n->kid(0), arrow ? n->kid(1) : n->kid(2), arrow);
  code->functions.push_back(f);
  int32_t r = dst != kNone && is_temp(dst) ? dst : temp();
  emit(Op::MakeClosure, r, int32_t(code->functions.size() - 1), int32_t(add_call(std::move(ci))),
       arrow ? 1 : 0);
  return r;
}

}  // namespace weft::php
