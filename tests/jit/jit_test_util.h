// Helpers shared by the JIT tests.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"

namespace jit_test {

// Parses `text` and requires it to parse and to verify.
inline weft::jit::Trace parse_verified(const std::string& text, weft::jit::DescrTable& table) {
  weft::jit::Trace t;
  std::string error;
  INFO(text);
  REQUIRE(weft::jit::parse_trace(text, table, t, &error));
  INFO(error);
  REQUIRE(weft::jit::verify(t, &error));
  return t;
}

}  // namespace jit_test
