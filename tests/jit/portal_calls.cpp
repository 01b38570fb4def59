#include "portal_calls.h"

#include <cstring>

#include "weft/gc/heap.h"

namespace jit_test {

using namespace weft::jit;

namespace {

uint64_t* words_at(uint64_t frame) { return reinterpret_cast<uint64_t*>(frame); }
Cell* cell_at(uint64_t frame, size_t k) { return reinterpret_cast<Cell*>(words_at(frame)[k]); }
void set_cell(uint64_t frame, size_t k, Cell* c) {
  words_at(frame)[k] = reinterpret_cast<uintptr_t>(c);
}

// The raw memory's 8-byte word at offset 8 (raw.i64): the callees' global variable.
void bump_raw_word() {
  uint64_t w;
  std::memcpy(&w, raw_memory().data() + 8, 8);
  w += 1;
  std::memcpy(raw_memory().data() + 8, &w, 8);
}

Cell* new_cell() {
  Cell* c = weft::gc::Heap::current()->make<Cell>();
  if (!c) std::abort();
  return c;
}

uint64_t g_int_calls = 0;

int64_t callee_int(CallAssemblerToken*, uint64_t frame, int64_t x) {
  Cell* c = cell_at(frame, kFrameInts);
  uint64_t r = words_at(frame)[0] * 31 + uint64_t(x) + (c ? uint64_t(c->a) : 7);
  words_at(frame)[1] = r;
  bump_raw_word();
  // The caller's references are on the native stack or in its registers only: a collection
  // here checks that compiled code keeps them where the conservative scan finds them.
  if (++g_int_calls % 8 == 0) weft::gc::Heap::current()->collect(weft::gc::CollectionKind::Minor);
  Cell* n = new_cell();
  n->a = int64_t(r);
  n->next = c;
  set_cell(frame, kFrameInts + 1, n);
  return int64_t(r);
}

Cell* callee_cell(CallAssemblerToken*, uint64_t frame, int64_t x) {
  Cell* n = new_cell();
  n->a = int64_t(words_at(frame)[0] + uint64_t(x));
  n->b = int64_t(words_at(frame)[2]);
  n->next = cell_at(frame, kFrameInts + 2);
  words_at(frame)[2] = uint64_t(x);
  return n;
}

// What the stub's callee trace returns when its guard fails (x >= 50): the stub's after-exit
// function gives it.
int64_t left_value(int64_t x) { return int64_t(uint64_t(x) ^ 0x5a5a); }

// The C++ twin of the callee trace (make_callee_trace).
int64_t callee_twin(CallAssemblerToken*, uint64_t frame, int64_t x) {
  if (!(x < 50)) return left_value(x);
  uint64_t r = words_at(frame)[0] + uint64_t(x);
  words_at(frame)[1] = r;
  Cell* n = new_cell();
  n->a = int64_t(r);
  set_cell(frame, kFrameWords - 1, n);
  return int64_t(r);
}

uint64_t g_guard_exits = 0;

uint64_t stub_left(CallAssemblerToken*, const ExitInfo* exit, uint64_t*, const uint64_t* words) {
  if (exit->kind != ExitInfo::Kind::Guard) std::abort();
  ++g_guard_exits;
  return uint64_t(left_value(int64_t(words[1])));
}

CallAssemblerToken g_tokens[kCallees] = {
    {reinterpret_cast<uintptr_t>(&callee_int), 0},
    {reinterpret_cast<uintptr_t>(&callee_cell), 0},
    {reinterpret_cast<uintptr_t>(&callee_twin), 0},
};

// [i0 frame, i1 x]: what callee_twin does, as a trace.
Trace make_callee_trace(const CellDescrs& d) {
  Trace t;
  Value frame = t.input(Type::Int), x = t.input(Type::Int);
  Value w0 = t.emit(Op::getfield_raw, {frame}, d.frame_int);
  Value r = t.emit(Op::int_add, {w0, x});
  Value small = t.emit(Op::int_lt, {x, t.const_int(50)});
  t.emit_guard(Op::guard_true, {small}, Snapshot{{ResumeFrame{1, 0, {frame, x}}}, {}});
  t.emit(Op::setfield_raw, {t.emit(Op::int_add, {frame, t.const_int(8)}), r}, d.frame_int);
  Value n = t.emit(Op::new_object, {}, d.cell);
  t.emit(Op::setfield_gc, {n, r}, d.a);
  Value last = t.emit(Op::int_add, {frame, t.const_int(int64_t(8 * (kFrameWords - 1)))});
  t.emit(Op::setfield_raw, {last, n}, d.frame_ref);
  t.emit(Op::finish, {r});
  return t;
}

}  // namespace

const CallAssemblerToken* portal_token(Callee callee) { return &g_tokens[int(callee)]; }

PortalCallees::PortalCallees(Backend& backend, const CellDescrs& descrs) : backend_(backend) {
  std::string error;
  callee_ = backend.compile_trace(make_callee_trace(descrs), "portal-callee", &error);
  CallStubSpec spec;
  spec.reds = 2;
  spec.slow = reinterpret_cast<uintptr_t>(&callee_twin);
  spec.after_exit = reinterpret_cast<uintptr_t>(&stub_left);
  spec.counter = &entries_;
  uintptr_t stub = backend.compile_call_stub(spec);
  if (!callee_ || !stub) {
    std::fprintf(stderr, "portal callees: %s\n", error.c_str());
    std::abort();
  }
  CallAssemblerToken& t = g_tokens[int(Callee::Stub)];
  t.helper = stub;
  t.entry = backend.entry_of(*callee_);
}

PortalCallees::~PortalCallees() {
  CallAssemblerToken& t = g_tokens[int(Callee::Stub)];
  t.helper = reinterpret_cast<uintptr_t>(&callee_twin);
  t.entry = 0;
  backend_.free(callee_);
}

uint64_t PortalCallees::guard_exits() { return g_guard_exits; }

void PortalCallees::direct(bool on) {
  g_tokens[int(Callee::Stub)].entry = on ? backend_.entry_of(*callee_) : 0;
}

}  // namespace jit_test
