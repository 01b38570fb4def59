#include "native_access.h"

#include <bit>
#include <cstring>

namespace weft::jit {

uint64_t native_load(uintptr_t address, uint8_t size, bool is_signed) {
  switch (size) {
    case 1: {
      uint8_t v;
      std::memcpy(&v, reinterpret_cast<const void*>(address), 1);
      return is_signed ? uint64_t(int64_t(int8_t(v))) : v;
    }
    case 2: {
      uint16_t v;
      std::memcpy(&v, reinterpret_cast<const void*>(address), 2);
      return is_signed ? uint64_t(int64_t(int16_t(v))) : v;
    }
    case 4: {
      uint32_t v;
      std::memcpy(&v, reinterpret_cast<const void*>(address), 4);
      return is_signed ? uint64_t(int64_t(int32_t(v))) : v;
    }
    default: {
      uint64_t v;
      std::memcpy(&v, reinterpret_cast<const void*>(address), 8);
      return v;
    }
  }
}

void native_store(uintptr_t address, uint8_t size, uint64_t value) {
  std::memcpy(reinterpret_cast<void*>(address), &value, size);  // little-endian: low bytes
}

namespace {

// Integer and float arguments go to separate register sequences, so one function type covers
// every signature with at most 6 integer and 8 float arguments.
using IntCall = uint64_t (*)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, double,
                             double, double, double, double, double, double, double);
using FloatCall = double (*)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, double,
                             double, double, double, double, double, double, double);

}  // namespace

// Calls through a function pointer type that is not the callee's own, which UBSan's function
// check would report; the SysV ABI makes it exact.
__attribute__((no_sanitize("function"))) bool native_call(uintptr_t fn, const CallDescr& call,
                                                          std::span<const uint64_t> args,
                                                          uint64_t* result, std::string* error) {
  uint64_t ints[6] = {};
  double floats[8] = {};
  size_t ni = 0, nf = 0;
  for (size_t i = 0; i < call.arg_types.size(); ++i) {
    if (call.arg_types[i] == Type::Float) {
      if (nf == 8) return *error = "more than 8 float arguments", false;
      floats[nf++] = std::bit_cast<double>(args[i]);
    } else {
      if (ni == 6) return *error = "more than 6 integer arguments", false;
      ints[ni++] = args[i];
    }
  }
  if (fn == 0) return *error = "call through a null function pointer", false;
  if (call.result == Type::Float) {
    *result = std::bit_cast<uint64_t>(reinterpret_cast<FloatCall>(fn)(
        ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], floats[0], floats[1], floats[2],
        floats[3], floats[4], floats[5], floats[6], floats[7]));
  } else {
    *result = reinterpret_cast<IntCall>(fn)(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5],
                                            floats[0], floats[1], floats[2], floats[3], floats[4],
                                            floats[5], floats[6], floats[7]);
    if (call.result == Type::Void) *result = 0;
  }
  return true;
}

}  // namespace weft::jit
