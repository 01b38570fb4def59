// The Backend: owns code memory and compiled traces, links traces (labels, bridges), patches
// guards, and enters compiled code through the entry trampoline.
#include "weft/jit/backend.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "backend/code_memory.h"
#include "backend/live_ranges.h"
#include "backend/x64_trace_compiler.h"
#include "weft/gc/heap.h"
#include "weft/jit/ir_verify.h"

namespace weft::jit {

using backend::Loc;

// The backend's view of a compiled trace: where its pieces are, for patching and linking.
struct MachineCode {
  uintptr_t entry = 0;
  uintptr_t register_entry = 0;  // the register entry convention (x64_trace_compiler.h)
  struct ExitSite {
    uintptr_t stub = 0;
    InlineVector<uintptr_t, 1> jumps;  // rel32 fields that reach the stub (or the bridge)
    InlineVector<uintptr_t, 1> nops;   // guard_not_invalidated sites
    std::vector<Loc> locs;             // where the saved values are when the guard fails
  };
  std::vector<ExitSite> exits;
  std::vector<const LabelDescr*> labels;    // registered as jump targets
  CompiledTrace* jumps_to = nullptr;        // the trace whose label this one's final jump reaches
  std::vector<CompiledTrace*> jumped_into;  // traces whose final jump reaches this one
};

CompiledTrace::~CompiledTrace() = default;

const ExitInfo* CompiledTrace::exit_at(uint32_t inst) const {
  for (const ExitInfo& e : exits_)
    if (e.kind != ExitInfo::Kind::OutOfMemory && e.inst == inst) return &e;
  return nullptr;
}

namespace {

// The frame of compiled code: the io pointer, then the spill slots. Below a return address
// (the frame entry is called with rsp 16-byte aligned) it keeps rsp 16-byte aligned in trace
// code.
constexpr int32_t kFrameBytes = int32_t(8 + 8 * Backend::kMaxSpillSlots);
static_assert(kFrameBytes % 16 == 8);

using EnterFn = const ExitInfo* (*)(uint64_t* io, uintptr_t target);

uint64_t now_ns() {
  return uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}

}  // namespace

std::string BackendOptions::default_dump_dir() {
  const char* dir = std::getenv("WEFT_JIT_DUMP_DIR");
  return dir ? dir : "";
}

struct Backend::Impl {
  std::string dump_dir;
  bool verify;
  const gc::JitContract* contract;
  const gc::JitRawAllocation* raw_allocation;
  backend::CodeMemory memory;
  uintptr_t enter = 0;        // for C++ (EnterFn): saves the callee-saved registers
  uintptr_t frame_entry = 0;  // for compiled code: the frame only
  uintptr_t exit = 0;
  std::unordered_map<const LabelDescr*, backend::LabelTarget> labels;
  std::unordered_map<const CompiledTrace*, std::unique_ptr<CompiledTrace>> traces;
  std::unordered_map<uintptr_t, CallStubSpec> call_stubs;  // by the stub's address
  backend::Workspace workspace;                            // reused by every compilation
  backend::SnapshotValues snapshot_values;                 // exits_of()'s, reused
  // The io buffer of call_assemblers that enter their callee from the trace (call_direct), in
  // the code memory's data area (RIP-relative from the code). On the native stack it would add
  // kMaxIoWords words per level of recursion to what the collector scans conservatively; an
  // exit's values stay in it only until the caller reads the finish's value or after_exit
  // copies them.
  uint64_t* call_io = static_cast<uint64_t*>(memory.data());
  static_assert(kMaxIoWords * sizeof(uint64_t) <= backend::CodeMemory::kDataBytes);
  FILE* perf_map = nullptr;

  explicit Impl(const BackendOptions& options) {
    gc::Heap* heap = gc::Heap::current();
    if (!heap) {
      std::fprintf(stderr, "weft jit: a Backend needs a weft::gc::Heap\n");
      std::abort();
    }
    contract = &heap->jit_contract();
    raw_allocation = &gc::jit_raw_allocation();
    dump_dir = options.dump_dir;
    verify = options.verify;
    emit_trampolines();
    if (options.perf_map) {
      std::string path = "/tmp/perf-" + std::to_string(getpid()) + ".map";
      perf_map = std::fopen(path.c_str(), "a");
    }
  }
  ~Impl() {
    if (perf_map) std::fclose(perf_map);
  }

  // The frame entry makes a compiled frame below its return address and jumps to the code; an
  // exit frees the frame and returns. Compiled code calls it directly (portal calls, with every
  // live value spilled); C++ enters through `enter`, which saves the callee-saved registers
  // around it.
  void emit_trampolines() {
    namespace x86 = asmjit::x86;
    asmjit::CodeHolder code;
    code.init(asmjit::Environment::host());
    x86::Assembler a(&code);
    asmjit::Label frame = a.newLabel();
    static const x86::Gp kSaved[] = {x86::rbx, x86::rbp, x86::r12, x86::r13, x86::r14, x86::r15};
    for (const x86::Gp& r : kSaved) a.push(r);
    a.push(x86::rdi);  // io; also makes rsp 16-byte aligned at the call
    a.call(frame);
    a.pop(x86::r11);
    // A finish's first value may be in its register only (ExitInfo::first_in_register).
    ExitInfo probe;
    auto flag_offset = int32_t(reinterpret_cast<const char*>(&probe.first_in_register) -
                               reinterpret_cast<const char*>(&probe));
    asmjit::Label in_io = a.newLabel();
    a.cmp(x86::byte_ptr(x86::rax, flag_offset), asmjit::imm(0));
    a.je(in_io);
    a.mov(x86::qword_ptr(x86::r11), x86::gpq(backend::kFinishReg));
    a.bind(in_io);
    for (size_t n = std::size(kSaved); n-- > 0;) a.pop(kSaved[n]);
    a.ret();
    a.align(asmjit::AlignMode::kCode, 16);
    size_t frame_offset = a.offset();
    a.bind(frame);
    a.sub(x86::rsp, asmjit::imm(kFrameBytes));
    a.mov(x86::qword_ptr(x86::rsp), x86::rdi);
    a.jmp(x86::rsi);
    a.align(asmjit::AlignMode::kCode, 16);
    size_t exit_offset = a.offset();
    a.add(x86::rsp, asmjit::imm(kFrameBytes));
    a.ret();
    const asmjit::Section* text = code.textSection();
    enter = memory.allocate(text->bufferSize());
    memory.write(enter, text->data(), text->bufferSize());
    frame_entry = enter + frame_offset;
    exit = enter + exit_offset;
  }

  void patch_rel32(uintptr_t site, uintptr_t target) {
    int64_t rel = int64_t(target) - int64_t(site + 4);
    int32_t rel32 = int32_t(rel);
    memory.write(site, &rel32, 4);
  }

  // Points every jump of exit `k` of `trace` (and its nops, once invalidated) at `target`.
  void retarget_exit(CompiledTrace& trace, size_t k, uintptr_t target) {
    const MachineCode::ExitSite& site = trace.machine_->exits[k];
    for (uintptr_t jump : site.jumps) patch_rel32(jump, target);
    if (trace.invalidated_)
      for (uintptr_t nop : site.nops) write_jump(nop, target);
  }

  void write_jump(uintptr_t at, uintptr_t target) {
    uint8_t bytes[5] = {0xe9};
    int32_t rel32 = int32_t(int64_t(target) - int64_t(at + 5));
    std::memcpy(bytes + 1, &rel32, 4);
    memory.write(at, bytes, 5);
  }

  uintptr_t exit_target(const CompiledTrace& trace, size_t k) const {
    const ExitInfo& e = trace.exits_[k];
    return e.bridge ? e.bridge->code_ : trace.machine_->exits[k].stub;
  }
};

Backend::Backend(const BackendOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Backend::~Backend() = default;

namespace {

std::vector<ExitInfo> exits_of(const Trace& trace, const CompiledTrace* owner,
                               backend::SnapshotValues& snapshot_values) {
  std::vector<ExitInfo> exits;
  exits.reserve(trace.snapshots.size() + 2);  // a guard each, a finish, OutOfMemory
  snapshot_values.start(trace);
  for (uint32_t i = 0; i < trace.insts.size(); ++i) {
    const Inst& inst = trace.insts[i];
    if (!op_info(inst.op).has(opflag::GUARD) && inst.op != Op::finish) continue;
    ExitInfo& e = exits.emplace_back();
    e.inst = i;
    e.trace = owner;
    if (inst.op != Op::finish) {
      e.saved = snapshot_values.of(trace.snapshots[size_t(inst.snapshot)]);
    } else {
      e.kind = ExitInfo::Kind::Finish;
      auto args = trace.args(inst);
      e.saved.assign(args.begin(), args.end());
    }
    e.types.reserve(e.saved.size());
    for (Value v : e.saved) e.types.push_back(trace.type_of(v));
    e.first_in_register =
        e.kind == ExitInfo::Kind::Finish && !e.types.empty() && e.types[0] != Type::Float;
  }
  ExitInfo oom;
  oom.kind = ExitInfo::Kind::OutOfMemory;
  oom.trace = owner;
  exits.push_back(oom);
  return exits;
}

}  // namespace

CompiledTrace* Backend::compile_trace(Trace trace, const std::string& name, std::string* error) {
  return compile(std::move(trace), name, nullptr, error);
}

CompiledTrace* Backend::compile(Trace&& trace, const std::string& name, const ExitInfo* from,
                                std::string* error) {
  uint64_t start = now_ns();
  std::string problem;
  if (impl_->verify && !verify(trace, &problem)) {
    *error = kInvalidTrace + problem;
    return nullptr;
  }
  auto ct = std::unique_ptr<CompiledTrace>(new CompiledTrace);
  ct->name_ = name;
  ct->ir_ = std::move(trace);  // (the runtime passes its optimized trace: moved, not copied)
  ct->exits_ = exits_of(ct->ir_, ct.get(), impl_->snapshot_values);

  backend::CompileContext ctx;
  ctx.workspace = &impl_->workspace;
  ctx.contract = impl_->contract;
  ctx.raw_allocation = impl_->raw_allocation;
  ctx.exit_trampoline = impl_->exit;
  ctx.frame_entry = impl_->frame_entry;
  ctx.call_stubs = &impl_->call_stubs;
  ctx.call_io = impl_->call_io;
  ctx.reaches = [memory = &impl_->memory](uintptr_t address) { return memory->reaches(address); };
  ctx.labels = &impl_->labels;
  CompiledTrace* parent = nullptr;
  size_t parent_exit = 0;
  if (from) {
    parent = const_cast<CompiledTrace*>(from->trace);
    parent_exit = size_t(from - parent->exits_.data());
    ctx.bridge_inputs = &parent->machine_->exits[parent_exit].locs;
    size_t inputs = 0;
    while (inputs < ct->ir_.insts.size() && ct->ir_.insts[inputs].op == Op::input) ++inputs;
    if (inputs != from->types.size()) {
      *error = "the bridge takes " + std::to_string(inputs) + " inputs, the guard saves " +
               std::to_string(from->types.size());
      return nullptr;
    }
    for (size_t k = 0; k < inputs; ++k) {
      if (ct->ir_.insts[k].type != from->types[k]) {
        *error = "bridge input " + std::to_string(k) + " has another type than the guard's value";
        return nullptr;
      }
    }
  }
  backend::MachineOutput& out = impl_->workspace.output;
  if (!backend::compile_x64(ct->ir_, ct->exits_, ctx, &out, error)) return nullptr;

  uintptr_t address = impl_->memory.allocate(out.code.size());
  if (!address) {
    *error = "code memory is full";
    return nullptr;
  }
  for (const auto& ext : out.externals) {
    int32_t rel32 = int32_t(int64_t(ext.target) - int64_t(address + ext.end));
    std::memcpy(out.code.data() + ext.offset, &rel32, 4);
  }
  impl_->memory.write(address, out.code.data(), out.code.size());

  ct->code_ = address;
  ct->code_size_ = out.code.size();
  ct->machine_ = std::make_unique<MachineCode>();
  ct->machine_->entry = address + out.entry;
  ct->machine_->register_entry = address + out.register_entry;
  ct->machine_->exits.resize(out.exits.size());
  for (size_t k = 0; k < out.exits.size(); ++k) {
    backend::MachineOutput::Exit& e = out.exits[k];
    MachineCode::ExitSite& site = ct->machine_->exits[k];
    site.stub = address + e.stub;
    for (size_t j : e.jump_sites) site.jumps.push_back(address + j);
    for (size_t n : e.nop_sites) site.nops.push_back(address + n);
    site.locs = std::move(e.locs);
  }
  const Inst& last = ct->ir_.insts.back();
  if (last.op == Op::jump) {
    auto target = impl_->labels.find(static_cast<const LabelDescr*>(last.descr));
    bool internal = false;
    for (const auto& l : out.labels) internal |= l.descr == last.descr;
    if (!internal && target != impl_->labels.end()) {
      ct->machine_->jumps_to = target->second.owner;
      target->second.owner->machine_->jumped_into.push_back(ct.get());
    }
  }
  for (auto& l : out.labels) {
    if (!l.closed) continue;
    impl_->labels[l.descr] =
        backend::LabelTarget{address + l.offset, std::move(l.locs), std::move(l.types), ct.get()};
    ct->machine_->labels.push_back(l.descr);
  }
  if (!impl_->dump_dir.empty()) {
    char file[64];
    std::snprintf(file, sizeof file, "-%lx.bin", (unsigned long)address);
    if (FILE* f = std::fopen((impl_->dump_dir + "/" + name + file).c_str(), "wb")) {
      std::fwrite(out.code.data(), 1, out.code.size(), f);
      std::fclose(f);
    }
  }
  if (impl_->perf_map) {
    std::fprintf(impl_->perf_map, "%lx %zx weft-trace:%s\n", (unsigned long)address,
                 out.code.size(), name.c_str());
    std::fflush(impl_->perf_map);
  }

  CompiledTrace* raw = ct.get();
  impl_->traces[raw] = std::move(ct);
  if (parent) {
    raw->parent_ = parent;
    parent->bridges_.push_back(raw);
    parent->exits_[parent_exit].bridge = raw;
    impl_->retarget_exit(*parent, parent_exit, raw->code_);
    ++stats_.bridges;
  }
  ++stats_.traces;
  stats_.ir_ops += raw->ir_.insts.size();
  stats_.code_bytes += out.code.size();
  stats_.inline_call_stubs += out.inline_call_stubs;
  stats_.compile_ns += now_ns() - start;
  return raw;
}

CompiledTrace* Backend::compile_bridge(const ExitInfo& exit, Trace bridge, const std::string& name,
                                       std::string* error) {
  if (exit.kind != ExitInfo::Kind::Guard || !exit.trace || !impl_->traces.count(exit.trace)) {
    *error = "a bridge needs a guard exit of a live compiled trace";
    return nullptr;
  }
  if (exit.bridge) {
    *error = "the guard already has a bridge";
    return nullptr;
  }
  return compile(std::move(bridge), name, &exit, error);
}

const ExitInfo* Backend::run(const CompiledTrace& trace, std::span<const uint64_t> inputs,
                             uint64_t* io) const {
  std::memcpy(io, inputs.data(), inputs.size() * sizeof(uint64_t));
  return run_in_place(trace, io);
}

// Machine code has no function type signature in front of it for UBSan's function check to read.
__attribute__((no_sanitize("function"))) const ExitInfo* Backend::run_in_place(
    const CompiledTrace& trace, uint64_t* io) const {
  auto enter = reinterpret_cast<EnterFn>(impl_->enter);
  return enter(io, trace.machine_->entry);
}

uintptr_t Backend::entry_of(const CompiledTrace& trace) const {
  return trace.machine_->register_entry;
}

// The stub's frame, below the return address: rbp, the token, the call's argument words (so
// that `words` is an array; a padding word first when there is an even number of them), then
// the io buffer, keeping rsp 16-byte aligned at the call into the entry trampoline. A
// call_assembler costs this and the trampoline instead of a C++ function, a copy of the words and
// an indirect call.
uintptr_t Backend::compile_call_stub(const CallStubSpec& spec) {
  namespace x86 = asmjit::x86;
  using asmjit::imm;
  if (spec.portal_args + spec.reds > 5) return 0;
  static const x86::Gp kWords[] = {x86::rsi, x86::rdx, x86::rcx, x86::r8, x86::r9};
  const size_t words = spec.portal_args + spec.reds;
  const int32_t padding = words % 2 == 0 ? 8 : 0;
  // rbp-relative: words[0] .. words[words - 1], the padding, then the token.
  const int32_t words_at = -8 - padding - int32_t(8 * words);
  constexpr int32_t kIoBytes = int32_t(8 * kMaxIoWords);
  ExitInfo probe;
  auto kind_offset =
      int32_t(reinterpret_cast<const char*>(&probe.kind) - reinterpret_cast<const char*>(&probe));
  asmjit::CodeHolder code;
  code.init(asmjit::Environment::host());
  x86::Assembler a(&code);
  asmjit::Label slow = a.newLabel(), left = a.newLabel();
  a.mov(x86::rax, x86::qword_ptr(x86::rdi, int32_t(offsetof(CallAssemblerToken, entry))));
  a.test(x86::rax, x86::rax);
  a.jz(slow);
  a.push(x86::rbp);
  a.mov(x86::rbp, x86::rsp);
  a.push(x86::rdi);
  if (padding) a.sub(x86::rsp, imm(padding));
  for (size_t k = words; k-- > 0;) a.push(kWords[k]);
  a.sub(x86::rsp, imm(kIoBytes));
  for (size_t k = 0; k < spec.reds; ++k)
    a.mov(x86::qword_ptr(x86::rsp, int32_t(8 * k)), kWords[spec.portal_args + k]);
  // The token's entry takes its first reds in registers too (kEntryRegs).
  for (size_t k = 0; k < spec.reds && k < std::size(backend::kEntryRegs); ++k)
    a.mov(x86::gpq(backend::kEntryRegs[k]), x86::qword_ptr(x86::rsp, int32_t(8 * k)));
  if (spec.counter) {
    a.mov(x86::r11, imm(reinterpret_cast<uintptr_t>(spec.counter)));
    a.add(x86::qword_ptr(x86::r11), 1);
  }
  a.mov(x86::rdi, x86::rsp);
  a.mov(x86::rsi, x86::rax);
  a.mov(x86::r11, imm(impl_->enter));
  a.call(x86::r11);
  a.cmp(x86::byte_ptr(x86::rax, kind_offset), imm(int(ExitInfo::Kind::Finish)));
  a.jne(left);
  a.mov(x86::rax, x86::qword_ptr(x86::rsp));
  a.leave();
  a.ret();
  a.bind(left);
  a.mov(x86::rdi, x86::qword_ptr(x86::rbp, -8));
  a.mov(x86::rsi, x86::rax);
  a.mov(x86::rdx, x86::rsp);
  a.lea(x86::rcx, x86::qword_ptr(x86::rbp, words_at));
  a.mov(x86::r11, imm(spec.after_exit));
  a.call(x86::r11);
  a.leave();
  a.ret();
  a.bind(slow);
  a.mov(x86::r11, imm(spec.slow));
  a.jmp(x86::r11);
  const asmjit::Section* text = code.textSection();
  uintptr_t address = impl_->memory.allocate(text->bufferSize());
  if (!address) return 0;
  impl_->memory.write(address, text->data(), text->bufferSize());
  impl_->call_stubs[address] = spec;
  return address;
}

void Backend::invalidate(CompiledTrace& trace) {
  trace.invalidated_ = true;
  for (size_t k = 0; k < trace.exits_.size(); ++k)
    for (uintptr_t nop : trace.machine_->exits[k].nops)
      impl_->write_jump(nop, impl_->exit_target(trace, k));
  for (CompiledTrace* bridge : trace.bridges_) invalidate(*bridge);
}

void Backend::free(CompiledTrace* trace) {
  if (!impl_->traces.count(trace)) return;  // already freed along with another trace
  std::vector<CompiledTrace*> bridges = trace->bridges_;
  for (CompiledTrace* bridge : bridges) free(bridge);
  // Traces that jump into this one would jump into freed memory: they go too (their guards
  // fall back to their exit stubs).
  std::vector<CompiledTrace*> incoming = trace->machine_->jumped_into;
  for (CompiledTrace* other : incoming)
    if (other != trace) free(other);
  if (CompiledTrace* target = trace->machine_->jumps_to; target && impl_->traces.count(target))
    std::erase(target->machine_->jumped_into, trace);
  if (CompiledTrace* parent = trace->parent_) {
    for (size_t k = 0; k < parent->exits_.size(); ++k) {
      if (parent->exits_[k].bridge != trace) continue;
      parent->exits_[k].bridge = nullptr;
      impl_->retarget_exit(*parent, k, parent->machine_->exits[k].stub);
    }
    std::erase(parent->bridges_, trace);
  }
  for (const LabelDescr* label : trace->machine_->labels) {
    auto it = impl_->labels.find(label);
    if (it != impl_->labels.end() && it->second.owner == trace) impl_->labels.erase(it);
  }
  impl_->memory.release(trace->code_, trace->code_size_);
  impl_->traces.erase(trace);
}

}  // namespace weft::jit
