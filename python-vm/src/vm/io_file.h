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
#include <utility>

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
  // CPython's _io._IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase: the bases of the others,
  // whose methods lib/io.py writes in Python (io.IOBase and friends are ABCs over them)
  Type* iobase = nullptr;
  Type* raw_base = nullptr;
  Type* buffered_base = nullptr;
  Type* text_base = nullptr;
  Type* fileio = nullptr;
  Type* reader = nullptr;
  Type* writer = nullptr;
  Type* random = nullptr;
  Type* text = nullptr;
};
extern FileTypes g_types;

// Which of FileIO, BufferedReader/Writer/Random, TextIOWrapper `t` is or derives from (Python
// subclasses of them are io's); null for other types.
inline Type* kind_of(Type* t) {
  while (t && !t->builtin) t = t->base;
  return t;
}
inline Type* file_kind(Value v) { return v.is_ptr() ? kind_of(v.obj()->type) : nullptr; }
inline bool is_file_type(Type* t) {
  Type* k = kind_of(t);
  return k && (k == g_types.fileio || k == g_types.reader || k == g_types.writer ||
               k == g_types.random || k == g_types.text);
}

// An instance of one of the five types holds either one of open()'s files (the native layers'
// state in its dict: FileIO's `_fp`, a buffered object's native `raw`, the text layer's `_flags`)
// or, when made over another stream (a BufferedReader over a Python raw stream, a TextIOWrapper
// over BytesIO or in a codec the native layer does not decode), the state of lib/io.py's
// implementation of the type, whose methods it then runs: every native method and getter
// checks which (one dict lookup) and calls the Python one by name otherwise (python_impl).
bool native_backed(Value self, Type* kind);
// The keys the native layers store first in an object's dict (FileIO's `_fp`, a buffered
// object's `raw`, the text layer's `_flags`): the common answer of native_backed() without a
// hash lookup.
struct NativeMarks {
  Str* fp = nullptr;
  Str* raw = nullptr;
  Str* flags = nullptr;
};
extern NativeMarks g_marks;
template <Type* FileTypes::*Kind>
inline bool native_backed(Value self) {
  if (self.is_ptr()) {
    Dict* d = self.as<Instance>()->dict;
    Str* mark = Kind == &FileTypes::fileio ? g_marks.fp
                : Kind == &FileTypes::text ? g_marks.flags
                                           : g_marks.raw;
    if (d && d->fill > 0 && d->entries->entries()[0].key.v == Value(mark)) return true;
  }
  return native_backed(self, g_types.*Kind);
}
// `name` of lib/io.py's implementation of `kind` (registered by _weft_io.adopt), or of the
// kind's base (io's Python IOBase methods), called on self; for a getter, the property's value.
Value python_impl(Type* kind, const char* name, bool getter, Value self, Value* args, int64_t nargs,
                  Tuple* kw);

struct MethodDef {
  const char* name;
  NativeFn fn;
};

// The method Table[I] of the type g_types.*Kind, running the Python implementation for
// instances that do not hold a native file.
template <const MethodDef* Table, size_t I, Type* FileTypes::*Kind>
Value native_or_python(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (native_backed<Kind>(self)) return Table[I].fn(self, args, nargs, kw);
  return python_impl(g_types.*Kind, Table[I].name, false, self, args, nargs, kw);
}
// The same for a getter (called with the instance as args[0]).
template <const MethodDef* Table, size_t I, Type* FileTypes::*Kind>
Value native_or_python_getter(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (native_backed<Kind>(args[0])) return Table[I].fn(self, args, nargs, kw);
  return python_impl(g_types.*Kind, Table[I].name, true, args[0], nullptr, 0, nullptr);
}
// The same for the methods whose CPython versions, for a subclass's instance, call the
// object's own methods (IOBase's readlines/writelines/__next__ iterate and call readline or
// write, FileIO's readline calls read): a subclass's instance runs io's Python IOBase methods.
Value call_python_base(Type* kind, const char* name, Value self, Value* args, int64_t nargs,
                       Tuple* kw, bool* found);
template <const MethodDef* Table, size_t I, Type* FileTypes::*Kind>
Value native_unless_subclass(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (self.is_ptr() && !self.obj()->type->builtin) {
    bool found = false;
    Value r = call_python_base(g_types.*Kind, Table[I].name, self, args, nargs, kw, &found);
    if (found) return r;
  }
  return native_or_python<Table, I, Kind>(self, args, nargs, kw);
}
template <const MethodDef* Table, Type* FileTypes::*Kind, size_t... I>
void add_file_methods(Type* t, std::index_sequence<I...>) {
  (add_method(t, Table[I].name, &native_or_python<Table, I, Kind>), ...);
}
template <const MethodDef* Table, Type* FileTypes::*Kind, size_t... I>
void add_line_methods(Type* t, std::index_sequence<I...>) {
  (add_method(t, Table[I].name, &native_unless_subclass<Table, I, Kind>), ...);
}
template <const MethodDef* Table, Type* FileTypes::*Kind, size_t... I>
void add_file_getters(Type* t, std::index_sequence<I...>) {
  (add_getter(t, Table[I].name, &native_or_python_getter<Table, I, Kind>), ...);
}
// A built-in io type's three tables: plain methods, methods a subclass's instance runs from
// io's Python IOBase (see native_unless_subclass), getters.
template <const auto& Methods, const auto& LineMethods, const auto& Getters, Type* FileTypes::*Kind>
void add_io_tables(Type* t) {
  add_file_methods<Methods, Kind>(t, std::make_index_sequence<std::size(Methods)>());
  add_line_methods<LineMethods, Kind>(t, std::make_index_sequence<std::size(LineMethods)>());
  add_file_getters<Getters, Kind>(t, std::make_index_sequence<std::size(Getters)>());
}
// A built-in io type `name` over `base` (module _io, subclassable).
Type* new_io_type(const char* name, Type* base);

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
