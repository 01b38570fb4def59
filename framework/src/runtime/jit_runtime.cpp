// JitRuntime: the control loop of the meta-tracing JIT (runtime.h). Positions are "cells"
// keyed by the merge point's greens; a cell is traced when its position gets hot, then holds
// the compiled loop. Every way out of compiled code ends at a merge point of the portal (the
// blackhole interpreter finishes the interrupted iteration), from where either another compiled
// loop runs or the native interpreter continues.
#include <dlfcn.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>
#include <vector>

#include "call_assembler.h"
#include "greens_key.h"
#include "jit_log.h"
#include "native_access.h"
#include "weft/gc/heap.h"
#include "weft/jit/backend.h"
#include "weft/jit/blackhole.h"
#include "weft/jit/ir_text.h"
#include "weft/jit/optimizer.h"
#include "weft/jit/quasi_immutable.h"
#include "weft/jit/resume_frames.h"
#include "weft/jit/runtime.h"
#include "weft/jit/tracer.h"

namespace weft::jit {

namespace {

// After this many aborted attempts a position is no longer traced; each retry halves the
// inlining depth first (a too-long trace is usually one that inlined too much).
constexpr uint32_t kMaxAborts = 3;
// A guard whose bridge could not be traced this many times is left to the blackhole.
constexpr uint32_t kMaxBridgeAborts = 2;

uint64_t now_ns() {
  return uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}

}  // namespace

std::string JitRuntimeOptions::default_log_path() {
  const char* p = std::getenv("WEFT_JIT_LOG");
  return p ? p : "";
}

struct JitRuntime::Impl final : PortalCalls::Host {
  using Token = PortalCalls::Token;
  struct Cell {
    std::vector<uint64_t> greens;
    CompiledTrace* loop = nullptr;
    const LabelDescr* label = nullptr;
    uint32_t aborts = 0;
    uint32_t inline_depth = 20;
    bool blacklisted = false;
    // A portal call entering here is not inlined into traces (it made one too long): the
    // trace calls the portal function, which runs compiled code for it if there is some.
    bool no_inline = false;
    Token* token = nullptr;  // created when a trace first calls this position's portal call
                             // (its `position` is the cell)
    // The green hash WEFT_CAN_ENTER_JIT / WEFT_PORTAL_ENTRY compute for these greens, once the
    // runtime was entered here (resume_natively() needs it).
    uint64_t hash = 0;
    bool hash_known = false;
  };

  JitDriver& driver;
  JitRuntimeOptions options;
  DescrTable descrs;
  JitCodeSet codes;
  const JitCode* portal = nullptr;
  MergePoint merge_point;
  // How traces call the portal natively (TracerOptions::portal_address): its address and a
  // descriptor per result type (int, ref, float, void).
  uint64_t portal_address = 0;
  const CallDescr* portal_calls[4] = {};
  size_t portal_args = 0;
  // The driver's private frames (TracerOptions::private_frame_reds).
  std::vector<std::pair<uint8_t, uint8_t>> private_frame_reds;
  // A call_assembler whose callee left compiled code at a merge point goes on natively: the
  // portal function is called, and its WEFT_PORTAL_ENTRY (its counter armed) takes this state.
  bool resume_pending = false;
  PortalState resume_state;
  Cell* resume_cell = nullptr;
  Backend backend;
  JitLog log;
  JitStats stats;
  // call_assembler (TracerOptions::call_assembler_*), unless not available (float arguments
  // or results, too many words).
  PortalCalls calls{*this, backend, stats};
  // Keyed by the greens; lookups by span do not allocate.
  std::unordered_map<std::vector<uint64_t>, Cell, GreensHash, GreensEqual> cells;
  std::vector<uint64_t> greens_scratch;
  Cell* entry_cache[1024] = {};

  static bool same_greens(const Cell& cell, const PortalState& s) {
    size_t k = 0;
    for (int list = 0; list < 3; ++list)
      for (uint64_t w : s.lists[list])
        if (k >= cell.greens.size() || cell.greens[k++] != w) return false;
    return k == cell.greens.size();
  }

  Cell* find_cell(std::span<const uint64_t> greens) {
    auto it = cells.find(greens);
    return it == cells.end() ? nullptr : &it->second;
  }
  Cell& cell_at(std::span<const uint64_t> greens) {
    if (Cell* cell = find_cell(greens)) return *cell;
    auto [at, fresh] = cells.try_emplace(std::vector<uint64_t>(greens.begin(), greens.end()));
    at->second.greens = at->first;
    return at->second;
  }
  // The cell of the merge point `s` stands at, if there is one.
  Cell* find_cell(const PortalState& s) {
    greens_scratch.clear();
    for (int list = 0; list < 3; ++list)
      greens_scratch.insert(greens_scratch.end(), s.lists[list].begin(), s.lists[list].end());
    return find_cell(greens_scratch);
  }
  std::unordered_map<const CompiledTrace*, Cell*> cell_of_trace;  // every trace's root loop
  // Merge points compiled traces pass through, each with the longest rest of a trace recorded
  // after it. A bridge reaching one rejoins compiled code's path (the two sides of a branch
  // meet again): it stops there and the path from there is traced on its own, once, if it is
  // at least kMinJoinTail operations long (TracerOptions::stop_at_join). Otherwise every bridge
  // out of branchy code copies the rest of its parent's path up to the next loop: on bf's
  // mandel.b the same positions were recorded 4x over on average. Shorter rests are cheaper
  // copied than compiled as a trace of their own (measured: 15-25 best on mandel.b).
  std::unordered_map<std::vector<uint64_t>, uint32_t, GreensHash, GreensEqual> join_tails;
  static constexpr uint32_t kMinJoinTail = 20;
  // What the runtime keeps per guard of compiled code: how often it failed, how often its
  // bridge could not be traced, and, once it failed, how its frames are rebuilt.
  struct GuardState {
    uint32_t failures = 0;
    uint32_t bridge_aborts = 0;
    // For snapshots without virtual objects (nothing to allocate, so no GC can happen while
    // the frames are rebuilt): each frame's jitcode and pc, and where the value of each register
    // the snapshot names is (index into the exit's io words, or a constant); built at the first
    // failure. The other registers are dead there: nothing reads them before writing them, so
    // they keep whatever the reused frame storage holds.
    struct Frame {
      const JitCode* code;
      size_t pc;
      struct Move {
        uint8_t bank;
        uint16_t reg;
        int32_t from;  // io index, or -1 - constant
      };
      std::vector<Move> moves;
    };
    // A store into a private frame the trace kept pending past the guard (Snapshot::raw_stores),
    // done as setfield_raw before the frames are rebuilt. Sources as in Frame::Move.
    struct PendingStore {
      int32_t address;
      int32_t value;
      uint32_t offset;
      uint8_t size;
    };
    std::vector<Frame> plan;
    std::vector<PendingStore> stores;
    std::vector<uint64_t> constants;
    bool planned = false;
  };
  std::unordered_map<const ExitInfo*, GuardState> guards;
  std::vector<BlackholeFrameState> spare_frames;  // handle_exit()'s, kept between exits
  uint32_t next_trace = 1;
  bool recording = false;  // a trace is being recorded (possibly further up the C++ stack)
  // Quasi-immutable fields: the traces that read them as constants, the fields' descriptors,
  // and a count of writes (a recording that saw one meanwhile may hold a stale constant).
  QuasiImmutableDeps qi_deps{backend};
  std::vector<const FieldDescr*> qi_fields;
  uint64_t qi_writes = 0;
  static inline Impl* watching = nullptr;  // the runtime that g_quasi_immutable_changed calls

  static void quasi_immutable_changed(const void* slot) {
    Impl* self = watching;
    if (!self) return;
    ++self->qi_writes;
    size_t n = 0;
    for (const FieldDescr* f : self->qi_fields) n += self->qi_deps.changed(slot, f);
    if (n) {
      self->stats.invalidated += n;
      if (self->log.enabled())
        self->log.line("# invalidated " + std::to_string(n) +
                       " trace(s): a quasi-immutable field was written");
    }
  }

  Impl(JitDriver& d, const JitRuntimeOptions& o)
      : driver(d), options(o), backend(backend_options()), log(o.log_path) {}

  // WEFT_JIT_PERF_MAP=1 names compiled traces for perf (/tmp/perf-<pid>.map). With
  // WEFT_JIT_VERIFY=1 the backend checks every trace the optimizer made (the tests set it;
  // it cost ~4% of compiling bf's mandel.b).
  static BackendOptions backend_options() {
    auto flag = [](const char* name) {
      const char* v = std::getenv(name);
      return v ? std::optional<bool>(*v && std::string_view(v) != "0") : std::nullopt;
    };
    BackendOptions b;
    b.perf_map = flag("WEFT_JIT_PERF_MAP").value_or(false);
    b.verify = flag("WEFT_JIT_VERIFY").value_or(false);
    return b;
  }

  // --- state conversions ------------------------------------------------------------------

  // The merge point's registers of PortalState list `list` (greens int/ref/float, then reds).
  const std::vector<uint16_t>& registers_of_list(int list) const {
    return list < 3 ? merge_point.greens[list] : merge_point.reds[list - 3];
  }

  // The portal's register file at its merge point (registers that are neither green nor red
  // are dead there).
  void registers_of(const PortalState& s, std::vector<uint64_t> (&regs)[3]) const {
    for (int b = 0; b < 3; ++b) regs[b].assign(portal->num_regs[b], 0);
    for (int list = 0; list < 6; ++list) {
      int bank = list % 3;
      const std::vector<uint16_t>& where = registers_of_list(list);
      for (size_t k = 0; k < where.size(); ++k)
        if (where[k] < portal->num_regs[bank]) regs[bank][where[k]] = s.lists[list][k];
    }
  }

  void state_of(const std::vector<uint64_t> (&regs)[3], PortalState& s) const {
    for (int list = 0; list < 6; ++list) {
      int bank = list % 3;
      const std::vector<uint16_t>& where = registers_of_list(list);
      s.lists[list].clear();
      for (uint16_t reg : where)
        s.lists[list].push_back(reg < portal->num_regs[bank]
                                    ? regs[bank][reg]
                                    : portal->consts[bank][reg - portal->num_regs[bank]]);
    }
  }

  // A compiled loop's inputs: the reds held in registers, in list order (input_slots: which
  // red of which list each input is, computed once).
  std::vector<std::pair<uint8_t, uint8_t>> input_slots;
  size_t loop_inputs(const PortalState& s, uint64_t* in) const {
    for (size_t k = 0; k < input_slots.size(); ++k)
      in[k] = s.lists[input_slots[k].first][input_slots[k].second];
    return input_slots.size();
  }

  std::string where(std::span<const uint64_t> greens) const {
    if (options.printable_location) return options.printable_location(greens);
    std::string s = "greens(";
    for (size_t k = 0; k < greens.size(); ++k)
      s += (k ? ", " : "") + std::to_string(int64_t(greens[k]));
    return s + ")";
  }

  // --- the control loop -------------------------------------------------------------------

  enum class Next : uint8_t { AtMergePoint, Returned };

  bool enter(uint64_t hash, PortalState& state, uint64_t* result) {
    if (resume_pending) [[unlikely]]
      return take_resume(hash, state);
    for (int list = 0; list < 6; ++list)
      if (state.lists[list].size() != registers_of_list(list).size())
        fatal(
            "the greens and reds given to WEFT_CAN_ENTER_JIT or WEFT_PORTAL_ENTRY do not "
            "match the portal's WEFT_JIT_MERGE_POINT (same variables, same order)");
    // The cell last entered with this hash, if it is this position: calls of a compiled
    // function enter here millions of times.
    Cell*& cached = entry_cache[(hash * 0x9E3779B97F4A7C15ull) >> 54];
    Cell* found = cached;
    if (!found || !same_greens(*found, state)) {
      if (!(found = find_cell(state))) found = &cell_at(greens_scratch);
    }
    cached = found;
    Cell& cell = *found;
    cell.hash = hash;
    if (!cell.hash_known) {
      cell.hash_known = true;
      sync_token(cell);
    }
    bool traced = false;
    if (!cell.loop) {
      if (cell.blacklisted) {
        driver.counters().cool(hash);
        driver.entry_counters().cool(hash);
        return false;
      }
      // Code that runs while a trace is recorded (a residual call into the portal) may reach
      // hot positions too; it runs compiled code if there is some, but traces nothing: one
      // recording at a time.
      if (recording) return false;
      traced = true;
      Next next = trace_loop(cell, state, result, state.portal_entry);
      if (next == Next::Returned) return true;
    }
    if (cell.loop) {  // enter it on every pass from now on
      driver.counters().arm(hash);
      driver.entry_counters().arm(hash);
    }
    // After a recording the state stands wherever recording ended.
    return run_compiled(state, result, traced ? nullptr : &cell) == Next::Returned;
  }

  // Runs compiled loops for as long as the state is at the head of one.
  Next run_compiled(PortalState& state, uint64_t* result, Cell* at = nullptr) {
    for (;;) {
      Cell* cell = at ? at : find_cell(state);
      at = nullptr;
      if (cell && cell->loop && cell->loop->invalidated()) {
        // Its assumptions broke: forget it (it stays allocated, bridges and exits included,
        // since code may still return through it); the position is traced again when hot.
        if (log.enabled())
          log.line("# dropped invalidated " + cell->loop->name() + " at " + where(cell->greens));
        cell->loop = nullptr;
        cell->label = nullptr;
        sync_token(*cell);
        return Next::AtMergePoint;
      }
      if (!cell || !cell->loop) return Next::AtMergePoint;
      uint64_t io[Backend::kMaxIoWords];
      ++stats.entries;
      uint64_t in[Backend::kMaxIoWords];
      size_t n = loop_inputs(state, in);
      const ExitInfo* exit = backend.run(*cell->loop, std::span<const uint64_t>(in, n), io);
      if (handle_exit(*exit, io, state, result) == Next::Returned) return Next::Returned;
    }
  }

  Next handle_exit(const ExitInfo& exit, const uint64_t* io, PortalState& state, uint64_t* result) {
    switch (exit.kind) {
      case ExitInfo::Kind::Finish:
        *result = exit.saved.empty() ? 0 : io[0];
        return Next::Returned;
      case ExitInfo::Kind::OutOfMemory:
        // Compiled allocation found the heap full; there is no language-level error channel
        // through a generic portal yet.
        std::fprintf(stderr, "weft: out of memory in compiled code\n");
        std::exit(1);
      case ExitInfo::Kind::Guard:
        break;
    }
    ++stats.guard_failures;
    GuardState& guard = guards[&exit];
    // Not while a trace is recorded: a portal call the tracer runs natively may fail guards
    // too, and there is one recording at a time.
    if (++guard.failures >= driver.params().trace_eagerness && !exit.bridge &&
        guard.bridge_aborts < kMaxBridgeAborts && !recording) {
      std::optional<Next> traced = trace_bridge(exit, io, state, result);
      if (traced) return *traced;
    }
    if (!guard.planned) plan_resume(exit, guard);
    if (!guard.plan.empty()) {
      for (const GuardState::PendingStore& rs : guard.stores) {
        uint64_t value = planned_word(guard, io, rs.value);
        std::memcpy(reinterpret_cast<void*>(planned_word(guard, io, rs.address) + rs.offset),
                    &value, rs.size);  // little-endian: the low bytes
      }
      // The frames' storage is reused from the last exit (taken, not shared: the blackhole
      // may call into the portal, whose exits then allocate their own).
      std::vector<BlackholeFrameState> frames = std::move(spare_frames);
      frames.resize(guard.plan.size());
      for (size_t n = 0; n < frames.size(); ++n) {
        const GuardState::Frame& pf = guard.plan[n];
        BlackholeFrameState& f = frames[n];
        f.code = pf.code;
        f.pc = pf.pc;
        // Dead int and float registers keep stale words; references are GC roots while the
        // blackhole runs, so a stale one could name a freed object: those start null.
        f.regs[kIntBank].resize(pf.code->num_regs[kIntBank]);
        f.regs[kRefBank].assign(pf.code->num_regs[kRefBank], 0);
        f.regs[kFloatBank].resize(pf.code->num_regs[kFloatBank]);
        for (const GuardState::Frame::Move& m : pf.moves)
          f.regs[m.bank][m.reg] = planned_word(guard, io, m.from);
      }
      Next next = blackhole(frames, state, result);
      spare_frames = std::move(frames);
      return next;
    }
    return resume_in_blackhole(exit, io, state, result);
  }

  static uint64_t planned_word(const GuardState& guard, const uint64_t* io, int32_t from) {
    return from >= 0 ? io[from] : guard.constants[size_t(-1 - from)];
  }

  // Builds guard.plan (and guard.stores) for a snapshot without virtual objects (else leaves
  // it empty: materializing them may allocate, which resume_frames() handles).
  void plan_resume(const ExitInfo& exit, GuardState& guard) {
    guard.planned = true;
    const Trace& ir = exit.trace->ir();
    const Snapshot& snapshot = ir.snapshots[size_t(ir.insts[exit.inst].snapshot)];
    if (!snapshot.virtuals.empty()) return;
    // An io index, or -1 - an index into guard.constants (0 for a value the exit did not save,
    // as resume_frames() reads it).
    auto source = [&](Value v) -> int32_t {
      auto saved = std::find(exit.saved.begin(), exit.saved.end(), v);
      if (v.is_inst() && saved != exit.saved.end()) return int32_t(saved - exit.saved.begin());
      guard.constants.push_back(v.is_const() ? ir.constant(v).bits : 0);
      return -int32_t(guard.constants.size());
    };
    for (const RawStore& store : snapshot.raw_stores) {
      if (!store.field || (store.field->size != 1 && store.field->size != 2 &&
                           store.field->size != 4 && store.field->size != 8))
        fatal("a snapshot's raw store is malformed");
      guard.stores.push_back(
          {source(store.address), source(store.value), store.field->offset, store.field->size});
    }
    for (const ResumeFrame& rf : snapshot.frames) {
      GuardState::Frame f{codes.by_id(rf.jitcode), rf.pc, {}};
      if (!f.code) fatal("a snapshot names an unknown jitcode");
      const uint16_t* num_regs = f.code->num_regs;
      for (size_t k = 0; k < rf.values.size(); ++k) {
        size_t flat = rf.register_of(k);
        int bank = 0;
        while (bank < 3 && flat >= num_regs[bank]) flat -= num_regs[bank++];
        if (bank == 3) break;
        f.moves.push_back({uint8_t(bank), uint16_t(flat), source(rf.values[k])});
      }
      guard.plan.push_back(std::move(f));
    }
  }

  // The general way back: rebuilds the frames through resume_frames(), which materializes the
  // snapshot's virtual objects.
  Next resume_in_blackhole(const ExitInfo& exit, const uint64_t* io, PortalState& state,
                           uint64_t* result) {
    const Trace& ir = exit.trace->ir();
    const Snapshot& snapshot = ir.snapshots[size_t(ir.insts[exit.inst].snapshot)];
    auto saved = [&](Value v) -> uint64_t {
      for (size_t k = 0; k < exit.saved.size(); ++k)
        if (exit.saved[k] == v) return io[k];
      return 0;
    };
    ResumedFrames resumed;
    std::string error;
    if (resume_frames(ir, snapshot, saved, resumed, &error) != ResumeStatus::Ok)
      fatal("resuming from a guard failed: " + error);
    std::vector<BlackholeFrameState> frames;
    for (const ResumedFrame& rf : resumed.frames()) {
      BlackholeFrameState f;
      f.code = codes.by_id(rf.jitcode);
      f.pc = rf.pc;
      if (!f.code) fatal("a snapshot names an unknown jitcode");
      rf.registers(*f.code, f.regs);
      frames.push_back(std::move(f));
    }
    return blackhole(frames, state, result);
  }

  // --- call_assembler (PortalCalls) -------------------------------------------------------

  Token* token_of(std::span<const uint64_t> greens) {
    Cell& cell = cell_at(greens);
    if (!cell.token) cell.token = calls.new_token(&cell);
    return cell.token;
  }

  // After a change of cell.loop, its invalidation or of cell.hash_known.
  void sync_token(Cell& cell) {
    if (cell.token) calls.sync(*cell.token);
  }
  void set_recording(bool on) {
    recording = on;
    calls.set_recording(on);
  }

  // The cell's loop while it exists, was not seen invalidated, and the cell's hash is known.
  const CompiledTrace* usable_code(const Token& t) override {
    const Cell& cell = *static_cast<const Cell*>(t.position);
    return cell.loop && !cell.loop->invalidated() && cell.hash_known ? cell.loop : nullptr;
  }

  // A guard failed in the callee: bridge or blackhole up to a merge point, compiled loops from
  // there, and the native interpreter for the rest of the call.
  [[gnu::noinline]] uint64_t callee_left(Token& t, const ExitInfo& exit, const uint64_t* io,
                                         const uint64_t* words) override {
    PortalState state;
    uint64_t result = 0;
    Next next = handle_exit(exit, io, state, &result);
    if (next != Next::Returned) next = run_compiled(state, &result);
    calls.sync(t);  // the callee's code may have been invalidated meanwhile
    if (next == Next::Returned) return result;
    return resume_natively(*static_cast<Cell*>(t.position), state, words);
  }

  uint64_t call_portal(const uint64_t* args) override {
    uint64_t result = 0;
    std::string problem;
    if (!native_call(portal_address, *portal_calls[0], std::span<const uint64_t>(args, portal_args),
                     &result, &problem))
      fatal("calling the portal failed: " + problem);
    return result;
  }

  uint64_t resume_natively(Cell& cell, const PortalState& state, const uint64_t* args) {
    if (resume_pending) fatal("a native resumption is already pending");
    resume_pending = true;
    resume_state = state;
    resume_cell = &cell;
    driver.entry_counters().arm(cell.hash);
    uint64_t result = call_portal(args);
    if (resume_pending) fatal("the portal did not resume at its WEFT_PORTAL_ENTRY");
    return result;
  }

  // The portal entry of resume_natively()'s call: the loop goes on from the resumed state.
  bool take_resume(uint64_t hash, PortalState& state) {
    resume_pending = false;
    if (!resume_cell->hash_known || resume_cell->hash != hash || !state.portal_entry)
      fatal("the portal resumed at another position than its WEFT_PORTAL_ENTRY");
    for (int list = 0; list < 6; ++list) state.lists[list] = resume_state.lists[list];
    // The entry's tick reset the counter: compiled code stays entered at every call.
    if (resume_cell->loop) driver.entry_counters().arm(hash);
    return false;
  }

  Next blackhole(std::vector<BlackholeFrameState>& frames, PortalState& state, uint64_t* result) {
    ++stats.blackhole_runs;
    BlackholeOptions bo;
    bo.stop_at_merge_point = true;
    BlackholeResult r = run_blackhole_frames(frames, bo);
    switch (r.kind) {
      case BlackholeResult::Kind::Returned:
        *result = r.value;
        return Next::Returned;
      case BlackholeResult::Kind::MergePoint:
        for (int list = 0; list < 6; ++list) state.lists[list] = r.lists[list];
        return Next::AtMergePoint;
      case BlackholeResult::Kind::Error:
        break;
    }
    fatal("the blackhole interpreter failed: " + r.error);
  }

  [[noreturn]] void fatal(const std::string& what) {
    std::fprintf(stderr, "weft: internal JIT error: %s\n", what.c_str());
    std::abort();
  }

  TracerOptions tracer_options(const LabelDescr* label, uint32_t inline_depth,
                               bool bridge = false) {
    TracerOptions o;
    o.loop_label = label;
    o.trace_limit = driver.params().trace_limit;
    o.max_inline_depth = inline_depth;
    o.loop_at = [this](std::span<const uint64_t> greens) -> const LabelDescr* {
      Cell* cell = find_cell(greens);
      return cell && cell->loop ? cell->label : nullptr;
    };
    o.stop_at_inner_loop = [this](std::span<const uint64_t> greens) {
      Cell* cell = find_cell(greens);
      return !cell || !cell->blacklisted;
    };
    if (bridge)
      o.stop_at_join = [this](std::span<const uint64_t> greens) {
        auto it = join_tails.find(greens);
        if (it == join_tails.end() || it->second < kMinJoinTail) return false;
        Cell* cell = find_cell(greens);
        return !cell || (!cell->blacklisted && !cell->loop);
      };
    o.portal_address = portal_address;
    // Whether or not traces can call the portal's compiled code (call_assembler).
    o.private_frame_reds = private_frame_reds;
    std::copy(std::begin(portal_calls), std::end(portal_calls), o.portal_calls);
    o.inline_portal_call = [this](std::span<const uint64_t> greens) {
      Cell* cell = find_cell(greens);
      return !cell || !cell->no_inline;
    };
    if (calls.available()) {
      o.call_assembler_token = [this](std::span<const uint64_t> greens) -> CallAssemblerToken* {
        return token_of(greens);
      };
      o.call_assembler_reds = input_slots;
      std::copy(calls.descrs(), calls.descrs() + 4, o.call_assembler_calls);
    }
    return o;
  }

  // Optimizes and compiles a recording; null (logged) if the backend refuses it.
  CompiledTrace* compile(Recording& rec, const std::string& name, const ExitInfo* from,
                         uint64_t qi_writes_before) {
    if (!rec.quasi_immutable.empty() && qi_writes != qi_writes_before) {
      if (log.enabled())
        log.line("# not compiled: a quasi-immutable field was written while " + name +
                 " was recorded");
      return nullptr;
    }
    uint64_t t0 = now_ns();
    OptimizerOptions opts = optimizer_options_without(driver.params().disabled_passes);
    opts.peel_labels = &descrs;  // loops get a preamble with their invariant code
    OptimizerReport report;
    Trace optimized = optimize(rec.trace, opts, &report);
    uint64_t t1 = now_ns();
    stats.optimizing_ns += t1 - t0;
    std::string error;
    if (log.enabled()) log.trace("optimized", optimized);
    // The backend verifies what it compiles when asked (backend_options()); a trace it finds
    // invalid is the optimizer's bug.
    size_t optimized_ops = optimized.insts.size();
    CompiledTrace* ct = from ? backend.compile_bridge(*from, std::move(optimized), name, &error)
                             : backend.compile_trace(std::move(optimized), name, &error);
    stats.compiling_ns += now_ns() - t1;
    if (!ct && error.rfind(Backend::kInvalidTrace, 0) == 0)
      fatal("the optimizer produced an " + error);
    if (!ct) {
      if (log.enabled()) log.line("# not compiled: " + error);
      return nullptr;
    }
    // Quasi-immutable fields the optimizer folded (objects it found constant only after
    // guards): watched like the tracer's (QuasiImmutable layout contract in hints.h).
    for (const OptimizerReport::QuasiImmutableDep& dep : report.quasi_immutable_deps) {
      uintptr_t slot = reinterpret_cast<uintptr_t>(dep.object) + dep.field->offset;
      *reinterpret_cast<bool*>(slot + dep.field->size) = true;
      rec.quasi_immutable.push_back({slot, dep.field});
    }
    for (const auto& [slot, field] : rec.quasi_immutable) {
      qi_deps.depend(reinterpret_cast<const void*>(uintptr_t(slot)), field, ct);
      if (std::find(qi_fields.begin(), qi_fields.end(), field) == qi_fields.end())
        qi_fields.push_back(field);
    }
    stats.ops_compiled += optimized_ops;
    for (const Recording::Passed& p : rec.passed) {
      uint32_t tail = uint32_t(rec.trace.insts.size()) - p.at;
      std::span<const uint64_t> greens = rec.greens_of(p);
      auto it = join_tails.find(greens);
      if (it == join_tails.end())
        join_tails.emplace(std::vector<uint64_t>(greens.begin(), greens.end()), tail);
      else
        it->second = std::max(it->second, tail);
    }
    driver.counters().decay(driver.params().decay);
    driver.entry_counters().decay(driver.params().decay);
    if (log.enabled())
      log.line("# compiled " + name + ": " + std::to_string(ct->code_size()) + " bytes");
    return ct;
  }

  // Traces from the merge point `state` stands at. A recording that ends where the portal
  // returns is compiled too if it started at a portal entry (a function trace).
  Next trace_loop(Cell& cell, PortalState& state, uint64_t* result, bool portal_entry = false) {
    uint64_t t0 = now_ns();
    std::string name = (portal_entry ? "function" : "loop") + std::to_string(next_trace++);
    const LabelDescr* label = descrs.label(name);
    std::vector<uint64_t> regs[3];
    registers_of(state, regs);
    if (log.enabled()) log.line("# tracing " + name + " at " + where(cell.greens));
    uint64_t writes = qi_writes;
    uint64_t ran = calls.ran_while_recording_ns();
    set_recording(true);
    Recording rec =
        record_loop(*portal, merge_point.pc, regs, tracer_options(label, cell.inline_depth));
    set_recording(false);
    t0 += calls.ran_while_recording_ns() - ran;
    uint64_t t1 = now_ns();
    stats.recording_ns += t1 - t0;
    stats.ops_recorded += rec.trace.insts.size();
    auto keep = [&](Recording& r) {
      // A loop's recording that reached the portal's return: the program ended meanwhile.
      if (r.status != Recording::Status::Loop && !portal_entry) return false;
      if (log.enabled()) log.trace("recorded " + name, r.trace);
      CompiledTrace* ct = compile(r, name, nullptr, writes);
      if (!ct) return false;
      ++stats.loops;
      cell.loop = ct;
      cell.label = label;
      sync_token(cell);
      cell_of_trace[ct] = &cell;
      return true;
    };
    Next next = after_recording(rec, state, result, keep);
    if (rec.status == Recording::Status::InnerLoop) {
      // Not an abort: the inner position is traced first, then this recording closes on it.
      stats.tracing_ns += now_ns() - t0;
      next = trace_inner_loop(rec, state, result);
      uint64_t t2 = now_ns();
      if (next == Next::AtMergePoint && close_on_inner(rec)) keep(rec);
      stats.tracing_ns += now_ns() - t2;
      return next;
    }
    if (!cell.loop && rec.status != Recording::Status::Finished) note_abort(cell, rec);
    stats.tracing_ns += now_ns() - t0;
    return next;
  }

  // A recording that stopped at an inner position (Status::InnerLoop) really ran up to it, and
  // that position was traced next: once it has compiled code, the recording is closed with a
  // jump there and kept, instead of being recorded again at its next chance. False if the
  // inner position has no compiled code (blacklisted, or its trace could not be compiled).
  bool close_on_inner(Recording& rec) {
    Cell* inner = find_cell(rec.inner_greens);
    if (!inner || !inner->loop) return false;
    rec.trace.emit(Op::jump, rec.end_reds, inner->label);
    rec.closed_on = inner->label;
    rec.status = Recording::Status::Loop;
    return true;
  }

  // A recording stopped where it began to unroll an inner loop that has no compiled code (the
  // state stands at its merge point): that loop is clearly hot, so it is traced now.
  Next trace_inner_loop(const Recording& rec, PortalState& state, uint64_t* result) {
    Cell& inner = cell_at(rec.inner_greens);
    if (log.enabled())
      log.line(rec.joined ? "# stopped where compiled code passes, at " + where(inner.greens) +
                                ", which is traced first"
                          : "# stopped at the inner loop at " + where(inner.greens) +
                                ", which is traced first");
    if (inner.loop || inner.blacklisted) return Next::AtMergePoint;
    return trace_loop(inner, state, result);
  }

  void note_abort(Cell& cell, const Recording& rec) {
    ++stats.aborts;
    no_inline_after(rec);
    cell.inline_depth = std::max<uint32_t>(1, cell.inline_depth / 2);
    bool last = cell.aborts + 1 >= kMaxAborts;
    if (log.enabled())
      log.line("# aborted at " + where(cell.greens) + ": " + rec.reason +
               (last ? ""
                     : "; the next attempt inlines calls at most " +
                           std::to_string(cell.inline_depth) + " deep"));
    if (++cell.aborts >= kMaxAborts) {
      cell.blacklisted = true;
      ++stats.blacklisted;
      if (log.enabled()) log.line("# blacklisted " + where(cell.greens));
    }
  }

  // A recording that grew too long while it inlined portal calls: those calls are made
  // natively from now on (RPython does the same with the function it blames).
  void no_inline_after(const Recording& rec) {
    if (rec.status != Recording::Status::Aborted ||
        rec.reason.find("too long") == std::string::npos)
      return;
    for (const std::vector<uint64_t>& greens : rec.inlined_portals) {
      Cell& callee = cell_at(greens);
      if (!callee.no_inline && log.enabled())
        log.line("# calls of " + where(callee.greens) + " are no longer inlined");
      callee.no_inline = true;
    }
  }

  // What every recording leaves behind: the program really ran while it was recorded, so the
  // state moves on whether or not the trace is kept. `keep` compiles a Loop recording.
  template <class Keep>
  Next after_recording(Recording& rec, PortalState& state, uint64_t* result, Keep keep) {
    switch (rec.status) {
      case Recording::Status::Loop:
        keep(rec);
        state_of(rec.end_regs, state);
        return Next::AtMergePoint;
      case Recording::Status::InnerLoop:
        state_of(rec.end_regs, state);
        return Next::AtMergePoint;
      case Recording::Status::Finished:
        keep(rec);
        log.line("# the portal returned while tracing");
        *result = rec.returned;
        return Next::Returned;
      case Recording::Status::Aborted:
        if (rec.frames.empty()) fatal("an aborted recording left no frames");
        return blackhole(rec.frames, state, result);
      case Recording::Status::Error:
        break;
    }
    fatal("tracing failed: " + rec.reason);
  }

  // Records and attaches a bridge for a guard that failed often; nothing if the tracer cannot
  // start there (then the blackhole resumes as usual).
  std::optional<Next> trace_bridge(const ExitInfo& exit, const uint64_t* io, PortalState& state,
                                   uint64_t* result) {
    uint64_t t0 = now_ns();
    Cell* root = cell_of_trace.at(exit.trace);
    std::string name = "bridge" + std::to_string(next_trace++);
    std::span<const uint64_t> values(io, exit.saved.size());
    if (log.enabled()) {
      const Trace& parent = exit.trace->ir();
      size_t depth = parent.snapshots[size_t(parent.insts[exit.inst].snapshot)].frames.size();
      log.line("# tracing " + name + " from a guard of " + exit.trace->name() +
               (depth > 1 ? " inside " + std::to_string(depth - 1) + " inlined call(s)" : "") +
               " (" + where(root->greens) + ")");
    }
    uint64_t writes = qi_writes;
    uint64_t ran = calls.ran_while_recording_ns();
    set_recording(true);
    Recording rec = record_bridge(codes, exit.trace->ir(), exit, values, root->greens,
                                  tracer_options(root->label, root->inline_depth, true));
    set_recording(false);
    t0 += calls.ran_while_recording_ns() - ran;
    uint64_t t1 = now_ns();
    stats.recording_ns += t1 - t0;
    stats.ops_recorded += rec.trace.insts.size();
    if (rec.status == Recording::Status::Aborted && rec.frames.empty()) {
      ++guards[&exit].bridge_aborts;
      if (log.enabled()) log.line("# bridge not traced: " + rec.reason);
      stats.tracing_ns += now_ns() - t0;
      return std::nullopt;
    }
    bool compiled = false;
    auto keep = [&](Recording& r) {
      if (log.enabled()) log.trace("recorded " + name, r.trace);
      CompiledTrace* ct = compile(r, name, &exit, writes);
      if (!ct) return false;
      ++stats.bridges;
      cell_of_trace[ct] = root;
      compiled = true;
      return true;
    };
    Next next = after_recording(rec, state, result, keep);
    if (rec.status == Recording::Status::InnerLoop) {
      // The inner position is traced first, then the bridge closes on it. If it cannot, the
      // guard keeps its failure count: its next failure traces the bridge again.
      stats.tracing_ns += now_ns() - t0;
      next = trace_inner_loop(rec, state, result);
      uint64_t t2 = now_ns();
      if (next == Next::AtMergePoint && !exit.bridge && close_on_inner(rec)) keep(rec);
      stats.tracing_ns += now_ns() - t2;
      return next;
    }
    if (!compiled) {
      ++stats.aborts;
      ++guards[&exit].bridge_aborts;
      if (log.enabled()) log.line("# bridge aborted: " + rec.reason);
      no_inline_after(rec);
    }
    stats.tracing_ns += now_ns() - t0;
    return next;
  }
};

std::unique_ptr<JitRuntime> JitRuntime::create(JitDriver& driver, std::string_view jitcode_text,
                                               const JitRuntimeOptions& options,
                                               std::string* error) {
  if (!gc::Heap::current()) {
    *error = "the JIT needs a weft::gc::Heap";
    return nullptr;
  }
  auto impl = std::make_unique<Impl>(driver, options);
  std::string parse_error;
  if (!parse_jitcodes(jitcode_text, impl->descrs, impl->codes, &parse_error, options.resolve)) {
    *error = "the embedded jitcodes do not parse: " + parse_error;
    return nullptr;
  }
  impl->portal = impl->codes.find(options.portal);
  if (!impl->portal) {
    *error = "no jitcode for the portal " + options.portal;
    return nullptr;
  }
  // Traces call the portal function natively where they do not inline a call of it.
  impl->portal_address =
      options.resolve ? options.resolve(options.portal)
                      : reinterpret_cast<uintptr_t>(dlsym(RTLD_DEFAULT, options.portal.c_str()));
  static constexpr Type kBankTypes[] = {Type::Int, Type::Ref, Type::Float};
  static constexpr Type kResults[] = {Type::Int, Type::Ref, Type::Float, Type::Void};
  if (impl->portal_address) {
    std::vector<Type> args;
    for (uint8_t bank : impl->portal->param_banks) args.push_back(kBankTypes[bank]);
    for (int k = 0; k < 4; ++k)
      impl->portal_calls[k] = impl->descrs.add<CallDescr>(
          "portal." + options.portal + "." + "irfv"[k], args, kResults[k]);
  }
  std::vector<MergePoint> points = find_merge_points(*impl->portal);
  if (points.size() != 1) {
    *error = options.portal + " has " + std::to_string(points.size()) +
             " jit_merge_points; a portal has exactly one";
    return nullptr;
  }
  impl->merge_point = points[0];
  for (int bank = 0; bank < 3; ++bank) {
    const std::vector<uint16_t>& where = impl->merge_point.reds[bank];
    for (size_t k = 0; k < where.size(); ++k)
      if (where[k] < impl->portal->num_regs[bank])
        impl->input_slots.push_back({uint8_t(3 + bank), uint8_t(k)});
  }
  // Private frames are int reds: their index in the int list is their place among the reds
  // when there are no others. The driver names them, or the codegen found reds pointing to a
  // WEFT_VIRTUALIZABLE frame (JitCode::frame_reds).
  std::vector<std::string> frames = driver.private_frames();
  for (uint8_t k : impl->portal->frame_reds)
    if (k < driver.reds().size() &&
        std::find(frames.begin(), frames.end(), driver.reds()[k]) == frames.end())
      frames.push_back(driver.reds()[k]);
  for (const std::string& name : frames) {
    auto at = std::find(driver.reds().begin(), driver.reds().end(), name);
    if (at == driver.reds().end() || !impl->merge_point.reds[1].empty() ||
        !impl->merge_point.reds[2].empty()) {
      *error = "the private frame " + name + " of the driver " + driver.name() +
               " is not one of its reds, or there are reds other than integers";
      return nullptr;
    }
    impl->private_frame_reds.push_back({3, uint8_t(at - driver.reds().begin())});
  }
  // call_assembler passes (token, the portal's arguments, the reds compiled code takes), all
  // in integer registers: the helpers take at most five words after the token.
  if (impl->portal_address) {
    std::vector<Type> args = {Type::Int};
    bool ints = true;
    for (uint8_t bank : impl->portal->param_banks) {
      args.push_back(kBankTypes[bank]);
      ints &= bank != kFloatBank;
    }
    for (auto [list, k] : impl->input_slots) {
      args.push_back(kBankTypes[list - 3]);
      ints &= list - 3 != kFloatBank;
    }
    if (ints && args.size() <= 6) {
      impl->portal_args = impl->portal->param_banks.size();
      EffectInfo effects;
      effects.private_frames = !impl->private_frame_reds.empty();
      impl->calls.set_up(impl->descrs, options.portal, args, impl->portal_args, effects,
                         options.count_direct_calls || impl->log.enabled());
    }
  }
  size_t greens = 0, reds = 0;
  for (int b = 0; b < 3; ++b) {
    greens += impl->merge_point.greens[b].size();
    reds += impl->merge_point.reds[b].size();
  }
  if (greens != driver.greens().size() || reds != driver.reds().size()) {
    *error = "the merge point of " + options.portal + " has " + std::to_string(greens) +
             " greens and " + std::to_string(reds) + " reds; the driver " + driver.name() +
             " declares " + std::to_string(driver.greens().size()) + " and " +
             std::to_string(driver.reds().size());
    return nullptr;
  }
  std::unique_ptr<JitRuntime> jit(new JitRuntime(std::move(impl)));
  driver.set_portal_jit(jit.get());
  Impl::watching = jit->impl_.get();
  detail::g_quasi_immutable_changed = &Impl::quasi_immutable_changed;
  return jit;
}

JitRuntime::JitRuntime(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

JitRuntime::~JitRuntime() {
  if (impl_->driver.portal_jit() == this) impl_->driver.set_portal_jit(nullptr);
  if (Impl::watching == impl_.get()) {
    Impl::watching = nullptr;
    detail::g_quasi_immutable_changed = nullptr;
  }
  if (impl_->log.enabled()) impl_->log.line(stats_text());
}

bool JitRuntime::enter(uint64_t green_hash, PortalState& state, uint64_t* result) {
  return impl_->enter(green_hash, state, result);
}

const JitStats& JitRuntime::stats() const { return impl_->stats; }

std::string JitRuntime::stats_text() const {
  const JitStats& s = impl_->stats;
  auto ms = [](uint64_t ns) { return std::to_string(double(ns) / 1e6) + " ms"; };
  std::string out;
  auto add = [&](const char* name, const std::string& value) {
    out += std::string("jit ") + name + ": " + value + "\n";
  };
  add("loops", std::to_string(s.loops));
  add("bridges", std::to_string(s.bridges));
  add("aborts", std::to_string(s.aborts));
  add("blacklisted", std::to_string(s.blacklisted));
  add("entries", std::to_string(s.entries));
  add("direct calls", std::to_string(s.direct_calls));
  add("guard failures", std::to_string(s.guard_failures));
  add("blackhole runs", std::to_string(s.blackhole_runs));
  add("invalidated", std::to_string(s.invalidated));
  add("ops recorded", std::to_string(s.ops_recorded));
  add("ops compiled", std::to_string(s.ops_compiled));
  add("time recording", ms(s.recording_ns));
  add("time optimizing", ms(s.optimizing_ns));
  add("time compiling", ms(s.compiling_ns));
  add("time tracing total", ms(s.tracing_ns));
  return out;
}

}  // namespace weft::jit
