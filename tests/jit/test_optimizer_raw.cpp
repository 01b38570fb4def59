// The optimizer's raw-memory cache (opt/raw_cache.h): loads of raw memory forwarded from earlier
// loads and stores of the same address, forgotten where a store may overlap or a call may
// write.
#include <catch2/catch.hpp>

#include "jit_test_util.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

// Optimizer options that peel loops, with the table their peeled labels go into.
struct PeelingOptions {
  DescrTable labels;
  OptimizerOptions options;
  PeelingOptions() { options.peel_labels = &labels; }
  PeelingOptions(const PeelingOptions&) = delete;  // options points into labels
  operator const OptimizerOptions&() const { return options; }
};

struct RawGolden {
  DescrTable table;
  RawGolden() {
    table.add<FieldDescr>("byte", 0, 1, Type::Int, false);
    table.add<FieldDescr>("sbyte", 0, 1, Type::Int, true);
    table.add<FieldDescr>("word", 0, 8, Type::Int);
    table.add<CallDescr>("clobber", std::vector<Type>{Type::Int}, Type::Void, EffectInfo{});
  }
  OptimizerReport report;
  std::string operator()(const std::string& input, const OptimizerOptions& options = {}) {
    Trace out = optimize(jit_test::parse_verified(input, table), options, &report);
    std::string error;
    INFO(print_trace(out));
    CHECK(verify(out, &error));
    return print_trace(out);
  }
};

}  // namespace

TEST_CASE("raw memory: loads forwarded from loads and stores of the same address") {
  RawGolden g;
  // A byte stored and read back is the stored value's low byte; a word is the word; loading
  // again is the first load. (The store is lazy: it waits for something that may read it.)
  CHECK(g(R"([i0, i1]
i2 = getfield_raw(i0, descr=word)
i3 = getfield_raw(i0, descr=word)
setfield_raw(i1, i2, descr=byte)
i5 = getfield_raw(i1, descr=byte)
i6 = getfield_raw(i1, descr=sbyte)
finish(i3, i5, i6)
)") == R"([i0, i1]
i2 = getfield_raw(i0, descr=word)
i3 = int_and(i2, 255)
setfield_raw(i1, i2, descr=byte)
i5 = getfield_raw(i1, descr=sbyte)
finish(i2, i3, i5)
)");
}

TEST_CASE("raw memory: a store forgets what it may overlap, not the bytes beside it") {
  RawGolden g;
  // i3 = i0 + i1 + 1 and i5 = i0 + i1 + 2 (i4 = i1 + 2) are different bytes: the load of i3
  // survives the store to i5. A store through i2 (unrelated) forgets everything.
  CHECK(g(R"([i0, i1, i2]
i3 = int_add(i0, i1)
i4 = int_add(i3, 1)
i5 = int_add(i1, 2)
i6 = int_add(i0, i5)
i7 = getfield_raw(i4, descr=byte)
setfield_raw(i6, 7, descr=byte)
i9 = getfield_raw(i4, descr=byte)
setfield_raw(i2, 0, descr=byte)
i11 = getfield_raw(i4, descr=byte)
finish(i9, i11)
)") == R"([i0, i1, i2]
i3 = int_add(i0, i1)
i4 = int_add(i3, 1)
i5 = int_add(i1, 2)
i6 = int_add(i0, i5)
i7 = getfield_raw(i4, descr=byte)
setfield_raw(i6, 7, descr=byte)
setfield_raw(i2, 0, descr=byte)
i10 = getfield_raw(i4, descr=byte)
finish(i7, i10)
)");
  // A word store at i3 + 0 overlaps the byte at i3 + 1.
  CHECK(g(R"([i0, i1]
i2 = int_add(i0, 1)
i3 = getfield_raw(i2, descr=byte)
setfield_raw(i0, i1, descr=word)
i5 = getfield_raw(i2, descr=byte)
finish(i3, i5)
)") == R"([i0, i1]
i2 = int_add(i0, 1)
i3 = getfield_raw(i2, descr=byte)
setfield_raw(i0, i1, descr=word)
i5 = getfield_raw(i2, descr=byte)
finish(i3, i5)
)");
}

TEST_CASE("raw memory: a store overwritten before anything may read it is dropped") {
  RawGolden g;
  // The first store to i0 is dead (i3 = i0 + 1 is another byte); the others wait until the
  // load through i1, which may be either address.
  CHECK(g(R"([i0, i1]
setfield_raw(i0, 1, descr=byte)
i3 = int_add(i0, 1)
setfield_raw(i3, 2, descr=byte)
setfield_raw(i0, 3, descr=byte)
i6 = getfield_raw(i1, descr=byte)
guard_true(i6) [1@0: i6]
finish()
)") == R"([i0, i1]
i2 = int_add(i0, 1)
setfield_raw(i2, 2, descr=byte)
setfield_raw(i0, 3, descr=byte)
i5 = getfield_raw(i1, descr=byte)
guard_true(i5) [1@0: i5]
finish()
)");
}

TEST_CASE("raw memory: calls and labels forget, and the pass can be switched off") {
  RawGolden g;
  const char* in = R"([i0, i1]
i2 = getfield_raw(i0, descr=word)
call(i1, i2, descr=clobber)
i4 = getfield_raw(i0, descr=word)
i5 = getfield_raw(i0, descr=word)
label(i0, i5, descr=loop)
i7 = getfield_raw(i0, descr=word)
jump(i0, i7, descr=loop)
)";
  OptimizerOptions no_peel;
  no_peel.peel = false;
  CHECK(g(in, no_peel) == R"([i0, i1]
i2 = getfield_raw(i0, descr=word)
call(i1, i2, descr=clobber)
i4 = getfield_raw(i0, descr=word)
label(i0, i4, descr=loop)
i6 = getfield_raw(i0, descr=word)
jump(i0, i6, descr=loop)
)");
  OptimizerOptions off;
  off.heap = false;
  CHECK(g("[i0]\ni1 = getfield_raw(i0, descr=word)\ni2 = getfield_raw(i0, descr=word)\n"
          "finish(i1, i2)\n",
          off) ==
        "[i0]\ni1 = getfield_raw(i0, descr=word)\ni2 = getfield_raw(i0, descr=word)\n"
        "finish(i1, i2)\n");
}

TEST_CASE("raw memory: a forwarded narrow load has the range of its mask") {
  RawGolden g;
  // bf's `-` then `[`: the cell is stored, read back (forwarded as i2 & 255) and masked again
  // by the interpreter; the second mask is the first.
  CHECK(g(R"([i0, i1]
i2 = int_add(i1, -1)
setfield_raw(i0, i2, descr=byte)
i4 = getfield_raw(i0, descr=byte)
i5 = int_and(i4, 255)
i6 = int_eq(i5, 0)
finish(i6)
)") == R"([i0, i1]
i2 = int_add(i1, -1)
i3 = int_and(i2, 255)
i4 = int_eq(i3, 0)
setfield_raw(i0, i2, descr=byte)
finish(i4)
)");
}

TEST_CASE("fold: constant steps of a pointer are reassociated, not across a loop's label") {
  RawGolden g;
  // bf's `>>>`: three moves become three adds of the start (independent of one another), and
  // a chain that comes back folds to its start.
  CHECK(g(R"([i0]
i1 = int_add(i0, 1)
i2 = int_add(i1, 1)
i3 = int_sub(i2, 1)
i4 = int_add(i3, 2)
i5 = int_add(i4, -3)
finish(i1, i2, i3, i4, i5)
)") == R"([i0]
i1 = int_add(i0, 1)
i2 = int_add(i0, 2)
i3 = int_add(i0, 3)
finish(i1, i2, i1, i3, i0)
)");
  // In the peeled loop, i2 is the label's argument (this iteration's value), not the first
  // iteration's i0 + 1: i3 = i2 + 1 must not become i0 + 2.
  PeelingOptions peeling;
  CHECK(g(R"([i0]
label(i0, descr=loop)
i2 = int_add(i0, 1)
i3 = int_lt(i2, 100)
guard_true(i3) [1@0: i2]
jump(i2, descr=loop)
)",
          peeling) == R"([i0]
label(i0, descr=loop)
i2 = int_add(i0, 1)
i3 = int_lt(i2, 100)
guard_true(i3) [1@0: i2]
label(i2, descr=loop.loop)
i6 = int_add(i2, 1)
i7 = int_lt(i6, 100)
guard_true(i7) [1@0: i6]
jump(i6, descr=loop.loop)
)");
}

TEST_CASE("peeling: a pointer the body moves and brings back is loop invariant") {
  RawGolden g;
  PeelingOptions peeling;
  // bf's `[->+<]`: the loop variable i0 comes back as (i0 + 1) - 1, so the pointer is invariant
  // and the bounds checks of both cells run once, in the first iteration; the two cells, which
  // the loop rewrites, travel in the peeled loop's arguments instead of through memory.
  CHECK(g(R"([i0]
label(i0, descr=loop)
i2 = getfield_raw(i0, descr=byte)
i3 = int_add(i2, -1)
setfield_raw(i0, i3, descr=byte)
i5 = int_add(i0, 1)
i6 = int_lt(i5, 65536)
guard_true(i6) [1@0: i5]
i8 = getfield_raw(i5, descr=byte)
i9 = int_add(i8, 1)
setfield_raw(i5, i9, descr=byte)
i11 = int_sub(i5, 1)
i12 = getfield_raw(i11, descr=byte)
i13 = int_eq(i12, 0)
guard_false(i13) [1@1: i11]
jump(i11, descr=loop)
)",
          peeling) == R"([i0]
label(i0, descr=loop)
i2 = getfield_raw(i0, descr=byte)
i3 = int_add(i2, -1)
i4 = int_add(i0, 1)
setfield_raw(i0, i3, descr=byte)
i6 = int_lt(i4, 65536)
guard_true(i6) [1@0: i4]
i8 = getfield_raw(i4, descr=byte)
i9 = int_add(i8, 1)
i10 = int_and(i3, 255)
setfield_raw(i4, i9, descr=byte)
i12 = int_eq(i10, 0)
guard_false(i12) [1@1: i0]
i14 = same_as(i10)
i15 = int_and(i9, 255)
i16 = same_as(i15)
label(i14, i16, descr=loop.loop)
i18 = int_add(i14, -1)
i19 = int_add(i16, 1)
i20 = int_and(i18, 255)
setfield_raw(i0, i18, descr=byte)
setfield_raw(i4, i19, descr=byte)
i23 = int_eq(i20, 0)
guard_false(i23) [1@1: i0]
i25 = int_and(i19, 255)
jump(i20, i25, descr=loop.loop)
)");
  // The cells the first iteration stored are predicted to change in every iteration: one run
  // (planning them as kept, then finding at the jump that they are not, took two).
  CHECK(g.report.runs == 1);
}

TEST_CASE("peeling: a cell the loop stores with the value it holds stays known, not carried") {
  RawGolden g;
  PeelingOptions peeling;
  // Each iteration copies the word at i0 + 8 (which it never writes) to i0: the value stored
  // is not a constant, so it is predicted to change; the jump shows it did not, and the loop is
  // optimized again with the fact kept as it is: no label argument for it, no load in the loop.
  std::string out = g(R"([i0, i1]
label(i0, i1, descr=loop)
i2 = int_add(i0, 8)
i3 = getfield_raw(i2, descr=word)
setfield_raw(i0, i3, descr=word)
i5 = int_add(i1, 1)
i6 = int_lt(i5, 100)
guard_true(i6) [1@0: i5]
jump(i0, i5, descr=loop)
)",
                      peeling);
  INFO(out);
  REQUIRE(out.find("label(i5, descr=loop.loop)") != std::string::npos);
  std::string loop = out.substr(out.find("label(i5, descr=loop.loop)"));
  CHECK(loop.find("getfield_raw") == std::string::npos);
  CHECK(g.report.runs == 2);
}

TEST_CASE("peeling: a raw cell is not carried across a call that may write it") {
  RawGolden g;
  PeelingOptions peeling;
  // The first run carries the cell and finds at the jump that the call (after the store) forgot
  // it: the optimizer runs again without it, so each iteration loads the cell again.
  std::string out = g(R"([i0, i1]
label(i0, i1, descr=loop)
i2 = getfield_raw(i0, descr=byte)
i3 = int_add(i2, 1)
setfield_raw(i0, i3, descr=byte)
call(4096, i1, descr=clobber)
i6 = int_lt(i3, 100)
guard_true(i6) [1@0: i0]
jump(i0, i1, descr=loop)
)",
                      peeling);
  INFO(out);
  REQUIRE(out.find("label(descr=loop.loop)") != std::string::npos);
  std::string loop = out.substr(out.find("label(descr=loop.loop)"));
  CHECK(loop.find("getfield_raw(i0, descr=byte)") != std::string::npos);
}
