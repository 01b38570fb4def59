// The match statement. Each case compiles to one MATCH instruction that tests the subject
// against a pattern descriptor (a constant tuple tree, interpreted by match.cpp), with the
// values the pattern compares against (literals, dotted names, classes, mapping keys)
// evaluated onto the stack first. MATCH leaves (True, capture...) or None; the captures are then
// stored in pattern order and the guard evaluated:
//
//   subject                      DUP_TOP, values..., MATCH      -> subject result
//   DUP_TOP, POP_JUMP_IF_FALSE fail  UNPACK_SEQUENCE, POP_TOP, STORE captures
//   guard (jump to next case when false), POP_TOP subject, body, JUMP end
//   fail: POP_TOP   next: ...    (after the last case) POP_TOP subject   end:
#include <algorithm>

#include "compiler_internal.h"

namespace weft::python {

namespace {

struct PatternBuilder {
  Compiler* c;
  std::vector<std::string> captures;
  std::vector<const Expr*> values;

  Value small(int64_t v) { return Value::small(v); }

  Tuple* tuple(std::initializer_list<Value> items) {
    Tuple* t = new_tuple(static_cast<int64_t>(items.size()));
    int64_t i = 0;
    for (Value v : items) t->items()[i++] = v;
    list_append(c->keep, t);
    return t;
  }

  int capture(const std::string& name) {
    if (name.empty()) return -1;
    for (size_t i = 0; i < captures.size(); i++)
      if (captures[i] == name) return static_cast<int>(i);
    captures.push_back(name);
    return static_cast<int>(captures.size()) - 1;
  }

  int value(const Expr* e) {
    values.push_back(e);
    return static_cast<int>(values.size()) - 1;
  }

  Tuple* list(const std::vector<Expr*>& pats) {
    Tuple* t = new_tuple(static_cast<int64_t>(pats.size()));
    list_append(c->keep, t);
    for (size_t i = 0; i < pats.size(); i++) t->items()[i] = build(pats[i]);
    return t;
  }

  Value build(const Expr* p) {
    switch (p->kind) {
      case EK::MatchValue:
        return tuple({small(0), small(value(p->a))});
      case EK::MatchSingleton:
        return tuple({small(1), p->ck == ConstKind::None   ? Value(rt.None)
                                : p->ck == ConstKind::True ? Value(rt.True)
                                                           : Value(rt.False)});
      case EK::MatchAs: {
        Value sub = p->a ? build(p->a) : Value(rt.None);
        return tuple({small(2), sub, small(capture(p->s))});
      }
      case EK::MatchSequence: {
        int star = -1;
        for (size_t i = 0; i < p->elts.size(); i++)
          if (p->elts[i]->kind == EK::MatchStar) star = static_cast<int>(i);
        return tuple({small(3), list(p->elts), small(star)});
      }
      case EK::MatchStar:
        return tuple({small(4), small(capture(p->s))});
      case EK::MatchMapping: {
        Tuple* keys = new_tuple(static_cast<int64_t>(p->elts.size()));
        list_append(c->keep, keys);
        for (size_t i = 0; i < p->elts.size(); i++) {
          const Expr* k = p->elts[i];
          // a None/True/False key is a singleton pattern; it is compared as a value
          keys->items()[i] =
              k->kind == EK::MatchValue
                  ? small(value(k->a))
                  : Value(tuple({small(1), k->ck == ConstKind::None   ? Value(rt.None)
                                           : k->ck == ConstKind::True ? Value(rt.True)
                                                                      : Value(rt.False)}));
        }
        Tuple* subs = list(p->vals);
        return tuple({small(5), keys, subs, small(capture(p->s))});
      }
      case EK::MatchClass: {
        int cls = value(p->a);
        Tuple* pos = list(p->elts);
        Tuple* names = new_tuple(static_cast<int64_t>(p->kws.size()));
        list_append(c->keep, names);
        std::vector<Expr*> kpats;
        for (size_t i = 0; i < p->kws.size(); i++) {
          names->items()[i] = intern(p->kws[i].name);
          kpats.push_back(p->kws[i].value);
        }
        return tuple({small(6), small(cls), pos, names, list(kpats)});
      }
      case EK::MatchOr:
        return tuple({small(7), list(p->elts)});
      default:
        return rt.None;
    }
  }
};

// CPython's compile-time checks of a case's pattern: names bound twice, alternatives binding
// different names, irrefutable patterns before others. Errors are reported where CPython's
// compiler stands when it finds them: the pattern it entered last (in pre-order).
struct PatternChecker {
  Compiler* c;
  Pos loc{};

  bool store(const std::string& name, std::vector<std::string>& stores) {
    if (name.empty()) return true;
    if (std::find(stores.begin(), stores.end(), name) != stores.end())
      return c->fail("multiple assignments to name '" + name + "' in pattern", loc);
    stores.push_back(name);
    return true;
  }

  bool check(const Expr* p, bool allow_irrefutable, std::vector<std::string>& stores) {
    loc = p->pos;
    switch (p->kind) {
      case EK::MatchAs:
        if (!p->a) {
          if (!allow_irrefutable)
            return c->fail(p->s.empty()
                               ? std::string("wildcard makes remaining patterns unreachable")
                               : "name capture '" + p->s + "' makes remaining patterns unreachable",
                           loc);
        } else if (!check(p->a, allow_irrefutable, stores)) {
          return false;
        }
        return store(p->s, stores);
      case EK::MatchStar:
        return store(p->s, stores);
      case EK::MatchSequence:
        for (const Expr* x : p->elts)
          if (!check(x, true, stores)) return false;
        return true;
      case EK::MatchMapping: {
        // constant keys may not repeat (compared as values: 1, 1.0 and True are one key)
        Dict* seen = new_dict();
        list_append(c->keep, seen);
        for (const Expr* k : p->elts) {
          const Expr* key = k->kind == EK::MatchValue ? k->a : k;
          Value v = key->kind == EK::MatchSingleton
                        ? (key->ck == ConstKind::None   ? Value(rt.None)
                           : key->ck == ConstKind::True ? Value(rt.True)
                                                        : Value(rt.False))
                    : key->kind == EK::Const || negative_number(key) ? constant_value(key)
                                                                     : Value();
          if (!v) continue;
          if (dict_get(seen, v)) {
            Value r = repr(v);
            if (!r) return false;
            return c->fail(
                "mapping pattern checks duplicate key (" + std::string(r.as<Str>()->view()) + ")",
                p->pos);
          }
          dict_set(seen, v, rt.True);
        }
        for (const Expr* x : p->vals)
          if (!check(x, true, stores)) return false;
        return store(p->s, stores);
      }
      case EK::MatchClass:
        for (size_t i = 0; i < p->kws.size(); i++)
          for (size_t j = 0; j < i; j++)
            if (p->kws[i].name == p->kws[j].name)
              return c->fail("attribute name repeated in class pattern: " + p->kws[i].name,
                             p->kws[i].value->pos);
        for (const Expr* x : p->elts)
          if (!check(x, true, stores)) return false;
        for (const Keyword& k : p->kws)
          if (!check(k.value, true, stores)) return false;
        return true;
      case EK::MatchOr: {
        std::vector<std::string> control;
        for (size_t i = 0; i < p->elts.size(); i++) {
          const Expr* alt = p->elts[i];
          loc = alt->pos;
          std::vector<std::string> alt_stores;
          bool last = i + 1 == p->elts.size();
          if (!check(alt, last && allow_irrefutable, alt_stores)) return false;
          if (i == 0) {
            control = alt_stores;
            continue;
          }
          bool same = alt_stores.size() == control.size();
          for (const std::string& n : control)
            if (std::find(alt_stores.begin(), alt_stores.end(), n) == alt_stores.end())
              same = false;
          if (!same) return c->fail("alternative patterns bind different names", loc);
        }
        for (const std::string& n : control)
          if (!store(n, stores)) return false;
        return true;
      }
      default:
        return true;
    }
  }
};

}  // namespace

void Compiler::match_stmt(const Stmt* s) {
  expr(s->value);
  int end = new_label();
  for (size_t ci = 0; ci < s->body.size(); ci++) {
    const Stmt* cs = s->body[ci];
    PatternChecker checker{this};
    std::vector<std::string> stores;
    if (!checker.check(cs->target, cs->value || ci + 1 == s->body.size(), stores)) return;
    PatternBuilder pb{this, {}, {}};
    Value root = pb.build(cs->target);
    Tuple* top = pb.tuple({Value::small(static_cast<int64_t>(pb.captures.size())), root});
    int next = new_label(), fail = new_label();
    set_pos(cs->target->pos);
    emit(OP_DUP_TOP);
    for (const Expr* v : pb.values) expr(v);
    set_pos(cs->target->pos);
    emit(OP_MATCH, (static_cast<int>(pb.values.size()) << 16) | add_const(top));
    emit(OP_DUP_TOP);
    emit(OP_POP_JUMP_IF_FALSE, fail);
    emit(OP_UNPACK_SEQUENCE, static_cast<int>(pb.captures.size()) + 1);
    emit(OP_POP_TOP);
    for (const std::string& name : pb.captures) name_op(name, Ctx::Store);
    if (cs->value) jump_if(cs->value, false, next);
    emit(OP_POP_TOP);
    stmts(cs->body);
    emit(OP_JUMP, end);
    bind(fail);
    emit(OP_POP_TOP);
    bind(next);
  }
  emit(OP_POP_TOP);
  bind(end);
}

}  // namespace weft::python
