// The tracer (meta-interpreter): executes jitcodes on concrete values, like the blackhole
// interpreter, while recording what it does as a trace (docs/meta-tracing.md §4). Greens of the
// merge point become constants, reds become the trace's inputs; branches become guards whose
// snapshots hold every frame's registers; calls into other jitcodes are inlined; the loop closes
// when the portal reaches its merge point again with the same greens.
//
// Resume data: one ResumeFrame per jitcode frame, outermost first, with the frame's jitcode id
// and the pc of the instruction to re-execute (the guarded branch itself for the innermost
// frame; the inline call for the frames that called it), and all of the frame's registers:
// ints, then refs, then floats.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "weft/jit/backend.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir.h"
#include "weft/jit/jitcode.h"

namespace weft::jit {

struct TracerOptions {
  const LabelDescr* loop_label = nullptr;  // the label the recorded loop closes on (required)
  uint32_t trace_limit = 6000;             // recorded operations before aborting
  uint32_t max_inline_depth = 20;          // nested inline calls before aborting
  // Other compiled loops: the label of the loop that starts at the portal's merge point with
  // these greens (every green of the merge point, in list order, constants included), or
  // null. Reaching such a merge point ends the trace with a jump to that label.
  std::function<const LabelDescr*(std::span<const uint64_t> greens)> loop_at;
  // Reaching the merge point of a position with no compiled loop a second time means the trace
  // is unrolling an inner loop. If this returns true for the greens, the recording stops there
  // (Status::InnerLoop) so that the inner loop can be traced on its own first, as LuaJIT and
  // RPython do; otherwise it goes on unrolling (e.g. for a position that cannot be compiled).
  std::function<bool(std::span<const uint64_t> greens)> stop_at_inner_loop;
  // Reaching a merge point that compiled code passes through too: if this returns true for its
  // greens, the recording stops there (Status::InnerLoop with `joined`) so that the path from
  // there is traced once, on its own, and every trace reaching it jumps there instead of
  // carrying a copy of it (bridges out of branchy code would each copy the rest of the path).
  std::function<bool(std::span<const uint64_t> greens)> stop_at_join;
  // Calls of the portal (a jitcode with a portal_entry) are inlined, their merge points passed
  // through, unless the call recurses into a position the trace is in, the inlining is too
  // deep, or inline_portal_call(greens of its portal_entry) says no: then, if portal_address
  // is set, the call runs natively, recorded as a residual call of the portal function at
  // portal_address described by portal_calls[result bank, or 3 for void].
  uint64_t portal_address = 0;
  const CallDescr* portal_calls[4] = {};
  std::function<bool(std::span<const uint64_t> greens)> inline_portal_call;
  // Such a call is recorded as call_assembler(token, the portal's arguments, reds...) instead
  // when call_assembler_token(greens of its portal_entry) gives a token: the reds are those of
  // the portal_entry that compiled code takes as inputs, `call_assembler_reds` naming each by
  // (list 3..5 of PortalState, index); call_assembler_calls[result bank, or 3 for void]
  // describes the call (token, arguments, reds).
  std::function<const CallAssemblerToken*(std::span<const uint64_t> greens)> call_assembler_token;
  std::vector<std::pair<uint8_t, uint8_t>> call_assembler_reds;
  const CallDescr* call_assembler_calls[4] = {};
  // The reds that are the portal activation's own frame (JitDriver private frames), as
  // (list 3..5 of PortalState, index): a trace marks their inputs with private_frame, and a
  // bridge the inputs its parent's marked values go to.
  std::vector<std::pair<uint8_t, uint8_t>> private_frame_reds;
};

struct Recording {
  enum class Status : uint8_t {
    Loop,       // closed: inputs, label, body, jump back to the label
    Finished,   // the portal returned: the trace ends in finish(result)
    InnerLoop,  // stopped at the merge point of an inner loop (TracerOptions::stop_at_inner_loop)
    Aborted,    // too long, too deep, or an operation the tracer does not follow
    Error,      // the jitcode itself failed (null dereference, ...)
  };
  Status status = Status::Error;
  Trace trace;
  std::string reason;  // for Aborted and Error
  // Loop and InnerLoop: the portal's registers at the merge point where recording ended (the
  // interpreter goes on from there; the recorded operations really ran).
  std::vector<uint64_t> end_regs[3];
  const LabelDescr* closed_on = nullptr;  // Loop: the label the trace jumps to
  uint64_t returned = 0;                  // Finished: the portal's result (bits)
  std::vector<uint64_t> inner_greens;     // InnerLoop: the greens of the inner loop's position
  bool joined = false;                    // InnerLoop: stopped by stop_at_join
  // InnerLoop: the reds' values there (what a jump to that position's compiled loop passes).
  std::vector<Value> end_reds;
  // The portal's merge points the trace passed (not the one it started or closed at), each with
  // the number of operations recorded before it; their greens are `count` words of
  // passed_greens from `first` (one list for all: a trace passes many merge points).
  struct Passed {
    uint32_t first, count;
    uint32_t at;
  };
  std::vector<Passed> passed;
  std::vector<uint64_t> passed_greens;
  std::span<const uint64_t> greens_of(const Passed& p) const {
    return {passed_greens.data() + p.first, p.count};
  }
  // The portal_entry greens of the portal calls the trace inlined (an aborted trace may be
  // too long because of them).
  std::vector<std::vector<uint64_t>> inlined_portals;
  // Quasi-immutable fields the trace read as constants (slot address, field): the trace is
  // valid only while they keep their values (QuasiImmutableDeps).
  std::vector<std::pair<uint64_t, const FieldDescr*>> quasi_immutable;
  // Aborted: where the interpreter stands (the recorded part really ran), outermost frame
  // first, for run_blackhole_frames(); empty if nothing ran.
  std::vector<BlackholeFrameState> frames;
};

// Records from the jit_merge_point at `pc` of `portal`, whose registers hold `regs` (the whole
// register file, num_regs[bank] words per bank). Runs the jitcode for real while recording.
Recording record_loop(const JitCode& portal, size_t pc, const std::vector<uint64_t> (&regs)[3],
                      const TracerOptions& options);

// Records a bridge for the guard `exit` of the compiled `parent` trace, which just failed with
// `values` (io words, one per exit.saved): the bridge's inputs are exit.saved, in order; it
// starts by re-executing the guarded instruction and closes, like a loop, on the loop's label
// when the portal reaches the merge point with `loop_greens` (Backend::compile_bridge then
// attaches it). Guards in inlined frames too (the frames are rebuilt from the snapshot); not
// yet guards whose snapshot holds virtual objects.
Recording record_bridge(const JitCodeSet& codes, const Trace& parent, const ExitInfo& exit,
                        std::span<const uint64_t> values, std::span<const uint64_t> loop_greens,
                        const TracerOptions& options);

}  // namespace weft::jit
