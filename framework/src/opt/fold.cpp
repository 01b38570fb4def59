// Constant folding (with the interpreter's own semantics, ir_eval.h) and algebraic
// simplification from rule tables.
#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

#include "optimizer_impl.h"
#include "weft/jit/ir_eval.h"

namespace weft::jit::opt {

namespace {

// Algebraic identities with one constant operand: op(x, C) or op(C, x).
struct ConstRule {
  Op op;
  uint8_t const_operand;  // which operand is the constant
  int64_t constant;
  enum Result : uint8_t { kOtherOperand, kConstant } result;
  int64_t result_constant = 0;
};

// clang-format off
constexpr ConstRule kConstRules[] = {
    {Op::int_add, 1, 0, ConstRule::kOtherOperand},  {Op::int_add, 0, 0, ConstRule::kOtherOperand},
    {Op::int_sub, 1, 0, ConstRule::kOtherOperand},
    {Op::int_mul, 1, 1, ConstRule::kOtherOperand},  {Op::int_mul, 0, 1, ConstRule::kOtherOperand},
    {Op::int_mul, 1, 0, ConstRule::kConstant, 0},   {Op::int_mul, 0, 0, ConstRule::kConstant, 0},
    {Op::int_floordiv, 1, 1, ConstRule::kOtherOperand},
    {Op::int_and, 1, 0, ConstRule::kConstant, 0},   {Op::int_and, 0, 0, ConstRule::kConstant, 0},
    {Op::int_and, 1, -1, ConstRule::kOtherOperand}, {Op::int_and, 0, -1, ConstRule::kOtherOperand},
    {Op::int_or, 1, 0, ConstRule::kOtherOperand},   {Op::int_or, 0, 0, ConstRule::kOtherOperand},
    {Op::int_xor, 1, 0, ConstRule::kOtherOperand},  {Op::int_xor, 0, 0, ConstRule::kOtherOperand},
    {Op::int_lshift, 1, 0, ConstRule::kOtherOperand},
    {Op::int_rshift, 1, 0, ConstRule::kOtherOperand},
    {Op::uint_rshift, 1, 0, ConstRule::kOtherOperand},
};

// Where each op's rules are in kConstRules (they are grouped by op): simplify() runs for most
// operations of every trace, and scanning the whole table was most of its cost.
struct RuleSpan {
  uint8_t first = 0, count = 0;
};
constexpr auto kConstRuleSpans = [] {
  std::array<RuleSpan, 256> spans{};
  for (size_t k = 0; k < std::size(kConstRules); ++k) {
    RuleSpan& span = spans[size_t(kConstRules[k].op)];
    if (span.count == 0) span.first = uint8_t(k);
    ++span.count;
  }
  return spans;
}();
constexpr bool const_rules_grouped() {
  for (size_t k = 0; k < std::size(kConstRules); ++k) {
    const RuleSpan& span = kConstRuleSpans[size_t(kConstRules[k].op)];
    if (k < span.first || k >= size_t(span.first) + span.count) return false;
  }
  return true;
}
static_assert(const_rules_grouped(), "kConstRules must list each op's rules together");

// Identities of op(x, x) on integers and references (not floats: NaN != NaN).
struct SameRule {
  Op op;
  enum Result : uint8_t { kOperand, kConstant } result;
  int64_t constant = 0;
};
constexpr SameRule kSameRules[] = {
    {Op::int_sub, SameRule::kConstant, 0}, {Op::int_xor, SameRule::kConstant, 0},
    {Op::int_and, SameRule::kOperand},     {Op::int_or, SameRule::kOperand},
    {Op::int_eq, SameRule::kConstant, 1},  {Op::int_ne, SameRule::kConstant, 0},
    {Op::int_le, SameRule::kConstant, 1},  {Op::int_ge, SameRule::kConstant, 1},
    {Op::int_lt, SameRule::kConstant, 0},  {Op::int_gt, SameRule::kConstant, 0},
    {Op::uint_le, SameRule::kConstant, 1}, {Op::uint_ge, SameRule::kConstant, 1},
    {Op::uint_lt, SameRule::kConstant, 0}, {Op::uint_gt, SameRule::kConstant, 0},
    {Op::ptr_eq, SameRule::kConstant, 1},  {Op::ptr_ne, SameRule::kConstant, 0},
};
// clang-format on

}  // namespace

// The simplified result of a pure op, or an empty Value if it must be emitted.
Value Optimizer::simplify(const Inst& inst, std::span<const Value> args) {
  bool all_const = true;
  for (Value v : args) all_const &= v.is_const();
  if (all_const) {
    std::array<uint64_t, 2> words{};
    for (size_t i = 0; i < args.size() && i < 2; ++i) words[i] = out_.constant(args[i]).bits;
    if (auto result = eval_pure(inst.op, std::span<const uint64_t>(words.data(), args.size())))
      return out_.constant_of(inst.type, *result);
    return {};
  }
  if (inst.op == Op::same_as) return args[0];
  if (args.size() != 2) return {};
  RuleSpan span = kConstRuleSpans[size_t(inst.op)];
  for (const ConstRule& rule : std::span(kConstRules + span.first, span.count)) {
    if (!is_const(args[rule.const_operand], rule.constant)) continue;
    return rule.result == ConstRule::kOtherOperand ? args[1 - rule.const_operand]
                                                   : out_.const_int(rule.result_constant);
  }
  if (args[0] == args[1]) {
    for (const SameRule& rule : kSameRules)
      if (rule.op == inst.op)
        return rule.result == SameRule::kOperand ? args[0] : out_.const_int(rule.constant);
  }
  return {};
}

// Wrapping integer addition is associative: a chain of constant steps (an interpreter moving a
// pointer one cell at a time) becomes one add per step from the chain's start, so the adds no
// longer wait for one another and a chain that returns to its start folds to it.
bool Optimizer::reassociate(Op op, std::span<const Value> args, std::array<Value, 2>& out) {
  Value inner;
  int64_t c2 = 0;
  if (!out_.constant_step(op, args, inner, c2) || !inner.is_inst() ||
      redefined_at_.count(inner.index()))
    return false;
  const Inst& def = out_.insts[inner.index()];
  Value x;
  int64_t c1 = 0;
  if (!out_.constant_step(def.op, out_.args(def), x, c1)) return false;
  // inner = x + c1 was computed before a label that redefined x: not x + c1 any more.
  if (x.is_inst()) {
    auto at = redefined_at_.find(x.index());
    if (at != redefined_at_.end() && at->second > inner.index()) return false;
  }
  out = {x, out_.const_int(int64_t(uint64_t(c1) + uint64_t(c2)))};
  return true;
}

// An interpreter testing a condition's negation (`if (!(k < 2))`) compares the comparison's
// 0/1 with 0: one comparison instead, which a guard after it can branch on directly.
bool Optimizer::negate_comparison(Op op, std::span<const Value> args, Op& negated,
                                  std::array<Value, 2>& out) {
  static constexpr std::pair<Op, Op> kOpposites[] = {
      {Op::int_lt, Op::int_ge},   {Op::int_ge, Op::int_lt},   {Op::int_le, Op::int_gt},
      {Op::int_gt, Op::int_le},   {Op::int_eq, Op::int_ne},   {Op::int_ne, Op::int_eq},
      {Op::uint_lt, Op::uint_ge}, {Op::uint_ge, Op::uint_lt}, {Op::uint_le, Op::uint_gt},
      {Op::uint_gt, Op::uint_le}, {Op::ptr_eq, Op::ptr_ne},   {Op::ptr_ne, Op::ptr_eq}};
  if (op != Op::int_eq || args.size() != 2) return false;
  Value x = is_const(args[1], 0) ? args[0] : is_const(args[0], 0) ? args[1] : Value();
  if (!x.is_inst() || redefined_at_.count(x.index())) return false;
  const Inst& def = out_.insts[x.index()];
  const auto* opposite = std::find_if(std::begin(kOpposites), std::end(kOpposites),
                                      [&](const auto& p) { return p.first == def.op; });
  if (opposite == std::end(kOpposites)) return false;
  auto operands = out_.args(def);
  // Operands a label redefined after x was computed are other values now.
  for (Value a : operands) {
    if (!a.is_inst()) continue;
    auto at = redefined_at_.find(a.index());
    if (at != redefined_at_.end() && at->second > x.index()) return false;
  }
  negated = opposite->second;
  out = {operands[0], operands[1]};
  return true;
}

}  // namespace weft::jit::opt
