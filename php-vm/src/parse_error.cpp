#include "weft/php/parse_error.h"

namespace weft::php {

namespace {

std::string_view label(const ParseError& e) {
  return e.severity == ParseError::Severity::Parse ? "Parse error" : "Fatal error";
}

std::string where(const ParseError& e, std::string_view file) {
  return " in " + std::string(file) + " on line " + std::to_string(e.line) + "\n";
}

}  // namespace

std::string format_error_log(const ParseError& e, std::string_view file) {
  return "PHP " + std::string(label(e)) + ":  " + e.message + where(e, file);
}

std::string format_error_display(const ParseError& e, std::string_view file) {
  return "\n" + std::string(label(e)) + ": " + e.message + where(e, file);
}

}  // namespace weft::php
