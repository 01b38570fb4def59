// The trace IR: building traces, the op table, the text format and the verifier.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "weft/jit/ir.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"

using namespace weft::jit;

namespace {

// Descriptors of a small object type, Node { int64 value; Node* next; double weight; }.
struct Descrs {
  DescrTable table;
  FieldDescr* value = table.add<FieldDescr>("Node.value", 8, 8, Type::Int);
  FieldDescr* next = table.add<FieldDescr>("Node.next", 16, 8, Type::Ref);
  FieldDescr* weight = table.add<FieldDescr>("Node.weight", 24, 8, Type::Float);
  SizeDescr* node = table.add<SizeDescr>("Node", 1, 32);
  ArrayDescr* ints = table.add<ArrayDescr>("IntArray", 2, 0, 8, 8, Type::Int);
  CallDescr* add3 =
      table.add<CallDescr>("add3", std::vector<Type>{Type::Int, Type::Int, Type::Int}, Type::Int);
  const LabelDescr* loop = table.label("loop");
  Descrs() { node->fields = {value, next, weight}; }
};

Snapshot frame(std::initializer_list<Value> values, uint32_t jitcode = 1, uint32_t pc = 0) {
  return Snapshot{{ResumeFrame{jitcode, pc, values}}, {}};
}

std::string verify_error(const Trace& t) {
  std::string error;
  verify(t, &error);
  return error;
}

}  // namespace

TEST_CASE("the op table names every op once and round-trips names") {
  for (size_t i = 0; i < op_count(); ++i) {
    const OpInfo& info = op_info(Op(i));
    REQUIRE(op_from_name(info.name) == Op(i));
    CHECK(std::strchr("virfd", info.result) != nullptr);
  }
  CHECK(op_info(Op::int_add).has(opflag::PURE));
  CHECK(op_info(Op::guard_true).has(opflag::GUARD));
  CHECK_FALSE(op_info(Op::setfield_gc).has(opflag::PURE));
  CHECK(!op_from_name("no_such_op"));
}

TEST_CASE("a loop trace prints in the text format and verifies") {
  Descrs d;
  Trace t;
  Value i0 = t.input(Type::Int);
  Value p1 = t.input(Type::Ref);
  t.emit(Op::label, {i0, p1}, d.loop);
  t.emit(Op::debug_merge_point, {t.const_int(7), t.const_int(12)});
  Value i4 = t.emit(Op::int_add, {i0, t.const_int(1)});
  Value i5 = t.emit(Op::int_lt, {i4, t.const_int(100)});
  Snapshot snap = frame({i4, p1, Value::virtual_object(0)}, 7, 12);
  snap.virtuals.push_back(VirtualObject{d.node, {{d.value, i4}, {d.next, t.const_ref(0)}}});
  t.emit_guard(Op::guard_true, {i5}, snap);
  Value p7 = t.emit(Op::getfield_gc, {p1}, d.next);
  Value f8 = t.emit(Op::getfield_gc, {p1}, d.weight);
  Value f9 = t.emit(Op::float_mul, {f8, t.const_float(2.0)});
  t.emit(Op::setfield_gc, {p7, f9}, d.weight);
  t.emit(Op::jump, {i4, p7}, d.loop);

  REQUIRE(verify_error(t) == "");
  CHECK(print_trace(t) ==
        "[i0, p1]\n"
        "label(i0, p1, descr=loop)\n"
        "debug_merge_point(7, 12)\n"
        "i4 = int_add(i0, 1)\n"
        "i5 = int_lt(i4, 100)\n"
        "guard_true(i5) [7@12: i4, p1, v0 / v0 = Node(Node.value=i4, Node.next=null)]\n"
        "p7 = getfield_gc(p1, descr=Node.next)\n"
        "f8 = getfield_gc(p1, descr=Node.weight)\n"
        "f9 = float_mul(f8, 2.0)\n"
        "setfield_gc(p7, f9, descr=Node.weight)\n"
        "jump(i4, p7, descr=loop)\n");
}

TEST_CASE("result types come from the op table, the descriptor or the operand") {
  Descrs d;
  Trace t;
  Value p0 = t.input(Type::Ref);
  CHECK(t.type_of(t.emit(Op::getfield_gc, {p0}, d.value)) == Type::Int);
  CHECK(t.type_of(t.emit(Op::getfield_gc, {p0}, d.weight)) == Type::Float);
  CHECK(t.type_of(t.emit(Op::getarrayitem_gc, {p0, t.const_int(0)}, d.ints)) == Type::Int);
  CHECK(t.type_of(t.emit(Op::same_as, {p0})) == Type::Ref);
  CHECK(t.type_of(t.emit(Op::new_object, {}, d.node)) == Type::Ref);
  CHECK(t.type_of(t.emit(Op::call,
                         {t.const_int(0x1000), t.const_int(1), t.const_int(2), t.const_int(3)},
                         d.add3)) == Type::Int);
  CHECK(t.type_of(t.const_float(0.5)) == Type::Float);
  CHECK(t.const_int(42) == t.const_int(42));  // constants are shared
}

TEST_CASE("constants print so that ints, floats and refs stay distinct") {
  Trace t;
  Value i0 = t.input(Type::Int);
  Value f1 = t.input(Type::Float);
  t.emit(Op::finish, {i0, t.const_int(-5), t.const_float(3.0), t.const_float(0.1),
                      t.const_float(1e300), t.const_ref(0), t.const_ref(0x1000), f1});
  CHECK(print_trace(t) ==
        "[i0, f1]\nfinish(i0, -5, 3.0, 0.10000000000000001, 1.0000000000000001e+300, null, "
        "ref(0x1000), f1)\n");
}

TEST_CASE("the verifier rejects malformed traces with the instruction and the reason") {
  Descrs d;
  SECTION("use before definition") {
    Trace t;
    Value i0 = t.input(Type::Int);
    t.emit(Op::int_add, {i0, Value::inst(2)});
    t.emit(Op::finish, {i0});
    CHECK(verify_error(t) ==
          "instruction 1 `i1 = int_add(i0, ?2)`: uses a value defined later or by itself");
  }
  SECTION("operand of the wrong type") {
    Trace t;
    Value p0 = t.input(Type::Ref);
    t.emit(Op::int_add, {p0, t.const_int(1)});
    t.emit(Op::finish, {});
    CHECK(verify_error(t) == "instruction 1 `i1 = int_add(p0, 1)`: an operand must be i, not p");
  }
  SECTION("store of the wrong type") {
    Trace t;
    Value p0 = t.input(Type::Ref);
    t.emit(Op::setfield_gc, {p0, t.const_float(1.0)}, d.value);
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("the stored value must be i, not f") != std::string::npos);
  }
  SECTION("missing or wrong descriptor") {
    Trace t;
    Value p0 = t.input(Type::Ref);
    t.emit(Op::getfield_gc, {p0}, d.ints);
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("needs a descriptor of the right kind") != std::string::npos);
  }
  SECTION("guard without a snapshot") {
    Trace t;
    Value i0 = t.input(Type::Int);
    t.emit(Op::guard_true, {i0});
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("a guard needs a snapshot") != std::string::npos);
  }
  SECTION("snapshot naming a virtual that does not exist") {
    Trace t;
    Value i0 = t.input(Type::Int);
    t.emit_guard(Op::guard_true, {i0}, frame({Value::virtual_object(3)}));
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("uses a virtual object outside a snapshot") != std::string::npos);
  }
  SECTION("overflow op without its guard") {
    Trace t;
    Value i0 = t.input(Type::Int);
    Value i1 = t.emit(Op::int_add_ovf, {i0, i0});
    t.emit(Op::finish, {i1});
    CHECK(verify_error(t).find("must be followed by guard_no_overflow") != std::string::npos);
  }
  SECTION("overflow op with its guard is fine") {
    Trace t;
    Value i0 = t.input(Type::Int);
    Value i1 = t.emit(Op::int_add_ovf, {i0, i0});
    t.emit_guard(Op::guard_no_overflow, {}, frame({i0}));
    t.emit(Op::finish, {i1});
    CHECK(verify_error(t) == "");
  }
  SECTION("jump that does not match its label") {
    Trace t;
    Value i0 = t.input(Type::Int);
    Value f1 = t.input(Type::Float);
    t.emit(Op::label, {i0, f1}, d.loop);
    t.emit(Op::jump, {f1, i0}, d.loop);
    CHECK(verify_error(t).find("a value passed to the label must be i, not f") !=
          std::string::npos);
  }
  SECTION("label taking a constant") {
    Trace t;
    t.input(Type::Int);
    t.emit(Op::label, {t.const_int(1)}, d.loop);
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("takes distinct values, not constants") != std::string::npos);
  }
  SECTION("guard_value against a non-constant") {
    Trace t;
    Value i0 = t.input(Type::Int);
    Value i1 = t.input(Type::Int);
    t.emit_guard(Op::guard_value, {i0, i1}, frame({i0}));
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("compares with a constant") != std::string::npos);
  }
  SECTION("instructions after the end, and a trace without an end") {
    Trace t;
    Value i0 = t.input(Type::Int);
    t.emit(Op::finish, {i0});
    t.emit(Op::int_neg, {i0});
    CHECK(verify_error(t).find("follows the end of the trace") != std::string::npos);
    Trace open;
    Value j0 = open.input(Type::Int);
    open.emit(Op::int_neg, {j0});
    CHECK(verify_error(open).find("must end with jump or finish") != std::string::npos);
  }
  SECTION("call with the wrong arguments") {
    Trace t;
    Value i0 = t.input(Type::Int);
    t.emit(Op::call, {t.const_int(0x1000), i0, i0}, d.add3);
    t.emit(Op::finish, {});
    CHECK(verify_error(t).find("passes the wrong number of arguments") != std::string::npos);
  }
}

TEST_CASE("the text format parses back to the same trace") {
  Descrs d;
  const char* text =
      "[i0, p1]\n"
      "label(i0, p1, descr=loop)\n"
      "debug_merge_point(7, 12)\n"
      "i4 = int_add(i0, 1)\n"
      "i5 = int_lt(i4, 100)\n"
      "guard_true(i5) [7@12: i4, p1, v0; 3@4: v1 / v0 = Node(Node.value=i4, Node.next=null), v1 = "
      "IntArray[i4, -2]]\n"
      "p7 = getfield_gc(p1, descr=Node.next)\n"
      "f8 = getfield_gc(p1, descr=Node.weight)\n"
      "f9 = float_mul(f8, 2.5)\n"
      "setfield_gc(p7, f9, descr=Node.weight)\n"
      "i11 = int_add_ovf(i4, 9223372036854775807)\n"
      "guard_no_overflow() [7@13:]\n"
      "i13 = call(4096, i11, i11, i11, descr=add3)\n"
      "jump(i13, p7, descr=loop)\n";
  Trace t;
  std::string error;
  REQUIRE(parse_trace(text, d.table, t, &error));
  INFO(error);
  CHECK(verify_error(t) == "");
  CHECK(print_trace(t) == text);
  const Snapshot& snap = t.snapshots.at(0);
  REQUIRE(snap.frames.size() == 2);
  CHECK(snap.frames[1].jitcode == 3);
  CHECK(snap.frames[1].pc == 4);
  CHECK(snap.virtuals.at(1).descr == d.ints);
}

TEST_CASE("free-form names, comments and blank lines are accepted") {
  Descrs d;
  Trace t;
  std::string error;
  REQUIRE(
      parse_trace("# a comment\n[i_count, p_node]\n\n  i_next = int_add(i_count, 1)  "
                  "\nfinish(i_next, p_node)\n",
                  d.table, t, &error));
  CHECK(print_trace(t) == "[i0, p1]\ni2 = int_add(i0, 1)\nfinish(i2, p1)\n");
}

TEST_CASE("parse errors name the line and column") {
  Descrs d;
  auto parse_error = [&](const char* text) {
    Trace t;
    std::string error;
    CHECK_FALSE(parse_trace(text, d.table, t, &error));
    return error;
  };
  CHECK(parse_error("[i0]\ni1 = int_plus(i0, 1)\n") ==
        "line 2, column 6: unknown operation 'int_plus'");
  CHECK(parse_error("[i0]\ni1 = int_add(i0, i9)\n") == "line 2, column 18: unknown value 'i9'");
  CHECK(parse_error("[i0]\nf1 = int_add(i0, 1)\n") ==
        "line 2, column 1: 'f1' is named as f but the instruction gives i");
  CHECK(parse_error("[p0]\ni1 = getfield_gc(p0, descr=Node.nope)\n") ==
        "line 2, column 28: unknown descriptor 'Node.nope'");
  CHECK(parse_error("[i0]\nguard_true(i0)\n") ==
        "line 2, column 15: a guard needs a snapshot: [jitcode@pc: values]");
  CHECK(parse_error("[i0]\nguard_true(i0) [1@2: v3]\n") ==
        "line 2, column 25: a snapshot uses an undefined virtual object");
  CHECK(parse_error("[i0]\ni1 = int_add(i0, 1) junk\n") ==
        "line 2, column 21: unexpected text at the end of the line");
}
