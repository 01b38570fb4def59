#include "call_assembler.h"

#include <chrono>
#include <cstring>
#include <utility>

namespace weft::jit {

namespace {

uint64_t clock_ns() {
  return uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}

}  // namespace

void PortalCalls::set_up(DescrTable& descrs, const std::string& portal,
                         const std::vector<Type>& args, size_t portal_args,
                         const EffectInfo& effects, bool count) {
  static constexpr Type kResults[] = {Type::Int, Type::Ref, Type::Float, Type::Void};
  portal_args_ = portal_args;
  helper_ = helper_for(args.size() - 1);
  CallStubSpec stub;
  stub.portal_args = portal_args;
  stub.reds = args.size() - 1 - portal_args;
  stub.slow = helper_;
  stub.after_exit = reinterpret_cast<uintptr_t>(&stub_after_exit);
  stub.counter = count ? &stats_.direct_calls : nullptr;
  stub_ = backend_.compile_call_stub(stub);
  for (int k : {0, 1, 3})
    descrs_[k] = descrs.add<CallDescr>("call_assembler." + portal + "." + "irfv"[k], args,
                                       kResults[k], effects);
}

PortalCalls::Token* PortalCalls::new_token(void* position) {
  Token& t = tokens_.emplace_back();
  t.helper = stub_ ? stub_ : helper_;
  t.calls = this;
  t.position = position;
  sync(t);
  return &t;
}

void PortalCalls::sync(Token& t) {
  t.code = host_.usable_code(t);
  t.entry = t.code && !recording_ && stub_ ? backend_.entry_of(*t.code) : 0;
}

void PortalCalls::set_recording(bool on) {
  recording_ = on;
  for (Token& t : tokens_) sync(t);
}

// The call stub's way back when the callee's code left through a guard (CallStubSpec). `io` may
// be the backend's shared buffer, which the collector does not scan and the next direct call
// overwrites: the exit's values move to this frame first.
uint64_t PortalCalls::stub_after_exit(Token* t, const ExitInfo* exit, uint64_t* io,
                                      const uint64_t* words) {
  uint64_t saved[Backend::kMaxIoWords];
  std::memcpy(saved, io, exit->saved.size() * sizeof(uint64_t));
  return t->calls->host_.callee_left(*t, *exit, saved, words);
}

// The helpers compiled code calls: (token, the portal's arguments, the reds), N words.
template <size_t... K>
uint64_t PortalCalls::helper(Token* token, decltype(K, uint64_t())... w) {
  // Five words of room after the arguments: run_callee() copies five reds.
  const uint64_t words[sizeof...(K) + 5] = {w...};
  PortalCalls& calls = *token->calls;
  if (token->code && !calls.recording_) [[likely]]
    return calls.run_callee(*token, *token->code, words);
  if (!calls.recording_ || calls.timing_call_) return calls.call(*token, words);
  calls.timing_call_ = true;
  uint64_t t0 = clock_ns();
  uint64_t result = calls.call(*token, words);
  calls.ran_while_recording_ns_ += clock_ns() - t0;
  calls.timing_call_ = false;
  return result;
}

template <size_t... K>
uintptr_t PortalCalls::helper_address(std::index_sequence<K...>) {
  return reinterpret_cast<uintptr_t>(&helper<K...>);
}

uintptr_t PortalCalls::helper_for(size_t words) {
  switch (words) {
    case 0:
      return helper_address(std::make_index_sequence<0>());
    case 1:
      return helper_address(std::make_index_sequence<1>());
    case 2:
      return helper_address(std::make_index_sequence<2>());
    case 3:
      return helper_address(std::make_index_sequence<3>());
    case 4:
      return helper_address(std::make_index_sequence<4>());
    default:
      return helper_address(std::make_index_sequence<5>());
  }
}

// A portal call from compiled code: the callee's compiled code with its reds if it has some,
// else the portal function. `words`: the portal's arguments, then the reds and room for five
// in all.
uint64_t PortalCalls::call(Token& t, const uint64_t* words) {
  sync(t);
  if (!t.code) return host_.call_portal(words);
  return run_callee(t, *t.code, words);
}

[[gnu::always_inline]] inline uint64_t PortalCalls::run_callee(Token& t, const CompiledTrace& code,
                                                               const uint64_t* words) {
  ++stats_.direct_calls;
  uint64_t io[Backend::kMaxIoWords];
  // At most five reds (set_up()); extra words are not inputs. A constant length: no call.
  std::memcpy(io, words + portal_args_, 5 * sizeof(uint64_t));
  const ExitInfo* exit = backend_.run_in_place(code, io);
  if (exit->kind == ExitInfo::Kind::Finish) [[likely]]
    return exit->saved.empty() ? 0 : io[0];
  return host_.callee_left(t, *exit, io, words);
}

}  // namespace weft::jit
