// The toy language's runtime functions: what traces call rather than trace (loops over
// strings, output, map transitions, calls of user functions, errors). Every one has external
// linkage and WEFT_DONT_LOOK_INSIDE (or WEFT_ELIDABLE): the JIT calls them by name.

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>

#include "toy.h"
#include "weft/gc/roots.h"

namespace toy {

weft::jit::QuasiImmutable<const Code*> g_functions[kMaxFunctions];
TypeIds g_types;

void init_types() {
  g_types.int_box = weft::gc::type_id_of<IntBox>();
  g_types.float_box = weft::gc::type_id_of<FloatBox>();
  g_types.str = weft::gc::type_id_of<Str>();
  g_types.str_buf = weft::gc::type_id_of<StrBuf>();
  g_types.object = weft::gc::type_id_of<Object>();
}

Map g_empty_map;

namespace {
// Every other map; maps live as long as the program (never destroyed: traces hold them as
// constants until the process ends).
std::deque<Map>& g_maps = *new std::deque<Map>;
}  // namespace

namespace {
std::deque<std::string> g_symbol_names;
std::map<std::string, int64_t, std::less<>> g_symbols;
}  // namespace

int64_t intern(std::string_view name) {
  auto it = g_symbols.find(name);
  if (it != g_symbols.end()) return it->second;
  g_symbol_names.emplace_back(name);
  return g_symbols[std::string(name)] = int64_t(g_symbol_names.size() - 1);
}

const std::string& symbol_name(int64_t sym) { return g_symbol_names[size_t(sym)]; }

namespace {

StrBuf* new_buf(size_t capacity) {
  auto* buf = reinterpret_cast<StrBuf*>(
      toy_alloc_slow(g_types.str_buf, int64_t(offsetof(StrBuf, chars) + capacity)));
  buf->capacity = int64_t(capacity);
  return buf;
}

// The string of the first `length` bytes of `buf`. (The collector does not move objects and
// scans the native stack, so `buf` stays valid while this allocates.) The heap's inline
// bump-pointer path: string building makes one of these per `+`.
Str* str_of(StrBuf* buf, int64_t length) {
  auto* str = static_cast<Str*>(weft::gc::Heap::current()->allocate(g_types.str, sizeof(Str)));
  if (!str) toy_error("out of memory");
  str->kind = kStr;
  str->length = length;
  str->buf = buf;
  return str;
}

// memcpy of the few bytes a piece appended to a string usually has, without a call.
void copy_bytes(char* to, const char* from, size_t n) {
  if (n > 16) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {  // two words, overlapping when n < 16
    uint64_t head, tail;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + n - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

}  // namespace

Value* new_str(std::string_view s) {
  StrBuf* buf = new_buf(s.size());
  std::memcpy(buf->chars, s.data(), s.size());
  buf->used = int64_t(s.size());
  return str_of(buf, buf->used);
}

namespace {

// The text of a value as `+` and print show it; numbers are formatted into `buf`.
std::string_view text_of(Value* v, char (&buf)[64]) {
  if (!v) return "nil";
  switch (v->kind) {
    case kInt:
      return {buf,
              size_t(std::snprintf(buf, sizeof buf, "%" PRId64, static_cast<IntBox*>(v)->value))};
    case kFloat:
      return {buf,
              size_t(std::snprintf(buf, sizeof buf, "%.6f", static_cast<FloatBox*>(v)->value))};
    case kStr: {
      auto* s = static_cast<Str*>(v);
      return {s->chars(), size_t(s->length)};
    }
    default:
      return "<object>";
  }
}

std::string to_string(Value* v) {
  char buf[64];
  return std::string(text_of(v, buf));
}

}  // namespace

}  // namespace toy

using toy::Value;

extern "C" WEFT_DONT_LOOK_INSIDE Value* toy_alloc_slow(uint32_t type, int64_t bytes) {
  void* p = weft::gc::Heap::current()->allocate(type, size_t(bytes));
  if (!p) toy_error("out of memory");
  return static_cast<Value*>(p);
}

extern "C" WEFT_ELIDABLE int64_t toy_map_lookup(const toy::Map* map, int64_t sym) {
  for (size_t k = 0; k < map->names.size(); ++k)
    if (map->names[k] == sym) return int64_t(k);
  return -1;
}

// Elidable: the transition is made on the first call and the same map returned by every later
// one, so in a trace (map and name constants) the call folds away and the field is added by
// plain stores on the object, which may then stay virtual.
extern "C" WEFT_ELIDABLE toy::Map* toy_map_transition(toy::Map* map, int64_t sym) {
  if (map->names.size() >= toy::kMaxFields) return nullptr;
  toy::Map*& next = map->transitions[sym];
  if (!next) {
    next = &toy::g_maps.emplace_back();
    next->names = map->names;
    next->names.push_back(sym);
  }
  return next;
}

extern "C" WEFT_DONT_LOOK_INSIDE void toy_too_many_fields(int64_t sym) {
  toy_error(("an object has at most 8 fields (adding '" + toy::symbol_name(sym) + "')").c_str());
}

extern "C" WEFT_DONT_LOOK_INSIDE void toy_define(int64_t index, const toy::Code* code) {
  toy::g_functions[index].set(code);
}

// toy_print, toy_concat and toy_str_eq touch only GC objects, never the value stack
// (WEFT_NO_RAW_ACCESS): the boxes a trace keeps pending in the frame stay virtual across
// their calls. (A collection they run scans the frames, but an object whose store is still
// pending is live in compiled code, which the collector scans too, and it does not move.)
extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS void toy_print(Value* v) {
  std::string s = toy::to_string(v);
  s += '\n';
  std::fwrite(s.data(), 1, s.size(), stdout);
}

// String building. A left operand that ends its buffer's used part, with room after it, is
// extended in place: the result shares the buffer, and only the right operand's text is copied
// (the usual case of a string built by repeated `s = s + piece`). Otherwise the result gets a
// new buffer with as much room again, so that appending to it is in place next time.
namespace toy {
namespace {

// Whether `length` bytes of `buf` end its used part and `n` more fit: then they are appended in
// place.
bool appends_in_place(const StrBuf* buf, int64_t length, int64_t n) {
  return buf->used == length && buf->capacity - length >= n;
}

StrBuf* joined(std::string_view x, std::string_view y) {
  size_t length = x.size() + y.size();
  StrBuf* buf = new_buf(std::max<size_t>(16, 2 * length));
  std::memcpy(buf->chars, x.data(), x.size());
  std::memcpy(buf->chars + x.size(), y.data(), y.size());
  buf->used = int64_t(length);
  return buf;
}

[[gnu::noinline]] Value* concat_texts(Value* a, Value* b) {
  char bbuf[64];
  std::string_view y = text_of(b, bbuf);
  if (a && a->kind == kStr) {
    auto* s = static_cast<Str*>(a);
    StrBuf* buf = s->buf;
    if (appends_in_place(buf, s->length, int64_t(y.size()))) {
      copy_bytes(buf->chars + buf->used, y.data(), y.size());
      buf->used += int64_t(y.size());
      return str_of(buf, buf->used);
    }
  }
  char abuf[64];
  StrBuf* buf = joined(text_of(a, abuf), y);
  return str_of(buf, buf->used);
}

}  // namespace
}  // namespace toy

// The interpreter's `string + string` (interp.cpp): it makes the result string itself, an
// allocation traces can remove, and calls this for the text only.
extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS toy::StrBuf* toy_append(toy::StrBuf* buf,
                                                                            int64_t length,
                                                                            Value* b) {
  auto* t = static_cast<toy::Str*>(b);
  if (toy::appends_in_place(buf, length, t->length)) [[likely]] {
    toy::copy_bytes(buf->chars + length, t->chars(), size_t(t->length));
    buf->used = length + t->length;
    return buf;
  }
  return toy::joined({buf->chars, size_t(length)}, {t->chars(), size_t(t->length)});
}

// `a + b` when either is a string; the in-place append of a string to a string first, without
// concat_texts()' text buffers.
extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS Value* toy_concat(Value* a, Value* b) {
  if (a && b && a->kind == toy::kStr && b->kind == toy::kStr) {
    auto* s = static_cast<toy::Str*>(a);
    int64_t length = s->length + static_cast<toy::Str*>(b)->length;
    return toy::str_of(toy_append(s->buf, s->length, b), length);
  }
  return toy::concat_texts(a, b);
}

extern "C" WEFT_DONT_LOOK_INSIDE WEFT_NO_RAW_ACCESS int64_t toy_str_eq(Value* a, Value* b) {
  auto* x = static_cast<toy::Str*>(a);
  auto* y = static_cast<toy::Str*>(b);
  return x->length == y->length && std::memcmp(x->chars(), y->chars(), size_t(x->length)) == 0;
}

extern "C" WEFT_DONT_LOOK_INSIDE void toy_error(const char* message) {
  std::fflush(stdout);
  std::fprintf(stderr, "toy: error: %s\n", message);
  std::exit(1);
}

extern "C" WEFT_DONT_LOOK_INSIDE void toy_fail(int32_t error) {
  static const char* const kMessages[] = {
      "out of memory",
      "integer division by zero",
      "integer modulo by zero",
      "unsupported operand types for an arithmetic or comparison operator",
      "modulo of a float",
      "field access on a value that is not an object",
      "negation of a value that is not a number",
      "no such field",
      "bad bytecode",
  };
  toy_error(kMessages[error]);
}

extern "C" WEFT_DONT_LOOK_INSIDE void toy_bad_call(const toy::Code* callee, int64_t argc) {
  if (!callee) toy_error("call of an undefined function");
  toy_error(("function " + callee->name + " takes " + std::to_string(callee->nparams) +
             " arguments, got " + std::to_string(argc))
                .c_str());
}

extern "C" WEFT_DONT_LOOK_INSIDE void toy_too_deep() { toy_error("recursion too deep"); }
extern "C" WEFT_DONT_LOOK_INSIDE void toy_stack_full() { toy_error("recursion too deep"); }

extern "C" {
Value** g_stack_top = nullptr;
Value* g_stack[toy::kStackSlots];
int64_t g_call_depth = 0;
}

void toy::init_stack() {
  if (g_stack_top) return;
  g_stack_top = g_stack;
  weft::gc::add_root_range(reinterpret_cast<void* const*>(g_stack),
                           reinterpret_cast<void* const* const*>(&g_stack_top));
}
