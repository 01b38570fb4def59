// Virtual objects stored to raw memory (an interpreter's frame: weft-toy pushes every box on
// its value stack): the store stays pending with the object virtual; it is dropped when the
// cell is overwritten first, described in the snapshots of the guards it stays pending across
// (resume performs it), made real where it must be emitted, and carried into a peeled loop by
// the object's fields; calls that touch no raw memory (EffectInfo::raw) leave it pending.
#include <catch2/catch.hpp>

#include "jit_test_util.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

struct FrameGolden {
  DescrTable table;
  DescrTable labels;
  FrameGolden() {
    auto* value = table.add<FieldDescr>("Box.value", 8, 8, Type::Int);
    value->immutable = true;
    auto* kind = table.add<FieldDescr>("Box.kind", 0, 4, Type::Int);
    kind->immutable = true;
    auto* next = table.add<FieldDescr>("Box.next", 16, 8, Type::Ref);
    table.add<SizeDescr>("Box", 1, 24)->fields = {kind, value, next};
    table.add<FieldDescr>("slot", 0, 8, Type::Ref);  // a frame cell
    table.add<CallDescr>("clobber", std::vector<Type>{Type::Int}, Type::Void, EffectInfo{});
    EffectInfo gc_only;  // may write any GC object, but no raw memory (WEFT_NO_RAW_ACCESS)
    gc_only.raw = false;
    table.add<CallDescr>("gc_only", std::vector<Type>{Type::Ref}, Type::Ref, gc_only);
    table.add<CallDescr>("clobber_ref", std::vector<Type>{Type::Ref}, Type::Ref, EffectInfo{});
  }
  std::string operator()(const std::string& input, bool peel = false) {
    OptimizerOptions options;
    if (peel) options.peel_labels = &labels;
    Trace out = optimize(jit_test::parse_verified(input, table), options);
    std::string error;
    INFO(print_trace(out));
    CHECK(verify(out, &error));
    INFO(error);
    return print_trace(out);
  }
};

}  // namespace

TEST_CASE("raw virtuals: a box pushed and popped before any guard disappears") {
  FrameGolden g;
  // Push (store to the cell), pop (load it back, clear the cell): the load is the virtual
  // object, its field the value stored; only the clearing store is left.
  CHECK(g(R"([i0, i1]
p2 = new_object(descr=Box)
setfield_gc(p2, 1, descr=Box.kind)
setfield_gc(p2, i1, descr=Box.value)
setfield_raw(i0, p2, descr=slot)
p6 = getfield_raw(i0, descr=slot)
setfield_raw(i0, null, descr=slot)
i8 = getfield_gc(p6, descr=Box.value)
i9 = int_add(i8, 1)
finish(i9)
)") == R"([i0, i1]
i2 = int_add(i1, 1)
setfield_raw(i0, null, descr=slot)
finish(i2)
)");
}

TEST_CASE("raw virtuals: a store pending across a guard is in its snapshot") {
  FrameGolden g;
  // The guard's snapshot performs the store of the box (v0) if it fails; the box is made real
  // only where the store must be emitted (the end of the trace).
  CHECK(g(R"([i0, i1]
p2 = new_object(descr=Box)
setfield_gc(p2, 1, descr=Box.kind)
setfield_gc(p2, i1, descr=Box.value)
setfield_raw(i0, p2, descr=slot)
i6 = int_lt(i1, 10)
guard_true(i6) [1@0: i0]
finish()
)") == R"([i0, i1]
i2 = int_lt(i1, 10)
guard_true(i2) [1@0: i0 / v0 = Box(Box.kind=1, Box.value=i1) ! slot(i0)=v0]
p4 = new_object(descr=Box)
setfield_raw(i0, p4, descr=slot)
setfield_gc(p4, 1, descr=Box.kind)
setfield_gc(p4, i1, descr=Box.value)
finish()
)");
  // Overwritten after the guard: only the guard knows of the box.
  CHECK(g(R"([i0, i1]
p2 = new_object(descr=Box)
setfield_gc(p2, i1, descr=Box.value)
setfield_raw(i0, p2, descr=slot)
i6 = int_lt(i1, 10)
guard_true(i6) [1@0: i0]
setfield_raw(i0, null, descr=slot)
finish()
)") == R"([i0, i1]
i2 = int_lt(i1, 10)
guard_true(i2) [1@0: i0 / v0 = Box(Box.value=i1) ! slot(i0)=v0]
setfield_raw(i0, null, descr=slot)
finish()
)");
}

TEST_CASE("raw virtuals: made real before a call or a load that may read the cell") {
  FrameGolden g;
  // The call may read raw memory: the store (and the allocation) go first. A load through an
  // unrelated address may read the cell too. (The stores into the new object wait: nothing
  // else can read them yet.)
  CHECK(g(R"([i0, i1, i2]
p3 = new_object(descr=Box)
setfield_gc(p3, i1, descr=Box.value)
setfield_raw(i0, p3, descr=slot)
call(4096, i1, descr=clobber)
p6 = new_object(descr=Box)
setfield_gc(p6, i1, descr=Box.value)
setfield_raw(i0, p6, descr=slot)
p9 = getfield_raw(i2, descr=slot)
finish(p9)
)") == R"([i0, i1, i2]
p3 = new_object(descr=Box)
setfield_raw(i0, p3, descr=slot)
setfield_gc(p3, i1, descr=Box.value)
call(4096, i1, descr=clobber)
p7 = new_object(descr=Box)
setfield_raw(i0, p7, descr=slot)
p9 = getfield_raw(i2, descr=slot)
setfield_gc(p7, i1, descr=Box.value)
finish(p9)
)");
}

TEST_CASE("raw virtuals: a box in a frame cell is carried into the peeled loop unboxed") {
  FrameGolden g;
  // A loop variable kept in a frame cell: load the box, add 1, store a new box. In the loop
  // (after label loop.loop) no box is allocated: the value travels in a label argument, the
  // kind (a constant) is known, and every guard's snapshot stores the box it describes.
  std::string out = g(R"([i0]
label(i0, descr=loop)
p1 = getfield_raw(i0, descr=slot)
i2 = getfield_gc(p1, descr=Box.kind)
guard_value(i2, 1) [1@0: i0]
i4 = getfield_gc(p1, descr=Box.value)
i5 = int_add(i4, 1)
p6 = new_object(descr=Box)
setfield_gc(p6, 1, descr=Box.kind)
setfield_gc(p6, i5, descr=Box.value)
setfield_raw(i0, p6, descr=slot)
i10 = int_lt(i5, 100)
guard_true(i10) [1@1: i0]
jump(i0, descr=loop)
)",
                      true);
  INFO(out);
  REQUIRE(out.find("descr=loop.loop)") != std::string::npos);
  std::string loop = out.substr(out.rfind('\n', out.find("descr=loop.loop)")) + 1);
  CHECK(loop == R"(label(i9, descr=loop.loop)
i11 = int_add(i9, 1)
i12 = int_lt(i11, 100)
guard_true(i12) [1@1: i0 / v0 = Box(Box.kind=1, Box.value=i11) ! slot(i0)=v0]
jump(i11, descr=loop.loop)
)");
  // The first iteration loads the real box and stores none either.
  std::string first = out.substr(0, out.size() - loop.size());
  CHECK(first.find("new_object") == std::string::npos);
}

TEST_CASE("raw virtuals: an object holding a box is carried field by field") {
  FrameGolden g;
  // The cell holds a Box whose next is a new Box each iteration (a point of boxes): both stay
  // virtual in the loop, the inner box's value travels in a label argument.
  std::string out = g(R"([i0]
label(i0, descr=loop)
p1 = getfield_raw(i0, descr=slot)
p2 = getfield_gc(p1, descr=Box.next)
i3 = getfield_gc(p2, descr=Box.value)
i4 = int_add(i3, 1)
p5 = new_object(descr=Box)
setfield_gc(p5, i4, descr=Box.value)
p7 = new_object(descr=Box)
setfield_gc(p7, p5, descr=Box.next)
setfield_raw(i0, p7, descr=slot)
i10 = int_lt(i4, 100)
guard_true(i10) [1@1: i0]
jump(i0, descr=loop)
)",
                      true);
  INFO(out);
  REQUIRE(out.find("descr=loop.loop)") != std::string::npos);
  std::string loop = out.substr(out.rfind('\n', out.find("descr=loop.loop)")) + 1);
  CHECK(loop == R"(label(i8, descr=loop.loop)
i10 = int_add(i8, 1)
i11 = int_lt(i10, 100)
guard_true(i11) [1@1: i0 / v0 = Box(Box.next=v1), v1 = Box(Box.value=i10) ! slot(i0)=v0]
jump(i10, descr=loop.loop)
)");
}

TEST_CASE("raw virtuals: a box that refers to the last iteration's is made real at the label") {
  FrameGolden g;
  // Each iteration's box points to the one before (a list): the jump would have to pass a
  // virtual object in a field, so the first run's plan fails there and the optimizer runs
  // again with the box made real before the label. Its pending store does not survive past
  // the label either; the loop allocates one box per iteration, and no more.
  std::string out = g(R"([i0, i1]
label(i0, i1, descr=loop)
p2 = getfield_raw(i0, descr=slot)
p3 = new_object(descr=Box)
setfield_gc(p3, i1, descr=Box.value)
setfield_gc(p3, p2, descr=Box.next)
setfield_raw(i0, p3, descr=slot)
i7 = int_lt(i1, 100)
guard_true(i7) [1@1: i0]
i9 = int_add(i1, 1)
jump(i0, i9, descr=loop)
)",
                      true);
  INFO(out);
  REQUIRE(out.find("descr=loop.loop)") != std::string::npos);
  std::string loop = out.substr(out.rfind('\n', out.find("descr=loop.loop)")) + 1);
  std::string first = out.substr(0, out.size() - loop.size());
  CHECK(first.find("new_object") != std::string::npos);
  CHECK(loop.find("label(i") == 0);
  size_t allocations = 0;
  for (size_t at = loop.find("new_object"); at != std::string::npos;
       at = loop.find("new_object", at + 1))
    ++allocations;
  CHECK(allocations == 1);
  // The loop's guard still describes its box (the one stored after it is made real at the
  // jump, not before the guard).
  CHECK(loop.find("! slot(i0)=v0]") != std::string::npos);
}

TEST_CASE("raw virtuals: a call that touches no raw memory leaves the frame's stores pending") {
  FrameGolden g;
  // The box stored in the frame stays virtual across the call (a guard after it describes the
  // store) and the frame's load is forwarded. A call that may touch raw memory makes the box
  // real before it, and the frame is read again after it.
  const char* in = R"([i0, i1, p2]
p3 = new_object(descr=Box)
setfield_gc(p3, 1, descr=Box.kind)
setfield_gc(p3, i1, descr=Box.value)
setfield_raw(i0, p3, descr=slot)
p7 = call(4096, p2, descr=CALL)
p8 = getfield_raw(i0, descr=slot)
i9 = getfield_gc(p8, descr=Box.value)
guard_true(i9) [1@0: i0]
finish(i9, p7)
)";
  auto with = [&](const std::string& call) {
    std::string text = in;
    text.replace(text.find("CALL"), 4, call);
    return text;
  };
  CHECK(g(with("gc_only")) == R"([i0, i1, p2]
p3 = call(4096, p2, descr=gc_only)
guard_true(i1) [1@0: i0 / v0 = Box(Box.kind=1, Box.value=i1) ! slot(i0)=v0]
p5 = new_object(descr=Box)
setfield_raw(i0, p5, descr=slot)
setfield_gc(p5, 1, descr=Box.kind)
setfield_gc(p5, i1, descr=Box.value)
finish(i1, p3)
)");
  CHECK(g(with("clobber_ref")) == R"([i0, i1, p2]
p3 = new_object(descr=Box)
setfield_raw(i0, p3, descr=slot)
setfield_gc(p3, 1, descr=Box.kind)
setfield_gc(p3, i1, descr=Box.value)
p7 = call(4096, p2, descr=clobber_ref)
p8 = getfield_raw(i0, descr=slot)
i9 = getfield_gc(p8, descr=Box.value)
guard_true(i9) [1@0: i0]
finish(i9, p7)
)");
}
