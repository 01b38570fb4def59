// Runtime of the match statement: tests a subject against a pattern descriptor built by
// compiler_match.cpp, following PEP 634's rules (sequence and mapping subjects, __match_args__,
// the built-in classes that match their own value positionally).
#include "code.h"
#include "runtime.h"

namespace weft::python {

namespace {

enum PatternKind { kValue, kSingleton, kAs, kSeq, kStar, kMap, kClass, kOr };

int64_t field(Tuple* node, int i) { return node->at(i).small_val(); }

bool is_sequence_subject(Value v) {
  if (!v.is_ptr()) return false;
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::List:
    case Layout::Tuple:
    case Layout::Range:
      return true;
    default:
      break;
  }
  // collections.deque (a Python class in weft) registers as a Sequence in CPython
  for (int64_t i = 0; t->mro && i < t->mro->size; i++)
    if (t->mro->at(i).as<Type>()->name->view() == "deque") return true;
  return false;
}

bool self_matching_class(Type* t) {
  return t == rt.bool_type || t == rt.bytes_type || t == rt.dict_type || t == rt.float_type ||
         t == rt.frozenset_type || t == rt.int_type || t == rt.list_type || t == rt.set_type ||
         t == rt.str_type || t == rt.tuple_type;
}

int match(Value node_v, Value subject, Value* values, List* caps);

int bind(List* caps, int64_t index, Value v) {
  if (index >= 0) list_set(caps, index, v);
  return 1;
}

int match_sequence(Tuple* node, Value subject, Value* values, List* caps) {
  if (!is_sequence_subject(subject)) return 0;
  Tuple* subs = node->at(1).as<Tuple>();
  int64_t star = field(node, 2);
  int64_t n = length(subject);
  if (n < 0) return -1;
  int64_t npat = subs->size;
  if (star < 0 ? n != npat : n < npat - 1) return 0;
  Value items = call1(rt.list_type, subject);
  if (!items) return -1;
  List* l = items.as<List>();
  for (int64_t i = 0; i < npat; i++) {
    if (i == star) {
      int64_t count = n - (npat - 1);
      List* rest = new_list(count);
      if (!rest) return -1;
      for (int64_t k = 0; k < count; k++) list_set(rest, k, l->at(i + k));
      bind(caps, field(subs->at(i).as<Tuple>(), 1), rest);
      continue;
    }
    int64_t at = star >= 0 && i > star ? n - (npat - i) : i;
    int r = match(subs->at(i), l->at(at), values, caps);
    if (r <= 0) return r;
  }
  return 1;
}

int match_mapping(Tuple* node, Value subject, Value* values, List* caps) {
  if (!subject.is_ptr() || subject.obj()->type->layout != Layout::Dict) return 0;
  Dict* d = subject.as<Dict>();
  Tuple* keys = node->at(1).as<Tuple>();
  Tuple* subs = node->at(2).as<Tuple>();
  if (d->used < keys->size) return 0;
  List* seen = new_list(0);
  if (!seen) return -1;
  for (int64_t i = 0; i < keys->size; i++) {
    Value k = keys->at(i);
    Value key = k.is_small() ? values[k.small_val()] : k.as<Tuple>()->at(1);
    for (int64_t j = 0; j < seen->size; j++) {
      int e = eq(seen->at(j), key);
      if (e < 0) return -1;
      if (e) {
        Value r = repr(key);
        if (!r) return -1;
        raise_fmt(rt.ValueError, "mapping pattern checks duplicate key (%s)",
                  std::string(r.as<Str>()->view()).c_str());
        return -1;
      }
    }
    if (!list_append(seen, key)) return -1;
    Value v = dict_get(d, key);  // like subject.get(key): no __missing__
    if (!v) return rt.exc ? -1 : 0;
    int r = match(subs->at(i), v, values, caps);
    if (r <= 0) return r;
  }
  int64_t rest = field(node, 3);
  if (rest >= 0) {
    Dict* copy = dict_copy(d);
    if (!copy) return -1;
    for (int64_t j = 0; j < seen->size; j++)
      if (dict_del(copy, seen->at(j)) < 0) return -1;
    bind(caps, rest, copy);
  }
  return 1;
}

int match_class(Tuple* node, Value subject, Value* values, List* caps) {
  Value cls = values[field(node, 1)];
  if (!isinstance(cls, rt.type_type)) {
    raise(rt.TypeError, "called match pattern must be a class");
    return -1;
  }
  Type* t = cls.as<Type>();
  if (!isinstance(subject, t)) return 0;
  Tuple* pos = node->at(2).as<Tuple>();
  Tuple* names = node->at(3).as<Tuple>();
  Tuple* kpats = node->at(4).as<Tuple>();
  if (pos->size > 0) {
    if (self_matching_class(t) && !lookup(t, intern("__match_args__"))) {
      if (pos->size > 1) {
        raise_fmt(rt.TypeError, "%s() accepts 1 positional sub-pattern (%lld given)",
                  std::string(t->name->view()).c_str(), static_cast<long long>(pos->size));
        return -1;
      }
      int r = match(pos->at(0), subject, values, caps);
      if (r <= 0) return r;
    } else {
      Value margs = getattr_opt(t, intern("__match_args__"));
      if (!margs && rt.exc) return -1;
      int64_t nargs = margs ? length(margs) : 0;
      if (nargs < 0) return -1;
      if (margs && margs.obj()->type != rt.tuple_type) {
        raise_fmt(rt.TypeError, "%s.__match_args__ must be a tuple (got %s)",
                  std::string(t->name->view()).c_str(), type_name(margs));
        return -1;
      }
      if (pos->size > nargs) {
        raise_fmt(rt.TypeError, "%s() accepts %lld positional sub-pattern%s (%lld given)",
                  std::string(t->name->view()).c_str(), static_cast<long long>(nargs),
                  nargs == 1 ? "" : "s", static_cast<long long>(pos->size));
        return -1;
      }
      for (int64_t i = 0; i < pos->size; i++) {
        Value name = margs.as<Tuple>()->at(i);
        Value v = getattr_opt(subject, name.as<Str>());
        if (!v) return rt.exc ? -1 : 0;
        int r = match(pos->at(i), v, values, caps);
        if (r <= 0) return r;
      }
    }
  }
  for (int64_t i = 0; i < names->size; i++) {
    Value v = getattr_opt(subject, names->at(i).as<Str>());
    if (!v) return rt.exc ? -1 : 0;
    int r = match(kpats->at(i), v, values, caps);
    if (r <= 0) return r;
  }
  return 1;
}

int match(Value node_v, Value subject, Value* values, List* caps) {
  Tuple* node = node_v.as<Tuple>();
  switch (field(node, 0)) {
    case kValue:
      return eq(subject, values[field(node, 1)]);
    case kSingleton:
      return subject == node->at(1) ? 1 : 0;
    case kAs: {
      if (node->at(1) != Value(rt.None)) {
        int r = match(node->at(1), subject, values, caps);
        if (r <= 0) return r;
      }
      return bind(caps, field(node, 2), subject);
    }
    case kSeq:
      return match_sequence(node, subject, values, caps);
    case kMap:
      return match_mapping(node, subject, values, caps);
    case kClass:
      return match_class(node, subject, values, caps);
    case kOr: {
      Tuple* alts = node->at(1).as<Tuple>();
      for (int64_t i = 0; i < alts->size; i++) {
        int r = match(alts->at(i), subject, values, caps);
        if (r != 0) return r;
      }
      return 0;
    }
    default:
      return 0;
  }
}

}  // namespace

Value match_subject(Value descriptor, Value subject, Value* values) {
  Tuple* top = descriptor.as<Tuple>();
  int64_t ncap = top->at(0).small_val();
  List* caps = new_list(ncap);
  if (!caps) return Value();
  for (int64_t i = 0; i < ncap; i++) list_set(caps, i, rt.None);
  int r = match(top->at(1), subject, values, caps);
  if (r < 0) return Value();
  if (r == 0) return rt.None;
  Tuple* out = new_tuple(ncap + 1);
  if (!out) return Value();
  out->items()[0] = rt.True;
  for (int64_t i = 0; i < ncap; i++) out->items()[i + 1] = caps->at(i);
  return out;
}

}  // namespace weft::python
