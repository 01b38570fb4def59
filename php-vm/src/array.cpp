// PHP arrays: ordered hash with a packed fast path (see array.h).
#include "weft/php/array.h"

namespace weft::php {

static void trace_buckets(gc::Tracer& t, const Bucket* b, uint32_t begin, uint32_t end) {
  for (uint32_t i = begin; i < end; ++i) {
    trace_value(t, b[i].v);
    b[i].trace_key(t);
  }
}

void ArrData::gc_trace(gc::Tracer& t) const { trace_buckets(t, buckets(), 0, used); }

void ArrData::gc_trace_range(gc::Tracer& t, uintptr_t from, uintptr_t to) const {
  uintptr_t base = reinterpret_cast<uintptr_t>(buckets());
  uintptr_t begin = from > base ? (from - base) / sizeof(Bucket) : 0;
  uintptr_t end = to > base ? (to - base + sizeof(Bucket) - 1) / sizeof(Bucket) : 0;
  if (end > used) end = used;
  if (begin < end) trace_buckets(t, buckets(), uint32_t(begin), uint32_t(end));
}

static ArrData* new_data(uint32_t cap, uint32_t icap) {
  ArrData* d = gc_new_tail<ArrData>(cap * sizeof(Bucket) + icap * sizeof(int32_t));
  d->cap = cap;
  d->icap = icap;
  if (icap) std::memset(d->index(), 0xff, icap * sizeof(int32_t));
  return d;
}

static uint32_t index_size_for(uint32_t cap) {
  uint32_t n = 4;
  while (n < cap * 2) n <<= 1;
  return n;
}

Array* Array::make(uint32_t capacity) {
  Array* a = gc_new<Array>();
  if (capacity) a->data = new_data(capacity, 0);
  return a;
}

static inline uint32_t key_slot(const String* s, int64_t i, uint32_t icap) {
  return s ? uint32_t(const_cast<String*>(s)->hash()) & (icap - 1) : int_slot(i, icap);
}

// Chains the bucket in at the head of its slot, as php does (a re-inserted key is found before
// its deleted predecessor).
void Array::insert_index(uint32_t bucket) {
  ArrData* d = data.get();
  Bucket& e = d->buckets()[bucket];
  int32_t& head = d->index()[key_slot(e.skey(), e.ikey(), d->icap)];
  e.v.aux = uint32_t(head);
  head = int32_t(bucket);
}

Value* Array::find(Key k) { return k.s ? find_str(k.s) : find(k.i); }

Value* Array::find(std::string_view s) {
  int64_t i;
  if (string_is_int_key(s, &i)) return find(Key::integer(i));
  String* tmp = intern(s);
  return find(Key::string(tmp));
}

void Array::rebuild(uint32_t new_cap, bool want_index) {
  uint32_t live = count;
  if (new_cap < live) new_cap = live;
  // Small sizes are kept as asked: a literal like ['id' => 1, 'qty' => 2] becomes a hash of
  // exactly its size (growth starts at 8 buckets, see lookup_or_insert).
  if (new_cap < 2) new_cap = 2;
  ArrData* old = data.get();
  ArrData* d = new_data(new_cap, want_index ? index_size_for(new_cap) : 0);
  Bucket* nb = d->buckets();
  uint32_t n = 0;
  uint32_t new_pos = 0;
  bool pos_set = false;
  if (old && old->used == live) {
    // No deleted buckets: one copy. `d` is new, so it is young and the collector traces it
    // whole; the stores need no write barrier (nothing allocates before `data = d`).
    std::memcpy(static_cast<void*>(nb), old->buckets(), size_t(live) * sizeof(Bucket));
    n = live;
    if (pos < live) {
      new_pos = pos;
      pos_set = true;
    }
  } else if (old) {
    Bucket* ob = old->buckets();
    for (uint32_t i = 0; i < old->used; ++i) {
      if (ob[i].v.tag == Tag::Undef) continue;
      if (!pos_set && i >= pos) {
        new_pos = n;
        pos_set = true;
      }
      nb[n].v = ob[i].v;
      nb[n].set_key(ob[i].array_key());
      ++n;
    }
  }
  pos = pos_set ? new_pos : n;
  d->used = n;
  data = d;
  if (want_index)
    for (uint32_t i = 0; i < n; ++i) insert_index(i);
}

void Array::reserve(uint32_t n) {
  if (data && data->cap >= n) return;
  rebuild(n, !packed());
}

Value* Array::insert_new(Key k) {
  bool stays_packed = packed() && !k.s && k.i == int64_t(used()) && next_free <= k.i;
  if (!data || data->used == data->cap) {
    uint32_t cap = data ? data->cap : 0;
    uint32_t want = count + 1;
    uint32_t new_cap = want * 4 / 3 + 1 > cap ? (cap < 8 ? 8 : cap * 2) : cap;
    rebuild(new_cap, !(packed() && stays_packed));
  } else if (packed() && !stays_packed) {
    rebuild(data->cap, true);
  }
  ArrData* d = data.get();
  uint32_t bi = d->used++;
  Bucket& b = d->buckets()[bi];
  b.v = Value::null();
  b.set_key(k);
  if (k.s) mark_shared(k.s);
  if (d->icap) insert_index(bi);
  ++count;
  if (!k.s && (next_free == INT64_MIN || k.i >= next_free))
    next_free = k.i == INT64_MAX ? INT64_MAX : k.i + 1;
  return &b.v;
}

void Array::set(Key k, const Value& v) {
  bool inserted;
  Value* slot = lookup_or_insert(k, &inserted);
  *slot = v;
}

bool Array::append(const Value& v) {
  if (next_free == INT64_MAX && find(Key::integer(INT64_MAX))) return false;
  if (packed() && data && next_free == int64_t(data->used) && data->used < data->cap) {
    ArrData* d = data.get();
    Bucket& b = d->buckets()[d->used];
    b.v = v;
    b.set_key(Key::integer(int64_t(d->used)));
    ++d->used;
    ++count;
    ++next_free;
    return true;
  }
  int64_t k = next_free == INT64_MIN ? 0 : next_free;
  set(Key::integer(k), v);
  if (k == INT64_MAX) next_free = INT64_MAX;
  return true;
}

bool Array::remove(Key k) {
  Value* v = find(k);
  if (!v) return false;
  ArrData* d = data.get();
  uint32_t bi = uint32_t(reinterpret_cast<Bucket*>(v) - d->buckets());
  if (packed()) {
    if (bi + 1 == d->used) {
      d->buckets()[bi].v = Value();
      --d->used;
      --count;
      return true;
    }
    rebuild(d->cap, true);
    d = data.get();
    v = find(k);
    bi = uint32_t(reinterpret_cast<Bucket*>(v) - d->buckets());
  }
  d->buckets()[bi].v = Value();
  --count;
  if (count == 0 && d->icap == 0) d->used = 0;
  return true;
}

Array* Array::copy() const {
  Array* a = gc_new<Array>();
  a->next_free = next_free;
  if (!data || count == 0) return a;
  ArrData* od = data.get();
  bool pk = od->icap == 0;
  ArrData* d = new_data(count < 8 ? 8 : count, pk ? 0 : index_size_for(count < 8 ? 8 : count));
  a->data = d;
  Bucket* ob = od->buckets();
  Bucket* nb = d->buckets();
  uint32_t n = 0;
  for (uint32_t i = 0; i < od->used; ++i) {
    const Bucket& s = ob[i];
    if (s.v.tag == Tag::Undef) continue;
    if (i == pos) a->pos = n;
    mark_copy(s.v);
    nb[n].v = s.v;
    nb[n].set_key(s.array_key());
    if (!pk) a->insert_index(n);
    ++n;
  }
  if (pos >= od->used) a->pos = n;
  d->used = n;
  a->count = n;
  return a;
}

void Array::clear() {
  data = nullptr;
  count = 0;
  pos = 0;
  next_free = INT64_MIN;
}

}  // namespace weft::php
