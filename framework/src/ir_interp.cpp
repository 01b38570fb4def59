#include "weft/jit/ir_interp.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "native_access.h"
#include "weft/gc/heap.h"
#include "weft/gc/roots.h"
#include "weft/jit/ir_eval.h"

namespace weft::jit {

namespace {

double as_double(uint64_t bits) { return std::bit_cast<double>(bits); }

class Interpreter {
 public:
  Interpreter(const Trace& trace, const InterpOptions& options) : t_(trace), options_(options) {}

  // The registers live in malloc'd memory, which the collector does not scan: the pointers in
  // them are explicit roots while the trace runs (an allocation may collect).
  ~Interpreter() {
    for (size_t k = roots_.size(); k-- > 0;) gc::remove_root(roots_[k]);
  }

  InterpResult run(std::span<const uint64_t> inputs) {
    regs_.assign(t_.insts.size(), 0);
    for (size_t i = 0; i < t_.insts.size(); ++i) {
      if (t_.insts[i].type != Type::Ref) continue;
      roots_.push_back(reinterpret_cast<void* const*>(&regs_[i]));
      gc::add_root(roots_.back());
    }
    size_t next_input = 0;
    for (size_t pc = 0; pc < t_.insts.size();) {
      if (++steps_ > options_.max_steps) return error(pc, "step limit reached");
      const Inst& inst = t_.insts[pc];
      auto args = t_.args(inst);
      switch (inst.op) {
        case Op::input:
          if (next_input >= inputs.size()) return error(pc, "too few inputs");
          regs_[pc] = inputs[next_input++];
          break;
        case Op::label:
          break;
        case Op::jump: {
          std::vector<uint64_t> values = gather(args);
          size_t target = find_label(inst.descr);
          if (target == SIZE_MAX) return leave(InterpResult::Exit::Jump, pc, std::move(values));
          auto label_args = t_.args(t_.insts[target]);
          for (size_t i = 0; i < label_args.size(); ++i) regs_[label_args[i].index()] = values[i];
          pc = target + 1;
          continue;
        }
        case Op::finish:
          return leave(InterpResult::Exit::Finish, pc, gather(args));
        default:
          if (op_info(inst.op).has(opflag::GUARD)) {
            if (guard_fails(inst, args)) return leave(InterpResult::Exit::GuardFailed, pc, {});
          } else if (!compute(pc, inst, args)) {
            return error(pc, problem_);
          }
      }
      ++pc;
    }
    return error(t_.insts.size(), "the trace ended without jump or finish");
  }

 private:
  uint64_t get(Value v) const { return v.is_const() ? t_.constant(v).bits : regs_[v.index()]; }
  int64_t iget(Value v) const { return int64_t(get(v)); }
  double fget(Value v) const { return as_double(get(v)); }

  std::vector<uint64_t> gather(std::span<const Value> args) const {
    std::vector<uint64_t> out;
    for (Value v : args) out.push_back(get(v));
    return out;
  }

  size_t find_label(const Descr* descr) const {
    for (size_t i = 0; i < t_.insts.size(); ++i)
      if (t_.insts[i].op == Op::label && t_.insts[i].descr == descr) return i;
    return SIZE_MAX;
  }

  InterpResult leave(InterpResult::Exit exit, size_t pc, std::vector<uint64_t> args) {
    InterpResult r;
    r.exit = exit;
    r.inst = pc;
    r.args = std::move(args);
    r.values = regs_;
    return r;
  }
  InterpResult error(size_t pc, std::string what) {
    InterpResult r = leave(InterpResult::Exit::Error, pc, {});
    r.error = std::move(what);
    return r;
  }

  bool guard_fails(const Inst& inst, std::span<const Value> a) {
    switch (inst.op) {
      case Op::guard_true:
        return get(a[0]) == 0;
      case Op::guard_false:
        return get(a[0]) != 0;
      case Op::guard_value:
        return get(a[0]) != get(a[1]);
      case Op::guard_class: {
        uintptr_t object = get(a[0]);
        return object == 0 ||
               gc::header_type(gc::header_of(reinterpret_cast<void*>(object))) != get(a[1]);
      }
      case Op::guard_nonnull:
        return get(a[0]) == 0;
      case Op::guard_isnull:
        return get(a[0]) != 0;
      case Op::guard_no_overflow:
        return overflow_;
      case Op::guard_overflow:
        return !overflow_;
      case Op::guard_not_invalidated:
        return options_.invalidated && *options_.invalidated;
      default:
        return true;
    }
  }

  bool fail(std::string what) {
    problem_ = std::move(what);
    return false;
  }

  bool compute(size_t pc, const Inst& inst, std::span<const Value> a) {
    uint64_t& r = regs_[pc];
    auto ua = [&](size_t i) { return get(a[i]); };
    if (op_info(inst.op).has(opflag::PURE)) {
      uint64_t words[2] = {};
      for (size_t i = 0; i < a.size() && i < 2; ++i) words[i] = get(a[i]);
      std::optional<uint64_t> result =
          eval_pure(inst.op, std::span<const uint64_t>(words, a.size()));
      if (!result) return fail("division by zero");
      r = *result;
      return true;
    }
    switch (inst.op) {
      case Op::int_add_ovf: {
        int64_t out;
        overflow_ = __builtin_add_overflow(iget(a[0]), iget(a[1]), &out);
        r = uint64_t(out);
        break;
      }
      case Op::int_sub_ovf: {
        int64_t out;
        overflow_ = __builtin_sub_overflow(iget(a[0]), iget(a[1]), &out);
        r = uint64_t(out);
        break;
      }
      case Op::int_mul_ovf: {
        int64_t out;
        overflow_ = __builtin_mul_overflow(iget(a[0]), iget(a[1]), &out);
        r = uint64_t(out);
        break;
      }
      case Op::getfield_gc:
      case Op::getfield_raw: {
        auto* f = static_cast<const FieldDescr*>(inst.descr);
        if (ua(0) == 0) return fail("load through a null pointer");
        r = native_load(ua(0) + f->offset, f->size, f->is_signed);
        break;
      }
      case Op::setfield_gc:
      case Op::setfield_raw: {
        auto* f = static_cast<const FieldDescr*>(inst.descr);
        if (ua(0) == 0) return fail("store through a null pointer");
        native_store(ua(0) + f->offset, f->size, ua(1));
        if (inst.op == Op::setfield_gc && f->type == Type::Ref)
          gc::write_barrier(reinterpret_cast<const void*>(ua(0) + f->offset));
        break;
      }
      case Op::arraylen_gc: {
        auto* d = static_cast<const ArrayDescr*>(inst.descr);
        r = native_load(ua(0) + d->length_offset, 8, true);
        break;
      }
      case Op::getarrayitem_gc:
      case Op::setarrayitem_gc: {
        auto* d = static_cast<const ArrayDescr*>(inst.descr);
        uintptr_t address = ua(0) + d->items_offset + ua(1) * d->item_size;
        if (inst.op == Op::getarrayitem_gc) {
          r = native_load(address, d->item_size, d->is_signed);
        } else {
          native_store(address, d->item_size, ua(2));
          if (d->item_type == Type::Ref) gc::write_barrier(reinterpret_cast<const void*>(address));
        }
        break;
      }
      case Op::new_object: {
        auto* d = static_cast<const SizeDescr*>(inst.descr);
        gc::Heap* heap = gc::Heap::current();
        void* p = heap ? heap->allocate(d->type_id, d->size) : nullptr;
        if (!p) return fail("out of memory");
        r = reinterpret_cast<uintptr_t>(p);
        break;
      }
      case Op::new_array: {
        auto* d = static_cast<const ArrayDescr*>(inst.descr);
        int64_t length = iget(a[0]);
        gc::Heap* heap = gc::Heap::current();
        if (length < 0 || uint64_t(length) > (uint64_t(1) << 40) / d->item_size)
          return fail("out of memory");
        void* p = heap ? heap->allocate(d->type_id, d->items_offset + size_t(length) * d->item_size)
                       : nullptr;
        if (!p) return fail("out of memory");
        r = reinterpret_cast<uintptr_t>(p);
        native_store(r + d->length_offset, 8, uint64_t(length));
        break;
      }
      case Op::call:
        return call(inst, a, r);
      case Op::call_assembler:
        return call_assembler(inst, a, r);
      case Op::debug_merge_point:
      case Op::record_exact_class:
      case Op::private_frame:
        break;
      // What a bridge assumes of its parent's values: an error of the trace if it is false.
      case Op::assume_true:
      case Op::assume_false:
        if ((ua(0) != 0) != (inst.op == Op::assume_true)) return fail("an assumption is false");
        break;
      case Op::assume_nonnull:
        if (ua(0) == 0) return fail("an assumption is false");
        break;
      case Op::assume_value:
        if (ua(0) != ua(1)) return fail("an assumption is false");
        break;
      default:
        return fail(std::string("cannot interpret ") + op_info(inst.op).name);
    }
    return true;
  }

  bool call(const Inst& inst, std::span<const Value> a, uint64_t& r) {
    auto* d = static_cast<const CallDescr*>(inst.descr);
    std::vector<uint64_t> words;
    for (size_t i = 1; i < a.size(); ++i) words.push_back(get(a[i]));
    return native_call(get(a[0]), *d, words, &r, &problem_);
  }

  bool call_assembler(const Inst& inst, std::span<const Value> a, uint64_t& r) {
    auto* d = static_cast<const CallDescr*>(inst.descr);
    uint64_t token = get(a[0]);
    if (!token) return fail("call_assembler without a token");
    std::vector<uint64_t> words;
    for (Value v : a) words.push_back(get(v));
    return native_call(reinterpret_cast<const CallAssemblerToken*>(token)->helper, *d, words, &r,
                       &problem_);
  }

  const Trace& t_;
  const InterpOptions& options_;
  std::vector<uint64_t> regs_;
  std::vector<void* const*> roots_;
  uint64_t steps_ = 0;
  bool overflow_ = false;
  std::string problem_;
};

}  // namespace

uint64_t InterpResult::value_of(const Trace& trace, Value v) const {
  if (v.is_const()) return trace.constant(v).bits;
  return v.is_inst() && v.index() < values.size() ? values[v.index()] : 0;
}

InterpResult interpret(const Trace& trace, std::span<const uint64_t> inputs,
                       const InterpOptions& options) {
  return Interpreter(trace, options).run(inputs);
}

}  // namespace weft::jit
