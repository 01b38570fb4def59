// The loader of tally (tally.h): source text to the instruction arrays. Nothing here is traced;
// it is the same for both steps of the tutorial.
#include <cctype>
#include <charconv>
#include <map>

#include "tally.h"

namespace tally {

namespace {

struct Word {
  std::string_view text;
  int32_t column;
};

// The words of one line up to a '#' comment, with their columns (1-based).
std::vector<Word> split(std::string_view line) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < line.size() && line[i] != '#') {
    if (std::isspace(static_cast<unsigned char>(line[i]))) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < line.size() && line[i] != '#' && !std::isspace(static_cast<unsigned char>(line[i])))
      ++i;
    words.push_back({line.substr(start, i - start), int32_t(start + 1)});
  }
  return words;
}

struct OpInfo {
  std::string_view name;
  Op op;
  int operands;  // a label counts as one
};
constexpr OpInfo kOps[] = {
    {"set", kSet, 2},     {"add", kAdd, 3}, {"sub", kSub, 3},   {"mul", kMul, 3},
    {"div", kDiv, 3},     {"mod", kMod, 3}, {"lt", kLt, 3},     {"le", kLe, 3},
    {"eq", kEq, 3},       {"ne", kNe, 3},   {"jump", kJump, 1}, {"jumpif", kJumpIf, 2},
    {"print", kPrint, 1},
};

bool is_name(std::string_view w) {
  if (w.empty() || !(std::isalpha(static_cast<unsigned char>(w[0])) || w[0] == '_')) return false;
  for (char ch : w)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) return false;
  return true;
}

class Loader {
 public:
  Loader(LoadedProgram& out, std::string* error) : out_(out), error_(error) {}

  bool load(std::string_view source) {
    int32_t line = 0;
    while (!source.empty()) {
      size_t end = source.find('\n');
      std::string_view text = source.substr(0, end);
      source = end == std::string_view::npos ? std::string_view() : source.substr(end + 1);
      if (!load_line(++line, split(text))) return false;
    }
    // Jump targets were operands naming labels: resolve them now that all are known.
    for (const auto& [k, word] : label_uses_) {
      auto it = labels_.find(std::string(word.text));
      if (it == labels_.end())
        return fail(out_.lines[k], word.column, "unknown label '" + std::string(word.text) + "'");
      out_.a[k] = it->second;
    }
    return true;
  }

 private:
  bool load_line(int32_t line, std::vector<Word> words) {
    if (!words.empty() && words[0].text.back() == ':') {
      std::string label(words[0].text.substr(0, words[0].text.size() - 1));
      if (!is_name(label)) return fail(line, words[0].column, "bad label '" + label + "'");
      if (!labels_.emplace(label, int32_t(out_.ops.size())).second)
        return fail(line, words[0].column, "label '" + label + "' defined twice");
      words.erase(words.begin());
    }
    if (words.empty()) return true;
    const OpInfo* info = nullptr;
    for (const OpInfo& o : kOps)
      if (o.name == words[0].text) info = &o;
    if (!info)
      return fail(line, words[0].column,
                  "unknown instruction '" + std::string(words[0].text) + "'");
    if (int(words.size()) - 1 != info->operands)
      return fail(line, words[0].column,
                  std::string(info->name) + " takes " + std::to_string(info->operands) +
                      " operand" + (info->operands == 1 ? "" : "s"));
    size_t k = out_.ops.size();
    out_.ops.push_back(info->op);
    out_.lines.push_back(line);
    // Operand slots in the source's order, except that a jump's label (its last word) goes to
    // slot a and jumpif's condition to slot b.
    bool jump = info->op == kJump || info->op == kJumpIf;
    int64_t operands[3] = {0, 0, 0};
    uint8_t literal = 0;
    for (int i = 0; i < info->operands; ++i) {
      const Word& w = words[i + 1];
      if (jump && i == info->operands - 1) {
        if (!is_name(w.text)) return fail(line, w.column, "a label expected");
        label_uses_.emplace_back(k, w);
        continue;
      }
      bool assigned = i == 0 && !jump && info->op != kPrint;
      int slot = jump ? 1 : i;
      bool is_literal = false;
      if (!operand(line, w, assigned, &operands[slot], &is_literal)) return false;
      literal |= uint8_t(is_literal << slot);
    }
    out_.literal.push_back(literal);
    out_.a.push_back(operands[0]);
    out_.b.push_back(operands[1]);
    out_.c.push_back(operands[2]);
    return true;
  }

  // A variable (created at its first use) or, unless it is assigned to, an integer literal.
  bool operand(int32_t line, const Word& w, bool assigned, int64_t* result, bool* is_literal) {
    if (is_name(w.text)) {
      auto [it, added] = variables_.emplace(std::string(w.text), int32_t(out_.variables.size()));
      if (added) out_.variables.emplace_back(w.text);
      *result = it->second;
      return true;
    }
    if (assigned) return fail(line, w.column, "a variable expected");
    int64_t value = 0;
    auto [end, ec] = std::from_chars(w.text.data(), w.text.data() + w.text.size(), value);
    if (ec != std::errc() || end != w.text.data() + w.text.size())
      return fail(line, w.column, "bad operand '" + std::string(w.text) + "'");
    *result = value;
    *is_literal = true;
    return true;
  }

  bool fail(int32_t line, int32_t column, const std::string& message) {
    *error_ = std::to_string(line) + ":" + std::to_string(column) + ": " + message;
    return false;
  }

  LoadedProgram& out_;
  std::string* error_;
  std::map<std::string, int32_t> labels_, variables_;
  std::vector<std::pair<size_t, Word>> label_uses_;
};

}  // namespace

bool load(std::string_view source, LoadedProgram& out, std::string* error) {
  return Loader(out, error).load(source);
}

}  // namespace tally
