// Virtual objects in raw memory carried into a peeled loop by their fields (see
// docs/optimizer.md, "Loop peeling"). An interpreter that keeps its variables in a frame in raw
// memory stores a new box into the frame every iteration; at the loop's label such a store is
// pending with the box virtual (heap_ops.cpp). Instead of making the box real there, its
// fields cross the label: the constant ones as constants, the others as label arguments, and
// those holding virtual objects (an object of boxes) field by field again. The loop starts with
// new virtual objects of those fields, the store to the frame still pending; the jump checks
// that the cell holds virtual objects of the same shape, passes their fields and leaves their
// store pending. When it does not, the plan changes (make the object real at the label, or
// pass every field when only a constant differed) and the optimizer runs again.
// Stores of other values into a private frame (what a virtualizable frame's fields would be)
// cross the same way: the loop keeps them pending, its guards' snapshots write them.
#include <algorithm>
#include <unordered_map>

#include "optimizer_impl.h"

namespace weft::jit::opt {

namespace {

// Virtual objects may share and form cycles; carried ones must be trees that nothing else in
// the pending stores refers to. How often each object is reached from the stores' values.
std::unordered_map<uint32_t, int> reach_counts(const Virtuals& virtuals,
                                               std::span<const Value> roots) {
  std::unordered_map<uint32_t, int> count;
  std::vector<Value> work(roots.begin(), roots.end());
  while (!work.empty()) {
    Value v = virtuals.resolve(work.back());
    work.pop_back();
    if (!virtuals.is_virtual(v)) continue;
    if (count[v.index()]++ > 0) continue;  // its fields once
    const Virtuals::Object& o = virtuals.object(v);
    for (const auto& f : o.fields) work.push_back(f.second);
    for (Value item : o.items)
      if (item) work.push_back(item);
  }
  return count;
}

// Whether `v` and the virtual objects its fields hold are a tree of objects (not arrays)
// reached once each.
bool carriable(const Virtuals& virtuals, Value v, const std::unordered_map<uint32_t, int>& count,
               int depth = 0) {
  v = virtuals.resolve(v);
  if (!virtuals.is_virtual(v)) return true;
  const Virtuals::Object& o = virtuals.object(v);
  if (depth > 4 || o.descr->kind != Descr::Kind::Size || count.at(v.index()) != 1) return false;
  return std::all_of(o.fields.begin(), o.fields.end(), [&](const auto& f) {
    return carriable(virtuals, f.second, count, depth + 1);
  });
}

}  // namespace

std::vector<Optimizer::PendingStore> Optimizer::take_carried_virtuals(std::span<const Value> args) {
  std::vector<PendingStore> taken, kept;
  if (plan_->none || !o_.virtuals) return taken;
  std::vector<Value> roots;
  for (const PendingStore& p : pending_)
    if (p.raw) roots.push_back(p.value);
  std::unordered_map<uint32_t, int> count = reach_counts(virtuals_, roots);
  for (const PendingStore& p : pending_) {
    // (Only raw stores have a field descriptor: array stores have an array's.)
    auto* field = p.raw ? static_cast<const FieldDescr*>(p.descr) : nullptr;
    Value v = virtuals_.resolve(p.value);
    // (Stores into a private frame are carried whatever they store.)
    bool carry = p.raw && (virtuals_.is_virtual(v) || in_private_frame(p.object, field)) &&
                 p.object.is_inst() && std::find(args.begin(), args.end(), p.object) == args.end();
    if (carry) {
      auto planned = plan_->raw_carry.find({p.object.index(), field});
      carry = planned == plan_->raw_carry.end() || planned->second != LoopHeapPlan::Carry::Drop;
    }
    if (carry) {
      // The raw cache must know the cell holds it (loads in the loop are forwarded).
      const RawCache::Entry* e = raw_.peek(p.object, field);
      carry = e && virtuals_.resolve(e->value) == v &&
              (!virtuals_.is_virtual(v) || carriable(virtuals_, v, count));
    }
    (carry ? taken : kept).push_back(p);
  }
  pending_.assign(kept.begin(), kept.end());
  return taken;
}

Value Optimizer::carry_node(CarriedVirtual& c, Value v, bool all_args, std::vector<Value>& args) {
  const Virtuals::Object object = virtuals_.object(v);  // a copy: new_object() below adds
  size_t n = c.nodes.size();
  c.nodes.push_back(CarriedNode{object.descr, {}});
  Value loop_object = virtuals_.new_object(static_cast<const SizeDescr*>(object.descr));
  for (const auto& [f, value] : object.fields) {
    Value known = virtuals_.resolve(value);
    if (known.is_inst()) {
      if (Value k = known_.find(known.index())) known = k;
    }
    CarriedField cf{f, known, kNoArg, -1};
    if (virtuals_.is_virtual(known)) {
      cf.node = int32_t(c.nodes.size());
      known = carry_node(c, known, all_args, args);
    } else if (!known.is_const() || all_args) {
      // A copy: label arguments are distinct instructions.
      known = out_.emit(Op::same_as, {known});
      cf.arg = args.size();
      args.push_back(known);
    }
    cf.value = known;
    c.nodes[n].fields.push_back(cf);  // (c.nodes may have grown: indexed again)
    virtuals_.set_field(loop_object, f, known);
  }
  return loop_object;
}

Value Optimizer::known_value(Value v) const {
  v = virtuals_.resolve(v);
  if (v.is_inst()) {
    if (Value k = known_.find(v.index())) v = k;
  }
  return v;
}

void Optimizer::carry_virtuals_into_loop(const std::vector<PendingStore>& taken,
                                         std::vector<Value>& args) {
  for (const PendingStore& p : taken) {
    auto* field = static_cast<const FieldDescr*>(p.descr);
    if (!virtuals_.is_virtual(virtuals_.resolve(p.value))) continue;  // carry_stores_into_loop
    // Extra in the plan: every field an argument (Drop was not taken).
    bool all_args = plan_->raw_carry.count({p.object.index(), field}) != 0;
    CarriedVirtual c{p.object, field, {}};
    Value loop_object = carry_node(c, virtuals_.resolve(p.value), all_args, args);
    carried_virtuals_.push_back(std::move(c));
    // The cell holds the loop's object, its store pending (carry_raw_into_loop keeps the fact).
    raw_.stored(p.object, field, loop_object);
    pending_.push_back(PendingStore{field, p.object, Value(), loop_object, true});
  }
}

// Stores into a private frame of values that are not virtual objects: a constant stays the
// same constant (an operand slot a pop cleared: null), anything else is a label argument; the
// store stays pending in the loop. After carry_virtuals_into_loop (the jump appends in the same
// order).
void Optimizer::carry_stores_into_loop(const std::vector<PendingStore>& taken,
                                       std::vector<Value>& args) {
  for (const PendingStore& p : taken) {
    Value v = known_value(p.value);
    if (virtuals_.is_virtual(v)) continue;  // carry_virtuals_into_loop's
    auto* field = static_cast<const FieldDescr*>(p.descr);
    CarriedStore c{p.object, field, v, kNoArg};
    // Extra in the plan: the constant differed at the jump.
    if (!v.is_const() || plan_->raw_carry.count({p.object.index(), field})) {
      c.value = out_.emit(Op::same_as, {v});  // label arguments are distinct instructions
      c.arg = args.size();
      args.push_back(c.value);
    }
    carried_stores_.push_back(c);
    raw_.stored(p.object, field, c.value);
    pending_.push_back(PendingStore{field, p.object, Value(), c.value, true});
  }
}

void Optimizer::check_stores_at_jump(std::vector<Value>& args) {
  for (const CarriedStore& c : carried_stores_) {
    const RawCache::Entry* e = raw_.peek(c.address, c.field);
    Value now = e ? known_value(e->value) : Value();
    auto store = std::find_if(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
      return p.raw && p.object == c.address && p.descr == c.field && known_value(p.value) == now;
    });
    bool pending = store != pending_.end() && !virtuals_.is_virtual(now);
    bool holds =
        pending && (c.arg != kNoArg ||
                    (now.is_const() && out_.constant(now).bits == out_.constant(c.value).bits &&
                     out_.constant(now).type == out_.constant(c.value).type));
    if (c.arg != kNoArg) args.push_back(pending ? now : c.value);  // the shape, in any case
    if (holds) {
      pending_.erase(store);  // the next iteration's cell holds it (a store still pending)
      continue;
    }
    // Another constant: pass it as an argument; anything else: not carried.
    plan_->raw_carry[{c.address.index(), c.field}] =
        pending && c.arg == kNoArg ? LoopHeapPlan::Carry::Extra : LoopHeapPlan::Carry::Drop;
    replan_ = true;
  }
}

bool Optimizer::node_matches(const CarriedVirtual& c, size_t n, Value v, std::vector<Value>& fields,
                             std::vector<Value>& objects, bool& constants) {
  auto constant_of = [&](Value x) {
    x = virtuals_.resolve(x);
    if (x.is_inst()) {
      if (Value k = known_.find(x.index())) x = k;
    }
    return x;
  };
  v = virtuals_.resolve(v);
  const CarriedNode& node = c.nodes[n];
  if (!virtuals_.is_virtual(v) || virtuals_.object(v).descr != node.descr) return false;
  objects.push_back(v);
  // Fields the label does not know of must be zero there.
  for (const auto& [f, value] : virtuals_.object(v).fields) {
    bool listed = std::any_of(node.fields.begin(), node.fields.end(),
                              [&](const CarriedField& known) { return known.field == f; });
    Value x = constant_of(value);
    if (!listed && !(x.is_const() && out_.constant(x).bits == 0)) return false;
  }
  for (const CarriedField& cf : node.fields) {
    Value x = constant_of(virtuals_.get_field(v, cf.field));
    if (cf.node >= 0) {
      if (!node_matches(c, size_t(cf.node), x, fields, objects, constants)) return false;
    } else if (virtuals_.is_virtual(x)) {
      return false;
    } else if (cf.arg != kNoArg) {
      fields.push_back(x);
    } else if (!x.is_const() || out_.constant(x).bits != out_.constant(cf.value).bits ||
               out_.constant(x).type != out_.constant(cf.value).type) {
      constants = false;
    }
  }
  return true;
}

void Optimizer::check_virtuals_at_jump(std::vector<Value>& args) {
  jump_virtuals_.assign(carried_virtuals_.size(), {});
  std::vector<Value> roots;
  for (const PendingStore& p : pending_)
    if (p.raw) roots.push_back(p.value);
  std::unordered_map<uint32_t, int> count = reach_counts(virtuals_, roots);
  for (size_t k = 0; k < carried_virtuals_.size(); ++k) {
    const CarriedVirtual& c = carried_virtuals_[k];
    const RawCache::Entry* e = raw_.peek(c.address, c.field);
    Value now = e ? virtuals_.resolve(e->value) : Value();
    auto store = std::find_if(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
      return p.raw && p.object == c.address && p.descr == c.field &&
             virtuals_.resolve(p.value) == now;
    });
    std::vector<Value> fields, objects;
    bool constants = true;
    bool holds = store != pending_.end() && node_matches(c, 0, now, fields, objects, constants);
    // Each object once: nothing else pending refers to them.
    for (Value o : objects) holds &= count[o.index()] == 1;
    if (holds && constants) {
      args.insert(args.end(), fields.begin(), fields.end());
      jump_virtuals_[k] = std::move(objects);
      pending_.erase(store);  // the next iteration's cell holds it (a store still pending)
      continue;
    }
    // Not the same shape: run again, making it real at the label (or passing every field).
    // The arguments only keep the jump's shape.
    for (const CarriedNode& node : c.nodes)
      for (const CarriedField& cf : node.fields)
        if (cf.arg != kNoArg) args.push_back(cf.value);
    plan_->raw_carry[{c.address.index(), c.field}] =
        holds ? LoopHeapPlan::Carry::Extra : LoopHeapPlan::Carry::Drop;
    replan_ = true;
  }
}

}  // namespace weft::jit::opt
