// The runtime's shared state and the object protocol used by the interpreter, the built-in
// types and the builtins. Internal to python-vm.
//
// Error convention (like CPython): a function returning Value returns null when a Python
// exception is pending in rt.exc; functions returning int return -1 (bool-like ones: 1/0/-1).
// iter_next() returns null with no exception pending when the iterator is exhausted.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "weft/python/ast.h"
#include "weft/python/object.h"

namespace weft::python {

struct Frame;

// Makes the Values of a C++ array (a std::vector's storage, which the collector does not scan)
// roots while the guard lives: they stay alive and, in an evacuating heap, in place (docs/gc.md,
// "Moving"). The array must not be reallocated meanwhile.
class ValueRoots {
 public:
  ValueRoots(const Value* begin, size_t n)
      : begin_(reinterpret_cast<void* const*>(begin)), end_(begin_ + n) {
    gc::add_root_range(begin_, &end_);
  }
  ~ValueRoots() { gc::remove_root_range(begin_); }
  ValueRoots(const ValueRoots&) = delete;
  ValueRoots& operator=(const ValueRoots&) = delete;

 private:
  void* const* begin_;
  void* const* end_;
};

// The iterator types (objects/iter.cpp, iter_types.cpp): Iter objects (Layout::Iter) told
// apart by their kind; `iter` in WEFT_PY_BUILTIN_TYPES is CPython's `iterator` (__getitem__).
// clang-format off
#define WEFT_PY_ITER_TYPES(X)                                                                     \
  X(range_iterator) X(longrange_iterator) X(list_iterator) X(list_reverseiterator)                \
  X(tuple_iterator) X(str_ascii_iterator) X(str_iterator) X(bytes_iterator) X(dict_keyiterator)   \
  X(dict_valueiterator) X(dict_itemiterator) X(dict_reversekeyiterator)                           \
  X(dict_reversevalueiterator) X(dict_reverseitemiterator) X(set_iterator) X(callable_iterator)   \
  X(enumerate) X(zip) X(map) X(filter) X(reversed)
// clang-format on

#define WEFT_PY_BUILTIN_TYPES(X)                                                                \
  X(type)                                                                                       \
  X(object)                                                                                     \
  X(none)                                                                                       \
  X(notimpl)                                                                                    \
  X(ellipsis)                                                                                   \
  X(bool)                                                                                       \
  X(int)                                                                                        \
  X(float)                                                                                      \
  X(str)                                                                                        \
  X(bytes)                                                                                      \
  X(tuple)                                                                                      \
  X(list)                                                                                       \
  X(dict)                                                                                       \
  X(set)                                                                                        \
  X(frozenset) X(range) X(slice) X(function) X(builtin) X(method) X(cell) X(code) X(module)     \
      X(iter) X(generator) X(property) X(staticmethod) X(classmethod) X(super) X(bigint)        \
          X(dict_keys) X(dict_values) X(dict_items) WEFT_PY_ITER_TYPES(X) X(wrapper_descriptor) \
              X(method_descriptor) X(method_wrapper)

#define WEFT_PY_EXCEPTIONS(X)                                                                      \
  X(BaseException, object_type)                                                                    \
  X(SystemExit, BaseException)                                                                     \
  X(KeyboardInterrupt, BaseException)                                                              \
  X(GeneratorExit, BaseException)                                                                  \
  X(Exception, BaseException)                                                                      \
  X(StopIteration, Exception)                                                                      \
  X(ArithmeticError, Exception)                                                                    \
  X(ZeroDivisionError, ArithmeticError)                                                            \
  X(OverflowError, ArithmeticError)                                                                \
  X(AssertionError, Exception)                                                                     \
  X(AttributeError, Exception)                                                                     \
  X(LookupError, Exception)                                                                        \
  X(IndexError, LookupError)                                                                       \
  X(KeyError, LookupError)                                                                         \
  X(NameError, Exception) X(UnboundLocalError, NameError) X(TypeError, Exception)                  \
      X(ValueError, Exception) X(UnicodeError, ValueError) X(RuntimeError, Exception) X(           \
          RecursionError, RuntimeError) X(NotImplementedError, RuntimeError)                       \
          X(MemoryError, Exception) X(ImportError, Exception) X(ModuleNotFoundError, ImportError)  \
              X(OSError, Exception) X(FileNotFoundError, OSError) X(EOFError, Exception)           \
                  X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(                    \
                      StopAsyncIteration, Exception) X(Warning, Exception) X(UserWarning, Warning) \
                      X(DeprecationWarning, Warning) X(UnicodeEncodeError, UnicodeError) X(        \
                          UnicodeDecodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError) \
                          X(FloatingPointError, ArithmeticError) X(BufferError, Exception)         \
                              X(TabError, IndentationError) X(FileExistsError, OSError)            \
                                  X(PermissionError, OSError) X(IsADirectoryError, OSError)        \
                                      X(NotADirectoryError, OSError) X(TimeoutError, OSError) X(   \
                                          InterruptedError, OSError) X(ConnectionError, OSError)   \
                                          X(BrokenPipeError, ConnectionError)                      \
                                              X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) \
                                                  X(FutureWarning, Warning)                        \
                                                      X(PendingDeprecationWarning, Warning)        \
                                                          X(ImportWarning, Warning)                \
                                                              X(UnicodeWarning, Warning)           \
                                                                  X(BytesWarning, Warning)         \
                                                                      X(ResourceWarning, Warning)

#define WEFT_PY_NAMES(X)                                                                       \
  X(__init__)                                                                                  \
  X(__new__)                                                                                   \
  X(__repr__)                                                                                  \
  X(__str__)                                                                                   \
  X(__hash__)                                                                                  \
  X(__eq__)                                                                                    \
  X(__ne__)                                                                                    \
  X(__lt__)                                                                                    \
  X(__le__)                                                                                    \
  X(__gt__)                                                                                    \
  X(__ge__)                                                                                    \
  X(__len__)                                                                                   \
  X(__bool__)                                                                                  \
  X(__iter__)                                                                                  \
  X(__next__) X(__call__) X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__)         \
      X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__)   \
          X(__delete__) X(__enter__) X(__exit__) X(__name__) X(__qualname__) X(__module__)     \
              X(__doc__) X(__dict__) X(__class__) X(__classcell__) X(__main__) X(__builtins__) \
                  X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__index__) X(__int__)       \
                      X(__float__) X(__format__) X(__reversed__) X(__init_subclass__)          \
                          X(__set_name__) X(__file__) X(__missing__) X(__round__) X(__mro__)   \
                              X(__bases__) X(__base__) X(__slots__) X(args) X(send) X(close)   \
                                  X(keys) X(items) X(values) X(append) X(self) X(__debug__)    \
                                      X(__build_class__) X(__annotations__)

struct Runtime {
  // --- every word from here to `roots_end` is a GC root ---
#define WEFT_X(n) Type* n##_type;
  WEFT_PY_BUILTIN_TYPES(WEFT_X)
#undef WEFT_X
#define WEFT_X(n, b) Type* n;
  WEFT_PY_EXCEPTIONS(WEFT_X)
#undef WEFT_X
#define WEFT_X(n) Str* s_##n;
  WEFT_PY_NAMES(WEFT_X)
#undef WEFT_X
  Object* None;
  Object* True;
  Object* False;
  Object* NotImplemented;
  Object* Ellipsis;
  Str* empty_str;
  Tuple* empty_tuple;
  Dict* builtins;
  Dict* modules;
  List* interned_keep;   // keeps interned strings alive
  Object* memory_error;  // preallocated MemoryError instance
  Str* char_cache[128];
  Value exc;      // the pending (being raised) exception, or null
  Value handled;  // the exception being handled (sys.exc_info()), or null
  Value main_module;
  void* roots_end;
  // --- end of roots ---
  gc::Heap* heap = nullptr;
  Frame* frame = nullptr;  // innermost executing frame
  int depth = 0;
  int recursion_limit = 1000;
  std::vector<std::string> argv;
  std::string script_path;
  std::string script_dir;
};
extern Runtime rt;

void runtime_init(gc::Heap* heap);
void int_init_gmp();  // before any GMP allocation: counts GMP's memory (int.cpp)

// ---- allocation ----
template <class T>
T* alloc(Type* type, size_t tail = 0) {
  T* p;
  // Objects without a tail or finalizer take the collector's inlined fixed-size path
  // (make_with_tail is an out-of-line call: ~40 instructions an iterator in go).
  if constexpr (!std::is_same_v<T, gc::WeakRef> && !requires(T & t) { t.gc_finalize(); }) {
    if (tail == 0) {
      T* raw = rt.heap->allocate_fixed<T>();
      p = raw ? new (raw) T() : nullptr;
    } else {
      p = rt.heap->make_with_tail<T>(tail);
    }
  } else {
    p = rt.heap->make_with_tail<T>(tail);
  }
  if (!p) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  p->type = type;
  return p;
}
ValueArray* new_array(uint64_t cap);

// ---- errors (errors.cpp) ----
Value raise(Type* type, std::string_view msg);
Value raise_fmt(Type* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Value raise_value(Value exc_or_type, Value cause = Value(), bool has_cause = false);
Value make_exception(Type* type, Value* args, int64_t nargs);
bool exc_matches(Value exc, Value type_or_tuple);
bool pending_is(Type* type);  // rt.exc is an instance of type
// Sets the pending AttributeError's name and obj (a NameError's name: obj null), as CPython;
// returns null (attributes.cpp).
Value with_error_context(Str* name, Value obj);
void clear_exc();
const char* type_name(Value v);
void add_traceback(Code* code, int instr, Dict* globals = nullptr);
Value stop_iteration_value(Value exc);  // StopIteration's .value
struct SyntaxErrorInfo;
Value raise_syntax_error(const SyntaxErrorInfo& err, std::string_view filename,
                         std::string_view source);

// ---- types (type.cpp) ----
Type* type_of(Value v);
// The type Python code sees: type(x), x.__class__ (an int beyond 62 bits is an `int`, not the
// internal bigint type).
inline Type* visible_type(Value v) {
  Type* t = type_of(v);
  return t == rt.bigint_type ? rt.int_type : t;
}
Type* new_builtin_type(const char* name, Layout layout, Type* base);
Value lookup(Type* t, Str* name);  // MRO lookup; null without exception when missing
bool is_subtype(Type* a, Type* b);
bool isinstance(Value v, Type* t);
Value type_call(Type* t, Value* args, int64_t nargs, Tuple* kwnames);
// class_kwargs: the class statement's keywords other than metaclass (for __init_subclass__)
Value make_class(Str* name, Tuple* bases, Dict* ns, Dict* class_kwargs);
Value type_call_method(Value self, Value* args, int64_t nargs, Tuple* kw);
Value type_repr(Type* t);
void add_method(Type* t, const char* name, NativeFn fn);
void add_static(Type* t, const char* name, NativeFn fn);
// t.__new__ (a static method) calling fn with t as self: X.__new__(cls, ...) knows its X
void add_static_new(Type* t, NativeFn fn);
void add_classmethod(Type* t, const char* name, NativeFn fn);
// A read-only property `name` of t whose getter is fn (called with the instance as its one
// argument). False with an exception set when an allocation fails.
bool add_getter(Type* t, const char* name, NativeFn fn);
Value new_builtin(const char* name, NativeFn fn, Value self = Value());
std::string qualname(Type* t);

// ---- object protocol (object.cpp; object_repr.cpp: repr/str; attributes.cpp: attributes;
// ops.cpp: operators; compare.cpp: comparisons; container_protocol.cpp: items, iteration, len) ----
// Whether a special method found on a type is the user's (a Python function ...), not a built-in.
// A native function or method: builtin_function_or_method, or the descriptors and bound
// methods of built-in types' methods (wrapper_descriptor, method_descriptor, method-wrapper).
inline bool is_native_fn(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Builtin; }
inline bool user_defined(Value m) { return m && m.is_ptr() && !is_native_fn(m); }
Value repr(Value v);
Value to_str(Value v);
int truthy(Value v);
bool hash_of(Value v, int64_t* out);
Value getattr(Value obj, Str* name);
Value getattr_opt(Value obj, Str* name);  // null without exception when missing
int setattr(Value obj, Str* name, Value v);
int delattr(Value obj, Str* name);
Value generic_getattr(Value obj, Str* name, bool raise_missing);
// Class attribute d as read through obj, or through class t itself when obj is null: functions
// bind, class methods bind to t, properties and __get__ descriptors run (the descriptor step of
// attribute lookup; super() uses it too).
Value bind_descriptor(Value d, Value obj, Type* t);
Value bind_classmethod(Value cm, Type* t);  // classmethod cm read through class t
// X.__new__(sub)'s checks (CPython's tp_new_wrapper): sub a type, a subtype of x, and one
// whose instances x's constructor can make; returns sub, or null with the TypeError.
Value check_new_target(Type* x, Value sub);
Value call(Value f, Value* args, int64_t nargs, Tuple* kwnames = nullptr);
Value call0(Value f);
Value call1(Value f, Value a);
Value call2(Value f, Value a, Value b);
Value call_method(Value obj, Str* name, Value* args, int64_t nargs);
Value call_special(Value obj, Str* name, Value* args, int64_t nargs, bool* found);
Value binary_op(int op, Value a, Value b, bool inplace = false);
Value unary_op(int op, Value a);
Value rich_compare(int op, Value a, Value b);
int eq(Value a, Value b);  // 1, 0 or -1
int compare_bool(int op, Value a, Value b);
Value getitem(Value obj, Value key);
// the built-in behaviour, ignoring a subclass's override (list.__getitem__ & co.)
Value getitem_base(Value obj, Value key);
int setitem_base(Value obj, Value key, Value v);
int delitem_base(Value obj, Value key);
int contains_base(Value container, Value item);
Value get_iter_base(Value v);
int64_t length_base(Value v);
int setitem(Value obj, Value key, Value v);
int delitem(Value obj, Value key);
int contains(Value container, Value item);
Value get_iter(Value v);
// get_iter, with "'X' object is not iterable" for any object without the protocol (iter_types.cpp)
Value iter_of(Value v);
Value iter_next(Value it);
int64_t length(Value v);
bool is_callable(Value v);
Value format_value(Value v, Str* spec);
Value object_repr_default(Value v);
Value ascii_of(Value v);
int64_t object_id(Value v);
// Collects an iterable into a new list.
List* sequence_to_list(Value iterable);
// Fast access to the items of a tuple or list (others: converted to a tuple first).
Value as_sequence(Value v, Value** items, int64_t* n);

// ---- argument parsing (function.cpp) ----
// Matches positional and keyword arguments to `names` (out[i] stays null when not given).
// Raises CPython-style TypeErrors for too many/few or unknown arguments.
bool parse_args(const char* fname, Value* args, int64_t nargs, Tuple* kwnames, int min_args,
                std::initializer_list<const char*> names, Value* out);
bool no_kwargs(const char* fname, Tuple* kwnames);

// ---- ints (int.cpp) ----
Value new_int(int64_t v);
Value int_from_mpz(const mpz_t z);
Value int_from_string(std::string_view s, int base);
Value int_from_double(double d);
bool is_int(Value v);  // int or bool
// int or bool but not an int subclass (CPython's PyLong_CheckExact || PyBool_Check)
inline bool is_exact_int_or_bool(Value v) {
  return v.is_small() || v.obj()->type == rt.bigint_type || v.obj()->type == rt.bool_type;
}
bool int_to_int64(Value v, int64_t* out);  // false (no exception) when too large
bool is_index(Value v);  // an int, or an object with __index__ (usable as a sequence index)
Value int_index(Value v, int64_t* out);      // TypeError/OverflowError; returns v or null
void int_to_mpz(Value v, mpz_t out);         // out must be initialized
Value int_binary(int op, Value a, Value b);  // NotImplemented when b is not an int
Value int_pow(Value a, Value b, Value mod);
Value int_neg(Value a);
Value int_invert(Value a);
Value int_abs(Value a);
int int_compare(Value a, Value b);
double int_to_double(Value v, bool* overflow);
std::string int_to_string(Value v, int base = 10);
int64_t int_hash(Value v);
int int_sign(Value v);
void int_init_type();

// ---- floats (float.cpp) ----
// Inline, with the collector's fixed-size fast path: float arithmetic allocates a result each.
inline Value new_float(double d) {
  Float* f = rt.heap->allocate_fixed<Float>();
  if (!f) {
    rt.exc = rt.memory_error;
    return Value();
  }
  f->type = rt.float_type;
  f->v = d;
  return f;
}
inline double float_val(Value v) { return v.as<Float>()->v; }
std::string float_repr(double d);
Value float_binary(int op, Value a, Value b);
bool to_double(Value v, double* out);  // int/float/bool; false with no exception otherwise
int64_t float_hash(double d);
Value float_format(double d, char type, int precision, bool alt);
void float_init_type();

// ---- strings (str.cpp, str_methods.cpp, format.cpp) ----
Value new_str(std::string_view s);
Str* new_str_raw(int64_t size);  // uninitialized contents; call str_finish()
// A result of `bytes` bytes (a str/bytes built from a count or width the program gave) can fit
// the heap: false with MemoryError raised when it cannot, before C++ buffers of that size are
// made (a std::bad_alloc would end the process).
bool result_size_ok(int64_t bytes);
void str_finish(Str* s);
Str* intern(std::string_view s);
Value new_bytes(std::string_view s);
int64_t str_hash(Str* s);
bool str_eq(Str* a, Str* b);
Value str_repr(Str* s);
Value bytes_repr(Str* s);
Value str_concat(Str* a, Str* b);
Value str_getitem(Str* s, Value key);
Value str_mod(Str* fmt, Value args);
Value bytes_mod(Str* fmt, Value args);
Value str_format_method(Str* fmt, Value* args, int64_t nargs, Tuple* kwnames);
Value format_with_spec(Value v, std::string_view spec);
Value str_from_codepoint(uint32_t cp);
uint32_t utf8_decode_at(const char* p, int64_t* len);
// str.encode / bytes.decode (codecs.cpp): utf-8, ascii, latin-1; LookupError for others
Value codec_encode(Str* s, std::string_view encoding, std::string_view errors);
Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors);
bool unicode_error_str(Exception* e, Value* out);  // CPython's message from the five arguments
void utf8_encode(std::string& out, uint32_t cp);
std::vector<uint32_t> str_codepoints(Str* s);
int64_t utf8_index_to_offset(Str* s, int64_t index);
void str_init_type();
void bytes_init_type();

// ---- containers ----
Tuple* new_tuple(int64_t n);
Value tuple_from_array(const Value* items, int64_t n);
Value tuple_getitem(Tuple* t, Value key);
void tuple_init_type();
List* new_list(int64_t n);  // size n, items null until set
bool list_append(List* l, Value v);
Value list_getitem(List* l, Value key);
int list_setitem(List* l, Value key, Value v);
int list_delitem(List* l, Value key);
inline void list_set(List* l, int64_t i, Value v) { l->store->items()[i] = v; }
// l[start:stop] (0 <= start, stop <= size; stop < start: empty), a new list.
List* list_slice(List* l, int64_t start, int64_t stop);
// l[start:stop] = v, with the same bounds; -1 with the exception set (v not iterable ...).
int list_assign_slice(List* l, int64_t start, int64_t stop, Value v);
bool list_extend(List* l, Value iterable);
int list_sort(List* l, Value key, bool reverse);
void list_init_type();
Dict* new_dict();
Value dict_get(Dict* d, Value key);  // null: missing (no exception) or error (rt.exc set)
Value dict_get_str(Dict* d, Str* key);
int dict_set(Dict* d, Value key, Value v);
int dict_set_str(Dict* d, Str* key, Value v);
int dict_del(Dict* d, Value key);  // 0: deleted, 1: missing, -1: error
Value dict_pop_item(Dict* d, int64_t entry, Value* key_out);
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
int dict_update(Dict* d, Value other);
Value dict_getitem(Dict* d, Value key);  // KeyError/__missing__
Dict* dict_copy(Dict* d);
void dict_init_type();
Set* new_set(Type* type);
int set_add(Set* s, Value v);
int set_contains(Set* s, Value v);
int set_discard(Set* s, Value v);  // 0: removed, 1: missing, -1: error
bool set_next(Set* s, int64_t* pos, Value* key);
void set_assign(Set* dst, Set* src);
bool set_update(Set* s, Value iterable);
Value set_binary(int op, Value a, Value b);
void set_init_type();
// ---- range and slice (range.cpp) ----
// range(start, stop, step) of any ints (exact ints, step != 0).
Value new_range_of(Value start, Value stop, Value step);
// A range's numbers as Python ints (null only when out of memory).
Value range_start(Range* r);
Value range_stop(Range* r);
Value range_step(Range* r);
Value range_length(Range* r);
int64_t range_len(Range* r);  // len(): -1 with OverflowError past int64, as CPython
bool range_empty(Range* r);
Value range_item(Range* r, Value key);      // r[int] or r[slice]
int range_contains_int(Range* r, Value x);  // x an int: 1, 0 or -1 (error)
// iter(r) or reversed(r): a range_iterator while the values are small ints, else a
// longrange_iterator (Python ints in the Iter's a, b, c: next value, step, values left).
Value range_iter(Range* r, bool reversed);
Value long_range_next(Iter* it);
Value range_repr(Range* r);
bool range_hash(Range* r, int64_t* out);
bool range_equal(Range* x, Range* y);
void range_init_type();
Value new_slice(Value a, Value b, Value c);
// Resolves a slice against a sequence length: start, stop, step and the result length.
bool slice_indices(Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count);
void slice_init_type();
// The same against any length, as Python ints (slice.indices(), range slicing).
bool slice_indices_of(Slice* s, Value len, Value* start, Value* stop, Value* step);
// The bounds of [lo:hi] (no step) against a sequence length, as slice_indices resolves them,
// when lo and hi are small ints or None (false otherwise: the caller builds a slice object).
inline bool slice_bounds(Value lo, Value hi, int64_t len, int64_t* start, int64_t* stop) {
  auto clamp = [len](Value v, int64_t none, int64_t* out) {
    if (v.is_small()) {
      int64_t x = v.small_val();
      if (x < 0) {
        x += len;
        if (x < 0) x = 0;
      } else if (x > len) {
        x = len;
      }
      *out = x;
      return true;
    }
    *out = none;
    return v == Value(rt.None);
  };
  return clamp(lo, 0, start) && clamp(hi, len, stop);
}
// A built-in iterator of `kind` (IterKind) over `a` (and `b`), of that kind's type (a str
// iterator: str_ascii_iterator or str_iterator by the string); dict and set kinds take their
// position and counts from the container, not from `index`/`end`.
Value new_iter(int kind, Value a, Value b = Value(), int64_t index = 0, int64_t end = 0);
enum IterKind {
  kIterList,
  kIterTuple,
  kIterStr,
  kIterBytes,
  kIterRange,
  kIterDictKeys,
  kIterDictValues,
  kIterDictItems,
  kIterEnumerate,
  kIterZip,
  kIterMap,
  kIterFilter,
  kIterReversed,
  kIterSeq,
  kIterCallable,
  kIterSetItems,
  kIterLongRange,
  kIterListReversed,
  kIterDictRevKeys,
  kIterDictRevValues,
  kIterDictRevItems,
  kIterToolsFirst,  // itertools' kinds follow (modules/itertools_module.cpp)
  kIterCount = kIterToolsFirst + 24
};
// Makes `t` the type of `kind`'s iterators (new_iter), for kinds defined outside iter.cpp.
void register_iter_kind(int kind, Type* t);
// __iter__ (self) and __next__ (iter_builtin_next) of a type of built-in iterators.
void add_iter_protocol(Type* t);
// The next value of an itertools iterator (kind >= kIterToolsFirst), as iter_builtin_next.
Value itertools_next(Iter* it);
// A list iterator's index once it has ended (it stays ended when the list grows, as in CPython).
inline constexpr int64_t kExhausted = INT64_MAX;
// The next value of a built-in iterator; null when exhausted (rt.exc set on an error).
Value iter_builtin_next(Iter* it);
void iter_init_type();
void iter_add_pickling();  // iter_reduce.cpp: __reduce__/__setstate__ of the built-in iterators
// enumerate, zip, map, filter, reversed: constructors, __length_hint__ (iter_types.cpp).
void iter_types_init();

// ---- functions, methods, cells (function.cpp) ----
Value new_method(Value func, Value self);
Cell* new_cell(Value v);
void function_init_types();

// ---- exceptions (exceptions.cpp) ----
void exceptions_init();
void print_exception(Value exc);  // traceback + message to stderr
// traceback objects (traceback_objects.cpp): e.__traceback__ / sys.exc_info()[2], and setting it
Value exception_traceback(Exception* e);
int exception_set_traceback(Exception* e, Value tb);  // -1 with TypeError
std::string format_exception_text(Value exc);         // what print_exception writes
std::string format_traceback_entry(Code* code, int instr);
Value exception_str(Exception* e);
Value exception_args(Exception* e);  // e.args as Python sees it (OSError leaves out filenames)

// ---- builtins and modules ----
void builtins_init();
// A new native module called `name` (its __name__ set, an empty dict otherwise); null with
// MemoryError pending.
PyModule* new_native_module(const char* name);
// The builtins written in Python (complex, bytearray, memoryview, BaseExceptionGroup,
// ExceptionGroup: lib/_weft_*.py) are installed when first named (complex.cpp): lazy_builtin
// installs the one called `name` and returns it, or null (an exception pending if the import
// failed) when name is none of them or was installed before; install_lazy_builtins installs
// them all (before the builtins' dict is shown whole).
Value lazy_builtin(Str* name);
bool install_lazy_builtins();
void io_init();
Value import_module(Str* name);  // absolute dotted name; returns the module itself
// Sets ImportError.name/.path on the pending exception.
void set_import_error_attrs(Value name, Value path);
Value import_name(Str* name, Value fromlist, int64_t level, Dict* globals);  // IMPORT_NAME
// -m: the file to run as __main__ and its package; false with an exception when not found
bool find_main_module(const std::string& name, std::string* file, std::string* package);
// A module the import system made gets __spec__, __loader__ and __cached__ the first time a
// program asks for one (lib/importlib.py's _weft_module_attrs): module_spec_attr(d, name), for
// `name` missing from the module dict `d` (an attribute, a global, or `__dir__` for dir()), adds
// them if `name` is one of those and `d` is such a module's dict (`m.__dict__` alone does not:
// lib modules read it at import); false with an exception
// pending if that failed. add_main_spec: `-m`'s __main__ (`module` is its real name).
bool module_spec_attr(Dict* d, Str* name);
// Whether the module registered as `name` is running its body (an import of it in progress).
bool module_initializing(Str* name);
bool add_main_spec(Dict* globals, const std::string& module);
Value print_to_stdout(std::string_view s);
void flush_stdout();
// When sys.stdout's buffer is written out besides flush(): at every write, at a newline, or when
// 64 KiB have gathered (and before anything goes to stderr, so the two stay in order).
enum class StdoutBuffering { None, Line, Block };
void set_stdout_buffering(StdoutBuffering mode);
StdoutBuffering stdout_buffering();

}  // namespace weft::python
