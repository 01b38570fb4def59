#include <cinttypes>
#include <cmath>
#include <cstdio>

#include "weft/jit/ir_text.h"

namespace weft::jit {

namespace {

std::string print_constant(const Constant& c) {
  char buffer[64];
  switch (c.type) {
    case Type::Int:
      std::snprintf(buffer, sizeof buffer, "%" PRId64, c.as_int());
      return buffer;
    case Type::Ref:
      if (c.bits == 0) return "null";
      std::snprintf(buffer, sizeof buffer, "ref(0x%" PRIx64 ")", c.bits);
      return buffer;
    case Type::Float: {
      double d = c.as_float();
      if (std::isnan(d)) return "nan";
      if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
      std::snprintf(buffer, sizeof buffer, "%.17g", d);
      std::string text = buffer;
      if (text.find_first_of(".e") == std::string::npos) text += ".0";  // not an int
      return text;
    }
    case Type::Void:
      break;
  }
  return "?";
}

void print_snapshot(const Trace& trace, const Snapshot& snapshot, std::string& out) {
  out += " [";
  for (size_t f = 0; f < snapshot.frames.size(); ++f) {
    const ResumeFrame& frame = snapshot.frames[f];
    if (f) out += "; ";
    out += std::to_string(frame.jitcode) + "@" + std::to_string(frame.pc) + ":";
    for (size_t i = 0; i < frame.values.size(); ++i) {
      out += i ? ", " : " ";
      if (!frame.regs.empty()) out += "#" + std::to_string(frame.regs[i]) + "=";
      out += print_value(trace, frame.values[i]);
    }
  }
  for (size_t v = 0; v < snapshot.virtuals.size(); ++v) {
    const VirtualObject& object = snapshot.virtuals[v];
    bool array = object.descr && object.descr->kind == Descr::Kind::Array;
    out += v ? ", v" : " / v";
    out +=
        std::to_string(v) + " = " + (object.descr ? object.descr->name : "?") + (array ? "[" : "(");
    for (size_t i = 0; i < object.fields.size(); ++i) {
      if (i) out += ", ";
      if (!array) out += (object.fields[i].first ? object.fields[i].first->name : "?") + "=";
      out += print_value(trace, object.fields[i].second);
    }
    out += array ? "]" : ")";
  }
  for (size_t k = 0; k < snapshot.raw_stores.size(); ++k) {
    const RawStore& store = snapshot.raw_stores[k];
    out += k ? ", " : " ! ";
    out += (store.field ? store.field->name : "?") + "(" + print_value(trace, store.address) +
           ")=" + print_value(trace, store.value);
  }
  out += "]";
}

}  // namespace

std::string print_value(const Trace& trace, Value value) {
  switch (value.kind()) {
    case Value::Kind::Inst:
      // An instruction without a result (or past the end) has no name: show what is wrong.
      if (trace.type_of(value) == Type::Void) return "?" + std::to_string(value.index());
      return std::string(1, type_letter(trace.type_of(value))) + std::to_string(value.index());
    case Value::Kind::Const:
      return value.index() < trace.consts.size() ? print_constant(trace.constant(value)) : "?";
    case Value::Kind::Virtual:
      return "v" + std::to_string(value.index());
    case Value::Kind::None:
      break;
  }
  return "?";
}

std::string print_inst(const Trace& trace, size_t index) {
  const Inst& inst = trace.insts[index];
  std::string out;
  if (inst.type != Type::Void) out += print_value(trace, Value::inst(uint32_t(index))) + " = ";
  out += op_info(inst.op).name;
  out += "(";
  auto args = trace.args(inst);
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += ", ";
    out += print_value(trace, args[i]);
  }
  if (inst.descr) out += std::string(args.empty() ? "" : ", ") + "descr=" + inst.descr->name;
  out += ")";
  if (inst.snapshot >= 0 && size_t(inst.snapshot) < trace.snapshots.size())
    print_snapshot(trace, trace.snapshots[size_t(inst.snapshot)], out);
  return out;
}

std::string print_trace(const Trace& trace) {
  std::string out = "[";
  size_t i = 0;
  for (; i < trace.insts.size() && trace.insts[i].op == Op::input; ++i) {
    if (i) out += ", ";
    out += print_value(trace, Value::inst(uint32_t(i)));
  }
  out += "]\n";
  for (; i < trace.insts.size(); ++i) out += print_inst(trace, i) + "\n";
  return out;
}

}  // namespace weft::jit
