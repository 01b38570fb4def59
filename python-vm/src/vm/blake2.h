// BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block: digest size, key, salt,
// personalization and the tree-hashing fields, which hashlib.blake2b/blake2s take. OpenSSL 3.0's
// digests fix the size and have no salt or personalization (its MACs need a key), so the hash
// is computed here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace weft::python {

// The parameters of one hash; sizes are checked by the caller against the Limits below.
struct Blake2Params {
  int digest_size = 0;
  std::string_view key, salt, person;
  int fanout = 1, depth = 1;
  uint32_t leaf_size = 0;
  uint64_t node_offset = 0;
  int node_depth = 0, inner_size = 0;
  bool last_node = false;
};

// W: uint64_t for BLAKE2b, uint32_t for BLAKE2s.
template <class W>
struct Blake2 {
  static constexpr int kBlock = 16 * sizeof(W);      // 128 or 64 bytes
  static constexpr int kMaxDigest = 8 * sizeof(W);   // 64 or 32
  static constexpr int kSaltSize = 2 * sizeof(W);    // 16 or 8
  static constexpr int kPersonSize = 2 * sizeof(W);  // 16 or 8

  W h[8];
  W t[2] = {0, 0};  // bytes hashed so far
  unsigned char buf[kBlock];
  size_t buflen = 0;
  int digest_size = 0;
  bool last_node = false;

  void init(const Blake2Params& p);
  void update(const unsigned char* data, size_t n);
  // The digest of what was given so far; the state stays usable (a copy is finished).
  std::string digest() const;

 private:
  void compress(const unsigned char* block, bool last);
};

using Blake2b = Blake2<uint64_t>;
using Blake2s = Blake2<uint32_t>;

}  // namespace weft::python
