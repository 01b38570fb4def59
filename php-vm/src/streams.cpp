// php resources and streams (see streams.h).
#include "streams.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include "weft/php/ops.h"
#include "weft/php/vm.h"

namespace weft::php {

namespace {
constexpr size_t kChunk = 8192;

// Resource number -> stream (null once closed); number 0 is never used.
struct ResourceTable {
  std::vector<std::unique_ptr<Stream>> streams{1};
};
ResourceTable& table() {
  static ResourceTable t;
  return t;
}
}  // namespace

bool Stream::fill() {
  if (bpos == buf.size()) {
    buf.clear();
    bpos = 0;
  }
  if (kind == Kind::Memory) {
    if (mpos >= int64_t(mem.size())) {
      eof = true;
      return false;
    }
    size_t n = std::min(kChunk, mem.size() - size_t(mpos));
    buf.append(mem, size_t(mpos), n);
    mpos += int64_t(n);
    return true;
  }
  if (kind != Kind::Fd || fd < 0) {
    eof = true;
    return false;
  }
  char tmp[kChunk];
  ssize_t n;
  do n = ::read(fd, tmp, sizeof tmp);
  while (n < 0 && errno == EINTR);
  if (n <= 0) {
    eof = true;
    return false;
  }
  buf.append(tmp, size_t(n));
  return true;
}

std::string Stream::read(VM& vm, const char* fn, size_t n) {
  std::string out;
  if (!readable) {
    if (kind == Kind::Fd)
      vm.notice(std::string(fn) + "(): Read of " + std::to_string(std::max(n, kChunk)) +
                " bytes failed with errno=9 Bad file descriptor");
    return out;
  }
  while (out.size() < n) {
    if (buffered() == 0) {
      // a pipe or terminal gives what it has: php returns after the first chunk from those
      // (reading to the end, n == SIZE_MAX, goes on)
      if (!out.empty() && !seekable && n != SIZE_MAX) break;
      if (!fill()) break;
    }
    size_t k = std::min(n - out.size(), buffered());
    out.append(buf, bpos, k);
    bpos += k;
  }
  return out;
}

bool Stream::get_line(std::string* line, size_t max) {
  line->clear();
  if (!readable) return false;
  for (;;) {
    size_t nl = buf.find('\n', bpos);
    size_t avail = (nl == std::string::npos ? buf.size() : nl + 1) - bpos;
    size_t take = std::min(avail, max - line->size());
    line->append(buf, bpos, take);
    bpos += take;
    if (line->size() >= max || (nl != std::string::npos && take == avail)) return true;
    if (!fill()) return !line->empty();
  }
}

int64_t Stream::write(VM& vm, const char* fn, std::string_view s) {
  if (!writable) {
    if (kind == Kind::Fd)
      vm.notice(std::string(fn) + "(): Write of " + std::to_string(s.size()) +
                " bytes failed with errno=9 Bad file descriptor");
    return -1;
  }
  if (kind == Kind::Output) {
    vm.echo(s);
    return int64_t(s.size());
  }
  // the source position follows the reader's: drop what was read ahead
  if (buffered() && seekable) seek(tell(), SEEK_SET);
  buf.clear();
  bpos = 0;
  if (kind == Kind::Memory) {
    if (append) mpos = int64_t(mem.size());
    if (mpos > int64_t(mem.size())) mem.resize(size_t(mpos), '\0');
    mem.replace(size_t(mpos), std::min(s.size(), mem.size() - size_t(mpos)), s);
    mpos += int64_t(s.size());
    return int64_t(s.size());
  }
  if (console) vm.flush_stdout();
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(fd, s.data() + off, s.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    off += size_t(n);
  }
  return int64_t(off);
}

bool Stream::seek(int64_t off, int whence) {
  if (!seekable) return false;
  if (kind == Kind::Memory) {
    int64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? tell() : int64_t(mem.size());
    int64_t to = base + off;
    if (to < 0) return false;
    mpos = to;
  } else {
    if (whence == SEEK_CUR) {
      off = tell() + off;
      whence = SEEK_SET;
    }
    if (::lseek(fd, off, whence) < 0) return false;
  }
  buf.clear();
  bpos = 0;
  eof = false;
  return true;
}

int64_t Stream::tell() {
  if (kind == Kind::Memory) return mpos - int64_t(buffered());
  if (kind != Kind::Fd) return 0;
  off_t p = ::lseek(fd, 0, SEEK_CUR);
  return p < 0 ? 0 : int64_t(p) - int64_t(buffered());
}

int64_t Stream::size() {
  if (kind == Kind::Memory) return int64_t(mem.size());
  struct stat st;
  if (kind != Kind::Fd || ::fstat(fd, &st) != 0) return -1;
  return int64_t(st.st_size);
}

bool Stream::truncate(int64_t n) {
  if (!writable || n < 0) return false;
  if (kind == Kind::Memory) {
    mem.resize(size_t(n), '\0');
    return true;
  }
  return kind == Kind::Fd && ::ftruncate(fd, n) == 0;
}

void Stream::close() {
  if (kind == Kind::Dir && dir) ::closedir(static_cast<DIR*>(dir));
  dir = nullptr;
  if (kind == Kind::Fd && owns_fd && fd > 2) ::close(fd);
  fd = -1;
}

Value new_stream_resource(Stream* s, int extra) {
  ResourceTable& t = table();
  int64_t id = int64_t(t.streams.size());
  t.streams.emplace_back(s);
  for (int i = 0; i < extra; ++i) t.streams.emplace_back(nullptr);
  return Value::resource(id);
}

Stream* stream_of(const Value& v0) {
  const Value& v = deref(v0);
  if (v.tag != Tag::Res) return nullptr;
  ResourceTable& t = table();
  if (v.i <= 0 || v.i >= int64_t(t.streams.size())) return nullptr;
  return t.streams[size_t(v.i)].get();
}

bool resource_closed(const Value& v0) {
  const Value& v = deref(v0);
  return v.tag == Tag::Res && stream_of(v) == nullptr;
}

const char* resource_type(const Value& v0) {
  const Value& v = deref(v0);
  if (v.tag != Tag::Res) return nullptr;
  return stream_of(v) ? "stream" : "Unknown";
}

void close_resource(const Value& v0) {
  const Value& v = deref(v0);
  Stream* s = stream_of(v);
  if (!s) return;
  s->close();
  table().streams[size_t(v.i)].reset();
}

bool stream_arg(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i, Stream** out) {
  const Value& v = i < argc ? deref(args[i]) : Value::null();
  if (v.tag != Tag::Res)
    return vm.throw_error("TypeError", std::string(fn) + "(): Argument #" + std::to_string(i + 1) +
                                           " ($stream) must be of type resource, " +
                                           zend_type_name(v) + " given");
  *out = stream_of(v);
  if (!*out)
    return vm.throw_error("TypeError",
                          std::string(fn) + "(): supplied resource is not a valid stream resource");
  return true;
}

static Stream* memory_stream(std::string_view path, bool rw, bool append, bool temp) {
  auto* s = new Stream;
  s->kind = Stream::Kind::Memory;
  s->readable = true;
  s->writable = rw;
  s->append = append;
  s->wrapper = "PHP";
  s->stream_type = temp ? "TEMP" : "MEMORY";
  s->mode = rw ? "w+b" : "rb";
  s->uri = std::string(path);
  return s;
}

static Stream* std_stream(int fd, bool input, std::string_view uri) {
  auto* s = new Stream;
  s->fd = fd;
  s->owns_fd = false;
  s->readable = input;
  s->writable = !input;
  s->console = !input;
  struct stat st;
  s->seekable = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  s->wrapper = "PHP";
  s->uri = std::string(uri);
  return s;
}

Stream* open_stream(VM& vm, std::string_view path, std::string_view mode) {
  if (mode.empty() || !std::strchr("rwaxc", mode[0])) {
    errno = EINVAL;
    return nullptr;
  }
  bool plus = mode.find('+') != std::string_view::npos;
  char m = mode[0];
  Stream* s = nullptr;
  if (path.substr(0, 6) == "php://") {
    std::string_view what = path.substr(6);
    bool rw = plus || m == 'w' || m == 'a';
    if (what == "memory" || (what.substr(0, 4) == "temp" && (what.size() == 4 || what[4] == '/')))
      s = memory_stream(path, rw, m == 'a', what[0] == 't');
    else if (what == "stdin")
      s = std_stream(::dup(0), true, path);
    else if (what == "stdout" || what == "stderr")
      s = std_stream(::dup(what == "stdout" ? 1 : 2), false, path);
    else if (what == "output") {
      s = new Stream;
      s->kind = Stream::Kind::Output;
      s->readable = false;
      s->seekable = false;
      s->wrapper = "PHP";
      s->stream_type = "Output";
      s->uri = std::string(path);
    }
    if (s && s->kind == Stream::Kind::Fd) s->owns_fd = true;
    if (!s) errno = ENOENT;
    (void)vm;
    return s;
  }
  if (path.substr(0, 7) == "file://") path = path.substr(7);
  int flags = plus ? O_RDWR : (m == 'r' ? O_RDONLY : O_WRONLY);
  if (m == 'w') flags |= O_CREAT | O_TRUNC;
  if (m == 'a') flags |= O_CREAT | O_APPEND;
  if (m == 'x') flags |= O_CREAT | O_EXCL;
  if (m == 'c') flags |= O_CREAT;
  std::string p(path);
  int fd = ::open(p.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) return nullptr;
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && m != 'r') {
    ::close(fd);
    errno = EISDIR;
    return nullptr;
  }
  s = new Stream;
  s->fd = fd;
  s->readable = plus || m == 'r';
  s->writable = plus || m != 'r';
  s->append = m == 'a';
  s->seekable = S_ISREG(st.st_mode);
  s->mode = std::string(mode);
  s->uri = p;
  return s;
}

static bool open_failed(VM& vm, const char* fn, std::string_view path) {
  vm.warning(std::string(fn) + "(" + std::string(path) +
             "): Failed to open stream: " + std::strerror(errno));
  return false;
}

bool read_path(VM& vm, const char* fn, std::string_view path, std::string* out) {
  std::unique_ptr<Stream> s(open_stream(vm, path, "rb"));
  if (!s) return open_failed(vm, fn, path);
  struct stat st;
  if (s->kind == Stream::Kind::Fd && ::fstat(s->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    vm.notice(std::string(fn) + "(): Read of 8192 bytes failed with errno=21 Is a directory");
    out->clear();
  } else {
    *out = s->read(vm, fn, SIZE_MAX);
  }
  s->close();
  return true;
}

int64_t write_path(VM& vm, const char* fn, std::string_view path, std::string_view data,
                   bool append) {
  std::unique_ptr<Stream> s(open_stream(vm, path, append ? "ab" : "wb"));
  if (!s) {
    open_failed(vm, fn, path);
    return -1;
  }
  int64_t n = data.empty() ? 0 : s->write(vm, fn, data);
  s->close();
  return n;
}

void register_std_streams(VM& vm) {
  ResourceTable& t = table();
  if (t.streams.size() == 1) {
    const char* names[] = {"php://stdin", "php://stdout", "php://stderr"};
    for (int fd = 0; fd < 3; ++fd) {
      Stream* s = std_stream(fd, fd == 0, names[fd]);
      s->mode = fd == 0 ? "r" : "w";
      new_stream_resource(s);
    }
    t.streams.emplace_back(nullptr);  // 4: php's handle of the script file
  }
  const char* consts[] = {"STDIN", "STDOUT", "STDERR"};
  for (int i = 0; i < 3; ++i)
    vm.constants->set(Key::string(intern(consts[i])), Value::resource(i + 1));
}

}  // namespace weft::php
