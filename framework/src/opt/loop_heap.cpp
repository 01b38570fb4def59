// Heap facts carried into a peeled loop. At the loop's label (the one peel_loop made, entered
// only from the first iteration before it and from the loop's own jump), what the heap cache
// knows about objects the label does not redefine is kept, so that a load the first iteration
// made (and the guards and pure operations on its result) is not repeated in every iteration.
// Each fact is carried one of three ways:
//   Invariant  its value was computed before the label and the loop keeps using it;
//   Argument   its value is one of the label's arguments (the first iteration stored a loop
//              variable): the jump must pass the value the field holds then in that position;
//   Extra      (when the plan says so) its value travels in an extra argument of the label,
//              and the jump passes what the field holds at the end of the iteration.
// That is an induction over iterations: a fact holds when the loop is entered, and the jump
// checks that the loop body, optimized assuming it, leaves it holding for the next iteration.
// When it does not (the body wrote the field with another value or called something that may
// have written it) and the body relied on it, the plan changes (Invariant or Argument to
// Extra if the jump knows the field's value, else to Drop) and the optimizer runs again.
// Immutable fields and array lengths hold forever and are not checked.
#include <algorithm>

#include "optimizer_impl.h"

namespace weft::jit::opt {

namespace {

bool immutable_slot(const HeapCache::Key& key) {
  const Descr* d = std::get<0>(key);
  return std::get<2>(key) == HeapCache::kLength ||
         (d->kind == Descr::Kind::Field && static_cast<const FieldDescr*>(d)->immutable);
}

}  // namespace

void Optimizer::carry_heap_into_loop(std::vector<Value>& args,
                                     const std::unordered_set<uint32_t>& redefined) {
  auto gone = [&](Value v) { return v.is_inst() && redefined.count(v.index()) != 0; };
  heap_.carry_into_loop([&](const HeapCache::Key& key, HeapCache::Fact& f, int32_t* id) {
    // Another object, or another item, in every iteration.
    if (gone(f.object) || gone(f.index)) return false;
    if (immutable_slot(key) && !gone(f.value)) return true;
    if (plan_->none) return false;
    Carried c{key, Carried::How::Invariant, f.value};
    auto planned = plan_->carry.find(key);
    if (planned != plan_->carry.end()) {
      if (planned->second == LoopHeapPlan::Carry::Drop) return false;
      // A copy: label arguments are distinct instructions, and the value itself may still be
      // used in the loop with its meaning of before the label.
      c.how = Carried::How::Extra;
      c.arg = args.size();
      c.value = f.value = out_.emit(Op::same_as, {f.value});
      args.push_back(f.value);
    } else if (gone(f.value)) {
      c.how = Carried::How::Argument;
      c.arg = size_t(std::find(args.begin(), args.end(), f.value) - args.begin());
    }
    *id = int32_t(carried_.size());
    carried_.push_back(c);
    return true;
  });
}

// `args` are the jump's (already mapped) arguments; the values of Extra facts are appended.
void Optimizer::check_heap_at_jump(std::vector<Value>& args) {
  flush_stores();  // (the cache already holds what they store)
  auto resolved = [&](Value v) {
    if (!v.is_inst()) return v;
    auto it = known_.find(v.index());
    return it != known_.end() ? it->second : v;
  };
  auto same = [&](Value a, Value b) {
    a = resolved(a);
    b = resolved(b);
    if (a == b) return true;
    return a.is_const() && b.is_const() && out_.constant(a).type == out_.constant(b).type &&
           out_.constant(a).bits == out_.constant(b).bits;
  };
  for (size_t id = 0; id < carried_.size(); ++id) {
    const Carried& c = carried_[id];
    std::optional<Value> now = heap_.peek(c.key);
    bool holds = false;
    switch (c.how) {
      case Carried::How::Invariant:
        holds = now && same(*now, c.value);
        break;
      case Carried::How::Argument:
        holds = now && same(*now, args[c.arg]);
        break;
      case Carried::How::Extra:
        // Unknown and not relied upon: any value will do, the label's own is at hand.
        holds = bool(now);
        args.push_back(now ? *now : c.value);
        break;
    }
    // A fact the loop never read changed nothing in it.
    if (holds || !heap_.used(int32_t(id))) continue;
    plan_->carry[c.key] = now && c.how != Carried::How::Extra ? LoopHeapPlan::Carry::Extra
                                                              : LoopHeapPlan::Carry::Drop;
    replan_ = true;
  }
}

// Raw memory facts cross the same way, keyed by address and access: the loop's first load of
// a cell the first iteration stored is the stored value (Invariant), or the value travels in
// an extra argument (a cell the loop rewrites, as bf's `[-]`): the next iteration reads what
// the last one stored without a load. An Extra fact's argument holds the value as a load of
// its access returns it.
void Optimizer::carry_raw_into_loop(std::vector<Value>& args,
                                    const std::unordered_set<uint32_t>& redefined) {
  auto gone = [&](Value v) { return v.is_inst() && redefined.count(v.index()) != 0; };
  raw_.carry_into_loop([&](RawCache::Entry& e, int32_t* id) {
    e.value = virtuals_.resolve(e.value);
    if (virtuals_.is_virtual(e.value)) {
      // A carried virtual object: the loop's own (carry_virtuals_into_loop made it).
      return std::any_of(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
        return p.raw && p.value == e.value && p.object == e.address && p.descr == e.field;
      });
    }
    if (gone(e.address) || plan_->none || !e.address.is_inst()) return false;
    CarriedRaw c{e.address, e.field, Carried::How::Invariant, e.value};
    auto planned = plan_->raw_carry.find({e.address.index(), e.field});
    if (planned != plan_->raw_carry.end()) {
      if (planned->second == LoopHeapPlan::Carry::Drop) return false;
      c.how = Carried::How::Extra;
      c.arg = args.size();
      Value loaded = e.value;
      if (!e.normalized && e.field->size < 8 && e.field->type == Type::Int)
        loaded = as_loaded(e.value, e.field);
      c.value = e.value = out_.emit(Op::same_as, {loaded});
      e.normalized = true;
      args.push_back(e.value);
    } else if (gone(e.value)) {
      c.how = Carried::How::Argument;
      c.arg = size_t(std::find(args.begin(), args.end(), e.value) - args.begin());
    }
    *id = int32_t(carried_raw_.size());
    carried_raw_.push_back(c);
    return true;
  });
}

std::vector<Optimizer::PendingStore> Optimizer::take_carried_virtuals(std::span<const Value> args) {
  std::vector<PendingStore> taken, kept;
  if (plan_->none || !o_.virtuals) return taken;
  auto count = [&](Value v) {
    return std::count_if(pending_.begin(), pending_.end(),
                         [&](const PendingStore& p) { return virtuals_.resolve(p.value) == v; });
  };
  for (const PendingStore& p : pending_) {
    auto* field = static_cast<const FieldDescr*>(p.descr);
    Value v = virtuals_.resolve(p.value);
    bool carry = p.raw && virtuals_.is_virtual(v) && p.object.is_inst() &&
                 std::find(args.begin(), args.end(), p.object) == args.end();
    if (carry) {
      auto planned = plan_->raw_carry.find({p.object.index(), field});
      carry = planned == plan_->raw_carry.end() || planned->second != LoopHeapPlan::Carry::Drop;
    }
    if (carry) {
      const Virtuals::Object& o = virtuals_.object(v);
      const RawCache::Entry* e = raw_.peek(p.object, field);
      carry = o.descr->kind == Descr::Kind::Size && count(v) == 1 && e &&
              virtuals_.resolve(e->value) == v;
      for (const auto& f : o.fields) carry &= !virtuals_.is_virtual(virtuals_.resolve(f.second));
    }
    (carry ? taken : kept).push_back(p);
  }
  pending_ = std::move(kept);
  return taken;
}

void Optimizer::carry_virtuals_into_loop(const std::vector<PendingStore>& taken,
                                         std::vector<Value>& args) {
  for (const PendingStore& p : taken) {
    auto* field = static_cast<const FieldDescr*>(p.descr);
    Value v = virtuals_.resolve(p.value);
    const Virtuals::Object object = virtuals_.object(v);  // a copy: new_object() below adds
    auto planned = plan_->raw_carry.find({p.object.index(), field});
    bool all_args = planned != plan_->raw_carry.end();  // (Extra: Drop was not taken)
    CarriedVirtual c{p.object, field, object.descr, {}, {}};
    Value loop_object = virtuals_.new_object(static_cast<const SizeDescr*>(object.descr));
    for (const auto& [f, value] : object.fields) {
      Value known = virtuals_.resolve(value);
      if (known.is_inst()) {
        auto it = known_.find(known.index());
        if (it != known_.end()) known = it->second;
      }
      if (known.is_const() && !all_args) {
        c.arg.push_back(kNoArg);
      } else {
        // A copy: label arguments are distinct instructions.
        known = out_.emit(Op::same_as, {known});
        c.arg.push_back(args.size());
        args.push_back(known);
      }
      c.fields.emplace_back(f, known);
      virtuals_.set_field(loop_object, f, known);
    }
    carried_virtuals_.push_back(std::move(c));
    // The cell holds the loop's object, its store pending (carry_raw_into_loop keeps the fact).
    raw_.stored(p.object, field, loop_object);
    pending_.push_back(PendingStore{field, p.object, Value(), loop_object, true});
  }
}

void Optimizer::check_virtuals_at_jump(std::vector<Value>& args) {
  jump_virtuals_.assign(carried_virtuals_.size(), Value());
  auto constant_of = [&](Value v) {
    if (v.is_inst()) {
      auto it = known_.find(v.index());
      if (it != known_.end()) v = it->second;
    }
    return v;
  };
  for (size_t k = 0; k < carried_virtuals_.size(); ++k) {
    const CarriedVirtual& c = carried_virtuals_[k];
    const RawCache::Entry* e = raw_.peek(c.address, c.field);
    Value now = e ? virtuals_.resolve(e->value) : Value();
    auto store = std::find_if(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
      return p.raw && p.object == c.address && p.descr == c.field &&
             virtuals_.resolve(p.value) == now;
    });
    bool holds = virtuals_.is_virtual(now) && store != pending_.end() &&
                 virtuals_.object(now).descr == c.descr &&
                 std::count_if(pending_.begin(), pending_.end(), [&](const PendingStore& p) {
                   return virtuals_.resolve(p.value) == now;
                 }) == 1;
    bool constants_hold = true;
    if (holds) {
      // Fields the label does not know of must be zero there.
      for (const auto& [f, value] : virtuals_.object(now).fields) {
        bool listed = std::any_of(c.fields.begin(), c.fields.end(),
                                  [&](const auto& known) { return known.first == f; });
        Value x = constant_of(virtuals_.resolve(value));
        if (!listed && !(x.is_const() && out_.constant(x).bits == 0)) holds = false;
      }
      for (size_t n = 0; n < c.fields.size() && holds; ++n) {
        if (c.arg[n] != kNoArg) continue;
        Value x = constant_of(virtuals_.get_field(now, c.fields[n].first));
        Value want = c.fields[n].second;
        constants_hold &= x.is_const() && out_.constant(x).bits == out_.constant(want).bits &&
                          out_.constant(x).type == out_.constant(want).type;
      }
      for (size_t n = 0; n < c.fields.size() && holds; ++n)
        if (virtuals_.is_virtual(virtuals_.get_field(now, c.fields[n].first))) holds = false;
    }
    if (holds && constants_hold) {
      for (size_t n = 0; n < c.fields.size(); ++n)
        if (c.arg[n] != kNoArg) args.push_back(virtuals_.get_field(now, c.fields[n].first));
      jump_virtuals_[k] = now;
      pending_.erase(store);  // the next iteration's cell holds it (a store still pending)
      continue;
    }
    // The loop does not keep a virtual object of the same kind there: run again, making it
    // real at the label (or passing every field). The arguments only keep the jump's shape.
    for (size_t n = 0; n < c.fields.size(); ++n)
      if (c.arg[n] != kNoArg) args.push_back(c.fields[n].second);
    plan_->raw_carry[{c.address.index(), c.field}] =
        holds ? LoopHeapPlan::Carry::Extra : LoopHeapPlan::Carry::Drop;
    replan_ = true;
  }
}

void Optimizer::check_raw_at_jump(std::vector<Value>& args) {
  for (size_t id = 0; id < carried_raw_.size(); ++id) {
    const CarriedRaw& c = carried_raw_[id];
    const RawCache::Entry* now = raw_.peek(c.address, c.field);
    Value value = now ? virtuals_.resolve(now->value) : Value();
    bool holds = false;
    switch (c.how) {
      case Carried::How::Invariant:
        holds = now && value == c.value;
        break;
      case Carried::How::Argument:
        holds = now && value == args[c.arg];
        break;
      case Carried::How::Extra: {
        holds = now != nullptr;
        std::optional<Value> loaded = raw_.load(c.address, c.field);  // as a load returns it
        args.push_back(force(loaded ? *loaded : c.value));
        break;
      }
    }
    if (holds || !raw_.used(int32_t(id))) continue;
    plan_->raw_carry[{c.address.index(), c.field}] = now && c.how != Carried::How::Extra
                                                         ? LoopHeapPlan::Carry::Extra
                                                         : LoopHeapPlan::Carry::Drop;
    replan_ = true;
  }
}

}  // namespace weft::jit::opt
