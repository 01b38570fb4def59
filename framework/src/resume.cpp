#include "weft/jit/resume.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

#include "weft/gc/field.h"
#include "weft/gc/heap.h"
#include "weft/gc/roots.h"
#include "weft/gc/types.h"

namespace weft::jit {

namespace {

// Registers words of malloc'd memory as roots (the collector does not scan the C++ heap) and
// unregisters them newest first, which is the order the root registry removes fastest.
class RootedWords {
 public:
  explicit RootedWords(size_t capacity) { slots_.reserve(capacity); }
  ~RootedWords() {
    for (auto it = slots_.rbegin(); it != slots_.rend(); ++it) gc::remove_root(*it);
  }
  RootedWords(const RootedWords&) = delete;
  RootedWords& operator=(const RootedWords&) = delete;
  void add(const uint64_t* word) {
    auto slot = reinterpret_cast<void* const*>(word);
    gc::add_root(slot);
    slots_.push_back(slot);
  }

 private:
  std::vector<void* const*> slots_;
};

bool valid_access_size(unsigned size) { return size == 1 || size == 2 || size == 4 || size == 8; }

void store(uintptr_t address, unsigned size, uint64_t value) {
  std::memcpy(reinterpret_cast<void*>(address), &value, size);  // little-endian: low bytes
}

class Resumer {
 public:
  Resumer(const Trace& trace, const Snapshot& snapshot, std::string* error)
      : t_(trace), s_(snapshot), error_(error) {}

  ResumeStatus run(const SavedValues& saved, FrameBuilder& builder) {
    // One word per virtual object, then one per value occurrence (frames', then virtual
    // objects' fields, then raw stores' addresses and values), so that every phase below
    // indexes the same flat array.
    size_t count = s_.virtuals.size();
    s_.for_each_value([&](Value) { ++count; });
    words_.assign(count, 0);
    RootedWords roots(count);

    if (ResumeStatus status = check(); status != ResumeStatus::Ok) return status;
    // Read everything the exit saved before the first allocation: the caller's words may be
    // the only references to objects the trace allocated, and are not visible to the collector.
    size_t at = s_.virtuals.size();
    for (size_t k = 0; k < s_.virtuals.size(); ++k) roots.add(&words_[k]);
    auto resolve = [&](Value v) {
      if (v.is_inst()) words_[at] = saved(v);
      if (v.is_const()) words_[at] = t_.constant(v).bits;
      if (v.kind() != Value::Kind::Virtual && t_.type_of(v) == Type::Ref) roots.add(&words_[at]);
      ++at;
    };
    s_.for_each_value(resolve);

    if (ResumeStatus status = allocate(); status != ResumeStatus::Ok) return status;
    fill_virtuals();
    raw_stores();
    builder.materialized(std::span<const uint64_t>(words_.data(), s_.virtuals.size()));

    at = s_.virtuals.size();
    for (const ResumeFrame& frame : s_.frames) {
      builder.begin_frame(frame.jitcode, frame.pc, frame.register_span());
      for (size_t i = 0; i < frame.values.size(); ++i, ++at)
        builder.set_value(frame.register_of(i), t_.type_of(frame.values[i]),
                          word(frame.values[i], at));
    }
    return ResumeStatus::Ok;
  }

 private:
  ResumeStatus fail(ResumeStatus status, const std::string& what) {
    if (error_) *error_ = what;
    return status;
  }

  std::string name(size_t k) const {
    return "v" + std::to_string(k) + " (" + s_.virtuals[k].descr->name + ")";
  }

  // The word of the value at occurrence `at`. A virtual object's is in its own slot (filled by
  // allocate()); the slots of its occurrences stay unused.
  uint64_t word(Value v, size_t at) const {
    return v.kind() == Value::Kind::Virtual ? words_[v.index()] : words_[at];
  }

  // What must hold for resume to read and write only what it should; the verifier checks more.
  ResumeStatus check() {
    auto valid = [&](Value v) {
      switch (v.kind()) {
        case Value::Kind::Inst:
          return v.index() < t_.insts.size() && t_.insts[v.index()].type != Type::Void;
        case Value::Kind::Const:
          return v.index() < t_.consts.size();
        case Value::Kind::Virtual:
          return v.index() < s_.virtuals.size();
        case Value::Kind::None:
          break;
      }
      return false;
    };
    if (s_.frames.empty()) return fail(ResumeStatus::Invalid, "the snapshot has no frame");
    for (const ResumeFrame& frame : s_.frames)
      for (Value v : frame.values)
        if (!valid(v)) return fail(ResumeStatus::Invalid, "a frame refers to an invalid value");
    for (const RawStore& store : s_.raw_stores)
      if (!store.field || !valid_access_size(store.field->size) || !valid(store.value) ||
          !valid(store.address) || store.address.kind() == Value::Kind::Virtual)
        return fail(ResumeStatus::Invalid, "a raw store is malformed");
    for (size_t k = 0; k < s_.virtuals.size(); ++k) {
      const VirtualObject& object = s_.virtuals[k];
      if (!object.descr ||
          (object.descr->kind != Descr::Kind::Size && object.descr->kind != Descr::Kind::Array))
        return fail(ResumeStatus::Invalid,
                    "virtual object v" + std::to_string(k) + " needs a size or array descriptor");
      if (object.descr->kind == Descr::Kind::Array &&
          !valid_access_size(static_cast<const ArrayDescr*>(object.descr)->item_size))
        return fail(ResumeStatus::Invalid, name(k) + " has an invalid item size");
      for (const auto& [field, value] : object.fields) {
        if (!valid(value)) return fail(ResumeStatus::Invalid, name(k) + " has an invalid value");
        if (object.descr->kind == Descr::Kind::Array) continue;
        auto* size = static_cast<const SizeDescr*>(object.descr);
        if (!field || !valid_access_size(field->size) ||
            uint64_t(field->offset) + field->size > size->size)
          return fail(ResumeStatus::Invalid, name(k) + " has a field outside the object");
      }
    }
    return ResumeStatus::Ok;
  }

  ResumeStatus allocate() {
    if (s_.virtuals.empty()) return ResumeStatus::Ok;
    gc::Heap* heap = gc::Heap::current();
    if (!heap) return fail(ResumeStatus::Invalid, "no current heap to materialize objects on");
    for (size_t k = 0; k < s_.virtuals.size(); ++k) {
      const VirtualObject& object = s_.virtuals[k];
      uint32_t type;
      size_t bytes;
      if (object.descr->kind == Descr::Kind::Size) {
        auto* d = static_cast<const SizeDescr*>(object.descr);
        type = d->type_id;
        bytes = d->size;
      } else {
        auto* d = static_cast<const ArrayDescr*>(object.descr);
        type = d->type_id;
        bytes = std::max<size_t>(d->items_offset + object.fields.size() * d->item_size,
                                 size_t(d->length_offset) + 8);
      }
      // Instances of types with a finalizer must be registered, or it would never run.
      void* p = gc::type_info(type).finalize ? heap->allocate_registered(type, bytes)
                                             : heap->allocate(type, bytes);
      if (!p) return fail(ResumeStatus::OutOfMemory, "out of memory materializing " + name(k));
      words_[k] = reinterpret_cast<uintptr_t>(p);
      if (object.descr->kind == Descr::Kind::Array)
        store(words_[k] + static_cast<const ArrayDescr*>(object.descr)->length_offset, 8,
              object.fields.size());
    }
    return ResumeStatus::Ok;
  }

  // Runs after every allocation: no collection can separate a store from its barrier, and
  // objects referring to each other (cycles) are all there to be referred to.
  void fill_virtuals() {
    size_t at = s_.virtuals.size();
    for (const ResumeFrame& frame : s_.frames) at += frame.values.size();
    for (size_t k = 0; k < s_.virtuals.size(); ++k) {
      const VirtualObject& object = s_.virtuals[k];
      auto* array = object.descr->kind == Descr::Kind::Array
                        ? static_cast<const ArrayDescr*>(object.descr)
                        : nullptr;
      for (size_t i = 0; i < object.fields.size(); ++i, ++at) {
        const auto& [field, value] = object.fields[i];
        uintptr_t slot =
            words_[k] + (array ? array->items_offset + i * array->item_size : field->offset);
        store(slot, array ? array->item_size : field->size, word(value, at));
        if (t_.type_of(value) == Type::Ref) gc::write_barrier(reinterpret_cast<void*>(slot));
      }
    }
  }

  // The stores the optimizer delayed past the guard, as setfield_raw does them (no barrier:
  // raw memory), once their values exist.
  void raw_stores() {
    size_t at = s_.virtuals.size();
    for (const ResumeFrame& frame : s_.frames) at += frame.values.size();
    for (const VirtualObject& object : s_.virtuals) at += object.fields.size();
    for (const RawStore& s : s_.raw_stores) {
      uint64_t address = words_[at++];
      uint64_t value = word(s.value, at++);
      store(uintptr_t(address + uint64_t(s.field->offset)), s.field->size, value);
    }
  }

  const Trace& t_;
  const Snapshot& s_;
  std::string* error_;
  std::vector<uint64_t> words_;
};

}  // namespace

ResumeStatus resume(const Trace& trace, const Snapshot& snapshot, const SavedValues& saved,
                    FrameBuilder& builder, std::string* error) {
  return Resumer(trace, snapshot, error).run(saved, builder);
}

}  // namespace weft::jit
