// Guards in the driver: guards that always pass (constant operands), guards that earlier ones
// imply (known classes and non-null values, repeated guard_true), and what an emitted guard
// teaches the later ones (guard_value constants, ranges, classes).
#include "optimizer_impl.h"

namespace weft::jit::opt {

// Whether a guard on these (already mapped) operands is known to pass.
bool Optimizer::guard_passes(const Inst& inst, std::span<const Value> args) const {
  auto const_bits = [&](Value v) { return out_.constant(v).bits; };
  switch (inst.op) {
    case Op::guard_true:
      return args[0].is_const() && const_bits(args[0]) != 0;
    case Op::guard_false:
      return args[0].is_const() && const_bits(args[0]) == 0;
    case Op::guard_nonnull:
      return args[0].is_const() && const_bits(args[0]) != 0;
    case Op::guard_isnull:
      return args[0].is_const() && const_bits(args[0]) == 0;
    case Op::guard_value:
      return args[0].is_const() && const_bits(args[0]) == const_bits(args[1]);
    default:
      return false;
  }
}

// Whether an earlier guard (or an allocation) already established what this guard checks.
// Guards that would always fail are kept: they leave the trace where the original did.
bool Optimizer::guard_implied(const Inst& inst, std::span<const Value> args) const {
  auto in = [](const std::pmr::unordered_set<uint32_t>& set, Value v) {
    return v.is_inst() && set.count(v.index()) != 0;
  };
  switch (inst.op) {
    case Op::guard_nonnull:
      return in(nonnull_, args[0]);
    case Op::guard_true:
      return in(nonzero_, args[0]);
    case Op::guard_class: {
      if (!args[0].is_inst() || !args[1].is_const()) return false;
      auto it = known_class_.find(args[0].index());
      return it != known_class_.end() && it->second == out_.constant(args[1]).bits;
    }
    default:
      return false;
  }
}

void Optimizer::learn_exact_class(std::span<const Value> args) {
  if (o_.implied_guards && args[0].is_inst() && args[1].is_const()) {
    known_class_[args[0].index()] = out_.constant(args[1]).bits;
    nonnull_.insert(args[0].index());
  }
}

void Optimizer::learn_from_guard(const Inst& inst, std::span<const Value> args) {
  if (inst.op == Op::guard_not_invalidated) invalidation_checked_ = true;
  if (inst.op == Op::guard_value && o_.guards && args[0].is_inst())
    known_.set(args[0].index(), args[1]);
  if ((inst.op == Op::guard_true || inst.op == Op::guard_false) && o_.bounds)
    bounds_.refine(args[0], inst.op == Op::guard_true);
  if (!o_.implied_guards || args.empty() || !args[0].is_inst()) return;
  uint32_t x = args[0].index();
  switch (inst.op) {
    case Op::guard_class:
      // An object of a known class is not null either.
      if (args[1].is_const()) known_class_[x] = out_.constant(args[1]).bits;
      nonnull_.insert(x);
      break;
    case Op::guard_nonnull:
      nonnull_.insert(x);
      break;
    case Op::guard_true:
      nonzero_.insert(x);
      break;
    case Op::guard_false:
      known_.set(x, out_.const_int(0));
      break;
    default:
      break;
  }
}

}  // namespace weft::jit::opt
