// Built-in iterators: sequences, ranges, dicts and sets, enumerate, zip, map, filter, reversed,
// the __getitem__ protocol and iter(callable, sentinel). One struct (Iter) for all of them; its
// kind says how to advance and its type is the kind's (CPython's names: list_iterator ...).
#include <algorithm>

#include "vm/code.h"
#include "vm/runtime.h"
#include "weft/python/ast.h"

namespace weft::python {

namespace {

// The type of each kind's iterators (pinned types, kept alive by rt).
Type* g_kind_type[kIterCount];

bool is_dict_kind(int kind) {
  return kind == kIterDictKeys || kind == kIterDictValues || kind == kIterDictItems ||
         kind == kIterDictRevKeys || kind == kIterDictRevValues || kind == kIterDictRevItems;
}

}  // namespace

Value new_iter(int kind, Value a, Value b, int64_t index, int64_t end) {
  Type* t = g_kind_type[kind];
  if (kind == kIterStr && !a.as<Str>()->ascii) t = rt.str_iterator_type;
  Iter* it = alloc<Iter>(t);
  if (!it) return Value();
  it->kind = kind;
  it->a = a;
  it->b = b;
  it->index = index;
  it->end = end;
  // dict and set iterators: `end` is the size they started with (a change is an error), `step`
  // how many entries are left (__length_hint__)
  if (is_dict_kind(kind)) {
    Dict* d = a.as<Dict>();
    it->end = it->step = d->used;
    if (kind >= kIterDictRevKeys) it->index = d->fill - 1;
  }
  if (kind == kIterSetItems) it->end = it->step = a.as<Set>()->used;
  return it;
}

namespace {

Value dict_item(Iter* it, Value k, Value v) {
  it->step--;
  if (it->kind == kIterDictKeys || it->kind == kIterDictRevKeys) return k;
  if (it->kind == kIterDictValues || it->kind == kIterDictRevValues) return v;
  Value items[2] = {k, v};
  return tuple_from_array(items, 2);
}

bool dict_size_changed(Iter* it, Dict* d) {
  if (d->used == it->end) return false;
  it->end = -1;
  raise(rt.RuntimeError, "dictionary changed size during iteration");
  return true;
}

Value zip_next(Iter* it) {
  Tuple* iters = it->a.v.as<Tuple>();
  if (iters->size == 0) return Value();
  Tuple* r = new_tuple(iters->size);
  if (!r) return Value();
  for (int64_t i = 0; i < iters->size; i++) {
    Value v = iter_next(iters->at(i));
    if (!v) {
      if (rt.exc || !it->step) return v;
      it->step = 0;  // zip(strict=True): report once
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

Value map_next(Iter* it) {
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

Value filter_next(Iter* it) {
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

}  // namespace

Value iter_builtin_next(Iter* it) {
  switch (it->kind) {
    case kIterList: {
      List* l = it->a.v.as<List>();
      if (it->index < l->size) return l->at(it->index++);
      it->index = kExhausted;  // for good, even if the list grows
      return Value();
    }
    case kIterListReversed: {
      List* l = it->a.v.as<List>();
      if (it->index >= 0 && it->index < l->size) return l->at(it->index--);
      it->index = -2;  // exhausted for good, even if the list grows (-1: at its start)
      return Value();
    }
    case kIterTuple: {
      Tuple* t = it->a.v.as<Tuple>();
      if (it->index < t->size) return t->at(it->index++);
      it->index = kExhausted;  // as CPython's, which then drops the tuple (__reduce__)
      return Value();
    }
    case kIterStr: {
      Str* s = it->a.v.as<Str>();
      if (it->index >= s->size) {
        it->index = kExhausted;
        return Value();
      }
      int64_t n;
      uint32_t cp = utf8_decode_at(s->data() + it->index, &n);
      it->index += n;
      return str_from_codepoint(cp);
    }
    case kIterBytes: {
      Str* s = it->a.v.as<Str>();
      if (it->index >= s->size) {
        it->index = kExhausted;
        return Value();
      }
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
      if (dict_size_changed(it, d)) return Value();
      Value k, v;
      if (!dict_next(d, &it->index, &k, &v)) return Value();
      return dict_item(it, k, v);
    }
    case kIterDictRevKeys:
    case kIterDictRevValues:
    case kIterDictRevItems: {
      Dict* d = it->a.v.as<Dict>();
      if (dict_size_changed(it, d)) return Value();
      if (it->index >= d->fill) it->index = d->fill - 1;  // the entries were compacted
      while (it->index >= 0) {
        DictEntries::Entry& e = d->entries->entries()[it->index--];
        if (e.key.v) return dict_item(it, e.key, e.value);
      }
      return Value();
    }
    case kIterSetItems: {
      Set* st = it->a.v.as<Set>();
      if (st->used != it->end) {
        it->end = -1;
        return raise(rt.RuntimeError, "Set changed size during iteration");
      }
      Value k;
      if (!set_next(st, &it->index, &k)) return Value();
      it->step--;
      return k;
    }
    case kIterEnumerate: {
      Value v = iter_next(it->a);
      if (!v) return v;
      Value items[2] = {Value(), v};
      if (it->c) {  // counting beyond 64 bits
        items[0] = it->c;
        Value next = int_binary(kAdd, it->c, Value::small(1));
        if (!next) return next;
        it->c = next;
      } else {
        items[0] = new_int(it->index++);
      }
      return tuple_from_array(items, 2);
    }
    case kIterZip:
      return zip_next(it);
    case kIterMap:
      return map_next(it);
    case kIterFilter:
      return filter_next(it);
    case kIterReversed: {
      if (it->index < 0) {
        it->index = -2;  // ended (-1: at the start; CPython's then drops the sequence)
        return Value();
      }
      Value v = getitem(it->a, Value::small(it->index));
      if (v) {
        it->index--;
        return v;
      }
      if (pending_is(rt.IndexError) || pending_is(rt.StopIteration)) clear_exc();
      it->index = -2;
      return v;
    }
    case kIterSeq: {
      if (it->end) return Value();  // exhausted
      Value v = getitem(it->a, Value::small(it->index++));
      if (!v && (pending_is(rt.IndexError) || pending_is(rt.StopIteration))) {
        clear_exc();
        it->end = 1;
      }
      return v;
    }
    case kIterCallable: {
      if (it->end) return Value();  // the sentinel came
      Value v = call0(it->a);
      if (!v) {
        if (pending_is(rt.StopIteration)) {
          clear_exc();
          it->end = 1;
        }
        return v;
      }
      int e = eq(v, it->b);
      if (e < 0) return Value();
      if (e) {
        it->end = 1;
        return Value();
      }
      return v;
    }
    default:
      return it->kind >= kIterToolsFirst ? itertools_next(it) : Value();
  }
}

void register_iter_kind(int kind, Type* t) { g_kind_type[kind] = t; }

namespace {

Value iter_self(Value self, Value*, int64_t, Tuple*) { return self; }

// __next__ of the built-in iterators, also for instances of subclasses (class E(enumerate))
Value iter_next_m(Value self, Value*, int64_t, Tuple*) {
  Value v = iter_builtin_next(self.as<Iter>());
  if (!v && !rt.exc) return raise_value(rt.StopIteration);
  return v;
}

// How many values are left, as CPython's __length_hint__ answers (0 once exhausted; for dicts
// and sets also after a change of size).
Value iter_length_hint(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  switch (it->kind) {
    case kIterList:
      return new_int(std::max<int64_t>(it->a.v.as<List>()->size - it->index, 0));
    case kIterListReversed:
      return new_int(it->index >= 0 && it->index < it->a.v.as<List>()->size ? it->index + 1 : 0);
    case kIterTuple:
      return new_int(std::max<int64_t>(it->a.v.as<Tuple>()->size - it->index, 0));
    case kIterBytes:
      return new_int(std::max<int64_t>(it->a.v.as<Str>()->size - it->index, 0));
    case kIterStr: {
      Str* s = it->a.v.as<Str>();
      if (s->ascii) return new_int(std::max<int64_t>(s->size - it->index, 0));
      int64_t n = 0;
      for (int64_t i = it->index; i < s->size; i++)
        n += (static_cast<unsigned char>(s->data()[i]) & 0xC0) != 0x80;
      return new_int(n);
    }
    case kIterRange:
      return new_int((it->end - it->index) / it->step);
    case kIterLongRange:
      return it->c;
    case kIterDictKeys:
    case kIterDictValues:
    case kIterDictItems:
    case kIterDictRevKeys:
    case kIterDictRevValues:
    case kIterDictRevItems:
      return new_int(it->a.v.as<Dict>()->used == it->end ? it->step : 0);
    case kIterSetItems:
      return new_int(it->a.v.as<Set>()->used == it->end ? it->step : 0);
    case kIterReversed: {
      if (it->index < 0) return new_int(0);
      int64_t n = length(it->a);
      if (n < 0) return Value();
      return new_int(n < it->index + 1 ? 0 : it->index + 1);
    }
    case kIterSeq: {
      if (it->end) return new_int(0);
      if (!lookup(type_of(it->a), rt.s___len__)) return rt.NotImplemented;
      int64_t n = length(it->a);
      if (n < 0) return Value();
      return new_int(std::max<int64_t>(n - it->index, 0));
    }
    default:
      return new_int(0);
  }
}

}  // namespace

void add_iter_protocol(Type* t) {
  add_method(t, "__iter__", iter_self);
  add_method(t, "__next__", iter_next_m);
}

void iter_init_type() {
  struct {
    int kind;
    Type* type;
  } kinds[] = {{kIterList, rt.list_iterator_type},
               {kIterTuple, rt.tuple_iterator_type},
               {kIterStr, rt.str_ascii_iterator_type},
               {kIterBytes, rt.bytes_iterator_type},
               {kIterRange, rt.range_iterator_type},
               {kIterDictKeys, rt.dict_keyiterator_type},
               {kIterDictValues, rt.dict_valueiterator_type},
               {kIterDictItems, rt.dict_itemiterator_type},
               {kIterEnumerate, rt.enumerate_type},
               {kIterZip, rt.zip_type},
               {kIterMap, rt.map_type},
               {kIterFilter, rt.filter_type},
               {kIterReversed, rt.reversed_type},
               {kIterSeq, rt.iter_type},
               {kIterCallable, rt.callable_iterator_type},
               {kIterSetItems, rt.set_iterator_type},
               {kIterLongRange, rt.longrange_iterator_type},
               {kIterListReversed, rt.list_reverseiterator_type},
               {kIterDictRevKeys, rt.dict_reversekeyiterator_type},
               {kIterDictRevValues, rt.dict_reversevalueiterator_type},
               {kIterDictRevItems, rt.dict_reverseitemiterator_type}};
  for (auto& k : kinds) g_kind_type[k.kind] = k.type;
  // CPython's iterators without __length_hint__: enumerate, zip, map, filter, callable_iterator
  Type* no_hint[] = {rt.enumerate_type, rt.zip_type, rt.map_type, rt.filter_type,
                     rt.callable_iterator_type};
  for (auto& k : kinds) {
    add_method(k.type, "__iter__", iter_self);
    add_method(k.type, "__next__", iter_next_m);
    if (std::find(std::begin(no_hint), std::end(no_hint), k.type) == std::end(no_hint))
      add_method(k.type, "__length_hint__", iter_length_hint);
  }
  // a str iterator's type depends on the string, not only on the kind
  add_method(rt.str_iterator_type, "__iter__", iter_self);
  add_method(rt.str_iterator_type, "__next__", iter_next_m);
  add_method(rt.str_iterator_type, "__length_hint__", iter_length_hint);
  add_method(rt.generator_type, "__iter__", iter_self);
  iter_add_pickling();
}

}  // namespace weft::python
