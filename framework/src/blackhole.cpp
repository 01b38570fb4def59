#include "weft/jit/blackhole.h"

#include <array>
#include <bit>
#include <cstring>
#include <optional>

#include "jitcode_reader.h"
#include "jitcode_steps.h"
#include "native_access.h"
#include "weft/gc/field.h"
#include "weft/gc/heap.h"
#include "weft/gc/roots.h"
#include "weft/jit/ir.h"
#include "weft/jit/ir_eval.h"

namespace weft::jit {

namespace {

// One activation of a jitcode. Its ref registers are GC roots (they live in malloc'd memory).
struct Frame {
  const JitCode& code;
  std::vector<uint64_t> regs[3];
  std::vector<uint64_t>* adopted = nullptr;  // the caller's registers, swapped in
  explicit Frame(const JitCode& c) : code(c) {
    for (int b = 0; b < 3; ++b) regs[b].assign(c.num_regs[b], 0);
    add_roots();
  }
  // Runs in `from`'s registers (num_regs per bank), given back when the frame ends.
  Frame(const JitCode& c, std::vector<uint64_t> (&from)[3]) : code(c), adopted(from) {
    for (int b = 0; b < 3; ++b) regs[b].swap(from[b]);
    add_roots();
  }
  ~Frame() {
    for (size_t k = regs[kRefBank].size(); k-- > 0;)
      gc::remove_root(reinterpret_cast<void* const*>(&regs[kRefBank][k]));
    if (adopted)
      for (int b = 0; b < 3; ++b) regs[b].swap(adopted[b]);
  }
  void add_roots() {
    for (uint64_t& r : regs[kRefBank]) gc::add_root(reinterpret_cast<void* const*>(&r));
  }
  Frame(const Frame&) = delete;
  Frame& operator=(const Frame&) = delete;
  uint64_t get(int bank, uint16_t reg) const {
    return reg < code.num_regs[bank] ? regs[bank][reg]
                                     : code.consts[bank][reg - code.num_regs[bank]];
  }
};

class Blackhole {
 public:
  explicit Blackhole(const BlackholeOptions& options) : options_(options) {}

  BlackholeResult run(const JitCode& code, const std::vector<uint64_t> (&args)[3], uint32_t depth) {
    BlackholeResult result;
    if (depth > options_.max_depth) return error(result, "inline calls nested too deeply");
    Frame f(code);
    for (int b = 0; b < 3; ++b) {
      if (args[b].size() != code.params[b].size())
        return error(result, "wrong number of arguments for " + code.name);
      for (size_t k = 0; k < args[b].size(); ++k) f.regs[b][code.params[b][k]] = args[b][k];
    }
    return execute(f, 0, depth);
  }

  // Frames outermost first; every frame but the innermost stands at the inline call it made.
  BlackholeResult run_frames(std::vector<BlackholeFrameState>& states) {
    BlackholeResult result;
    uint64_t returned = 0;
    for (size_t k = states.size(); k-- > 0;) {
      BlackholeFrameState& s = states[k];
      for (int b = 0; b < 3; ++b)
        if (s.regs[b].size() != s.code->num_regs[b])
          return error(result, "wrong number of registers for " + s.code->name);
      Frame f(*s.code, s.regs);
      size_t pc = s.pc;
      if (k + 1 < states.size()) {  // the callee returned `returned`: finish the call
        JitCodeReader r(*s.code, pc);
        JitOp op = r.op();
        const char* args = jit_op_info(op).args;
        if (op < JitOp::inline_call_i || op > JitOp::inline_call_v)
          return error(result, s.code->name + ": a caller frame must stand at an inline call");
        r.u16();
        for (int list = 0; list < 3; ++list)
          for (uint8_t n = r.u8(); n > 0; --n) r.u16();
        if (const char* arrow = std::strchr(args, '>'))
          f.regs[bank_of(arrow[1])][r.u16()] = returned;
        pc = r.pc();
      }
      result = execute(f, pc, uint32_t(k));
      if (k > 0 && result.kind != BlackholeResult::Kind::Returned) return result;
      returned = result.value;
    }
    return result;
  }

  BlackholeResult run_at(const JitCode& code, size_t pc, const std::vector<uint64_t> (&regs)[3]) {
    BlackholeResult result;
    Frame f(code);
    for (int b = 0; b < 3; ++b) {
      if (regs[b].size() != code.num_regs[b])
        return error(result, "wrong number of registers for " + code.name);
      f.regs[b] = regs[b];
    }
    return execute(f, pc, 0);
  }

 private:
  BlackholeResult execute(Frame& f, size_t pc, uint32_t depth) {
    BlackholeResult result;
    const JitCodeSteps& steps = JitCodeSteps::of(f.code);
    JitCodeReader r(f.code, pc);
    bool first = true;
    while (!r.at_end()) {
      // Pure operations, copies and jumps from the pre-decoded form (jitcode_steps.h).
      const JitCodeStep& s = steps.at(r.pc());
      if (s.kind != JitCodeStep::Kind::Other) {
        if (s.kind == JitCodeStep::Kind::Pure) {
          uint64_t words[2] = {};
          for (size_t n = 0; n < s.nargs; ++n) words[n] = f.get(s.arg_bank[n], s.arg[n]);
          std::optional<uint64_t> v = eval_pure(s.ir, std::span<const uint64_t>(words, s.nargs));
          if (!v) return error(result, f.code.name + ": division by zero");
          f.regs[s.dst_bank][s.dst] = *v;
        } else if (s.kind == JitCodeStep::Kind::Copy) {
          f.regs[s.dst_bank][s.dst] = f.get(s.arg_bank[0], s.arg[0]);
        }
        first = false;
        r.jump(s.next);
        continue;
      }
      JitOp op = r.op();
      if (op == JitOp::jit_merge_point && depth == 0 && options_.stop_at_merge_point && !first) {
        result.kind = BlackholeResult::Kind::MergePoint;
        for (auto& list : result.lists) {
          int bank = int(&list - result.lists) % 3;
          for (uint8_t n = r.u8(); n > 0; --n) list.push_back(f.get(bank, r.u16()));
        }
        return result;
      }
      first = false;
      if (!step(f, r, op, depth, result)) return result;
      if (result.kind == BlackholeResult::Kind::Returned) return result;
    }
    return error(result, f.code.name + ": ran past the end of the code");
  }

  static BlackholeResult& error(BlackholeResult& r, std::string what) {
    r.kind = BlackholeResult::Kind::Error;
    r.error = std::move(what);
    return r;
  }

  // Executes one instruction; false when the run must stop with an error in `result`.
  bool step(Frame& f, JitCodeReader& r, JitOp op, uint32_t depth, BlackholeResult& result) {
    auto reg = [&](int bank) { return f.get(bank, r.u16()); };
    auto set = [&](int bank, uint64_t v) { f.regs[bank][r.u16()] = v; };
    auto fail = [&](std::string what) {
      error(result, f.code.name + ": " + what);
      return false;
    };
    // (Pure operations, copies, jumps and `live` markers never get here: execute() runs them
    // from the pre-decoded steps.)
    switch (op) {
      case JitOp::int_sext:
      case JitOp::int_zext: {
        uint64_t v = reg(kIntBank);
        unsigned bits = r.u8();
        if (bits == 0 || bits > 64) return fail("bad width");
        unsigned shift = 64 - bits;
        v = op == JitOp::int_sext ? uint64_t(int64_t(v << shift) >> shift) : (v << shift) >> shift;
        set(kIntBank, v);
        return true;
      }
      case JitOp::int_add_jump_if_ovf:
      case JitOp::int_sub_jump_if_ovf:
      case JitOp::int_mul_jump_if_ovf: {
        uint32_t target = r.u32();
        int64_t a = int64_t(reg(kIntBank)), b = int64_t(reg(kIntBank)), out;
        bool overflow = op == JitOp::int_add_jump_if_ovf   ? __builtin_add_overflow(a, b, &out)
                        : op == JitOp::int_sub_jump_if_ovf ? __builtin_sub_overflow(a, b, &out)
                                                           : __builtin_mul_overflow(a, b, &out);
        uint16_t dst = r.u16();
        if (overflow)
          r.jump(target);
        else
          f.regs[kIntBank][dst] = uint64_t(out);
        return true;
      }
      case JitOp::goto_if_not: {
        uint64_t cond = reg(kIntBank);
        uint32_t target = r.u32();
        if (!cond) r.jump(target);
        return true;
      }
      case JitOp::switch_: {
        uint64_t v = reg(kIntBank);
        for (uint16_t n = r.u16(); n > 0; --n) {
          uint64_t value = r.u64();
          uint32_t target = r.u32();
          if (value == v) {
            r.jump(target);
            return true;
          }
        }
        return true;  // no case: fall through
      }
      case JitOp::int_return:
      case JitOp::ref_return:
      case JitOp::float_return:
        result.kind = BlackholeResult::Kind::Returned;
        result.value = reg(op == JitOp::int_return   ? kIntBank
                           : op == JitOp::ref_return ? kRefBank
                                                     : kFloatBank);
        return true;
      case JitOp::void_return:
        result.kind = BlackholeResult::Kind::Returned;
        result.value = 0;
        return true;
      case JitOp::jit_merge_point:
      case JitOp::can_enter_jit:
      case JitOp::portal_entry:
        skip_operands(r, jit_op_info(op).args);
        return true;
      case JitOp::int_guard_value:
      case JitOp::ref_guard_value:
        r.u16();
        return true;
      case JitOp::int_isconstant:
      case JitOp::ref_isconstant:
      case JitOp::ref_isvirtual:  // nothing is a constant or virtual outside a trace
        r.u16();
        f.regs[kIntBank][r.u16()] = 0;
        return true;
      default:
        return memory_or_call(f, r, op, depth, result);
    }
  }

  bool memory_or_call(Frame& f, JitCodeReader& r, JitOp op, uint32_t depth,
                      BlackholeResult& result) {
    auto reg = [&](int bank) { return f.get(bank, r.u16()); };
    auto set = [&](int bank, uint64_t v) { f.regs[bank][r.u16()] = v; };
    auto fail = [&](std::string what) {
      error(result, f.code.name + ": " + what);
      return false;
    };
    const char* args = jit_op_info(op).args;
    switch (op) {
      case JitOp::getfield_gc_i:
      case JitOp::getfield_gc_r:
      case JitOp::getfield_gc_f:
      case JitOp::getfield_raw_i:
      case JitOp::getfield_raw_f:
      case JitOp::getfield_raw_r: {
        uint64_t object = reg(bank_of(args[0]));
        auto* field = static_cast<const FieldDescr*>(f.code.descrs[r.u16()]);
        if (!object) return fail("load through a null pointer");
        set(bank_of(args[3]), native_load(object + field->offset, field->size, field->is_signed));
        return true;
      }
      case JitOp::setfield_gc_i:
      case JitOp::setfield_gc_r:
      case JitOp::setfield_gc_f:
      case JitOp::setfield_raw_i:
      case JitOp::setfield_raw_f:
      case JitOp::setfield_raw_r: {
        uint64_t object = reg(bank_of(args[0]));
        uint64_t value = reg(bank_of(args[1]));
        auto* field = static_cast<const FieldDescr*>(f.code.descrs[r.u16()]);
        if (!object) return fail("store through a null pointer");
        native_store(object + field->offset, field->size, value);
        if (op == JitOp::setfield_gc_r)
          gc::write_barrier(reinterpret_cast<const void*>(object + field->offset));
        return true;
      }
      case JitOp::getarrayitem_gc_i:
      case JitOp::getarrayitem_gc_r:
      case JitOp::getarrayitem_gc_f: {
        uint64_t array = reg(kRefBank), index = reg(kIntBank);
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        if (!array) return fail("load through a null pointer");
        set(bank_of(args[4]), native_load(array + d->items_offset + index * d->item_size,
                                          d->item_size, d->is_signed));
        return true;
      }
      case JitOp::setarrayitem_gc_i:
      case JitOp::setarrayitem_gc_r:
      case JitOp::setarrayitem_gc_f: {
        uint64_t array = reg(kRefBank), index = reg(kIntBank), value = reg(bank_of(args[2]));
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        if (!array) return fail("store through a null pointer");
        uintptr_t slot = array + d->items_offset + index * d->item_size;
        native_store(slot, d->item_size, value);
        if (op == JitOp::setarrayitem_gc_r) gc::write_barrier(reinterpret_cast<const void*>(slot));
        return true;
      }
      case JitOp::arraylen_gc: {
        uint64_t array = reg(kRefBank);
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        if (!array) return fail("load through a null pointer");
        set(kIntBank, native_load(array + d->length_offset, 8, true));
        return true;
      }
      case JitOp::ref_has_class: {
        uint64_t object = reg(kRefBank);
        auto* d = static_cast<const SizeDescr*>(f.code.descrs[r.u16()]);
        set(kIntBank, object != 0 && gc::header_type(gc::header_of(
                                         reinterpret_cast<const void*>(object))) == d->type_id);
        return true;
      }
      case JitOp::record_exact_class:
        skip_operands(r, args);
        return true;
      case JitOp::new_: {
        auto* d = static_cast<const SizeDescr*>(f.code.descrs[r.u16()]);
        gc::Heap* heap = gc::Heap::current();
        void* p = heap ? heap->allocate(d->type_id, d->size) : nullptr;
        if (!p) return fail("out of memory");
        set(kRefBank, reinterpret_cast<uintptr_t>(p));
        return true;
      }
      case JitOp::new_array: {
        int64_t length = int64_t(reg(kIntBank));
        auto* d = static_cast<const ArrayDescr*>(f.code.descrs[r.u16()]);
        gc::Heap* heap = gc::Heap::current();
        if (length < 0 || uint64_t(length) > (uint64_t(1) << 40) / d->item_size || !heap)
          return fail("out of memory");
        void* p = heap->allocate(d->type_id, d->items_offset + size_t(length) * d->item_size);
        if (!p) return fail("out of memory");
        native_store(reinterpret_cast<uintptr_t>(p) + d->length_offset, 8, uint64_t(length));
        set(kRefBank, reinterpret_cast<uintptr_t>(p));
        return true;
      }
      default:
        return call(f, r, op, depth, result);
    }
  }

  // Reads the three register lists of a call into per-bank vectors.
  static void read_lists(const Frame& f, JitCodeReader& r, std::vector<uint64_t> (&lists)[3]) {
    for (int bank = 0; bank < 3; ++bank)
      for (uint8_t n = r.u8(); n > 0; --n) lists[bank].push_back(f.get(bank, r.u16()));
  }

  bool call(Frame& f, JitCodeReader& r, JitOp op, uint32_t depth, BlackholeResult& result) {
    const char* args = jit_op_info(op).args;
    const char* arrow = std::strchr(args, '>');
    switch (op) {
      case JitOp::residual_call_i:
      case JitOp::residual_call_r:
      case JitOp::residual_call_f:
      case JitOp::residual_call_v: {
        uint64_t fn = f.get(kIntBank, r.u16());
        auto* d = static_cast<const CallDescr*>(f.code.descrs[r.u16()]);
        std::vector<uint64_t> lists[3];
        read_lists(f, r, lists);
        // The arguments in the callee's order, taken from the lists by type.
        std::vector<uint64_t> words;
        size_t next[3] = {0, 0, 0};
        for (Type t : d->arg_types) {
          int bank = t == Type::Float ? kFloatBank : t == Type::Ref ? kRefBank : kIntBank;
          if (next[bank] >= lists[bank].size()) {
            error(result, f.code.name + ": too few arguments for " + d->name);
            return false;
          }
          words.push_back(lists[bank][next[bank]++]);
        }
        uint64_t value = 0;
        std::string problem;
        if (!native_call(fn, *d, words, &value, &problem)) {
          error(result, f.code.name + ": " + problem);
          return false;
        }
        if (arrow) f.regs[bank_of(arrow[1])][r.u16()] = value;
        return true;
      }
      case JitOp::inline_call_i:
      case JitOp::inline_call_r:
      case JitOp::inline_call_f:
      case JitOp::inline_call_v: {
        const JitCode* callee = f.code.callees[r.u16()];
        std::vector<uint64_t> lists[3];
        read_lists(f, r, lists);
        BlackholeResult inner = run(*callee, lists, depth + 1);
        if (inner.kind != BlackholeResult::Kind::Returned) {
          result = std::move(inner);
          return false;
        }
        if (arrow) f.regs[bank_of(arrow[1])][r.u16()] = inner.value;
        return true;
      }
      default:
        error(result, f.code.name + ": cannot execute " + jit_op_info(op).name);
        return false;
    }
  }

  const BlackholeOptions& options_;
};

}  // namespace

BlackholeResult run_blackhole(const JitCode& code, const std::vector<uint64_t> (&args)[3],
                              const BlackholeOptions& options) {
  return Blackhole(options).run(code, args, 0);
}

BlackholeResult run_blackhole_frames(std::vector<BlackholeFrameState>& frames,
                                     const BlackholeOptions& options) {
  return Blackhole(options).run_frames(frames);
}

BlackholeResult run_blackhole_at(const JitCode& code, size_t pc,
                                 const std::vector<uint64_t> (&regs)[3],
                                 const BlackholeOptions& options) {
  return Blackhole(options).run_at(code, pc, regs);
}

}  // namespace weft::jit
