// Errors found while parsing, and their text exactly as php 8.2 prints them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft::php {

struct ParseError {
  enum class Severity {
    Parse,  // "Parse error": syntax and lexical errors
    Fatal,  // "Fatal error": compile errors php reports while building its AST
  };
  Severity severity = Severity::Parse;
  std::string message;  // e.g. `syntax error, unexpected token "}", expecting ";"`
  uint32_t line = 0;
};

// The log line php writes to stderr when log_errors is on (the CLI default):
// "PHP Parse error:  MESSAGE in FILE on line N\n" (two spaces after the colon).
std::string format_error_log(const ParseError& e, std::string_view file);

// What php prints when display_errors is on (stdout by default):
// "\nParse error: MESSAGE in FILE on line N\n".
std::string format_error_display(const ParseError& e, std::string_view file);

}  // namespace weft::php
