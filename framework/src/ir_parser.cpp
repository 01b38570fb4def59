#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <unordered_map>

#include "weft/jit/ir_text.h"

namespace weft::jit {

namespace {

Type type_of_name(std::string_view name) {
  return name.empty() ? Type::Void : type_from_letter(name[0]);
}

class Parser {
 public:
  Parser(std::string_view text, DescrTable& descrs, Trace& out)
      : text_(text), descrs_(descrs), t_(out) {}

  bool run(std::string* error) {
    bool ok = parse_all();
    if (!ok && error)
      *error = "line " + std::to_string(line_) + ", column " + std::to_string(column()) + ": " +
               problem_;
    return ok;
  }

 private:
  // --- characters ---
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  size_t column() const {
    size_t start = text_.rfind('\n', pos_ == 0 ? 0 : pos_ - 1);
    return start == std::string_view::npos || pos_ == 0 ? pos_ + 1 : pos_ - start;
  }
  void skip_spaces() {
    while (peek() == ' ' || peek() == '\t' || peek() == '\r') ++pos_;
  }
  bool accept(char c) {
    skip_spaces();
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  bool expect(char c) {
    if (accept(c)) return true;
    return fail(std::string("expected '") + c + "'");
  }
  bool fail(std::string what) {
    if (problem_.empty()) problem_ = std::move(what);
    return false;
  }
  // Fails pointing at the start of the token at `position`.
  bool fail_at(size_t position, std::string what) {
    if (problem_.empty()) pos_ = position;
    return fail(std::move(what));
  }
  std::string_view word() {
    skip_spaces();
    size_t start = token_start_ = pos_;
    while (!at_end() && (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_' ||
                         peek() == '.' || peek() == '-' || peek() == '+'))
      ++pos_;
    return text_.substr(start, pos_ - start);
  }

  // --- values ---
  bool value(Value& out, bool in_snapshot) {
    std::string_view w = word();
    size_t start = token_start_;
    if (w.empty()) return fail("expected a value");
    if (w == "null") return out = t_.const_ref(0), true;
    if (w == "nan") return out = t_.const_float(std::numeric_limits<double>::quiet_NaN()), true;
    if (w == "inf") return out = t_.const_float(std::numeric_limits<double>::infinity()), true;
    if (w == "-inf") return out = t_.const_float(-std::numeric_limits<double>::infinity()), true;
    if (w == "ref") {
      if (!expect('(')) return false;
      std::string_view n = word();
      errno = 0;
      uintptr_t address = std::strtoull(std::string(n).c_str(), nullptr, 0);
      if (errno || !expect(')')) return fail("expected ref(ADDRESS)");
      return out = t_.const_ref(address), true;
    }
    if (std::isdigit(static_cast<unsigned char>(w[0])) || w[0] == '-' || w[0] == '+') {
      std::string s(w);
      char* end = nullptr;
      errno = 0;
      if (s.find_first_of(".eE") != std::string::npos) {
        double d = std::strtod(s.c_str(), &end);
        if (*end) return fail_at(start, "bad number '" + s + "'");
        return out = t_.const_float(d), true;
      }
      long long v = std::strtoll(s.c_str(), &end, 0);
      if (*end || errno) return fail_at(start, "bad number '" + s + "'");
      return out = t_.const_int(v), true;
    }
    if (in_snapshot && w[0] == 'v' && w.size() > 1 &&
        std::isdigit(static_cast<unsigned char>(w[1]))) {
      out = Value::virtual_object(
          uint32_t(std::strtoul(std::string(w.substr(1)).c_str(), nullptr, 10)));
      max_virtual_ = std::max<int64_t>(max_virtual_, out.index());
      return true;
    }
    auto it = names_.find(std::string(w));
    if (it == names_.end()) return fail_at(start, "unknown value '" + std::string(w) + "'");
    out = it->second;
    return true;
  }

  const Descr* descr(std::string_view name, Descr::Kind kind) {
    if (kind == Descr::Kind::Label) return descrs_.label(name);
    const Descr* d = descrs_.find(name);
    if (!d) fail_at(token_start_, "unknown descriptor '" + std::string(name) + "'");
    return d;
  }

  // --- lines ---
  bool parse_all() {
    bool inputs_seen = false;
    while (!at_end()) {
      skip_spaces();
      if (peek() == '\n') {
        ++pos_, ++line_;
        continue;
      }
      if (peek() == '#') {
        while (!at_end() && peek() != '\n') ++pos_;
        continue;
      }
      if (!inputs_seen && peek() == '[') {
        if (!inputs()) return false;
        inputs_seen = true;
      } else if (!instruction()) {
        return false;
      }
      skip_spaces();
      if (!at_end() && peek() != '\n') return fail("unexpected text at the end of the line");
    }
    return true;
  }

  bool define(std::string_view name, size_t name_start, Value v) {
    if (problem_.empty()) pos_ = name_start;  // errors point at the name
    if (type_of_name(name) == Type::Void) return fail("value names start with i, p or f");
    if (type_of_name(name) != t_.type_of(v))
      return fail(std::string("'") + std::string(name) + "' is named as " +
                  type_letter(type_of_name(name)) + " but the instruction gives " +
                  type_letter(t_.type_of(v)));
    if (!names_.emplace(std::string(name), v).second)
      return fail("'" + std::string(name) + "' is defined twice");
    return true;
  }

  bool inputs() {
    expect('[');
    if (accept(']')) return true;
    do {
      std::string_view name = word();
      if (type_of_name(name) == Type::Void) return fail("input names start with i, p or f");
      if (!define(name, token_start_, t_.input(type_of_name(name)))) return false;
      pos_ = token_start_ + name.size();
    } while (accept(','));
    return expect(']');
  }

  bool instruction() {
    std::string_view first = word();
    size_t first_start = token_start_;
    std::string_view result;
    if (accept('=')) {
      result = first;
      first = word();
    }
    auto op = op_from_name(first);
    if (!op) return fail_at(token_start_, "unknown operation '" + std::string(first) + "'");
    const OpInfo& info = op_info(*op);
    if (!expect('(')) return false;
    std::vector<Value> args;
    const Descr* d = nullptr;
    if (!accept(')')) {
      do {
        skip_spaces();
        if (text_.substr(pos_, 6) == "descr=") {
          pos_ += 6;
          std::string_view name = word();
          Descr::Kind kind =
              (*op == Op::label || *op == Op::jump) ? Descr::Kind::Label : Descr::Kind::Field;
          if (!(d = descr(name, kind))) return false;
          break;
        }
        Value v;
        if (!value(v, false)) return false;
        args.push_back(v);
      } while (accept(','));
      if (!expect(')')) return false;
    }
    Value v;
    if (info.has(opflag::GUARD)) {
      Snapshot snapshot;
      if (!accept('[')) return fail("a guard needs a snapshot: [jitcode@pc: values]");
      if (!parse_snapshot(snapshot)) return false;
      v = t_.emit(*op, args, d);
      t_.snapshots.push_back(std::move(snapshot));
      t_.insts.back().snapshot = int32_t(t_.snapshots.size() - 1);
    } else {
      v = t_.emit(*op, args, d);
    }
    if (!result.empty()) {
      size_t end = pos_;
      if (!define(result, first_start, v)) return false;
      pos_ = end;
      return true;
    }
    if (t_.type_of(v) != Type::Void) return fail("the result needs a name");
    return true;
  }

  bool parse_snapshot(Snapshot& snapshot) {
    max_virtual_ = -1;
    if (!accept(']')) {
      do {
        skip_spaces();
        if (peek() == '/' || peek() == '!') break;
        ResumeFrame frame;
        std::string_view jitcode = word();  // "jitcode@pc"
        if (jitcode.empty() || !accept('@')) return fail("expected jitcode@pc");
        std::string_view pc = word();
        frame.jitcode = uint32_t(std::strtoul(std::string(jitcode).c_str(), nullptr, 10));
        frame.pc = uint32_t(std::strtoul(std::string(pc).c_str(), nullptr, 10));
        if (!expect(':')) return false;
        skip_spaces();
        if (peek() != ';' && peek() != ']' && peek() != '/' && peek() != '!') {
          do {
            skip_spaces();
            if (accept('#')) {  // sparse: #register=value
              std::string_view reg = word();
              if (reg.empty() || !std::isdigit(static_cast<unsigned char>(reg[0])))
                return fail("expected a register number after '#'");
              unsigned long n = std::strtoul(std::string(reg).c_str(), nullptr, 10);
              if (n > UINT16_MAX || (!frame.regs.empty() && n <= frame.regs.back()))
                return fail("sparse frame registers must increase and fit 16 bits");
              if (frame.regs.size() != frame.values.size())
                return fail("a frame is either dense or sparse (#register=value)");
              frame.regs.push_back(uint16_t(n));
              if (!expect('=')) return false;
            } else if (!frame.regs.empty()) {
              return fail("a frame is either dense or sparse (#register=value)");
            }
            Value v;
            if (!value(v, true)) return false;
            frame.values.push_back(v);
          } while (accept(','));
        }
        snapshot.frames.push_back(std::move(frame));
      } while (accept(';'));
      if (accept('/') && !parse_virtuals(snapshot)) return false;
      if (accept('!') && !parse_raw_stores(snapshot)) return false;
      if (!expect(']')) return false;
    }
    if (int64_t(snapshot.virtuals.size()) <= max_virtual_)
      return fail("a snapshot uses an undefined virtual object");
    for (const VirtualObject& v : snapshot.virtuals)
      if (!v.descr) return fail("virtual objects must be numbered v0, v1, ... without gaps");
    return true;
  }

  // `FIELD(ADDRESS)=VALUE, ...`: the snapshot's pending raw stores.
  bool parse_raw_stores(Snapshot& snapshot) {
    do {
      std::string_view fname = word();
      const Descr* fd = descrs_.find(fname);
      if (!fd || fd->kind != Descr::Kind::Field)
        return fail("'" + std::string(fname) + "' is not a field");
      RawStore store{static_cast<const FieldDescr*>(fd), {}, {}};
      if (!expect('(') || !value(store.address, false) || !expect(')') || !expect('=') ||
          !value(store.value, true))
        return false;
      snapshot.raw_stores.push_back(store);
    } while (accept(','));
    return true;
  }

  bool parse_virtuals(Snapshot& snapshot) {
    do {
      std::string_view name = word();
      if (name.size() < 2 || name[0] != 'v') return fail("expected a virtual object vN");
      size_t index = std::strtoul(std::string(name.substr(1)).c_str(), nullptr, 10);
      if (index > 10000) return fail("too many virtual objects");
      if (!expect('=')) return false;
      std::string_view type = word();
      const Descr* d = descrs_.find(type);
      if (!d || (d->kind != Descr::Kind::Size && d->kind != Descr::Kind::Array))
        return fail("'" + std::string(type) + "' is not a size or array descriptor");
      if (snapshot.virtuals.size() <= index) snapshot.virtuals.resize(index + 1);
      VirtualObject& object = snapshot.virtuals[index];
      object.descr = d;
      bool array = d->kind == Descr::Kind::Array;
      if (!expect(array ? '[' : '(')) return false;
      if (!accept(array ? ']' : ')')) {
        do {
          const FieldDescr* field = nullptr;
          if (!array) {
            std::string_view fname = word();
            const Descr* fd = descrs_.find(fname);
            if (!fd || fd->kind != Descr::Kind::Field)
              return fail("'" + std::string(fname) + "' is not a field");
            field = static_cast<const FieldDescr*>(fd);
            if (!expect('=')) return false;
          }
          Value v;
          if (!value(v, true)) return false;
          object.fields.emplace_back(field, v);
        } while (accept(','));
        if (!expect(array ? ']' : ')')) return false;
      }
    } while (accept(','));
    return true;
  }

  std::string_view text_;
  size_t pos_ = 0;
  size_t token_start_ = 0;
  size_t line_ = 1;
  DescrTable& descrs_;
  Trace& t_;
  std::unordered_map<std::string, Value> names_;
  std::string problem_;
  int64_t max_virtual_ = -1;
};

}  // namespace

bool parse_trace(std::string_view text, DescrTable& descrs, Trace& out, std::string* error) {
  return Parser(text, descrs, out).run(error);
}

}  // namespace weft::jit
