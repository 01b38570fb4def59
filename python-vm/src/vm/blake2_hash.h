// BLAKE2b and BLAKE2s with the whole parameter block (digest size, key, salt, personalization
// and the tree-hashing fields), which hashlib.blake2b/blake2s take. OpenSSL 3.0's digests fix
// the size and have no salt or personalization, so the hash comes from libb2, the BLAKE2
// authors' library, whose parameter-block API covers every field.
#pragma once

#include <blake2.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace weft::python {

// The parameters of one hash; sizes are checked by the caller against the limits below.
struct Blake2Params {
  int digest_size = 0;
  std::string_view key, salt, person;
  int fanout = 1, depth = 1;
  uint32_t leaf_size = 0;
  uint64_t node_offset = 0;
  int node_depth = 0, inner_size = 0;
  bool last_node = false;
};

// W: uint64_t for BLAKE2b, uint32_t for BLAKE2s. Plain data: a copy is an independent hash.
template <class W>
struct Blake2 {
  static constexpr int kBlock = 16 * sizeof(W);      // 128 or 64 bytes
  static constexpr int kMaxDigest = 8 * sizeof(W);   // 64 or 32
  static constexpr int kSaltSize = 2 * sizeof(W);    // 16 or 8
  static constexpr int kPersonSize = 2 * sizeof(W);  // 16 or 8

  std::conditional_t<sizeof(W) == 8, blake2b_state, blake2s_state> state;
  int digest_size = 0;

  void init(const Blake2Params& p);
  void update(const unsigned char* data, size_t n);
  // The digest of what was given so far; the state stays usable (a copy is finished).
  std::string digest() const;
};

using Blake2b = Blake2<uint64_t>;
using Blake2s = Blake2<uint32_t>;

}  // namespace weft::python
