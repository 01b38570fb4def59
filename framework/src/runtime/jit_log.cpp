#include "jit_log.h"

#include "weft/jit/ir_text.h"

namespace weft::jit {

JitLog::JitLog(const std::string& path) {
  if (path.empty()) return;
  if (path == "-") {
    out_ = stderr;
    return;
  }
  out_ = std::fopen(path.c_str(), "w");
  owned_ = out_ != nullptr;
  if (!out_) std::fprintf(stderr, "weft: cannot write the JIT log to %s\n", path.c_str());
}

JitLog::~JitLog() {
  if (owned_) std::fclose(out_);
}

void JitLog::line(const std::string& text) {
  if (!out_) return;
  std::fputs(text.c_str(), out_);
  if (text.empty() || text.back() != '\n') std::fputc('\n', out_);
  std::fflush(out_);
}

void JitLog::trace(const std::string& title, const Trace& trace) {
  if (!out_) return;
  line("# " + title + ": " + std::to_string(trace.insts.size()) + " operations");
  line(print_trace(trace));
}

}  // namespace weft::jit
