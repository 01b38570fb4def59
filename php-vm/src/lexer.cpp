// Hand-written PHP 8.2 lexer. It follows php's scanner states (INITIAL, IN_SCRIPTING,
// LOOKING_FOR_PROPERTY, DOUBLE_QUOTES, BACKQUOTE, HEREDOC, NOWDOC, VAR_OFFSET,
// LOOKING_FOR_VARNAME) so the token split matches token_get_all() byte for byte.
#include "weft/php/lexer.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace weft::php {

namespace {

enum class St {
  Initial,
  Scripting,
  Property,
  DQuote,
  Backquote,
  Heredoc,
  Nowdoc,
  VarOffset,
  VarName
};

struct HeredocInfo {
  std::string_view label;
  size_t body_start;
  bool nowdoc;
};

bool is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_hex(unsigned char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

const std::unordered_map<std::string, Tok>& keywords() {
  static const std::unordered_map<std::string, Tok> map = {
      {"abstract", T_ABSTRACT},
      {"and", T_LOGICAL_AND},
      {"array", T_ARRAY},
      {"as", T_AS},
      {"break", T_BREAK},
      {"callable", T_CALLABLE},
      {"case", T_CASE},
      {"catch", T_CATCH},
      {"class", T_CLASS},
      {"clone", T_CLONE},
      {"const", T_CONST},
      {"continue", T_CONTINUE},
      {"declare", T_DECLARE},
      {"default", T_DEFAULT},
      {"do", T_DO},
      {"echo", T_ECHO},
      {"else", T_ELSE},
      {"elseif", T_ELSEIF},
      {"empty", T_EMPTY},
      {"enddeclare", T_ENDDECLARE},
      {"endfor", T_ENDFOR},
      {"endforeach", T_ENDFOREACH},
      {"endif", T_ENDIF},
      {"endswitch", T_ENDSWITCH},
      {"endwhile", T_ENDWHILE},
      {"eval", T_EVAL},
      {"exit", T_EXIT},
      {"die", T_EXIT},
      {"extends", T_EXTENDS},
      {"final", T_FINAL},
      {"finally", T_FINALLY},
      {"fn", T_FN},
      {"for", T_FOR},
      {"foreach", T_FOREACH},
      {"function", T_FUNCTION},
      {"global", T_GLOBAL},
      {"goto", T_GOTO},
      {"if", T_IF},
      {"implements", T_IMPLEMENTS},
      {"include", T_INCLUDE},
      {"include_once", T_INCLUDE_ONCE},
      {"instanceof", T_INSTANCEOF},
      {"insteadof", T_INSTEADOF},
      {"interface", T_INTERFACE},
      {"isset", T_ISSET},
      {"list", T_LIST},
      {"match", T_MATCH},
      {"namespace", T_NAMESPACE},
      {"new", T_NEW},
      {"or", T_LOGICAL_OR},
      {"print", T_PRINT},
      {"private", T_PRIVATE},
      {"protected", T_PROTECTED},
      {"public", T_PUBLIC},
      {"readonly", T_READONLY},
      {"require", T_REQUIRE},
      {"require_once", T_REQUIRE_ONCE},
      {"return", T_RETURN},
      {"static", T_STATIC},
      {"switch", T_SWITCH},
      {"throw", T_THROW},
      {"trait", T_TRAIT},
      {"try", T_TRY},
      {"unset", T_UNSET},
      {"use", T_USE},
      {"var", T_VAR},
      {"while", T_WHILE},
      {"xor", T_LOGICAL_XOR},
      {"yield", T_YIELD},
      {"__class__", T_CLASS_C},
      {"__trait__", T_TRAIT_C},
      {"__function__", T_FUNC_C},
      {"__method__", T_METHOD_C},
      {"__line__", T_LINE},
      {"__file__", T_FILE},
      {"__dir__", T_DIR},
      {"__namespace__", T_NS_C},
      {"__halt_compiler", T_HALT_COMPILER},
  };
  return map;
}

struct Op {
  const char* text;
  Tok kind;
};

// Longest first, so the first match is the longest one.
constexpr Op kOps[] = {
    {"**=", T_POW_EQUAL},
    {"...", T_ELLIPSIS},
    {"<=>", T_SPACESHIP},
    {"===", T_IS_IDENTICAL},
    {"!==", T_IS_NOT_IDENTICAL},
    {"<<=", T_SL_EQUAL},
    {">>=", T_SR_EQUAL},
    {"?\?=", T_COALESCE_EQUAL},
    {"?->", T_NULLSAFE_OBJECT_OPERATOR},
    {"**", T_POW},
    {"::", T_DOUBLE_COLON},
    {"=>", T_DOUBLE_ARROW},
    {"++", T_INC},
    {"--", T_DEC},
    {"->", T_OBJECT_OPERATOR},
    {"&&", T_BOOLEAN_AND},
    {"||", T_BOOLEAN_OR},
    {"==", T_IS_EQUAL},
    {"!=", T_IS_NOT_EQUAL},
    {"<>", T_IS_NOT_EQUAL},
    {"<=", T_IS_SMALLER_OR_EQUAL},
    {">=", T_IS_GREATER_OR_EQUAL},
    {"+=", T_PLUS_EQUAL},
    {"-=", T_MINUS_EQUAL},
    {"*=", T_MUL_EQUAL},
    {"/=", T_DIV_EQUAL},
    {".=", T_CONCAT_EQUAL},
    {"%=", T_MOD_EQUAL},
    {"&=", T_AND_EQUAL},
    {"|=", T_OR_EQUAL},
    {"^=", T_XOR_EQUAL},
    {"<<", T_SL},
    {">>", T_SR},
    {"??", T_COALESCE},
};

class Lexer {
 public:
  explicit Lexer(std::string_view src) : src_(src) {}

  LexResult run() {
    while (pos_ < src_.size()) {
      if (halt_left_ == 0) {
        emit(T_INLINE_HTML, src_.size());
        break;
      }
      switch (st_) {
        case St::Initial:
          lex_initial();
          break;
        case St::Scripting:
          lex_scripting();
          break;
        case St::Property:
          lex_property();
          break;
        case St::DQuote:
          lex_string('"');
          break;
        case St::Backquote:
          lex_string('`');
          break;
        case St::Heredoc:
          lex_heredoc(false);
          break;
        case St::Nowdoc:
          lex_heredoc(true);
          break;
        case St::VarOffset:
          lex_var_offset();
          break;
        case St::VarName:
          lex_varname();
          break;
      }
    }
    if (!brackets_.empty()) {
      const Bracket& b = brackets_.back();
      std::string msg = std::string("Unclosed '") + b.c + "'";
      if (b.line != line_) msg += " on line " + std::to_string(b.line);
      error(msg, line_);
    }
    out_.tokens.push_back(Token{T_END, static_cast<uint32_t>(src_.size()), 0, line_,
                                static_cast<uint32_t>(src_.size() - line_start_ + 1)});
    return std::move(out_);
  }

 private:
  struct Bracket {
    char c;
    uint32_t line;
  };

  unsigned char at(size_t i) const { return i < src_.size() ? src_[i] : 0; }
  bool has(size_t i) const { return i < src_.size(); }
  bool starts(size_t i, std::string_view s) const { return src_.substr(i, s.size()) == s; }

  void push(St next) {
    stack_.push_back(st_);
    st_ = next;
  }
  void pop() {
    if (stack_.empty()) {
      st_ = St::Scripting;
      return;
    }
    st_ = stack_.back();
    stack_.pop_back();
  }

  void error(const std::string& msg, uint32_t line) {
    if (out_.error.set) return;
    out_.error.set = true;
    out_.error.token_index = static_cast<uint32_t>(out_.tokens.size());
    out_.error.line = line;
    out_.error.message = msg;
  }

  // Emits [pos_, end) and advances, keeping the line count (php counts \n, \r\n and \r).
  void emit(Tok kind, size_t end) {
    Token t{kind, static_cast<uint32_t>(pos_), static_cast<uint32_t>(end - pos_), line_,
            static_cast<uint32_t>(pos_ - line_start_ + 1)};
    out_.tokens.push_back(t);
    for (size_t i = pos_; i < end; i++) {
      if (src_[i] == '\n' || (src_[i] == '\r' && at(i + 1) != '\n')) {
        line_++;
        line_start_ = i + 1;
      }
    }
    pos_ = end;
    if (halt_left_ > 0 && kind != T_WHITESPACE && kind != T_COMMENT && kind != T_DOC_COMMENT)
      halt_left_--;
  }

  void open_bracket(char c) { brackets_.push_back({c, line_}); }
  void close_bracket(char c) {
    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (brackets_.empty()) {
      error(std::string("Unmatched '") + c + "'", line_);
      return;
    }
    Bracket b = brackets_.back();
    if (b.c != want) {
      std::string msg = std::string("Unclosed '") + b.c + "'";
      if (b.line != line_) msg += " on line " + std::to_string(b.line);
      error(msg + " does not match '" + c + "'", line_);
      return;
    }
    brackets_.pop_back();
  }

  size_t newline_len(size_t i) const {
    if (at(i) == '\n') return 1;
    if (at(i) == '\r') return at(i + 1) == '\n' ? 2 : 1;
    return 0;
  }

  void lex_initial() {
    size_t i = pos_;
    while (true) {
      size_t lt = src_.find("<?", i);
      if (lt == std::string_view::npos) {
        emit(T_INLINE_HTML, src_.size());
        return;
      }
      if (at(lt + 2) == '=') {
        if (lt > pos_) emit(T_INLINE_HTML, lt);
        emit(T_OPEN_TAG_WITH_ECHO, lt + 3);
        st_ = St::Scripting;
        return;
      }
      if (ieq(src_.substr(lt + 2, 3), "php") && (!has(lt + 5) || is_ws(at(lt + 5)))) {
        if (lt > pos_) emit(T_INLINE_HTML, lt);
        size_t end = lt + 5;
        if (has(end)) end += newline_len(end) ? newline_len(end) : 1;
        emit(T_OPEN_TAG, end);
        st_ = St::Scripting;
        return;
      }
      i = lt + 2;
    }
  }

  void lex_scripting() {
    unsigned char c = at(pos_);
    if (is_ws(c)) {
      size_t i = pos_;
      while (is_ws(at(i))) i++;
      emit(T_WHITESPACE, i);
      return;
    }
    if ((c == 'b' || c == 'B') && (at(pos_ + 1) == '\'' || at(pos_ + 1) == '"')) {
      if (at(pos_ + 1) == '\'')
        single_quoted(pos_ + 1);
      else
        double_quoted(pos_ + 1);
      return;
    }
    if ((c == 'b' || c == 'B') && starts(pos_ + 1, "<<<") && heredoc_start(pos_ + 1)) return;
    if (is_label_start(c) || (c == '\\' && is_label_start(at(pos_ + 1)))) {
      name_or_keyword();
      return;
    }
    if (c == '$' && is_label_start(at(pos_ + 1))) {
      size_t i = pos_ + 1;
      while (is_label_char(at(i))) i++;
      emit(T_VARIABLE, i);
      return;
    }
    if (is_digit(c) || (c == '.' && is_digit(at(pos_ + 1)))) {
      number();
      return;
    }
    switch (c) {
      case '#':
        if (at(pos_ + 1) == '[') {
          open_bracket('[');
          emit(T_ATTRIBUTE, pos_ + 2);
        } else {
          line_comment();
        }
        return;
      case '/':
        if (at(pos_ + 1) == '/') {
          line_comment();
          return;
        }
        if (at(pos_ + 1) == '*') {
          block_comment();
          return;
        }
        break;
      case '?':
        if (at(pos_ + 1) == '>') {
          size_t end = pos_ + 2;
          end += newline_len(end);
          emit(T_CLOSE_TAG, end);
          st_ = St::Initial;
          return;
        }
        break;
      case '\'':
        single_quoted(pos_);
        return;
      case '"':
        double_quoted(pos_);
        return;
      case '`':
        emit(static_cast<Tok>('`'), pos_ + 1);
        push(St::Backquote);
        return;
      case '<':
        if (starts(pos_, "<<<") && heredoc_start(pos_)) return;
        break;
      case '(':
        if (cast()) return;
        open_bracket('(');
        emit(static_cast<Tok>('('), pos_ + 1);
        return;
      case '[':
        open_bracket('[');
        emit(static_cast<Tok>('['), pos_ + 1);
        return;
      case '{':
        open_bracket('{');
        emit(static_cast<Tok>('{'), pos_ + 1);
        push(St::Scripting);
        return;
      case ')':
      case ']':
        close_bracket(static_cast<char>(c));
        emit(static_cast<Tok>(c), pos_ + 1);
        return;
      case '}':
        close_bracket('}');
        emit(static_cast<Tok>('}'), pos_ + 1);
        if (!stack_.empty()) pop();
        return;
      case '&': {
        if (at(pos_ + 1) == '&' || at(pos_ + 1) == '=') break;
        size_t i = pos_ + 1;
        while (is_ws(at(i))) i++;
        bool followed = at(i) == '$' || starts(i, "...");
        emit(followed ? T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
                      : T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG,
             pos_ + 1);
        return;
      }
      default:
        break;
    }
    for (const Op& op : kOps) {
      if (starts(pos_, op.text)) {
        emit(op.kind, pos_ + std::strlen(op.text));
        if (op.kind == T_OBJECT_OPERATOR || op.kind == T_NULLSAFE_OBJECT_OPERATOR)
          push(St::Property);
        return;
      }
    }
    if (c == '\\') {
      emit(T_NS_SEPARATOR, pos_ + 1);
      return;
    }
    if (std::strchr(";:,.|^&+-/*=%!~$<>?@", c) && c != 0) {
      emit(static_cast<Tok>(c), pos_ + 1);
      return;
    }
    emit(T_BAD_CHARACTER, pos_ + 1);
  }

  void lex_property() {
    unsigned char c = at(pos_);
    if (is_ws(c)) {
      size_t i = pos_;
      while (is_ws(at(i))) i++;
      emit(T_WHITESPACE, i);
      return;
    }
    if (starts(pos_, "->")) {
      emit(T_OBJECT_OPERATOR, pos_ + 2);
      return;
    }
    if (starts(pos_, "?->")) {
      emit(T_NULLSAFE_OBJECT_OPERATOR, pos_ + 3);
      return;
    }
    if (is_label_start(c)) {
      size_t i = pos_;
      while (is_label_char(at(i))) i++;
      emit(T_STRING, i);
    }
    pop();  // anything else is lexed again in the outer state
  }

  void line_comment() {
    size_t i = pos_;
    while (has(i) && at(i) != '\n' && at(i) != '\r' && !starts(i, "?>")) i++;
    emit(T_COMMENT, i);
  }

  void block_comment() {
    bool doc = at(pos_ + 2) == '*' && is_ws(at(pos_ + 3));
    size_t end = src_.find("*/", pos_ + 2);
    if (end == std::string_view::npos) {
      error("Unterminated comment starting line " + std::to_string(line_), line_);
      emit(doc ? T_DOC_COMMENT : T_COMMENT, src_.size());
      return;
    }
    emit(doc ? T_DOC_COMMENT : T_COMMENT, end + 2);
  }

  void name_or_keyword() {
    size_t i = pos_;
    bool fully = at(i) == '\\';
    if (fully) i++;
    while (is_label_char(at(i))) i++;
    size_t first_end = i;
    int segments = 1;
    while (at(i) == '\\' && is_label_start(at(i + 1))) {
      i += 1;
      while (is_label_char(at(i))) i++;
      segments++;
    }
    if (fully) {
      emit(T_NAME_FULLY_QUALIFIED, i);
      return;
    }
    if (segments > 1) {
      bool relative = ieq(src_.substr(pos_, first_end - pos_), "namespace");
      emit(relative ? T_NAME_RELATIVE : T_NAME_QUALIFIED, i);
      return;
    }
    std::string low(src_.substr(pos_, i - pos_));
    for (char& ch : low) ch = lower(ch);
    if (low == "enum") {
      size_t j = i;
      while (is_ws(at(j))) j++;
      if (j > i && is_label_start(at(j))) {
        size_t k = j;
        while (is_label_char(at(k))) k++;
        std::string_view next = src_.substr(j, k - j);
        if (!ieq(next, "extends") && !ieq(next, "implements")) {
          emit(T_ENUM, i);
          return;
        }
      }
      emit(T_STRING, i);
      return;
    }
    if (low == "yield") {
      size_t j = i;
      while (is_ws(at(j))) j++;
      if (j > i && ieq(src_.substr(j, 4), "from") && !is_label_char(at(j + 4))) {
        emit(T_YIELD_FROM, j + 4);
        return;
      }
    }
    auto it = keywords().find(low);
    if (it == keywords().end()) {
      emit(T_STRING, i);
      return;
    }
    emit(it->second, i);
    if (it->second == T_HALT_COMPILER) halt_left_ = 3;
  }

  // Digits of one kind with single underscores between them; returns the end.
  template <typename Pred>
  size_t digits(size_t i, Pred ok) const {
    if (!ok(at(i))) return i;
    while (true) {
      while (ok(at(i))) i++;
      if (at(i) == '_' && ok(at(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
  }

  void number() {
    size_t start = pos_;
    unsigned char c1 = static_cast<unsigned char>(lower(static_cast<char>(at(pos_ + 1))));
    if (at(pos_) == '0' && (c1 == 'x' || c1 == 'b' || c1 == 'o')) {
      int base = c1 == 'x' ? 16 : c1 == 'b' ? 2 : 8;
      auto ok = [base](unsigned char c) {
        if (base == 16) return is_hex(c);
        if (base == 2) return c == '0' || c == '1';
        return c >= '0' && c <= '7';
      };
      size_t end = digits(pos_ + 2, ok);
      if (end > pos_ + 2) {
        emit(fits_int(start + 2, end, base) ? T_LNUMBER : T_DNUMBER, end);
        return;
      }
    }
    size_t i = digits(pos_, is_digit);
    bool is_float = false;
    if (at(i) == '.' && (i > pos_ || is_digit(at(i + 1)))) {
      // "1." and "1.5" are floats, but "1..2" is "1." then ".2".
      is_float = true;
      i = digits(i + 1, is_digit);
    }
    if ((at(i) == 'e' || at(i) == 'E')) {
      size_t j = i + 1;
      if (at(j) == '+' || at(j) == '-') j++;
      if (is_digit(at(j))) {
        is_float = true;
        i = digits(j, is_digit);
      }
    }
    if (is_float) {
      emit(T_DNUMBER, i);
      return;
    }
    if (at(start) == '0' && i - start > 1) {
      for (size_t k = start; k < i; k++) {
        if (at(k) == '8' || at(k) == '9') {
          error("Invalid numeric literal", line_);
          break;
        }
      }
      emit(fits_int(start, i, 8) ? T_LNUMBER : T_DNUMBER, i);
      return;
    }
    emit(fits_int(start, i, 10) ? T_LNUMBER : T_DNUMBER, i);
  }

  bool fits_int(size_t start, size_t end, int base) const {
    unsigned __int128 v = 0;
    for (size_t i = start; i < end; i++) {
      unsigned char c = at(i);
      if (c == '_') continue;
      int d = is_digit(c) ? c - '0' : lower(static_cast<char>(c)) - 'a' + 10;
      if (d >= base) d = 0;  // invalid octal digits are reported separately
      v = v * base + d;
      if (v > static_cast<unsigned __int128>(INT64_MAX)) return false;
    }
    return true;
  }

  bool cast() {
    size_t i = pos_ + 1;
    while (at(i) == ' ' || at(i) == '\t') i++;
    size_t ws = i;
    while (is_label_char(at(i)) && !is_digit(at(i))) i++;
    std::string word(src_.substr(ws, i - ws));
    for (char& ch : word) ch = lower(ch);
    while (at(i) == ' ' || at(i) == '\t') i++;
    if (at(i) != ')' || word.empty()) return false;
    Tok kind;
    if (word == "int" || word == "integer")
      kind = T_INT_CAST;
    else if (word == "bool" || word == "boolean")
      kind = T_BOOL_CAST;
    else if (word == "float" || word == "double" || word == "real")
      kind = T_DOUBLE_CAST;
    else if (word == "string" || word == "binary")
      kind = T_STRING_CAST;
    else if (word == "array")
      kind = T_ARRAY_CAST;
    else if (word == "object")
      kind = T_OBJECT_CAST;
    else if (word == "unset")
      kind = T_UNSET_CAST;
    else
      return false;
    if (word == "real") error("The (real) cast has been removed, use (float) instead", line_);
    emit(kind, i + 1);
    return true;
  }

  void single_quoted(size_t quote) {
    size_t i = quote + 1;
    while (has(i)) {
      if (at(i) == '\\' && has(i + 1)) {
        i += 2;
        continue;
      }
      if (at(i) == '\'') {
        emit(T_CONSTANT_ENCAPSED_STRING, i + 1);
        return;
      }
      i++;
    }
    emit(T_ENCAPSED_AND_WHITESPACE, src_.size());
  }

  void double_quoted(size_t quote) {
    size_t i = quote + 1;
    while (has(i)) {
      unsigned char c = at(i);
      if (c == '"') {
        emit(T_CONSTANT_ENCAPSED_STRING, i + 1);
        return;
      }
      if (c == '\\' && has(i + 1)) {
        i += 2;
        continue;
      }
      if (c == '$' && (is_label_start(at(i + 1)) || at(i + 1) == '{')) break;
      if (c == '{' && at(i + 1) == '$') break;
      i++;
    }
    emit(static_cast<Tok>('"'), quote + 1);
    push(St::DQuote);
  }

  // The start of an interpolation at i: `$name`, `${` or `{$`.
  bool interpolation_at(size_t i) const {
    if (at(i) == '$') return is_label_start(at(i + 1)) || at(i + 1) == '{';
    return at(i) == '{' && at(i + 1) == '$';
  }

  // Emits the interpolation starting at pos_ (interpolation_at(pos_) holds).
  void interpolation() {
    if (at(pos_) == '{') {
      open_bracket('{');
      emit(T_CURLY_OPEN, pos_ + 1);
      push(St::Scripting);
      return;
    }
    if (at(pos_ + 1) == '{') {
      open_bracket('{');
      emit(T_DOLLAR_OPEN_CURLY_BRACES, pos_ + 2);
      push(St::VarName);
      return;
    }
    size_t i = pos_ + 1;
    while (is_label_char(at(i))) i++;
    emit(T_VARIABLE, i);
    if (at(i) == '[') {
      push(St::VarOffset);
    } else if ((starts(i, "->") && is_label_start(at(i + 2))) ||
               (starts(i, "?->") && is_label_start(at(i + 3)))) {
      push(St::Property);
    }
  }

  void lex_string(char term) {
    if (at(pos_) == static_cast<unsigned char>(term)) {
      emit(static_cast<Tok>(term), pos_ + 1);
      pop();
      return;
    }
    if (interpolation_at(pos_)) {
      interpolation();
      return;
    }
    size_t i = pos_;
    while (has(i) && at(i) != static_cast<unsigned char>(term) && !interpolation_at(i)) {
      i += (at(i) == '\\' && has(i + 1)) ? 2 : 1;
    }
    emit(T_ENCAPSED_AND_WHITESPACE, i);
  }

  void lex_var_offset() {
    unsigned char c = at(pos_);
    if (is_digit(c)) {
      size_t i = pos_;
      unsigned char c1 = static_cast<unsigned char>(lower(static_cast<char>(at(i + 1))));
      if (c == '0' && c1 == 'x' && is_hex(at(i + 2))) {
        i += 2;
        while (is_hex(at(i))) i++;
      } else if (c == '0' && c1 == 'b' && (at(i + 2) == '0' || at(i + 2) == '1')) {
        i += 2;
        while (at(i) == '0' || at(i) == '1') i++;
      } else {
        while (is_digit(at(i))) i++;
      }
      emit(T_NUM_STRING, i);
      return;
    }
    if (c == '$' && is_label_start(at(pos_ + 1))) {
      size_t i = pos_ + 1;
      while (is_label_char(at(i))) i++;
      emit(T_VARIABLE, i);
      return;
    }
    if (is_label_start(c)) {
      size_t i = pos_;
      while (is_label_char(at(i))) i++;
      emit(T_STRING, i);
      return;
    }
    if (c == ']') {
      emit(static_cast<Tok>(']'), pos_ + 1);
      pop();
      return;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\\' || c == '\'' || c == '#') {
      // php gives up on the offset with an empty string-content token.
      emit(T_ENCAPSED_AND_WHITESPACE, pos_);
      pop();
      return;
    }
    if (std::strchr(";:,.|^&+-/*=%!~$<>?@[", c) && c != 0) {
      emit(static_cast<Tok>(c), pos_ + 1);
      return;
    }
    emit(T_BAD_CHARACTER, pos_ + 1);
  }

  void lex_varname() {
    size_t i = pos_;
    if (is_label_start(at(i))) {
      while (is_label_char(at(i))) i++;
      if (at(i) == '[' || at(i) == '}') {
        emit(T_STRING_VARNAME, i);
        st_ = St::Scripting;
        return;
      }
    }
    st_ = St::Scripting;
  }

  // At `<<<`: a heredoc or nowdoc start if a label and a newline follow.
  bool heredoc_start(size_t lt) {
    size_t i = lt + 3;
    while (at(i) == ' ' || at(i) == '\t') i++;
    char quote = 0;
    if (at(i) == '\'' || at(i) == '"') quote = static_cast<char>(at(i++));
    if (!is_label_start(at(i))) return false;
    size_t ls = i;
    while (is_label_char(at(i))) i++;
    std::string_view label = src_.substr(ls, i - ls);
    if (quote) {
      if (at(i) != static_cast<unsigned char>(quote)) return false;
      i++;
    }
    size_t nl = newline_len(i);
    if (!nl) return false;
    emit(T_START_HEREDOC, i + nl);
    HeredocInfo h{label, pos_, quote == '\''};
    heredocs_.push_back(h);
    push(h.nowdoc ? St::Nowdoc : St::Heredoc);
    check_indentation(h);
    return true;
  }

  // Length of the closing marker (indentation + label) if one starts at line start i.
  size_t closing_at(size_t i, const HeredocInfo& h) const {
    size_t j = i;
    while (at(j) == ' ' || at(j) == '\t') j++;
    if (!starts(j, h.label) || is_label_char(at(j + h.label.size()))) return 0;
    return j + h.label.size() - i;
  }

  bool line_start(size_t i, const HeredocInfo& h) const {
    return i == h.body_start || (i > 0 && (src_[i - 1] == '\n' || src_[i - 1] == '\r'));
  }

  // php 7.3+ strips the closing marker's indentation from every body line, and rejects
  // bodies indented less than the marker or indentation mixing tabs and spaces.
  void check_indentation(const HeredocInfo& h) {
    size_t i = h.body_start;
    size_t close = std::string_view::npos;
    uint32_t line = line_;
    std::vector<std::pair<size_t, uint32_t>> lines;
    while (has(i)) {
      if (closing_at(i, h)) {
        close = i;
        break;
      }
      lines.push_back({i, line});
      while (has(i) && !newline_len(i)) i++;
      if (!has(i)) break;
      i += newline_len(i);
      line++;
    }
    if (close == std::string_view::npos) return;
    size_t indent = 0;
    bool spaces = false, tabs = false;
    while (at(close + indent) == ' ' || at(close + indent) == '\t') {
      (at(close + indent) == ' ' ? spaces : tabs) = true;
      indent++;
    }
    if (indent == 0) return;
    for (auto [start, ln] : lines) {
      size_t k = 0;
      bool sp = false, tb = false;
      while (k < indent && (at(start + k) == ' ' || at(start + k) == '\t')) {
        (at(start + k) == ' ' ? sp : tb) = true;
        k++;
      }
      if (newline_len(start + k) && k < indent) continue;  // blank lines may be shorter
      if (sp && tb) {
        error("Invalid indentation - tabs and spaces cannot be mixed", ln);
        return;
      }
      if (k < indent) {
        error("Invalid body indentation level (expecting an indentation level of at least " +
                  std::to_string(indent) + ")",
              ln);
        return;
      }
    }
    if (spaces && tabs) error("Invalid indentation - tabs and spaces cannot be mixed", line);
  }

  void lex_heredoc(bool nowdoc) {
    const HeredocInfo& h = heredocs_.back();
    if (line_start(pos_, h)) {
      if (size_t n = closing_at(pos_, h)) {
        emit(T_END_HEREDOC, pos_ + n);
        heredocs_.pop_back();
        pop();
        return;
      }
    }
    if (!nowdoc && interpolation_at(pos_)) {
      interpolation();
      return;
    }
    size_t i = pos_;
    while (has(i)) {
      if (i > pos_ && line_start(i, h) && closing_at(i, h)) break;
      if (!nowdoc) {
        if (i > pos_ && interpolation_at(i)) break;
        if (at(i) == '\\' && has(i + 1) && !newline_len(i + 1)) {
          i += 2;
          continue;
        }
      }
      i++;
    }
    emit(T_ENCAPSED_AND_WHITESPACE, i);
  }

  std::string_view src_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  size_t line_start_ = 0;
  St st_ = St::Initial;
  std::vector<St> stack_;
  std::vector<HeredocInfo> heredocs_;
  std::vector<Bracket> brackets_;
  int halt_left_ = -1;
  LexResult out_;
};

}  // namespace

LexResult lex(std::string_view src) { return Lexer(src).run(); }

}  // namespace weft::php
