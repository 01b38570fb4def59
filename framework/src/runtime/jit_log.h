// The JIT log (WEFT_JIT_LOG): what the runtime traced, how the traces look before and after
// optimization, what it gave up on and why. Plain text, one event per "# ..." line.
#pragma once

#include <cstdio>
#include <string>

#include "weft/jit/ir.h"

namespace weft::jit {

class JitLog {
 public:
  // `path`: a file to create, "-" for stderr, or empty for no log.
  explicit JitLog(const std::string& path);
  ~JitLog();
  JitLog(const JitLog&) = delete;
  JitLog& operator=(const JitLog&) = delete;

  bool enabled() const { return out_ != nullptr; }
  void line(const std::string& text);
  // "# <title>: N operations" followed by the trace in the text format.
  void trace(const std::string& title, const Trace& trace);

 private:
  FILE* out_ = nullptr;
  bool owned_ = false;
};

}  // namespace weft::jit
