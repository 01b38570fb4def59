// WEFT_LOOK_INSIDE_IF on clang's IR (look_inside_sample.cpp): at each call of power() the
// jitcode runs its predicate and then traces into power() or calls it. In a trace, the call
// with the green exponent is unrolled into multiplications; the one with a red exponent stays
// a call.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "look_inside_sample.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/jitcode.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/tracer.h"

using namespace weft::jit;

namespace {

struct LookInsideSample {
  DescrTable descrs;
  JitCodeSet codes;
  std::string text;
  LookInsideSample() {
    std::ifstream in(WEFT_LOOK_INSIDE_JITCODE);
    std::stringstream s;
    s << in.rdbuf();
    text = s.str();
    INFO(text);
    auto resolve = [](std::string_view name) -> uint64_t {
      return name == "power" ? reinterpret_cast<uintptr_t>(&power) : 0;
    };
    std::string error;
    REQUIRE(parse_jitcodes(text, descrs, codes, &error, resolve));
  }
};

size_t count_ops(const Trace& t, Op op) {
  size_t n = 0;
  for (const Inst& inst : t.insts) n += inst.op == op;
  return n;
}

}  // namespace

TEST_CASE("codegen: look-inside-if traces into a call when its predicate holds") {
  LookInsideSample s;
  INFO(s.text);
  // Both ways at each call: the predicate, then an inline and a residual call.
  CHECK(s.text.find("= inline_call_i(@power_unrolls, ") != std::string::npos);
  CHECK(s.text.find("= inline_call_i(@power, ") != std::string::npos);
  CHECK(s.text.find("= residual_call_i($sym(power), descr=call.power, ") != std::string::npos);

  const JitCode& run = *s.codes.find("sum_powers");
  for (auto [fixed, varying, n] : {std::tuple<int64_t, int64_t, int64_t>{3, 2, 10}, {0, 5, 7}}) {
    std::vector<uint64_t> banks[3] = {{uint64_t(fixed), uint64_t(varying), uint64_t(n)}, {}, {}};
    BlackholeResult r = run_blackhole(run, banks);
    INFO(r.error);
    REQUIRE(r.kind == BlackholeResult::Kind::Returned);
    CHECK(int64_t(r.value) == sum_powers(fixed, varying, n));
  }

  std::vector<MergePoint> points = find_merge_points(run);
  REQUIRE(points.size() == 1);
  const MergePoint& mp = points[0];
  std::vector<uint64_t> regs[3];
  for (int b = 0; b < 3; ++b) regs[b].assign(run.num_regs[b], 0);
  regs[kIntBank][mp.greens[kIntBank][0]] = 3;  // fixed
  const uint64_t reds[] = {1, 100, 4, 0};      // i, n, varying, total
  REQUIRE(mp.reds[kIntBank].size() == 4);
  for (size_t k = 0; k < 4; ++k) regs[kIntBank][mp.reds[kIntBank][k]] = reds[k];
  TracerOptions options;
  options.loop_label = s.descrs.label("powers-loop");
  Recording rec = record_loop(run, mp.pc, regs, options);
  INFO(rec.reason);
  REQUIRE(rec.status == Recording::Status::Loop);
  Trace optimized = optimize(rec.trace);
  std::string error;
  REQUIRE(verify(optimized, &error));
  INFO("optimized:\n" << print_trace(optimized));
  CHECK(count_ops(optimized, Op::call) == 1);  // power(i, varying)
  // power(i, 3) unrolled: i * i * i (the first multiplication, by 1, folded).
  CHECK(count_ops(optimized, Op::int_mul) == 2);
}
