// The hint API: how an interpreter author marks up a plain C++ interpreter so that weft can
// generate a tracing JIT for it (docs/meta-tracing.md; semantics after RPython's rlib/jit.py).
//
//   static weft::jit::JitDriver driver("bf", {"program", "pc"}, {"tape", "pos"});
//   while (...) {
//     WEFT_JIT_MERGE_POINT(driver, WEFT_GREENS(program, pc), WEFT_REDS(tape, pos));
//     ...
//     case ']': pc = target; WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(program, pc),
//                                               WEFT_REDS(tape, pos)); ...
//   }
//
// Greens identify a position in the user's program (they are constants in a trace); reds are
// every other value live at the merge point. In the native interpreter every hint is free or
// nearly so: WEFT_CAN_ENTER_JIT is a hashed countdown (see WarmupCounters), the rest compile to
// nothing. When the sources are compiled for the codegen (WEFT_CODEGEN defined), the hints are
// calls of the extern "C" marker functions below, which the codegen recognizes in the LLVM IR.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace weft::jit {

// Tunable parameters of a driver (RPython's set_param): names as in set_param().
struct JitParams {
  uint32_t threshold = 1039;           // loop iterations before tracing starts
  uint32_t function_threshold = 1619;  // portal entries before tracing a function's start
  uint32_t trace_eagerness = 200;      // guard failures before a bridge is traced
  uint32_t trace_limit = 6000;         // trace length (operations) before tracing aborts
  uint32_t decay = 40;                 // percent by which counters decay when traces compile
  bool enabled = true;                 // --jit=off clears it
  // Optimizer parts ("fold", "cse", "guards", "heap", "bounds", "dce", ...) switched off.
  std::vector<std::string> disabled_passes;
};

// A hashed table of countdown counters, one per hash bucket of green keys: a loop becomes hot
// when its counter runs out. Collisions only make a loop hot a little early. Fast path: one
// multiply-shift, one load, one decrement, one store, one branch.
class WarmupCounters {
 public:
  static constexpr unsigned kBits = 12;  // 4096 counters
  explicit WarmupCounters(uint32_t threshold = 1039) { reset_all(threshold); }

  // Counts one pass over the position with green hash `hash`; true when it became hot (the
  // counter is then reset).
  bool tick(uint64_t hash) {
    uint16_t& c = counters_[bucket(hash)];
    if (--c != 0) [[likely]]
      return false;
    c = threshold_;
    return true;
  }
  void reset_all(uint32_t threshold);
  // Sets the counter of `hash` so the position is not hot again for a long time (blacklisting
  // and disabled JIT).
  void cool(uint64_t hash) { counters_[bucket(hash)] = UINT16_MAX; }
  uint16_t value(uint64_t hash) const { return counters_[bucket(hash)]; }

 private:
  static size_t bucket(uint64_t hash) {
    return size_t((hash * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
  }
  uint16_t threshold_ = 0;
  uint16_t counters_[size_t{1} << kBits];
};

// What happens when a position becomes hot. Until the meta-tracer is connected (issue 4) the
// default only counts; tests install their own.
class HotHandler {
 public:
  virtual ~HotHandler() = default;
  virtual void hot(uint64_t green_hash) = 0;
};

class JitDriver {
 public:
  JitDriver(std::string_view name, std::initializer_list<std::string_view> greens,
            std::initializer_list<std::string_view> reds);

  const std::string& name() const { return name_; }
  const std::vector<std::string>& greens() const { return greens_; }
  const std::vector<std::string>& reds() const { return reds_; }
  const JitParams& params() const { return params_; }

  // Sets one parameter by name ("threshold", "function_threshold", "trace_eagerness",
  // "trace_limit", "decay", "enable_opts" (the optimizer parts to keep, colon-separated, or
  // "all"), "off"). Returns false with a message for an unknown name or a bad value.
  bool set_param(std::string_view name, std::string_view value, std::string* error = nullptr);
  // Applies "name=value,name=value" (a --jit=... option); "off" alone switches the JIT off.
  bool set_params(std::string_view spec, std::string* error = nullptr);

  void set_hot_handler(HotHandler* handler) { handler_ = handler; }
  uint64_t hot_count() const { return hot_count_; }
  WarmupCounters& counters() { return counters_; }

  // The slow path of WEFT_CAN_ENTER_JIT (out of line, so the fast path stays small).
  [[gnu::noinline, gnu::cold]] void became_hot(uint64_t green_hash);

 private:
  std::string name_;
  std::vector<std::string> greens_, reds_;
  JitParams params_;
  WarmupCounters counters_;
  HotHandler* handler_ = nullptr;
  uint64_t hot_count_ = 0;
};

namespace detail {

template <class T>
inline uint64_t green_bits(const T& v) {
  if constexpr (std::is_pointer_v<T>)
    return uint64_t(reinterpret_cast<uintptr_t>(v));
  else
    return uint64_t(v);
}

template <class... G>
inline uint64_t green_hash(const std::tuple<G...>& greens) {
  uint64_t h = 0;
  std::apply([&](const G&... g) { ((h = (h ^ green_bits(g)) * 0x100000001B3ull), ...); }, greens);
  return h;
}

}  // namespace detail

#define WEFT_GREENS(...) std::make_tuple(__VA_ARGS__)
#define WEFT_REDS(...) std::make_tuple(__VA_ARGS__)

}  // namespace weft::jit

#ifdef WEFT_CODEGEN
// Markers for the codegen: (driver, number of greens, greens..., reds...).
extern "C" void weft_jit_merge_point(const weft::jit::JitDriver*, int, ...);
extern "C" void weft_jit_can_enter_jit(const weft::jit::JitDriver*, int, ...);
extern "C" int64_t weft_jit_promote_int(int64_t);
extern "C" void* weft_jit_promote_ref(void*);
extern "C" bool weft_jit_we_are_jitted();
extern "C" void weft_jit_record_exact_class(const void*, uint32_t);
namespace weft::jit::detail {
template <class... G, class... R>
inline void merge_point(JitDriver& d, const std::tuple<G...>& g, const std::tuple<R...>& r) {
  std::apply([&](const auto&... all) { weft_jit_merge_point(&d, int(sizeof...(G)), all...); },
             std::tuple_cat(g, r));
}
template <class... G, class... R>
inline void can_enter_jit(JitDriver& d, const std::tuple<G...>& g, const std::tuple<R...>& r) {
  std::apply([&](const auto&... all) { weft_jit_can_enter_jit(&d, int(sizeof...(G)), all...); },
             std::tuple_cat(g, r));
}
}  // namespace weft::jit::detail
#define WEFT_JIT_MERGE_POINT(driver, greens, reds) \
  ::weft::jit::detail::merge_point(driver, greens, reds)
#define WEFT_CAN_ENTER_JIT(driver, greens, reds) \
  ::weft::jit::detail::can_enter_jit(driver, greens, reds)
#else
// Native: the merge point is nothing; can-enter-jit is the warm-up countdown.
#define WEFT_JIT_MERGE_POINT(driver, greens, reds) ((void)(driver), (void)(greens), (void)(reds))
#define WEFT_CAN_ENTER_JIT(driver, greens, reds)                   \
  do {                                                             \
    uint64_t weft_hash_ = ::weft::jit::detail::green_hash(greens); \
    if ((driver).counters().tick(weft_hash_)) [[unlikely]]         \
      (driver).became_hot(weft_hash_);                             \
  } while (0)
#endif

namespace weft::jit {

// promote(x): in a trace, x becomes a constant (guarded). Natively the identity.
template <class T>
inline T promote(T x) {
#ifdef WEFT_CODEGEN
  if constexpr (std::is_pointer_v<T>)
    return static_cast<T>(weft_jit_promote_ref(const_cast<void*>(static_cast<const void*>(x))));
  else
    return T(weft_jit_promote_int(int64_t(x)));
#else
  return x;
#endif
}

// True only in code the JIT runs (traces, the blackhole interpreter).
inline bool we_are_jitted() {
#ifdef WEFT_CODEGEN
  return weft_jit_we_are_jitted();
#else
  return false;
#endif
}

// In a trace: `object`'s GC type is exactly `type_id` from here on (no guard emitted).
inline void record_exact_class([[maybe_unused]] const void* object,
                               [[maybe_unused]] uint32_t type_id) {
#ifdef WEFT_CODEGEN
  weft_jit_record_exact_class(object, type_id);
#endif
}

}  // namespace weft::jit

// Per-type declarations, kept in the binary's "weft_jit_hints" section where the codegen reads
// them: fields never written after construction ("items[*]" for every item of an array field),
// and the fields of a frame type that traces keep in registers.
#define WEFT_JIT_CONCAT2(a, b) a##b
#define WEFT_JIT_CONCAT(a, b) WEFT_JIT_CONCAT2(a, b)
#define WEFT_JIT_DECLARE(kind, type, ...)                                          \
  [[gnu::used, gnu::section("weft_jit_hints")]] static const char WEFT_JIT_CONCAT( \
      weft_jit_hint_, __COUNTER__)[] = kind ":" #type ":" #__VA_ARGS__
#define WEFT_IMMUTABLE_FIELDS(type, ...) WEFT_JIT_DECLARE("immutable", type, __VA_ARGS__)
#define WEFT_VIRTUALIZABLE(type, ...) WEFT_JIT_DECLARE("virtualizable", type, __VA_ARGS__)

namespace weft::jit {

namespace detail {
// Installed by the JIT runtime: invalidates the traces that read the quasi-immutable field at
// `slot` (QuasiImmutableDeps). Null while no trace depends on any.
inline void (*g_quasi_immutable_changed)(const void* slot) = nullptr;
}  // namespace detail

// A field that is almost never written (a class's method table, a global's cell): traces read
// it as a constant guarded by guard_not_invalidated (free in compiled code); writing it
// invalidates them. Natively: a load, and a store plus one predictable branch.
template <class T>
class QuasiImmutable {
 public:
  QuasiImmutable() = default;
  explicit QuasiImmutable(T value) : value_(value) {}
  T get() const { return value_; }
  void set(T value) {
    value_ = value;
    if (watched_) [[unlikely]]
      notify();
  }
  // The JIT marks the field when a trace starts depending on it.
  void watch() { watched_ = true; }

 private:
  [[gnu::noinline]] void notify() {
    watched_ = false;
    if (detail::g_quasi_immutable_changed) detail::g_quasi_immutable_changed(this);
  }
  T value_{};
  bool watched_ = false;
};

}  // namespace weft::jit

// Function attributes, read by the codegen from the IR's annotations.
#define WEFT_ELIDABLE __attribute__((annotate("weft.elidable")))
#define WEFT_DONT_LOOK_INSIDE __attribute__((annotate("weft.dont_look_inside"), noinline))
#define WEFT_UNROLL_SAFE __attribute__((annotate("weft.unroll_safe")))
#define WEFT_LOOP_INVARIANT __attribute__((annotate("weft.loop_invariant")))
