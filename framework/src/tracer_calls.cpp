// Calls: residual calls (run natively, recorded as call; an elidable one of constants is a
// constant), inlined calls into other jitcodes and returns from them, and calls of the portal,
// which are inlined through their merge points or run natively (call or call_assembler).
#include <cstring>
#include <memory>

#include "native_access.h"
#include "tracer_state.h"

namespace weft::jit::tracing {

bool Tracer::fail(TraceFrame& f, std::string what) {
  end(Recording::Status::Error, f.code.name + ": " + what);
  return false;
}

// A residual call; false if recording stopped.
bool Tracer::residual_call(TraceFrame& f, JitCodeReader& r, JitOp op) {
  const char* args = jit_op_info(op).args;
  uint64_t fn;
  Value vf;
  read(f, r, kIntBank, fn, vf);
  auto* d = static_cast<const CallDescr*>(f.code.descrs[r.u16()]);
  std::vector<uint64_t> lists[3];
  std::vector<Value> vlists[3];
  read_lists(f, r, lists, vlists);
  std::vector<uint64_t> words;
  std::vector<Value> operands = {vf};
  size_t next[3] = {0, 0, 0};
  for (Type t : d->arg_types) {
    int bank = t == Type::Float ? kFloatBank : t == Type::Ref ? kRefBank : kIntBank;
    if (next[bank] >= lists[bank].size()) return fail(f, "too few arguments for " + d->name);
    words.push_back(lists[bank][next[bank]]);
    operands.push_back(vlists[bank][next[bank]++]);
  }
  uint64_t value = 0;
  std::string problem;
  if (!native_call(fn, *d, words, &value, &problem)) return fail(f, problem);
  // An elidable function of constants is a constant of the trace (promote + elidable is
  // how interpreters make lookups in their own immutable tables free).
  bool all_const = d->effects.kind == EffectInfo::Kind::Elidable;
  for (size_t k = 1; k < operands.size() && all_const; ++k) all_const = operands[k].is_const();
  Value v = all_const && d->result != Type::Void ? t_.constant_of(d->result, value)
                                                 : t_.emit(Op::call, operands, d);
  if (const char* arrow = std::strchr(args, '>')) assign(f, bank_of(arrow[1]), r.u16(), value, v);
  return true;
}

// An inlined call: the callee's frame becomes the innermost (so false, always).
bool Tracer::inline_call(TraceFrame& f, JitCodeReader& r, JitOp op, size_t at) {
  const char* args = jit_op_info(op).args;
  const JitCode* callee = f.code.callees[r.u16()];
  std::vector<uint64_t> lists[3];
  std::vector<Value> vlists[3];
  read_lists(f, r, lists, vlists);
  // A portal call may run natively instead (decided at its portal_entry).
  if (frames_.size() > o_.max_inline_depth && !(callee->portal && o_.portal_address)) {
    end(Recording::Status::Aborted, "inlining too deep");
    return false;
  }
  auto callee_frame = std::make_unique<TraceFrame>(*callee);
  if (callee->portal) {
    size_t next[3] = {0, 0, 0};
    for (uint8_t bank : callee->param_banks) {
      if (next[bank] >= lists[bank].size())
        return fail(f, "wrong number of arguments for " + callee->name);
      callee_frame->call_args.push_back(lists[bank][next[bank]]);
      callee_frame->call_vals.push_back(vlists[bank][next[bank]++]);
    }
    callee_frame->first_inst = t_.insts.size();
  }
  for (int b = 0; b < 3; ++b) {
    if (lists[b].size() != callee->params[b].size())
      return fail(f, "wrong number of arguments for " + callee->name);
    for (size_t k = 0; k < lists[b].size(); ++k)
      assign(*callee_frame, b, callee->params[b][k], lists[b][k], vlists[b][k]);
  }  // the other registers: 0, constants (TraceFrame::vals)
  if (const char* arrow = std::strchr(args, '>')) {
    callee_frame->result_bank = bank_of(arrow[1]);
    callee_frame->result_reg = r.u16();
  }
  callee_frame->return_pc = r.pc();
  f.pc = at;  // resume data of the caller names the call
  frames_.push_back(std::move(callee_frame));
  return false;
}

// A return: from the portal (the trace finishes) or from an inlined callee into its caller.
void Tracer::return_from(TraceFrame& f, JitCodeReader& r, JitOp op) {
  const char* args = jit_op_info(op).args;
  uint64_t x = 0;
  Value v;
  if (op != JitOp::void_return) read(f, r, bank_of(args[0]), x, v);
  if (frames_.size() == 1) {
    result_.returned = x;
    if (v)
      t_.emit(Op::finish, {v});
    else
      t_.emit(Op::finish, std::span<const Value>());
    return end(Recording::Status::Finished);
  }
  int bank = top().result_bank;
  uint16_t reg = top().result_reg;
  size_t return_pc = top().return_pc;
  frames_.pop_back();
  if (bank >= 0) assign(top(), bank, reg, x, v);
  top().pc = return_pc;
}

// The portal_entry of a portal call: false if the call ran natively instead of being inlined
// (or recording stopped).
bool Tracer::portal_entry(TraceFrame& f, JitCodeReader& r, size_t at) {
  if (frames_.size() > 1) {
    std::vector<uint64_t> greens;
    PortalReds reds;
    for (int list = 0; list < 6; ++list)
      for (uint8_t n = r.u8(); n > 0; --n) {
        uint16_t reg = r.u16();
        if (list < 3) {
          greens.push_back(concrete(f, list, reg));
        } else {
          reds.words[list - 3].push_back(concrete(f, list - 3, reg));
          reds.vals[list - 3].push_back(traced(f, list - 3, reg));
        }
      }
    if (!inline_portal_call(std::move(greens), reds)) return false;
    promote_greens(f, at);
    return true;
  }
  skip_operands(r, jit_op_info(JitOp::portal_entry).args);
  return true;
}

// At the portal_entry of an inlined portal call with these greens: true to go on inlining
// it; false after running the whole call natively (recursion into a position the trace is
// already in, too deep, or the runtime says so), recorded as one residual call of the portal
// function. Only calls whose code before the portal_entry recorded nothing but pure
// operations can switch (the native call runs that code again).
bool Tracer::inline_portal_call(std::vector<uint64_t> greens, const PortalReds& reds) {
  TraceFrame& callee = top();
  bool recursive = greens == start_greens_;
  for (size_t k = 1; k + 1 < frames_.size() && !recursive; ++k)
    recursive = frames_[k]->entry_greens == greens;
  bool native = recursive || frames_.size() > o_.max_inline_depth ||
                (o_.inline_portal_call && !o_.inline_portal_call(greens));
  callee.entry_greens = std::move(greens);
  if (!native || !o_.portal_address) {
    if (frames_.size() > o_.max_inline_depth) end(Recording::Status::Aborted, "inlining too deep");
    result_.inlined_portals.push_back(callee.entry_greens);
    return !done_;
  }
  for (size_t i = callee.first_inst; i < t_.insts.size(); ++i)
    if (!op_info(t_.insts[i].op).has(opflag::PURE)) {
      end(Recording::Status::Aborted, "a portal call with side effects before its portal_entry");
      return false;
    }
  int bank = callee.result_bank;
  int kind = bank < 0 ? 3 : bank;
  const CallDescr* d = o_.portal_calls[kind];
  std::vector<Value> operands = {t_.const_int(int64_t(o_.portal_address))};
  std::vector<uint64_t> words = callee.call_args;
  uintptr_t fn = o_.portal_address;
  // Through the callee's compiled code if it has some (when the call runs), else as before.
  const CallAssemblerToken* token = o_.call_assembler_token && o_.call_assembler_calls[kind]
                                        ? o_.call_assembler_token(callee.entry_greens)
                                        : nullptr;
  Op op = Op::call;
  if (token) {
    op = Op::call_assembler;
    d = o_.call_assembler_calls[kind];
    fn = token->helper;
    operands = {t_.const_int(int64_t(reinterpret_cast<uintptr_t>(token)))};
    words.insert(words.begin(), uint64_t(reinterpret_cast<uintptr_t>(token)));
  }
  operands.insert(operands.end(), callee.call_vals.begin(), callee.call_vals.end());
  if (token) {
    for (auto [list, k] : o_.call_assembler_reds) {
      if (list < 3 || list > 5 || k >= reds.vals[list - 3].size()) {
        end(Recording::Status::Error, "a portal_entry without the merge point's reds");
        return false;
      }
      operands.push_back(reds.vals[list - 3][k]);
      words.push_back(reds.words[list - 3][k]);
    }
  }
  uint64_t value = 0;
  std::string problem;
  uint16_t reg = callee.result_reg;
  size_t return_pc = callee.return_pc;
  frames_.pop_back();
  Value v = t_.emit(op, operands, d);
  if (!native_call(fn, *d, words, &value, &problem)) {
    end(Recording::Status::Error, problem);
    return false;
  }
  if (bank >= 0) assign(top(), bank, reg, value, v);
  top().pc = return_pc;
  return false;
}

void Tracer::read_lists(TraceFrame& f, JitCodeReader& r, std::vector<uint64_t> (&lists)[3],
                        std::vector<Value> (&vlists)[3]) {
  for (int bank = 0; bank < 3; ++bank)
    for (uint8_t n = r.u8(); n > 0; --n) {
      uint16_t reg = r.u16();
      lists[bank].push_back(concrete(f, bank, reg));
      vlists[bank].push_back(traced(f, bank, reg));
    }
}

}  // namespace weft::jit::tracing
