// PHP arrays: ordered hash maps from int|string keys to values, with a packed fast path.
//
// Contract:
// - Keys are already normalized by the caller (Key): "1" -> 1 happens in ops (to_key()).
// - Order is insertion order. Buckets of deleted entries stay (v.tag == Undef) until the
//   table is rebuilt; iteration skips them. Bucket indices are stable until the next insert
//   that grows or compacts the table.
// - An array is "packed" while its keys are exactly 0..n-1 in order: no hash index is built;
//   the first other key converts it.
// - next_free is php's nNextFreeElement: the key `$a[] = x` uses (0 while it is INT64_MIN).
// - Value semantics (copy-on-write) are the holder's business (value.h): copy() makes an
//   unshared duplicate and marks the elements it now shares.
#pragma once

#include <cstdint>

#include "weft/php/string.h"
#include "weft/php/value.h"

namespace weft::php {

struct Key {
  String* s = nullptr;  // null: integer key
  int64_t i = 0;
  static Key integer(int64_t i) { return Key{nullptr, i}; }
  static Key string(String* s) { return Key{s, 0}; }
};

// 24 bytes: the key is a string or an integer, never both, and which one it is sits in the
// value's padding (Value::bucket_key_kind), so it costs no word of its own.
struct Bucket {
  Value v;  // Undef: deleted; v.aux: the next bucket of its index chain (-1: none)

  String* skey() const { return v.bucket_key_kind ? k.s : nullptr; }  // null for integer keys
  int64_t ikey() const { return v.bucket_key_kind ? 0 : k.i; }        // 0 for string keys
  // Key comparisons for lookups (one test of the key's kind, then the key itself).
  bool key_is(String* s) const { return v.bucket_key_kind && str_equal(k.s, s); }
  bool key_is(int64_t i) const { return !v.bucket_key_kind && k.i == i; }
  void set_key(Key key) {
    v.bucket_key_kind = key.s != nullptr;
    if (key.s) {
      k.s = key.s;
      gc::write_barrier(&k.s);
    } else {
      k.i = key.i;
    }
  }
  Value key() const { return skey() ? Value::str(k.s) : Value::integer(k.i); }
  Key array_key() const { return skey() ? Key::string(k.s) : Key::integer(k.i); }  // for Array::set

  Bucket() = default;
  Bucket(const Bucket& o) : v(o.v) { set_key(o.array_key()); }
  Bucket& operator=(const Bucket& o) {
    v = o.v;
    set_key(o.array_key());
    return *this;
  }
  __attribute__((always_inline)) void trace_key(gc::Tracer& t) const {
    if (v.bucket_key_kind) t.visit(&k.s, k.s);
  }

 private:
  union {
    String* s;
    int64_t i;
  } k;
};
static_assert(sizeof(Bucket) == 24);

struct ArrData {
  static constexpr const char* gc_name = "php-array-data";
  uint32_t cap = 0;   // buckets
  uint32_t used = 0;  // buckets in use, deleted ones included
  uint32_t icap = 0;  // hash index slots (power of two), 0 when packed; each the first bucket
                      // of its chain (-1: none)
  uint32_t pad = 0;
  Bucket* buckets() { return reinterpret_cast<Bucket*>(this + 1); }
  const Bucket* buckets() const { return reinterpret_cast<const Bucket*>(this + 1); }
  int32_t* index() { return reinterpret_cast<int32_t*>(buckets() + cap); }
  size_t gc_size() const { return sizeof(ArrData) + cap * sizeof(Bucket) + icap * sizeof(int32_t); }
  void gc_trace(gc::Tracer& t) const;
  // The buckets overlapping [from, to): a minor collection traces a large array's dirty cards.
  void gc_trace_range(gc::Tracer& t, uintptr_t from, uintptr_t to) const;
};

struct Array {
  static constexpr const char* gc_name = "php-array";
  gc::Field<ArrData> data;
  uint32_t count = 0;
  uint32_t pos = 0;               // internal pointer (current/next/reset)
  int64_t next_free = INT64_MIN;  // INT64_MIN: no integer key yet (appends start at 0)

  void gc_trace(gc::Tracer& t) const { t(data); }

  static Array* make(uint32_t capacity = 0);

  uint32_t used() const { return data ? data->used : 0; }
  Bucket* buckets() { return data->buckets(); }
  bool packed() const { return !data || data->icap == 0; }

  Value* find(Key k);
  // Integer keys inline: the interpreter's element accesses probe without a call.
  Value* find(int64_t i) {
    ArrData* d = data.get();
    if (!d) return nullptr;
    if (d->icap == 0) return uint64_t(i) < d->used ? &d->buckets()[i].v : nullptr;
    return find_in_index(d, i);
  }
  // A string key that is not integer-like (the caller normalized it): inline, as the
  // interpreter's element accesses with string keys probe without a call.
  Value* find_str(String* s) {
    ArrData* d = data.get();
    if (!d || d->icap == 0) return nullptr;  // packed: integer keys only
    return find_str_in_index(d, s);
  }
  Value* find(std::string_view s);
  // The slot for `k`, inserted as null if missing (*inserted tells which). Null only when an
  // append overflows next_free.
  Value* lookup_or_insert(Key k, bool* inserted) {
    Value* v = k.s ? find_str(k.s) : find(k.i);
    *inserted = v == nullptr;
    return v ? v : insert_new(k);
  }
  // Inserts `k` (known to be missing) as null; what lookup_or_insert does after its probe.
  Value* insert_new(Key k);
  void set(Key k, const Value& v);
  // Appends at next_free; false when next_free cannot be used (php: "Cannot add element to the
  // array as the next element is already occupied").
  bool append(const Value& v);
  bool remove(Key k);
  Array* copy() const;
  void clear();

  // Iteration over live buckets: for (uint32_t i = a->first(); i < a->used(); i = a->next(i))
  uint32_t first() const { return skip(0); }
  uint32_t next(uint32_t i) const { return skip(i + 1); }
  uint32_t skip(uint32_t i) const {
    uint32_t u = used();
    while (i < u && data->buckets()[i].v.tag == Tag::Undef) ++i;
    return i;
  }

  void reserve(uint32_t n);
  void rebuild(uint32_t new_cap, bool want_index);  // compacts; index unless still packed

 private:
  static Value* find_in_index(ArrData* d, int64_t i);
  static Value* find_str_in_index(ArrData* d, String* s);
  void insert_index(uint32_t bucket);
};

// The bucket a lookup found a string key in, remembered for a later access to the same array
// with the same key (`$a[$k] = ($a[$k] ?? 0) + 1`: the store after the read). recall() checks
// that the array's table is still the one remembered and that the bucket is inside it, live,
// with that very key string: a table rebuilt or freed and reused at the same address, or the
// key deleted, give nullptr, never another key's slot. Pointers only compared, not traced.
struct StrSlotMemo {
  ArrData* d = nullptr;
  String* key = nullptr;
  uintptr_t bucket = 0;

  void remember(Array* a, String* k, Value* slot) {
    d = a->data.get();
    key = k;
    bucket = reinterpret_cast<uintptr_t>(slot);  // Bucket::v is a bucket's first member
  }
  Value* recall(Array* a, String* k) const {
    if (k != key || a->data.get() != d) return nullptr;
    uintptr_t off = bucket - reinterpret_cast<uintptr_t>(d->buckets());
    if (off >= uintptr_t(d->used) * sizeof(Bucket)) return nullptr;
    Bucket* b = reinterpret_cast<Bucket*>(bucket);
    if (b->v.tag == Tag::Undef || b->skey() != k) return nullptr;
    return &b->v;
  }
};

// The index slot of an integer key. Like php, consecutive keys get consecutive slots (a loop
// over $a[$i] walks the index and the buckets in order instead of missing the cache on every
// access); unlike php, the bits above the index size are folded in, so keys with a power-of-two
// stride do not all share one chain.
inline uint32_t int_slot(int64_t i, uint32_t icap) {
  uint64_t x = uint64_t(i);
  unsigned sh = unsigned(__builtin_ctz(icap));
  x ^= x >> sh;
  x ^= x >> (2 * sh);
  return uint32_t(x) & (icap - 1);
}

inline Value* Array::find_in_index(ArrData* d, int64_t i) {
  const int32_t* idx = d->index();
  Bucket* b = d->buckets();
  for (int32_t bi = idx[int_slot(i, d->icap)]; bi >= 0; bi = int32_t(b[bi].v.aux)) {
    Bucket& e = b[bi];
    if (e.key_is(i) && e.v.tag != Tag::Undef) return &e.v;
  }
  return nullptr;
}

// Keys in the table always have their hash computed (insert_index did), so str_equal's hash
// test rejects a different key of the same length without comparing bytes; the same String
// (a key read from another array, an interned literal) matches on the pointer.
inline Value* Array::find_str_in_index(ArrData* d, String* s) {
  const int32_t* idx = d->index();
  Bucket* b = d->buckets();
  for (int32_t bi = idx[uint32_t(s->hash()) & (d->icap - 1)]; bi >= 0; bi = int32_t(b[bi].v.aux)) {
    Bucket& e = b[bi];
    if (e.key_is(s) && e.v.tag != Tag::Undef) return &e.v;
  }
  return nullptr;
}

}  // namespace weft::php
