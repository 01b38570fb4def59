#include "weft/jit/ir_verify.h"

#include <unordered_map>
#include <unordered_set>

#include "weft/jit/ir_text.h"

namespace weft::jit {

namespace {

class Verifier {
 public:
  explicit Verifier(const Trace& trace) : t_(trace) {}

  bool run(std::string* error) {
    for (index_ = 0; index_ < t_.insts.size() && problem_.empty(); ++index_)
      check(t_.insts[index_]);
    if (problem_.empty() && !t_.insts.empty()) {
      Op last = t_.insts.back().op;
      if (last != Op::jump && last != Op::finish) {
        index_ = t_.insts.size() - 1;
        fail("the trace must end with jump or finish");
      }
    }
    if (error) *error = problem_;
    return problem_.empty();
  }

 private:
  void fail(const std::string& what) {
    if (!problem_.empty()) return;
    problem_ =
        "instruction " + std::to_string(index_) + " `" + print_inst(t_, index_) + "`: " + what;
  }

  // A value usable as an operand at the current instruction.
  bool valid(Value v, bool allow_virtual = false, size_t virtuals = 0) {
    switch (v.kind()) {
      case Value::Kind::Inst:
        if (v.index() >= index_) return fail("uses a value defined later or by itself"), false;
        if (t_.insts[v.index()].type == Type::Void)
          return fail("uses an instruction without a result"), false;
        return true;
      case Value::Kind::Const:
        if (v.index() >= t_.consts.size())
          return fail("uses a constant that does not exist"), false;
        return true;
      case Value::Kind::Virtual:
        if (!allow_virtual || v.index() >= virtuals)
          return fail("uses a virtual object outside a snapshot"), false;
        return true;
      case Value::Kind::None:
        break;
    }
    fail("has an empty operand");
    return false;
  }

  bool expect(Value v, Type type, const char* what) {
    if (!valid(v)) return false;
    if (t_.type_of(v) != type) {
      fail(std::string(what) + " must be " + type_letter(type) + ", not " +
           type_letter(t_.type_of(v)));
      return false;
    }
    return true;
  }

  const Descr* descr_of_kind(const Inst& inst, Descr::Kind kind) {
    if (!inst.descr || inst.descr->kind != kind) {
      fail("needs a descriptor of the right kind");
      return nullptr;
    }
    return inst.descr;
  }

  void check(const Inst& inst) {
    const OpInfo& info = op_info(inst.op);
    auto args = t_.args(inst);
    if (inst.op == Op::input) {
      if (seen_non_input_) fail("inputs must come before every other instruction");
      if (inst.type == Type::Void) fail("an input needs a type");
      return;
    }
    seen_non_input_ = true;
    if (ended_) return fail("follows the end of the trace (jump or finish)");
    if (pending_overflow_ && inst.op != Op::guard_no_overflow && inst.op != Op::guard_overflow)
      return fail("an overflow op must be followed by guard_no_overflow or guard_overflow");
    if ((inst.op == Op::guard_no_overflow || inst.op == Op::guard_overflow) && !pending_overflow_)
      return fail("an overflow guard must follow an overflow op");
    pending_overflow_ = info.has(opflag::OVF);

    // Fixed operand signature, up to a '*'.
    std::string_view sig = info.operands;
    size_t fixed = sig.find('*');
    if (fixed == std::string_view::npos) {
      if (args.size() != sig.size())
        return fail("takes " + std::to_string(sig.size()) + " operands");
      fixed = sig.size();
    } else if (args.size() < fixed) {
      return fail("takes at least " + std::to_string(fixed) + " operands");
    }
    for (size_t i = 0; i < args.size(); ++i) {
      if (i < fixed) {
        if (!expect(args[i], signature_type(sig[i]), "an operand")) return;
      } else if (!valid(args[i])) {
        return;
      }
    }
    if (info.has(opflag::GUARD) &&
        (inst.snapshot < 0 || size_t(inst.snapshot) >= t_.snapshots.size()))
      return fail("a guard needs a snapshot");
    if (!info.has(opflag::GUARD) && inst.snapshot >= 0) return fail("only guards carry snapshots");
    if (!info.has(opflag::DESCR) && inst.descr) return fail("takes no descriptor");
    if (info.result != 'd' && inst.type != signature_type(info.result))
      return fail("has the wrong result type");

    check_specific(inst, args);
    if (inst.snapshot >= 0 && problem_.empty()) check_snapshot(t_.snapshots[size_t(inst.snapshot)]);
  }

  void check_specific(const Inst& inst, std::span<const Value> args) {
    switch (inst.op) {
      case Op::same_as:
        if (args.size() != 1 || inst.type != t_.type_of(args[0])) fail("copies exactly one value");
        break;
      case Op::getfield_gc:
      case Op::getfield_raw:
        if (auto d = descr_of_kind(inst, Descr::Kind::Field)) {
          if (inst.type != static_cast<const FieldDescr*>(d)->type)
            fail("result type differs from the field's");
        }
        break;
      case Op::setfield_gc:
      case Op::setfield_raw:
        if (auto d = descr_of_kind(inst, Descr::Kind::Field)) {
          if (args.size() != 2) return fail("takes an object and a value");
          expect(args[1], static_cast<const FieldDescr*>(d)->type, "the stored value");
        }
        break;
      case Op::getarrayitem_gc:
        if (auto d = descr_of_kind(inst, Descr::Kind::Array)) {
          if (inst.type != static_cast<const ArrayDescr*>(d)->item_type)
            fail("result type differs from the items'");
        }
        break;
      case Op::setarrayitem_gc:
        if (auto d = descr_of_kind(inst, Descr::Kind::Array)) {
          if (args.size() != 3) return fail("takes an array, an index and a value");
          expect(args[2], static_cast<const ArrayDescr*>(d)->item_type, "the stored value");
        }
        break;
      case Op::arraylen_gc:
      case Op::new_array:
        descr_of_kind(inst, Descr::Kind::Array);
        break;
      case Op::new_object:
        descr_of_kind(inst, Descr::Kind::Size);
        break;
      case Op::call:
        if (auto d = descr_of_kind(inst, Descr::Kind::Call)) {
          auto* call = static_cast<const CallDescr*>(d);
          if (args.size() != call->arg_types.size() + 1)
            return fail("passes the wrong number of arguments");
          for (size_t i = 0; i < call->arg_types.size(); ++i)
            if (!expect(args[i + 1], call->arg_types[i], "an argument")) return;
          if (inst.type != call->result) fail("result type differs from the call's");
        }
        break;
      case Op::call_assembler:
        if (auto d = descr_of_kind(inst, Descr::Kind::Call)) {
          auto* call = static_cast<const CallDescr*>(d);
          if (args.size() != call->arg_types.size())
            return fail("passes the wrong number of arguments");
          for (size_t i = 0; i < call->arg_types.size(); ++i)
            if (!expect(args[i], call->arg_types[i], i ? "an argument" : "the token")) return;
          if (inst.type != call->result) fail("result type differs from the call's");
        }
        break;
      case Op::guard_value:
      case Op::assume_value:
        if (!args[1].is_const()) return fail("compares with a constant");
        if (t_.type_of(args[0]) != t_.type_of(args[1])) fail("compares values of different types");
        break;
      case Op::guard_class:
      case Op::record_exact_class:
        if (!args[1].is_const()) fail("compares with a constant type id");
        break;
      case Op::label: {
        auto d = descr_of_kind(inst, Descr::Kind::Label);
        if (!d) return;
        std::unordered_set<uint32_t> distinct;
        for (Value v : args)
          if (!v.is_inst() || !distinct.insert(v.index()).second)
            return fail("takes distinct values, not constants");
        labels_[d] = index_;
        break;
      }
      case Op::jump: {
        auto d = descr_of_kind(inst, Descr::Kind::Label);
        if (!d) return;
        auto it = labels_.find(d);
        if (it != labels_.end()) {  // a jump to another trace's label is checked when linking
          auto target = t_.args(t_.insts[it->second]);
          if (target.size() != args.size())
            return fail("passes a different number of values than its label takes");
          for (size_t i = 0; i < args.size(); ++i)
            if (!expect(args[i], t_.type_of(target[i]), "a value passed to the label")) return;
        }
        ended_ = true;
        break;
      }
      case Op::finish:
        ended_ = true;
        break;
      case Op::debug_merge_point:
        if (!args[0].is_const() || !args[1].is_const()) fail("takes constants");
        break;
      default:
        break;
    }
  }

  void check_snapshot(const Snapshot& snapshot) {
    size_t virtuals = snapshot.virtuals.size();
    if (snapshot.frames.empty()) return fail("a snapshot needs at least one frame");
    for (const ResumeFrame& frame : snapshot.frames) {
      if (!frame.regs.empty()) {
        if (frame.regs.size() != frame.values.size())
          return fail("a sparse frame needs one register per value");
        for (size_t k = 1; k < frame.regs.size(); ++k)
          if (frame.regs[k] <= frame.regs[k - 1])
            return fail("a sparse frame's registers must increase");
      }
      for (Value v : frame.values)
        if (!valid(v, true, virtuals)) return;
    }
    for (const VirtualObject& object : snapshot.virtuals) {
      if (!object.descr ||
          (object.descr->kind != Descr::Kind::Size && object.descr->kind != Descr::Kind::Array))
        return fail("a virtual object needs a size or array descriptor");
      bool array = object.descr->kind == Descr::Kind::Array;
      for (const auto& [field, value] : object.fields) {
        if (!valid(value, true, virtuals)) return;
        Type want = array   ? static_cast<const ArrayDescr*>(object.descr)->item_type
                    : field ? field->type
                            : Type::Void;
        if (!array && !field) return fail("a virtual object's field needs a descriptor");
        if (t_.type_of(value) != want) return fail("a virtual object's field has the wrong type");
      }
    }
    for (const RawStore& store : snapshot.raw_stores) {
      if (!store.field) return fail("a raw store needs a field descriptor");
      if (!valid(store.address, false, virtuals) || !valid(store.value, true, virtuals)) return;
      if (t_.type_of(store.address) != Type::Int) return fail("a raw store's address is an int");
      if (t_.type_of(store.value) != store.field->type)
        return fail("a raw store's value has the wrong type");
    }
  }

  const Trace& t_;
  size_t index_ = 0;
  std::string problem_;
  bool seen_non_input_ = false;
  bool ended_ = false;
  bool pending_overflow_ = false;
  std::unordered_map<const Descr*, size_t> labels_;
};

}  // namespace

bool verify(const Trace& trace, std::string* error) { return Verifier(trace).run(error); }

}  // namespace weft::jit
