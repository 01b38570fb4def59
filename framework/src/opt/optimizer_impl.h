// The optimizer's one forward pass over the trace (optimize() in optimizer.cpp). One class, its
// parts in one file each:
//   optimizer.cpp   the driver: value mapping, labels, the order in which parts see each op
//   fold.cpp        constant folding and algebraic simplification (rule tables)
//   virtual_ops.cpp allocation removal on top of virtuals.h: forwarding and materializing
//   heap_ops.cpp    the heap cache (heap_cache.h) and lazy / dead stores
//   guard_ops.cpp   guards that always pass and guards that earlier ones imply
//   call_ops.cpp    elidable calls (folding, sharing) and quasi-immutable fields
//   loop_heap.cpp   heap facts carried from a peeled loop's first iteration into the loop
// with helpers int_bounds.cpp / known_bits.cpp (ranges and known bits), virtuals.cpp,
// heap_cache.cpp; peel.cpp rewrites a loop before the pass, dead_code.cpp cleans up after it.
// Every part reads the option that switches it (OptimizerOptions).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory_resource>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cse_table.h"
#include "heap_cache.h"
#include "int_bounds.h"
#include "raw_cache.h"
#include "scratch_arena.h"
#include "trace_copy.h"
#include "virtuals.h"
#include "weft/jit/optimizer.h"

namespace weft::jit::opt {

// Which heap facts known at the label of a peeled loop are carried into the loop, and how
// (opt/loop_heap.cpp). A run of the optimizer that finds a carried fact the loop relied on
// not to hold at the loop's jump changes the plan and asks for another run.
struct LoopHeapPlan {
  enum class Carry : uint8_t {
    Drop,   // forgotten at the label (a virtual object stored there: made real)
    Extra,  // its value passed in an extra argument of the label (a virtual object stored
            // there: every field passed, none kept as a constant)
  };
  std::map<HeapCache::Key, Carry> carry;  // facts not listed are carried as they are
  // Raw memory: by the address (an instruction before the label) and the access.
  std::map<std::pair<uint32_t, const FieldDescr*>, Carry> raw_carry;
  bool none = false;  // carry nothing (the last resort)
  // predict_loop_stores() ran: later runs follow what the checks at the jump found.
  bool predicted = false;
};

class Optimizer {
 public:
  // `loop` is the label of the loop peel_loop made (where heap facts are carried in following
  // `plan`), or null.
  Optimizer(const Trace& in, const OptimizerOptions& options, OptimizerReport* report,
            const LabelDescr* loop = nullptr, LoopHeapPlan* plan = nullptr)
      : in_(in),
        o_(options),
        report_(report),
        bounds_(out_, options.known_bits),
        loop_(loop),
        plan_(plan) {}

  Trace run();
  // Whether the run changed the plan: its result relies on a fact that does not hold.
  bool replan() const { return replan_; }

 private:
  // A store the heap part has not emitted yet (lazy stores): setfield_gc (index empty) or
  // setarrayitem_gc.
  struct PendingStore {
    const Descr* descr;
    Value object;  // setfield_raw: the address
    Value index;
    Value value;
    bool raw = false;  // a setfield_raw
  };
  // optimizer.cpp
  Value get(Value v);
  void find_values_live_across_labels();
  void step(size_t i);
  void label(size_t i, const Inst& inst, std::vector<Value>& args);
  bool pure_step(size_t i, const Inst& inst, std::span<const Value> args);
  // Emits a pure operation whose operands are already rewritten, sharing an identical earlier
  // one (CSE) and noting its bounds: the end of pure_step(), and what the optimizer itself needs.
  Value emit_pure(Op op, std::span<const Value> args, const Descr* descr = nullptr);
  Value emit_pure(Op op, std::initializer_list<Value> args);
  // The low `field->size` bytes of `value` extended as a load of `field` extends them.
  Value as_loaded(Value value, const FieldDescr* field);
  Value emit_copy(const Inst& inst, std::span<const Value> args);
  // Before anything that may observe memory or leave the trace: see heap_ops.cpp.
  void before_effect(const Inst& inst);
  bool is_const(Value v, int64_t c) const {
    return v.is_const() && out_.constant(v).type == Type::Int && out_.constant(v).as_int() == c;
  }
  bool is_zero(Value v) const { return v.is_const() && out_.constant(v).bits == 0; }

  // fold.cpp
  Value simplify(const Inst& inst, std::span<const Value> args);
  // (x + c1) + c2 and friends as x + (c1 + c2): the operands to use instead, or false.
  bool reassociate(Op op, std::span<const Value> args, std::array<Value, 2>& out);
  // x == 0 of an integer or reference comparison x as the opposite comparison: its op and
  // operands, or false.
  bool negate_comparison(Op op, std::span<const Value> args, Op& negated,
                         std::array<Value, 2>& out);
  // Labels redefine their arguments (loop variables): the defining instruction of such a
  // value says nothing about it after the label, and neither does one computed from it before
  // the label. Where each value was last redefined (the label's position).
  std::unordered_map<uint32_t, size_t> redefined_at_;

  // virtual_ops.cpp
  bool virtual_step(size_t i, const Inst& inst, std::span<const Value> args);
  Value force(Value v);

  // heap_ops.cpp
  bool heap_step(size_t i, const Inst& inst, std::span<const Value> args);
  Value allocate(Op op, std::span<const Value> args, const Descr* descr);
  // `fresh`: a store into an object force() just allocated, which raw memory cannot alias.
  void store(const Descr* descr, Value object, Value index, Value value, bool fresh = false);
  void emit_store(const PendingStore& s);
  // Emits the pending stores a load of `descr` from `object` (item `index`) may read (pending
  // raw stores too, unless `keep_raw`); all of them if `descr` is null.
  void flush_stores(const Descr* descr = nullptr, Value object = {}, Value index = {},
                    bool keep_raw = false);
  // Before a guard: emits the pending stores but those kept_at_guard(), which the guard's
  // snapshot describes (pending_raw_virtuals()).
  void flush_stores_at_guard();
  // Raw stores of virtual objects, and stores into a private frame.
  bool kept_at_guard(const PendingStore& p) const;
  // Whether a raw access through `field` at `address` is in one of private_frames_.
  bool in_private_frame(Value address, const FieldDescr* field) const;
  void flush_gc_stores();
  // Before a call_assembler with private frames: emits the pending stores but those to the
  // frames in frames_kept_.
  void flush_stores_but_frames();
  // Whether a raw access through `field` at `address` is in one of frames_kept_.
  bool in_kept_frame(Value address, const FieldDescr* field) const;
  std::vector<RawStore> pending_raw_virtuals() const;
  // Emits `stores` (taken out of pending_) in order.
  void emit_stores(std::span<const PendingStore> stores);
  // Takes the pending stores `emit` approves out of pending_ and emits them, in order; the
  // others stay pending, in order (pending_ keeps its storage: this runs at every guard).
  template <class Emit>
  void emit_pending_if(Emit emit) {
    std::pmr::vector<PendingStore> emitted(&scratch_arena());
    size_t kept = 0;
    for (size_t k = 0; k < pending_.size(); ++k) {
      if (emit(pending_[k]))
        emitted.push_back(pending_[k]);
      else
        pending_[kept++] = pending_[k];
    }
    pending_.resize(kept);
    emit_stores(emitted);
  }
  void raw_store(const Inst& inst, std::span<const Value> args);
  void flush_raw_stores(Value address, const FieldDescr* field);

  // loop_heap.cpp
  void predict_loop_stores(size_t label);
  bool predicted_extra(Value value);
  bool predicted_wrong(bool unchanged, size_t id, bool heap) const;
  void carry_heap_into_loop(std::vector<Value>& args,
                            const std::unordered_set<uint32_t>& redefined);
  void check_heap_at_jump(std::vector<Value>& args);

  // guard_ops.cpp
  bool guard_passes(const Inst& inst, std::span<const Value> args) const;
  bool guard_implied(const Inst& inst, std::span<const Value> args) const;
  void learn_from_guard(const Inst& inst, std::span<const Value> args);
  // record_exact_class: the class is known as after a guard_class, and the op has no code.
  void learn_exact_class(std::span<const Value> args);

  // call_ops.cpp
  bool call_step(size_t i, const Inst& inst, std::span<const Value> args);
  bool quasi_immutable_load(size_t i, const Inst& inst, std::span<const Value> args);
  bool immutable_constant_load(size_t i, const Inst& inst, std::span<const Value> args);
  bool guard_not_invalidated_step(const Inst& inst);
  // Whether input instruction `inst` changes what a resumed interpreter would see if it
  // resumed at an earlier guard (and so ran it again).
  bool has_side_effect(const Inst& inst, std::span<const Value> args) const;

  const Trace& in_;
  const OptimizerOptions& o_;
  OptimizerReport* report_;
  Trace out_;
  std::vector<Value> step_args_;  // step()'s operands, kept to spare an allocation per op
  HeapCache heap_{out_};
  RawCache raw_{out_, [this](Value v, const FieldDescr* f) { return as_loaded(v, f); },
                &private_frames_};
  IntBounds bounds_;
  Virtuals virtuals_{out_};
  bool drop_overflow_guard_ = false;  // the op before cannot overflow: drop its guard
  // Tables indexed by instruction live in the scratch arena (their scope: optimize()).
  std::pmr::vector<Value> map_{&scratch_arena()};  // input instruction -> output value
  // Output instruction -> the constant it is known to be. A flat table: get() asks it for
  // every operand.
  class KnownValues {
   public:
    Value find(uint32_t inst) const { return inst < values_.size() ? values_[inst] : Value(); }
    void set(uint32_t inst, Value v) {
      if (inst >= values_.size()) values_.resize(std::max<size_t>(inst + 1, 2 * values_.size()));
      values_[inst] = v;
    }
    void forget(uint32_t inst) {
      if (inst < values_.size()) values_[inst] = Value();
    }

   private:
    std::pmr::vector<Value> values_{&scratch_arena()};
  };
  KnownValues known_;
  // The output constant of each input constant, once asked for.
  std::pmr::vector<Value> const_map_{&scratch_arena()};
  CseTable cse_;
  std::unordered_map<size_t, std::vector<Value>> live_across_;  // label -> values, see above
  std::pmr::vector<PendingStore> pending_{&scratch_arena()};    // lazy stores, in order
  // Values the trace marks as portal activations' frames (private_frame), and those of them
  // the call_assembler being handled does not touch (EffectInfo::private_frames).
  std::unordered_set<uint32_t> private_frames_, frames_kept_;
  std::unordered_set<uint32_t> dropped_frames_;  // no longer private (Optimizer::label)

  // Implied guards: output values with a known class (GC type id) or known not to be null, and
  // int values a guard_true established.
  std::pmr::unordered_map<uint32_t, uint64_t> known_class_{&scratch_arena()};
  std::pmr::unordered_set<uint32_t> nonnull_{&scratch_arena()};
  std::pmr::unordered_set<uint32_t> nonzero_{&scratch_arena()};

  // Elidable calls already emitted: descriptor and operands -> result.
  std::map<std::vector<uint64_t>, Value> elidable_;

  // Quasi-immutables: whether a guard_not_invalidated has been emitted since the start or the
  // last call that may write a quasi-immutable field; the snapshot of the last guard emitted
  // with no side effect since (a guard_not_invalidated the optimizer adds resumes there), or -1.
  bool invalidation_checked_ = false;
  int32_t clean_snapshot_ = -1;

  // Heap facts carried into the peeled loop (loop_heap.cpp), in the order of carry_into_loop's
  // numbers: how each is carried, and what the loop must pass on at its jump for it to hold.
  struct Carried {
    HeapCache::Key key;
    enum class How : uint8_t { Invariant, Argument, Extra } how;
    Value value;     // Invariant: the value known before the label, which the loop keeps
    size_t arg = 0;  // Argument, Extra: the position of its value among the label's arguments
    bool predicted = false;  // Extra by predict_loop_stores()
    Value before = Value();  // Extra: the value before the label (`value` is its copy)
  };
  // The same for raw memory, in the order of RawCache::carry_into_loop's numbers.
  struct CarriedRaw {
    Value address;
    const FieldDescr* field;
    Carried::How how;
    Value value;
    size_t arg = 0;
    bool predicted = false;
    Value before = Value();
  };
  void carry_raw_into_loop(std::vector<Value>& args, const std::unordered_set<uint32_t>& redefined);
  void check_raw_at_jump(std::vector<Value>& args);
  // Virtual objects in raw memory (pending raw stores) carried into the loop by their fields
  // (opt/loop_virtuals.cpp): at the label, a virtual object stored to a cell the loop keeps is
  // not made real; its non-constant fields become label arguments (those holding virtual
  // objects: their fields, and so on) and the loop starts with a new virtual object of those
  // fields, stored (pending) in the same cell. The jump passes the fields of the virtual
  // object the cell holds then, which stays virtual (its store pending).
  struct CarriedField {
    const FieldDescr* field;
    Value value;   // as known at the label: a constant, or the label argument
    size_t arg;    // its position among the label's arguments, or kNoArg (a constant)
    int32_t node;  // a virtual object: its node, or -1
  };
  struct CarriedNode {
    const Descr* descr;  // the object's SizeDescr
    std::vector<CarriedField> fields;
  };
  struct CarriedVirtual {
    Value address;
    const FieldDescr* field;
    std::vector<CarriedNode> nodes;  // the object, then the ones its fields hold (a tree)
  };
  static constexpr size_t kNoArg = SIZE_MAX;
  // The loop's object for node `n` of `c` (built from `v`, the object at the label).
  Value carry_node(CarriedVirtual& c, Value v, bool all_args, std::vector<Value>& args);
  // Whether `v` (at the jump) has node `n`'s shape; then its field values are appended to
  // `fields` and its objects to `objects`. `constants` is cleared where only a constant differs.
  bool node_matches(const CarriedVirtual& c, size_t n, Value v, std::vector<Value>& fields,
                    std::vector<Value>& objects, bool& constants);
  // At the label: takes the pending raw stores of virtual objects that may be carried out of
  // pending_ (before the label's flush)...
  std::vector<PendingStore> take_carried_virtuals(std::span<const Value> args);
  // ...and, after it, passes their fields and stores the loop's virtual objects.
  void carry_virtuals_into_loop(const std::vector<PendingStore>& taken, std::vector<Value>& args);
  // At the jump, before the other checks: appends the fields; `jump_virtuals_` are the objects
  // whose stores stay pending (checked after the jump is emitted).
  void check_virtuals_at_jump(std::vector<Value>& args);
  // Stores into a private frame of other values (a constant, or a label argument: `arg`).
  struct CarriedStore {
    Value address;
    const FieldDescr* field;
    Value value;  // in the loop
    size_t arg;   // its position among the label's arguments, or kNoArg
  };
  void carry_stores_into_loop(const std::vector<PendingStore>& taken, std::vector<Value>& args);
  // After check_virtuals_at_jump: appends the arguments, leaves the stores pending.
  void check_stores_at_jump(std::vector<Value>& args);
  // `v` resolved (virtual objects) and as known (a constant found by a guard).
  Value known_value(Value v) const;
  std::vector<CarriedStore> carried_stores_;
  std::vector<CarriedVirtual> carried_virtuals_;
  std::vector<std::vector<Value>> jump_virtuals_;  // per carried one: its objects at the jump
  const LabelDescr* loop_;
  LoopHeapPlan* plan_;
  std::vector<Carried> carried_;
  std::vector<CarriedRaw> carried_raw_;
  // Where the first iteration of a peeled loop stored (predict_loop_stores, first run only).
  std::set<std::pair<uint32_t, const FieldDescr*>> stored_raw_;
  std::set<HeapCache::Key> stored_heap_;
  bool replan_ = false;
};

}  // namespace weft::jit::opt
