#include "weft/jit/resume_frames.h"

#include <bit>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "weft/gc/heap.h"
#include "weft/gc/roots.h"
#include "weft/gc/tracer.h"
#include "weft/gc/types.h"
#include "weft/jit/ir_interp.h"

namespace weft::jit {

void ResumedFrame::registers(const JitCode& code, std::vector<uint64_t> (&regs)[3]) const {
  size_t k = 0;
  for (int b = 0; b < 3; ++b) {
    regs[b].assign(code.num_regs[b], 0);
    for (uint16_t reg = 0; reg < code.num_regs[b] && k < values.size(); ++reg, ++k)
      regs[b][reg] = values[k].second;
  }
}

namespace {

class Collector final : public FrameBuilder {
 public:
  void begin_frame(uint32_t jitcode, uint32_t pc, size_t num_values) override {
    frames.push_back(ResumedFrame{jitcode, pc, {}});
    frames.back().values.resize(num_values);
  }
  void set_value(size_t index, Type type, uint64_t bits) override {
    frames.back().values[index] = {type, bits};
  }
  std::vector<ResumedFrame> frames;
};

std::string hex(uint64_t word) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "0x%" PRIx64, word);
  return buffer;
}

// Compares two object graphs by walking them in step, pairing each object of `a` with one of
// `b` for good (the pairing must be a bijection, which is what makes sharing and cycles agree).
class GraphComparer {
 public:
  explicit GraphComparer(std::string* difference) : difference_(difference) {}

  bool same_ref(uintptr_t x, uintptr_t y, const std::string& path) {
    if (x == 0 || y == 0) return x == y || differ(path, "null and non-null");
    auto paired = a_to_b_.find(x);
    if (paired != a_to_b_.end())
      return paired->second == y || differ(path, "one object on one side, two on the other");
    if (b_to_a_.count(y)) return differ(path, "two objects on one side, one on the other");
    a_to_b_[x] = y;
    b_to_a_[y] = x;
    if (x == y) return true;  // the same object: its contents are equal by definition
    gc::Heap* heap = gc::Heap::current();
    auto is_object = [&](uintptr_t p) {
      return heap && heap->find_object(reinterpret_cast<void*>(p)) == reinterpret_cast<void*>(p);
    };
    if (!is_object(x) || !is_object(y))
      return differ(path, "different addresses " + hex(x) + " and " + hex(y));
    pending_.push_back({x, y, path});
    return true;
  }

  // Compares the contents of the paired objects, pairing what they point to in turn.
  bool finish() {
    while (!pending_.empty()) {
      Pending p = std::move(pending_.back());
      pending_.pop_back();
      if (!same_contents(p.a, p.b, p.path)) return false;
    }
    return true;
  }

  bool differ(const std::string& path, const std::string& what) {
    if (difference_) *difference_ = path + ": " + what;
    return false;
  }

 private:
  struct Pending {
    uintptr_t a, b;
    std::string path;
  };

  static std::vector<std::pair<size_t, uintptr_t>> pointers(uintptr_t payload, gc::TypeId type) {
    struct Context {
      uintptr_t payload;
      std::vector<std::pair<size_t, uintptr_t>> out;
    } context{payload, {}};
    if (auto trace = gc::type_info(type).trace) {
      gc::Tracer tracer(
          [](void* c, const void* slot, const void* target) {
            auto* ctx = static_cast<Context*>(c);
            ctx->out.emplace_back(reinterpret_cast<uintptr_t>(slot) - ctx->payload,
                                  reinterpret_cast<uintptr_t>(target));
          },
          &context);
      trace(reinterpret_cast<const void*>(payload), tracer);
    }
    return context.out;
  }

  bool same_contents(uintptr_t a, uintptr_t b, const std::string& path) {
    gc::Heap* heap = gc::Heap::current();
    gc::TypeId ta = gc::header_type(gc::header_of(reinterpret_cast<void*>(a)));
    gc::TypeId tb = gc::header_type(gc::header_of(reinterpret_cast<void*>(b)));
    if (ta != tb)
      return differ(
          path, std::string("types ") + gc::type_info(ta).name + " and " + gc::type_info(tb).name);
    size_t size = heap->object_size(reinterpret_cast<void*>(a));
    if (size != heap->object_size(reinterpret_cast<void*>(b)))
      return differ(path, "sizes " + std::to_string(size) + " and " +
                              std::to_string(heap->object_size(reinterpret_cast<void*>(b))));
    size -= gc::kHeaderSize;
    auto pa = pointers(a, ta);
    auto pb = pointers(b, tb);
    // The tracer reports only non-null pointers: a slot reported on one side only is a null
    // against a non-null.
    for (size_t i = 0; i < pa.size() || i < pb.size(); ++i) {
      if (i >= pa.size() || i >= pb.size() || pa[i].first != pb[i].first) {
        size_t offset = i >= pa.size() ? pb[i].first : pa[i].first;
        return differ(path + ".+" + std::to_string(offset), "null and non-null");
      }
    }
    // Words are compared with the pointers masked out; those are compared as references.
    std::vector<uint8_t> wa(size), wb(size);
    std::memcpy(wa.data(), reinterpret_cast<const void*>(a), size);
    std::memcpy(wb.data(), reinterpret_cast<const void*>(b), size);
    for (const auto& [offset, target] : pa) {
      if (offset + 8 > size) continue;
      std::memset(wa.data() + offset, 0, 8);
      std::memset(wb.data() + offset, 0, 8);
    }
    for (size_t offset = 0; offset < size; ++offset)
      if (wa[offset] != wb[offset])
        return differ(path, "objects of type " + std::string(gc::type_info(ta).name) +
                                " differ at byte +" + std::to_string(offset));
    for (size_t i = 0; i < pa.size(); ++i)
      if (!same_ref(pa[i].second, pb[i].second, path + ".+" + std::to_string(pa[i].first)))
        return false;
    return true;
  }

  std::string* difference_;
  std::unordered_map<uintptr_t, uintptr_t> a_to_b_, b_to_a_;
  std::vector<Pending> pending_;
};

}  // namespace

ResumedFrames::~ResumedFrames() { unroot(); }

void ResumedFrames::unroot() {
  for (auto it = roots_.rbegin(); it != roots_.rend(); ++it) gc::remove_root(*it);
  roots_.clear();
}

void ResumedFrames::assign(std::vector<ResumedFrame> frames) {
  unroot();
  frames_ = std::move(frames);
  for (ResumedFrame& frame : frames_)
    for (auto& [type, bits] : frame.values)
      if (type == Type::Ref) {
        roots_.push_back(reinterpret_cast<void* const*>(&bits));
        gc::add_root(roots_.back());
      }
}

std::string ResumedFrames::to_string() const {
  std::string out;
  for (size_t f = 0; f < frames_.size(); ++f) {
    if (f) out += "; ";
    out += std::to_string(frames_[f].jitcode) + "@" + std::to_string(frames_[f].pc) + ":";
    for (size_t i = 0; i < frames_[f].values.size(); ++i) {
      auto [type, bits] = frames_[f].values[i];
      out += i ? ", " : " ";
      out += type_letter(type);
      if (type == Type::Int) {
        out += std::to_string(int64_t(bits));
      } else if (type == Type::Float) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.17g", std::bit_cast<double>(bits));
        out += buffer;
      } else {
        out += bits ? hex(bits) : "null";
      }
    }
  }
  return out;
}

ResumeStatus resume_frames(const Trace& trace, const Snapshot& snapshot, const SavedValues& saved,
                           ResumedFrames& out, std::string* error) {
  out.assign({});
  Collector collector;
  ResumeStatus status = resume(trace, snapshot, saved, collector, error);
  // Nothing allocates between resume() returning and the frames becoming roots.
  if (status == ResumeStatus::Ok) out.assign(std::move(collector.frames));
  return status;
}

ResumeStatus resume_frames(const Trace& trace, const InterpResult& result, ResumedFrames& out,
                           std::string* error) {
  out.assign({});
  if (result.exit != InterpResult::Exit::GuardFailed || result.inst >= trace.insts.size() ||
      result.values.size() != trace.insts.size() || trace.insts[result.inst].snapshot < 0 ||
      size_t(trace.insts[result.inst].snapshot) >= trace.snapshots.size()) {
    if (error) *error = "not a guard failure of this trace";
    return ResumeStatus::Invalid;
  }
  const Snapshot& snapshot = trace.snapshots[size_t(trace.insts[result.inst].snapshot)];
  return resume_frames(
      trace, snapshot, [&](Value v) { return result.values[v.index()]; }, out, error);
}

bool same_frames(const ResumedFrames& a, const ResumedFrames& b, std::string* difference) {
  GraphComparer comparer(difference);
  const auto& fa = a.frames();
  const auto& fb = b.frames();
  if (fa.size() != fb.size())
    return comparer.differ("frames",
                           std::to_string(fa.size()) + " and " + std::to_string(fb.size()));
  for (size_t f = 0; f < fa.size(); ++f) {
    std::string where = "frame " + std::to_string(f);
    if (fa[f].jitcode != fb[f].jitcode || fa[f].pc != fb[f].pc)
      return comparer.differ(where, std::to_string(fa[f].jitcode) + "@" + std::to_string(fa[f].pc) +
                                        " and " + std::to_string(fb[f].jitcode) + "@" +
                                        std::to_string(fb[f].pc));
    if (fa[f].values.size() != fb[f].values.size())
      return comparer.differ(where, std::to_string(fa[f].values.size()) + " and " +
                                        std::to_string(fb[f].values.size()) + " values");
    for (size_t i = 0; i < fa[f].values.size(); ++i) {
      auto [ta, va] = fa[f].values[i];
      auto [tb, vb] = fb[f].values[i];
      std::string path = where + " value " + std::to_string(i);
      if (ta != tb)
        return comparer.differ(path,
                               std::string("types ") + type_letter(ta) + " and " + type_letter(tb));
      if (ta == Type::Ref) {
        if (!comparer.same_ref(va, vb, path)) return false;
      } else if (va != vb) {
        return comparer.differ(path, hex(va) + " and " + hex(vb));
      }
    }
  }
  return comparer.finish();
}

}  // namespace weft::jit
