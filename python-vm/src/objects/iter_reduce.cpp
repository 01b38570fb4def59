// Pickling and copying of the built-in iterators: __reduce__ and __setstate__ as CPython 3.11's
// (list/tuple/str/bytes/range iterators, reversed, iter(seq) and iter(callable, sentinel) give
// (iter-or-reversed, (sequence,), position); dict and set iterators the list of what is left;
// enumerate/zip/map/filter their constructor's arguments). An iterator that has ended reduces to
// an iterator over an empty sequence, as CPython's drops its sequence then.
#include <algorithm>

#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

Value builtin_iter() { return dict_get_str(rt.builtins, intern("iter")); }

// (fn, args) or (fn, args, state) when state is given
Value reduce_value(Value fn, Value args, Value state = Value()) {
  if (!fn || !args) return Value();
  Value parts[3] = {fn, args, state};
  return tuple_from_array(parts, state ? 3 : 2);
}

Value one_tuple(Value v) { return v ? tuple_from_array(&v, 1) : v; }

// (iter, (seq,), index)
Value iter_at(Value seq, int64_t index) {
  return reduce_value(builtin_iter(), one_tuple(seq), new_int(index));
}

// an ended iterator: (iter, (empty,)), the empty sequence being CPython's for the kind
Value iter_over_empty(Value fn, Value empty) { return reduce_value(fn, one_tuple(empty)); }

Value empty_tuple() { return new_tuple(0); }

// What a dict or set iterator still gives, read from a copy of it (the original stays put).
Value remaining_list(Iter* it) {
  Iter* copy = alloc<Iter>(it->type);
  if (!copy) return Value();
  copy->kind = it->kind;
  copy->index = it->index;
  copy->end = it->end;
  copy->step = it->step;
  copy->a = it->a;
  copy->b = it->b;
  copy->c = it->c;
  List* l = new_list(0);
  if (!l) return Value();
  for (;;) {
    Value v = iter_builtin_next(copy);
    if (!v) break;
    if (!list_append(l, v)) return Value();
  }
  if (rt.exc) return Value();
  return l;
}

// The first value of a range iterator over small ints: its end less length steps (the
// iterator keeps its next value and its end; its range object, the length).
int64_t range_iter_first(Iter* it) {
  Range* r = it->a.v.as<Range>();
  return static_cast<int64_t>(static_cast<__int128>(it->end) -
                              static_cast<__int128>(r->length) * it->step);
}

Value iter_reduce(Value self, Value*, int64_t nargs, Tuple*) {
  if (nargs) return raise(rt.TypeError, "__reduce__() takes no arguments");
  Iter* it = self.as<Iter>();
  Value iter = builtin_iter();
  switch (it->kind) {
    case kIterList:
      if (it->index == kExhausted) return iter_over_empty(iter, new_list(0));
      return iter_at(it->a, it->index);
    case kIterListReversed:
      if (it->index < -1) return iter_over_empty(iter, new_list(0));
      return reduce_value(rt.reversed_type, one_tuple(it->a), new_int(it->index));
    case kIterTuple:
      if (it->index == kExhausted) return iter_over_empty(iter, empty_tuple());
      return iter_at(it->a, it->index);
    case kIterBytes:
      if (it->index == kExhausted) return iter_over_empty(iter, empty_tuple());
      return iter_at(it->a, it->index);
    case kIterStr: {
      if (it->index == kExhausted) return iter_over_empty(iter, new_str(""));
      Str* s = it->a.v.as<Str>();
      int64_t n = 0;  // code points before the byte offset
      for (int64_t i = 0; i < it->index; i++)
        n += (static_cast<unsigned char>(s->data()[i]) & 0xC0) != 0x80;
      return iter_at(it->a, n);
    }
    case kIterRange: {
      int64_t first = range_iter_first(it);
      Value range = new_range_of(new_int(first), new_int(it->end), new_int(it->step));
      return reduce_value(iter, one_tuple(range), new_int((it->index - first) / it->step));
    }
    case kIterLongRange: {
      // a: the next value, b: the step, c: how many are left, index: how many were given
      Value given = new_int(it->index);
      Value back = given ? int_binary(kMul, given, it->b) : given;
      Value start = back ? int_binary(kSub, it->a, back) : back;
      Value len = start ? int_binary(kAdd, it->c, given) : start;
      Value span = len ? int_binary(kMul, len, it->b) : len;
      Value stop = span ? int_binary(kAdd, start, span) : span;
      if (!stop) return stop;
      return reduce_value(iter, one_tuple(new_range_of(start, stop, it->b)), given);
    }
    case kIterDictKeys:
    case kIterDictValues:
    case kIterDictItems:
    case kIterDictRevKeys:
    case kIterDictRevValues:
    case kIterDictRevItems:
    case kIterSetItems:
      return reduce_value(iter, one_tuple(remaining_list(it)));
    case kIterEnumerate: {
      Value args[2] = {it->a, it->c ? Value(it->c) : new_int(it->index)};
      return reduce_value(visible_type(self), tuple_from_array(args, 2));
    }
    case kIterZip:
      return reduce_value(visible_type(self), it->a, it->step ? Value(rt.True) : Value());
    case kIterMap: {
      Tuple* iters = it->b.v.as<Tuple>();
      Tuple* args = new_tuple(iters->size + 1);
      if (!args) return Value();
      args->items()[0] = it->a;
      for (int64_t i = 0; i < iters->size; i++) args->items()[i + 1] = iters->at(i);
      return reduce_value(visible_type(self), args);
    }
    case kIterFilter: {
      Value args[2] = {it->a, it->b};
      return reduce_value(visible_type(self), tuple_from_array(args, 2));
    }
    case kIterReversed:
      if (it->index < -1) return iter_over_empty(visible_type(self), empty_tuple());
      return reduce_value(visible_type(self), one_tuple(it->a), new_int(it->index));
    case kIterSeq:
      if (it->end) return iter_over_empty(iter, empty_tuple());
      return iter_at(it->a, it->index);
    case kIterCallable: {
      if (it->end) return iter_over_empty(iter, empty_tuple());
      Value args[2] = {it->a, it->b};
      return reduce_value(iter, tuple_from_array(args, 2));
    }
    default:
      return raise_fmt(rt.TypeError, "cannot pickle '%s' object", type_name(self));
  }
}

// `index` clamped to [lo, hi]
int64_t clamp(int64_t index, int64_t lo, int64_t hi) { return std::max(lo, std::min(index, hi)); }

Value iter_setstate(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "__setstate__() takes exactly one argument");
  Iter* it = self.as<Iter>();
  if (it->kind == kIterZip) {
    int t = truthy(args[0]);
    if (t < 0) return Value();
    it->step = t;
    return rt.None;
  }
  int64_t index;
  if (!is_index(args[0])) return raise(rt.TypeError, "an integer is required");
  if (!int_index(args[0], &index)) return Value();
  switch (it->kind) {
    case kIterList:
      if (it->index != kExhausted) it->index = clamp(index, 0, it->a.v.as<List>()->size);
      break;
    case kIterListReversed:
      if (it->index >= -1) it->index = clamp(index, -1, it->a.v.as<List>()->size - 1);
      break;
    case kIterTuple:
      if (it->index != kExhausted) it->index = clamp(index, 0, it->a.v.as<Tuple>()->size);
      break;
    case kIterBytes:
      if (it->index != kExhausted) it->index = clamp(index, 0, it->a.v.as<Str>()->size);
      break;
    case kIterStr:
      if (it->index != kExhausted) {
        Str* s = it->a.v.as<Str>();
        it->index = index <= 0 ? 0 : utf8_index_to_offset(s, index);
        if (it->index > s->size) it->index = s->size;
      }
      break;
    case kIterRange: {
      int64_t first = range_iter_first(it);
      it->index = first + clamp(index, 0, it->a.v.as<Range>()->length) * it->step;
      break;
    }
    case kIterLongRange: {
      // back to the first value, then `index` steps on (at most all of them)
      Value given = new_int(it->index);
      Value back = given ? int_binary(kMul, given, it->b) : given;
      Value start = back ? int_binary(kSub, it->a, back) : back;
      Value len = start ? int_binary(kAdd, it->c, given) : start;
      if (!len) return len;
      Value want = new_int(std::max<int64_t>(index, 0));
      if (int_compare(want, len) > 0) want = len;
      Value ahead = int_binary(kMul, want, it->b);
      Value next = ahead ? int_binary(kAdd, start, ahead) : ahead;
      Value left = next ? int_binary(kSub, len, want) : next;
      if (!left) return left;
      int64_t n = 0;
      int_to_int64(want, &n);
      it->a = next;
      it->c = left;
      it->index = n;
      break;
    }
    case kIterReversed:
      if (it->index >= -1) {
        int64_t n = length(it->a);
        if (n < 0) return Value();
        it->index = clamp(index, -1, n - 1);
      }
      break;
    case kIterSeq:
      if (!it->end) it->index = std::max<int64_t>(index, 0);
      break;
    default:
      break;
  }
  return rt.None;
}

}  // namespace

void iter_add_pickling() {
  Type* with_state[] = {rt.list_iterator_type,
                        rt.list_reverseiterator_type,
                        rt.tuple_iterator_type,
                        rt.bytes_iterator_type,
                        rt.str_ascii_iterator_type,
                        rt.str_iterator_type,
                        rt.range_iterator_type,
                        rt.longrange_iterator_type,
                        rt.reversed_type,
                        rt.iter_type,
                        rt.zip_type};
  Type* without_state[] = {rt.dict_keyiterator_type,
                           rt.dict_valueiterator_type,
                           rt.dict_itemiterator_type,
                           rt.dict_reversekeyiterator_type,
                           rt.dict_reversevalueiterator_type,
                           rt.dict_reverseitemiterator_type,
                           rt.set_iterator_type,
                           rt.enumerate_type,
                           rt.map_type,
                           rt.filter_type,
                           rt.callable_iterator_type};
  for (Type* t : with_state) {
    add_method(t, "__reduce__", iter_reduce);
    add_method(t, "__setstate__", iter_setstate);
  }
  for (Type* t : without_state) add_method(t, "__reduce__", iter_reduce);
}

}  // namespace weft::python
