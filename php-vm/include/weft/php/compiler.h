// The compiler: AST (ast.h) to weft-php bytecode (bytecode.h), one Code per function.
//
// Contract: compile_file() returns the main function of a file; functions, closures and classes
// it contains hang off Code::functions / Code::classes and are declared by the DeclareFunc /
// DeclareClass instructions (top-level unconditional declarations are hoisted: they run first).
// Compile-time errors php reports as fatal ("Cannot use [] for reading", ...) are returned in
// `error` (Severity::Fatal) with their line.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "weft/php/ast.h"
#include "weft/php/object.h"
#include "weft/php/parse_error.h"

namespace weft::php {

struct VM;

// A compile-time warning or deprecation: php's level (E_WARNING 2, E_COMPILE_WARNING 128,
// E_DEPRECATED 8192), the message and its line.
struct CompileDiagnostic {
  int level;
  std::string message;
  uint32_t line;
};

// `diagnostics` receives compile-time warnings and deprecations: php reports them before the
// file runs.
Function* compile_file(VM& vm, const Node* root, const std::string& file, ParseError* error,
                       std::vector<CompileDiagnostic>* diagnostics = nullptr);

}  // namespace weft::php
