// Known bits (framework/src/opt/known_bits.h) against concrete evaluation: for random values and
// random subsets of their bits taken as known, every bit the transfer functions claim to know
// must hold in the result eval_pure computes.
#include <catch2/catch.hpp>
#include <random>

#include "../../framework/src/opt/known_bits.h"
#include "weft/jit/ir_eval.h"

using namespace weft::jit;
using weft::jit::opt::Bits;

TEST_CASE("known bits agree with evaluation") {
  std::mt19937_64 rng(7);
  static const Op kOps[] = {Op::int_and,    Op::int_or,      Op::int_xor,    Op::int_invert,
                            Op::int_add,    Op::int_sub,     Op::int_neg,    Op::int_mul,
                            Op::int_lshift, Op::uint_rshift, Op::int_rshift, Op::int_lt,
                            Op::int_eq,     Op::uint_lt,     Op::int_is_zero};
  // Values with few or many bits set, and masks of known bits of every density.
  auto value = [&] {
    switch (rng() % 4) {
      case 0:
        return rng() % 256;
      case 1:
        return uint64_t(-int64_t(rng() % 256));
      case 2:
        return rng() & rng() & rng();
      default:
        return rng();
    }
  };
  auto known = [&](uint64_t v) {
    uint64_t mask = rng() % 3 == 0 ? ~uint64_t(0) : rng() | (rng() % 2 ? rng() : 0);
    if (rng() % 4 == 0) mask = ~(~uint64_t(0) >> (rng() % 64));    // only the high bits
    if (rng() % 4 == 0) mask = (uint64_t(1) << (rng() % 64)) - 1;  // only the low bits
    return Bits{~v & mask, v & mask};
  };
  size_t checked = 0, bits_known = 0;
  for (int n = 0; n < 200000; ++n) {
    Op op = kOps[rng() % std::size(kOps)];
    uint64_t a = value(), b = value();
    bool shift = op == Op::int_lshift || op == Op::uint_rshift || op == Op::int_rshift;
    if (shift) b = rng() % 64;
    uint64_t args[2] = {a, b};
    bool unary = op == Op::int_invert || op == Op::int_neg || op == Op::int_is_zero;
    auto result = eval_pure(op, std::span<const uint64_t>(args, unary ? 1 : 2));
    REQUIRE(result);
    Bits x = known(a), y = known(b);
    Bits r = opt::bits_of_result(op, x, y, shift ? std::optional<uint64_t>(b) : std::nullopt);
    INFO(op_info(op).name << " " << a << " " << b);
    REQUIRE((r.zeros & r.ones) == 0);
    REQUIRE((*result & r.zeros) == 0);
    REQUIRE((*result & r.ones) == r.ones);
    ++checked;
    bits_known += size_t(std::popcount(r.zeros | r.ones));
  }
  CHECK(bits_known > checked * 16);  // the test is not vacuous
}
