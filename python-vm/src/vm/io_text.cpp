// TextIOWrapper over a buffered file of open() (see io_file.h) for the ASCII-compatible encodings
// weft decodes (utf-8, ascii, latin-1): line endings are found in the bytes, one character at a
// time, so the text layer never reads past what it returns and tell() is the byte offset.
// Other encodings get lib/io.py's TextIOWrapper over the same buffered file.
// The attribute dict holds `buffer`, `mode`, `encoding`, `errors`, `line_buffering`, the line
// endings seen `_seen`, `_notell` (set by next(), which disables tell() as in CPython) and
// `_flags`: what the operations look at (the newline mode: None: universal newlines translated
// to "\n"; "": universal, untranslated; "\n", "\r", "\r\n": only that ending; the encoding,
// strict errors, a '+' file).
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "io_file.h"
#include "objects/instance.h"
#include "objects/layout_predicates.h"

namespace weft::python::io {

namespace {

constexpr const char* kClosed = "I/O operation on closed file.";
constexpr int kSeenLF = 1, kSeenCR = 2, kSeenCRLF = 4;

enum class Newline { kUniversal, kUntranslated, kLF, kCR, kCRLF };

// `_flags`: the newline mode in the low bits, then these
constexpr int64_t kNewlineMask = 7, kUtf8 = 8, kAscii = 16, kStrict = 32, kUpdating = 64,
                  kWriteThrough = 128;
// CPython's TextIOWrapper hands its pending text to the buffered layer in chunks of this size
constexpr size_t kTextChunk = 8192;

struct TextFile {
  Dict* d = nullptr;
  FILE* fp = nullptr;
  FileHandle* h = nullptr;
  Instance* raw = nullptr;
  Newline newline = Newline::kUniversal;
  bool utf8 = true;
  int64_t flags = 0;
};

Newline newline_named(Value nl) {
  if (!nl || nl == Value(rt.None)) return Newline::kUniversal;
  std::string_view v = nl.as<Str>()->view();
  return v.empty()   ? Newline::kUntranslated
         : v == "\n" ? Newline::kLF
         : v == "\r" ? Newline::kCR
                     : Newline::kCRLF;
}

int64_t flags_of(Dict* d) {
  Value f = dict_get_str(d, WEFT_IO_KEY("_flags"));
  return f ? f.small_val() : 0;
}

Newline newline_of(Dict* d) { return static_cast<Newline>(flags_of(d) & kNewlineMask); }

std::string_view encoding_of(Dict* d) {
  return dict_get_str(d, WEFT_IO_KEY("encoding")).as<Str>()->view();
}
std::string_view errors_of(Dict* d) {
  return dict_get_str(d, WEFT_IO_KEY("errors")).as<Str>()->view();
}

std::string normalized(std::string_view encoding) {
  std::string n;
  for (char c : encoding)
    n += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return n;
}

bool is_utf8(std::string_view enc) {
  std::string n = normalized(enc);
  return n == "utf-8" || n == "utf8" || n == "u8" || n == "utf";
}

bool is_ascii(std::string_view enc) {
  std::string n = normalized(enc);
  return n == "ascii" || n == "us-ascii" || n == "646";
}

// The open text file behind self; false with ValueError when closed, UnsupportedOperation("not
// readable"/"not writable") when `need` is 'r'/'w' and the file cannot.
bool text_file(Value self, char need, TextFile* t) {
  t->d = self.as<Instance>()->dict;
  t->fp = file_fp(self, kClosed, &t->h);
  if (!t->fp) return false;
  t->raw = raw_of(self);
  if (need == 'r' && !raw_readable(t->raw)) return raise_unsupported("not readable"), false;
  if (need == 'w' && !raw_writable(t->raw)) return raise_unsupported("not writable"), false;
  // reading sees what was written (CPython flushes its pending text first)
  if (need == 'r' && text_pending_size(t->h) && !text_pending_flush(t->raw, t->h)) return false;
  if (need) before_io(t->raw, t->fp, need == 'w');
  t->flags = flags_of(t->d);
  t->newline = static_cast<Newline>(t->flags & kNewlineMask);
  t->utf8 = (t->flags & kUtf8) != 0;
  return true;
}

#if defined(__GLIBC__)
// Moves the bytes before the next `stop1`/`stop2` (0: none) from stdio's read buffer (what
// getc_unlocked takes from) to `out` at once.
void take_plain(FILE* fp, std::string& out, char stop1, char stop2) {
  char* p = fp->_IO_read_ptr;
  char* e = fp->_IO_read_end;
  if (p >= e) return;
  char* end = e;
  if (stop1) {
    if (void* q = std::memchr(p, stop1, static_cast<size_t>(end - p))) end = static_cast<char*>(q);
  }
  if (stop2) {
    if (void* q = std::memchr(p, stop2, static_cast<size_t>(end - p))) end = static_cast<char*>(q);
  }
  out.append(p, static_cast<size_t>(end - p));
  fp->_IO_read_ptr = end;
}
#else
void take_plain(FILE*, std::string&, char, char) {}
#endif

// Reads up to `chars` characters (-1: to the end), stopping after a line ending if `line`; line
// endings translated as the newline mode says. Returns the encoded bytes.
std::string read_text(TextFile& t, int64_t chars, bool line) {
  FILE* fp = t.fp;
  std::string out;
  int seen = 0;
  int64_t n = 0;
  int c;
  bool universal = t.newline == Newline::kUniversal || t.newline == Newline::kUntranslated;
  // the bytes that need a look (line ends) when no characters are counted
  char stop1 = t.newline == Newline::kCR ? '\r' : line || universal ? '\n' : 0;
  char stop2 = t.newline == Newline::kLF || t.newline == Newline::kCR ? 0 : '\r';
  for (;;) {
    if (chars < 0) take_plain(fp, out, stop1, stop2);
    if ((chars >= 0 && n >= chars) || (c = getc_unlocked(fp)) == EOF) break;
    if (c == '\r' && t.newline != Newline::kLF && t.newline != Newline::kCR) {
      int c2 = getc_unlocked(fp);
      bool crlf = c2 == '\n';
      if (!crlf && c2 != EOF) std::ungetc(c2, fp);
      if (t.newline == Newline::kUniversal) {
        seen |= crlf ? kSeenCRLF : kSeenCR;
        out += '\n';
        n++;
        if (line) break;
        continue;
      }
      seen |= crlf ? kSeenCRLF : kSeenCR;
      out += '\r';
      n++;
      if (crlf) {
        if (chars >= 0 && n >= chars) {
          std::ungetc('\n', fp);
          break;
        }
        out += '\n';
        n++;
      }
      if (line && (crlf || t.newline == Newline::kUntranslated)) break;
      continue;
    }
    out += static_cast<char>(c);
    n++;
    if (c == '\n') {
      if (universal) seen |= kSeenLF;
      if (line && t.newline != Newline::kCR && t.newline != Newline::kCRLF) break;
    } else if (c == '\r') {  // newline "\r" (others handled above)
      if (line) break;
    } else if (t.utf8 && c >= 0xC0) {  // the rest of the character
      int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      while (more-- > 0) {
        int c2 = getc_unlocked(fp);
        if (c2 == EOF) break;
        if ((c2 & 0xC0) != 0x80) {
          std::ungetc(c2, fp);
          break;
        }
        out += static_cast<char>(c2);
      }
    }
  }
  std::clearerr(fp);  // a later read may find more (a growing file, a terminal)
  if (t.flags & kUpdating) {
    // CPython's text layer decodes 8 KiB chunks ahead (counted from the last seek), so its
    // next write lands after the chunk: remembered for t_write
    Value from = dict_get_str(t.d, WEFT_IO_KEY("_rstart"));
    int64_t start = from ? from.small_val() : 0, pos = std::ftell(fp);
    int64_t chunks = pos > start ? (pos - start + 8191) / 8192 : 1;
    dict_set_str(t.d, WEFT_IO_KEY("_ahead"), Value::small(start + chunks * 8192));
  }
  if (universal && seen) {
    Value old = dict_get_str(t.d, WEFT_IO_KEY("_seen"));
    int64_t was = old ? old.small_val() : 0;
    if ((was | seen) != was) dict_set_str(t.d, WEFT_IO_KEY("_seen"), Value::small(was | seen));
  }
  return out;
}

// CPython decodes 8 KiB chunks (counted from the last seek) ahead of what it returns, so a
// strict decoding error comes from the first read that needs the chunk, with positions in the
// chunk (read() decodes all the rest at once: `whole`). The chunks up to the stream's position
// are checked here that way; "_checked" is where the next one starts.
bool check_chunks(TextFile& t, bool whole) {
  constexpr int64_t kNever = INT64_C(1) << 60;  // "_checked" when nothing needs checking
  Value done = dict_get_str(t.d, WEFT_IO_KEY("_checked"));
  int64_t upto = std::ftell(t.fp);
  if (done && done.small_val() >= upto) return true;
  // (latin-1 decodes anything)
  if (!(t.flags & kStrict) || !(t.flags & (kUtf8 | kAscii))) {
    dict_set_str(t.d, WEFT_IO_KEY("_checked"), Value::small(kNever));
    return true;
  }
  Value from = dict_get_str(t.d, WEFT_IO_KEY("_rstart"));
  int64_t start = from ? from.small_val() : 0, checked = done ? done.small_val() : start;
  while (checked < upto) {
    int64_t end = whole ? upto : start + ((checked - start) / 8192 + 1) * 8192;
    if (!whole && end - checked < 4) end += 8192;  // after a character cut at a chunk's end
    std::string chunk(static_cast<size_t>(end - checked), '\0');
    ssize_t got = ::pread(fileno(t.fp), chunk.data(), chunk.size(), checked);
    if (got <= 0) break;  // not a regular file: each piece is decoded as it is read
    chunk.resize(static_cast<size_t>(got));
    size_t keep = chunk.size();
    if (t.utf8 && got == end - checked) {  // leave a character cut at the end for the next
      size_t k = keep, back = 0;
      while (k > 0 && back < 3 && (static_cast<unsigned char>(chunk[k - 1]) & 0xC0) == 0x80)
        k--, back++;
      if (k > 0) {
        auto lead = static_cast<unsigned char>(chunk[k - 1]);
        size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (len > back + 1 && len <= 4) keep = k - 1;
      }
    }
    if (!codec_decode(std::string_view(chunk).substr(0, keep), encoding_of(t.d), "strict"))
      return false;
    checked += static_cast<int64_t>(keep);
    if (keep == 0) break;
  }
  dict_set_str(t.d, WEFT_IO_KEY("_checked"), Value::small(checked));
  return true;
}

Value decode(TextFile& t, const std::string& bytes, bool whole = false) {
  if (!check_chunks(t, whole)) return Value();
  if ((t.flags & (kUtf8 | kStrict)) == (kUtf8 | kStrict))
    return codec_decode(bytes, "utf-8", "strict");
  return codec_decode(bytes, encoding_of(t.d), errors_of(t.d));
}

Value t_read(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  TextFile t;
  if (!size_arg(args, nargs, &n) || !text_file(self, 'r', &t)) return Value();
  return decode(t, read_text(t, n, false), n < 0);
}

Value t_readline(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t n = -1;
  TextFile t;
  // (an integer only: CPython's text readline takes no None)
  if (nargs > 0 && !is_int(args[0]))
    return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(args[0]));
  if ((nargs > 0 && !int_index(args[0], &n)) || !text_file(self, 'r', &t)) return Value();
  return decode(t, read_text(t, n, true));
}

Value t_readlines(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t hint;
  TextFile t;
  if (!size_arg(args, nargs, &hint) || !text_file(self, 'r', &t)) return Value();
  List* l = new_list(0);
  int64_t total = 0;
  while (l) {
    std::string bytes = read_text(t, -1, true);
    if (bytes.empty()) break;
    Value line = decode(t, bytes);
    if (!line || !list_append(l, line)) return Value();
    total += line.as<Str>()->chars;
    if (hint > 0 && total > hint) break;
  }
  return l;
}

Value t_next(Value self, Value*, int64_t, Tuple*) {
  TextFile t;
  if (!text_file(self, 'r', &t)) return Value();
  std::string bytes = read_text(t, -1, true);
  if (bytes.empty()) {
    dict_set_str(t.d, WEFT_IO_KEY("_notell"), rt.False);
    return raise_value(rt.StopIteration);
  }
  dict_set_str(t.d, WEFT_IO_KEY("_notell"), rt.True);
  return decode(t, bytes);
}

Value t_iter(Value self, Value*, int64_t, Tuple*) {
  TextFile t;
  return text_file(self, 0, &t) ? self : Value();
}

Value t_write(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "write() takes exactly one argument");
  TextFile t;
  if (!text_file(self, 0, &t)) return Value();
  if (!is_str(args[0]))
    return raise_fmt(rt.TypeError, "write() argument must be str, not %s", type_name(args[0]));
  if (!raw_writable(t.raw)) return raise_unsupported("not writable");
  Value ahead = dict_get_str(t.d, WEFT_IO_KEY("_ahead"));
  if (ahead && ahead != Value(rt.None)) {
    std::fseek(t.fp, 0, SEEK_END);
    if (std::ftell(t.fp) > ahead.small_val()) std::fseek(t.fp, ahead.small_val(), SEEK_SET);
    dict_set_str(t.d, WEFT_IO_KEY("_ahead"), rt.None);
    dict_set_str(t.raw->dict, WEFT_IO_KEY("_last"), Value::small(0));
  }
  before_io(t.raw, t.fp, true);
  Str* s = args[0].as<Str>();
  std::string_view text = s->view();
  std::string translated;
  if (t.newline == Newline::kCR || t.newline == Newline::kCRLF) {
    const char* nl = t.newline == Newline::kCR ? "\r" : "\r\n";
    for (char c : text) {
      if (c == '\n')
        translated += nl;
      else
        translated += c;
    }
    Value ts = new_str(translated);
    if (!ts) return ts;
    s = ts.as<Str>();
  }
  Value bytes = s;
  if (!s->ascii) {  // (UTF-8 text is written as it is unless it holds surrogates)
    bytes = codec_encode(s, encoding_of(t.d), errors_of(t.d));
    if (!bytes) return bytes;
  }
  // kept in the text layer, as CPython's pending bytes: a chunk's worth, a line with
  // line_buffering (then the buffered layer is flushed too) or write_through pass it on
  std::string_view b = bytes.as<Str>()->view();
  if (text_pending_size(t.h) + b.size() > kTextChunk && !text_pending_flush(t.raw, t.h))
    return Value();
  text_pending_add(t.h, b);
  Value lb = dict_get_str(t.d, WEFT_IO_KEY("line_buffering"));
  bool line_flush = lb == Value(rt.True) && text.find_first_of("\r\n") != std::string_view::npos;
  if (text_pending_size(t.h) >= kTextChunk || line_flush || (t.flags & kWriteThrough)) {
    if (!text_pending_flush(t.raw, t.h)) return Value();
    if (line_flush && std::fflush(t.fp) != 0) return raise(rt.OSError, std::strerror(errno));
  }
  return new_int(args[0].as<Str>()->chars);
}

Value t_writelines(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "writelines() takes exactly one argument");
  TextFile t;
  if (!text_file(self, 0, &t)) return Value();
  Value it = get_iter(args[0]);
  if (!it) return it;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : Value(rt.None);
    if (!t_write(self, &v, 1, nullptr)) return Value();
  }
}

Value t_tell(Value self, Value*, int64_t, Tuple*) {
  TextFile t;
  if (!text_file(self, 0, &t)) return Value();
  if (!text_pending_flush(t.raw, t.h)) return Value();
  if (binary_seekable(self, nullptr, 0, nullptr) != Value(rt.True))
    return raise_unsupported("underlying stream is not seekable");
  if (dict_get_str(t.d, WEFT_IO_KEY("_notell")) == Value(rt.True))
    return raise(rt.OSError, "telling position disabled by next() call");
  long pos = std::ftell(t.fp);
  if (pos < 0) return raise(rt.OSError, std::strerror(errno));
  return new_int(pos);
}

Value t_seek(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "seek expected 1 or 2 arguments");
  int64_t cookie = 0, whence = 0;
  if (!int_index(args[0], &cookie) || (nargs == 2 && !int_index(args[1], &whence))) return Value();
  TextFile t;
  if (!text_file(self, 0, &t)) return Value();
  if (binary_seekable(self, nullptr, 0, nullptr) != Value(rt.True))
    return raise_unsupported("underlying stream is not seekable");
  if (whence == 1 && cookie != 0) return raise_unsupported("can't do nonzero cur-relative seeks");
  if (whence == 2 && cookie != 0) return raise_unsupported("can't do nonzero end-relative seeks");
  if (whence < 0 || whence > 2)
    return raise_fmt(rt.ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                     static_cast<long long>(whence));
  if (whence == 0 && cookie < 0)
    return raise_fmt(rt.ValueError, "negative seek position %lld", static_cast<long long>(cookie));
  if (!text_pending_flush(t.raw, t.h)) return Value();
  dict_set_str(t.raw->dict, WEFT_IO_KEY("_last"), Value::small(0));
  if (whence == 1) return t_tell(self, nullptr, 0, nullptr);
  if (std::fseek(t.fp, cookie, whence == 0 ? SEEK_SET : SEEK_END) != 0)
    return raise(rt.OSError, std::strerror(errno));
  long pos = std::ftell(t.fp);
  dict_set_str(t.d, WEFT_IO_KEY("_rstart"), Value::small(pos));
  Value done = dict_get_str(t.d, WEFT_IO_KEY("_checked"));
  if (!done || done.small_val() < (INT64_C(1) << 60))
    dict_set_str(t.d, WEFT_IO_KEY("_checked"), Value::small(pos));
  dict_set_str(t.d, WEFT_IO_KEY("_ahead"), rt.None);
  return new_int(pos);
}

Value t_close(Value self, Value*, int64_t, Tuple*) {
  Value buffer = dict_get_str(self.as<Instance>()->dict, WEFT_IO_KEY("buffer"));
  if (!buffer) return rt.None;
  // CPython's close writes the pending text first; the file is closed even when that fails
  FileHandle* h = nullptr;
  Value exc;
  if (!file_fp(self, kClosed, &h)) {
    clear_exc();  // closed already: nothing to write
  } else if (!text_pending_flush(raw_of(self), h)) {
    exc = rt.exc;
    rt.exc = Value();
  }
  Value r = call_method(buffer, intern("close"), nullptr, 0);
  if (exc) return raise_value(exc);
  return r;
}

// detach(): the buffered file, after a flush; the text layer no longer has one
Value t_detach(Value self, Value*, int64_t, Tuple*) {
  Dict* d = self.as<Instance>()->dict;
  Value buffer = dict_get_str(d, WEFT_IO_KEY("buffer"));
  Type* bt = buffer ? file_kind(buffer) : nullptr;
  if (bt != g_types.reader && bt != g_types.writer && bt != g_types.random)
    return raise(rt.ValueError, "underlying buffer has been detached");
  if (!binary_flush(self, nullptr, 0, nullptr)) return Value();
  dict_set_str(d, WEFT_IO_KEY("buffer"), rt.None);
  return buffer;
}

Value t_repr(Value self, Value*, int64_t, Tuple*) {
  Dict* d = self.as<Instance>()->dict;
  // a subclass's instance: its own name, as CPython
  std::string out =
      self.obj()->type->builtin ? "<_io.TextIOWrapper" : "<" + std::string(type_name(self));
  Instance* raw = raw_of(self);
  const char* names[] = {"name", "mode", "encoding"};
  for (const char* n : names) {
    Value v = dict_get_str(std::strcmp(n, "name") == 0 && raw ? static_cast<Dict*>(raw->dict) : d,
                           intern(n));
    if (!v) continue;
    Value r = repr(v);
    if (!r) return r;
    out += " " + std::string(n) + "=" + std::string(r.as<Str>()->view());
  }
  return new_str(out + ">");
}

Value t_name(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  Instance* raw = raw_of(self);
  Value name = raw ? dict_get_str(raw->dict, WEFT_IO_KEY("name")) : Value();
  return name ? name
              : raise(rt.AttributeError, "'_io.TextIOWrapper' object has no attribute 'name'");
}

Value t_closed(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  Value buffer = dict_get_str(self.as<Instance>()->dict, WEFT_IO_KEY("buffer"));
  return buffer ? getattr(buffer, intern("closed")) : Value(rt.True);
}

// The line endings seen. CPython decodes 8 KiB ahead and counts what it decoded; the rest of
// that chunk is looked at here.
Value t_newlines(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  Dict* d = self.as<Instance>()->dict;
  Value seen_v = dict_get_str(d, WEFT_IO_KEY("_seen"));
  int seen = seen_v ? static_cast<int>(seen_v.small_val()) : 0;
  Newline nl = newline_of(d);
  if (nl != Newline::kUniversal && nl != Newline::kUntranslated) return rt.None;
  FILE* fp = file_fp(self, kClosed);
  if (!fp) rt.exc = Value();  // closed: what was seen
  long pos = fp && seen ? std::ftell(fp) : -1;
  if (pos > 0 && pos % 8192 != 0) {
    char buf[8192];
    ssize_t got = ::pread(fileno(fp), buf, static_cast<size_t>(8192 - pos % 8192), pos);
    for (ssize_t i = 0; i < got; i++) {
      if (buf[i] == '\n') seen |= kSeenLF;
      if (buf[i] == '\r') {
        bool crlf = i + 1 < got && buf[i + 1] == '\n';
        seen |= crlf ? kSeenCRLF : kSeenCR;
        i += crlf;
      }
    }
  }
  const char* kinds[3] = {"\r", "\n", "\r\n"};
  int bits[3] = {kSeenCR, kSeenLF, kSeenCRLF};
  Value found[3];
  int k = 0;
  for (int i = 0; i < 3; i++)
    if (seen & bits[i]) found[k++] = intern(kinds[i]);
  if (k == 0) return rt.None;
  if (k == 1) return found[0];
  return tuple_from_array(found, k);
}

}  // namespace

bool native_text_encoding(std::string_view encoding) {
  std::string n;
  for (char c : encoding)
    n += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return is_utf8(n) || n == "ascii" || n == "us-ascii" || n == "646" || n == "latin-1" ||
         n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" ||
         n == "cp819" || n == "latin";
}

namespace {

// Makes `f` the text layer over `buffered` (see make_text_file), or, in an encoding the native
// layer does not decode, runs lib/io.py's TextIOWrapper.__init__ on it.
bool init_text_file(Instance* f, Value buffered, Value mode, Value encoding, Value errors,
                    Value newline, bool line_buffering, bool write_through) {
  auto given = [](Value v) { return v && v != Value(rt.None); };
  if (given(newline)) {
    std::string_view nl = newline.as<Str>()->view();
    if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n"))
      return raise_fmt(rt.ValueError, "illegal newline value: %s", std::string(nl).c_str()), false;
  }
  // the locale's encoding is UTF-8 here
  Value enc = !given(encoding) || encoding.as<Str>()->view() == "locale" ? Value(new_str("UTF-8"))
                                                                         : encoding;
  if (!enc) return false;
  if (!native_text_encoding(enc.as<Str>()->view())) {
    if (!import_module(intern("io"))) return false;  // (where the implementation is)
    Value args[6] = {buffered,
                     enc,
                     given(errors) ? errors : Value(rt.None),
                     given(newline) ? newline : Value(rt.None),
                     line_buffering ? rt.True : rt.False,
                     write_through ? rt.True : rt.False};
    if (!python_impl(g_types.text, "__init__", false, f, args, 6, nullptr)) return false;
    return !mode || setattr(f, intern("mode"), mode) >= 0;
  }
  Dict* d = inst_dict(f);
  if (!d) return false;
  dict_set_str(d, WEFT_IO_KEY("_flags"), Value::small(0));  // first: see native_backed()
  dict_set_str(d, WEFT_IO_KEY("buffer"), buffered);
  if (mode) dict_set_str(d, WEFT_IO_KEY("mode"), mode);  // (none when made by TextIOWrapper())
  dict_set_str(d, WEFT_IO_KEY("encoding"), enc);
  dict_set_str(d, WEFT_IO_KEY("errors"), given(errors) ? errors : Value(intern("strict")));
  dict_set_str(d, WEFT_IO_KEY("line_buffering"), line_buffering ? rt.True : rt.False);
  Instance* raw = raw_of(buffered);
  std::string_view e = enc.as<Str>()->view();
  int64_t flags = static_cast<int64_t>(newline_named(newline)) | (is_utf8(e) ? kUtf8 : 0) |
                  (is_ascii(e) ? kAscii : 0) |
                  (!given(errors) || errors.as<Str>()->view() == "strict" ? kStrict : 0) |
                  (raw && raw_readable(raw) && raw_writable(raw) ? kUpdating : 0) |
                  (write_through ? kWriteThrough : 0);
  dict_set_str(d, WEFT_IO_KEY("_flags"), Value::small(flags));
  return true;
}

// TextIOWrapper.__init__(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
// write_through=False): the native text layer over one of open()'s buffered files (exactly
// those types) in an encoding it decodes, else lib/io.py's implementation.
Value text_init_method(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[6];
  if (!parse_args("TextIOWrapper", args, nargs, kw, 1,
                  {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"},
                  a))
    return Value();
  Value buffer = a[0];
  Type* bt = buffer.is_ptr() ? buffer.obj()->type : nullptr;
  Value enc = a[1];
  bool native = (bt == g_types.reader || bt == g_types.writer || bt == g_types.random) &&
                native_backed(buffer, bt) &&
                (!enc || enc == Value(rt.None) ||
                 (is_str(enc) && (enc.as<Str>()->view() == "locale" ||
                                  native_text_encoding(enc.as<Str>()->view())))) &&
                (!a[2] || a[2] == Value(rt.None) || is_str(a[2])) &&
                (!a[3] || a[3] == Value(rt.None) || is_str(a[3]));
  if (!native) return python_impl(g_types.text, "__init__", false, self, args, nargs, kw);
  if (!file_fp(buffer, kClosed)) return Value();
  bool ok = init_text_file(self.as<Instance>(), buffer, Value(), enc, a[2], a[3],
                           a[4] && truthy(a[4]) > 0, a[5] && truthy(a[5]) > 0);
  return ok ? Value(rt.None) : Value();
}

Value text_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Instance* obj = new_instance(cls.as<Type>(), true);  // (as io_new's)
  if (!obj || !text_init_method(obj, args, nargs, kw)) return Value();
  return obj;
}

constexpr MethodDef kTextMethods[] = {{"read", t_read},
                                      {"readline", t_readline},
                                      {"write", t_write},
                                      {"close", t_close},
                                      {"seek", t_seek},
                                      {"tell", t_tell},
                                      {"flush", binary_flush},
                                      {"truncate", binary_truncate},
                                      {"fileno", binary_fileno},
                                      {"isatty", binary_isatty},
                                      {"seekable", binary_seekable},
                                      {"readable", file_readable},
                                      {"writable", file_writable},
                                      {"detach", t_detach},
                                      {"__repr__", t_repr},
                                      {"__enter__", file_enter},
                                      {"__exit__", file_exit},
                                      {"__iter__", t_iter}};
constexpr MethodDef kTextLineMethods[] = {
    {"readlines", t_readlines}, {"__next__", t_next}, {"writelines", t_writelines}};
constexpr MethodDef kTextGetters[] = {
    {"name", t_name}, {"closed", t_closed}, {"newlines", t_newlines}};

}  // namespace

Value make_text_file(Value buffered, Value mode, Value encoding, Value errors, Value newline,
                     bool line_buffering, bool write_through) {
  Instance* f = new_instance(g_types.text);
  if (!f ||
      !init_text_file(f, buffered, mode, encoding, errors, newline, line_buffering, write_through))
    return Value();
  return f;
}

void text_init() {
  Type* t = g_types.text = new_io_type("TextIOWrapper", g_types.text_base);
  add_io_tables<kTextMethods, kTextLineMethods, kTextGetters, &FileTypes::text>(t);
  add_method(t, "__init__", text_init_method);
  t->new_fn = text_new;
}

}  // namespace weft::python::io
