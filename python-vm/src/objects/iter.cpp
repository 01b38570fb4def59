// Built-in iterators: sequences, ranges, dict views, enumerate, zip, map, filter, reversed,
// the __getitem__ protocol and iter(callable, sentinel).
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

Value new_iter(int kind, Value a, Value b, int64_t index, int64_t end) {
  Iter* it = alloc<Iter>(rt.iter_type);
  if (!it) return Value();
  it->kind = kind;
  it->a = a;
  it->b = b;
  it->index = index;
  it->end = end;
  if (kind == kIterDictKeys || kind == kIterDictValues || kind == kIterDictItems)
    it->end = a.as<Dict>()->used;
  if (kind == kIterSetItems) it->end = a.as<Set>()->used;
  return it;
}

Value iter_builtin_next(Iter* it) {
  switch (it->kind) {
    case kIterList: {
      List* l = it->a.v.as<List>();
      if (it->index < l->size) return l->at(it->index++);
      return Value();
    }
    case kIterTuple: {
      Tuple* t = it->a.v.as<Tuple>();
      if (it->index < t->size) return t->at(it->index++);
      return Value();
    }
    case kIterStr: {
      Str* s = it->a.v.as<Str>();
      if (it->index >= s->size) return Value();
      int64_t n;
      uint32_t cp = utf8_decode_at(s->data() + it->index, &n);
      it->index += n;
      return str_from_codepoint(cp);
    }
    case kIterBytes: {
      Str* s = it->a.v.as<Str>();
      if (it->index >= s->size) return Value();
      return Value::small(static_cast<unsigned char>(s->data()[it->index++]));
    }
    case kIterRange: {
      if (it->index == it->end) return Value();
      int64_t x = it->index;
      it->index += it->step;
      return Value::small(x);
    }
    case kIterLongRange:
      return long_range_next(it);
    case kIterDictKeys:
    case kIterDictValues:
    case kIterDictItems: {
      Dict* d = it->a.v.as<Dict>();
      if (d->used != it->end) {
        it->end = -1;
        return raise(rt.RuntimeError, "dictionary changed size during iteration");
      }
      Value k, v;
      if (!dict_next(d, &it->index, &k, &v)) return Value();
      if (it->kind == kIterDictKeys) return k;
      if (it->kind == kIterDictValues) return v;
      Value items[2] = {k, v};
      return tuple_from_array(items, 2);
    }
    case kIterSetItems: {
      Set* st = it->a.v.as<Set>();
      if (st->used != it->end) {
        it->end = -1;
        return raise(rt.RuntimeError, "Set changed size during iteration");
      }
      Value k;
      if (!set_next(st, &it->index, &k)) return Value();
      return k;
    }
    case kIterEnumerate: {
      Value v = iter_next(it->a);
      if (!v) return v;
      Value items[2] = {new_int(it->index++), v};
      return tuple_from_array(items, 2);
    }
    case kIterZip: {
      Tuple* iters = it->a.v.as<Tuple>();
      if (iters->size == 0) return Value();
      Tuple* r = new_tuple(iters->size);
      if (!r) return Value();
      for (int64_t i = 0; i < iters->size; i++) {
        Value v = iter_next(iters->at(i));
        if (!v) {
          if (rt.exc || !it->step) return v;
          it->step = 0;  // report once
          if (i > 0)
            return i == 1 ? raise(rt.ValueError, "zip() argument 2 is shorter than argument 1")
                          : raise_fmt(rt.ValueError,
                                      "zip() argument %lld is shorter than arguments 1-%lld",
                                      static_cast<long long>(i + 1), static_cast<long long>(i));
          for (int64_t j = 1; j < iters->size; j++) {
            Value w = iter_next(iters->at(j));
            if (w)
              return j == 1 ? raise(rt.ValueError, "zip() argument 2 is longer than argument 1")
                            : raise_fmt(rt.ValueError,
                                        "zip() argument %lld is longer than arguments 1-%lld",
                                        static_cast<long long>(j + 1), static_cast<long long>(j));
            if (rt.exc) return w;
          }
          return v;
        }
        r->items()[i] = v;
      }
      return r;
    }
    case kIterMap: {
      Tuple* iters = it->b.v.as<Tuple>();
      Value buf[8];
      std::vector<Value> big(iters->size > 8 ? static_cast<size_t>(iters->size) : 0);
      ValueRoots big_roots(big.data(), big.size());
      Value* args = big.empty() ? buf : big.data();
      for (int64_t i = 0; i < iters->size; i++) {
        Value v = iter_next(iters->at(i));
        if (!v) return v;
        args[i] = v;
      }
      return call(it->a, args, iters->size, nullptr);
    }
    case kIterFilter: {
      for (;;) {
        Value v = iter_next(it->b);
        if (!v) return v;
        int t;
        if (it->a.v == Value(rt.None)) {
          t = truthy(v);
        } else {
          Value r = call1(it->a, v);
          if (!r) return r;
          t = truthy(r);
        }
        if (t < 0) return Value();
        if (t) return v;
      }
    }
    case kIterReversed: {
      if (it->index < 0) return Value();
      Value seq = it->a;
      if (seq.is_ptr() && seq.obj()->type == rt.list_type) {
        List* l = seq.as<List>();
        if (it->index >= l->size) {
          it->index = -1;
          return Value();
        }
        return l->at(it->index--);
      }
      Value v = getitem(seq, Value::small(it->index--));
      return v;
    }
    case kIterSeq: {
      Value v = getitem(it->a, Value::small(it->index++));
      if (!v && (pending_is(rt.IndexError) || pending_is(rt.StopIteration))) clear_exc();
      return v;
    }
    case kIterCallable: {
      Value v = call0(it->a);
      if (!v) return v;
      int e = eq(v, it->b);
      if (e < 0) return Value();
      if (e) return Value();
      return v;
    }
    default:
      return Value();
  }
}

namespace {

Value iter_self(Value self, Value*, int64_t, Tuple*) { return self; }
Value iter_next_m(Value self, Value*, int64_t, Tuple*) {
  Value v = iter_next(self);
  if (!v && !rt.exc) return raise_value(rt.StopIteration);
  return v;
}

Value iter_length_hint(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->kind == kIterList) return new_int(it->a.v.as<List>()->size - it->index);
  if (it->kind == kIterRange) return new_int((it->end - it->index) / it->step);
  if (it->kind == kIterLongRange) return it->c;
  return new_int(0);
}

}  // namespace

void iter_init_type() {
  add_method(rt.iter_type, "__iter__", iter_self);
  add_method(rt.iter_type, "__next__", iter_next_m);
  add_method(rt.iter_type, "__length_hint__", iter_length_hint);
  add_method(rt.generator_type, "__iter__", iter_self);
}

}  // namespace weft::python
