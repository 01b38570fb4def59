// Private frames (JitDriver's private_frames, EffectInfo::private_frames): raw memory at a
// value the trace marks with private_frame is accessed through that value only, and a
// call_assembler leaves it alone unless the call's operands are computed from it. What the
// trace knows of the frame survives stores elsewhere and such calls; stores to it stay
// pending across them.
#include <catch2/catch.hpp>

#include "jit_test_util.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/ir_verify.h"
#include "weft/jit/optimizer.h"

using namespace weft::jit;

namespace {

struct FramesGolden {
  DescrTable table;
  DescrTable labels;
  FramesGolden() {
    table.add<FieldDescr>("slot", 0, 8, Type::Ref);  // a frame cell
    table.add<FieldDescr>("word", 0, 8, Type::Int);  // a global variable
    EffectInfo frames;
    frames.private_frames = true;
    std::vector<Type> args = {Type::Int, Type::Int};
    table.add<CallDescr>("portal", args, Type::Ref, frames);
    table.add<CallDescr>("portal_plain", args, Type::Ref, EffectInfo{});
    table.add<CallDescr>("clobber", std::vector<Type>{Type::Int}, Type::Void, EffectInfo{});
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

// The caller's frame is i0; the callee's (i1) is another pointer, as a value stack's top.
// CALL and FRAME are replaced by each case.
const char* kCall = R"([i0, i1, p2]
private_frame(i0)
p4 = getfield_raw(i0, descr=slot)
i5 = int_add(i0, 8)
setfield_raw(i5, p2, descr=slot)
setfield_raw(4096, i1, descr=word)
setfield_raw(FRAME, p4, descr=slot)
p8 = call_assembler(8192, FRAME, descr=CALL)
p9 = getfield_raw(i0, descr=slot)
p10 = getfield_raw(i5, descr=slot)
setfield_raw(i5, p8, descr=slot)
finish(p9, p10, p8)
)";

std::string with(const std::string& call, const std::string& frame) {
  std::string text = kCall;
  text.replace(text.find("CALL"), 4, call);
  for (size_t at; (at = text.find("FRAME")) != std::string::npos;) text.replace(at, 5, frame);
  return text;
}

}  // namespace

TEST_CASE("private frames: a call_assembler keeps what the trace knows of the caller's frame") {
  FramesGolden g;
  // The store to the global and the callee's frame do not touch slot 0 (its load is
  // forwarded after the call); the store of p2 to slot 1 stays pending across the call, is
  // forwarded to the load after it, and is dropped when slot 1 is overwritten.
  CHECK(g(with("portal", "i1")) == R"([i0, i1, p2]
private_frame(i0)
p4 = getfield_raw(i0, descr=slot)
i5 = int_add(i0, 8)
setfield_raw(4096, i1, descr=word)
setfield_raw(i1, p4, descr=slot)
p8 = call_assembler(8192, i1, descr=portal)
setfield_raw(i5, p8, descr=slot)
finish(p4, p2, p8)
)");
}

TEST_CASE("private frames: not across a call without the effect, nor one given the frame") {
  FramesGolden g;
  // Without private_frames the call may read and write any raw memory: the pending store goes
  // before it and the frame is read again after it (the global's store still does not touch
  // the frame).
  CHECK(g(with("portal_plain", "i1")) == R"([i0, i1, p2]
private_frame(i0)
p4 = getfield_raw(i0, descr=slot)
i5 = int_add(i0, 8)
setfield_raw(4096, i1, descr=word)
setfield_raw(i5, p2, descr=slot)
setfield_raw(i1, p4, descr=slot)
p9 = call_assembler(8192, i1, descr=portal_plain)
p10 = getfield_raw(i0, descr=slot)
p11 = getfield_raw(i5, descr=slot)
setfield_raw(i5, p9, descr=slot)
finish(p10, p11, p9)
)");
  // A callee frame computed from the caller's (i0 + 16) is the caller's memory for the
  // optimizer: the call may touch it.
  std::string text = with("portal", "i3");
  text.replace(text.find("p4 = getfield_raw"), 0, "i3 = int_add(i0, 16)\n");
  CHECK(g(text) == R"([i0, i1, p2]
private_frame(i0)
i4 = int_add(i0, 16)
p5 = getfield_raw(i0, descr=slot)
i6 = int_add(i0, 8)
setfield_raw(i6, p2, descr=slot)
setfield_raw(4096, i1, descr=word)
setfield_raw(i4, p5, descr=slot)
p10 = call_assembler(8192, i4, descr=portal)
p11 = getfield_raw(i0, descr=slot)
p12 = getfield_raw(i6, descr=slot)
setfield_raw(i6, p10, descr=slot)
finish(p11, p12, p10)
)");
}

TEST_CASE("private frames: stores to other raw memory leave the frame's cells known") {
  FramesGolden g;
  // Unmarked, i0 is any pointer: the store through i1 may overwrite its cell.
  const char* in = R"([i0, i1, p2]
MARK
setfield_raw(i0, p2, descr=slot)
setfield_raw(i1, null, descr=slot)
p5 = getfield_raw(i0, descr=slot)
finish(p5)
)";
  auto marked = [&](bool mark) {
    std::string text = in;
    text.replace(text.find("MARK"), 4, mark ? "private_frame(i0)" : "debug_merge_point(0, 0)");
    return g(text);
  };
  CHECK(marked(true).find("finish(p2)") != std::string::npos);
  CHECK(marked(false).find("finish(p2)") == std::string::npos);
}

TEST_CASE("private frames: an address computed from the frame in any way may be in it") {
  FramesGolden g;
  // i4 (the frame's address masked) is not the frame plus a constant, but computed from it:
  // the store through it may overwrite the frame's cell.
  std::string out = g(R"([i0, i1, p2]
private_frame(i0)
i4 = int_and(i0, i1)
setfield_raw(i0, p2, descr=slot)
setfield_raw(i4, null, descr=slot)
p7 = getfield_raw(i0, descr=slot)
finish(p7)
)");
  CHECK(out.find("getfield_raw(i0, descr=slot)") != std::string::npos);
  CHECK(out.find("finish(p2)") == std::string::npos);
}

TEST_CASE("private frames: stores to the frame stay pending across guards, not calls") {
  FramesGolden g;
  // The guard's snapshot lists both stores (resume writes them before the blackhole runs);
  // the call may read raw memory: they are written before it, and the frame read again after.
  CHECK(g(R"([i0, i1, p2]
private_frame(i0)
i4 = int_add(i0, 8)
setfield_raw(i4, p2, descr=slot)
setfield_raw(i0, null, descr=slot)
guard_true(i1) [1@0: i1]
call(4096, i1, descr=clobber)
p8 = getfield_raw(i4, descr=slot)
finish(p8)
)") == R"([i0, i1, p2]
private_frame(i0)
i4 = int_add(i0, 8)
guard_true(i1) [1@0: i1 ! slot(i4)=p2, slot(i0)=null]
setfield_raw(i4, p2, descr=slot)
setfield_raw(i0, null, descr=slot)
call(4096, i1, descr=clobber)
p9 = getfield_raw(i4, descr=slot)
finish(p9)
)");
}

TEST_CASE("private frames: a peeled loop keeps the frame's cells in registers") {
  FramesGolden g;
  // A counter in the frame (word at +8) and an operand slot a pop clears (null at +16): the
  // loop neither loads nor stores them; the counter travels in a label argument, the null
  // stays a constant, and the guard's snapshot writes both.
  std::string out = g(R"([i0]
label(i0, descr=loop)
private_frame(i0)
i2 = int_add(i0, 8)
i3 = getfield_raw(i2, descr=word)
i4 = int_add(i3, 1)
i5 = int_add(i0, 16)
setfield_raw(i5, null, descr=slot)
setfield_raw(i2, i4, descr=word)
i8 = int_lt(i4, 100)
guard_true(i8) [1@0: i0]
jump(i0, descr=loop)
)",
                      true);
  INFO(out);
  REQUIRE(out.find("descr=loop.loop)") != std::string::npos);
  std::string loop = out.substr(out.rfind('\n', out.find("descr=loop.loop)")) + 1);
  CHECK(loop.find("getfield_raw") == std::string::npos);
  CHECK(loop.find("setfield_raw") == std::string::npos);
  CHECK(loop.find("word(i") != std::string::npos);
  CHECK(loop.find("slot(i") != std::string::npos);
}
