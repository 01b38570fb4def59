// Array functions: counting, stack/queue operations, keys/values, functional helpers
// (map/filter/reduce/walk), slicing and merging, searching, set operations, range,
// compact/extract. Sorting, shuffling and the internal pointer: builtins_array_order.cpp.
#include <algorithm>
#include <functional>
#include <numeric>
#include <random>
#include <vector>

#include "builtins.h"
#include "builtins_array_util.h"
#include "interp_support.h"

namespace weft::php {

WEFT_PHP_NATIVE(f_count) {
  if (!check_arity(vm, "count", argc, 1, 2)) return false;
  const Value& v = arg_at(args, argc, 0);
  if (v.tag == Tag::Arr) {
    int64_t n = v.a->count;
    if (to_int(arg_at(args, argc, 1)) == 1) {
      std::function<int64_t(Array*)> rec = [&](Array* a) -> int64_t {
        int64_t c = a->count;
        FOR_EACH(a, i) {
          const Value& e = deref(a->buckets()[i].v);
          if (e.tag == Tag::Arr) c += rec(e.a);
        }
        return c;
      };
      n = rec(v.a);
    }
    *ret = Value::integer(n);
    return true;
  }
  if (v.tag == Tag::Obj) {
    if (Function* m = v.o->cls->find_method("count"))
      return vm.call_method(v.o, m, nullptr, 0, ret);
  }
  return vm.throw_error("TypeError",
                        "count(): Argument #1 ($value) must be of type Countable|array, " +
                            zend_type_name(v) + " given");
}

WEFT_PHP_NATIVE(f_array_push) {
  REF_ARR(a, "array_push", 0)
  for (uint32_t i = 1; i < argc; ++i) {
    Value v = deref(args[i]);
    mark_copy(v);
    if (!a->append(v))
      return vm.throw_error(
          "Error", "Cannot add element to the array as the next element is already occupied");
  }
  *ret = Value::integer(a->count);
  return true;
}

WEFT_PHP_NATIVE(f_array_pop) {
  REF_ARR(a, "array_pop", 0)
  if (a->count == 0) return true;
  uint32_t last = 0;
  FOR_EACH(a, i) last = i;
  Bucket b = a->buckets()[last];
  *ret = deref(b.v);
  a->remove(b.array_key());
  if (!b.skey() && b.ikey() + 1 == a->next_free)
    a->next_free = b.ikey() == 0 ? INT64_MIN : b.ikey();
  a->pos = 0;
  return true;
}

static void reindex(Array* a) {
  Array* n = Array::make(a->count);
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (b.skey())
      n->set(Key::string(b.skey()), b.v);
    else
      n->append(b.v);
  }
  a->data = n->data.get();
  a->count = n->count;
  a->next_free = n->next_free;
  a->pos = 0;
}

WEFT_PHP_NATIVE(f_array_shift) {
  REF_ARR(a, "array_shift", 0)
  if (a->count == 0) return true;
  uint32_t first = a->first();
  Bucket b = a->buckets()[first];
  *ret = deref(b.v);
  auto loops = ref_iters_before(vm, a);
  for (auto& l : loops)
    if (l.second) --l.second;  // the first element goes
  a->remove(b.array_key());
  reindex(a);
  ref_iters_after(vm, a, loops);
  return true;
}

WEFT_PHP_NATIVE(f_array_unshift) {
  REF_ARR(a, "array_unshift", 0)
  auto loops = ref_iters_before(vm, a);
  for (auto& l : loops) l.second += argc - 1;  // the new elements go before every position
  Array* n = Array::make(a->count + argc);
  for (uint32_t i = 1; i < argc; ++i) push_copy(n, args[i]);
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (b.skey())
      n->set(Key::string(b.skey()), b.v);
    else
      n->append(b.v);
  }
  a->data = n->data.get();
  a->count = n->count;
  a->next_free = n->next_free;
  ref_iters_after(vm, a, loops);
  *ret = Value::integer(a->count);
  return true;
}

WEFT_PHP_NATIVE(f_array_keys) {
  ARR_ARG(a, "array_keys", 0)
  Array* out = Array::make(a->count);
  bool filter = argc > 1;
  bool strict = to_bool(arg_at(args, argc, 2));
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (filter && !(strict ? strict_equal(b.v, args[1]) : loose_equal(b.v, args[1]))) continue;
    out->append(b.key());
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_values) {
  ARR_ARG(a, "array_values", 0)
  Array* out = Array::make(a->count);
  FOR_EACH(a, i) push_copy(out, a->buckets()[i].v);
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_map) {
  if (!check_arity(vm, "array_map", argc, 2, 1u << 30)) return false;
  const Value& cb = arg_at(args, argc, 0);
  if (argc == 2) {
    ARR_ARG(a, "array_map", 1)
    Array* out = Array::make(a->count);
    bool list = a->packed();
    FOR_EACH(a, i) {
      Bucket& b = a->buckets()[i];
      Value r;
      if (cb.is_null()) {
        r = deref(b.v);
        mark_copy(r);
      } else {
        Value arg = deref(b.v);
        if (!vm.call_value(cb, &arg, 1, &r)) return false;
        r = deref(r);
      }
      if (list)
        out->append(r);
      else
        out->set(a->buckets()[i].array_key(), r);
    }
    out->next_free = a->next_free;
    *ret = Value::arr(out);
    return true;
  }
  std::vector<Array*> arrs;
  uint32_t maxn = 0;
  for (uint32_t k = 1; k < argc; ++k) {
    ARR_ARG(x, "array_map", k)
    arrs.push_back(x);
    maxn = std::max(maxn, x->count);
  }
  std::vector<uint32_t> pos(arrs.size());
  for (size_t k = 0; k < arrs.size(); ++k) pos[k] = arrs[k]->first();
  Array* out = Array::make(maxn);
  for (uint32_t n = 0; n < maxn; ++n) {
    Array* tuple = Array::make(uint32_t(arrs.size()));
    for (size_t k = 0; k < arrs.size(); ++k) {
      if (pos[k] < arrs[k]->used()) {
        push_copy(tuple, arrs[k]->buckets()[pos[k]].v);
        pos[k] = arrs[k]->next(pos[k]);
      } else {
        tuple->append(Value::null());
      }
    }
    if (cb.is_null()) {
      out->append(Value::arr(tuple));
    } else {
      Value r;
      Value argv[16];
      uint32_t na = 0;
      FOR_EACH(tuple, i) if (na < 16) argv[na++] = tuple->buckets()[i].v;
      if (!vm.call_value(cb, argv, na, &r)) return false;
      out->append(deref(r));
    }
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_filter) {
  ARR_ARG(a, "array_filter", 0)
  const Value& cb = arg_at(args, argc, 1);
  int64_t mode = to_int(arg_at(args, argc, 2));
  Array* out = Array::make();
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    bool keep;
    if (cb.is_null()) {
      keep = to_bool(b.v);
    } else {
      Value r;
      Value cargs[2];
      uint32_t n = 1;
      if (mode == 2) {
        cargs[0] = b.key();
      } else if (mode == 1) {
        cargs[0] = deref(b.v);
        cargs[1] = b.key();
        n = 2;
      } else {
        cargs[0] = deref(b.v);
      }
      if (!vm.call_value(cb, cargs, n, &r)) return false;
      keep = to_bool(r);
    }
    if (keep) {
      Bucket& b2 = a->buckets()[i];
      Value v = deref(b2.v);
      mark_copy(v);
      out->set(b2.array_key(), v);
    }
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_reduce) {
  ARR_ARG(a, "array_reduce", 0)
  Value acc = arg_at(args, argc, 2);
  FOR_EACH(a, i) {
    Value cargs[2] = {acc, deref(a->buckets()[i].v)};
    Value r;
    if (!vm.call_value(args[1], cargs, 2, &r)) return false;
    acc = deref(r);
  }
  *ret = acc;
  return true;
}

WEFT_PHP_NATIVE(f_array_walk) {
  REF_ARR(a, "array_walk", 0)
  FOR_EACH(a, i) {
    Value& slot = a->buckets()[i].v;
    if (slot.tag != Tag::Ref) {
      Ref* r = gc_new<Ref>();
      r->v = slot;
      slot = Value::ref(r);
    }
    Value cargs[3] = {slot, a->buckets()[i].key(), arg_at(args, argc, 2)};
    Value r;
    if (!vm.call_value(args[1], cargs, argc > 2 ? 3 : 2, &r)) return false;
  }
  // unwrap the temporary references again
  FOR_EACH(a, i) {
    Value& slot = a->buckets()[i].v;
    if (slot.tag == Tag::Ref) slot = Value(slot.r->v);
  }
  *ret = Value::boolean(true);
  return true;
}

static bool add_numbers(const Value& acc, const Value& v0, Value* out, bool mul) {
  Value v = deref(v0);
  if (v.tag == Tag::Arr || v.tag == Tag::Obj) {
    *out = acc;
    return true;
  }
  if (v.tag == Tag::Str) {
    NumParse n = parse_numeric(v.s->view(), true);
    v = n.kind == NumKind::Int     ? Value::integer(n.i)
        : n.kind == NumKind::Float ? Value::number(n.d)
                                   : Value::integer(0);
  } else if (v.tag != Tag::Int && v.tag != Tag::Float) {
    v = Value::integer(to_int(v));
  }
  return mul ? op_mul(acc, v, out) : op_add(acc, v, out);
}

WEFT_PHP_NATIVE(f_array_sum) {
  ARR_ARG(a, "array_sum", 0)
  Value acc = Value::integer(0);
  FOR_EACH(a, i) if (!add_numbers(acc, a->buckets()[i].v, &acc, false)) return false;
  *ret = acc;
  return true;
}
WEFT_PHP_NATIVE(f_array_product) {
  ARR_ARG(a, "array_product", 0)
  Value acc = Value::integer(1);
  FOR_EACH(a, i) if (!add_numbers(acc, a->buckets()[i].v, &acc, true)) return false;
  *ret = acc;
  return true;
}

WEFT_PHP_NATIVE(f_array_slice) {
  ARR_ARG(a, "array_slice", 0)
  int64_t n = a->count;
  int64_t off = to_int(arg_at(args, argc, 1));
  int64_t len = argc > 2 && !arg_at(args, argc, 2).is_null() ? to_int(args[2]) : n;
  bool preserve = to_bool(arg_at(args, argc, 3));
  if (off < 0) off = std::max<int64_t>(0, n + off);
  if (off > n) off = n;
  if (len < 0) len = std::max<int64_t>(0, n - off + len);
  if (off + len > n) len = n - off;
  Array* out = Array::make(uint32_t(len));
  int64_t idx = 0;
  FOR_EACH(a, i) {
    if (idx >= off + len) break;
    if (idx++ < off) continue;
    Bucket& b = a->buckets()[i];
    Value v = deref(b.v);
    mark_copy(v);
    if (b.skey())
      out->set(Key::string(b.skey()), v);
    else if (preserve)
      out->set(Key::integer(b.ikey()), v);
    else
      out->append(v);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_splice) {
  REF_ARR(a, "array_splice", 0)
  int64_t n = a->count;
  int64_t off = to_int(arg_at(args, argc, 1));
  int64_t len = argc > 2 && !arg_at(args, argc, 2).is_null() ? to_int(args[2]) : n;
  if (off < 0) off = std::max<int64_t>(0, n + off);
  if (off > n) off = n;
  if (len < 0) len = std::max<int64_t>(0, n - off + len);
  if (off + len > n) len = n - off;
  Array* removed = Array::make();
  Array* out = Array::make(a->count);
  int64_t idx = 0;
  auto insert_repl = [&]() {
    if (argc > 3) {
      const Value& r = arg_at(args, argc, 3);
      if (r.tag == Tag::Arr) {
        FOR_EACH(r.a, j) push_copy(out, r.a->buckets()[j].v);
      } else {
        push_copy(out, r);
      }
    }
  };
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (idx == off) insert_repl();
    if (idx >= off && idx < off + len) {
      if (b.skey())
        removed->set(Key::string(b.skey()), b.v);
      else
        removed->append(b.v);
    } else if (b.skey()) {
      out->set(Key::string(b.skey()), b.v);
    } else {
      out->append(b.v);
    }
    ++idx;
  }
  if (idx <= off) insert_repl();
  a->data = out->data.get();
  a->count = out->count;
  a->next_free = out->next_free;
  a->pos = 0;
  *ret = Value::arr(removed);
  return true;
}

WEFT_PHP_NATIVE(f_array_merge) {
  Array* out = Array::make();
  for (uint32_t k = 0; k < argc; ++k) {
    ARR_ARG(a, "array_merge", k)
    FOR_EACH(a, i) {
      Bucket& b = a->buckets()[i];
      Value v = deref(b.v);
      mark_copy(v);
      if (b.skey())
        out->set(Key::string(b.skey()), v);
      else
        out->append(v);
    }
  }
  *ret = Value::arr(out);
  return true;
}

static void merge_recursive(Array* out, Array* a) {
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    Value v = deref(b.v);
    mark_copy(v);
    if (!b.skey()) {
      out->append(v);
      continue;
    }
    Value* cur = out->find(Key::string(b.skey()));
    if (!cur) {
      out->set(Key::string(b.skey()), v);
      continue;
    }
    Array* m;
    if (cur->tag == Tag::Arr) {
      m = cur->a->copy();
    } else {
      m = Array::make();
      m->append(*cur);
    }
    if (v.tag == Tag::Arr)
      merge_recursive(m, v.a);
    else
      m->append(v);
    *out->find(Key::string(b.skey())) = Value::arr(m);
  }
}
WEFT_PHP_NATIVE(f_array_merge_recursive) {
  Array* out = Array::make();
  for (uint32_t k = 0; k < argc; ++k) {
    ARR_ARG(a, "array_merge_recursive", k)
    merge_recursive(out, a);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_combine) {
  ARR_ARG(k, "array_combine", 0)
  ARR_ARG(v, "array_combine", 1)
  if (k->count != v->count)
    return vm.throw_error("ValueError",
                          "array_combine(): Argument #1 ($keys) and argument #2 ($values) must "
                          "have the same number of elements");
  Array* out = Array::make(k->count);
  uint32_t j = v->first();
  FOR_EACH(k, i) {
    Key key;
    if (!to_key(k->buckets()[i].v, &key)) return false;
    Value x = deref(v->buckets()[j].v);
    mark_copy(x);
    out->set(key, x);
    j = v->next(j);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_flip) {
  ARR_ARG(a, "array_flip", 0)
  Array* out = Array::make(a->count);
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    const Value& v = deref(b.v);
    if (v.tag != Tag::Int && v.tag != Tag::Str) {
      vm.warning("array_flip(): Can only flip string and integer values, entry skipped");
      continue;
    }
    Key k;
    to_key(v, &k);
    out->set(k, b.key());
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_reverse) {
  ARR_ARG(a, "array_reverse", 0)
  bool preserve = to_bool(arg_at(args, argc, 1));
  Array* out = Array::make(a->count);
  for (uint32_t i = a->used(); i-- > 0;) {
    Bucket& b = a->buckets()[i];
    if (b.v.tag == Tag::Undef) continue;
    Value v = deref(b.v);
    mark_copy(v);
    if (b.skey() || preserve)
      out->set(b.array_key(), v);
    else
      out->append(v);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_search) {
  ARR_ARG(a, "array_search", 1)
  bool strict = to_bool(arg_at(args, argc, 2));
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (strict ? strict_equal(b.v, args[0]) : loose_equal(b.v, args[0])) {
      *ret = b.key();
      return true;
    }
  }
  *ret = Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_in_array) {
  if (!check_arity(vm, "in_array", argc, 2, 3)) return false;
  ARR_ARG(a, "in_array", 1)
  bool strict = to_bool(arg_at(args, argc, 2));
  const Value& needle = deref(args[0]);
  FOR_EACH(a, i) {
    const Value& v = a->buckets()[i].v;
    if (strict ? strict_equal(v, needle) : loose_equal(v, needle)) {
      *ret = Value::boolean(true);
      return true;
    }
  }
  *ret = Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_array_key_exists) {
  const Value& c = arg_at(args, argc, 1);
  if (c.tag == Tag::Obj) {
    *ret = Value::boolean(vm.prop_slot(c.o, to_str(args[0]), false) != nullptr);
    return true;
  }
  ARR_ARG(a, "array_key_exists", 1)
  Key k;
  if (!to_key(arg_at(args, argc, 0), &k)) return false;
  *ret = Value::boolean(a->find(k) != nullptr);
  return true;
}

WEFT_PHP_NATIVE(f_array_key_first) {
  ARR_ARG(a, "array_key_first", 0)
  uint32_t i = a->first();
  *ret = i < a->used() ? a->buckets()[i].key() : Value::null();
  return true;
}
WEFT_PHP_NATIVE(f_array_key_last) {
  ARR_ARG(a, "array_key_last", 0)
  *ret = Value::null();
  for (uint32_t i = a->used(); i-- > 0;)
    if (a->buckets()[i].v.tag != Tag::Undef) {
      *ret = a->buckets()[i].key();
      break;
    }
  return true;
}

WEFT_PHP_NATIVE(f_array_unique) {
  ARR_ARG(a, "array_unique", 0)
  Array* out = Array::make();
  Array* seen = Array::make();  // string forms already kept (a GC array: keeps them alive)
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    String* s = to_str(b.v);
    bool ins;
    seen->lookup_or_insert(Key::string(s), &ins);
    if (!ins) continue;
    Value v = deref(b.v);
    mark_copy(v);
    out->set(b.array_key(), v);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_count_values) {
  ARR_ARG(a, "array_count_values", 0)
  Array* out = Array::make();
  FOR_EACH(a, i) {
    const Value& v = deref(a->buckets()[i].v);
    if (v.tag != Tag::Int && v.tag != Tag::Str) {
      vm.warning("array_count_values(): Can only count string and integer values, entry skipped");
      continue;
    }
    Key k;
    to_key(v, &k);
    bool ins;
    Value* s = out->lookup_or_insert(k, &ins);
    *s = Value::integer(ins ? 1 : s->i + 1);
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_array_fill) {
  int64_t start = to_int(arg_at(args, argc, 0)), n = to_int(arg_at(args, argc, 1));
  if (n < 0)
    return vm.throw_error("ValueError",
                          "array_fill(): Argument #2 ($count) must be greater than or equal to 0");
  if (n > (int64_t(1) << 30))  // php's largest hash table
    return vm.throw_error("ValueError", "array_fill(): Argument #2 ($count) is too large");
  if (n > 1 && start > INT64_MAX - (n - 1))  // the keys after start would pass PHP_INT_MAX
    return vm.throw_error(
        "Error", "Cannot add element to the array as the next element is already occupied");
  Array* out = Array::make(uint32_t(n));
  Value v = arg_at(args, argc, 2);
  mark_copy(v);
  if (start == 0) {  // a list: appends take the packed path
    for (int64_t i = 0; i < n; ++i) out->append(v);
  } else {
    for (int64_t i = 0; i < n; ++i) out->set(Key::integer(start + i), v);
  }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_array_fill_keys) {
  ARR_ARG(k, "array_fill_keys", 0)
  Array* out = Array::make(k->count);
  Value v = arg_at(args, argc, 1);
  mark_copy(v);
  FOR_EACH(k, i) {
    Key key;
    if (!to_key(k->buckets()[i].v, &key)) return false;
    out->set(key, v);
  }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_array_pad) {
  ARR_ARG(a, "array_pad", 0)
  int64_t size = to_int(arg_at(args, argc, 1));
  int64_t pad = std::abs(size) - int64_t(a->count);
  Array* out = Array::make();
  Value v = arg_at(args, argc, 2);
  if (size < 0)
    for (int64_t i = 0; i < pad; ++i) out->append(v);
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (b.skey())
      out->set(Key::string(b.skey()), b.v);
    else
      push_copy(out, b.v);
  }
  if (size > 0)
    for (int64_t i = 0; i < pad; ++i) out->append(v);
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_array_chunk) {
  ARR_ARG(a, "array_chunk", 0)
  int64_t size = to_int(arg_at(args, argc, 1));
  if (size < 1)
    return vm.throw_error("ValueError",
                          "array_chunk(): Argument #2 ($length) must be greater than 0");
  bool preserve = to_bool(arg_at(args, argc, 2));
  Array* out = Array::make();
  Array* cur = nullptr;
  FOR_EACH(a, i) {
    if (!cur || cur->count == size) {
      cur = Array::make(uint32_t(size));
      out->append(Value::arr(cur));
    }
    Bucket& b = a->buckets()[i];
    Value v = deref(b.v);
    mark_copy(v);
    if (preserve)
      cur->set(b.array_key(), v);
    else
      cur->append(v);
  }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_array_column) {
  ARR_ARG(a, "array_column", 0)
  const Value& col = arg_at(args, argc, 1);
  const Value& idx = arg_at(args, argc, 2);
  Array* out = Array::make();
  FOR_EACH(a, i) {
    const Value& row = deref(a->buckets()[i].v);
    Value v, k;
    bool has = false, hask = false;
    auto get = [&](const Value& key, Value* dst) -> bool {
      if (row.tag == Tag::Arr) {
        Key kk;
        if (!to_key(key, &kk)) return false;
        Value* p = row.a->find(kk);
        if (!p) return false;
        *dst = deref(*p);
        return true;
      }
      if (row.tag == Tag::Obj) {
        Value* p = vm.prop_slot(row.o, to_str(key), false);
        if (!p) return false;
        *dst = deref(*p);
        return true;
      }
      return false;
    };
    if (col.is_null()) {
      v = row;
      has = true;
    } else {
      has = get(col, &v);
    }
    if (!has) continue;
    if (!idx.is_null()) hask = get(idx, &k);
    mark_copy(v);
    if (hask) {
      Key kk;
      if (!to_key(k, &kk)) return false;
      out->set(kk, v);
    } else {
      out->append(v);
    }
  }
  *ret = Value::arr(out);
  return true;
}

static bool set_op(VM& vm, Value* args, uint32_t argc, Value* ret, const char* fn, bool by_key,
                   bool by_value, bool intersect) {
  ARR_ARG(a, fn, 0)
  Array* out = Array::make();
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    String* sv = by_value ? to_str(b.v) : nullptr;
    bool in_all = true, in_any = false;
    for (uint32_t k = 1; k < argc; ++k) {
      ARR_ARG(o, fn, k)
      bool found = false;
      if (by_key) {
        Value* p = o->find(b.array_key());
        found = p && (!by_value || str_equal(to_str(*p), sv));
      } else {
        FOR_EACH(o, j) if (str_equal(to_str(o->buckets()[j].v), sv)) {
          found = true;
          break;
        }
      }
      in_all &= found;
      in_any |= found;
    }
    if (intersect ? in_all : !in_any) {
      Value v = deref(b.v);
      mark_copy(v);
      out->set(b.array_key(), v);
    }
  }
  *ret = Value::arr(out);
  return true;
}
WEFT_PHP_NATIVE(f_array_diff) {
  return set_op(vm, args, argc, ret, "array_diff", false, true, false);
}
WEFT_PHP_NATIVE(f_array_diff_key) {
  return set_op(vm, args, argc, ret, "array_diff_key", true, false, false);
}
WEFT_PHP_NATIVE(f_array_diff_assoc) {
  return set_op(vm, args, argc, ret, "array_diff_assoc", true, true, false);
}
WEFT_PHP_NATIVE(f_array_intersect) {
  return set_op(vm, args, argc, ret, "array_intersect", false, true, true);
}
WEFT_PHP_NATIVE(f_array_intersect_key) {
  return set_op(vm, args, argc, ret, "array_intersect_key", true, false, true);
}
WEFT_PHP_NATIVE(f_array_intersect_assoc) {
  return set_op(vm, args, argc, ret, "array_intersect_assoc", true, true, true);
}
// array_change_key_case: string keys lower-cased (CASE_LOWER 0) or upper-cased (CASE_UPPER 1);
// a later key that collides overwrites the earlier one
WEFT_PHP_NATIVE(f_array_change_key_case) {
  ARR_ARG(a, "array_change_key_case", 0)
  bool upper = argc > 1 && to_int(args[1]) != 0;
  Array* out = Array::make();
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    Value v = deref(b.v);
    mark_copy(v);
    if (!b.skey()) {
      out->set(Key::integer(b.ikey()), v);
      continue;
    }
    std::string k(b.skey()->view());
    for (auto& c : k)
      c = char(upper ? std::toupper(static_cast<unsigned char>(c))
                     : std::tolower(static_cast<unsigned char>(c)));
    out->set(Key::string(new_string(k)), v);
  }
  *ret = Value::arr(out);
  return true;
}

// array_replace: later arrays overwrite the keys of earlier ones (no renumbering).
WEFT_PHP_NATIVE(f_array_replace) {
  ARR_ARG(first, "array_replace", 0)
  Array* out = first->copy();
  for (uint32_t k = 1; k < argc; ++k) {
    ARR_ARG(b, "array_replace", k)
    FOR_EACH(b, i) {
      Bucket& e = b->buckets()[i];
      Value v = deref(e.v);
      mark_copy(v);
      Key key;
      to_key(e.key(), &key);
      out->set(key, v);
    }
  }
  *ret = Value::arr(out);
  return true;
}

// ---- range, compact, extract, misc ----

WEFT_PHP_NATIVE(f_range) {
  if (!check_arity(vm, "range", argc, 2, 3)) return false;
  Value s = arg_at(args, argc, 0), e = arg_at(args, argc, 1);
  Value st = argc > 2 ? arg_at(args, argc, 2) : Value::integer(1);
  Array* out = Array::make();
  if (s.tag == Tag::Str && e.tag == Tag::Str && s.s->len >= 1 && e.s->len >= 1 &&
      parse_numeric(s.s->view(), false).kind == NumKind::None) {
    int a = static_cast<unsigned char>(s.s->data()[0]),
        b = static_cast<unsigned char>(e.s->data()[0]);
    int step = int(std::abs(to_int(st)));
    if (step == 0) step = 1;
    if (a <= b)
      for (int c = a; c <= b; c += step)
        out->append(Value::str(new_string(std::string(1, char(c)))));
    else
      for (int c = a; c >= b; c -= step)
        out->append(Value::str(new_string(std::string(1, char(c)))));
    *ret = Value::arr(out);
    return true;
  }
  auto num = [](const Value& v) {
    Value n;
    if (v.tag == Tag::Str) {
      NumParse p = parse_numeric(v.s->view(), true);
      return p.kind == NumKind::Float ? Value::number(p.d) : Value::integer(p.i);
    }
    if (v.tag == Tag::Float) return v;
    n = Value::integer(to_int(v));
    return n;
  };
  s = num(s);
  e = num(e);
  st = num(st);
  bool is_float = s.tag == Tag::Float || e.tag == Tag::Float ||
                  (st.tag == Tag::Float && st.d != std::floor(st.d));
  if (is_float) {
    double a = to_double(s), b = to_double(e), step = std::fabs(to_double(st));
    if (step == 0) return vm.throw_error("ValueError", "range(): Argument #3 ($step) cannot be 0");
    if (std::fabs(b - a) < step && a != b) {
      return vm.throw_error("ValueError",
                            "range(): Argument #3 ($step) must not exceed the specified range");
    }
    int64_t n = int64_t(std::floor(std::fabs(b - a) / step + 1e-9));
    for (int64_t i = 0; i <= n; ++i)
      out->append(Value::number(a <= b ? a + double(i) * step : a - double(i) * step));
  } else {
    int64_t a = s.i, b = e.i, step = std::abs(to_int(st));
    if (step == 0) return vm.throw_error("ValueError", "range(): Argument #3 ($step) cannot be 0");
    if (a <= b) {
      if (b - a < step && a != b)
        return vm.throw_error("ValueError",
                              "range(): Argument #3 ($step) must not exceed the specified range");
      for (int64_t x = a; x <= b; x += step) {
        out->append(Value::integer(x));
        if (x > INT64_MAX - step) break;
      }
    } else {
      if (a - b < step)
        return vm.throw_error("ValueError",
                              "range(): Argument #3 ($step) must not exceed the specified range");
      for (int64_t x = a; x >= b; x -= step) {
        out->append(Value::integer(x));
        if (x < INT64_MIN + step) break;
      }
    }
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_compact) {
  Frame* f = vm.frame;
  Array* out = Array::make();
  std::function<void(const Value&)> add = [&](const Value& n) {
    const Value& v = deref(n);
    if (v.tag == Tag::Arr) {
      FOR_EACH(v.a, i) add(v.a->buckets()[i].v);
      return;
    }
    String* name = to_str(v);
    Value* slot = var_slot(vm, f, name->view(), false);
    if (!slot || deref(*slot).tag == Tag::Undef) {
      vm.warning("compact(): Undefined variable $" + std::string(name->view()));
      return;
    }
    Value x = deref(*slot);
    mark_copy(x);
    out->set(Key::string(name), x);
  };
  for (uint32_t i = 0; i < argc; ++i) add(args[i]);
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_extract) {
  ARR_ARG(a, "extract", 0)
  Frame* f = vm.frame;
  int64_t n = 0;
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (!b.skey()) continue;
    std::string_view name = b.skey()->view();
    if (name == "this" || name.empty()) continue;
    Value* slot = var_slot(vm, f, name, true);
    Value v = deref(b.v);
    mark_copy(v);
    deref(*slot) = v;
    ++n;
  }
  *ret = Value::integer(n);
  return true;
}

WEFT_PHP_NATIVE(f_array_is_list) {
  ARR_ARG(a, "array_is_list", 0)
  int64_t expect = 0;
  bool list = true;
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    if (b.skey() || b.ikey() != expect++) {
      list = false;
      break;
    }
  }
  *ret = Value::boolean(list);
  return true;
}

WEFT_PHP_NATIVE(f_iterator_to_array) {
  const Value& v = arg_at(args, argc, 0);
  bool preserve = argc < 2 || to_bool(args[1]);
  Array* out = Array::make();
  if (v.tag == Tag::Arr) {
    *ret = v;
    return true;
  }
  Value it;
  if (!fe_reset(vm, &it, v, nullptr)) return false;
  for (;;) {
    Value x;
    int r = fe_fetch(vm, it.it, &x);
    if (r < 0) return false;
    if (r == 0) break;
    mark_copy(x);
    if (preserve) {
      Value k;
      if (!fe_key(vm, it.it, &k)) return false;
      Key kk;
      if (!to_key(k, &kk)) return false;
      out->set(kk, x);
    } else {
      out->append(x);
    }
  }
  *ret = Value::arr(out);
  return true;
}

static bool minmax(VM& vm, Value* args, uint32_t argc, Value* ret, const char* fn, int want) {
  if (argc == 0) return check_arity(vm, fn, argc, 1, 1u << 30);
  Value best;
  bool have = false;
  auto consider = [&](const Value& v) {
    if (!have || compare(v, best) * want > 0) {
      best = deref(v);
      have = true;
    }
  };
  if (argc == 1) {
    const Value& a = arg_at(args, argc, 0);
    if (a.tag != Tag::Arr)
      return vm.throw_error("TypeError", std::string(fn) +
                                             "(): Argument #1 ($value) must be of type array, " +
                                             zend_type_name(a) + " given");
    if (a.a->count == 0)
      return vm.throw_error(
          "ValueError",
          std::string(fn) + "(): Argument #1 ($value) must contain at least one element");
    FOR_EACH(a.a, i) consider(a.a->buckets()[i].v);
  } else {
    for (uint32_t i = 0; i < argc; ++i) consider(args[i]);
  }
  *ret = best;
  return true;
}
WEFT_PHP_NATIVE(f_min) { return minmax(vm, args, argc, ret, "min", -1); }
WEFT_PHP_NATIVE(f_max) { return minmax(vm, args, argc, ret, "max", 1); }

void register_array_builtins(VM& vm) {
  register_array_order_builtins(vm);
  vm.register_native("count", f_count);
  vm.register_native("sizeof", f_count);
  vm.register_native("array_push", f_array_push, 1);
  vm.register_native("array_pop", f_array_pop, 1);
  vm.register_native("array_shift", f_array_shift, 1);
  vm.register_native("array_unshift", f_array_unshift, 1);
  vm.register_native("array_keys", f_array_keys);
  vm.register_native("array_values", f_array_values);
  vm.register_native("array_map", f_array_map);
  vm.register_native("array_filter", f_array_filter);
  vm.register_native("array_reduce", f_array_reduce);
  vm.register_native("array_walk", f_array_walk, 1);
  vm.register_native("array_sum", f_array_sum);
  vm.register_native("array_product", f_array_product);
  vm.register_native("array_slice", f_array_slice);
  vm.register_native("array_splice", f_array_splice, 1);
  vm.register_native("array_merge", f_array_merge);
  vm.register_native("array_merge_recursive", f_array_merge_recursive);
  vm.register_native("array_combine", f_array_combine);
  vm.register_native("array_flip", f_array_flip);
  vm.register_native("array_reverse", f_array_reverse);
  vm.register_native("array_search", f_array_search);
  vm.register_native("in_array", f_in_array);
  vm.register_native("array_key_exists", f_array_key_exists);
  vm.register_native("key_exists", f_array_key_exists);
  vm.register_native("array_key_first", f_array_key_first);
  vm.register_native("array_key_last", f_array_key_last);
  vm.register_native("array_unique", f_array_unique);
  vm.register_native("array_count_values", f_array_count_values);
  vm.register_native("array_fill", f_array_fill);
  vm.register_native("array_fill_keys", f_array_fill_keys);
  vm.register_native("array_pad", f_array_pad);
  vm.register_native("array_chunk", f_array_chunk);
  vm.register_native("array_column", f_array_column);
  vm.register_native("array_diff", f_array_diff);
  vm.register_native("array_diff_key", f_array_diff_key);
  vm.register_native("array_diff_assoc", f_array_diff_assoc);
  vm.register_native("array_intersect", f_array_intersect);
  vm.register_native("array_intersect_key", f_array_intersect_key);
  vm.register_native("range", f_range);
  vm.register_native("compact", f_compact);
  vm.register_native("array_intersect_assoc", f_array_intersect_assoc);
  vm.register_native("array_change_key_case", f_array_change_key_case);
  vm.register_native("array_replace", f_array_replace);
  vm.register_native("extract", f_extract);
  vm.register_native("array_is_list", f_array_is_list);
  vm.register_native("iterator_to_array", f_iterator_to_array);
  vm.register_native("min", f_min);
  vm.register_native("max", f_max);
}

}  // namespace weft::php
