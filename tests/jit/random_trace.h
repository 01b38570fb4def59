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
  CellDescrs();
};

// The raw memory traces of objects mode use (static, kRawBytes long): reset it before every
// run of a trace, and compare it after (after resume: it may perform raw stores). Then a
// word of raw memory beside it, which traces store Cell references into (CellDescrs::raw_ref,
// at offset kRawBytes of the same start): a GC root, null after a reset; compare what it
// refers to structurally.
constexpr size_t kRawBytes = 64;
std::span<uint8_t> raw_memory();
uint64_t raw_ref_cell();
void reset_raw_memory(uint64_t seed);

struct RandomTraceOptions {
  bool objects = false;  // allocations, Cell.next, arrays, references in snapshots (see above)
};

// Builds a random trace from `seed`. Inputs: i0 (loop counter, start it at 0), i1, i2, f3, p4, p5.
weft::jit::Trace random_trace(uint64_t seed, const CellDescrs& d,
                              const RandomTraceOptions& options = {});

}  // namespace jit_test
