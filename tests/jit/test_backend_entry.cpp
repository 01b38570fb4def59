// The entry conventions of compiled traces: run() passes every input in io; calls from compiled
// code (direct portal calls, call stubs) enter at the register entry, with the first inputs in
// registers and the rest in io, and take a finish's value from a register. Both must give what
// the IR interpreter gives.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

#include "backend_test_util.h"
#include "jit_test_util.h"
#include "weft/gc/gc.h"

using namespace weft::jit;
using jit_test::Outcome;

namespace {

std::string addr(const void* p) { return std::to_string(reinterpret_cast<uintptr_t>(p)); }

// Five reds: four fit the entry registers, the fifth goes through io. The callee does not read
// its third input (the io entry skips it, the register entry ignores it).
constexpr const char* kCallee =
    "[i0, i1, i2, i3, i4]\n"
    "i5 = int_sub(i0, i4)\n"
    "i6 = int_mul(i1, 3)\n"
    "i7 = int_add(i5, i6)\n"
    "i8 = int_add(i7, i3)\n"
    "finish(i8)\n";
int64_t callee(int64_t a, int64_t b, int64_t, int64_t d, int64_t e) { return a - e + 3 * b + d; }

struct Calls {
  int64_t slow = 0, exits = 0;
};
Calls g_calls;
int64_t no_code(CallAssemblerToken*, int64_t, int64_t, int64_t, int64_t, int64_t) {
  ++g_calls.slow;
  return 0;
}
uint64_t after_exit(CallAssemblerToken*, const ExitInfo*, uint64_t*, const uint64_t*) {
  ++g_calls.exits;
  return 0;
}

}  // namespace

TEST_CASE("backend: compiled code enters a trace with its first inputs in registers") {
  weft::gc::Heap heap;
  Backend backend;
  DescrTable table;
  table.add<CallDescr>("ca5", std::vector<Type>(6, Type::Int), Type::Int);
  CallStubSpec spec;
  spec.reds = 5;
  spec.slow = reinterpret_cast<uintptr_t>(&no_code);
  spec.after_exit = reinterpret_cast<uintptr_t>(&after_exit);
  CallAssemblerToken token;
  token.helper = backend.compile_call_stub(spec);
  REQUIRE(token.helper != 0);
  std::string error;
  Trace callee_trace = jit_test::parse_verified(kCallee, table);
  CompiledTrace* callee_code = backend.compile_trace(callee_trace, "callee", &error);
  INFO(error);
  REQUIRE(callee_code != nullptr);
  token.entry = backend.entry_of(*callee_code);
  // The register entry does not start by reading the io pointer ([rsp], `mov r11, [rsp]`) when
  // all of a trace's inputs come in registers; the callee's fifth input does not.
  const uint8_t kLoadIo[] = {0x4c, 0x8b, 0x1c, 0x24};
  Trace pair = jit_test::parse_verified("[i0, i1]\ni2 = int_add(i0, i1)\nfinish(i2)\n", table);
  CompiledTrace* pair_code = backend.compile_trace(pair, "pair", &error);
  REQUIRE(pair_code != nullptr);
  CHECK(std::memcmp(reinterpret_cast<const void*>(backend.entry_of(*pair_code)), kLoadIo, 4) != 0);
  CHECK(std::memcmp(reinterpret_cast<const void*>(token.entry), kLoadIo, 4) == 0);

  // The caller passes reds from registers, spill slots (values live across the call) and
  // constants; its own values survive the call.
  Trace caller = jit_test::parse_verified(
      "[i0, i1]\n"
      "i2 = int_add(i0, 1)\n"
      "i3 = int_mul(i1, i1)\n"
      "i4 = call_assembler(" +
          addr(&token) +
          ", i0, i1, 7, i2, i3, descr=ca5)\n"
          "i5 = int_add(i4, i1)\n"
          "i6 = int_add(i5, i3)\n"
          "finish(i6, i2)\n",
      table);
  CompiledTrace* caller_code = backend.compile_trace(caller, "caller", &error);
  INFO(error);
  REQUIRE(caller_code != nullptr);
  CHECK(backend.stats().inline_call_stubs == 1);

  auto stub = reinterpret_cast<int64_t (*)(CallAssemblerToken*, int64_t, int64_t, int64_t, int64_t,
                                           int64_t)>(token.helper);
  for (int64_t a : {0, 1, -5, 1000}) {
    for (int64_t b : {0, 2, -3}) {
      g_calls = {};
      std::vector<uint64_t> in = {uint64_t(a), uint64_t(b)};
      Outcome expected = jit_test::run_interpreted(caller, *caller_code, in, {});
      Outcome got = jit_test::run_compiled(backend, *caller_code, in);
      jit_test::check_same_outcome(expected, in, got, in);
      REQUIRE(got.kind == ExitInfo::Kind::Finish);
      CHECK(int64_t(got.values[0]) == callee(a, b, 7, a + 1, b * b) + b + b * b);
      CHECK(int64_t(got.values[1]) == a + 1);
      // From C++: the stub enters the same code with the same convention.
      CHECK(stub(&token, a, b, 7, a + 1, b * b) == callee(a, b, 7, a + 1, b * b));
      // And run() through the io entry.
      std::vector<uint64_t> five = {uint64_t(a), uint64_t(b), 7, uint64_t(a + 1), uint64_t(b * b)};
      Outcome direct = jit_test::run_compiled(backend, *callee_code, five);
      REQUIRE(direct.kind == ExitInfo::Kind::Finish);
      CHECK(int64_t(direct.values[0]) == callee(a, b, 7, a + 1, b * b));
      CHECK(g_calls.slow == 0);
      CHECK(g_calls.exits == 0);
    }
  }
}
