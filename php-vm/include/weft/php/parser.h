// The PHP 8.2 parser: source text to an AST (weft/php/ast.h) or the first error, worded and
// located as php reports it (syntax errors, lexical errors, and some compile-time errors php
// raises while parsing).
#pragma once

#include <optional>
#include <string_view>

#include "weft/php/ast.h"
#include "weft/php/parse_error.h"

namespace weft::php {

struct ParseOptions {
  // Bound on nesting (brackets, nested expressions and statements) so deep input cannot
  // overflow the native stack; php has no such limit. Exceeding it is a fatal error
  // "Maximum nesting level of N reached while parsing".
  uint32_t max_depth = 800;
};

struct ParseResult {
  Node* root = nullptr;  // a StmtList, when there is no error
  std::optional<ParseError> error;
};

// Parses a whole file. Nodes live in `arena`; string nodes may point into `src`, so both must
// outlive the result.
ParseResult parse(std::string_view src, Arena& arena, const ParseOptions& options = {});

}  // namespace weft::php
