// str and bytes objects: creation, UTF-8 helpers, hashing, repr, indexing and slicing.
// Storage decision: UTF-8 with a cached code-point count and an ASCII flag. ASCII strings (the
// common case) index in O(1); non-ASCII strings index by decoding (O(n)).
#include <functional>
#include <new>
#include <string>
#include <vector>

#include "objects/unicode_db.h"
#include "vm/runtime.h"

namespace weft::python {

Str* new_str_raw(int64_t size) {
  Str* s = rt.heap->make_with_tail<Str>(static_cast<size_t>(size) + 1);
  if (!s) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  s->type = rt.str_type;
  s->size = size;
  return s;
}

bool result_size_ok(int64_t bytes) {
  if (bytes <= 0 || static_cast<uint64_t>(bytes) <= rt.heap->config().heap_limit) return true;
  rt.exc = rt.memory_error;
  return false;
}

void str_finish(Str* s) {
  int64_t chars = 0;
  bool ascii = true;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data());
  for (int64_t i = 0; i < s->size; i++) {
    if (p[i] >= 0x80) ascii = false;
    if ((p[i] & 0xC0) != 0x80) chars++;
  }
  s->chars = chars;
  s->ascii = ascii;
  s->hash = -1;
}

Value new_str(std::string_view v) {
  if (v.size() == 1 && static_cast<unsigned char>(v[0]) < 128 && rt.char_cache[0])
    return rt.char_cache[static_cast<unsigned char>(v[0])];
  if (v.empty() && rt.empty_str) return rt.empty_str;
  Str* s = new_str_raw(static_cast<int64_t>(v.size()));
  if (!s) return Value();
  std::memcpy(s->data(), v.data(), v.size());
  str_finish(s);
  return s;
}

Value new_bytes(std::string_view v) {
  Str* s = new_str_raw(static_cast<int64_t>(v.size()));
  if (!s) return Value();
  s->type = rt.bytes_type;
  std::memcpy(s->data(), v.data(), v.size());
  s->chars = s->size;
  s->ascii = true;
  return s;
}

namespace {

uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1;
  v2 += v3;
  v1 = rotl(v1, 13) ^ v0;
  v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1;
  v0 += v3;
  v1 = rotl(v1, 17) ^ v2;
  v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

// SipHash-1-3 with a zero key: CPython 3.11's str/bytes hash when hash randomization is off
// (PYTHONHASHSEED=0, which the conformance tests use), so that sets and dicts keyed by strings
// iterate in CPython's order.
uint64_t siphash13(const unsigned char* in, size_t n) {
  uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
  uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
  uint64_t b = static_cast<uint64_t>(n) << 56;
  for (; n >= 8; n -= 8, in += 8) {
    uint64_t m;
    std::memcpy(&m, in, 8);  // little-endian host
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < n; i++) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  int64_t r = 0;
  if (s->size > 0) {
    uint64_t h;
    if (s->ascii) {
      h = siphash13(reinterpret_cast<const unsigned char*>(s->data()),
                    static_cast<size_t>(s->size));
    } else {
      // CPython hashes its internal representation: 1, 2 or 4 bytes per code point, chosen
      // by the largest code point
      std::vector<uint32_t> cps;
      uint32_t max_cp = 0;
      const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data());
      const unsigned char* end = p + s->size;
      while (p < end) {
        uint32_t c = *p;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        c &= extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F;
        p++;
        for (int k = 0; k < extra && p < end; k++, p++) c = (c << 6) | (*p & 0x3F);
        cps.push_back(c);
        if (c > max_cp) max_cp = c;
      }
      size_t width = max_cp < 0x100 ? 1 : max_cp < 0x10000 ? 2 : 4;
      std::vector<unsigned char> buf(cps.size() * width);
      for (size_t i = 0; i < cps.size(); i++)
        for (size_t k = 0; k < width; k++)
          buf[i * width + k] = static_cast<unsigned char>(cps[i] >> (8 * k));
      h = siphash13(buf.data(), buf.size());
    }
    r = static_cast<int64_t>(h);
  }
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

bool str_eq(Str* a, Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), static_cast<size_t>(a->size)) == 0;
}

namespace {

uint32_t decode_at(const char* p, int64_t* len) {
  unsigned char c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if (c < 0xF0) {
    *len = 3;
    return ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  }
  *len = 4;
  return ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

void encode_cp(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

uint32_t utf8_decode_at(const char* p, int64_t* len) { return decode_at(p, len); }
void utf8_encode(std::string& out, uint32_t cp) { encode_cp(out, cp); }

std::vector<uint32_t> str_codepoints(Str* s) {
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s->chars));
  for (int64_t i = 0; i < s->size;) {
    int64_t n;
    cps.push_back(decode_at(s->data() + i, &n));
    i += n;
  }
  return cps;
}

Value str_from_codepoint(uint32_t cp) {
  if (cp < 128) return rt.char_cache[cp];
  std::string s;
  encode_cp(s, cp);
  return new_str(s);
}

int64_t utf8_index_to_offset(Str* s, int64_t index) {
  if (s->ascii) return index;
  int64_t off = 0;
  for (int64_t i = 0; i < index && off < s->size; i++) {
    int64_t n;
    decode_at(s->data() + off, &n);
    off += n;
  }
  return off;
}

Value str_repr(Str* s) {
  std::string_view v = s->view();
  bool sq = v.find('\'') != std::string_view::npos;
  bool dq = v.find('"') != std::string_view::npos;
  char q = (sq && !dq) ? '"' : '\'';
  std::string r(1, q);
  for (int64_t i = 0; i < s->size;) {
    int64_t n;
    uint32_t c = decode_at(s->data() + i, &n);
    if (c == static_cast<uint32_t>(q) || c == '\\') {
      r += '\\';
      r += static_cast<char>(c);
    } else if (c == '\n') {
      r += "\\n";
    } else if (c == '\r') {
      r += "\\r";
    } else if (c == '\t') {
      r += "\\t";
    } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && !unicode::printable(c))) {
      char buf[12];
      std::snprintf(buf, sizeof buf,
                    c < 0x100     ? "\\x%02x"
                    : c < 0x10000 ? "\\u%04x"
                                  : "\\U%08x",
                    c);
      r += buf;
    } else {
      r.append(s->data() + i, static_cast<size_t>(n));
    }
    i += n;
  }
  r += q;
  return new_str(r);
}

Value bytes_repr(Str* s) {
  std::string_view v = s->view();
  bool sq = v.find('\'') != std::string_view::npos;
  bool dq = v.find('"') != std::string_view::npos;
  char q = (sq && !dq) ? '"' : '\'';
  std::string r = "b";
  r += q;
  for (char ch : v) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      r += '\\';
      r += ch;
    } else if (c == '\n') {
      r += "\\n";
    } else if (c == '\r') {
      r += "\\r";
    } else if (c == '\t') {
      r += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      r += buf;
    } else {
      r += ch;
    }
  }
  r += q;
  return new_str(r);
}

namespace {

// A concatenation at least this long whose left operand is itself a concatenation starts a
// shared buffer; shorter chains copy (the copy costs less than the buffer's slack).
constexpr int64_t kSharedMin = 256;

Str* new_shared_str(StrBuf* buf, int64_t size) {
  Str* s = rt.heap->make_with_tail<Str>(sizeof(gc::Field<StrBuf>));
  if (!s) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  s->type = rt.str_type;
  s->size = size;
  s->shared = true;
  new (&s->buf()) gc::Field<StrBuf>(buf);
  return s;
}

}  // namespace

// `s += x` in a loop is linear, as CPython makes it by resizing a string that has one
// reference. Without reference counts the strings of a chain share one over-allocated buffer
// instead: appending to the chain's longest string writes after its bytes and makes a new
// string of the longer prefix, leaving every earlier string's bytes as they were.
Value str_concat(Str* a, Str* b) {
  if (a->size == 0) return b;
  if (b->size == 0) return a;
  int64_t n = a->size + b->size;
  Str* s;
  if (a->shared && a->buf()->used == a->size && n <= a->buf()->cap) {
    StrBuf* buf = a->buf();
    std::memcpy(buf->bytes() + a->size, b->data(), static_cast<size_t>(b->size));
    buf->bytes()[n] = 0;
    buf->used = n;
    s = new_shared_str(buf, n);
    if (!s) return Value();
  } else if ((a->shared || a->concat) && n >= kSharedMin) {
    int64_t cap = n * 2;
    StrBuf* buf = rt.heap->make_with_tail<StrBuf>(static_cast<size_t>(cap) + 1);
    if (!buf) {
      rt.exc = rt.memory_error;
      return Value();
    }
    buf->cap = cap;
    buf->used = n;
    std::memcpy(buf->bytes(), a->data(), static_cast<size_t>(a->size));
    std::memcpy(buf->bytes() + a->size, b->data(), static_cast<size_t>(b->size));
    s = new_shared_str(buf, n);
    if (!s) return Value();
  } else {
    s = new_str_raw(n);
    if (!s) return Value();
    std::memcpy(s->data(), a->data(), static_cast<size_t>(a->size));
    std::memcpy(s->data() + a->size, b->data(), static_cast<size_t>(b->size));
    s->concat = true;
  }
  s->chars = a->chars + b->chars;
  s->ascii = a->ascii && b->ascii;
  return s;
}

Value str_getitem(Str* s, Value key) {
  bool bytes = s->type->layout == Layout::Bytes;
  if (key.is_ptr() && key.obj()->type == rt.slice_type) {
    int64_t start, stop, step, count;
    int64_t len = bytes ? s->size : s->chars;
    if (!slice_indices(key.as<Slice>(), len, &start, &stop, &step, &count)) return Value();
    if (bytes || s->ascii) {
      if (step == 1) {
        std::string_view part(s->data() + start, static_cast<size_t>(count));
        return bytes ? new_bytes(part) : new_str(part);
      }
      std::string r;
      for (int64_t i = 0, j = start; i < count; i++, j += step) r += s->data()[j];
      return bytes ? new_bytes(r) : new_str(r);
    }
    std::vector<uint32_t> cps = str_codepoints(s);
    std::string r;
    for (int64_t i = 0, j = start; i < count; i++, j += step)
      encode_cp(r, cps[static_cast<size_t>(j)]);
    return new_str(r);
  }
  int64_t i;
  if (!is_index(key))  // CPython's two messages differ in more than the name
    return bytes ? raise_fmt(rt.TypeError, "byte indices must be integers or slices, not %s",
                             type_name(key))
                 : raise_fmt(rt.TypeError, "string indices must be integers, not '%s'",
                             type_name(key));
  if (!int_index(key, &i)) return Value();
  int64_t len = bytes ? s->size : s->chars;
  if (i < 0) i += len;
  if (i < 0 || i >= len)
    return raise(rt.IndexError, bytes ? "index out of range" : "string index out of range");
  if (bytes) return Value::small(static_cast<unsigned char>(s->data()[i]));
  if (s->ascii) return rt.char_cache[static_cast<unsigned char>(s->data()[i])];
  int64_t off = utf8_index_to_offset(s, i);
  int64_t n;
  uint32_t cp = decode_at(s->data() + off, &n);
  return str_from_codepoint(cp);
}

}  // namespace weft::python
