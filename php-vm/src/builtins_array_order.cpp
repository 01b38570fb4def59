// Array functions that order an array or walk it: the sort family (PHP 8's stable sort with
// the SORT_* flags, user comparators), natsort, shuffle/array_rand, and the internal pointer
// (current/key/next/prev/reset/end).
#include <algorithm>
#include <functional>
#include <random>
#include <vector>

#include "builtins_array_util.h"

namespace weft::php {

int php_natcmp(std::string_view a, std::string_view b, bool ci);

static std::mt19937_64& rng() {
  static std::mt19937_64 g{std::random_device{}()};
  return g;
}

// ---- sorting ----

struct SortItem {
  Value key;
  Value val;
};

static int flag_compare(const Value& a, const Value& b, int64_t flags) {
  int64_t base = flags & ~8;
  if (base == 1) {
    double x = to_double(a), y = to_double(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (base == 2 || base == 6) {
    std::string x = to_std_string(a), y = to_std_string(b);
    if (flags & 8) {
      for (auto& c : x) c = char(std::tolower(static_cast<unsigned char>(c)));
      for (auto& c : y) c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    if (base == 6) return php_natcmp(x, y, false);
    int c = x.compare(y);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return compare(a, b);
}

// Stable merge sort that tolerates inconsistent user comparators (no out-of-range access).
template <class Less>
static void merge_sort(std::vector<SortItem>& v, Less& less) {
  std::vector<SortItem> tmp(v.size());
  for (size_t width = 1; width < v.size(); width *= 2) {
    for (size_t lo = 0; lo < v.size(); lo += 2 * width) {
      size_t mid = std::min(lo + width, v.size()), hi = std::min(lo + 2 * width, v.size());
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) tmp[k++] = less(v[j], v[i]) ? v[j++] : v[i++];
      while (i < mid) tmp[k++] = v[i++];
      while (j < hi) tmp[k++] = v[j++];
    }
    v.swap(tmp);
  }
}

// kind: 0 values (reindex), 1 values keep keys, 2 keys. user: callback compare.
static bool sort_impl(VM& vm, Value* args, uint32_t argc, Value* ret, const char* fn, int kind,
                      bool reverse, bool user) {
  REF_ARR(a, fn, 0)
  std::vector<SortItem> items;
  items.reserve(a->count);
  FOR_EACH(a, i) {
    Bucket& b = a->buckets()[i];
    items.push_back({b.key(), b.v});
  }
  int64_t flags = user ? 0 : to_int(arg_at(args, argc, 1));
  bool failed = false;
  Value cb = user ? arg_at(args, argc, 1) : Value::null();
  auto cmp = [&](const SortItem& x, const SortItem& y) -> bool {
    if (failed) return false;
    const Value& l = kind == 2 ? x.key : x.val;
    const Value& r = kind == 2 ? y.key : y.val;
    int c;
    if (user) {
      Value cargs[2] = {deref(l), deref(r)};
      Value res;
      if (!vm.call_value(cb, cargs, 2, &res)) {
        failed = true;
        return false;
      }
      c = int(to_int(res));
      if (deref(res).tag == Tag::Float) {
        double d = deref(res).d;
        c = d < 0 ? -1 : d > 0 ? 1 : 0;
      }
    } else {
      c = flag_compare(deref(l), deref(r), flags);
    }
    return reverse ? c > 0 : c < 0;
  };
  merge_sort(items, cmp);
  if (failed) return false;
  Array* out = Array::make(uint32_t(items.size()));
  for (auto& it : items) {
    if (kind == 0) {
      out->append(it.val);
    } else {
      Key k;
      to_key(it.key, &k);
      out->set(k, it.val);
    }
  }
  a->data = out->data.get();
  a->count = out->count;
  a->next_free = out->next_free;
  a->pos = 0;
  *ret = Value::boolean(true);
  return true;
}
WEFT_PHP_NATIVE(f_sort) { return sort_impl(vm, args, argc, ret, "sort", 0, false, false); }
WEFT_PHP_NATIVE(f_rsort) { return sort_impl(vm, args, argc, ret, "rsort", 0, true, false); }
WEFT_PHP_NATIVE(f_usort) { return sort_impl(vm, args, argc, ret, "usort", 0, false, true); }
WEFT_PHP_NATIVE(f_asort) { return sort_impl(vm, args, argc, ret, "asort", 1, false, false); }
WEFT_PHP_NATIVE(f_arsort) { return sort_impl(vm, args, argc, ret, "arsort", 1, true, false); }
WEFT_PHP_NATIVE(f_uasort) { return sort_impl(vm, args, argc, ret, "uasort", 1, false, true); }
WEFT_PHP_NATIVE(f_ksort) { return sort_impl(vm, args, argc, ret, "ksort", 2, false, false); }
WEFT_PHP_NATIVE(f_krsort) { return sort_impl(vm, args, argc, ret, "krsort", 2, true, false); }
WEFT_PHP_NATIVE(f_uksort) { return sort_impl(vm, args, argc, ret, "uksort", 2, false, true); }
// natsort/natcasesort: asort with SORT_NATURAL (and SORT_FLAG_CASE)
static bool natsort_impl(VM& vm, Value* args, uint32_t argc, Value* ret, const char* fn,
                         int64_t flags) {
  if (!check_arity(vm, fn, argc, 1, 1)) return false;
  Value a2[2] = {args[0], Value::integer(flags)};
  return sort_impl(vm, a2, 2, ret, fn, 1, false, false);
}
WEFT_PHP_NATIVE(f_natsort) { return natsort_impl(vm, args, argc, ret, "natsort", 6); }
WEFT_PHP_NATIVE(f_natcasesort) { return natsort_impl(vm, args, argc, ret, "natcasesort", 6 | 8); }

WEFT_PHP_NATIVE(f_shuffle) {
  REF_ARR(a, "shuffle", 0)
  std::vector<Value> vals;
  FOR_EACH(a, i) vals.push_back(a->buckets()[i].v);
  // php's Fisher-Yates from the end with php_mt_rand_range (same sequence after mt_srand)
  for (size_t left = vals.size(); left > 1;) {
    --left;
    size_t j = size_t(php_mt_rand_range(0, int64_t(left)));
    if (j != left) std::swap(vals[left], vals[j]);
  }
  Array* out = Array::make(uint32_t(vals.size()));
  for (auto& v : vals) out->append(v);
  a->data = out->data.get();
  a->count = out->count;
  a->next_free = out->next_free;
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_array_rand) {
  ARR_ARG(a, "array_rand", 0)
  int64_t n = argc > 1 ? to_int(args[1]) : 1;
  if (a->count == 0)
    return vm.throw_error("ValueError", "array_rand(): Argument #1 ($array) cannot be empty");
  std::vector<Value> keys;
  FOR_EACH(a, i) keys.push_back(a->buckets()[i].key());
  if (n == 1) {
    *ret = keys[size_t(php_mt_rand_range(0, int64_t(keys.size()) - 1))];
    return true;
  }
  std::vector<size_t> idx(keys.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::shuffle(idx.begin(), idx.end(), rng());
  idx.resize(size_t(std::min<int64_t>(n, int64_t(idx.size()))));
  std::sort(idx.begin(), idx.end());
  Array* out = Array::make();
  for (size_t i : idx) out->append(keys[i]);
  *ret = Value::arr(out);
  return true;
}

// ---- internal pointer ----

static Array* ptr_array(Value* args, uint32_t argc) {
  if (argc < 1) return nullptr;
  Value& v = deref(args[0]);
  return v.tag == Tag::Arr ? v.a : nullptr;
}
WEFT_PHP_NATIVE(f_current) {
  Array* a = ptr_array(args, argc);
  if (!a) return true;
  uint32_t i = a->skip(a->pos);
  *ret = i < a->used() ? deref(a->buckets()[i].v) : Value::boolean(false);
  return true;
}
WEFT_PHP_NATIVE(f_key) {
  Array* a = ptr_array(args, argc);
  if (!a) return true;
  uint32_t i = a->skip(a->pos);
  *ret = i < a->used() ? a->buckets()[i].key() : Value::null();
  return true;
}
WEFT_PHP_NATIVE(f_next) {
  Array* a = ptr_array(args, argc);
  if (!a) return true;
  uint32_t i = a->skip(a->pos);
  a->pos = i < a->used() ? a->next(i) : i;
  i = a->skip(a->pos);
  *ret = i < a->used() ? deref(a->buckets()[i].v) : Value::boolean(false);
  return true;
}
WEFT_PHP_NATIVE(f_prev) {
  Array* a = ptr_array(args, argc);
  if (!a) return true;
  uint32_t i = a->skip(a->pos);
  while (i > 0) {
    --i;
    if (a->buckets()[i].v.tag != Tag::Undef) {
      a->pos = i;
      *ret = deref(a->buckets()[i].v);
      return true;
    }
  }
  a->pos = a->used();
  *ret = Value::boolean(false);
  return true;
}
WEFT_PHP_NATIVE(f_reset) {
  Array* a = ptr_array(args, argc);
  if (!a) return true;
  a->pos = a->first();
  *ret = a->pos < a->used() ? deref(a->buckets()[a->pos].v) : Value::boolean(false);
  return true;
}
WEFT_PHP_NATIVE(f_end) {
  Array* a = ptr_array(args, argc);
  if (!a) return true;
  *ret = Value::boolean(false);
  for (uint32_t i = a->used(); i-- > 0;)
    if (a->buckets()[i].v.tag != Tag::Undef) {
      a->pos = i;
      *ret = deref(a->buckets()[i].v);
      break;
    }
  return true;
}

void register_array_order_builtins(VM& vm) {
  vm.register_native("sort", f_sort, 1);
  vm.register_native("rsort", f_rsort, 1);
  vm.register_native("usort", f_usort, 1);
  vm.register_native("asort", f_asort, 1);
  vm.register_native("arsort", f_arsort, 1);
  vm.register_native("uasort", f_uasort, 1);
  vm.register_native("ksort", f_ksort, 1);
  vm.register_native("krsort", f_krsort, 1);
  vm.register_native("uksort", f_uksort, 1);
  vm.register_native("shuffle", f_shuffle, 1);
  vm.register_native("array_rand", f_array_rand);
  vm.register_native("current", f_current, 1);
  vm.register_native("pos", f_current, 1);
  vm.register_native("key", f_key, 1);
  vm.register_native("next", f_next, 1);
  vm.register_native("prev", f_prev, 1);
  vm.register_native("reset", f_reset, 1);
  vm.register_native("end", f_end, 1);
  vm.register_native("natsort", f_natsort, 1);
  vm.register_native("natcasesort", f_natcasesort, 1);
}

}  // namespace weft::php
