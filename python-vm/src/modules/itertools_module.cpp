// `itertools` as native iterator types, as CPython's C module: each iterator is an Iter (iter.cpp)
// of its own kind and type (count, chain, ...), so type names, reprs, subclassing and argument
// errors at call time are CPython's, and for loops advance them without a Python call.
// State per kind (Iter's a, b, c and index/end/step) is described at each kind's constructor.
#include "objects/value_attrs.h"
#include "vm/runtime.h"
#include "weft/python/ast.h"

namespace weft::python {

namespace {

enum ToolKind : int {
  kCount = kIterToolsFirst,
  kRepeat,
  kCycle,
  kAccumulate,
  kChain,
  kCompress,
  kDropWhile,
  kTakeWhile,
  kFilterFalse,
  kStarmap,
  kIslice,
  kPairwise,
  kZipLongest,
  kProduct,
  kPermutations,
  kCombinations,
  kCombinationsWR,
  kGroupBy,
  kGrouper,
  kTee,
  kTeeData,
  kToolsEnd
};

constexpr int kNumTools = static_cast<int>(kToolsEnd) - static_cast<int>(kIterToolsFirst);
static_assert(static_cast<int>(kToolsEnd) <= static_cast<int>(kIterCount),
              "IterKind leaves too few kinds for itertools");
const char* const kToolNames[kNumTools] = {"count",
                                           "repeat",
                                           "cycle",
                                           "accumulate",
                                           "chain",
                                           "compress",
                                           "dropwhile",
                                           "takewhile",
                                           "filterfalse",
                                           "starmap",
                                           "islice",
                                           "pairwise",
                                           "zip_longest",
                                           "product",
                                           "permutations",
                                           "combinations",
                                           "combinations_with_replacement",
                                           "groupby",
                                           "_grouper",
                                           "_tee",
                                           "_tee_dataobject"};
// Each type's __doc__ (weft's own wording).
const char* const kToolDocs[kNumTools] = {
    "count(start=0, step=1): start, start+step, start+2*step, ... without end.",
    "repeat(object[, times]): object, times times or without end.",
    "cycle(iterable): the items of iterable, then the same again, for ever.",
    "accumulate(iterable[, func, *, initial=None]): running totals (or func's results).",
    "chain(*iterables): the items of each iterable in turn.",
    "compress(data, selectors): the items of data whose selector is true.",
    "dropwhile(predicate, iterable): the items from the first for which predicate is false.",
    "takewhile(predicate, iterable): the items up to the first for which predicate is false.",
    "filterfalse(function or None, iterable): the items for which function is false.",
    "starmap(function, iterable): function(*args) for each args of iterable.",
    "islice(iterable, stop) or islice(iterable, start, stop[, step]): a slice of the items.",
    "pairwise(iterable): overlapping pairs of consecutive items.",
    "zip_longest(*iterables, fillvalue=None): tuples of items, the shorter filled up.",
    "product(*iterables, repeat=1): the Cartesian product, as tuples.",
    "permutations(iterable[, r]): the r-length orderings of the items.",
    "combinations(iterable, r): the r-length subsequences of the items.",
    "combinations_with_replacement(iterable, r): r-length subsequences, items repeated.",
    "groupby(iterable, key=None): (key, group) for runs of items with equal keys.",
    "One group of a groupby.",
    "One of tee()'s iterators.",
    "Items shared by tee()'s iterators."};
Type* g_types[kNumTools];  // roots

Type* tool_type(int kind) { return g_types[kind - kIterToolsFirst]; }

// ---- argument helpers ----

bool exactly(const char* name, int64_t nargs, int64_t want) {
  if (nargs == want) return true;
  raise_fmt(rt.TypeError, "%s expected %lld argument%s, got %lld", name,
            static_cast<long long>(want), want == 1 ? "" : "s", static_cast<long long>(nargs));
  return false;
}

// Argument Clinic's checks (count, repeat, accumulate, ...): the total count first, then names.
bool clinic_args(const char* name, Value* args, int64_t nargs, Tuple* kw, int min_args,
                 std::initializer_list<const char*> names, Value* out) {
  int64_t nkw = kw ? kw->size : 0;
  int64_t max = static_cast<int64_t>(names.size());
  if (nargs + nkw > max) {
    raise_fmt(rt.TypeError, "%s() takes at most %lld argument%s (%lld given)", name,
              static_cast<long long>(max), max == 1 ? "" : "s",
              static_cast<long long>(nargs + nkw));
    return false;
  }
  for (int64_t k = 0; k < nkw; k++) {
    std::string_view kn = kw->at(k).as<Str>()->view();
    bool known = false;
    for (const char* n : names) known = known || kn == n;
    if (!known) {
      raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for %s()",
                std::string(kn).c_str(), name);
      return false;
    }
  }
  return parse_args(name, args, nargs, kw, min_args, names, out);
}

// A Py_ssize_t argument ("n" format): an index, else CPython's TypeError.
bool ssize_arg(Value v, int64_t* out) {
  if (!is_index(v)) {
    raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  return int_index(v, out).raw != 0;
}

// islice's bounds: -1 when not an index or out of range (CPython clears that error).
int64_t islice_bound(Value v) {
  int64_t n;
  if (!is_index(v) || !int_index(v, &n)) {
    clear_exc();
    return -1;
  }
  return n;
}

// tuple(v) (PySequence_Tuple)
Tuple* to_tuple(Value v) {
  if (v.is_ptr() && v.obj()->type == rt.tuple_type) return v.as<Tuple>();
  Value it = iter_of(v);
  if (!it) return nullptr;
  List* l = sequence_to_list(it);
  if (!l) return nullptr;
  Value t =
      tuple_from_array(l->store ? reinterpret_cast<Value*>(l->store->items()) : nullptr, l->size);
  return t ? t.as<Tuple>() : nullptr;
}

// An iterator of `kind` made for class `cls` (the kind's type or a user subclass).
Iter* make(Value cls, int kind, Value a = Value(), Value b = Value()) {
  Value v = new_iter(kind, a, b);
  if (!v) return nullptr;
  Iter* it = v.as<Iter>();
  if (cls && cls.as<Type>() != tool_type(kind)) {
    it = new_iter_sub(cls.as<Type>(), it);
    if (!it) return nullptr;
    it->type = cls.as<Type>();
  }
  return it;
}

Tuple* small_ints(int64_t n) {
  Tuple* t = new_tuple(n);
  if (!t) return nullptr;
  for (int64_t i = 0; i < n; i++) t->items()[i] = Value::small(0);
  return t;
}
int64_t get_i(Tuple* t, int64_t i) { return t->at(i).small_val(); }
void set_i(Tuple* t, int64_t i, int64_t v) { t->items()[i] = Value::small(v); }

bool is_number(Value v) {
  if (is_int(v) || isinstance(v, rt.float_type)) return true;
  Type* t = type_of(v);
  return lookup(t, rt.s___index__) || lookup(t, intern("__int__")) ||
         lookup(t, intern("__float__")) || lookup(t, intern("__complex__"));
}

// ---- constructors ----

// count(start=0, step=1): a = the next value, b = the step.
Value count_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!clinic_args("count", args, nargs, kw, 0, {"start", "step"}, a)) return Value();
  Value start = a[0] ? a[0] : Value::small(0), step = a[1] ? a[1] : Value::small(1);
  if (!is_number(start) || !is_number(step)) return raise(rt.TypeError, "a number is required");
  return make(cls, kCount, start, step);
}

// repeat(object, times): a = the object; index = how many are left, -1: for ever.
Value repeat_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!clinic_args("repeat", args, nargs, kw, 1, {"object", "times"}, a)) return Value();
  int64_t times = -1;
  if (a[1]) {
    if (!ssize_arg(a[1], &times)) return Value();
    if (times < 0) times = 0;
  }
  Iter* it = make(cls, kRepeat, a[0]);
  if (it) it->index = times;
  return it;
}

// cycle(iterable): a = the source (null once exhausted), b = the items seen; index = the
// position in b once replaying.
Value cycle_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("cycle", kw) || !exactly("cycle", nargs, 1)) return Value();
  Value src = iter_of(args[0]);
  if (!src) return src;
  List* saved = new_list(0);
  if (!saved) return Value();
  return make(cls, kCycle, src, saved);
}

// accumulate(iterable, func=None, *, initial=None): a = the source, b = func (null: +),
// c = the running total (null before the first); index = 1 while `initial` is still to come.
Value accumulate_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs > 2)
    return raise_fmt(rt.TypeError, "accumulate() takes at most 2 positional arguments (%lld given)",
                     static_cast<long long>(nargs));
  Value a[3];
  if (!clinic_args("accumulate", args, nargs, kw, 1, {"iterable", "func", "initial"}, a))
    return Value();
  Value src = iter_of(a[0]);
  if (!src) return src;
  Value func = a[1] && a[1] != Value(rt.None) ? a[1] : Value();
  Iter* it = make(cls, kAccumulate, src, func);
  if (it && a[2] && a[2] != Value(rt.None)) {
    it->c = a[2];
    it->index = 1;
  }
  return it;
}

// chain(*iterables): a = an iterator over the iterables (null when done), b = the active one.
Value chain_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("chain", kw)) return Value();
  Value t = tuple_from_array(args, nargs);
  if (!t) return t;
  Value src = get_iter(t);
  if (!src) return src;
  return make(cls, kChain, src);
}

Value chain_from_iterable(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("from_iterable", kw)) return Value();
  if (!cls && nargs > 0) {  // the class method's class comes first
    cls = args[0];
    args++;
    nargs--;
  }
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "chain.from_iterable() takes exactly one argument (%lld given)",
                     static_cast<long long>(nargs));
  Value src = iter_of(args[0]);
  if (!src) return src;
  return make(cls, kChain, src);
}

// compress(data, selectors): a = data, b = selectors.
Value compress_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!clinic_args("compress", args, nargs, kw, 2, {"data", "selectors"}, a)) return Value();
  Value data = iter_of(a[0]);
  if (!data) return data;
  Value sel = iter_of(a[1]);
  if (!sel) return sel;
  return make(cls, kCompress, data, sel);
}

// dropwhile/takewhile/filterfalse/starmap(function, iterable): a = function, b = the source;
// index = dropwhile: done dropping, takewhile: stopped.
Value pred_new(const char* name, int kind, Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs(name, kw) || !exactly(name, nargs, 2)) return Value();
  Value src = iter_of(args[1]);
  if (!src) return src;
  return make(cls, kind, args[0], src);
}
Value dropwhile_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  return pred_new("dropwhile", kDropWhile, cls, args, nargs, kw);
}
Value takewhile_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  return pred_new("takewhile", kTakeWhile, cls, args, nargs, kw);
}
Value filterfalse_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  return pred_new("filterfalse", kFilterFalse, cls, args, nargs, kw);
}
Value starmap_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  return pred_new("starmap", kStarmap, cls, args, nargs, kw);
}

// islice(iterable, stop) / islice(iterable, start, stop[, step]): a = the source (null once
// done); index = items taken from it, c = the position of the next item to return,
// end = stop (-1: none), step.
Value islice_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("islice", kw)) return Value();
  if (nargs < 2)
    return raise_fmt(rt.TypeError, "islice expected at least 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  if (nargs > 4)
    return raise_fmt(rt.TypeError, "islice expected at most 4 arguments, got %lld",
                     static_cast<long long>(nargs));
  int64_t start = 0, stop = -1, step = 1;
  Value none = rt.None;
  const char* stop_msg =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  Value stop_arg = nargs == 2 ? args[1] : args[2];
  if (nargs > 2 && args[1] != none) start = islice_bound(args[1]);
  if (stop_arg != none) {
    stop = islice_bound(stop_arg);
    if (stop == -1) return raise(rt.ValueError, stop_msg);
  }
  if (start < 0 || stop < -1)
    return raise(rt.ValueError,
                 "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4 && args[3] != none) step = islice_bound(args[3]);
  if (step < 1)
    return raise(rt.ValueError, "Step for islice() must be a positive integer or None.");
  Value src = iter_of(args[0]);
  if (!src) return src;
  Iter* it = make(cls, kIslice, src);
  if (!it) return nullptr;
  it->c = Value::small(start);
  it->end = stop;
  it->step = step;
  return it;
}

// pairwise(iterable): a = the source (null once done), b = the previous item.
Value pairwise_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("pairwise", kw) || !exactly("pairwise", nargs, 1)) return Value();
  Value src = iter_of(args[0]);
  if (!src) return src;
  return make(cls, kPairwise, src);
}

// zip_longest(*iterables, fillvalue=None): a = a tuple of the sources (None once exhausted),
// b = the fill value; index = how many are still active.
Value zip_longest_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Value fill = rt.None;
  if (kw && kw->size > 0) {
    if (kw->size != 1 || kw->at(0).as<Str>()->view() != "fillvalue")
      return raise(rt.TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args[nargs];
  }
  Tuple* srcs = new_tuple(nargs);
  if (!srcs) return Value();
  for (int64_t i = 0; i < nargs; i++) {
    Value s = iter_of(args[i]);
    if (!s) return s;
    srcs->items()[i] = s;
  }
  Iter* it = make(cls, kZipLongest, srcs, fill);
  if (it) it->index = nargs;
  return it;
}

// product(*iterables, repeat=1): a = the pools (tuples), b = the last result (null before the
// first), c = the index into each pool; index = 1 once done.
Value product_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  int64_t repeat = 1;
  for (int64_t k = 0; kw && k < kw->size; k++) {
    std::string_view kn = kw->at(k).as<Str>()->view();
    if (kn != "repeat")
      return raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for product()",
                       std::string(kn).c_str());
    if (!ssize_arg(args[nargs + k], &repeat)) return Value();
    if (repeat < 0) return raise(rt.ValueError, "repeat argument cannot be negative");
  }
  Tuple* each = new_tuple(nargs);
  if (!each) return Value();
  for (int64_t i = 0; i < nargs; i++) {
    Tuple* p = to_tuple(args[i]);
    if (!p) return Value();
    each->items()[i] = p;
  }
  if (repeat && nargs > INT64_MAX / 8 / repeat)
    return raise(rt.OverflowError, "repeat argument too large");
  int64_t npools = repeat ? nargs * repeat : 0;
  Tuple* pools = new_tuple(npools);
  if (!pools) return Value();
  for (int64_t i = 0; i < npools; i++) pools->items()[i] = each->at(i % nargs);
  Tuple* indices = small_ints(npools);
  if (!indices) return Value();
  Iter* it = make(cls, kProduct, pools);
  if (it) it->c = indices;
  return it;
}

// permutations/combinations/combinations_with_replacement: a = the pool (a tuple), b = the
// last result (null before the first), c = indices (permutations: n indices then r cycles);
// index = r, end = 1 once done.
Value pool_iter(Value cls, int kind, Value iterable, int64_t r) {
  Tuple* pool = to_tuple(iterable);
  if (!pool) return Value();
  int64_t n = pool->size;
  if (kind == kPermutations && r < 0) r = n;
  Tuple* indices = small_ints(kind == kPermutations ? n + r : r);
  if (!indices) return Value();
  if (kind == kPermutations) {
    for (int64_t i = 0; i < n; i++) set_i(indices, i, i);
    for (int64_t i = 0; i < r; i++) set_i(indices, n + i, n - i);
  } else if (kind == kCombinations) {
    for (int64_t i = 0; i < r; i++) set_i(indices, i, i);
  }
  Iter* it = make(cls, kind, pool);
  if (!it) return nullptr;
  it->c = indices;
  it->index = r;
  it->end = kind == kCombinationsWR ? (n == 0 && r > 0) : r > n;
  return it;
}

Value permutations_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!clinic_args("permutations", args, nargs, kw, 1, {"iterable", "r"}, a)) return Value();
  int64_t r = -1;
  if (a[1] && a[1] != Value(rt.None)) {
    if (!is_int(a[1])) return raise(rt.TypeError, "Expected int as r");
    if (!int_index(a[1], &r)) return Value();
    if (r < 0) return raise(rt.ValueError, "r must be non-negative");
  }
  return pool_iter(cls, kPermutations, a[0], r);
}

Value combinations_common(const char* name, int kind, Value cls, Value* args, int64_t nargs,
                          Tuple* kw) {
  Value a[2];
  if (!clinic_args(name, args, nargs, kw, 2, {"iterable", "r"}, a)) return Value();
  int64_t r;
  if (!ssize_arg(a[1], &r)) return Value();
  if (r < 0) return raise(rt.ValueError, "r must be non-negative");
  return pool_iter(cls, kind, a[0], r);
}
Value combinations_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  return combinations_common("combinations", kCombinations, cls, args, nargs, kw);
}
Value combinations_wr_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  return combinations_common("combinations_with_replacement", kCombinationsWR, cls, args, nargs,
                             kw);
}

// groupby(iterable, key=None): a = the source, b = key (null: identity), c = a tuple
// (target key, current key, current value, current grouper), null where CPython's are NULL.
constexpr int kTgtKey = 0, kCurrKey = 1, kCurrValue = 2, kCurrGrouper = 3;

Value groupby_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!clinic_args("groupby", args, nargs, kw, 1, {"iterable", "key"}, a)) return Value();
  Value src = iter_of(a[0]);
  if (!src) return src;
  Tuple* state = new_tuple(4);
  if (!state) return Value();
  Iter* it = make(cls, kGroupBy, src, a[1] && a[1] != Value(rt.None) ? a[1] : Value());
  if (it) it->c = state;
  return it;
}

// _tee(iterable): a = the shared _tee_dataobject, index = the position in it.
// _tee_dataobject: a = the source, b = a list of up to kLinkCells items read, c = the next
// data object; index = 1 while reading from the source.
constexpr int64_t kLinkCells = 57;

Iter* new_tee_data(Value src) {
  List* values = new_list(0);
  if (!values) return nullptr;
  Value d = new_iter(kTeeData, src, values);
  return d ? d.as<Iter>() : nullptr;
}

Iter* tee_from_iterator(Value cls, Value src) {
  if (type_of(src) == tool_type(kTee)) {  // a copy sharing the data
    Iter* from = src.as<Iter>();
    Iter* t = make(cls, kTee, from->a);
    if (t) t->index = from->index;
    return t;
  }
  Iter* data = new_tee_data(src);
  if (!data) return nullptr;
  return make(cls, kTee, data);
}

Value tee_type_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("_tee", kw) || !exactly("_tee", nargs, 1)) return Value();
  Value src = iter_of(args[0]);
  if (!src) return src;
  return tee_from_iterator(cls, src);
}

Value tee_copy(Value self, Value*, int64_t, Tuple*) {
  return tee_from_iterator(tool_type(kTee), self);
}

// tee(iterable, n=2): n _tee objects over one data chain (copies of a _tee or of an iterator
// with __copy__ share theirs).
Value tee_fn(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!clinic_args("tee", args, nargs, kw, 1, {"iterable", "n"}, a)) return Value();
  int64_t n = 2;
  if (a[1] && !ssize_arg(a[1], &n)) return Value();
  if (n < 0) return raise(rt.ValueError, "n must be >= 0");
  Tuple* result = new_tuple(n);
  if (!result || n == 0) return result;
  Value src = iter_of(a[0]);
  if (!src) return src;
  Value copyable;
  Value copyfunc;
  if (type_of(src) != tool_type(kTee)) copyfunc = getattr_opt(src, intern("__copy__"));
  if (rt.exc) return Value();
  if (copyfunc) {
    copyable = src;
  } else {
    copyable = tee_from_iterator(tool_type(kTee), src);
    if (!copyable) return copyable;
  }
  result->items()[0] = copyable;
  for (int64_t i = 1; i < n; i++) {
    Value c = copyfunc ? call0(copyfunc) : tee_copy(copyable, nullptr, 0, nullptr);
    if (!c) return c;
    result->items()[i] = c;
  }
  return result;
}

// ---- advancing ----

Value count_next(Iter* it) {
  Value cur = it->a;
  Value step = it->b;
  Value next;
  if (cur.is_small() && step.is_small()) {
    int64_t s;
    if (!__builtin_add_overflow(cur.small_val(), step.small_val(), &s)) next = new_int(s);
  }
  if (!next) next = binary_op(kAdd, cur, step);
  if (!next) return next;
  it->a = next;
  return cur;
}

Value cycle_next(Iter* it) {
  List* saved = it->b.v.as<List>();
  if (it->a) {
    Value v = iter_next(it->a);
    if (v) {
      if (!list_append(saved, v)) return Value();
      return v;
    }
    if (rt.exc) return v;
    it->a = Value();
  }
  if (saved->size == 0) return Value();
  if (it->index >= saved->size) it->index = 0;
  return saved->at(it->index++);
}

Value accumulate_next(Iter* it) {
  if (it->index) {
    it->index = 0;
    return it->c;
  }
  Value v = iter_next(it->a);
  if (!v) return v;
  if (!it->c) {
    it->c = v;
    return v;
  }
  Value total = it->b ? call2(it->b, it->c, v) : binary_op(kAdd, it->c, v);
  if (!total) return total;
  it->c = total;
  return total;
}

Value chain_next(Iter* it) {
  for (;;) {
    if (it->b) {
      Value v = iter_next(it->b);
      if (v || rt.exc) return v;
      it->b = Value();
    }
    if (!it->a) return Value();
    Value next = iter_next(it->a);
    if (!next) {
      it->a = Value();
      return next;
    }
    Value active = iter_of(next);
    if (!active) return active;
    it->b = active;
  }
}

Value compress_next(Iter* it) {
  for (;;) {
    Value d = iter_next(it->a);
    if (!d) return d;
    Value s = iter_next(it->b);
    if (!s) return s;
    int t = truthy(s);
    if (t < 0) return Value();
    if (t) return d;
  }
}

// 1: pred(v) is true, 0: false, -1: error (filterfalse's None: v's truth)
int predicate(Iter* it, Value v) {
  if (it->a.v == Value(rt.None) && it->kind == kFilterFalse) return truthy(v);
  Value r = call1(it->a, v);
  if (!r) return -1;
  return truthy(r);
}

Value dropwhile_next(Iter* it) {
  for (;;) {
    Value v = iter_next(it->b);
    if (!v || it->index) return v;
    int t = predicate(it, v);
    if (t < 0) return Value();
    if (!t) {
      it->index = 1;
      return v;
    }
  }
}

Value takewhile_next(Iter* it) {
  if (it->index) return Value();
  Value v = iter_next(it->b);
  if (!v) return v;
  int t = predicate(it, v);
  if (t < 0) return Value();
  if (t) return v;
  it->index = 1;
  return Value();
}

Value filterfalse_next(Iter* it) {
  for (;;) {
    Value v = iter_next(it->b);
    if (!v) return v;
    int t = predicate(it, v);
    if (t < 0) return Value();
    if (!t) return v;
  }
}

Value starmap_next(Iter* it) {
  Value v = iter_next(it->b);
  if (!v) return v;
  Value* items;
  int64_t n;
  Value keep;
  if (v.is_ptr() && v.obj()->type == rt.tuple_type) {
    keep = v;
    items = reinterpret_cast<Value*>(v.as<Tuple>()->items());
    n = v.as<Tuple>()->size;
  } else {
    Tuple* t = to_tuple(v);
    if (!t) return Value();
    keep = t;
    items = reinterpret_cast<Value*>(t->items());
    n = t->size;
  }
  return call(it->a, items, n);
}

Value islice_next(Iter* it) {
  if (!it->a) return Value();
  int64_t next = it->c.v.small_val();
  while (it->index < next) {
    Value skip = iter_next(it->a);
    if (!skip) {
      it->a = Value();
      return skip;
    }
    it->index++;
  }
  if (it->end != -1 && it->index >= it->end) {
    it->a = Value();
    return Value();
  }
  Value v = iter_next(it->a);
  if (!v) {
    it->a = Value();
    return v;
  }
  it->index++;
  int64_t after;
  if (__builtin_add_overflow(next, it->step, &after) || (it->end != -1 && after > it->end))
    after = it->end;
  it->c = Value::small(after);
  return v;
}

Value pairwise_next(Iter* it) {
  if (!it->a) return Value();
  if (!it->b) {
    Value first = iter_next(it->a);
    if (!first) {
      it->a = Value();
      return first;
    }
    it->b = first;
  }
  Value v = iter_next(it->a);
  if (!v) {
    it->a = Value();
    it->b = Value();
    return v;
  }
  Value pair[2] = {it->b, v};
  it->b = v;
  return tuple_from_array(pair, 2);
}

Value zip_longest_next(Iter* it) {
  Tuple* srcs = it->a.v.as<Tuple>();
  if (srcs->size == 0 || it->index == 0) return Value();
  Tuple* r = new_tuple(srcs->size);
  if (!r) return Value();
  for (int64_t i = 0; i < srcs->size; i++) {
    Value v;
    if (srcs->at(i) == Value(rt.None)) {
      v = it->b;
    } else {
      v = iter_next(srcs->at(i));
      if (!v) {
        if (--it->index == 0 || rt.exc) {
          it->index = 0;
          return Value();
        }
        v = it->b;
        srcs->items()[i] = rt.None;
      }
    }
    r->items()[i] = v;
  }
  return r;
}

Value product_next(Iter* it) {
  if (it->index) return Value();
  Tuple* pools = it->a.v.as<Tuple>();
  Tuple* idx = it->c.v.as<Tuple>();
  int64_t n = pools->size;
  Tuple* r = new_tuple(n);
  if (!r) return Value();
  if (!it->b) {
    for (int64_t i = 0; i < n; i++) {
      Tuple* pool = pools->at(i).as<Tuple>();
      if (pool->size == 0) {
        it->index = 1;
        return Value();
      }
      r->items()[i] = pool->at(0);
    }
  } else {
    Tuple* last = it->b.v.as<Tuple>();
    for (int64_t i = 0; i < n; i++) r->items()[i] = last->at(i);
    int64_t i = n - 1;
    for (; i >= 0; i--) {
      Tuple* pool = pools->at(i).as<Tuple>();
      int64_t k = get_i(idx, i) + 1;
      if (k == pool->size) {
        set_i(idx, i, 0);
        r->items()[i] = pool->at(0);
      } else {
        set_i(idx, i, k);
        r->items()[i] = pool->at(k);
        break;
      }
    }
    if (i < 0) {
      it->index = 1;
      return Value();
    }
  }
  it->b = r;
  return r;
}

// A copy of the last result (null before the first: filled from the indices).
Tuple* next_result(Iter* it, int64_t r) {
  Tuple* res = new_tuple(r);
  if (!res) return nullptr;
  if (it->b) {
    Tuple* last = it->b.v.as<Tuple>();
    for (int64_t i = 0; i < r; i++) res->items()[i] = last->at(i);
  }
  return res;
}

// The steps of permutations, combinations and combinations_with_replacement after their first
// result: advance the indices `ix` and update `res` from the leftmost index that changed; false
// once every arrangement has been returned.
bool permutations_step(Tuple* pool, Tuple* ix, int64_t n, int64_t r, Tuple* res) {
  if (n == 0) return false;
  for (int64_t i = r - 1; i >= 0; i--) {
    int64_t cyc = get_i(ix, n + i) - 1;
    set_i(ix, n + i, cyc);
    if (cyc == 0) {  // rotate ix[i:] left by one and restart this cycle
      int64_t first = get_i(ix, i);
      for (int64_t j = i; j < n - 1; j++) set_i(ix, j, get_i(ix, j + 1));
      set_i(ix, n - 1, first);
      set_i(ix, n + i, n - i);
    } else {
      int64_t x = get_i(ix, i);
      set_i(ix, i, get_i(ix, n - cyc));
      set_i(ix, n - cyc, x);
      for (int64_t k = i; k < r; k++) res->items()[k] = pool->at(get_i(ix, k));
      return true;
    }
  }
  return false;
}

bool combinations_step(Tuple* pool, Tuple* ix, int64_t n, int64_t r, Tuple* res) {
  int64_t i = r - 1;
  while (i >= 0 && get_i(ix, i) == i + n - r) i--;  // the rightmost index not at its maximum
  if (i < 0) return false;
  set_i(ix, i, get_i(ix, i) + 1);
  for (int64_t j = i + 1; j < r; j++) set_i(ix, j, get_i(ix, j - 1) + 1);
  for (; i < r; i++) res->items()[i] = pool->at(get_i(ix, i));
  return true;
}

bool combinations_wr_step(Tuple* pool, Tuple* ix, int64_t n, int64_t r, Tuple* res) {
  int64_t i = r - 1;
  while (i >= 0 && get_i(ix, i) == n - 1) i--;
  if (i < 0) return false;
  int64_t k = get_i(ix, i) + 1;
  for (; i < r; i++) {
    set_i(ix, i, k);
    res->items()[i] = pool->at(k);
  }
  return true;
}

Value pool_next(Iter* it) {
  if (it->end) return Value();
  Tuple* pool = it->a.v.as<Tuple>();
  Tuple* ix = it->c.v.as<Tuple>();
  int64_t n = pool->size, r = it->index;
  Tuple* res = next_result(it, r);
  if (!res) return Value();
  bool more = true;
  if (!it->b) {
    for (int64_t i = 0; i < r && n > 0; i++)
      res->items()[i] = pool->at(it->kind == kCombinationsWR ? 0 : get_i(ix, i));
  } else if (it->kind == kPermutations) {
    more = permutations_step(pool, ix, n, r, res);
  } else if (it->kind == kCombinations) {
    more = combinations_step(pool, ix, n, r, res);
  } else {
    more = combinations_wr_step(pool, ix, n, r, res);
  }
  if (!more) {
    it->end = 1;
    return Value();
  }
  it->b = res;
  return res;
}

// Reads the next item and its key into the state; false at the end or on an error.
bool groupby_step(Iter* g) {
  Tuple* st = g->c.v.as<Tuple>();
  Value v = iter_next(g->a);
  if (!v) return false;
  Value k = g->b ? call1(g->b, v) : v;
  if (!k) return false;
  st->items()[kCurrValue] = v;
  st->items()[kCurrKey] = k;
  return true;
}

Value groupby_next(Iter* g) {
  Tuple* st = g->c.v.as<Tuple>();
  st->items()[kCurrGrouper] = Value();
  for (;;) {
    if (st->at(kCurrKey)) {
      if (!st->at(kTgtKey)) break;
      int e = eq(st->at(kTgtKey), st->at(kCurrKey));
      if (e < 0) return Value();
      if (e == 0) break;
    }
    if (!groupby_step(g)) return Value();
  }
  st->items()[kTgtKey] = st->at(kCurrKey);
  Value grouper = new_iter(kGrouper, g, st->at(kTgtKey));
  if (!grouper) return grouper;
  st->items()[kCurrGrouper] = grouper;
  Value pair[2] = {st->at(kCurrKey), grouper};
  return tuple_from_array(pair, 2);
}

Value grouper_next(Iter* it) {
  Iter* g = it->a.v.as<Iter>();
  Tuple* st = g->c.v.as<Tuple>();
  if (st->at(kCurrGrouper) != Value(it)) return Value();
  if (!st->at(kCurrValue) && !groupby_step(g)) return Value();
  int e = eq(it->b, st->at(kCurrKey));
  if (e <= 0) return Value();
  Value v = st->at(kCurrValue);
  st->items()[kCurrValue] = Value();
  st->items()[kCurrKey] = Value();
  return v;
}

Value tee_next(Iter* it) {
  Iter* data = it->a.v.as<Iter>();
  if (it->index >= kLinkCells) {
    if (!data->c) {
      Iter* link = new_tee_data(data->a);
      if (!link) return Value();
      data->c = link;
    }
    data = data->c.v.as<Iter>();
    it->a = data;
    it->index = 0;
  }
  List* values = data->b.v.as<List>();
  if (it->index < values->size) return values->at(it->index++);
  if (data->index) return raise(rt.RuntimeError, "cannot re-enter the tee iterator");
  data->index = 1;
  Value v = iter_next(data->a);
  data->index = 0;
  if (!v || !list_append(values, v)) return Value();
  it->index++;
  return v;
}

// ---- methods ----

std::string repr_string(Value v, bool* ok) {
  Value r = repr(v);
  *ok = r.raw != 0;
  return r ? std::string(r.as<Str>()->view()) : std::string();
}

Value count_repr(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  bool ok;
  std::string s = std::string(self.obj()->type->name->view()) + "(" + repr_string(it->a, &ok);
  if (!ok) return Value();
  if (!(it->b.v == Value::small(1))) {
    s += ", " + repr_string(it->b, &ok);
    if (!ok) return Value();
  }
  return new_str(s + ")");
}

Value count_reduce(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  Value args[2] = {it->a, it->b};
  Value t = tuple_from_array(args, it->b.v == Value::small(1) ? 1 : 2);
  if (!t) return t;
  Value pair[2] = {visible_type(self), t};
  return tuple_from_array(pair, 2);
}

Value repeat_repr(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  bool ok;
  std::string s = std::string(self.obj()->type->name->view()) + "(" + repr_string(it->a, &ok);
  if (!ok) return Value();
  if (it->index >= 0) s += ", " + std::to_string(it->index);
  return new_str(s + ")");
}

Value repeat_length_hint(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  if (it->index < 0) return raise(rt.TypeError, "len() of unsized object");
  return new_int(it->index);
}

Value repeat_reduce(Value self, Value*, int64_t, Tuple*) {
  Iter* it = self.as<Iter>();
  Value args[2] = {it->a, new_int(it->index)};
  Value t = tuple_from_array(args, it->index >= 0 ? 2 : 1);
  if (!t) return t;
  Value pair[2] = {visible_type(self), t};
  return tuple_from_array(pair, 2);
}

PyModule* make_itertools_module() {
  PyModule* m = new_native_module("itertools");
  if (!m) return nullptr;
  dict_set_str(m->dict, rt.s___doc__,
               new_str("Functional tools for creating and using iterators."));
  NativeFn ctors[kNumTools] = {
      count_new,        repeat_new,          cycle_new,       accumulate_new,  chain_new,
      compress_new,     dropwhile_new,       takewhile_new,   filterfalse_new, starmap_new,
      islice_new,       pairwise_new,        zip_longest_new, product_new,     permutations_new,
      combinations_new, combinations_wr_new, groupby_new,     nullptr,         tee_type_new,
      nullptr};
  if (!g_types[0]) {
    for (int i = 0; i < kNumTools; i++) {
      Type* t = new_builtin_type(kToolNames[i], Layout::Iter, rt.object_type);
      g_types[i] = t;
      gc::add_root(reinterpret_cast<void**>(&g_types[i]));
      dict_set_str(t->dict, rt.s___module__, m->name.get());
      dict_set_str(t->dict, rt.s___doc__, new_str(kToolDocs[i]));
      t->new_fn = ctors[i];
      add_iter_protocol(t);
      register_iter_kind(kIterToolsFirst + i, t);
    }
    add_classmethod(tool_type(kChain), "from_iterable", chain_from_iterable);
    add_method(tool_type(kCount), "__repr__", count_repr);
    add_method(tool_type(kCount), "__reduce__", count_reduce);
    add_method(tool_type(kRepeat), "__repr__", repeat_repr);
    add_method(tool_type(kRepeat), "__length_hint__", repeat_length_hint);
    add_method(tool_type(kRepeat), "__reduce__", repeat_reduce);
    add_method(tool_type(kTee), "__copy__", tee_copy);
  }
  for (int i = 0; i < kNumTools; i++) dict_set_str(m->dict, intern(kToolNames[i]), g_types[i]);
  dict_set_str(m->dict, intern("tee"), new_builtin("tee", tee_fn));
  return m;
}

}  // namespace

Value itertools_next(Iter* it) {
  switch (it->kind) {
    case kCount:
      return count_next(it);
    case kRepeat:
      if (it->index == 0) return Value();
      if (it->index > 0) it->index--;
      return it->a;
    case kCycle:
      return cycle_next(it);
    case kAccumulate:
      return accumulate_next(it);
    case kChain:
      return chain_next(it);
    case kCompress:
      return compress_next(it);
    case kDropWhile:
      return dropwhile_next(it);
    case kTakeWhile:
      return takewhile_next(it);
    case kFilterFalse:
      return filterfalse_next(it);
    case kStarmap:
      return starmap_next(it);
    case kIslice:
      return islice_next(it);
    case kPairwise:
      return pairwise_next(it);
    case kZipLongest:
      return zip_longest_next(it);
    case kProduct:
      return product_next(it);
    case kPermutations:
    case kCombinations:
    case kCombinationsWR:
      return pool_next(it);
    case kGroupBy:
      return groupby_next(it);
    case kGrouper:
      return grouper_next(it);
    case kTee:
      return tee_next(it);
    default:
      return Value();
  }
}

PyModule* make_itertools_support() { return make_itertools_module(); }

}  // namespace weft::python
