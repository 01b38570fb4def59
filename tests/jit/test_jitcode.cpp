// Jitcodes: the text form reads back what it prints, and reports errors with their position.
#include <catch2/catch.hpp>

#include "weft/jit/jitcode.h"

using namespace weft::jit;

namespace {

struct Fixture {
  DescrTable descrs;
  Fixture() {
    descrs.add<FieldDescr>("Node.value", 8, 8, Type::Int);
    descrs.add<FieldDescr>("Node.next", 16, 8, Type::Ref);
    descrs.add<SizeDescr>("Node", 1, 24);
    descrs.add<CallDescr>("add3", std::vector<Type>{Type::Int, Type::Int, Type::Int}, Type::Int);
  }
};

const char* kSum =
    "jitcode sum(i0, i1) regs(i3, r0, f0)\n"
    "L1:\n"
    "  i2 = int_gt(i0, $0)\n"
    "  goto_if_not(i2, L2)\n"
    "  i1 = int_add(i1, i0)\n"
    "  i0 = int_sub(i0, $1)\n"
    "  live([i0, i1], [], [])\n"
    "  goto(L1)\n"
    "L2:\n"
    "  int_return(i1)\n";

}  // namespace

TEST_CASE("jitcode text: parse and print round-trip") {
  Fixture f;
  JitCodeSet set;
  std::string error;
  REQUIRE(parse_jitcodes(kSum, f.descrs, set, &error));
  const JitCode* sum = set.find("sum");
  REQUIRE(sum != nullptr);
  CHECK(sum->num_regs[kIntBank] == 3);
  CHECK(sum->consts[kIntBank] == std::vector<uint64_t>{0, 1});
  CHECK(print_jitcode(*sum) == kSum);

  const char* text =
      "jitcode main(i0, r0) regs(i3, r2, f1)\n"
      "  i1 = getfield_gc_i(r0, descr=Node.value)\n"
      "  r1 = new(descr=Node)\n"
      "  setfield_gc_r(r1, r0, descr=Node.next)\n"
      "  i2 = residual_call_i($4096, descr=add3, [i0, i1, $-7], [], [])\n"
      "  f0 = cast_int_to_float(i2)\n"
      "  f0 = float_mul(f0, $2.5)\n"
      "  i2 = inline_call_i(@helper, [i2], [r1], [f0])\n"
      "  i2 = int_sext(i2, 8)\n"
      "  switch(i2, {1: L1, -3: L1})\n"
      "  ref_return($ref(0x1000))\n"
      "L1:\n"
      "  int_guard_value(i2)\n"
      "  jit_merge_point([i0], [], [], [i2], [r0, r1], [f0])\n"
      "  ref_return(r1)\n"
      "jitcode helper(i0, r0, f0) regs(i1, r1, f1)\n"
      "  int_return(i0)\n";
  JitCodeSet two;
  REQUIRE(parse_jitcodes(text, f.descrs, two, &error));
  INFO(error);
  std::string printed = print_jitcode(*two.find("main")) + print_jitcode(*two.find("helper"));
  CHECK(printed == text);
}

TEST_CASE("jitcode text: errors name the line and column") {
  Fixture f;
  JitCodeSet set;
  std::string error;
  CHECK(!parse_jitcodes("jitcode a(i0)\n  i1 = int_frob(i0)\n", f.descrs, set, &error));
  CHECK(error == "line 2, column 8: unknown jitcode operation 'int_frob'");
  CHECK(!parse_jitcodes("jitcode b(i0)\n  goto(nowhere)\n", f.descrs, set, &error));
  CHECK(error == "line 3, column 1: label nowhere is not defined");
  CHECK(!parse_jitcodes("jitcode c(i0)\n  r1 = int_add(i0, i0)\n", f.descrs, set, &error));
  CHECK(error == "line 2, column 22: the result needs a register of bank i");
  CHECK(!parse_jitcodes("jitcode d(i0)\n  i1 = getfield_gc_i(i0, descr=Node.value)\n", f.descrs,
                        set, &error));
  CHECK(error == "line 2, column 24: expected a register of bank r");
}

TEST_CASE("jitcode text: declarations of descriptors and symbols") {
  DescrTable descrs;
  JitCodeSet set;
  std::string error;
  const char* text =
      "field raw.u8 0 1 i unsigned\n"
      "field Pair.second 8 8 r\n"
      "call call.add3 (i, i, i) i\n"
      "jitcode f(i0)\n"
      "  i1 = residual_call_i($sym(add3), descr=call.add3, [i0, i0, i0], [], [])\n"
      "  int_return(i1)\n";
  auto resolve = [](std::string_view name) -> uint64_t { return name == "add3" ? 0x1234 : 0; };
  REQUIRE(parse_jitcodes(text, descrs, set, &error, resolve));
  INFO(error);
  auto* byte = static_cast<const FieldDescr*>(descrs.find("raw.u8"));
  REQUIRE(byte != nullptr);
  CHECK(byte->size == 1);
  CHECK(!byte->is_signed);
  auto* second = static_cast<const FieldDescr*>(descrs.find("Pair.second"));
  REQUIRE(second != nullptr);
  CHECK(second->offset == 8);
  CHECK(second->type == Type::Ref);
  auto* call = static_cast<const CallDescr*>(descrs.find("call.add3"));
  REQUIRE(call != nullptr);
  CHECK(call->arg_types.size() == 3);
  CHECK(call->result == Type::Int);
  CHECK(set.find("f")->consts[kIntBank][0] == 0x1234);
  JitCodeSet other;
  CHECK(!parse_jitcodes("jitcode g(i0)\n  i1 = int_add(i0, $sym(nowhere))\n  int_return(i1)\n",
                        descrs, other, &error, resolve));
  CHECK(error == "line 2, column 34: unknown symbol 'nowhere'");
}
