// The random module: CPython's Mersenne Twister (MT19937) with CPython's seeding (init_by_array
// over the 32-bit words of the seed; str/bytes seeds with their SHA-512 appended, as random.py's
// version 2), random(), getrandbits() and the derived functions built on _randbelow, so that
// seeded sequences equal CPython's. `random.Random` can be subclassed: an instance keeps its
// generator state (a private bytes object) at slot position 0, which subclasses inherit like
// any __slots__ layout (objects/slots.h); as in CPython's Random.__init_subclass__, a subclass
// overriding random() or getrandbits() gets the derived functions through its own methods. The
// module-level functions are bound to one hidden instance, as in CPython.
#include <chrono>
#include <cmath>
#include <vector>

#include "objects/instance.h"
#include "runtime.h"

namespace weft::python {
bool sha512_digest(std::string_view data, std::string* out);  // hashlib_module.cpp
int type_setattr(Type* ty, Str* name, Value v);               // objects/attributes.cpp
}  // namespace weft::python

namespace weft::python {

namespace {

struct MT {
  uint32_t state[624];
  int index = 625;

  void init_genrand(uint32_t s) {
    state[0] = s;
    for (int i = 1; i < 624; i++)
      state[i] = 1812433253u * (state[i - 1] ^ (state[i - 1] >> 30)) + static_cast<uint32_t>(i);
    index = 624;
  }

  void init_by_array(const std::vector<uint32_t>& key) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    size_t n = key.size();
    for (size_t k = 624 > n ? 624 : n; k; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1664525u)) + key[j] +
                 static_cast<uint32_t>(j);
      i++;
      j++;
      if (i >= 624) {
        state[0] = state[623];
        i = 1;
      }
      if (j >= n) j = 0;
    }
    for (size_t k = 623; k; k--) {
      state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) * 1566083941u)) -
                 static_cast<uint32_t>(i);
      i++;
      if (i >= 624) {
        state[0] = state[623];
        i = 1;
      }
    }
    state[0] = 0x80000000u;
  }

  uint32_t next() {
    static const uint32_t mag01[2] = {0u, 0x9908b0dfu};
    if (index >= 624) {
      int kk = 0;
      for (; kk < 624 - 397; kk++) {
        uint32_t y = (state[kk] & 0x80000000u) | (state[kk + 1] & 0x7fffffffu);
        state[kk] = state[kk + 397] ^ (y >> 1) ^ mag01[y & 1u];
      }
      for (; kk < 623; kk++) {
        uint32_t y = (state[kk] & 0x80000000u) | (state[kk + 1] & 0x7fffffffu);
        state[kk] = state[kk + (397 - 624)] ^ (y >> 1) ^ mag01[y & 1u];
      }
      uint32_t y = (state[623] & 0x80000000u) | (state[0] & 0x7fffffffu);
      state[623] = state[396] ^ (y >> 1) ^ mag01[y & 1u];
      index = 0;
    }
    uint32_t y = state[index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
  }

  double random() {
    uint32_t a = next() >> 5, b = next() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
};

Type* g_random_type = nullptr;

void seed_time(MT* mt) {
  mt->init_genrand(
      static_cast<uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
}

// The generator of a Random instance, created (seeded from the clock) on first use so that
// subclasses whose __init__ does not call Random.__init__ still work.
MT* state_of(Value self) {
  if (!self.is_ptr() || self.obj()->type->layout != Layout::Instance ||
      !isinstance(self, g_random_type) || self.as<Instance>()->ninline < 1) {
    raise(rt.TypeError, "descriptor requires a 'random.Random' object");
    return nullptr;
  }
  VField& slot = self.as<Instance>()->inline_slots()[0];
  Value st = slot;
  if (!st) {
    MT fresh;
    seed_time(&fresh);
    st = new_bytes(std::string_view(reinterpret_cast<const char*>(&fresh), sizeof(MT)));
    if (!st) return nullptr;
    slot = st;
  }
  // the bytes object is private to the instance, so updating it in place is safe
  return reinterpret_cast<MT*>(st.as<Str>()->data());
}

void seed_mpz(MT* mt, mpz_t z) {
  mpz_abs(z, z);
  std::vector<uint32_t> key;
  while (mpz_sgn(z) > 0) {
    key.push_back(static_cast<uint32_t>(mpz_fdiv_ui(z, 4294967296ul)));
    mpz_fdiv_q_2exp(z, z, 32);
  }
  if (key.empty()) key.push_back(0);
  mt->init_by_array(key);
}

void seed_from(MT* mt, Value v) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  seed_mpz(mt, z);
  mpz_clear(z);
}

void seed_u64(MT* mt, uint64_t v) {
  mpz_t z;
  mpz_init(z);
  mpz_import(z, 1, 1, sizeof v, 0, 0, &v);
  seed_mpz(mt, z);
  mpz_clear(z);
}

Value getrandbits(MT* mt, int64_t k) {
  if (k <= 32) return new_int(static_cast<int64_t>(mt->next() >> (32 - k)));
  mpz_t z;
  mpz_init(z);
  int64_t words = (k - 1) / 32 + 1;
  for (int64_t i = 0; i < words; i++, k -= 32) {
    uint32_t r = mt->next();
    if (k < 32) r >>= (32 - k);
    mpz_t w;
    mpz_init_set_ui(w, r);
    mpz_mul_2exp(w, w, static_cast<unsigned long>(32 * i));
    mpz_ior(z, z, w);
    mpz_clear(w);
  }
  Value r = int_from_mpz(z);
  mpz_clear(z);
  return r;
}

// CPython's _randbelow_with_getrandbits
Value randbelow(MT* mt, Value n) {
  if (int_sign(n) <= 0) return Value::small(0);
  int64_t k;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  k = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  mpz_clear(z);
  for (;;) {
    Value r = getrandbits(mt, k);
    if (!r) return r;
    if (int_compare(r, n) < 0) return r;
  }
}

// The bytes of a str (UTF-8), bytes or bytearray seed; false (no exception) for others.
bool seed_bytes(Value a, std::string* out) {
  if (!a.is_ptr()) return false;
  Layout l = a.obj()->type->layout;
  if (l == Layout::Str || l == Layout::Bytes) {
    *out = std::string(a.as<Str>()->view());
    return true;
  }
  Value ba = dict_get_str(rt.builtins, intern("bytearray"));
  if (ba && ba.is_ptr() && isinstance(ba, rt.type_type) && isinstance(a, ba.as<Type>())) {
    Value b = call1(rt.bytes_type, a);
    if (!b) return false;
    *out = std::string(b.as<Str>()->view());
    return true;
  }
  return false;
}

// random.py's Random.seed(a=None, version=2) with _random.Random.seed under it.
Value r_seed(Value self, Value* args, int64_t nargs, Tuple* kw) {
  MT* mt = state_of(self);
  if (!mt) return Value();
  Value a = nargs > 0 ? args[0] : Value(), ver = nargs > 1 ? args[1] : Value();
  if (nargs > 2) return raise(rt.TypeError, "seed() takes from 1 to 3 positional arguments");
  for (int64_t i = 0; kw && i < kw->size; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    if (k == "a")
      a = args[nargs + i];
    else if (k == "version")
      ver = args[nargs + i];
    else
      return raise_fmt(rt.TypeError, "seed() got an unexpected keyword argument '%s'",
                       std::string(k).c_str());
  }
  int64_t version = 2;
  if (ver && !int_index(ver, &version)) return Value();
  if (!a || a == Value(rt.None)) {
    seed_time(mt);
  } else if (is_int(a)) {
    seed_from(mt, a);
  } else if (a.is_ptr() && a.obj()->type->layout == Layout::Float) {
    int64_t h;
    if (!hash_of(a, &h)) return Value();
    seed_u64(mt, static_cast<uint64_t>(h));  // _random takes the hash as a size_t
  } else {
    std::string b;
    bool is_text = a.is_ptr() && a.obj()->type->layout == Layout::Str;
    bool is_bytes = a.is_ptr() && a.obj()->type->layout == Layout::Bytes;
    if (!seed_bytes(a, &b)) {
      if (rt.exc) return Value();
      return raise(rt.TypeError,
                   "The only supported seed types are: None,\nint, float, str, bytes, and "
                   "bytearray.");
    }
    if (version == 1 && (is_text || is_bytes)) {
      // the code points (latin-1 for bytes) through CPython 2's string hash
      std::vector<uint32_t> cps;
      if (is_bytes) {
        for (unsigned char c : b) cps.push_back(c);
      } else {
        for (size_t i = 0; i < b.size();) {
          unsigned char c = static_cast<unsigned char>(b[i]);
          int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
          uint32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
          for (int j = 1; j < n && i + j < b.size(); j++)
            cp = (cp << 6) | (static_cast<unsigned char>(b[i + j]) & 0x3F);
          cps.push_back(cp);
          i += n;
        }
      }
      uint64_t x = cps.empty() ? 0 : static_cast<uint64_t>(cps[0]) << 7;
      for (uint32_t c : cps) x = (1000003 * x) ^ c;
      x ^= cps.size();
      seed_u64(mt, x);
    } else if (version == 2) {
      std::string digest;
      if (!sha512_digest(b, &digest)) return Value();
      b += digest;
      mpz_t z;
      mpz_init(z);
      mpz_import(z, b.size(), 1, 1, 0, 0, b.data());  // int.from_bytes(b, "big")
      seed_mpz(mt, z);
      mpz_clear(z);
    } else {
      int64_t h;
      if (!hash_of(a, &h)) return Value();
      seed_u64(mt, static_cast<uint64_t>(h));
    }
  }
  if (setattr(self, intern("gauss_next"), rt.None) < 0) return Value();
  return rt.None;
}

// Random.__init__(x=None): self.seed(x), through a subclass's seed() if it has one.
Value r_init(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (kw && kw->size && type_of(self) == g_random_type)
    return raise(rt.TypeError, "Random() takes no keyword arguments");
  if (nargs > 1) return raise(rt.TypeError, "Random() requires 0 or 1 argument");
  if (!state_of(self)) return Value();
  Value x = nargs ? args[0] : Value(rt.None);
  if (type_of(self) == g_random_type) return r_seed(self, &x, 1, nullptr);
  Value r = call_method(self, intern("seed"), &x, 1);
  if (!r) return r;
  if (setattr(self, intern("gauss_next"), rt.None) < 0) return Value();
  return rt.None;
}

// Random(x): a new instance seeded with x (subclasses are made by the type call, with room for
// the state slot, and their __init__ runs).
Value r_new(Value t, Value* args, int64_t nargs, Tuple* kw) {
  Instance* inst = new_instance(t.as<Type>());
  if (!inst) return Value();
  if (!r_init(inst, args, nargs, kw)) return Value();
  return inst;
}

// What the derived functions draw through: the native generator, or, as CPython's
// Random.__init_subclass__ picks _randbelow, a subclass's own random()/getrandbits().
enum class Below { Native, GetRandBits, Random, Custom };
struct Gen {
  Value self;
  MT* mt = nullptr;
  bool own_random = false;
  Below below = Below::Native;
};

bool gen_of(Value self, Gen* g) {
  g->mt = state_of(self);
  if (!g->mt) return false;
  g->self = self;
  Type* t = type_of(self);
  if (t == g_random_type) return true;
  Tuple* mro = t->mro;
  bool below_set = false;
  for (int64_t i = 0; i < mro->size; i++) {
    Type* c = mro->at(i).as<Type>();
    if (c == g_random_type) break;
    bool has_random = static_cast<bool>(dict_get_str(c->dict, intern("random")));
    if (has_random) g->own_random = true;
    if (below_set) continue;
    if (dict_get_str(c->dict, intern("_randbelow"))) {
      g->below = Below::Custom;
      below_set = true;
    } else if (dict_get_str(c->dict, intern("getrandbits"))) {
      g->below = Below::GetRandBits;
      below_set = true;
    } else if (has_random) {
      g->below = Below::Random;
      below_set = true;
    }
  }
  return true;
}

// self.random(); false with an exception
bool gen_random(Gen& g, double* out) {
  if (!g.own_random) {
    *out = g.mt->random();
    return true;
  }
  Value r = call_method(g.self, intern("random"), nullptr, 0);
  if (!r) return false;
  if (!to_double(r, out)) {
    if (!rt.exc) raise_fmt(rt.TypeError, "must be real number, not %s", type_name(r));
    return false;
  }
  return true;
}

Value gen_randbelow(Gen& g, Value n) {
  switch (g.below) {
    case Below::Native:
      return randbelow(g.mt, n);
    case Below::Custom:
      return call_method(g.self, intern("_randbelow"), &n, 1);
    case Below::GetRandBits: {
      mpz_t z;
      mpz_init(z);
      int_to_mpz(n, z);
      Value k = new_int(static_cast<int64_t>(mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0));
      mpz_clear(z);
      for (;;) {
        Value r = call_method(g.self, intern("getrandbits"), &k, 1);
        if (!r) return r;
        if (!is_int(r)) return raise(rt.TypeError, "getrandbits() must return an int");
        if (int_compare(r, n) < 0) return r;
      }
    }
    case Below::Random: {
      const double maxsize = 9007199254740992.0;  // 2 ** 53
      double x;
      if (!to_double(n, &x)) return Value();
      if (x >= maxsize) {
        double r;
        if (!gen_random(g, &r)) return Value();
        return call1(rt.int_type, new_float(std::floor(r * x)));
      }
      int64_t ni = static_cast<int64_t>(x);
      if (ni <= 0) return Value::small(0);
      int64_t m = int64_t{1} << 53;
      double limit = static_cast<double>(m - m % ni) / maxsize;
      double r;
      do {
        if (!gen_random(g, &r)) return Value();
      } while (r >= limit);
      return new_int(static_cast<int64_t>(std::floor(r * maxsize)) % ni);
    }
  }
  return Value();
}

Value r_random(Value self, Value*, int64_t nargs, Tuple*) {
  MT* mt = state_of(self);
  if (!mt) return Value();
  if (nargs) return raise(rt.TypeError, "random() takes no arguments");
  return new_float(mt->random());
}

Value r_getrandbits(Value self, Value* args, int64_t nargs, Tuple*) {
  MT* mt = state_of(self);
  if (!mt) return Value();
  int64_t k;
  if (nargs != 1 || !int_index(args[0], &k))
    return rt.exc ? Value() : raise(rt.TypeError, "getrandbits() takes exactly one argument");
  if (k < 0) return raise(rt.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::small(0);
  return getrandbits(mt, k);
}

Value randrange_impl(Gen& g, Value start, Value stop, Value step) {
  if (!stop || stop == Value(rt.None)) {
    if (int_sign(start) <= 0) return raise(rt.ValueError, "empty range for randrange()");
    return gen_randbelow(g, start);
  }
  Value width = int_binary(kSub, stop, start);
  if (!width) return width;
  if (!step || step == Value::small(1)) {
    if (int_sign(width) <= 0) {
      Value a = repr(start), b = repr(stop);
      return raise_fmt(rt.ValueError, "empty range in randrange(%s, %s)",
                       std::string(a.as<Str>()->view()).c_str(),
                       std::string(b.as<Str>()->view()).c_str());
    }
    Value r = gen_randbelow(g, width);
    if (!r) return r;
    return int_binary(kAdd, start, r);
  }
  int s = int_sign(step);
  if (s == 0) return raise(rt.ValueError, "zero step for randrange()");
  Value n =
      s > 0 ? int_binary(kFloorDiv,
                         int_binary(kAdd, width, int_binary(kSub, step, Value::small(1))), step)
            : int_binary(kFloorDiv,
                         int_binary(kAdd, width, int_binary(kAdd, step, Value::small(1))), step);
  if (!n) return n;
  if (int_sign(n) <= 0) return raise(rt.ValueError, "empty range for randrange()");
  Value r = gen_randbelow(g, n);
  if (!r) return r;
  return int_binary(kAdd, start, int_binary(kMul, step, r));
}

Value r_randrange(Value self, Value* args, int64_t nargs, Tuple*) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  for (int64_t i = 0; i < nargs; i++)
    if (!is_int(args[i])) return raise(rt.TypeError, "randrange() arguments must be integers");
  if (nargs < 1 || nargs > 3) return raise(rt.TypeError, "randrange expected 1 to 3 arguments");
  return randrange_impl(g, args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value());
}

Value r_randint(Value self, Value* args, int64_t nargs, Tuple*) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  if (nargs != 2 || !is_int(args[0]) || !is_int(args[1]))
    return raise(rt.TypeError, "randint() takes two integers");
  Value hi = int_binary(kAdd, args[1], Value::small(1));
  return randrange_impl(g, args[0], hi, Value());
}

Value r_choice(Value self, Value* args, int64_t nargs, Tuple*) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  if (nargs != 1) return raise(rt.TypeError, "choice() takes exactly one argument");
  int64_t n = length(args[0]);
  if (n < 0) return Value();
  if (n == 0) return raise(rt.IndexError, "Cannot choose from an empty sequence");
  Value i = gen_randbelow(g, new_int(n));
  if (!i) return i;
  return getitem(args[0], i);
}

Value r_shuffle(Value self, Value* args, int64_t nargs, Tuple*) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  if (nargs != 1) return raise(rt.TypeError, "shuffle() takes exactly one argument");
  int64_t n = length(args[0]);
  if (n < 0) return Value();
  for (int64_t i = n - 1; i > 0; i--) {
    Value j = gen_randbelow(g, new_int(i + 1));
    if (!j) return j;
    Value a = getitem(args[0], new_int(i));
    Value b = getitem(args[0], j);
    if (!a || !b) return Value();
    if (setitem(args[0], new_int(i), b) < 0 || setitem(args[0], j, a) < 0) return Value();
  }
  return rt.None;
}

Value r_uniform(Value self, Value* args, int64_t nargs, Tuple*) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  double a, b;
  if (nargs != 2 || !to_double(args[0], &a) || !to_double(args[1], &b))
    return raise(rt.TypeError, "uniform() takes two numbers");
  double r;
  if (!gen_random(g, &r)) return Value();
  return new_float(a + (b - a) * r);
}

// CPython's Random.sample: a partial shuffle of a copy for small populations, rejection of
// repeated indices for large ones (the same random draws, so the same result).
Value r_sample(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  if (kw && kw->size)
    return raise(rt.TypeError, "sample() counts are not supported by weft-python");
  if (nargs != 2) return raise(rt.TypeError, "sample() missing required argument 'k'");
  Value pop = args[0];
  Layout lay = type_of(pop)->layout;
  if (lay == Layout::Set || lay == Layout::FrozenSet || lay == Layout::Dict)
    return raise(rt.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(pop), k;
  if (n < 0 || !int_index(args[1], &k)) return Value();
  if (k < 0 || k > n) return raise(rt.ValueError, "Sample larger than population or is negative");
  List* result = new_list(k);
  if (!result) return Value();
  int64_t setsize = 21;
  if (k > 5) {
    // 4 ** ceil(log(3k, 4)), computed as CPython does, with floats
    setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  }
  if (n <= setsize) {
    Value lst = call1(rt.list_type, pop);
    if (!lst) return lst;
    List* pool = lst.as<List>();
    for (int64_t i = 0; i < k; i++) {
      Value j = gen_randbelow(g, new_int(n - i));
      if (!j) return j;
      int64_t jj = j.small_val();
      list_set(result, i, pool->at(jj));
      list_set(pool, jj, pool->at(n - i - 1));
    }
    return result;
  }
  Set* selected = new_set(rt.set_type);
  if (!selected) return Value();
  for (int64_t i = 0; i < k; i++) {
    Value j;
    for (;;) {
      j = gen_randbelow(g, new_int(n));
      if (!j) return j;
      int c = set_contains(selected, j);
      if (c < 0) return Value();
      if (!c) break;
    }
    if (set_add(selected, j) < 0) return Value();
    Value item = getitem(pop, j);
    if (!item) return item;
    list_set(result, i, item);
  }
  return result;
}

// CPython's Random.choices: floor(random() * n) without weights, else a bisection of the
// cumulative weights.
Value r_choices(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Gen g;
  if (!gen_of(self, &g)) return Value();
  Value pop = nargs > 0 ? args[0] : Value(), weights = nargs > 1 ? args[1] : Value(), cum;
  int64_t k = 1;
  for (int64_t i = 0; kw && i < kw->size; i++) {
    std::string_view name = kw->at(i).as<Str>()->view();
    Value v = args[nargs + i];
    if (name == "k") {
      if (!int_index(v, &k)) return Value();
    } else if (name == "weights") {
      weights = v;
    } else if (name == "cum_weights") {
      cum = v;
    } else if (name == "population") {
      pop = v;
    } else {
      return raise_fmt(rt.TypeError, "choices() got an unexpected keyword argument '%s'",
                       std::string(name).c_str());
    }
  }
  if (!pop) return raise(rt.TypeError, "choices() missing required argument 'population'");
  if (weights == Value(rt.None)) weights = Value();
  if (cum == Value(rt.None)) cum = Value();
  int64_t n = length(pop);
  if (n < 0) return Value();
  List* result = new_list(k < 0 ? 0 : k);
  if (!result) return Value();
  if (!cum && !weights) {
    for (int64_t i = 0; i < k; i++) {
      double r;
      if (!gen_random(g, &r)) return Value();
      Value item = getitem(pop, new_int(static_cast<int64_t>(std::floor(r * n))));
      if (!item) return item;
      list_set(result, i, item);
    }
    return result;
  }
  if (cum && weights)
    return raise(rt.TypeError, "Cannot specify both weights and cumulative weights");
  std::vector<double> acc;
  Value it = get_iter(cum ? cum : weights);
  if (!it) return it;
  double total = 0;
  for (;;) {
    Value w = iter_next(it);
    if (!w) {
      if (rt.exc) return Value();
      break;
    }
    double d;
    if (!to_double(w, &d)) return rt.exc ? Value() : raise(rt.TypeError, "weights must be numbers");
    total = cum ? d : total + d;
    acc.push_back(total);
  }
  if (static_cast<int64_t>(acc.size()) != n)
    return raise(rt.ValueError, "The number of weights does not match the population");
  total = acc.empty() ? 0 : acc.back();
  if (total <= 0) return raise(rt.ValueError, "Total of weights must be greater than zero");
  if (!std::isfinite(total)) return raise(rt.ValueError, "Total of weights must be finite");
  for (int64_t i = 0; i < k; i++) {
    double x;
    if (!gen_random(g, &x)) return Value();
    x *= total;
    // bisect_right(acc, x, 0, n - 1)
    int64_t lo = 0, hi = n - 1;
    while (lo < hi) {
      int64_t mid = (lo + hi) / 2;
      if (x < acc[static_cast<size_t>(mid)])
        hi = mid;
      else
        lo = mid + 1;
    }
    Value item = getitem(pop, new_int(lo));
    if (!item) return item;
    list_set(result, i, item);
  }
  return result;
}

// _random.Random.getstate(): the 624 words of the state and the index, as CPython's tuple of
// 625 ints (random.py's getstate wraps it with its version and gauss_next).
Value r_getstate_words(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "getstate() takes no arguments");
  MT* mt = state_of(args[0]);
  if (!mt) return Value();
  Tuple* t = new_tuple(625);
  if (!t) return Value();
  for (int i = 0; i < 624; i++) t->items()[i] = new_int(static_cast<int64_t>(mt->state[i]));
  t->items()[624] = new_int(mt->index > 624 ? 624 : mt->index);
  return t;
}

// _random.Random.setstate(state) with CPython's checks and messages.
Value r_setstate_words(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "setstate() takes exactly one argument");
  MT* mt = state_of(args[0]);
  if (!mt) return Value();
  Value st = args[1];
  if (!st.is_ptr() || !isinstance(st, rt.tuple_type))
    return raise(rt.TypeError, "state vector must be a tuple");
  Tuple* t = st.as<Tuple>();
  if (t->size != 625) return raise(rt.ValueError, "state vector is the wrong size");
  MT next = *mt;
  for (int i = 0; i < 625; i++) {
    Value w = t->at(i);
    if (!is_int(w))
      return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(w));
    if (int_sign(w) < 0)
      return raise(rt.OverflowError, "can't convert negative value to unsigned int");
    int64_t v;
    if (!int_index(w, &v) || v > 0xffffffffll) {
      clear_exc();
      return raise(rt.OverflowError, "Python int too large to convert to C unsigned long");
    }
    if (i < 624) {
      next.state[i] = static_cast<uint32_t>(v);
    } else {
      if (v > 624) return raise(rt.ValueError, "invalid state");
      next.index = static_cast<int>(v);
    }
  }
  *mt = next;
  return rt.None;
}

// _set_random_attr(name, value): lib/_weft_random.py's methods go into Random, which is
// immutable for programs, as a built-in type (CPython's random.Random is a Python class).
Value r_set_random_attr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise(rt.TypeError, "_set_random_attr(name, value)");
  g_random_type->builtin = false;
  int r = type_setattr(g_random_type, args[0].as<Str>(), args[1]);
  g_random_type->builtin = true;
  return r < 0 ? Value() : Value(rt.None);
}

}  // namespace

PyModule* make_random_module() {
  PyModule* m = alloc<PyModule>(rt.module_type);
  m->name = intern("random");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  if (!g_random_type) {
    g_random_type = new_builtin_type("Random", Layout::Instance, rt.object_type);
    gc::add_root(reinterpret_cast<void**>(&g_random_type));  // outlives the module object
    g_random_type->new_fn = r_new;
    g_random_type->basetype = true;
    g_random_type->nslots = 1;  // the generator state (state_of)
    dict_set_str(g_random_type->dict, intern("__module__"), m->name.get());
  }
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"seed", r_seed},           {"random", r_random},   {"getrandbits", r_getrandbits},
             {"randrange", r_randrange}, {"randint", r_randint}, {"choice", r_choice},
             {"shuffle", r_shuffle},     {"uniform", r_uniform}, {"sample", r_sample},
             {"choices", r_choices}};
  add_method(g_random_type, "__init__", r_init);
  for (auto& f : fns) add_method(g_random_type, f.name, f.fn);
  dict_set_str(m->dict, intern("Random"), g_random_type);
  Value inst = r_new(g_random_type, nullptr, 0, nullptr);
  if (!inst) return nullptr;
  dict_set_str(m->dict, intern("_inst"), inst);
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, inst));
  // for lib/_weft_random.py (which takes them out of the module): the instance comes first
  dict_set_str(m->dict, intern("_getstate_words"),
               new_builtin("_getstate_words", r_getstate_words, rt.None));
  dict_set_str(m->dict, intern("_setstate_words"),
               new_builtin("_setstate_words", r_setstate_words, rt.None));
  dict_set_str(m->dict, intern("_set_random_attr"),
               new_builtin("_set_random_attr", r_set_random_attr, rt.None));
  return m;
}

}  // namespace weft::python
