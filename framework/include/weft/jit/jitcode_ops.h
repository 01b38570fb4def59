// The jitcode instruction set, as one table (docs/meta-tracing.md §3): name and argument codes.
// Jitcodes are what the codegen makes of the interpreter's functions; the tracer records trace
// IR while executing them, the blackhole interpreter just executes them.
//
// Argument codes (in order of appearance in the encoding):
//   i r f  a register of the int, ref or float bank (2 bytes; numbers past the bank's register
//          count name the jitcode's constants of that bank)
//   d      a descriptor (2 bytes, index into JitCode::descrs)
//   c      a callee jitcode (2 bytes, index into JitCode::callees)
//   b      a small unsigned immediate (1 byte)
//   L      a code offset (4 bytes)
//   I R F  a register list of that bank (1-byte count, then 2 bytes per register)
//   S      a switch table (2-byte count, then per case an 8-byte value and a 4-byte offset)
//   >x     the result register, of bank x
// The pure integer, float and reference operations have the names (and semantics) of the trace
// IR's operations, so the tracer records them as they are.
#pragma once

#define WEFT_JITCODE_OPS(X)                                                              \
  /* integer arithmetic and comparisons (as in ir_ops.h) */                              \
  X(int_add, "ii>i")                                                                     \
  X(int_sub, "ii>i")                                                                     \
  X(int_mul, "ii>i")                                                                     \
  X(int_floordiv, "ii>i")                                                                \
  X(int_mod, "ii>i")                                                                     \
  X(int_and, "ii>i")                                                                     \
  X(int_or, "ii>i")                                                                      \
  X(int_xor, "ii>i")                                                                     \
  X(int_lshift, "ii>i")                                                                  \
  X(int_rshift, "ii>i")                                                                  \
  X(uint_rshift, "ii>i")                                                                 \
  X(int_neg, "i>i")                                                                      \
  X(int_invert, "i>i")                                                                   \
  X(int_lt, "ii>i")                                                                      \
  X(int_le, "ii>i")                                                                      \
  X(int_eq, "ii>i")                                                                      \
  X(int_ne, "ii>i")                                                                      \
  X(int_gt, "ii>i")                                                                      \
  X(int_ge, "ii>i")                                                                      \
  X(uint_lt, "ii>i")                                                                     \
  X(uint_le, "ii>i")                                                                     \
  X(uint_gt, "ii>i")                                                                     \
  X(uint_ge, "ii>i")                                                                     \
  X(int_is_zero, "i>i")                                                                  \
  X(int_is_true, "i>i")                                                                  \
  /* narrow integers of the C++ source: keep the low `b` bits, sign- or zero-extended */ \
  X(int_sext, "ib>i")                                                                    \
  X(int_zext, "ib>i")                                                                    \
  /* overflow-checked arithmetic: jumps to L on overflow */                              \
  X(int_add_jump_if_ovf, "Lii>i")                                                        \
  X(int_sub_jump_if_ovf, "Lii>i")                                                        \
  X(int_mul_jump_if_ovf, "Lii>i")                                                        \
  /* floats and conversions */                                                           \
  X(float_add, "ff>f")                                                                   \
  X(float_sub, "ff>f")                                                                   \
  X(float_mul, "ff>f")                                                                   \
  X(float_truediv, "ff>f")                                                               \
  X(float_neg, "f>f")                                                                    \
  X(float_abs, "f>f")                                                                    \
  X(float_lt, "ff>i")                                                                    \
  X(float_le, "ff>i")                                                                    \
  X(float_eq, "ff>i")                                                                    \
  X(float_ne, "ff>i")                                                                    \
  X(float_gt, "ff>i")                                                                    \
  X(float_ge, "ff>i")                                                                    \
  X(cast_float_to_int, "f>i")                                                            \
  X(cast_int_to_float, "i>f")                                                            \
  X(ptr_eq, "rr>i")                                                                      \
  X(ptr_ne, "rr>i")                                                                      \
  /* register moves (the codegen's phi copies) */                                        \
  X(int_copy, "i>i")                                                                     \
  X(ref_copy, "r>r")                                                                     \
  X(float_copy, "f>f")                                                                   \
  /* control flow */                                                                     \
  X(goto_, "L")                                                                          \
  X(goto_if_not, "iL")                                                                   \
  X(switch_, "iS")                                                                       \
  X(int_return, "i")                                                                     \
  X(ref_return, "r")                                                                     \
  X(float_return, "f")                                                                   \
  X(void_return, "")                                                                     \
  /* the registers live here, where the tracer may put a guard (resume data) */          \
  X(live, "IRF")                                                                         \
  /* memory through descriptors */                                                       \
  X(getfield_gc_i, "rd>i")                                                               \
  X(getfield_gc_r, "rd>r")                                                               \
  X(getfield_gc_f, "rd>f")                                                               \
  X(setfield_gc_i, "rid")                                                                \
  X(setfield_gc_r, "rrd")                                                                \
  X(setfield_gc_f, "rfd")                                                                \
  X(getfield_raw_i, "id>i")                                                              \
  X(getfield_raw_f, "id>f")                                                              \
  X(getfield_raw_r, "id>r")                                                              \
  X(setfield_raw_i, "iid")                                                               \
  X(setfield_raw_f, "ifd")                                                               \
  X(setfield_raw_r, "ird")                                                               \
  X(getarrayitem_gc_i, "rid>i")                                                          \
  X(getarrayitem_gc_r, "rid>r")                                                          \
  X(getarrayitem_gc_f, "rid>f")                                                          \
  X(setarrayitem_gc_i, "riid")                                                           \
  X(setarrayitem_gc_r, "rird")                                                           \
  X(setarrayitem_gc_f, "rifd")                                                           \
  X(arraylen_gc, "rd>i")                                                                 \
  X(new_, "d>r")                                                                         \
  X(new_array, "id>r")                                                                   \
  /* calls: residual (native, described by a CallDescr) and inline (another jitcode) */  \
  X(residual_call_i, "idIRF>i")                                                          \
  X(residual_call_r, "idIRF>r")                                                          \
  X(residual_call_f, "idIRF>f")                                                          \
  X(residual_call_v, "idIRF")                                                            \
  X(inline_call_i, "cIRF>i")                                                             \
  X(inline_call_r, "cIRF>r")                                                             \
  X(inline_call_f, "cIRF>f")                                                             \
  X(inline_call_v, "cIRF")                                                               \
  /* hints */                                                                            \
  X(int_guard_value, "i")                                                                \
  X(ref_guard_value, "r")                                                                \
  /* isconstant / isvirtual: 1 if the tracer knows so, else 0 (blackhole: 0) */          \
  X(int_isconstant, "i>i")                                                               \
  X(ref_isconstant, "r>i")                                                               \
  X(ref_isvirtual, "r>i")                                                                \
  /* class_hints.h: whether the object is exactly of the size descriptor's GC type (in a \
     trace a guard_class); record_exact_class: it is, from here on, unchecked */         \
  X(ref_has_class, "rd>i")                                                               \
  X(record_exact_class, "rd")                                                            \
  X(jit_merge_point, "IRFIRF")                                                           \
  X(can_enter_jit, "IRFIRF")                                                             \
  X(portal_entry, "IRFIRF")
