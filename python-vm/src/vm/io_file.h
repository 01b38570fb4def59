// The file objects of open(), in CPython's three layers: a raw FileIO owning a C stdio stream, a
// BufferedReader/Writer/Random over it (its `raw`), and a TextIOWrapper over a buffered one (its
// `buffer`). All layers read and write through the one FILE* (whose buffer is the buffered
// layer's, with CPython's size and write policy; the text layer keeps its pending text as
// CPython's does, in the raw file's handle), so they share its position: the
// text layer reads no further ahead than it returns, which keeps tell() a byte offset (CPython's
// cookie for a decoder without pending state) and `.buffer` reads where the text stopped.
// io.cpp: open(), FileIO and the buffered types; io_text.cpp: TextIOWrapper.
#pragma once

#include <cstdio>

#include "runtime.h"

// An attribute name, interned at its first use at each place (interned strings stay put and
// alive); interning on each call would hash the text into the intern table every time.
#define WEFT_IO_KEY(name)                      \
  ([]() {                                      \
    static Str* const interned = intern(name); \
    return interned;                           \
  }())

namespace weft::python::io {

struct FileTypes {
  Type* fileio = nullptr;
  Type* reader = nullptr;
  Type* writer = nullptr;
  Type* random = nullptr;
  Type* text = nullptr;
};
extern FileTypes g_types;

// The FileIO object under a file object of any layer.
Instance* raw_of(Value self);
struct FileHandle;  // a raw file's FILE* and its text layer's pending bytes (io.cpp)

// The FILE* under a file object of any layer (its handle in *handle, when asked, also when the
// file is closed); null with ValueError(closed_msg) when closed.
FILE* file_fp(Value self, const char* closed_msg, FileHandle** handle = nullptr);
bool raw_readable(Instance* raw);
bool raw_writable(Instance* raw);
// C stdio needs a seek between writing and reading on one stream; Python's files switch freely.
void before_io(Instance* raw, FILE* fp, bool writing);
// Writes `data` to a buffered file's stream with CPython's BufferedWriter policy (kept while it
// fits the buffer, else the buffer written first and data larger than it written at once);
// false with OSError.
bool buffered_write(Instance* raw, FILE* fp, std::string_view data);
// The text layer's pending bytes (CPython's TextIOWrapper buffers encoded text and hands it to
// the buffered layer in 8 KiB chunks, at flush, and before reads, seeks and tell): kept per
// raw file; flushed with buffered_write (false with OSError).
size_t text_pending_size(const FileHandle* h);
void text_pending_add(FileHandle* h, std::string_view bytes);
bool text_pending_flush(Instance* raw, FileHandle* h);
// Raises io.UnsupportedOperation(msg) (lib/io.py: an OSError and a ValueError).
Value raise_unsupported(const char* msg);
// The size argument of read()/readline() in *n: an int, or None/absent as -1; false with
// CPython's TypeError raised otherwise.
bool size_arg(Value* args, int64_t nargs, int64_t* n);
// The binary layer's operations the text layer also uses.
Value binary_close(Value self, Value*, int64_t, Tuple*);
Value binary_flush(Value self, Value*, int64_t, Tuple*);
Value binary_truncate(Value self, Value* args, int64_t nargs, Tuple*);
Value binary_fileno(Value self, Value*, int64_t, Tuple*);
Value binary_isatty(Value self, Value*, int64_t, Tuple*);
Value binary_seekable(Value self, Value*, int64_t, Tuple*);
Value file_readable(Value self, Value*, int64_t, Tuple*);
Value file_writable(Value self, Value*, int64_t, Tuple*);
Value file_enter(Value self, Value*, int64_t, Tuple*);
Value file_exit(Value self, Value*, int64_t, Tuple*);

// A TextIOWrapper over `buffered` (io_text.cpp). `encoding`, `errors`, `newline` as open() got
// them (null: not given); the encoding is one of utf-8, ascii, latin-1.
Value make_text_file(Value buffered, Value mode, Value encoding, Value errors, Value newline,
                     bool line_buffering, bool write_through = false);
// Whether the text layer decodes `encoding` itself (others go through lib/io.py's wrapper).
bool native_text_encoding(std::string_view encoding);
void text_init();

}  // namespace weft::python::io
