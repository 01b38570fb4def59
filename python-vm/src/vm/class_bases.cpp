// PEP 560 for class statements: a base that is not a class but has __mro_entries__ (a
// types.GenericAlias such as list[int], typing's Generic[T], NamedTuple) is replaced by the
// classes that method returns, as CPython's __build_class__ does in update_bases().
#include "runtime.h"

namespace weft::python {

// The bases a class statement's listed `bases` stand for; `bases` itself when none has
// __mro_entries__. Null: an exception is pending.
Value resolve_mro_entries(Tuple* bases) {
  List* out = nullptr;
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->at(i);
    Value meth;
    if (!(b.is_ptr() && isinstance(b, rt.type_type))) {
      meth = getattr(b, intern("__mro_entries__"));
      if (!meth) {
        if (!pending_is(rt.AttributeError)) return Value();
        clear_exc();
      }
    }
    if (!meth) {
      if (out && !list_append(out, b)) return Value();
      continue;
    }
    if (!out) {
      out = new_list(0);
      if (!out) return Value();
      for (int64_t j = 0; j < i; j++)
        if (!list_append(out, bases->at(j))) return Value();
    }
    Value r = call1(meth, bases);
    if (!r) return r;
    if (!r.is_ptr() || r.obj()->type != rt.tuple_type)
      return raise(rt.TypeError, "__mro_entries__ must return a tuple");
    Tuple* t = r.as<Tuple>();
    for (int64_t j = 0; j < t->size; j++)
      if (!list_append(out, t->at(j))) return Value();
  }
  if (!out) return bases;
  Value* items;
  int64_t n;
  Value keep = as_sequence(out, &items, &n);
  if (!keep) return keep;
  return tuple_from_array(items, n);
}

}  // namespace weft::python
