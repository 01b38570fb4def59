// Methods of bytes that str does not share: hex with separators, translate and maketrans (the
// others are str_methods.cpp's, which work on either). bytearray (lib/_weft_bytearray.py) runs
// them on a bytes copy.
#include <string>

#include "vm/runtime.h"

namespace weft::python {

namespace {

bool is_bytes_like(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Bytes; }

// A bytes-like argument as bytes: bytes itself, or what bytes(x) gives for bytearray and
// memoryview; str and int are refused as CPython refuses them (no buffer).
bool bytes_arg(Value v, std::string* out) {
  if (is_bytes_like(v)) {
    *out = std::string(v.as<Str>()->view());
    return true;
  }
  if (is_int(v) || (v.is_ptr() && v.obj()->type->layout == Layout::Str) || v == Value(rt.None)) {
    raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
  }
  Value b = call1(rt.bytes_type, v);
  if (!b) return false;
  *out = std::string(b.as<Str>()->view());
  return true;
}

// bytes.hex(sep=..., bytes_per_sep=1): a separator every |bytes_per_sep| bytes, the groups
// counted from the right when it is positive and from the left when negative.
Value b_hex(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("hex", args, nargs, kw, 0, {"sep", "bytes_per_sep"}, a)) return Value();
  std::string_view s = self.as<Str>()->view();
  static const char digits[] = "0123456789abcdef";
  std::string sep;
  int64_t per = 1;
  if (a[0]) {
    bool text = a[0].is_ptr() && a[0].obj()->type->layout == Layout::Str;
    if (!text && !is_bytes_like(a[0])) return raise(rt.TypeError, "sep must be str or bytes.");
    sep = std::string(a[0].as<Str>()->view());
    if (text ? a[0].as<Str>()->chars != 1 : sep.size() != 1)
      return raise(rt.ValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(sep[0]) >= 0x80)
      return raise(rt.ValueError, "sep must be ASCII.");
  }
  if (a[1] && !int_index(a[1], &per)) return Value();
  std::string r;
  size_t n = s.size();
  size_t group = sep.empty() || per == 0 ? 0 : static_cast<size_t>(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    if (group && i > 0) {
      // bytes before a separator: i for groups from the left, n - i from the right
      size_t before = per < 0 ? i : n - i;
      if (before % group == 0) r += sep;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    r += digits[c >> 4];
    r += digits[c & 15];
  }
  return new_str(r);
}

// bytes.translate(table, /, delete=b''): table is None or 256 bytes
Value b_translate(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("translate", args, nargs, kw, 1, {"table", "delete"}, a)) return Value();
  if (!a[0]) return raise(rt.TypeError, "translate() takes at least 1 argument (0 given)");
  std::string table, del;
  bool identity = a[0] == Value(rt.None);
  if (!identity) {
    if (!bytes_arg(a[0], &table)) return Value();
    if (table.size() != 256)
      return raise(rt.ValueError, "translation table must be 256 characters long");
  }
  if (a[1] && !bytes_arg(a[1], &del)) return Value();
  bool drop[256] = {};
  for (char c : del) drop[static_cast<unsigned char>(c)] = true;
  std::string r;
  for (char c : self.as<Str>()->view()) {
    unsigned char u = static_cast<unsigned char>(c);
    if (drop[u]) continue;
    r += identity ? c : table[u];
  }
  return new_bytes(r);
}

// bytes.maketrans(frm, to): the identity table with frm[i] mapped to to[i]
Value b_maketrans(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("maketrans", kw)) return Value();
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "maketrans expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  std::string frm, to;
  if (!bytes_arg(args[0], &frm) || !bytes_arg(args[1], &to)) return Value();
  if (frm.size() != to.size())
    return raise(rt.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < frm.size(); i++) table[static_cast<unsigned char>(frm[i])] = to[i];
  return new_bytes(table);
}

}  // namespace

void bytes_add_methods(Type* t) {
  add_method(t, "hex", b_hex);
  add_method(t, "translate", b_translate);
  add_static(t, "maketrans", b_maketrans);
}

}  // namespace weft::python
