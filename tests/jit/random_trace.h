// A generator of random, verified traces for differential testing (optimizer and, later, the
// backend against the IR interpreter). A trace works on three ints, a float and two pointers to
// Cells (which the caller may make the same Cell, to test aliasing); it may loop (label/jump
// with a bounded counter), carries guards whose snapshots are told apart by their pc, loads and
// stores Cell fields, allocates Cells, and calls a function that writes Cell.b and an elidable
// one. It never divides by zero and never dereferences null, so every run is defined.
// With RandomTraceOptions::objects it also builds object graphs for allocation removal: Cells
// linked through Cell.next (nested and cyclic), small int and Cell arrays, snapshots and finish
// values that hold references, and escapes of every kind (stores into older objects, calls,
// jumps, guards on references); and it reads and writes raw memory (raw_memory()) through
// fields of every size, at constant and computed addresses that may overlap, and stores Cells
// (new ones included: virtual objects the optimizer keeps in raw memory) into a raw cell of
// its own (raw_ref_cell()), which it also reads back.
// With RandomTraceOptions::calls it makes portal calls as an interpreter's trace does
// (weft-toy's): input i6 is the activation's frame (marked private_frame), which the trace
// reads and writes (ints and Cells, new ones included), it fills a callee's frame, and it
// calls call_assembler with one of the tokens of portal_calls.h, given the callee's frame or
// its own (then the optimizer may keep nothing of that frame across the call).
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "weft/gc/field.h"
#include "weft/gc/tracer.h"
#include "weft/jit/ir.h"

namespace jit_test {

struct Cell {
  static constexpr const char* gc_name = "test.jit.Cell";
  int64_t a = 0;
  int64_t b = 0;
  double f = 0;
  weft::gc::Field<Cell> next;
  void gc_trace(weft::gc::Tracer& t) const { t(next); }
};

struct CellDescrs {
  weft::jit::DescrTable table;
  const weft::jit::FieldDescr* a;
  const weft::jit::FieldDescr* b;
  const weft::jit::FieldDescr* f;
  const weft::jit::FieldDescr* next;
  const weft::jit::LabelDescr* loop;
  const weft::jit::SizeDescr* cell;
  const weft::jit::CallDescr* add_to_b;           // int64 (Cell*, int64): writes Cell.b only
  const weft::jit::CallDescr* add_to_b_no_raw;    // the same, declared to touch no raw memory
  const weft::jit::CallDescr* mix;                // int64 (int64, int64): elidable
  const weft::jit::CallDescr* peek;               // int64 (object*): its first word; reads only
  const weft::jit::ArrayDescr* ints;              // int64 items
  const weft::jit::ArrayDescr* cells;             // Cell* items
  const weft::jit::FieldDescr* quasi;             // quasi-immutable int field of a static object
  std::vector<const weft::jit::FieldDescr*> raw;  // of raw memory: sizes 1 to 8, signed or not
  const weft::jit::FieldDescr* raw_ref;           // the reference cell after raw memory
  // Calls mode: a frame's int word and Cell word (at computed addresses), and the
  // call_assembler descriptors (EffectInfo::private_frames) of an int and a Cell result.
  const weft::jit::FieldDescr* frame_int;
  const weft::jit::FieldDescr* frame_ref;
  const weft::jit::CallDescr* portal_int;
  const weft::jit::CallDescr* portal_ref;
  CellDescrs();
};

// The raw memory traces of objects mode use (static, kRawBytes long): reset it before every
// run of a trace, and compare it after (after resume: it may perform raw stores). Then a
// word of raw memory beside it, which traces store Cell references into (CellDescrs::raw_ref,
// at offset kRawBytes of the same start): a GC root, null after a reset; compare what it
// refers to structurally.
// Then the caller's and the callee's frames of calls mode (kFrameWords each: ints, then Cell
// references, which are GC roots; reset_raw_memory fills the ints and clears the references).
constexpr size_t kRawBytes = 64;
constexpr size_t kFrameWords = 8, kFrameInts = 4;
std::span<uint8_t> raw_memory();
uint64_t raw_ref_cell();
void reset_raw_memory(uint64_t seed);
uint64_t caller_frame();  // the address calls mode passes as input i6
uint64_t callee_frame();
// What a run leaves that the tests compare: raw memory and the frames' int words, and the
// reference cell and the frames' references (to compare structurally).
std::vector<uint8_t> raw_bytes();
std::vector<uint64_t> raw_refs();

struct RandomTraceOptions {
  bool objects = false;  // allocations, Cell.next, arrays, references in snapshots (see above)
  bool calls = false;    // frames and call_assembler (see above)
};

// Builds a random trace from `seed`. Inputs: i0 (loop counter, start it at 0), i1, i2, f3, p4, p5,
// and in calls mode i6 (caller_frame()).
weft::jit::Trace random_trace(uint64_t seed, const CellDescrs& d,
                              const RandomTraceOptions& options = {});

}  // namespace jit_test
