// The hint API: how an interpreter author marks up a plain C++ interpreter so that weft can
// generate a tracing JIT for it (docs/meta-tracing.md; semantics after RPython's rlib/jit.py).
//
//   static weft::jit::JitDriver driver("bf", {"program", "pc"}, {"tape", "pos"});
//   int64_t run(const Program* program, uint8_t* tape) {   // the portal
//     int64_t pc = 0, pos = 0;
//     for (;;) {
//       WEFT_JIT_MERGE_POINT(driver, WEFT_GREENS(program, pc), WEFT_REDS(tape, pos));
//       ...
//       case ']': pc = target;
//                 WEFT_CAN_ENTER_JIT(driver, WEFT_GREENS(program, pc), WEFT_REDS(tape, pos));
//                 continue;
//     }
//   }
//
// The portal re-entry convention: greens and reds are variables; WEFT_CAN_ENTER_JIT is followed
// by the loop's next iteration (a `continue`, or the end of the loop body), because when the
// position is hot the JIT runs the user's program on (compiled code, then the blackhole
// interpreter up to the next merge point) and writes the new greens and reds back into those
// variables -- or, if the program's portal call ended meanwhile, returns its result from the
// enclosing function (which must return an integer, pointer or floating-point value).
//
// Greens identify a position in the user's program (they are constants in a trace); reds are
// every other value live at the merge point. In the native interpreter every hint is free or
// nearly so: WEFT_CAN_ENTER_JIT is a hashed countdown (see WarmupCounters), the rest compile to
// nothing. When the sources are compiled for the codegen (WEFT_CODEGEN defined), the hints are
// calls of the extern "C" marker functions below, which the codegen recognizes in the LLVM IR.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace weft::jit {

// Tunable parameters of a driver (RPython's set_param): names as in set_param().
struct JitParams {
  uint32_t threshold = 1039;           // loop iterations before tracing starts
  uint32_t function_threshold = 1619;  // portal entries before tracing a function's start
  // Guard failures before a bridge is traced. 50, not PyPy's 200: an exit costs a blackhole run
  // (bf mandel under callgrind: 3.02G instructions at 200, 2.82G at 50; toy programs the same).
  uint32_t trace_eagerness = 50;
  uint32_t trace_limit = 6000;  // trace length (operations) before tracing aborts
  // Percent of their progress warm-up counters lose when a trace compiles. 0, not PyPy's 40:
  // at 40 bf mandel traced 292 loops instead of 252 and ran 1,523M instructions instead of
  // 1,262M (callgrind); the toy programs were the same either way.
  uint32_t decay = 0;
  bool enabled = true;  // --jit=off clears it
  // Optimizer parts ("fold", "cse", "guards", "heap", "bounds", "dce", ...) switched off.
  std::vector<std::string> disabled_passes;
};

// Countdown counters, one per position (green key), found by the key's green hash: a loop
// becomes hot when its counter runs out. The hash picks a set of kWays entries and a tag that
// tells positions in a set apart, so positions do not share a counter: which loops become hot,
// and in which order, does not depend on where their pointer greens are (address
// randomization changed that from run to run when a table of bare counters made colliding
// loops share one). Only where a counter lives depends on the addresses, and the outcome only
// when more than kWays positions fall into one set: a set keeps its entries most recently used
// first, and a new position takes the place of the least recently used one not armed.
// The hash is a mixed one (detail::green_hash): its top bits pick the set, its low half is the
// tag. Fast path (the position is its set's first entry): a shift for the set, the first
// entry's tag compared with the hash's low half, a decrement, a branch. Each way of the sets is
// an array of its own, so the first entries are one direct-mapped table indexed by the shifted
// hash; the walk over the other ways is out of line.
class WarmupCounters {
 public:
  static constexpr unsigned kSetBits = 10;  // 1024 sets
  static constexpr unsigned kWays = 4;      // of 4 entries: 4096 counters
  explicit WarmupCounters(uint32_t threshold = 1039) { reset_all(threshold); }

  // Counts one pass over the position with green hash `hash`; true when it became hot (the
  // counter is then reset).
  bool tick(uint64_t hash) {
    Entry& e = ways_[0][set(hash)];
    if (e.tag != tag(hash)) [[unlikely]]
      return tick_elsewhere(hash);
    if (--e.count != 0) [[likely]]
      return false;
    e.count = threshold_;
    return true;
  }
  // Forgets every position; counters start again from `threshold`.
  void reset_all(uint32_t threshold);
  // Sets the counter of `hash` so the position is not hot again for a long time (blacklisting
  // and disabled JIT).
  void cool(uint64_t hash) { entry(hash).count = UINT16_MAX; }
  // Makes the next pass over `hash` hot: positions with compiled code enter it every time.
  void arm(uint64_t hash) { entry(hash).count = 1; }
  // Takes back `percent` of the progress of every counter that is counting down (not armed,
  // cooled or untouched): a position that was warm long ago needs more passes again (RPython's
  // decay; the runtime calls it when a trace compiles).
  void decay(uint32_t percent);
  // The counter of `hash` (the threshold for a position not in the table).
  uint16_t value(uint64_t hash) const;
  // Which set of entries `hash` is in (tests).
  static size_t set_of(uint64_t hash) { return set(hash); }

 private:
  struct Entry {
    uint32_t tag = 0;  // 0: free
    uint16_t count = 0;
    bool free() const { return tag == 0; }
  };
  static constexpr size_t kSets = size_t{1} << kSetBits;
  // Two positions that share a set and a tag have hashes equal in their low 32 bits and in
  // the bits that pick the set. A free entry has tag 0 and a fresh count: a position whose tag
  // is 0 may count there, and only loses its count when a new position takes the entry.
  static size_t set(uint64_t hash) { return size_t(hash >> (64 - kSetBits)); }
  static uint32_t tag(uint64_t hash) { return uint32_t(hash); }
  // The entry of `hash`, moved to the front of its set (taken from the least recently used
  // entry not armed when the position is new).
  Entry& entry(uint64_t hash);
  [[gnu::noinline]] bool tick_elsewhere(uint64_t hash);
  uint16_t threshold_ = 0;
  Entry ways_[kWays][kSets];  // ways_[0][s]: set s's most recently used entry
};

// What happens when a position becomes hot, if no PortalJit is attached: tests count.
class HotHandler {
 public:
  virtual ~HotHandler() = default;
  virtual void hot(uint64_t green_hash) = 0;
};

// The greens and reds of a merge point as raw 64-bit words, one list per bank and kind, in the
// order of the jitcode's merge point: greens int/ref/float, then reds int/ref/float. Integers
// and raw pointers are in the int bank, floating-point values (as double bits) in the float
// bank.
// A short list of 64-bit words stored inline: the greens or reds of one bank at a merge point
// (a few each), passed on every entry into compiled code, where allocating would cost more
// than the rest of the entry.
class WordList {
 public:
  static constexpr size_t kCapacity = 16;
  void push_back(uint64_t word) {
    if (size_ == kCapacity) [[unlikely]]
      too_many();
    words_[size_++] = word;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { size_ = 0; }
  uint64_t& operator[](size_t k) { return words_[k]; }
  uint64_t operator[](size_t k) const { return words_[k]; }
  uint64_t* begin() { return words_; }
  uint64_t* end() { return words_ + size_; }
  const uint64_t* begin() const { return words_; }
  const uint64_t* end() const { return words_ + size_; }
  WordList& operator=(const std::vector<uint64_t>& words) {
    clear();
    for (uint64_t w : words) push_back(w);
    return *this;
  }
  bool operator==(const std::vector<uint64_t>& words) const {
    return size_ == words.size() && std::equal(begin(), end(), words.begin());
  }

 private:
  [[noreturn, gnu::cold]] static void too_many();
  uint64_t words_[kCapacity];
  size_t size_ = 0;
};

struct PortalState {
  WordList lists[6];
  bool portal_entry = false;  // at WEFT_PORTAL_ENTRY (a call of the portal), not a loop
};

// The JIT behind a driver (JitRuntime in runtime.h): runs the user's program on from a hot
// position. Returns true if the portal's call finished (its result's bits in *result);
// otherwise `state` holds where the native loop continues (a merge point).
class PortalJit {
 public:
  virtual ~PortalJit() = default;
  virtual bool enter(uint64_t green_hash, PortalState& state, uint64_t* result) = 0;
};

namespace detail {
template <class T>
constexpr int native_bank() {
  return std::is_floating_point_v<std::remove_cvref_t<T>> ? 2 : 0;
}
template <class T>
uint64_t to_bits(const T& v) {
  using U = std::remove_cvref_t<T>;
  if constexpr (std::is_floating_point_v<U>)
    return std::bit_cast<uint64_t>(double(v));
  else if constexpr (std::is_pointer_v<U>)
    return uint64_t(reinterpret_cast<uintptr_t>(v));
  else
    return uint64_t(int64_t(v));
}
template <class U>
U from_bits(uint64_t bits) {
  if constexpr (std::is_floating_point_v<U>)
    return U(std::bit_cast<double>(bits));
  else if constexpr (std::is_pointer_v<U>)
    return reinterpret_cast<U>(uintptr_t(bits));
  else if constexpr (std::is_same_v<U, bool>)
    return uint32_t(bits) != 0;  // promoted to int on its way through the merge point
  else
    return static_cast<U>(bits);
}
// The portal's result, converted to whatever the portal returns.
struct PortalResult {
  uint64_t bits;
  template <class T>
  operator T() const {
    return from_bits<T>(bits);
  }
};
// pack() and unpack() are always inlined, down to each word: a call that took the tuple of
// references would make every green and red of the interpreter loop live in memory (their
// addresses escape), not only on the slow path.
template <class U>
[[gnu::always_inline]] inline void pack_one(const U& v, WordList* lists) {
  lists[native_bank<U>()].push_back(to_bits(v));
}
template <class Tuple, size_t... I>
[[gnu::always_inline]] inline void pack_each(const Tuple& values, WordList* lists,
                                             std::index_sequence<I...>) {
  (pack_one(std::get<I>(values), lists), ...);
}
template <class... T>
[[gnu::always_inline]] inline void pack(const std::tuple<T&...>& values, WordList* lists) {
  pack_each(values, lists, std::index_sequence_for<T...>{});
}
template <class U>
[[gnu::always_inline]] inline void unpack_one(U& x, const WordList* lists, size_t* next) {
  constexpr int bank = native_bank<U>();
  size_t k = next[bank]++;
  if constexpr (!std::is_const_v<U>)
    if (k < lists[bank].size()) x = from_bits<U>(lists[bank][k]);
}
template <class Tuple, size_t... I>
[[gnu::always_inline]] inline void unpack_each(const Tuple& values, const WordList* lists,
                                               std::index_sequence<I...>) {
  size_t next[3] = {0, 0, 0};
  (unpack_one(std::get<I>(values), lists, next), ...);
}
template <class... T>
[[gnu::always_inline]] inline void unpack(const std::tuple<T&...>& values, const WordList* lists) {
  unpack_each(values, lists, std::index_sequence_for<T...>{});
}
}  // namespace detail

class JitDriver {
 public:
  // `private_frames`: reds that point to the activation's own frame in raw memory (an
  // interpreter's slice of a value stack, its locals and operands): memory at such a red plus
  // an offset >= 0 is read and written only by the portal call running with it, through the
  // red itself (its caller may fill it before the call), never by the calls it makes nor
  // through another pointer (a global, another frame's). Raw pointers only, and only
  // when no red is a floating-point value. A recursive portal call in a trace
  // (call_assembler) then leaves the caller's frame alone for the optimizer: stores to it
  // stay pending across the call, and what the trace read from it is still known after it.
  // Traces keep the frame's slots in registers, as RPython's virtualizables: stores to it stay
  // pending across guards (a failing guard's snapshot writes them) and across a loop's jump,
  // and are written before a call that may read raw memory and where the trace ends. A frame
  // type declared with WEFT_VIRTUALIZABLE (below) is checked at build time.
  JitDriver(std::string_view name, std::initializer_list<std::string_view> greens,
            std::initializer_list<std::string_view> reds,
            std::initializer_list<std::string_view> private_frames = {});

  const std::string& name() const { return name_; }
  const std::vector<std::string>& greens() const { return greens_; }
  const std::vector<std::string>& reds() const { return reds_; }
  const std::vector<std::string>& private_frames() const { return private_frames_; }
  const JitParams& params() const { return params_; }

  // Sets one parameter by name ("threshold", "function_threshold", "trace_eagerness",
  // "trace_limit", "decay", "enable_opts" (the optimizer parts to keep, colon-separated, or
  // "all"), "off"). Returns false with a message for an unknown name or a bad value.
  bool set_param(std::string_view name, std::string_view value, std::string* error = nullptr);
  // Applies "name=value,name=value" (a --jit=... option); "off" alone switches the JIT off.
  bool set_params(std::string_view spec, std::string* error = nullptr);

  void set_hot_handler(HotHandler* handler) { handler_ = handler; }
  void set_portal_jit(PortalJit* jit) { portal_jit_ = jit; }
  PortalJit* portal_jit() const { return portal_jit_; }
  uint64_t hot_count() const { return hot_count_; }
  WarmupCounters& counters() { return counters_; }
  // Counters of portal entries (WEFT_PORTAL_ENTRY), with the function threshold.
  WarmupCounters& entry_counters() { return entry_counters_; }

  // The slow path of WEFT_CAN_ENTER_JIT (out of line, so the fast path stays small).
  [[gnu::noinline, gnu::cold]] void became_hot(uint64_t green_hash);

  // The slow path of WEFT_CAN_ENTER_JIT with a PortalJit: passes the greens and reds to it and
  // writes back where the native loop continues. True if the portal's call finished (result in
  // *result).
  // Always inlined, so that the greens and reds stay in registers on the fast path: passed by
  // address to a function, they would live in memory in the whole interpreter loop.
  template <class... G, class... R>
  [[gnu::always_inline]] bool enter_jit(uint64_t green_hash, const std::tuple<G&...>& greens,
                                        const std::tuple<R&...>& reds, uint64_t* result,
                                        bool portal_entry = false) {
    if (!portal_jit_ || !params_.enabled) {
      became_hot(green_hash);
      return false;
    }
    PortalState state;
    state.portal_entry = portal_entry;
    detail::pack(greens, state.lists);
    detail::pack(reds, state.lists + 3);
    if (run_portal_jit(green_hash, state, result)) return true;
    detail::unpack(greens, state.lists);
    detail::unpack(reds, state.lists + 3);
    return false;
  }

 private:
  std::string name_;
  std::vector<std::string> greens_, reds_, private_frames_;
  JitParams params_;
  WarmupCounters counters_;
  WarmupCounters entry_counters_;
  [[gnu::noinline, gnu::cold]] bool run_portal_jit(uint64_t green_hash, PortalState& state,
                                                   uint64_t* result);
  HotHandler* handler_ = nullptr;
  PortalJit* portal_jit_ = nullptr;
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

// The green hash, already mixed as WarmupCounters wants it: each green is xored in and
// multiplied, by a 32-bit odd constant (an immediate operand of one instruction) for all but
// the last green, by the 64-bit golden-ratio constant for the last, whose high bits then
// depend on every bit of every green. Each step is a bijection of the hash's low half, so
// positions that differ only in the low 32 bits of one green have different low halves.
template <class Tuple, size_t... I>
inline uint64_t green_hash_each(const Tuple& greens, std::index_sequence<I...>) {
  constexpr uint64_t kStep = 0x5bd1e995u, kLast = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0;
  ((h = (h ^ green_bits(std::get<I>(greens))) * (I + 1 == sizeof...(I) ? kLast : kStep)), ...);
  return h;
}
template <class... G>
inline uint64_t green_hash(const std::tuple<G...>& greens) {
  return green_hash_each(greens, std::index_sequence_for<G...>{});
}

}  // namespace detail

}  // namespace weft::jit

// Greens and reds are variables of the portal (the JIT writes them back).
#ifdef WEFT_CODEGEN
// For the marker calls: "N, greens..." and ", reds...", so that the markers are called directly
// (a helper function around them would keep clang from promoting the variables to registers).
#define WEFT_JIT_NARGS_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, N, \
                        ...)                                                                      \
  N
#define WEFT_JIT_NARGS(...)                                                                      \
  WEFT_JIT_NARGS_(__VA_ARGS__ __VA_OPT__(, ) 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, \
                  1, 0)
#define WEFT_GREENS(...) WEFT_JIT_NARGS(__VA_ARGS__) __VA_OPT__(, ) __VA_ARGS__
#define WEFT_REDS(...) __VA_OPT__(, ) __VA_ARGS__
#else
#define WEFT_GREENS(...) std::tie(__VA_ARGS__)
#define WEFT_REDS(...) std::tie(__VA_ARGS__)
#endif

#ifdef WEFT_CODEGEN
// Markers for the codegen: (driver, number of greens, greens..., reds...). noduplicate keeps
// clang from copying the merge point (loop rotation, tail duplication): a portal has one.
extern "C" [[clang::noduplicate]] void weft_jit_merge_point(const weft::jit::JitDriver*, int, ...);
extern "C" [[clang::noduplicate]] void weft_jit_can_enter_jit(const weft::jit::JitDriver*, int,
                                                              ...);
extern "C" [[clang::noduplicate]] void weft_jit_portal_entry(const weft::jit::JitDriver*, int, ...);
extern "C" int64_t weft_jit_promote_int(int64_t);
extern "C" void* weft_jit_promote_ref(void*);
extern "C" bool weft_jit_we_are_jitted();
extern "C" bool weft_jit_isconstant_int(int64_t);
extern "C" bool weft_jit_isconstant_ref(const void*);
extern "C" bool weft_jit_isvirtual(const void*);
#define WEFT_JIT_MERGE_POINT(driver, greens, reds) weft_jit_merge_point(&(driver), greens reds)
#define WEFT_CAN_ENTER_JIT(driver, greens, reds) weft_jit_can_enter_jit(&(driver), greens reds)
#define WEFT_CAN_ENTER_JIT_THEN(driver, greens, reds, reload) \
  do {                                                        \
    weft_jit_can_enter_jit(&(driver), greens reds);           \
    reload;                                                   \
  } while (0)
// Where the portal function starts: a trace that calls the portal may run the call natively
// instead of inlining it (recursion, too deep), deciding by the greens given here.
#define WEFT_PORTAL_ENTRY(driver, greens, reds) weft_jit_portal_entry(&(driver), greens reds)
#else
// Native: the merge point is nothing; can-enter-jit is the warm-up countdown, and when it runs
// out, the JIT (see the re-entry convention at the top).
#define WEFT_JIT_MERGE_POINT(driver, greens, reds) ((void)(driver), (void)(greens), (void)(reds))
// The fast path is 9 instructions with two greens (x86-64, clang -O3: the hash, the set's
// first entry's tag compared, a decrement of the counter in memory, the branch; see
// docs/meta-tracing.md). `greens` is evaluated twice (it is std::tie of variables): once for
// the hash, again on the slow path.
#define WEFT_CAN_ENTER_JIT(driver, greens, reds) \
  WEFT_CAN_ENTER_JIT_THEN(driver, greens, reds, (void)0)
// WEFT_CAN_ENTER_JIT, then `reload` (a statement that recomputes what the loop derives from its
// greens and reds: arrays, pointers into the frame) where they may have changed: natively only
// when the countdown ran out and the JIT was entered (a loop's backward jump then pays nothing
// for it), in the codegen's build always.
#define WEFT_CAN_ENTER_JIT_THEN(driver, greens, reds, reload)          \
  do {                                                                 \
    uint64_t weft_hash_ = ::weft::jit::detail::green_hash(greens);     \
    if ((driver).counters().tick(weft_hash_)) [[unlikely]] {           \
      uint64_t weft_result_ = 0;                                       \
      if ((driver).enter_jit(weft_hash_, greens, reds, &weft_result_)) \
        return ::weft::jit::detail::PortalResult{weft_result_};        \
      reload;                                                          \
    }                                                                  \
  } while (0)
// At the start of the portal function, before its loop, with the greens and reds of the first
// merge point: counts calls (function_threshold); when a function is hot, the JIT traces it
// from its start, and a trace that ends where the portal returns is compiled as a function
// trace that later calls enter directly. Execution then goes on into the loop (no `continue`).
// The greens and reds written back may be those of a later merge point of the same call: when
// compiled code called by compiled code (call_assembler) left its trace, the runtime finishes
// the call by calling the portal function, which continues from there. So nothing between
// WEFT_PORTAL_ENTRY and the merge point may assume the function's start.
#define WEFT_PORTAL_ENTRY(driver, greens, reds)                              \
  do {                                                                       \
    uint64_t weft_hash_ = ::weft::jit::detail::green_hash(greens);           \
    if ((driver).entry_counters().tick(weft_hash_)) [[unlikely]] {           \
      uint64_t weft_result_ = 0;                                             \
      if ((driver).enter_jit(weft_hash_, greens, reds, &weft_result_, true)) \
        return ::weft::jit::detail::PortalResult{weft_result_};              \
    }                                                                        \
  } while (0)
#endif

namespace weft::jit {

// promote(x): in a trace, x becomes a constant (guarded). Natively the identity. x is an
// integer, enum or pointer: traces guard those only.
template <class T>
inline T promote(T x) {
  static_assert(std::is_integral_v<T> || std::is_enum_v<T> || std::is_pointer_v<T>,
                "weft::jit::promote takes an integer, enum or pointer (a double would be "
                "truncated: promote its bits, std::bit_cast<int64_t>(x), instead)");
#ifdef WEFT_CODEGEN
  if constexpr (std::is_pointer_v<T>)
    return static_cast<T>(weft_jit_promote_ref(const_cast<void*>(static_cast<const void*>(x))));
  else
    return T(weft_jit_promote_int(int64_t(x)));
#else
  return x;
#endif
}

// keep_in_memory(vars...): the native interpreter keeps these variables in memory (in its
// stack frame) instead of registers; call it once, before the loop. For a big interpreter
// loop's rarely used variables (a frame, a code object), which otherwise take registers that
// the hot ones (operand stack, instruction pointer) need across calls. Measure before using
// it: which variables gain depends on the register allocator's choices for the whole loop
// (weft-python: the code object and the frame together gain 3-4% of instructions, either
// alone nothing). Nothing in traces (the codegen's build has no such pass).
namespace detail {
// `var`'s address escapes into an empty asm statement that may read and write memory: every
// later call may then change the variable, which stays in memory. Not under AddressSanitizer:
// there an address-taken local moves into an instrumented frame with redzones, a layout the
// hint was not measured for, and in weft-python's loop that frame kept a dead object's stale
// address where the collector's conservative stack scan found it (tests/python
// finalizer_collect in the ASan build).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WEFT_HINTS_UNDER_ASAN 1
#endif
#endif
template <class T>
[[gnu::always_inline]] inline void escape([[maybe_unused]] T& var) {
#if !defined(WEFT_CODEGEN) && !defined(WEFT_HINTS_UNDER_ASAN)
  asm volatile("" : : "r"(&var) : "memory");
#endif
}
#undef WEFT_HINTS_UNDER_ASAN
}  // namespace detail
template <class... T>
[[gnu::always_inline]] inline void keep_in_memory(T&... vars) {
  (detail::escape(vars), ...);
}

// True only in code the JIT runs (traces, the blackhole interpreter).
inline bool we_are_jitted() {
#ifdef WEFT_CODEGEN
  return weft_jit_we_are_jitted();
#else
  return false;
#endif
}

// isconstant(x): true while tracing if x is a constant of the trace (a green, a promoted value,
// what the tracer computed from constants only); false in the native interpreter and the
// blackhole interpreter. For choosing between two ways of computing the same thing (RPython's
// isconstant): both branches must give the same result.
template <class T>
inline bool isconstant([[maybe_unused]] T x) {
  static_assert(std::is_integral_v<T> || std::is_enum_v<T> || std::is_pointer_v<T>,
                "weft::jit::isconstant takes an integer, enum or pointer");
#ifdef WEFT_CODEGEN
  if constexpr (std::is_pointer_v<T>)
    return weft_jit_isconstant_ref(static_cast<const void*>(x));
  else
    return weft_jit_isconstant_int(int64_t(x));
#else
  return false;
#endif
}

// isvirtual(object): true while tracing if `object` (a GC reference) was allocated in the trace
// and so far only its fields were read and written (the optimizer can remove the allocation);
// false once it was stored anywhere or passed to a call, and always outside traces. The same
// contract as isconstant.
inline bool isvirtual([[maybe_unused]] const void* object) {
#ifdef WEFT_CODEGEN
  return weft_jit_isvirtual(object);
#else
  return false;
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
// WEFT_LOOK_INSIDE_IF(function, predicate) (RPython's look_inside_iff): a call of `function`
// (which must be [[gnu::noinline]]) is traced into when predicate(the same arguments) is true
// while tracing, and made as a residual call otherwise. The predicate takes the function's
// parameters and returns bool; it typically tests weft::jit::isconstant of an argument (a
// loop over a constant count unrolls; over a variable one it would unroll one iteration
// count into the trace), and it runs only in traces. `function` needs external linkage.
#ifdef WEFT_CODEGEN
#define WEFT_LOOK_INSIDE_IF(function, predicate)                                                   \
  [[gnu::used, gnu::section("weft_jit_look_inside_if")]] static const void* const WEFT_JIT_CONCAT( \
      weft_jit_look_inside_if_, __COUNTER__)[2] = {reinterpret_cast<const void*>(&function),       \
                                                   reinterpret_cast<const void*>(&predicate)}
#else
#define WEFT_LOOK_INSIDE_IF(function, predicate) \
  static_assert(sizeof(&function) != 0 && sizeof(&predicate) != 0)
#endif
// WEFT_VIRTUALIZABLE(Frame, field, items[*], ...): the fields of the frame type a driver's
// private frame (JitDriver) points to ("items[*]": an array member). A red of the portal that
// points to such a frame is a private frame without the driver's list (the codegen names it in
// the jitcodes). The codegen rejects traced code that reaches such a frame otherwise: a field
// not listed, the frame pointer stored into memory or passed to a WEFT_ELIDABLE or
// WEFT_NO_RAW_ACCESS call (codegen/src/virtualizable_check.h).
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
//
// Layout contract with the JIT: value_ is the first member (the codegen recognizes loads of it
// by the class's TBAA type name) and watched_ directly follows it, at offset sizeof(T) (the
// tracer sets it when a trace starts depending on the field).
template <class T>
class QuasiImmutable {
 public:
  QuasiImmutable() = default;
  explicit QuasiImmutable(T value) : value_(value) {}
  T get() const { return value_; }
  void set(T value) {
    static_assert(offsetof(QuasiImmutable, watched_) == sizeof(T), "see the layout contract");
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
// On a function traces call (WEFT_DONT_LOOK_INSIDE, or without a body the codegen sees): it
// reads and writes no raw memory that traced code accesses (the interpreter's frames, stacks
// and globals; GC objects, memory it allocates, the allocator's and libc's own state are
// fine). Stores to the frame stay pending across a call of it, so the objects they store can
// stay virtual, and what the trace read from the frame is still known after it.
#define WEFT_NO_RAW_ACCESS __attribute__((annotate("weft.no_raw_access")))
