// php's Mersenne Twister (ext/standard/mt_rand.c, MT_RAND_MT19937 mode): the same seeding, the
// same output tempering and the same rejection sampling for ranges, so mt_rand/rand/shuffle/
// str_shuffle/array_rand give php's exact sequences after mt_srand(). Unseeded, it seeds
// itself from the clock and the process id as php seeds from its own entropy.
#include <sys/time.h>
#include <unistd.h>

#include "builtins.h"

namespace weft::php {

namespace {

constexpr int N = 624, M = 397;
uint32_t state[N];
uint32_t* next_word = nullptr;
int left = 0;
bool seeded = false;

inline uint32_t twist(uint32_t m, uint32_t u, uint32_t v) {
  uint32_t mix = (u & 0x80000000U) | (v & 0x7FFFFFFFU);
  return m ^ (mix >> 1) ^ (uint32_t(-int32_t(v & 1U)) & 0x9908b0dfU);
}

void reload() {
  uint32_t* p = state;
  for (int i = N - M; i--; ++p) *p = twist(p[M], p[0], p[1]);
  for (int i = M; --i; ++p) *p = twist(p[M - N], p[0], p[1]);
  *p = twist(p[M - N], p[0], state[0]);
  left = N;
  next_word = state;
}

}  // namespace

void php_mt_srand(uint32_t seed) {
  state[0] = seed;
  for (int i = 1; i < N; ++i)
    state[i] = 1812433253U * (state[i - 1] ^ (state[i - 1] >> 30)) + uint32_t(i);
  reload();
  seeded = true;
}

uint32_t php_mt_rand() {
  if (!seeded) {
    timeval tv;
    gettimeofday(&tv, nullptr);
    php_mt_srand(uint32_t(tv.tv_sec * 1000003 + tv.tv_usec) ^ uint32_t(getpid() << 16));
  }
  if (left == 0) reload();
  --left;
  uint32_t s1 = *next_word++;
  s1 ^= s1 >> 11;
  s1 ^= (s1 << 7) & 0x9d2c5680U;
  s1 ^= (s1 << 15) & 0xefc60000U;
  return s1 ^ (s1 >> 18);
}

// A uniform value in [min, max]: 32 or 64 bits drawn, redrawn above the largest multiple of
// the range size.
int64_t php_mt_rand_range(int64_t min, int64_t max) {
  uint64_t umax = uint64_t(max) - uint64_t(min);
  if (umax > UINT32_MAX) {
    uint64_t r = (uint64_t(php_mt_rand()) << 32) | php_mt_rand();
    if (umax == UINT64_MAX) return int64_t(uint64_t(min) + r);
    ++umax;
    if (umax & (umax - 1)) {
      uint64_t limit = UINT64_MAX - (UINT64_MAX % umax) - 1;
      while (r > limit) r = (uint64_t(php_mt_rand()) << 32) | php_mt_rand();
    }
    return int64_t(uint64_t(min) + r % umax);
  }
  uint32_t r = php_mt_rand();
  uint32_t u = uint32_t(umax);
  if (u == UINT32_MAX) return int64_t(uint64_t(min) + r);
  ++u;
  if (u & (u - 1)) {
    uint32_t limit = UINT32_MAX - (UINT32_MAX % u) - 1;
    while (r > limit) r = php_mt_rand();
  }
  return int64_t(uint64_t(min) + r % u);
}

}  // namespace weft::php
