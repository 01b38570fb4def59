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
// Most facts that do not hold are predictable, though: the loop is a copy of the first
// iteration, so it repeats that iteration's stores (at the same places when their addresses are
// invariant). predict_loop_stores() plans the facts those stores made as Extra before the first
// run, unless the first iteration stored a constant (likely the same in every iteration):
// without it most loops that update memory were optimized twice.
#include <algorithm>

#include "optimizer_impl.h"
#include "trace_copy.h"

namespace weft::jit::opt {

namespace {

bool immutable_slot(const HeapCache::Key& key) {
  const Descr* d = std::get<0>(key);
  return std::get<2>(key) == HeapCache::kLength ||
         (d->kind == Descr::Kind::Field && static_cast<const FieldDescr*>(d)->immutable);
}

}  // namespace

// `label`: the peeled loop's label; the first iteration runs from the trace's own label to it.
// Notes the places its stores wrote; carry_*_into_loop() plan the facts about them as Extra
// when the value at the label is not a constant, a label argument (carried as Argument) or a
// virtual object (carry_virtuals_into_loop() gives the loop its own).
void Optimizer::predict_loop_stores(size_t label) {
  plan_->predicted = true;
  size_t k = label;
  while (k > 0 && in_.insts[k - 1].op != Op::label) --k;
  for (; k < label; ++k) {
    const Inst& store = in_.insts[k];
    std::span<const Value> a = in_.args(store);
    if (store.op == Op::setfield_raw) {
      Value address = get(a[0]);
      if (address.is_inst())
        stored_raw_.insert({address.index(), static_cast<const FieldDescr*>(store.descr)});
    } else if (store.op == Op::setfield_gc || store.op == Op::setarrayitem_gc) {
      uint32_t slot = store.op == Op::setfield_gc ? 0 : value_key(get(a[1]));
      stored_heap_.insert(HeapCache::Key{store.descr, value_key(get(a[0])), slot});
    }
  }
}

// Whether a fact with `value` at a place the first iteration stored to is planned as Extra.
bool Optimizer::predicted_extra(Value value) {
  Value v = virtuals_.resolve(value);
  return !v.is_const() && !virtuals_.is_virtual(v);
}

// A predicted Extra fact that the jump shows was not needed: the loop left the place as it
// was, or stored there what it held before the label (`unchanged`: Invariant would hold), or
// the loop never relied on it (an argument for nothing). Carried as it is when planned again.
bool Optimizer::predicted_wrong(bool unchanged, size_t id, bool heap) const {
  return unchanged || !(heap ? heap_.used(int32_t(id)) : raw_.used(int32_t(id)));
}

void Optimizer::carry_heap_into_loop(std::vector<Value>& args,
                                     const std::unordered_set<uint32_t>& redefined) {
  auto gone = [&](Value v) { return v.is_inst() && redefined.count(v.index()) != 0; };
  heap_.carry_into_loop([&](const HeapCache::Key& key, HeapCache::Fact& f, int32_t* id) {
    // Another object, or another item, in every iteration.
    if (gone(f.object) || gone(f.index)) return false;
    if (immutable_slot(key) && !gone(f.value)) return true;
    if (plan_->none) return false;
    Carried c{key, Carried::How::Invariant, f.value};
    if (stored_heap_.count(key) && !gone(f.value) && predicted_extra(f.value))
      c.predicted = plan_->carry.try_emplace(key, LoopHeapPlan::Carry::Extra).second;
    auto planned = plan_->carry.find(key);
    if (planned != plan_->carry.end()) {
      if (planned->second == LoopHeapPlan::Carry::Drop) return false;
      // A copy: label arguments are distinct instructions, and the value itself may still be
      // used in the loop with its meaning of before the label.
      c.how = Carried::How::Extra;
      c.arg = args.size();
      c.before = f.value;
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
    Value known = known_.find(v.index());
    return known ? known : v;
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
        if (c.predicted &&
            predicted_wrong(now && (same(*now, c.value) || same(*now, c.before)), id, true)) {
          plan_->carry.erase(c.key);
          replan_ = true;
        }
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
    if (stored_raw_.count({e.address.index(), e.field}) && !gone(e.value) &&
        predicted_extra(e.value))
      c.predicted =
          plan_->raw_carry.try_emplace({e.address.index(), e.field}, LoopHeapPlan::Carry::Extra)
              .second;
    auto planned = plan_->raw_carry.find({e.address.index(), e.field});
    if (planned != plan_->raw_carry.end()) {
      if (planned->second == LoopHeapPlan::Carry::Drop) return false;
      c.how = Carried::How::Extra;
      c.arg = args.size();
      Value loaded = e.value;
      if (!e.normalized && e.field->size < 8 && e.field->type == Type::Int)
        loaded = as_loaded(e.value, e.field);
      c.before = loaded;
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
        if (c.predicted &&
            predicted_wrong(now && (value == c.value || value == c.before), id, false)) {
          plan_->raw_carry.erase({c.address.index(), c.field});
          replan_ = true;
        }
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
