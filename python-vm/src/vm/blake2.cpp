// BLAKE2b/BLAKE2s after RFC 7693 (see blake2.h).
#include "blake2.h"

#include <cstring>

namespace weft::python {

namespace {

constexpr uint64_t kIv64[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                               0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                               0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
constexpr uint32_t kIv32[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                               0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

constexpr unsigned char kSigma[10][16] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
                                          {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
                                          {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
                                          {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
                                          {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
                                          {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
                                          {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
                                          {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
                                          {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
                                          {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

template <class W>
struct Traits;
template <>
struct Traits<uint64_t> {
  static constexpr int kRounds = 12, r1 = 32, r2 = 24, r3 = 16, r4 = 63;
  static const uint64_t* iv() { return kIv64; }
};
template <>
struct Traits<uint32_t> {
  static constexpr int kRounds = 10, r1 = 16, r2 = 12, r3 = 8, r4 = 7;
  static const uint32_t* iv() { return kIv32; }
};

template <class W>
W rotr(W x, int n) {
  return static_cast<W>((x >> n) | (x << (8 * sizeof(W) - n)));
}

template <class W>
W load_le(const unsigned char* p) {
  W w = 0;
  for (size_t i = 0; i < sizeof(W); i++) w |= static_cast<W>(p[i]) << (8 * i);
  return w;
}

template <class W>
void store_le(unsigned char* p, W w, size_t n) {
  for (size_t i = 0; i < n; i++) p[i] = static_cast<unsigned char>(w >> (8 * i));
}

}  // namespace

template <class W>
void Blake2<W>::init(const Blake2Params& p) {
  // the parameter block (RFC 7693 2.5), read as little-endian words and xored into the IV
  unsigned char block[8 * sizeof(W)] = {};
  block[0] = static_cast<unsigned char>(p.digest_size);
  block[1] = static_cast<unsigned char>(p.key.size());
  block[2] = static_cast<unsigned char>(p.fanout);
  block[3] = static_cast<unsigned char>(p.depth);
  store_le<uint32_t>(block + 4, p.leaf_size, 4);
  if constexpr (sizeof(W) == 8) {
    store_le<uint64_t>(block + 8, p.node_offset, 8);
    block[16] = static_cast<unsigned char>(p.node_depth);
    block[17] = static_cast<unsigned char>(p.inner_size);
  } else {
    store_le<uint64_t>(block + 8, p.node_offset, 6);
    block[14] = static_cast<unsigned char>(p.node_depth);
    block[15] = static_cast<unsigned char>(p.inner_size);
  }
  std::memcpy(block + 4 * sizeof(W), p.salt.data(), p.salt.size());
  std::memcpy(block + 6 * sizeof(W), p.person.data(), p.person.size());
  for (int i = 0; i < 8; i++) h[i] = Traits<W>::iv()[i] ^ load_le<W>(block + i * sizeof(W));
  t[0] = t[1] = 0;
  buflen = 0;
  digest_size = p.digest_size;
  last_node = p.last_node;
  if (!p.key.empty()) {  // the key, padded to a block, is the first block
    unsigned char k[kBlock] = {};
    std::memcpy(k, p.key.data(), p.key.size());
    update(k, kBlock);
  }
}

template <class W>
void Blake2<W>::compress(const unsigned char* block, bool last) {
  using T = Traits<W>;
  W m[16], v[16];
  for (int i = 0; i < 16; i++) m[i] = load_le<W>(block + i * sizeof(W));
  for (int i = 0; i < 8; i++) {
    v[i] = h[i];
    v[i + 8] = T::iv()[i];
  }
  v[12] ^= t[0];
  v[13] ^= t[1];
  if (last) {
    v[14] = ~v[14];
    if (last_node) v[15] = ~v[15];
  }
  auto g = [&](int a, int b, int c, int d, W x, W y) {
    v[a] = v[a] + v[b] + x;
    v[d] = rotr<W>(v[d] ^ v[a], T::r1);
    v[c] = v[c] + v[d];
    v[b] = rotr<W>(v[b] ^ v[c], T::r2);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr<W>(v[d] ^ v[a], T::r3);
    v[c] = v[c] + v[d];
    v[b] = rotr<W>(v[b] ^ v[c], T::r4);
  };
  for (int r = 0; r < T::kRounds; r++) {
    const unsigned char* s = kSigma[r % 10];
    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
}

template <class W>
void Blake2<W>::update(const unsigned char* data, size_t n) {
  // a full buffer is compressed only when more input follows: the last block is special
  while (n > 0) {
    if (buflen == kBlock) {
      t[0] += kBlock;
      if (t[0] < static_cast<W>(kBlock)) t[1]++;
      compress(buf, false);
      buflen = 0;
    }
    size_t take = kBlock - buflen < n ? kBlock - buflen : n;
    std::memcpy(buf + buflen, data, take);
    buflen += take;
    data += take;
    n -= take;
  }
}

template <class W>
std::string Blake2<W>::digest() const {
  Blake2 s = *this;
  s.t[0] += static_cast<W>(s.buflen);
  if (s.t[0] < static_cast<W>(s.buflen)) s.t[1]++;
  std::memset(s.buf + s.buflen, 0, kBlock - s.buflen);
  s.compress(s.buf, true);
  unsigned char out[8 * sizeof(W)];
  for (int i = 0; i < 8; i++) store_le<W>(out + i * sizeof(W), s.h[i], sizeof(W));
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(digest_size));
}

template struct Blake2<uint64_t>;
template struct Blake2<uint32_t>;

}  // namespace weft::python
