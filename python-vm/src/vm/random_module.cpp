// The random module: CPython's Mersenne Twister (MT19937) with CPython's seeding (init_by_array
// over the 32-bit words of the seed), random(), getrandbits() and the derived functions built on
// _randbelow, so that seeded sequences equal CPython's.
#include <chrono>
#include <vector>

#include "runtime.h"

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

MT g_mt;

void seed_from(Value v) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  mpz_abs(z, z);
  std::vector<uint32_t> key;
  while (mpz_sgn(z) > 0) {
    key.push_back(static_cast<uint32_t>(mpz_fdiv_ui(z, 4294967296ul)));
    mpz_fdiv_q_2exp(z, z, 32);
  }
  mpz_clear(z);
  if (key.empty()) key.push_back(0);
  g_mt.init_by_array(key);
}

Value getrandbits(int64_t k) {
  if (k <= 32) return new_int(static_cast<int64_t>(g_mt.next() >> (32 - k)));
  mpz_t z;
  mpz_init(z);
  int64_t words = (k - 1) / 32 + 1;
  for (int64_t i = 0; i < words; i++, k -= 32) {
    uint32_t r = g_mt.next();
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
Value randbelow(Value n) {
  if (int_sign(n) <= 0) return Value::small(0);
  int64_t k;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  k = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  mpz_clear(z);
  for (;;) {
    Value r = getrandbits(k);
    if (!r) return r;
    if (int_compare(r, n) < 0) return r;
  }
}

Value r_seed(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0 || args[0] == Value(rt.None)) {
    g_mt.init_genrand(
        static_cast<uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    return rt.None;
  }
  Value a = args[0];
  if (is_int(a)) {
    seed_from(a);
  } else {
    int64_t h;
    if (!hash_of(a, &h)) return Value();
    seed_from(new_int(h));
  }
  return rt.None;
}

Value r_random(Value, Value*, int64_t, Tuple*) { return new_float(g_mt.random()); }

Value r_getrandbits(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t k;
  if (nargs != 1 || !int_index(args[0], &k))
    return rt.exc ? Value() : raise(rt.TypeError, "getrandbits() takes exactly one argument");
  if (k < 0) return raise(rt.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::small(0);
  return getrandbits(k);
}

Value randrange_impl(Value start, Value stop, Value step) {
  if (!stop || stop == Value(rt.None)) {
    if (int_sign(start) <= 0) return raise(rt.ValueError, "empty range for randrange()");
    return randbelow(start);
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
    Value r = randbelow(width);
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
  Value r = randbelow(n);
  if (!r) return r;
  return int_binary(kAdd, start, int_binary(kMul, step, r));
}

Value r_randrange(Value, Value* args, int64_t nargs, Tuple*) {
  for (int64_t i = 0; i < nargs; i++)
    if (!is_int(args[i])) return raise(rt.TypeError, "randrange() arguments must be integers");
  if (nargs < 1 || nargs > 3) return raise(rt.TypeError, "randrange expected 1 to 3 arguments");
  return randrange_impl(args[0], nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value());
}

Value r_randint(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !is_int(args[0]) || !is_int(args[1]))
    return raise(rt.TypeError, "randint() takes two integers");
  Value hi = int_binary(kAdd, args[1], Value::small(1));
  return randrange_impl(args[0], hi, Value());
}

Value r_choice(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "choice() takes exactly one argument");
  int64_t n = length(args[0]);
  if (n < 0) return Value();
  if (n == 0) return raise(rt.IndexError, "Cannot choose from an empty sequence");
  Value i = randbelow(new_int(n));
  if (!i) return i;
  return getitem(args[0], i);
}

Value r_shuffle(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "shuffle() takes exactly one argument");
  int64_t n = length(args[0]);
  if (n < 0) return Value();
  for (int64_t i = n - 1; i > 0; i--) {
    Value j = randbelow(new_int(i + 1));
    if (!j) return j;
    Value a = getitem(args[0], new_int(i));
    Value b = getitem(args[0], j);
    if (!a || !b) return Value();
    if (setitem(args[0], new_int(i), b) < 0 || setitem(args[0], j, a) < 0) return Value();
  }
  return rt.None;
}

Value r_uniform(Value, Value* args, int64_t nargs, Tuple*) {
  double a, b;
  if (nargs != 2 || !to_double(args[0], &a) || !to_double(args[1], &b))
    return raise(rt.TypeError, "uniform() takes two numbers");
  return new_float(a + (b - a) * g_mt.random());
}

}  // namespace

PyModule* make_random_module() {
  PyModule* m = alloc<PyModule>(rt.module_type);
  m->name = intern("random");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"seed", r_seed},           {"random", r_random},   {"getrandbits", r_getrandbits},
             {"randrange", r_randrange}, {"randint", r_randint}, {"choice", r_choice},
             {"shuffle", r_shuffle},     {"uniform", r_uniform}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  Value none = rt.None;
  r_seed(Value(), &none, 1, nullptr);
  return m;
}

}  // namespace weft::python
