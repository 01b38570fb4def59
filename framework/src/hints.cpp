#include "weft/jit/hints.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "weft/jit/optimizer.h"

namespace weft::jit {

void WordList::too_many() {
  std::fprintf(stderr, "weft: more than %zu greens or reds of one kind at a merge point\n",
               kCapacity);
  std::abort();
}

void WarmupCounters::reset_all(uint32_t threshold) {
  threshold_ = uint16_t(std::clamp<uint32_t>(threshold, 1, UINT16_MAX));
  for (auto& way : ways_) std::fill(std::begin(way), std::end(way), Entry{0, threshold_});
}

WarmupCounters::Entry& WarmupCounters::entry(uint64_t hash) {
  const size_t s = set(hash);
  const uint32_t t = tag(hash);
  size_t at = 0;
  while (at < kWays && ways_[at][s].tag != t) ++at;
  if (at == kWays) {  // new: replaces the least recently used entry, armed ones last
    at = kWays - 1;
    for (size_t k = kWays; k-- > 0;)
      if (ways_[k][s].free() || ways_[k][s].count != 1) {
        at = k;
        break;
      }
    ways_[at][s] = Entry{t, threshold_};
  }
  const Entry found = ways_[at][s];
  for (size_t k = at; k > 0; --k) ways_[k][s] = ways_[k - 1][s];
  ways_[0][s] = found;
  return ways_[0][s];
}

bool WarmupCounters::tick_elsewhere(uint64_t hash) {
  Entry& e = entry(hash);
  if (--e.count != 0) return false;
  e.count = threshold_;
  return true;
}

uint16_t WarmupCounters::value(uint64_t hash) const {
  for (const auto& way : ways_)
    if (way[set(hash)].tag == tag(hash)) return way[set(hash)].count;
  return threshold_;
}

void WarmupCounters::decay(uint32_t percent) {
  if (percent == 0) return;
  percent = std::min<uint32_t>(percent, 100);
  for (auto& way : ways_)
    for (Entry& e : way) {
      if (e.free() || e.count <= 1 || e.count >= threshold_) continue;
      uint32_t progress = uint32_t(threshold_ - e.count) * (100 - percent) / 100;
      e.count = uint16_t(threshold_ - progress);
    }
}

JitDriver::JitDriver(std::string_view name, std::initializer_list<std::string_view> greens,
                     std::initializer_list<std::string_view> reds,
                     std::initializer_list<std::string_view> private_frames)
    : name_(name),
      counters_(JitParams{}.threshold),
      entry_counters_(JitParams{}.function_threshold) {
  for (std::string_view g : greens) greens_.emplace_back(g);
  for (std::string_view r : reds) reds_.emplace_back(r);
  for (std::string_view f : private_frames) private_frames_.emplace_back(f);
}

void JitDriver::became_hot(uint64_t green_hash) {
  if (!params_.enabled) {
    counters_.cool(green_hash);
    entry_counters_.cool(green_hash);
    return;
  }
  ++hot_count_;
  if (handler_) handler_->hot(green_hash);
}

bool JitDriver::run_portal_jit(uint64_t green_hash, PortalState& state, uint64_t* result) {
  ++hot_count_;
  return portal_jit_->enter(green_hash, state, result);
}

namespace {

bool parse_uint(std::string_view text, uint32_t& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

bool JitDriver::set_param(std::string_view name, std::string_view value, std::string* error) {
  auto fail = [&](std::string what) {
    if (error) *error = std::move(what);
    return false;
  };
  if (name == "off") {
    params_.enabled = false;
    counters_.reset_all(UINT16_MAX);
    entry_counters_.reset_all(UINT16_MAX);
    return true;
  }
  if (name == "enable_opts") {
    if (value == "all") {
      params_.disabled_passes.clear();
      return true;
    }
    std::vector<std::string_view> kept;  // "fold:cse:heap", as RPython writes it
    for (size_t at = 0; at <= value.size();) {
      size_t colon = std::min(value.find(':', at), value.size());
      kept.push_back(value.substr(at, colon - at));
      at = colon + 1;
    }
    // A misspelt part would silently switch off the part meant: refuse unknown names.
    for (std::string_view part : kept) {
      bool known = false;
      for (const OptimizerPass& pass : optimizer_passes()) known |= part == pass.name;
      if (known) continue;
      std::string names;
      for (const OptimizerPass& pass : optimizer_passes())
        names += (names.empty() ? "" : ", ") + std::string(pass.name);
      return fail("unknown optimizer part '" + std::string(part) + "' in enable_opts (" + names +
                  ", or all)");
    }
    params_.disabled_passes.clear();
    for (const OptimizerPass& pass : optimizer_passes())
      if (std::find(kept.begin(), kept.end(), pass.name) == kept.end())
        params_.disabled_passes.emplace_back(pass.name);
    return true;
  }
  uint32_t number = 0;
  if (!parse_uint(value, number))
    return fail("jit parameter " + std::string(name) + " needs a number, not '" +
                std::string(value) + "'");
  if (name == "threshold") {
    params_.threshold = number;
    counters_.reset_all(number);
  } else if (name == "function_threshold") {
    params_.function_threshold = number;
    entry_counters_.reset_all(number);
  } else if (name == "trace_eagerness") {
    params_.trace_eagerness = number;
  } else if (name == "trace_limit") {
    params_.trace_limit = number;
  } else if (name == "decay") {
    params_.decay = number;
  } else {
    return fail("unknown jit parameter '" + std::string(name) + "'");
  }
  return true;
}

bool JitDriver::set_params(std::string_view spec, std::string* error) {
  for (size_t at = 0; at < spec.size();) {
    size_t comma = std::min(spec.find(',', at), spec.size());
    std::string_view item = spec.substr(at, comma - at);
    size_t eq = item.find('=');
    std::string_view name = item.substr(0, eq);
    std::string_view value = eq == std::string_view::npos ? "" : item.substr(eq + 1);
    if (!set_param(name, value, error)) return false;
    at = comma + 1;
  }
  return true;
}

}  // namespace weft::jit
