// Golden tests of the optimizer passes: an input trace in the IR text format and the trace the
// optimizer must turn it into. Every case also checks that both traces verify. (The older cases
// of the first passes are in test_optimizer.cpp; behaviour is fuzzed in test_fuzz_optimizer.cpp.)
#include <catch2/catch.hpp>
#include <string>

#include "jit_test_util.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

struct Golden {
  DescrTable table;
  Golden() {
    auto* value = table.add<FieldDescr>("Node.value", 8, 8, Type::Int);
    auto* next = table.add<FieldDescr>("Node.next", 16, 8, Type::Ref);
    auto* kind = table.add<FieldDescr>("Node.kind", 24, 8, Type::Int);
    kind->immutable = true;
    table.add<SizeDescr>("Node", 1, 32)->fields = {value, next, kind};
    table.add<ArrayDescr>("IntArray", 2, 0, 8, 8, Type::Int);
    table.add<ArrayDescr>("RefArray", 3, 0, 8, 8, Type::Ref);
    EffectInfo clobber;  // may write anything
    table.add<CallDescr>("clobber", std::vector<Type>{Type::Ref}, Type::Void, clobber);
  }

  // The optimized form of `input`, printed; both must verify.
  std::string operator()(const std::string& input, const OptimizerOptions& options = {}) {
    Trace out = optimize(jit_test::parse_verified(input, table), options);
    std::string error;
    INFO(print_trace(out));
    CHECK(verify(out, &error));
    INFO(error);
    return print_trace(out);
  }
};

OptimizerOptions without(bool OptimizerOptions::*part) {
  OptimizerOptions o;
  o.*part = false;
  return o;
}

}  // namespace

// ---- virtuals (allocation removal) ---------------------------------------------------------

TEST_CASE("virtuals: an object that never escapes is removed with its loads and guards") {
  Golden g;
  const char* in = R"([i0, p1]
p2 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
i4 = getfield_gc(p2, descr=Node.value)
i5 = getfield_gc(p2, descr=Node.kind)
guard_class(p2, 1) [1@0: i0]
guard_nonnull(p2) [1@1: i0]
i8 = ptr_eq(p2, p1)
i9 = ptr_ne(p2, p2)
p10 = getfield_gc(p2, descr=Node.next)
finish(i4, i5, i8, i9, p10)
)";
  CHECK(g(in) == "[i0, p1]\nfinish(i0, 0, 0, 0, null)\n");
  // Switched off, the heap cache still forwards the loads; the allocation and guards stay.
  CHECK(g(in, without(&OptimizerOptions::virtuals)) ==
        R"([i0, p1]
p2 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
guard_class(p2, 1) [1@0: i0]
guard_nonnull(p2) [1@1: i0]
i6 = ptr_eq(p2, p1)
finish(i0, 0, i6, 0, null)
)");
}

TEST_CASE("virtuals: snapshots describe them (cycles too); an escape materializes them") {
  Golden g;
  // p2 <-> p3 form a cycle; the guard's snapshot keeps its own virtual v0 and describes p2 and
  // p3 after it, each once. The store into p1 materializes both, each allocated once.
  CHECK(g(R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
setfield_gc(p2, p3, descr=Node.next)
setfield_gc(p3, p2, descr=Node.next)
i7 = int_lt(i0, 10)
guard_true(i7) [1@0: p2, i0 / v0 = Node(Node.value=i0)]
setfield_gc(p1, p3, descr=Node.next)
finish()
)") == R"([i0, p1]
i2 = int_lt(i0, 10)
guard_true(i2) [1@0: v1, i0 / v0 = Node(Node.value=i0), v1 = Node(Node.value=i0, Node.next=v2), v2 = Node(Node.next=v1)]
p4 = new_object(descr=Node)
p5 = new_object(descr=Node)
setfield_gc(p5, i0, descr=Node.value)
setfield_gc(p5, p4, descr=Node.next)
setfield_gc(p4, p5, descr=Node.next)
setfield_gc(p1, p4, descr=Node.next)
finish()
)");
}

TEST_CASE("virtuals: a call argument escapes, nested objects first") {
  Golden g;
  CHECK(g(R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p3, i0, descr=Node.value)
setfield_gc(p2, p3, descr=Node.next)
call(4096, p2, descr=clobber)
p6 = getfield_gc(p2, descr=Node.next)
finish(p6)
)") == R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p3, i0, descr=Node.value)
setfield_gc(p2, p3, descr=Node.next)
call(4096, p2, descr=clobber)
p7 = getfield_gc(p2, descr=Node.next)
finish(p7)
)");
}

TEST_CASE("virtuals: small arrays with constant indexes; a variable index materializes") {
  Golden g;
  CHECK(g(R"([i0, i1]
p2 = new_array(3, descr=IntArray)
setarrayitem_gc(p2, 1, i0, descr=IntArray)
i4 = getarrayitem_gc(p2, 1, descr=IntArray)
i5 = getarrayitem_gc(p2, 2, descr=IntArray)
i6 = arraylen_gc(p2, descr=IntArray)
guard_true(i1) [1@0: p2]
i8 = getarrayitem_gc(p2, i1, descr=IntArray)
finish(i4, i5, i6, i8)
)") == R"([i0, i1]
guard_true(i1) [1@0: v0 / v0 = IntArray[0, i0, 0]]
p3 = new_array(3, descr=IntArray)
setarrayitem_gc(p3, 1, i0, descr=IntArray)
i5 = getarrayitem_gc(p3, i1, descr=IntArray)
finish(i0, 0, 3, i5)
)");
}

TEST_CASE("virtuals: objects live across a label, or jumped to it, are materialized") {
  Golden g;
  CHECK(g(R"([i0, p1]
p2 = new_object(descr=Node)
setfield_gc(p2, i0, descr=Node.value)
p4 = new_object(descr=Node)
label(i0, p1, descr=loop)
setfield_gc(p4, i0, descr=Node.value)
i6 = getfield_gc(p2, descr=Node.value)
i7 = int_add(i6, 1)
p8 = new_object(descr=Node)
setfield_gc(p8, p2, descr=Node.next)
jump(i7, p8, descr=loop)
)") == R"([i0, p1]
p2 = new_object(descr=Node)
p3 = new_object(descr=Node)
setfield_gc(p3, i0, descr=Node.value)
label(i0, p1, descr=loop)
setfield_gc(p2, i0, descr=Node.value)
i7 = getfield_gc(p3, descr=Node.value)
i8 = int_add(i7, 1)
p9 = new_object(descr=Node)
setfield_gc(p9, p3, descr=Node.next)
jump(i8, p9, descr=loop)
)");
}

TEST_CASE("a value of before a label forwarded to a label argument keeps the old value") {
  Golden g;
  // i3 is p1.value before the label, i.e. i0 as it was then; the jump redefines i0.
  CHECK(g(R"([i0, p1]
setfield_gc(p1, i0, descr=Node.value)
i3 = getfield_gc(p1, descr=Node.value)
label(i0, p1, descr=loop)
i5 = int_add(i0, i3)
jump(i5, p1, descr=loop)
)") == R"([i0, p1]
setfield_gc(p1, i0, descr=Node.value)
i3 = same_as(i0)
label(i0, p1, descr=loop)
i5 = int_add(i0, i3)
jump(i5, p1, descr=loop)
)");
}
