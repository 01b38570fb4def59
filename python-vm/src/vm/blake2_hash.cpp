// BLAKE2b/BLAKE2s through libb2 (see blake2_hash.h).
#include "blake2_hash.h"

#include <cstring>

namespace weft::python {

namespace {

// libb2's two variants under one name, so that Blake2<W> is written once.
int init_param(blake2b_state* s, const blake2b_param* p) { return blake2b_init_param(s, p); }
int init_param(blake2s_state* s, const blake2s_param* p) { return blake2s_init_param(s, p); }
int update_state(blake2b_state* s, const uint8_t* d, size_t n) { return blake2b_update(s, d, n); }
int update_state(blake2s_state* s, const uint8_t* d, size_t n) { return blake2s_update(s, d, n); }
int final_state(blake2b_state* s, uint8_t* out, size_t n) { return blake2b_final(s, out, n); }
int final_state(blake2s_state* s, uint8_t* out, size_t n) { return blake2s_final(s, out, n); }

}  // namespace

template <class W>
void Blake2<W>::init(const Blake2Params& p) {
  std::conditional_t<sizeof(W) == 8, blake2b_param, blake2s_param> param;
  std::memset(&param, 0, sizeof param);
  param.digest_length = static_cast<uint8_t>(p.digest_size);
  param.key_length = static_cast<uint8_t>(p.key.size());
  param.fanout = static_cast<uint8_t>(p.fanout);
  param.depth = static_cast<uint8_t>(p.depth);
  param.leaf_length = p.leaf_size;
  if constexpr (sizeof(W) == 8) {
    param.node_offset = p.node_offset;
  } else {  // 48 bits, little-endian
    for (int i = 0; i < 6; i++)
      param.node_offset[i] = static_cast<uint8_t>(p.node_offset >> (8 * i));
  }
  param.node_depth = static_cast<uint8_t>(p.node_depth);
  param.inner_length = static_cast<uint8_t>(p.inner_size);
  std::memcpy(param.salt, p.salt.data(), p.salt.size());
  std::memcpy(param.personal, p.person.data(), p.person.size());
  init_param(&state, &param);
  state.last_node = p.last_node;
  digest_size = p.digest_size;
  if (!p.key.empty()) {  // a keyed hash starts with the key padded to a block (RFC 7693 3.3)
    unsigned char block[kBlock] = {};
    std::memcpy(block, p.key.data(), p.key.size());
    update(block, kBlock);
  }
}

template <class W>
void Blake2<W>::update(const unsigned char* data, size_t n) {
  update_state(&state, data, n);
}

template <class W>
std::string Blake2<W>::digest() const {
  auto finished = state;
  unsigned char out[kMaxDigest];
  final_state(&finished, out, static_cast<size_t>(digest_size));
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(digest_size));
}

template struct Blake2<uint64_t>;
template struct Blake2<uint32_t>;

}  // namespace weft::python
