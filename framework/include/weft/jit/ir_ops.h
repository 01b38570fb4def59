// The trace IR's operations, as one table (in the manner of LuaJIT's lj_ir.h): name, result
// type, operand signature and properties. Everything that needs to know about operations (the
// printer, the parser, the verifier, the interpreter, the optimizer's generic passes) reads this
// table instead of switching over opcodes.
//
// Operand signature letters: i int, r ref, f float, * any number of values of any type (the
// descriptor says which). Result: v void, i int, r ref, f float, d "from the descriptor".
// Properties:
//   PURE   no side effect, result depends only on the operands: may be folded, CSE'd, removed
//   GUARD  may leave the trace; carries a resume snapshot
//   DESCR  takes a descriptor (field, array, size, call, label)
//   LOAD   reads memory   STORE writes memory   ALLOC allocates   CALL calls a function
//   OVF    sets the overflow flag read by the guard_(no_)overflow that must follow it
//   CTRL   label / jump / finish
#pragma once

#define WEFT_IR_OPS(X)                                                \
  /* trace inputs and copies */                                       \
  X(input, d, "", 0)                                                  \
  X(same_as, d, "*", PURE)                                            \
  /* integer arithmetic (64-bit, wrapping) */                         \
  X(int_add, i, "ii", PURE)                                           \
  X(int_sub, i, "ii", PURE)                                           \
  X(int_mul, i, "ii", PURE)                                           \
  X(int_floordiv, i, "ii", PURE) /* C semantics: truncates; b != 0 */ \
  X(int_mod, i, "ii", PURE)      /* C semantics; b != 0 */            \
  X(int_and, i, "ii", PURE)                                           \
  X(int_or, i, "ii", PURE)                                            \
  X(int_xor, i, "ii", PURE)                                           \
  X(int_lshift, i, "ii", PURE)  /* shift count 0..63 */               \
  X(int_rshift, i, "ii", PURE)  /* arithmetic */                      \
  X(uint_rshift, i, "ii", PURE) /* logical */                         \
  X(int_neg, i, "i", PURE)                                            \
  X(int_invert, i, "i", PURE)                                         \
  X(int_lt, i, "ii", PURE)                                            \
  X(int_le, i, "ii", PURE)                                            \
  X(int_eq, i, "ii", PURE)                                            \
  X(int_ne, i, "ii", PURE)                                            \
  X(int_gt, i, "ii", PURE)                                            \
  X(int_ge, i, "ii", PURE)                                            \
  X(uint_lt, i, "ii", PURE)                                           \
  X(uint_le, i, "ii", PURE)                                           \
  X(uint_gt, i, "ii", PURE)                                           \
  X(uint_ge, i, "ii", PURE)                                           \
  X(int_is_zero, i, "i", PURE)                                        \
  X(int_is_true, i, "i", PURE)                                        \
  X(int_add_ovf, i, "ii", OVF)                                        \
  X(int_sub_ovf, i, "ii", OVF)                                        \
  X(int_mul_ovf, i, "ii", OVF)                                        \
  /* floating point (IEEE double) */                                  \
  X(float_add, f, "ff", PURE)                                         \
  X(float_sub, f, "ff", PURE)                                         \
  X(float_mul, f, "ff", PURE)                                         \
  X(float_truediv, f, "ff", PURE)                                     \
  X(float_neg, f, "f", PURE)                                          \
  X(float_abs, f, "f", PURE)                                          \
  X(float_lt, i, "ff", PURE)                                          \
  X(float_le, i, "ff", PURE)                                          \
  X(float_eq, i, "ff", PURE)                                          \
  X(float_ne, i, "ff", PURE)                                          \
  X(float_gt, i, "ff", PURE)                                          \
  X(float_ge, i, "ff", PURE)                                          \
  X(cast_float_to_int, i, "f", PURE) /* truncates; in range */        \
  X(cast_int_to_float, f, "i", PURE)                                  \
  /* references */                                                    \
  X(ptr_eq, i, "rr", PURE)                                            \
  X(ptr_ne, i, "rr", PURE)                                            \
  /* heap access through descriptors */                               \
  X(getfield_gc, d, "r", DESCR | LOAD)                                \
  X(setfield_gc, v, "r*", DESCR | STORE)                              \
  X(getfield_raw, d, "i", DESCR | LOAD)                               \
  X(setfield_raw, v, "i*", DESCR | STORE)                             \
  X(getarrayitem_gc, d, "ri", DESCR | LOAD)                           \
  X(setarrayitem_gc, v, "ri*", DESCR | STORE)                         \
  X(arraylen_gc, i, "r", DESCR | LOAD)                                \
  X(new_object, r, "", DESCR | ALLOC)                                 \
  X(new_array, r, "i", DESCR | ALLOC)                                 \
  /* calls: first operand is the function address */                  \
  X(call, d, "i*", DESCR | CALL)                                      \
  /* a portal call through compiled code: token, arguments */         \
  X(call_assembler, d, "i*", DESCR | CALL)                            \
  /* guards */                                                        \
  X(guard_true, v, "i", GUARD)                                        \
  X(guard_false, v, "i", GUARD)                                       \
  X(guard_value, v, "**", GUARD) /* operand equals the constant */    \
  X(guard_class, v, "ri", GUARD) /* object's GC type id equals */     \
  X(guard_nonnull, v, "r", GUARD)                                     \
  X(guard_isnull, v, "r", GUARD)                                      \
  X(guard_no_overflow, v, "", GUARD)                                  \
  X(guard_overflow, v, "", GUARD)                                     \
  X(guard_not_invalidated, v, "", GUARD)                              \
  /* control */                                                       \
  X(label, v, "*", DESCR | CTRL)                                      \
  X(jump, v, "*", DESCR | CTRL)                                       \
  X(finish, v, "*", CTRL)                                             \
  /* the operand is a portal activation's own frame (JitDriver) */    \
  X(private_frame, v, "i", 0)                                         \
  /* the object's GC type id is the constant, unchecked (no code) */  \
  X(record_exact_class, v, "ri", 0)                                   \
  /* what a bridge's parent established before the guard it starts    \
     at (tracer_bridge.cpp): it holds here, unchecked (no code) */    \
  X(assume_true, v, "i", 0)                                           \
  X(assume_false, v, "i", 0)                                          \
  X(assume_nonnull, v, "r", 0)                                        \
  X(assume_value, v, "**", 0)      /* operand equals the constant */  \
  X(debug_merge_point, v, "ii", 0) /* jitcode id, pc: source position */
