// The hint API in the native interpreter: warm-up counting, parameters, the free hints, the
// per-type declarations the codegen will read.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "weft/jit/hints.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

struct Program {
  const char* code;
  int64_t length;
};
WEFT_IMMUTABLE_FIELDS(Program, code[*], length);

struct Recorder : HotHandler {
  std::vector<uint64_t> hashes;
  void hot(uint64_t hash) override { hashes.push_back(hash); }
};

// A loop of `iterations` over `positions` loop heads, as an interpreter would run it.
int64_t run_loop(JitDriver& driver, const Program* program, int64_t positions, int64_t iterations) {
  int64_t acc = 0;
  for (int64_t i = 0; i < iterations; ++i) {
    int64_t pc = i % positions;
    acc = i;
    WEFT_JIT_MERGE_POINT(driver, WEFT_GREENS(program, pc), WEFT_REDS(acc));
    WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(program, pc), WEFT_REDS(acc));
  }
  return acc;
}

// One pass over loop head `pc`.
int64_t pass_position(JitDriver& driver, const Program* program, int64_t pc) {
  int64_t acc = 0;
  WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(program, pc), WEFT_REDS(acc));
  return acc;
}

extern "C" const char __start_weft_jit_hints[];
extern "C" const char __stop_weft_jit_hints[];

}  // namespace

TEST_CASE("hints: a loop becomes hot after `threshold` passes, then again") {
  JitDriver driver("test", {"program", "pc"}, {"acc"});
  REQUIRE(driver.set_param("threshold", "100"));
  Recorder recorder;
  driver.set_hot_handler(&recorder);
  Program program{"+", 1};
  run_loop(driver, &program, 1, 99);
  CHECK(driver.hot_count() == 0);
  run_loop(driver, &program, 1, 1);
  CHECK(driver.hot_count() == 1);
  run_loop(driver, &program, 1, 1000);
  CHECK(driver.hot_count() == 11);
  REQUIRE(recorder.hashes.size() == 11);
  CHECK(recorder.hashes[0] == recorder.hashes[10]);  // the same green key each time
  // Positions count separately.
  JitDriver two("two", {"program", "pc"}, {"acc"});
  REQUIRE(two.set_param("threshold", "100"));
  run_loop(two, &program, 2, 198);
  CHECK(two.hot_count() == 0);
  run_loop(two, &program, 2, 2);
  CHECK(two.hot_count() == 2);
}

TEST_CASE("hints: the order loops become hot in does not depend on the program's address") {
  // 300 positions passed at different rates (position p every (p % 7 + 1)-th round); the
  // program at 40 addresses, each with a fresh driver. With counters shared by hash buckets,
  // colliding positions became hot early, differently at each address.
  constexpr int64_t kPositions = 300;
  struct Order : HotHandler {
    std::vector<uint64_t> hashes;
    void hot(uint64_t hash) override { hashes.push_back(hash); }
  };
  auto hot_order = [&](const Program* program) {
    JitDriver driver("order", {"program", "pc"}, {"acc"});
    REQUIRE(driver.set_param("threshold", "20"));
    Order order;
    driver.set_hot_handler(&order);
    for (int64_t round = 0; round < 60; ++round)
      for (int64_t pc = 0; pc < kPositions; ++pc) {
        if (round % (pc % 7 + 1) != 0) continue;
        pass_position(driver, program, pc);
      }
    std::vector<int64_t> pcs;  // the hashes back to positions
    for (uint64_t hash : order.hashes)
      for (int64_t pc = 0; pc < kPositions; ++pc)
        if (detail::green_hash(std::tie(program, pc)) == hash) pcs.push_back(pc);
    REQUIRE(pcs.size() == order.hashes.size());
    return pcs;
  };
  // What exact counting gives: position p is hot at its 20th and 40th pass, at round
  // 19 * (p % 7 + 1) and 39 * (p % 7 + 1), in pc order within a round.
  std::vector<int64_t> expected;
  for (int64_t round = 0; round < 60; ++round)
    for (int64_t pc = 0; pc < kPositions; ++pc) {
      int64_t every = pc % 7 + 1;
      if (round % every == 0 && (round / every + 1) % 20 == 0) expected.push_back(pc);
    }
  std::vector<Program> programs(40, Program{"+", 1});
  for (const Program& program : programs) CHECK(hot_order(&program) == expected);
}

TEST_CASE("hints: positions that differ in one green differ in the tag half of the hash") {
  // WarmupCounters tells the positions of a set apart by the hash's low half: the pcs of one
  // program must not share it, nor the programs at one pc, whatever the sets.
  std::vector<Program> programs(8, Program{"+", 1});
  auto hash_of = [](const Program* program, int64_t pc) {
    return detail::green_hash(std::tie(program, pc));
  };
  auto all_different = [](std::vector<uint32_t> tags) {
    std::sort(tags.begin(), tags.end());
    return std::adjacent_find(tags.begin(), tags.end()) == tags.end();
  };
  std::vector<size_t> per_set(size_t{1} << WarmupCounters::kSetBits, 0);
  for (const Program& program : programs) {
    std::vector<uint32_t> tags;
    for (int64_t pc = 0; pc < 5000; ++pc) {
      tags.push_back(uint32_t(hash_of(&program, pc)));
      ++per_set[WarmupCounters::set_of(hash_of(&program, pc))];
    }
    CHECK(all_different(tags));
  }
  for (int64_t pc = 0; pc < 5000; pc += 499) {
    std::vector<uint32_t> tags;
    for (const Program& program : programs) tags.push_back(uint32_t(hash_of(&program, pc)));
    CHECK(all_different(tags));
  }
  // 40,000 positions over 1,024 sets: about 39 each when the top bits are mixed.
  CHECK(*std::max_element(per_set.begin(), per_set.end()) < 80);
}

TEST_CASE("hints: positions in one counter set keep their own counters") {
  WarmupCounters counters(10);
  // kWays + 1 hashes in the set of hash 1.
  std::vector<uint64_t> same;
  for (uint64_t h = 1; same.size() < WarmupCounters::kWays + 1; ++h)
    if (WarmupCounters::set_of(h) == WarmupCounters::set_of(1)) same.push_back(h);
  const size_t ways = WarmupCounters::kWays;
  for (int pass = 0; pass < 5; ++pass)
    for (size_t k = 0; k < ways; ++k) REQUIRE(!counters.tick(same[k]));
  for (size_t k = 0; k < ways; ++k) CHECK(counters.value(same[k]) == 5);
  counters.arm(same[1]);
  for (size_t k = 0; k < ways; ++k)
    if (k != 1) REQUIRE(!counters.tick(same[k]));
  // same[1] is the least recently used but armed (compiled code is entered there): the next
  // one, same[0], makes room for the ninth.
  for (int pass = 0; pass < 3; ++pass) CHECK(!counters.tick(same[ways]));
  CHECK(counters.value(same[ways]) == 7);
  CHECK(counters.value(same[1]) == 1);
  CHECK(counters.value(same[0]) == 10);  // counts anew when it comes back
  for (size_t k = 2; k < ways; ++k) CHECK(counters.value(same[k]) == 4);
}

TEST_CASE("hints: parameters, --jit=off and their errors") {
  JitDriver driver("test", {"pc"}, {});
  std::string error;
  CHECK(driver.set_params("threshold=7,trace_limit=100,trace_eagerness=3,decay=10", &error));
  CHECK(driver.params().threshold == 7);
  CHECK(driver.params().trace_limit == 100);
  CHECK(driver.params().trace_eagerness == 3);
  CHECK(driver.params().decay == 10);
  CHECK(driver.set_param("enable_opts", "fold:cse"));
  // Every other part of the optimizer (optimizer_passes()) is disabled.
  CHECK(driver.params().disabled_passes.size() == optimizer_passes().size() - 2);
  CHECK(driver.params().disabled_passes[0] == "guards");
  CHECK(driver.params().disabled_passes.back() == optimizer_passes().back().name);
  CHECK(!driver.set_param("enable_opts", "fold:csee", &error));
  CHECK(error.rfind("unknown optimizer part 'csee' in enable_opts (fold, cse, ", 0) == 0);
  CHECK(driver.params().disabled_passes.size() == optimizer_passes().size() - 2);  // unchanged
  CHECK(!driver.set_param("treshold", "5", &error));
  CHECK(error == "unknown jit parameter 'treshold'");
  CHECK(!driver.set_param("threshold", "lots", &error));
  CHECK(error == "jit parameter threshold needs a number, not 'lots'");
  CHECK(driver.set_params("off"));
  CHECK(!driver.params().enabled);
  Program program{"+", 1};
  run_loop(driver, &program, 1, 200000);
  CHECK(driver.hot_count() == 0);
}

TEST_CASE("hints: decay takes back part of the counters' progress") {
  WarmupCounters counters(100);
  const uint64_t warm = 1, armed = 2, cooled = 3, untouched = 4;  // their own counters
  for (int k = 0; k < 60; ++k) REQUIRE(!counters.tick(warm));
  counters.arm(armed);
  counters.cool(cooled);
  REQUIRE(counters.value(warm) == 40);
  counters.decay(0);
  CHECK(counters.value(warm) == 40);
  counters.decay(50);  // 60 passes made, 30 of them count still
  CHECK(counters.value(warm) == 70);
  CHECK(counters.value(armed) == 1);  // compiled code is still entered at the next pass
  CHECK(counters.value(cooled) == UINT16_MAX);
  CHECK(counters.value(untouched) == 100);
  counters.decay(100);
  CHECK(counters.value(warm) == 100);
  JitDriver driver("test", {"pc"}, {});
  CHECK(driver.set_param("decay", "25"));
  CHECK(driver.params().decay == 25);
}

TEST_CASE("hints: promote, we_are_jitted and quasi-immutable fields natively") {
  Program program{"+", 1};
  CHECK(promote(&program) == &program);
  CHECK(promote(int64_t(42)) == 42);
  CHECK(!we_are_jitted());
  static int notified = 0;
  static const void* slot = nullptr;
  detail::g_quasi_immutable_changed = [](const void* s) {
    ++notified;
    slot = s;
  };
  QuasiImmutable<int64_t> field(5);
  field.set(6);
  CHECK(notified == 0);  // nothing watches it yet
  field.watch();
  field.set(7);
  CHECK(field.get() == 7);
  CHECK(notified == 1);
  CHECK(slot == &field);
  field.set(8);
  CHECK(notified == 1);  // the traces were invalidated once; the JIT watches again when it needs
  detail::g_quasi_immutable_changed = nullptr;
}

TEST_CASE("hints: per-type declarations are in the weft_jit_hints section") {
  std::string section(__start_weft_jit_hints,
                      size_t(__stop_weft_jit_hints - __start_weft_jit_hints));
  CHECK(section.find(std::string("immutable:Program:code[*], length") + '\0') != std::string::npos);
}
