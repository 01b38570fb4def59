// php resources and the streams behind them (fopen and friends). Internal to php-vm/src.
//
// A resource value (Tag::Res) carries only its number; the table here maps numbers to what
// they are. php numbers resources in creation order and never reuses a number: STDIN, STDOUT
// and STDERR are 1-3, a script's first fopen() is 5. A closed stream keeps its number and
// prints as "resource(N) of type (Unknown)".
//
// Streams follow php's buffering where it shows: reads go through a chunk buffer (8192
// bytes), and end-of-file is set only when a read of the source returns nothing, so feof()
// turns true one read after the last line as in php; writes go straight to the source
// (php's plain files are not write-buffered either). Writes to STDOUT/STDERR first flush the
// VM's pending output (not the ob_start buffers, which php's STDOUT bypasses).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "weft/php/value.h"

namespace weft::php {

struct VM;

struct Stream {
  enum class Kind : uint8_t { Fd, Memory, Output, Dir };
  Kind kind = Kind::Fd;
  int fd = -1;
  bool owns_fd = true;
  bool readable = true, writable = true, append = false, seekable = true;
  bool eof = false;
  bool console = false;  // the process's stdout/stderr: the VM's pending output goes first
  std::string mode, uri;
  const char* wrapper = "plainfile";  // stream_get_meta_data's wrapper_type and stream_type
  const char* stream_type = "STDIO";
  void* dir = nullptr;  // Kind::Dir: the DIR* of opendir()
  std::string mem;      // Kind::Memory: the contents
  int64_t mpos = 0;     // Kind::Memory: the source position
  std::string buf;      // read buffer: buf[bpos..] is unread
  size_t bpos = 0;

  size_t buffered() const { return buf.size() - bpos; }
  // Fills the buffer with one chunk from the source; false at its end (sets eof).
  bool fill();
  // Up to n bytes (php's greedy read; from a pipe, what its first chunk brings), or all up
  // to the end of the stream with n == SIZE_MAX.
  std::string read(VM& vm, const char* fn, size_t n);
  bool get_line(std::string* line, size_t max = SIZE_MAX);    // false at end of file
  int64_t write(VM& vm, const char* fn, std::string_view s);  // -1: failed
  bool seek(int64_t off, int whence);
  int64_t tell();
  bool at_eof() const { return buffered() == 0 && eof; }
  int64_t size();  // -1 if unknown
  bool truncate(int64_t n);
  void close();
};

// A new stream resource (takes `extra` more numbers, as php's temp streams do).
Value new_stream_resource(Stream* s, int extra = 0);
// The open stream of resource value v; null if v is no resource or a closed one.
Stream* stream_of(const Value& v);
// The type get_resource_type() names ("stream"; "Unknown" once closed); null if no resource.
const char* resource_type(const Value& v);
bool resource_closed(const Value& v);
void close_resource(const Value& v);
// The stream of argument i, or php's TypeError ("must be of type resource, X given" /
// "supplied resource is not a valid stream resource"); false with the exception.
bool stream_arg(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i, Stream** out);
// Opens path in php's fopen mode; null with errno set (EINVAL for a bad mode).
Stream* open_stream(VM& vm, std::string_view path, std::string_view mode);
// The whole contents of a path (php:// streams included); false after php's warning
// ("fn(path): Failed to open stream: why").
bool read_path(VM& vm, const char* fn, std::string_view path, std::string* out);
// Writes (or appends) data to a path: the bytes written, -1 after php's warning.
int64_t write_path(VM& vm, const char* fn, std::string_view path, std::string_view data,
                   bool append);
// STDIN/STDOUT/STDERR as resources 1-3 (and resource 4, the script php keeps open).
void register_std_streams(VM& vm);
void register_file_builtins(VM& vm);
void register_fs_builtins(VM& vm);

}  // namespace weft::php
