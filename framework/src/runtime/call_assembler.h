// Portal calls from compiled code (call_assembler, docs/meta-tracing.md): a token per callee
// position, the C++ helpers compiled code calls through it and the backend's stub that enters
// the callee's compiled code directly. What a call does when the callee has no usable code or
// leaves it through a guard is the runtime's (Host).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "weft/jit/backend.h"
#include "weft/jit/descr.h"
#include "weft/jit/runtime.h"

namespace weft::jit {

class PortalCalls {
 public:
  // What a call_assembler calls (CallAssemblerToken): one per position traces call, living
  // as long as the runtime (compiled code embeds its address).
  struct Token : CallAssemblerToken {
    PortalCalls* calls = nullptr;
    void* position = nullptr;  // the runtime's, for Host
    // The position's compiled code while calls may enter it, else null: all the helpers'
    // fast path reads (sync()).
    const CompiledTrace* code = nullptr;
  };

  class Host {
   public:
    // The compiled code calls of the token's position may enter, or null.
    virtual const CompiledTrace* usable_code(const Token& t) = 0;
    // The callee's code left through `exit` (not a finish) with `io`: the call's result.
    // `words`: the call's words (the portal's arguments, then the reds).
    virtual uint64_t callee_left(Token& t, const ExitInfo& exit, const uint64_t* io,
                                 const uint64_t* words) = 0;
    // Calls the portal function natively with its arguments.
    virtual uint64_t call_portal(const uint64_t* args) = 0;

   protected:
    ~Host() = default;
  };

  PortalCalls(Host& host, Backend& backend, JitStats& stats)
      : host_(host), backend_(backend), stats_(stats) {}

  // Makes call_assembler available for `portal`, whose calls pass `args` (the token, the
  // portal's `portal_args` arguments, then the reds compiled code takes): integer words, at
  // most six. `effects` describe the calls.
  // `count`: compiled code counts its direct calls in JitStats::direct_calls.
  void set_up(DescrTable& descrs, const std::string& portal, const std::vector<Type>& args,
              size_t portal_args, const EffectInfo& effects, bool count);
  bool available() const { return helper_ != 0; }
  // The calls' descriptors per result type (int, ref, float, void; null where unsupported).
  const CallDescr* const* descrs() const { return descrs_; }

  Token* new_token(void* position);
  // After a change of what Host::usable_code() gives for the token.
  void sync(Token& t);
  // While a trace is recorded, calls go through the helper, which times them.
  void set_recording(bool on);
  // The time the program ran in portal calls made while recording (not tracing time).
  uint64_t ran_while_recording_ns() const { return ran_while_recording_ns_; }

 private:
  template <size_t... K>
  static uint64_t helper(Token* token, decltype(K, uint64_t())... w);
  template <size_t... K>
  static uintptr_t helper_address(std::index_sequence<K...>);
  static uintptr_t helper_for(size_t words);
  static uint64_t stub_after_exit(Token* t, const ExitInfo* exit, uint64_t* io,
                                  const uint64_t* words);
  uint64_t call(Token& t, const uint64_t* words);
  uint64_t run_callee(Token& t, const CompiledTrace& code, const uint64_t* words);

  Host& host_;
  Backend& backend_;
  JitStats& stats_;
  const CallDescr* descrs_[4] = {};
  uintptr_t helper_ = 0;
  // The backend's stub that enters a token's compiled code directly (CallStubSpec), calling
  // the helper when there is none; 0 if it could not be made.
  uintptr_t stub_ = 0;
  size_t portal_args_ = 0;
  std::deque<Token> tokens_;
  bool recording_ = false;
  bool timing_call_ = false;  // a call made while recording is being timed
  uint64_t ran_while_recording_ns_ = 0;
};

}  // namespace weft::jit
