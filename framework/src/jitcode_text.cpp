// The jitcode op table, the JitCodeSet, and the text form (printer and parser).
#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <map>
#include <sstream>

#include "jitcode_reader.h"
#include "weft/jit/jitcode.h"

namespace weft::jit {

std::optional<Op> pure_ir_op(JitOp op) {
  static const std::array<std::optional<Op>, 256> table = [] {
    std::array<std::optional<Op>, 256> t{};
    for (size_t k = 0; k < jit_op_count(); ++k)
      if (auto ir = op_from_name(jit_op_info(JitOp(k)).name); ir && op_info(*ir).has(opflag::PURE))
        t[k] = *ir;
    return t;
  }();
  return table[size_t(op)];
}

namespace {

// Names in the text form: the C++ enumerator without the '_' that avoids keywords.
std::string text_name(const char* enumerator) {
  std::string s = enumerator;
  if (!s.empty() && s.back() == '_') s.pop_back();
  return s;
}

const char kBankLetter[] = {'i', 'r', 'f'};

}  // namespace

JitCode* JitCodeSet::get(std::string_view name) {
  for (auto& c : codes_)
    if (c->name == name) return c.get();
  codes_.push_back(std::make_unique<JitCode>());
  codes_.back()->name = std::string(name);
  codes_.back()->id = uint32_t(codes_.size() - 1);
  return codes_.back().get();
}

const JitCode* JitCodeSet::find(std::string_view name) const {
  for (const auto& c : codes_)
    if (c->name == name) return c.get();
  return nullptr;
}

// --- printer -----------------------------------------------------------------------------------

namespace {

std::string constant_text(const JitCode& code, int bank, size_t index) {
  uint64_t bits = code.consts[bank][index];
  std::ostringstream s;
  if (bank == kIntBank) {
    s << "$" << int64_t(bits);
  } else if (bank == kRefBank) {
    s << "$ref(0x" << std::hex << bits << ")";
  } else {
    s.precision(17);
    s << "$" << std::bit_cast<double>(bits);
    if (s.str().find_first_of(".en") == std::string::npos) s << ".0";
  }
  return s.str();
}

std::string reg_text(const JitCode& code, int bank, uint16_t reg) {
  if (reg >= code.num_regs[bank]) return constant_text(code, bank, reg - code.num_regs[bank]);
  return kBankLetter[bank] + std::to_string(reg);
}

// Code offsets that are jump targets, named L1, L2, ... in code order.
std::map<size_t, std::string> jump_targets(const JitCode& code) {
  std::map<size_t, std::string> targets;
  JitCodeReader r(code, 0);
  auto name = [&](size_t at) { targets[at]; };
  while (!r.at_end()) {
    const JitOpInfo& info = jit_op_info(r.op());
    for (const char* a = info.args; *a; ++a) {
      switch (*a) {
        case 'i':
        case 'r':
        case 'f':
        case 'd':
        case 'c':
          r.u16();
          break;
        case 'b':
          r.u8();
          break;
        case 'L':
          name(r.u32());
          break;
        case 'I':
        case 'R':
        case 'F':
          for (uint8_t n = r.u8(); n > 0; --n) r.u16();
          break;
        case 'S':
          for (uint16_t n = r.u16(); n > 0; --n) {
            r.u64();
            name(r.u32());
          }
          break;
        case '>':
          ++a;
          r.u16();
          break;
      }
    }
  }
  int n = 0;
  for (auto& [at, label] : targets) label = "L" + std::to_string(++n);
  return targets;
}

}  // namespace

void skip_operands(JitCodeReader& r, const char* args) {
  for (const char* a = args; *a; ++a) {
    switch (*a) {
      case 'b':
        r.u8();
        break;
      case 'L':
        r.u32();
        break;
      case 'I':
      case 'R':
      case 'F':
        for (uint8_t n = r.u8(); n > 0; --n) r.u16();
        break;
      case 'S':
        for (uint16_t n = r.u16(); n > 0; --n) {
          r.u64();
          r.u32();
        }
        break;
      case '>':
        ++a;
        r.u16();
        break;
      default:  // i r f d c
        r.u16();
    }
  }
}

std::vector<MergePoint> find_merge_points(const JitCode& code) {
  std::vector<MergePoint> out;
  JitCodeReader r(code, 0);
  while (!r.at_end()) {
    size_t at = r.pc();
    JitOp op = r.op();
    if (op != JitOp::jit_merge_point) {
      skip_operands(r, jit_op_info(op).args);
      continue;
    }
    MergePoint mp;
    mp.pc = at;
    for (int list = 0; list < 6; ++list)
      for (uint8_t n = r.u8(); n > 0; --n)
        (list < 3 ? mp.greens : mp.reds)[list % 3].push_back(r.u16());
    out.push_back(std::move(mp));
  }
  return out;
}

std::string print_jitcode(const JitCode& code) {
  std::ostringstream out;
  out << "jitcode " << code.name << "(";
  size_t next[3] = {0, 0, 0};
  for (size_t k = 0; k < code.param_banks.size(); ++k) {
    int bank = code.param_banks[k];
    out << (k ? ", " : "") << kBankLetter[bank] << code.params[bank][next[bank]++];
  }
  out << ") regs(i" << code.num_regs[0] << ", r" << code.num_regs[1] << ", f" << code.num_regs[2]
      << ")\n";
  std::map<size_t, std::string> targets = jump_targets(code);
  JitCodeReader r(code, 0);
  while (!r.at_end()) {
    auto label = targets.find(r.pc());
    if (label != targets.end()) out << label->second << ":\n";
    const JitOpInfo& info = jit_op_info(r.op());
    std::vector<std::string> args;
    std::string result;
    for (const char* a = info.args; *a; ++a) {
      switch (*a) {
        case 'i':
        case 'r':
        case 'f':
          args.push_back(reg_text(code, bank_of(*a), r.u16()));
          break;
        case 'd': {
          uint16_t d = r.u16();
          args.push_back("descr=" + (d < code.descrs.size() ? code.descrs[d]->name : "?"));
          break;
        }
        case 'c': {
          uint16_t c = r.u16();
          args.push_back("@" + (c < code.callees.size() ? code.callees[c]->name : "?"));
          break;
        }
        case 'b':
          args.push_back(std::to_string(r.u8()));
          break;
        case 'L':
          args.push_back(targets[r.u32()]);
          break;
        case 'I':
        case 'R':
        case 'F': {
          std::string list = "[";
          for (uint8_t n = r.u8(), k = 0; k < n; ++k)
            list += (k ? ", " : "") + reg_text(code, bank_of(*a), r.u16());
          args.push_back(list + "]");
          break;
        }
        case 'S': {
          std::string table = "{";
          for (uint16_t n = r.u16(), k = 0; k < n; ++k) {
            int64_t value = int64_t(r.u64());
            table += (k ? ", " : "") + std::to_string(value) + ": " + targets[r.u32()];
          }
          args.push_back(table + "}");
          break;
        }
        case '>':
          ++a;
          result = reg_text(code, bank_of(*a), r.u16()) + " = ";
          break;
      }
    }
    out << "  " << result << text_name(info.name) << "(";
    for (size_t k = 0; k < args.size(); ++k) out << (k ? ", " : "") << args[k];
    out << ")\n";
  }
  return out.str();
}

// --- parser ------------------------------------------------------------------------------------

namespace {

class Parser {
 public:
  Parser(std::string_view text, DescrTable& descrs, JitCodeSet& set, const SymbolResolver& resolve)
      : text_(text), descrs_(descrs), set_(set), resolve_(resolve) {}

  bool run(std::string* error) {
    while (ok() && skip_blank_lines()) {
      size_t save = pos_;
      std::string_view w = word();
      if (w == "field" || w == "call" || w == "size") {
        parse_declaration(w);
        continue;
      }
      if (w == "frame") {
        parse_frame();
        continue;
      }
      pos_ = save;
      parse_jitcode();
    }
    if (!ok())
      *error = "line " + std::to_string(line_) + ", column " +
               std::to_string(pos_ - line_start_ + 1) + ": " + problem_;
    return ok();
  }

 private:
  bool ok() const { return problem_.empty(); }
  void fail(std::string what) {
    if (problem_.empty()) problem_ = std::move(what);
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skip_spaces() {
    while (peek() == ' ' || peek() == '\t') ++pos_;
  }
  // Skips empty lines and comments (# ...); false at the end of the text.
  bool skip_blank_lines() {
    for (;;) {
      skip_spaces();
      if (peek() == '#')
        while (peek() && peek() != '\n') ++pos_;
      if (peek() != '\n') return pos_ < text_.size();
      ++pos_;
      ++line_;
      line_start_ = pos_;
    }
  }
  bool accept(char c) {
    skip_spaces();
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  void expect(char c) {
    if (!accept(c)) fail(std::string("expected '") + c + "'");
  }
  std::string_view word() {
    skip_spaces();
    size_t start = pos_;
    // Names, registers and numbers, including floats like 1e+18 and -2.5.
    while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_' || peek() == '.' ||
           peek() == '-' || peek() == '+')
      ++pos_;
    return text_.substr(start, pos_ - start);
  }
  void end_of_line() {
    skip_spaces();
    if (peek() == '#')
      while (peek() && peek() != '\n') ++pos_;
    if (peek() && peek() != '\n') fail("unexpected text at the end of the line");
  }

  // A register name like i3: its bank and number, or -1.
  static int reg_bank(std::string_view w) {
    if (w.size() < 2 || !std::isdigit(static_cast<unsigned char>(w[1]))) return -1;
    for (int b = 0; b < 3; ++b)
      if (w[0] == kBankLetter[b]) return b;
    return -1;
  }

  void parse_jitcode() {
    if (word() != "jitcode") return fail("expected 'jitcode NAME(...)'");
    std::string_view name = word();
    code_ = set_.get(name);
    if (!code_->code.empty()) return fail("jitcode " + std::string(name) + " is defined twice");
    labels_.clear();
    fixups_.clear();
    const_regs_.clear();
    max_reg_[0] = max_reg_[1] = max_reg_[2] = 0;
    expect('(');
    while (ok() && !accept(')')) {
      std::string_view w = word();
      int bank = reg_bank(w);
      if (bank < 0) return fail("expected a parameter register");
      code_->params[bank].push_back(reg_number(w));
      code_->param_banks.push_back(uint8_t(bank));
      accept(',');
    }
    int explicit_regs[3] = {-1, -1, -1};
    if (word() == "regs") {
      expect('(');
      while (ok() && !accept(')')) {
        std::string_view w = word();
        int bank = reg_bank(w);
        if (bank < 0) return fail("expected a register count like i4");
        explicit_regs[bank] = reg_number(w);
        accept(',');
      }
    }
    end_of_line();
    while (ok() && skip_blank_lines()) {
      size_t save = pos_;
      if (word() == "jitcode") {
        pos_ = save;
        break;
      }
      pos_ = save;
      parse_line();
    }
    if (!ok()) return;
    for (int b = 0; b < 3; ++b) {
      int n = explicit_regs[b] >= 0 ? explicit_regs[b] : max_reg_[b];
      if (n < max_reg_[b]) return fail("more registers used than regs() declares");
      code_->num_regs[b] = uint16_t(n);
    }
    // Constants were numbered from 0x8000 while parsing: now that the register counts are
    // known, renumber them to num_regs + index.
    for (auto [at, bank] : const_regs_) {
      uint16_t index = uint16_t((code_->code[at] | (code_->code[at + 1] << 8)) - 0x8000);
      uint16_t reg = uint16_t(code_->num_regs[bank] + index);
      code_->code[at] = uint8_t(reg);
      code_->code[at + 1] = uint8_t(reg >> 8);
    }
    for (auto [at, label] : fixups_) {
      auto it = labels_.find(label);
      if (it == labels_.end()) return fail("label " + label + " is not defined");
      uint32_t target = uint32_t(it->second);
      std::memcpy(&code_->code[at], &target, 4);
    }
  }

  // frame NAME K: a red of NAME's merge point that points to a virtualizable frame.
  void parse_frame() {
    JitCode* code = set_.get(word());
    std::string k(word());
    char* end = nullptr;
    unsigned long red = std::strtoul(k.c_str(), &end, 10);
    if (k.empty() || *end || red > 255) return fail("expected frame NAME RED_INDEX");
    code->frame_reds.push_back(uint8_t(red));
    end_of_line();
  }

  static Type type_of_letter(std::string_view w) {
    return w == "i" ? Type::Int : w == "r" ? Type::Ref : w == "f" ? Type::Float : Type::Void;
  }

  void parse_declaration(std::string_view kind) {
    std::string name(word());
    if (name.empty()) return fail("expected a descriptor name");
    if (descrs_.find(name)) {  // declared before (another jitcode file): keep the first
      while (peek() && peek() != '\n') ++pos_;
      return;
    }
    if (kind == "size") {
      // The type id is a number or, when it is only known at run time, typeid(SYMBOL): the
      // 32-bit id stored at that symbol (weft::gc::type_id_v<T>), read now.
      uint64_t type_id = 0;
      std::string id(word());
      if (id == "typeid") {
        expect('(');
        std::string symbol(word());
        expect(')');
        uint64_t at = resolve_ ? resolve_(symbol)
                               : reinterpret_cast<uintptr_t>(dlsym(RTLD_DEFAULT, symbol.c_str()));
        if (!at) return fail("unknown symbol '" + symbol + "'");
        type_id = *reinterpret_cast<const uint32_t*>(uintptr_t(at));
        if (!type_id) return fail("the type id at '" + symbol + "' is not set yet");
      } else {
        char* end = nullptr;
        type_id = std::strtoull(id.c_str(), &end, 0);
        if (id.empty() || *end) return fail("expected size NAME TYPE_ID|typeid(SYMBOL) SIZE");
      }
      std::string bytes(word());
      char* end = nullptr;
      uint64_t n = std::strtoull(bytes.c_str(), &end, 0);
      if (bytes.empty() || *end || !n) return fail("expected the object's payload size");
      descrs_.add<SizeDescr>(name, uint32_t(type_id), uint32_t(n));
      return end_of_line();
    }
    if (kind == "field") {
      std::string offset(word()), size(word());
      Type type = type_of_letter(word());
      if (offset.empty() || size.empty() || type == Type::Void)
        return fail(
            "expected field NAME OFFSET SIZE i|r|f [signed|unsigned] [immutable|quasi_immutable]");
      auto* field = descrs_.add<FieldDescr>(name, uint32_t(std::stoul(offset)),
                                            uint8_t(std::stoul(size)), type);
      for (std::string_view w = word(); !w.empty(); w = word()) {
        if (w == "unsigned" || w == "signed")
          field->is_signed = w == "signed";
        else if (w == "immutable")
          field->immutable = true;
        else if (w == "quasi_immutable")
          field->quasi_immutable = true;
        else
          return fail("unknown field property '" + std::string(w) + "'");
      }
      return end_of_line();
    }
    expect('(');
    std::vector<Type> args;
    while (ok() && !accept(')')) {
      Type t = type_of_letter(word());
      if (t == Type::Void) return fail("expected an argument type i, r or f");
      args.push_back(t);
      accept(',');
    }
    std::string_view result = word();
    Type r = type_of_letter(result);
    if (r == Type::Void && result != "v") return fail("expected a result type i, r, f or v");
    EffectInfo effects;
    for (std::string_view w = word(); !w.empty(); w = word()) {
      if (w == "elidable")
        effects.kind = EffectInfo::Kind::Elidable;
      else if (w == "readonly")
        effects.kind = EffectInfo::Kind::ReadOnly;
      else if (w == "can_raise")
        effects.can_raise = true;
      else if (w == "cannot_collect")
        effects.can_collect = false;
      else if (w == "no_raw")
        effects.raw = false;
      else if (w == "writes") {  // writes(FIELD, ...): the only fields it may write
        effects.any_write = false;
        expect('(');
        while (ok() && !accept(')')) {
          std::string field(word());
          const Descr* d = descrs_.find(field);
          if (!d || d->kind != Descr::Kind::Field)
            return fail("writes(...) names '" + field + "', not a field declared before");
          effects.writes.push_back(d);
          accept(',');
        }
      } else
        return fail("unknown call property '" + std::string(w) + "'");
    }
    descrs_.add<CallDescr>(name, args, r, std::move(effects));
    end_of_line();
  }

  uint16_t reg_number(std::string_view w) {
    unsigned n = 0;
    std::from_chars(w.data() + 1, w.data() + w.size(), n);
    return uint16_t(n);
  }

  void parse_line() {
    std::string_view first = word();
    if (accept(':')) {
      labels_[std::string(first)] = code_->code.size();
      return end_of_line();
    }
    std::string_view op_name = first;
    int result_bank = -1;
    uint16_t result_reg = 0;
    if (accept('=')) {
      result_bank = reg_bank(first);
      if (result_bank < 0) return fail("expected a result register");
      result_reg = reg_number(first);
      note_reg(result_bank, result_reg);
      skip_spaces();
      op_name = word();
    }
    size_t op_start = pos_ - op_name.size();
    size_t op = 0;
    while (op < jit_op_count() && text_name(kJitOpInfos[op].name) != op_name) ++op;
    if (op == jit_op_count()) {
      pos_ = op_start;  // point at the name
      return fail("unknown jitcode operation '" + std::string(op_name) + "'");
    }
    const char* args = kJitOpInfos[op].args;
    if (JitOp(op) == JitOp::portal_entry) code_->portal = true;
    put_u8(code_->code, uint8_t(op));
    expect('(');
    bool first_arg = true;
    for (const char* a = args; *a && ok(); ++a) {
      if (*a == '>') {
        ++a;
        if (result_bank != bank_of(*a))
          return fail("the result needs a register of bank " +
                      std::string(1, kBankLetter[bank_of(*a)]));
        put_u16(code_->code, result_reg);
        continue;
      }
      if (!first_arg) expect(',');
      first_arg = false;
      parse_arg(*a);
    }
    if (ok() && result_bank >= 0 && !std::strchr(args, '>'))
      return fail(std::string(op_name) + " has no result");
    expect(')');
    end_of_line();
  }

  void note_reg(int bank, uint16_t reg) { max_reg_[bank] = std::max(max_reg_[bank], reg + 1); }

  void parse_register(int bank) {
    skip_spaces();
    if (peek() == '$') {
      ++pos_;
      uint64_t bits = 0;
      if (bank == kRefBank) {
        if (word() != "ref") return fail("expected $ref(0x...)");
        expect('(');
        std::string_view w = word();
        auto [end, ec] = std::from_chars(w.data() + (w.substr(0, 2) == "0x" ? 2 : 0),
                                         w.data() + w.size(), bits, 16);
        if (ec != std::errc() || end != w.data() + w.size()) return fail("bad address");
        expect(')');
      } else {
        std::string w(word());
        if (bank == kIntBank && w == "sym" && peek() == '(') {  // $sym(NAME): an address
          expect('(');
          std::string symbol(word());
          expect(')');
          bits = resolve_ ? resolve_(symbol)
                          : reinterpret_cast<uintptr_t>(dlsym(RTLD_DEFAULT, symbol.c_str()));
          if (!bits) return fail("unknown symbol '" + symbol + "'");
        } else {
          char* end = nullptr;
          if (bank == kIntBank)
            bits = uint64_t(std::strtoll(w.c_str(), &end, 0));
          else
            bits = std::bit_cast<uint64_t>(std::strtod(w.c_str(), &end));
          if (w.empty() || *end) return fail("bad constant '" + w + "'");
        }
      }
      auto& pool = code_->consts[bank];
      size_t index = std::find(pool.begin(), pool.end(), bits) - pool.begin();
      if (index == pool.size()) pool.push_back(bits);
      const_regs_.push_back({code_->code.size(), bank});
      put_u16(code_->code, uint16_t(0x8000 + index));
      return;
    }
    std::string_view w = word();
    if (reg_bank(w) != bank)
      return fail("expected a register of bank " + std::string(1, kBankLetter[bank]));
    uint16_t reg = reg_number(w);
    note_reg(bank, reg);
    put_u16(code_->code, reg);
  }

  void parse_arg(char a) {
    switch (a) {
      case 'i':
      case 'r':
      case 'f':
        return parse_register(bank_of(a));
      case 'd': {
        if (word() != "descr") return fail("expected descr=NAME");
        expect('=');
        std::string_view name = word();
        const Descr* d = descrs_.find(name);
        if (!d) return fail("unknown descriptor '" + std::string(name) + "'");
        auto& list = code_->descrs;
        size_t index = std::find(list.begin(), list.end(), d) - list.begin();
        if (index == list.size()) list.push_back(d);
        return put_u16(code_->code, uint16_t(index));
      }
      case 'c': {
        expect('@');
        const JitCode* callee = set_.get(word());
        auto& list = code_->callees;
        size_t index = std::find(list.begin(), list.end(), callee) - list.begin();
        if (index == list.size()) list.push_back(callee);
        return put_u16(code_->code, uint16_t(index));
      }
      case 'b': {
        std::string w(word());
        unsigned v = 0;
        auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
        if (ec != std::errc() || end != w.data() + w.size() || v > 255)
          return fail("expected a number from 0 to 255");
        return put_u8(code_->code, uint8_t(v));
      }
      case 'L':
        fixups_.push_back({code_->code.size(), std::string(word())});
        return put_u32(code_->code, 0);
      case 'I':
      case 'R':
      case 'F': {
        expect('[');
        size_t count_at = code_->code.size();
        put_u8(code_->code, 0);
        while (ok() && !accept(']')) {
          parse_register(bank_of(a));
          ++code_->code[count_at];
          accept(',');
        }
        return;
      }
      case 'S': {
        expect('{');
        size_t count_at = code_->code.size();
        put_u16(code_->code, 0);
        uint16_t n = 0;
        while (ok() && !accept('}')) {
          std::string w(word());
          char* end = nullptr;
          int64_t value = std::strtoll(w.c_str(), &end, 0);
          if (w.empty() || *end) return fail("expected a case value");
          expect(':');
          put_u64(code_->code, uint64_t(value));
          fixups_.push_back({code_->code.size(), std::string(word())});
          put_u32(code_->code, 0);
          ++n;
          accept(',');
        }
        code_->code[count_at] = uint8_t(n);
        code_->code[count_at + 1] = uint8_t(n >> 8);
        return;
      }
    }
  }

  std::string_view text_;
  DescrTable& descrs_;
  JitCodeSet& set_;
  const SymbolResolver& resolve_;
  JitCode* code_ = nullptr;
  size_t pos_ = 0, line_ = 1, line_start_ = 0;
  std::string problem_;
  std::map<std::string, size_t> labels_;
  std::vector<std::pair<size_t, std::string>> fixups_;
  std::vector<std::pair<size_t, int>> const_regs_;  // operand offset, bank
  int max_reg_[3] = {0, 0, 0};
};

}  // namespace

bool parse_jitcodes(std::string_view text, DescrTable& descrs, JitCodeSet& set, std::string* error,
                    const SymbolResolver& resolve) {
  return Parser(text, descrs, set, resolve).run(error);
}

}  // namespace weft::jit
