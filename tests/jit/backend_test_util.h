// Differential checking of compiled traces against the IR interpreter.
#pragma once

#include <catch2/catch.hpp>
#include <span>
#include <string>
#include <vector>

#include "weft/jit/backend.h"
#include "weft/jit/ir_interp.h"
#include "weft/jit/ir_text.h"

namespace jit_test {

// What a run of a trace produced, in the backend's terms.
struct Outcome {
  const weft::jit::CompiledTrace* trace = nullptr;  // whose exit (compiled runs)
  weft::jit::ExitInfo::Kind kind = weft::jit::ExitInfo::Kind::OutOfMemory;
  uint32_t inst = 0;
  std::vector<weft::jit::Value> saved;
  std::vector<weft::jit::Type> types;
  std::vector<uint64_t> values;
};

inline Outcome run_compiled(const weft::jit::Backend& backend, const weft::jit::CompiledTrace& ct,
                            std::span<const uint64_t> inputs) {
  uint64_t io[weft::jit::Backend::kMaxIoWords];  // on the stack: the collector sees it
  const weft::jit::ExitInfo* e = backend.run(ct, inputs, io);
  Outcome o;
  o.trace = e->trace;
  o.kind = e->kind;
  o.inst = e->inst;
  o.saved = e->saved;
  o.types = e->types;
  o.values.assign(io, io + e->saved.size());
  return o;
}

// The interpreter's result for `t`, with the saved values of the exit the compiled trace `ct`
// (compiled from `t`) would take at the same instruction.
inline Outcome run_interpreted(const weft::jit::Trace& t, const weft::jit::CompiledTrace& ct,
                               std::span<const uint64_t> inputs,
                               const weft::jit::InterpOptions& options = {}) {
  using weft::jit::InterpResult;
  InterpResult r = weft::jit::interpret(t, inputs, options);
  Outcome o;
  if (r.exit == InterpResult::Exit::Error) {
    if (r.error != "out of memory") FAIL("interpreter error: " << r.error);
    return o;
  }
  if (r.exit == InterpResult::Exit::Jump) FAIL("the interpreter left through a jump");
  const weft::jit::ExitInfo* e = ct.exit_at(uint32_t(r.inst));
  REQUIRE(e != nullptr);
  o.kind = e->kind;
  o.inst = e->inst;
  o.saved = e->saved;
  o.types = e->types;
  for (weft::jit::Value v : e->saved) o.values.push_back(r.value_of(t, v));
  return o;
}

// Same exit, same saved values. References are compared through the inputs: a pointer that was
// input k of run A must be input k of run B; other pointers (new objects) must agree on null.
inline void check_same_outcome(const Outcome& a, std::span<const uint64_t> inputs_a,
                               const Outcome& b, std::span<const uint64_t> inputs_b) {
  REQUIRE(int(a.kind) == int(b.kind));
  REQUIRE(a.inst == b.inst);
  REQUIRE(a.values.size() == b.values.size());
  for (size_t k = 0; k < a.values.size(); ++k) {
    INFO("saved value " << k);
    if (a.types[k] != weft::jit::Type::Ref) {
      CHECK(a.values[k] == b.values[k]);
      continue;
    }
    bool found = false;
    for (size_t n = 0; n < inputs_a.size() && n < inputs_b.size(); ++n) {
      if (a.values[k] == inputs_a[n]) {
        CHECK(b.values[k] == inputs_b[n]);
        found = true;
        break;
      }
    }
    if (!found) CHECK((a.values[k] == 0) == (b.values[k] == 0));
  }
}

}  // namespace jit_test
