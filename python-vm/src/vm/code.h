// Bytecode, code objects and frames. Internal to python-vm.
// An instruction is one 32-bit word: opcode in the low 8 bits, argument in the upper 24.
#pragma once

#include <string>
#include <vector>

#include "runtime.h"

namespace weft::python {

#define WEFT_PY_OPCODES(X)                                                                         \
  X(NOP)                                                                                           \
  X(POP_TOP)                                                                                       \
  X(ROT_TWO)                                                                                       \
  X(ROT_THREE)                                                                                     \
  X(ROT_FOUR)                                                                                      \
  X(DUP_TOP)                                                                                       \
  X(DUP_TOP_TWO)                                                                                   \
  X(LOAD_CONST) X(LOAD_FAST) X(STORE_FAST) X(DELETE_FAST) X(LOAD_DEREF) X(STORE_DEREF)             \
      X(DELETE_DEREF) X(LOAD_CLOSURE) X(LOAD_CLASSDEREF) X(LOAD_GLOBAL) X(STORE_GLOBAL) X(         \
          DELETE_GLOBAL) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) X(LOAD_ATTR) X(STORE_ATTR)      \
          X(DELETE_ATTR) X(LOAD_METHOD) X(CALL_METHOD) X(BINARY_SUBSCR) X(STORE_SUBSCR) X(         \
              DELETE_SUBSCR) X(BUILD_SLICE) X(BINARY_OP) X(INPLACE_OP) X(UNARY_NEG) X(UNARY_POS)   \
              X(UNARY_INVERT) X(UNARY_NOT) X(COMPARE_OP) X(IS_OP) X(CONTAINS_OP) X(JUMP) X(        \
                  POP_JUMP_IF_FALSE) X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP)                   \
                  X(JUMP_IF_TRUE_OR_POP) X(JUMP_BACK) X(GET_ITER) X(FOR_ITER) X(BUILD_TUPLE) X(    \
                      BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(LIST_APPEND) X(SET_ADD) X(MAP_ADD)   \
                      X(LIST_EXTEND) X(SET_UPDATE) X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE)   \
                          X(UNPACK_SEQUENCE) X(UNPACK_EX) X(CALL) X(CALL_KW) X(CALL_EX)            \
                              X(MAKE_FUNCTION) X(RETURN_VALUE) X(SETUP_FINALLY) X(POP_BLOCK)       \
                                  X(POP_EXCEPT) X(RERAISE) X(RAISE) X(CHECK_EXC_MATCH)             \
                                      X(BEFORE_WITH) X(WITH_EXCEPT) X(IMPORT_NAME) X(IMPORT_FROM)  \
                                          X(IMPORT_STAR) X(YIELD_VALUE) X(YIELD_FROM)              \
                                              X(GET_YIELD_FROM_ITER) X(FORMAT_VALUE)               \
                                                  X(BUILD_STRING) X(LOAD_BUILD_CLASS)              \
                                                      X(LOAD_ASSERTION_ERROR) X(SETUP_ANNOTATIONS) \
                                                          X(COPY_FREE_VARS) X(RETURN_GENERATOR)    \
                                                              X(COPY) X(CALL_EXIT) X(MATCH)        \
                                                                  X(BINARY_SLICE) X(STORE_SLICE)

enum Op : uint8_t {
#define WEFT_X(n) OP_##n,
  WEFT_PY_OPCODES(WEFT_X)
#undef WEFT_X
      OP_COUNT
};
const char* op_name(int op);

inline uint32_t make_instr(int op, int arg) {
  return static_cast<uint32_t>(op) | (static_cast<uint32_t>(arg) << 8);
}

struct InstrPos {
  int line = 0, col = -1, end_line = 0, end_col = -1;
};

struct InlineCaches;

struct Code : Object {
  static constexpr const char* gc_name = "py.code";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Tuple> consts;
  gc::Field<Tuple> names;
  gc::Field<Tuple> varnames;  // locals: arguments first
  gc::Field<Tuple> cellvars;
  gc::Field<Tuple> freevars;
  gc::Field<Str> name;
  gc::Field<Str> qualname;
  gc::Field<Str> filename;
  // Entries of the inline caches (vm/inline_cache.h): LOAD_ATTR, STORE_ATTR, LOAD_METHOD and
  // LOAD_GLOBAL have their entry's number as argument, the entry holds the name.
  gc::Field<InlineCaches> caches;
  int argcount = 0;  // positional (incl. positional-only)
  int posonlycount = 0;
  int kwonlycount = 0;
  bool varargs = false;
  bool varkw = false;
  bool generator = false;
  bool coroutine = false;    // async def: calling it makes a coroutine
  bool name_locals = false;  // module / class body: names live in a dict
  int nlocals = 0;
  int ncells = 0;
  int nfree = 0;
  int stacksize = 0;
  int maxblocks = 0;  // most blocks a frame of this code can have (its SETUP_FINALLYs, capped)
  int firstline = 0;
  std::vector<uint32_t>* ops = nullptr;  // never freed (code lives as long as the VM)
  std::vector<InstrPos>* pos = nullptr;
  std::vector<int>* cell_args = nullptr;  // for each cell: argument index or -1
  const std::string* source = nullptr;    // the file's text (tracebacks)
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(consts);
    t(names);
    t(varnames);
    t(cellvars);
    t(freevars);
    t(name);
    t(qualname);
    t(filename);
    t(caches);
  }
};

enum BlockKind : uint8_t { kBlockFinally, kBlockExceptHandler };
struct Block {
  BlockKind kind;
  int handler;
  int level;
};
inline constexpr int kMaxBlocks = 24;

struct Frame {
  static constexpr const char* gc_name = "py.frame";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Code> code;
  gc::Field<Dict> globals;
  gc::Field<Dict> locals;  // name_locals code only
  gc::Field<Function> func;
  Frame* back = nullptr;  // not traced: the caller's frame is alive on the native stack
  // Where the arguments of this call ended when the caller's CALL instruction passed them from
  // its value stack (else anything outside the caller's stack): the caller's live stack top
  // while this frame runs (clear_dead_stack_slots).
  const VField* caller_top = nullptr;
  int pc = 0;
  int sp = 0;  // index into slots() of the next free stack slot
  int nblocks = 0;
  int nslots = 0;
  bool started = false;
  bool finished = false;
  int maxblocks = 0;
  VField* slots() { return reinterpret_cast<VField*>(this + 1); }
  const VField* slots() const { return reinterpret_cast<const VField*>(this + 1); }
  // The block stack follows the slots, sized per code object: most functions need none, and a
  // frame is allocated per call.
  Block* blocks() { return reinterpret_cast<Block*>(slots() + nslots); }
  void gc_trace(gc::Tracer& t) const {
    t(code);
    t(globals);
    t(locals);
    t(func);
    for (int i = 0; i < nslots; i++) slots()[i].trace(t);
  }
  size_t gc_size() const {
    return sizeof(Frame) + static_cast<size_t>(nslots) * sizeof(VField) +
           static_cast<size_t>(maxblocks) * sizeof(Block);
  }
};

struct Generator : Object {
  static constexpr const char* gc_name = "py.generator";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  gc::Field<Frame> frame;
  gc::Field<Str> name;
  gc::Field<Str> qualname;
  // kRunning while it runs; kWithBlocks: a GeneratorWithBlocks. One byte, so that the resume
  // of a plain generator tests both with one instruction.
  static constexpr uint8_t kRunning = 1, kWithBlocks = 2;
  uint8_t flags = 0;
  bool running() const { return flags & kRunning; }
  void set_running(bool on) { flags = on ? flags | kRunning : flags & ~kRunning; }
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(frame);
    t(name);
    t(qualname);
  }
};

// A generator (or coroutine) whose code has try/with blocks (finalizers.cpp closes one that is
// collected while suspended). It keeps its own exception state, as in CPython: what
// sys.exc_info() is in its `except` blocks across yields (generator_send).
struct GeneratorWithBlocks : Generator {
  VField handled;  // rt.handled when it last yielded (its innermost handler's exception)
  void gc_trace(gc::Tracer& t) const {
    Generator::gc_trace(t);
    handled.trace(t);
  }
};

// interp.cpp
// Calls a Python function with vectorcall-style arguments.
Value call_function(Function* f, Value* args, int64_t nargs, Tuple* kwnames);
// Nulls the value-stack slots above the live top of every running frame whose top is known:
// values popped from an expression stack stay there until the slot is reused, and the
// collector scans frames conservatively, so they would keep dead objects alive (and their
// __del__ from running) through a gc.collect(). `top`: where the arguments of the running
// native call end (the innermost frame's live top when they are on its stack).
void clear_dead_stack_slots(const Value* top);
// Runs (or resumes) a frame until it returns, yields (frame->finished stays false) or raises.
Value eval_frame(Frame* f, Value sent, bool throwing);
Value run_module_code(Code* code, Dict* globals);
Value run_code(Code* code, Dict* globals, Dict* locals);
// match.cpp: (True, captures...) when subject matches the pattern descriptor, else None
Value match_subject(Value descriptor, Value subject,
                    Value* values);  // module-level code, separate locals
Value generator_send(Generator* g, Value v, bool throwing);
void generator_init_type();
int instr_line(Code* code, int instr);
// inline_cache.cpp: numbers the cached instructions of a new code object (see Code::caches)
bool code_init_caches(Code* c);

}  // namespace weft::python
