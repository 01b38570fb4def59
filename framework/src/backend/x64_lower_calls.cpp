// Instruction selection for x86-64: calls of functions and portal calls (call_assembler).
#include <algorithm>
#include <cstddef>

#include "backend/x64_lowering.h"

namespace weft::jit::backend {

void TraceCompiler::call(uint32_t i) {
  auto a = args(i);
  auto* d = static_cast<const CallDescr*>(t_.insts[i].descr);
  // call_assembler passes its token too, and calls the token's helper (CallAssemblerToken).
  bool assembler = t_.insts[i].op == Op::call_assembler;
  if (assembler)
    if (const CallStubSpec* spec = direct_call_spec(i)) return call_direct(i, *spec);
  size_t first = assembler ? 0 : 1;
  ra_->spill_caller_saved();
  std::vector<std::pair<Loc, Loc>> moves;
  size_t ints = 0, floats = 0;
  for (size_t n = 0; n < d->arg_types.size(); ++n) {
    Loc dst;
    if (d->arg_types[n] == Type::Float) {
      if (floats == 8) return fail("a call with more than 8 float arguments");
      dst = Loc::reg(RegId(kXmmBase + floats++));
    } else {
      if (ints == 6) return fail("a call with more than 6 integer arguments");
      dst = Loc::reg(RegAlloc::kIntArgs[ints++]);
    }
    moves.push_back({ra_->where(a[n + first]), dst});
  }
  if (!assembler) moves.push_back({ra_->where(a[0]), Loc::reg(0)});  // the function, in rax
  ra_->parallel_move(std::move(moves));
  if (assembler) {
    static_assert(offsetof(CallAssemblerToken, helper) == 0);
    a_.call(x86::qword_ptr(x86::rdi));  // the token is the first argument
  } else {
    a_.call(x86::rax);
  }
  if (d->effects.can_collect) young_.clear();
  if (d->result == Type::Float)
    ra_->def_in(kXmmBase);
  else if (d->result != Type::Void)
    ra_->def_in(0);
}

// The stub spec of call_assembler `i` when its token is a constant whose helper is one of the
// backend's call stubs and its words are integers, else null.
const CallStubSpec* TraceCompiler::direct_call_spec(uint32_t i) const {
  auto a = args(i);
  auto* d = static_cast<const CallDescr*>(t_.insts[i].descr);
  if (!ctx_.call_stubs || !ctx_.frame_entry || a.empty() || !a[0].is_const()) return nullptr;
  auto* token = reinterpret_cast<const CallAssemblerToken*>(t_.constant(a[0]).bits);
  if (!token) return nullptr;
  auto it = ctx_.call_stubs->find(token->helper);
  if (it == ctx_.call_stubs->end()) return nullptr;
  const CallStubSpec& spec = it->second;
  if (d->arg_types.size() != 1 + spec.portal_args + spec.reds || a.size() != d->arg_types.size())
    return nullptr;
  for (Type t : d->arg_types)
    if (t == Type::Float) return nullptr;
  if (d->result == Type::Float) return nullptr;
  return &spec;
}

// A portal call whose callee's compiled code is entered from here, without the call stub: the
// stub's work (CallStubSpec) inline, its rare paths out of line (DirectCall). It calls the frame
// entry (CompileContext::frame_entry), which saves no register: every value that outlives the
// call is in a spill slot first (rather than six pushes and pops per call; a callee that
// recurses again needs few of them reloaded). The io buffer is the backend's shared one
// (CompileContext::call_io), so that each level of recursion through compiled code adds only the
// callee's frame to the native stack the collector scans, not kMaxIoWords words. The call's
// words (an array for the helpers) are stored only on the out-of-line paths, from the spill
// slots they stay in during the call: the callee reads nothing but its reds from io.
void TraceCompiler::call_direct(uint32_t i, const CallStubSpec& spec) {
  auto a = args(i);
  auto* d = static_cast<const CallDescr*>(t_.insts[i].descr);
  DirectCall c;
  c.token = t_.constant(a[0]).bits;
  c.spec = &spec;
  c.slow = a_.newLabel();
  c.left = a_.newLabel();
  c.back = a_.newLabel();
  size_t words = spec.portal_args + spec.reds;
  // Where the reds are before the spill, which only copies registers to slots: a red in a
  // register is stored from it, not reloaded.
  std::vector<Loc> reds;
  for (size_t k = 0; k < spec.reds; ++k) reds.push_back(ra_->where(a[1 + spec.portal_args + k]));
  for (size_t n = 0; n < words; ++n) c.words.push_back(ra_->in_memory(a[1 + n]));
  ra_->spill(~0u);
  auto operand = [&](const Loc& l) -> Operand {
    switch (l.kind) {
      case Loc::Kind::Reg:
        return gp_reg(RegId(l.index));
      case Loc::Kind::Slot:
        a_.mov(x86::r10, slot_mem(l.index));
        return x86::r10;
      default:
        if (fits_i32(int64_t(l.bits))) return imm(int32_t(l.bits));
        return load_r10(l.bits);
    }
  };
  // The reds as the callee's register entry takes them (kEntryRegs, the rest into io); rsi and
  // rdi are overwritten only after them (a red may be there).
  const size_t in_regs = std::min(spec.reds, std::size(kEntryRegs));
  auto io = reinterpret_cast<uintptr_t>(ctx_.call_io);
  bool io_near = ctx_.reaches && ctx_.reaches(io);
  if (io_near) {
    for (size_t k = in_regs; k < spec.reds; ++k) {
      Operand value = operand(reds[k]);
      x86::Mem word = global_operand();
      word.setSize(8);
      emit2(asmjit::x86::Inst::kIdMov, word, value);
      note_global(io + 8 * k, value.isImm() ? 4 : 0);
    }
  } else if (in_regs < spec.reds) {
    a_.mov(x86::r11, imm(io));
    for (size_t k = in_regs; k < spec.reds; ++k)
      emit2(asmjit::x86::Inst::kIdMov, x86::qword_ptr(x86::r11, int32_t(8 * k)), operand(reds[k]));
  }
  std::vector<std::pair<Loc, Loc>> moves;
  for (size_t k = 0; k < in_regs; ++k) moves.push_back({reds[k], Loc::reg(kEntryRegs[k])});
  ra_->parallel_move(std::move(moves));
  if (io_near) {
    a_.lea(x86::rdi, global_operand());
    note_global(io, 0);
  } else {
    a_.mov(x86::rdi, imm(io));
  }
  // The token's entry and the counter are usually within a rel32 of the code (the C++ heap next
  // to the program image): one instruction each.
  uintptr_t entry = c.token + offsetof(CallAssemblerToken, entry);
  if (ctx_.reaches && ctx_.reaches(entry)) {
    a_.mov(x86::rsi, global_operand());
    note_global(entry, 0);
  } else {
    a_.mov(x86::rsi, imm(entry));
    a_.mov(x86::rsi, x86::qword_ptr(x86::rsi));
  }
  a_.test(x86::rsi, x86::rsi);
  a_.jz(c.slow);
  if (auto counter = reinterpret_cast<uintptr_t>(spec.counter)) {
    if (ctx_.reaches && ctx_.reaches(counter)) {
      x86::Mem word = global_operand();
      word.setSize(8);
      a_.add(word, 1);
      note_global(counter, 1);
    } else {
      a_.mov(x86::r10, imm(counter));
      a_.add(x86::qword_ptr(x86::r10), 1);
    }
  }
  call_external(ctx_.frame_entry);
  ExitInfo probe;
  auto kind_offset =
      int32_t(reinterpret_cast<const char*>(&probe.kind) - reinterpret_cast<const char*>(&probe));
  a_.cmp(x86::byte_ptr(x86::rax, kind_offset), imm(int(ExitInfo::Kind::Finish)));
  a_.jne(c.left);
  a_.bind(c.back);
  direct_calls_.push_back(std::move(c));
  ++out_.inline_call_stubs;
  if (d->effects.can_collect) young_.clear();
  if (d->result != Type::Void) ra_->def_in(kFinishReg);  // the out-of-line paths move it there
}

// The out-of-line paths of a direct call: no compiled code to enter (the stub's slow helper,
// with the token and the words in registers), and a callee that left through a guard exit (its
// values in the shared io buffer; after_exit copies them before anything can collect, and reads
// the words from an array below rsp, 16-byte aligned).
void TraceCompiler::emit_direct_call_paths(const DirectCall& c) {
  static const x86::Gp kWords[] = {x86::rsi, x86::rdx, x86::rcx, x86::r8, x86::r9};
  auto load_word = [&](const x86::Gp& r, const Loc& l, int32_t below) {
    if (l.kind == Loc::Kind::Slot)
      a_.mov(r, slot_mem(l.index).cloneAdjusted(below));
    else
      a_.mov(r, imm(l.bits));
  };
  a_.bind(c.slow);
  a_.mov(x86::rdi, imm(c.token));
  for (size_t n = 0; n < c.words.size(); ++n) load_word(kWords[n], c.words[n], 0);
  a_.mov(x86::r11, imm(c.spec->slow));
  a_.call(x86::r11);
  a_.mov(gp_reg(kFinishReg), x86::rax);
  a_.jmp(c.back);
  a_.bind(c.left);
  auto area = int32_t((8 * c.words.size() + 15) & ~size_t{15});
  if (area) a_.sub(x86::rsp, imm(area));
  for (size_t n = 0; n < c.words.size(); ++n) {
    load_word(x86::r10, c.words[n], area);
    a_.mov(x86::qword_ptr(x86::rsp, int32_t(8 * n)), x86::r10);
  }
  a_.mov(x86::rdi, imm(c.token));
  a_.mov(x86::rsi, x86::rax);
  a_.mov(x86::rdx, imm(reinterpret_cast<uintptr_t>(ctx_.call_io)));
  a_.mov(x86::rcx, x86::rsp);
  a_.mov(x86::r11, imm(c.spec->after_exit));
  a_.call(x86::r11);
  if (area) a_.add(x86::rsp, imm(area));
  a_.mov(gp_reg(kFinishReg), x86::rax);
  a_.jmp(c.back);
}

void TraceCompiler::call_external(uintptr_t target) {
  a_.db(0xe8);
  out_.externals.push_back({a_.offset(), target, a_.offset() + 4});
  a_.dd(0);
}

}  // namespace weft::jit::backend
