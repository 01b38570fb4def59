// The translation of one LLVM function into a jitcode, in the text form that
// weft::jit::parse_jitcodes reads (framework/include/weft/jit/jitcode.h). What it translates
// is listed at the top of function_translator.cpp and in codegen/README.md.
#pragma once

#include <llvm/IR/Function.h>

#include <map>
#include <set>
#include <string>

#include "field_names.h"
#include "gc_refs.h"
#include "interpreter_hints.h"

namespace weft::codegen {

// Code the JIT cannot trace, or misuse of the hints: "FILE:LINE: error: ... (in FUNCTION)".
struct Failure {
  std::string message;
};

struct TranslatedFunction {
  std::string text;                             // "jitcode NAME(params)" and its code
  std::set<std::string> declarations;           // descriptor declarations the jitcode needs
  std::map<std::string, std::string> residual;  // functions called, not traced: why
};

// Translates `f`; the functions it traces into are added to `needed` (by name). Throws
// Failure.
TranslatedFunction translate_function(const llvm::Function& f, const InterpreterHints& hints,
                                      const GcRefs& refs, const FieldNames& names,
                                      const std::set<std::string>& roots,
                                      std::set<std::string>& needed);

}  // namespace weft::codegen
