// The toy language's parser and bytecode compiler, in one pass (recursive descent emitting
// bytecode directly, like Lua's): no syntax tree is needed for a language this small.
#include <algorithm>
#include <deque>
#include <map>

#include "lexer.h"
#include "toy.h"
#include "weft/gc/roots.h"

namespace toy {

namespace {

// Constants live as long as the program: each one is a GC root. Never destroyed: static
// destructors would run after the GC's root registry is gone.
std::deque<weft::gc::Root<Value>>& g_constant_roots = *new std::deque<weft::gc::Root<Value>>;

struct CompileError {
  std::string message;
};

class Compiler {
 public:
  Compiler(const std::vector<Token>& tokens, Program& program) : toks_(tokens), program_(program) {}

  void program() {
    begin_code("<main>");
    while (peek().kind != Tok::End) statement();
    finish_code();
  }

 private:
  struct Scope {
    Code* code;
    std::map<std::string, int32_t> locals;
    int64_t depth = 0;
    int32_t last_op = -1;  // where the last instruction starts (assignments rewrite it)
  };

  const Token& peek(size_t ahead = 0) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  bool is(std::string_view punct_or_keyword) const {
    const Token& t = peek();
    return (t.kind == Tok::Punct || t.kind == Tok::Name) && t.text == punct_or_keyword;
  }
  [[noreturn]] void fail(const std::string& what) {
    throw CompileError{std::to_string(peek().line) + ": " + what};
  }
  void expect(std::string_view text) {
    if (!is(text)) fail("expected '" + std::string(text) + "'");
    ++pos_;
  }
  bool accept(std::string_view text) {
    if (!is(text)) return false;
    ++pos_;
    return true;
  }
  std::string name() {
    if (peek().kind != Tok::Name || keyword(peek().text)) fail("expected a name");
    return toks_[pos_++].text;
  }
  static bool keyword(const std::string& s) {
    static const char* const kWords[] = {"fn",    "var",    "if",    "else",
                                         "while", "return", "print", "nil"};
    for (const char* k : kWords)
      if (s == k) return true;
    return false;
  }

  Scope& scope() { return scopes_.back(); }
  Code& code() { return *scope().code; }

  void begin_code(const std::string& fname) {
    program_.codes.push_back(std::make_unique<Code>());
    scopes_.push_back(Scope{program_.codes.back().get(), {}});
    code().name = fname;
  }
  void finish_code() {
    emit(kNil, 0);
    emit(kReturn, -1);
    Code& c = code();
    c.nlocals = int64_t(scope().locals.size());
    c.frame_size += c.nlocals;
    c.ops = c.op_storage.data();
    c.consts = c.const_storage.data();
    c.children = c.child_storage.data();
    scopes_.pop_back();
  }

  // Emits an instruction that changes the stack depth by `effect`.
  void emit(int32_t op, int effect, std::initializer_list<int32_t> operands = {}) {
    scope().last_op = int32_t(code().op_storage.size());
    code().op_storage.push_back(op);
    code().lines.push_back(peek().line);
    for (int32_t x : operands) {
      code().op_storage.push_back(x);
      code().lines.push_back(peek().line);
    }
    scope().depth += effect;
    code().frame_size = std::max(code().frame_size, scope().depth);
  }
  int32_t here() const { return int32_t(scopes_.back().code->op_storage.size()); }
  void patch(int32_t at, int32_t target) { code().op_storage[size_t(at)] = target; }

  void constant(Value* v) {
    g_constant_roots.emplace_back(v);
    code().const_storage.push_back(v);
    emit(kConst, 1, {int32_t(code().const_storage.size() - 1)});
  }
  int32_t function_index(const std::string& fname) {
    auto it = functions_.find(fname);
    if (it != functions_.end()) return it->second;
    if (program_.function_names.size() >= kMaxFunctions) fail("too many functions");
    program_.function_names.push_back(fname);
    return functions_[fname] = int32_t(program_.function_names.size() - 1);
  }
  int32_t local(const std::string& n) {
    auto it = scope().locals.find(n);
    if (it == scope().locals.end()) fail("undefined variable '" + n + "'");
    return it->second;
  }

  void block() {
    expect("{");
    while (!is("}")) {
      if (peek().kind == Tok::End) fail("expected '}'");
      statement();
    }
    expect("}");
  }

  void statement() {
    if (accept("fn")) return function();
    if (accept("var")) {
      std::string n = name();
      expect("=");
      expression();
      auto [it, fresh] = scope().locals.try_emplace(n, int32_t(scope().locals.size()));
      (void)fresh;
      emit(kStore, -1, {it->second});
      return expect(";");
    }
    if (accept("if")) return if_statement();
    if (accept("while")) {
      int32_t top = here();
      expression();
      emit(kJumpIfFalse, -1, {0});
      int32_t exit = here() - 1;
      block();
      emit(kLoop, 0, {top});
      return patch(exit, here());
    }
    if (accept("return")) {
      if (is(";"))
        emit(kNil, 1);
      else
        expression();
      emit(kReturn, -1);
      return expect(";");
    }
    if (accept("print")) {
      expression();
      emit(kPrint, -1);
      return expect(";");
    }
    expression();
    if (accept("=")) {
      // The target was compiled as a read: turn the read into a write.
      int32_t at = scope().last_op;
      int32_t op = code().op_storage[size_t(at)];
      if (at != here() - 2 || (op != kLoad && op != kGetField)) fail("cannot assign to this");
      int32_t operand = code().op_storage[size_t(at) + 1];
      code().op_storage.resize(size_t(at));
      code().lines.resize(size_t(at));
      scope().depth += op == kLoad ? -1 : 1;
      expression();
      if (op == kLoad)
        emit(kStore, -1, {operand});
      else
        emit(kSetField, -2, {operand});
    } else {
      emit(kPop, -1);
    }
    expect(";");
  }

  void if_statement() {
    expression();
    emit(kJumpIfFalse, -1, {0});
    int32_t otherwise = here() - 1;
    block();
    if (accept("else")) {
      emit(kJump, 0, {0});
      int32_t end = here() - 1;
      patch(otherwise, here());
      if (accept("if"))
        if_statement();
      else
        block();
      patch(end, here());
    } else {
      patch(otherwise, here());
    }
  }

  void function() {
    std::string fname = name();
    int32_t index = function_index(fname);
    begin_code(fname);
    expect("(");
    while (!is(")")) {
      std::string p = name();
      if (!scope().locals.try_emplace(p, int32_t(scope().locals.size())).second)
        fail("duplicate parameter '" + p + "'");
      if (!accept(",")) break;
    }
    expect(")");
    code().nparams = int64_t(scope().locals.size());
    block();
    const Code* child = &code();
    finish_code();
    code().child_storage.push_back(child);
    emit(kDefine, 0, {index, int32_t(code().child_storage.size() - 1)});
  }

  // Precedence climbing over the binary operators.
  void expression(int min_prec = 1) {
    unary();
    for (;;) {
      static const std::map<std::string, std::pair<int, Op>> kBinary = {
          {"==", {1, kEq}}, {"!=", {1, kNe}}, {"<", {2, kLt}},  {"<=", {2, kLe}},
          {">", {2, kGt}},  {">=", {2, kGe}}, {"+", {3, kAdd}}, {"-", {3, kSub}},
          {"*", {4, kMul}}, {"/", {4, kDiv}}, {"%", {4, kMod}}};
      if (peek().kind != Tok::Punct) return;
      auto it = kBinary.find(peek().text);
      if (it == kBinary.end() || it->second.first < min_prec) return;
      ++pos_;
      expression(it->second.first + 1);
      emit(it->second.second, -1);
    }
  }

  void unary() {
    if (accept("-")) {
      unary();
      return emit(kNeg, 0);
    }
    if (accept("!")) {
      unary();
      return emit(kNot, 0);
    }
    primary();
    while (accept(".")) emit(kGetField, 0, {int32_t(intern(name()))});
  }

  void primary() {
    const Token& t = peek();
    switch (t.kind) {
      case Tok::Int: {
        ++pos_;
        auto* box = static_cast<IntBox*>(
            weft::gc::Heap::current()->allocate(g_types.int_box, sizeof(IntBox)));
        box->kind = kInt;
        box->value = t.int_value;
        return constant(box);
      }
      case Tok::Float: {
        ++pos_;
        auto* box = static_cast<FloatBox*>(
            weft::gc::Heap::current()->allocate(g_types.float_box, sizeof(FloatBox)));
        box->kind = kFloat;
        box->value = t.float_value;
        return constant(box);
      }
      case Tok::Str:
        ++pos_;
        return constant(new_str(t.text));
      case Tok::End:
        fail("unexpected end of program");
      case Tok::Punct:
        if (accept("(")) {
          expression();
          return expect(")");
        }
        if (accept("{")) return object_literal();
        fail("unexpected '" + t.text + "'");
      case Tok::Name:
        break;
    }
    if (accept("nil")) return emit(kNil, 1);
    std::string n = name();
    if (!accept("(")) return emit(kLoad, 1, {local(n)});
    int32_t argc = 0;
    while (!is(")")) {
      expression();
      ++argc;
      if (!accept(",")) break;
    }
    expect(")");
    emit(kCall, 1 - argc, {function_index(n), argc});
  }

  void object_literal() {
    emit(kNewObject, 1);
    while (!is("}")) {
      std::string field = name();
      expect(":");
      emit(kDup, 1);
      expression();
      emit(kSetField, -2, {int32_t(intern(field))});
      if (!accept(",")) break;
    }
    expect("}");
  }

  const std::vector<Token>& toks_;
  Program& program_;
  size_t pos_ = 0;
  std::vector<Scope> scopes_;
  std::map<std::string, int32_t> functions_;
};

}  // namespace

bool compile(std::string_view source, Program& out, std::string* error) {
  std::vector<Token> tokens;
  if (!lex(source, tokens, error)) return false;
  try {
    Compiler(tokens, out).program();
  } catch (const CompileError& e) {
    *error = e.message;
    return false;
  }
  return true;
}

}  // namespace toy
