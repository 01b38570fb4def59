// Date basics: date/gmdate, mktime/gmmktime, checkdate, strtotime for absolute dates and
// simple relative offsets, date_default_timezone_get/set. Only UTC is supported (php -n's
// default timezone); other zones are refused with php's warning.
#include <sys/time.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "builtins.h"

namespace weft::php {

namespace {

std::string g_timezone = "UTC";

// Days since 1970-01-01 of a proleptic Gregorian date (any month/day overflow normalized).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  int64_t y, m, d, hh, mm, ss, wday, yday;
};

Civil civil_from_ts(int64_t ts) {
  int64_t days = ts >= 0 ? ts / 86400 : -((-ts + 86399) / 86400);
  int64_t secs = ts - days * 86400;
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  Civil c{y, m, d, secs / 3600, secs / 60 % 60, secs % 60, 0, 0};
  c.wday = ((days % 7) + 11) % 7;  // 1970-01-01 was a Thursday (4)
  c.yday = days - days_from_civil(y, 1, 1);
  return c;
}

bool leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int64_t month_days(int64_t y, int64_t m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : d[m - 1];
}

const char* const kDays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

std::string two(int64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "%02lld", (long long)v);
  return b;
}

// ISO-8601 week number and week-based year: those of the Thursday of the date's week.
void iso_week(const Civil& c, int64_t* week, int64_t* year) {
  int64_t wd = c.wday == 0 ? 7 : c.wday;  // Monday=1..Sunday=7
  int64_t thursday = days_from_civil(c.y, c.m, c.d) - (wd - 1) + 3;
  Civil t = civil_from_ts(thursday * 86400);
  *week = t.yday / 7 + 1;
  *year = t.y;
}

std::string format_date(std::string_view fmt, int64_t ts) {
  Civil c = civil_from_ts(ts);
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    char f = fmt[i];
    switch (f) {
      case 'd':
        out += two(c.d);
        break;
      case 'D':
        out += std::string(kDays[c.wday]).substr(0, 3);
        break;
      case 'j':
        out += std::to_string(c.d);
        break;
      case 'l':
        out += kDays[c.wday];
        break;
      case 'N':
        out += std::to_string(c.wday == 0 ? 7 : c.wday);
        break;
      case 'S': {
        int64_t d = c.d;
        out += (d % 10 == 1 && d != 11)   ? "st"
               : (d % 10 == 2 && d != 12) ? "nd"
               : (d % 10 == 3 && d != 13) ? "rd"
                                          : "th";
        break;
      }
      case 'w':
        out += std::to_string(c.wday);
        break;
      case 'z':
        out += std::to_string(c.yday);
        break;
      case 'W': {
        int64_t w, y;
        iso_week(c, &w, &y);
        out += two(w);
        break;
      }
      case 'o': {
        int64_t w, y;
        iso_week(c, &w, &y);
        out += std::to_string(y);
        break;
      }
      case 'F':
        out += kMonths[c.m - 1];
        break;
      case 'm':
        out += two(c.m);
        break;
      case 'M':
        out += std::string(kMonths[c.m - 1]).substr(0, 3);
        break;
      case 'n':
        out += std::to_string(c.m);
        break;
      case 't':
        out += std::to_string(month_days(c.y, c.m));
        break;
      case 'L':
        out += leap(c.y) ? "1" : "0";
        break;
      case 'Y':
        out += std::to_string(c.y);
        break;
      case 'y':
        out += two(((c.y % 100) + 100) % 100);
        break;
      case 'a':
        out += c.hh < 12 ? "am" : "pm";
        break;
      case 'A':
        out += c.hh < 12 ? "AM" : "PM";
        break;
      case 'g':
        out += std::to_string(c.hh % 12 == 0 ? 12 : c.hh % 12);
        break;
      case 'G':
        out += std::to_string(c.hh);
        break;
      case 'h':
        out += two(c.hh % 12 == 0 ? 12 : c.hh % 12);
        break;
      case 'H':
        out += two(c.hh);
        break;
      case 'i':
        out += two(c.mm);
        break;
      case 's':
        out += two(c.ss);
        break;
      case 'u':
        out += "000000";
        break;
      case 'v':
        out += "000";
        break;
      case 'e':
        out += g_timezone;
        break;
      case 'I':
        out += "0";
        break;
      case 'O':
        out += "+0000";
        break;
      case 'P':
        out += "+00:00";
        break;
      case 'p':
        out += "Z";
        break;
      case 'T':
        out += "UTC";
        break;
      case 'Z':
        out += "0";
        break;
      case 'c':
        out += format_date("Y-m-d\\TH:i:sP", ts);
        break;
      case 'r':
        out += format_date("D, d M Y H:i:s O", ts);
        break;
      case 'U':
        out += std::to_string(ts);
        break;
      case '\\':
        if (i + 1 < fmt.size()) out += fmt[++i];
        break;
      default:
        out += f;
    }
  }
  return out;
}

int64_t now() { return int64_t(std::time(nullptr)); }

}  // namespace

WEFT_PHP_NATIVE(f_date) {
  if (!check_arity(vm, "date", argc, 1, 2)) return false;
  STR_ARG(fmt, "date", 0)
  int64_t ts = argc > 1 && arg_at(args, argc, 1).tag != Tag::Null ? to_int(args[1]) : now();
  *ret = Value::str(new_string(format_date(fmt->view(), ts)));
  return true;
}

// mktime(hour, minute, second, month, day, year): missing arguments are the current time's;
// out-of-range values carry over as php's do.
WEFT_PHP_NATIVE(f_mktime) {
  if (!check_arity(vm, "mktime", argc, 0, 6)) return false;
  Civil c = civil_from_ts(now());
  int64_t v[6] = {c.hh, c.mm, c.ss, c.m, c.d, c.y};
  for (uint32_t i = 0; i < argc && i < 6; ++i)
    if (arg_at(args, argc, i).tag != Tag::Null) v[i] = to_int(args[i]);
  int64_t year = v[5];
  if (argc >= 6 && year >= 0 && year < 70)
    year += 2000;
  else if (argc >= 6 && year >= 70 && year <= 100)
    year += 1900;
  // months carry into years first (days_from_civil wants 1..12)
  int64_t m0 = v[3] - 1;
  year += m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12);
  int64_t month = ((m0 % 12) + 12) % 12 + 1;
  int64_t days = days_from_civil(year, month, 1) + v[4] - 1;
  *ret = Value::integer(days * 86400 + v[0] * 3600 + v[1] * 60 + v[2]);
  return true;
}

WEFT_PHP_NATIVE(f_checkdate) {
  if (!check_arity(vm, "checkdate", argc, 3, 3)) return false;
  int64_t m = to_int(args[0]), d = to_int(args[1]), y = to_int(args[2]);
  *ret =
      Value::boolean(m >= 1 && m <= 12 && y >= 1 && y <= 32767 && d >= 1 && d <= month_days(y, m));
  return true;
}

// strtotime: "now", "today", "midnight", "tomorrow", "yesterday", "@TS", "YYYY-MM-DD[ HH:MM[:SS]]"
// (also with T), and "+N unit(s)"/"-N unit(s)" sequences (second..year, week); false otherwise.
namespace {

// strtotime's grammar, the common part of php's (timelib): what a string sets is gathered
// first (an absolute date, a time of day, relative offsets, a weekday, "first/last day of"),
// then applied to the base moment in php's order: date and time, offsets, first/last day of
// the month, then the weekday.
struct RelTime {
  bool have_date = false, have_time = false, reset_time = false;
  int64_t y = 0, m = 0, d = 0, h = 0, i = 0, s = 0;
  int64_t ry = 0, rm = 0, rd = 0, rh = 0, ri = 0, rs = 0;
  int weekday = -1, weekday_dir = 0;  // dir: 0 this (today counts), 1 next, -1 last
  int first_last = 0;                 // 1 first day of, 2 last day of
  bool week_snap = false;  // "next/last/this week": to that week's Monday (or the weekday named)
};

int month_index(std::string_view w) {
  static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w == "sept") return 9;
  for (int k = 0; k < 12; ++k) {
    std::string full = kMonths[k];
    for (auto& ch : full) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (w == names[k] || w == full) return k + 1;
  }
  return 0;
}

int weekday_index(std::string_view w) {
  for (int k = 0; k < 7; ++k) {
    std::string full = kDays[k];
    for (auto& ch : full) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (w == full || w == full.substr(0, 3)) return k;
  }
  return -1;
}

// A unit word's offset field, or null.
int64_t* unit_field(RelTime& r, std::string u, int64_t* mult) {
  *mult = 1;
  if (u.size() > 1 && u.back() == 's' && u != "s") u.pop_back();
  if (u == "sec" || u == "second") return &r.rs;
  if (u == "min" || u == "minute") return &r.ri;
  if (u == "hour") return &r.rh;
  if (u == "day") return &r.rd;
  if (u == "week") {
    *mult = 7;
    return &r.rd;
  }
  if (u == "fortnight") {
    *mult = 14;
    return &r.rd;
  }
  if (u == "month") return &r.rm;
  if (u == "year") return &r.ry;
  return nullptr;
}

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "10:30", "10:30:15", "10am", "3:05pm" (the am/pm may be the next word)
bool parse_time_word(std::string_view w, std::string_view next, RelTime& r, bool* used_next) {
  *used_next = false;
  int h = 0, mi = 0, sec = 0, n = 0;
  std::string t(w);
  std::string suffix;
  if (std::sscanf(t.c_str(), "%d:%d:%d%n", &h, &mi, &sec, &n) == 3 ||
      (sec = 0, std::sscanf(t.c_str(), "%d:%d%n", &h, &mi, &n) == 2) ||
      (mi = 0, std::sscanf(t.c_str(), "%d%n", &h, &n) == 1)) {
    suffix = t.substr(size_t(n));
  } else {
    return false;
  }
  bool colon = t.find(':') != std::string::npos;
  if (suffix.empty() && (next == "am" || next == "pm" || next == "a.m." || next == "p.m.")) {
    suffix = std::string(next);
    *used_next = true;
  }
  if (suffix == "am" || suffix == "a.m." || suffix == "pm" || suffix == "p.m.") {
    if (h < 1 || h > 12) return false;
    h = h % 12 + (suffix[0] == 'p' ? 12 : 0);
  } else if (!suffix.empty() || !colon) {
    *used_next = false;
    return false;
  }
  if (h > 24 || mi > 59 || sec > 60) return false;
  r.have_time = true;
  r.h = h;
  r.i = mi;
  r.s = sec;
  return true;
}

// Numeric dates: 2024-01-15, 2024/01/15, 01/15/2024 (American), 15-01-2024, 15.01.2024,
// 2024-01, with an optional "T10:00[:00]" or "10:00" glued by T.
bool parse_date_word(std::string_view w, RelTime& r) {
  std::string t(w);
  int a = 0, b = 0, c = 0, n = 0;
  char s1 = 0, s2 = 0;
  if (std::sscanf(t.c_str(), "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &n) == 5 && s1 == s2 &&
      (s1 == '-' || s1 == '/' || s1 == '.')) {
    std::string head = t.substr(0, size_t(n));
    bool year_first = head.find(s1) >= 4;
    if (year_first) {
      r.y = a, r.m = b, r.d = c;
    } else if (s1 == '/') {
      r.m = a, r.d = b, r.y = c;
    } else {
      r.d = a, r.m = b, r.y = c;
    }
    if (!year_first && c < 100 && head.size() - head.rfind(s1) - 1 <= 2)
      r.y += c < 70 ? 2000 : 1900;
  } else if (std::sscanf(t.c_str(), "%d-%d%n", &a, &b, &n) == 2 && t.find('-') == 4) {
    r.y = a, r.m = b, r.d = 1;
  } else {
    return false;
  }
  if (r.m < 1 || r.m > 12 || r.d < 0 || r.d > 31) return false;
  r.have_date = true;
  std::string rest = t.substr(size_t(n));
  // a UTC designator after the time: "...T10:00:00Z", "...+00:00"
  for (const char* zone : {"z", "+00:00", "+0000"})
    if (rest.size() > std::strlen(zone) &&
        rest.compare(rest.size() - std::strlen(zone), std::string::npos, zone) == 0)
      rest.resize(rest.size() - std::strlen(zone));
  if (rest.empty()) return true;
  if (rest[0] != 't') return false;
  bool used;
  return parse_time_word(rest.substr(1), "", r, &used);
}

// keep_time: a date without a time of day keeps base's (DateTime::modify); strtotime and
// the DateTime constructor start such a date at midnight.
bool parse_strtotime(std::string text, int64_t base, bool keep_time, int64_t* out) {
  for (auto& ch : text) {
    ch = char(std::tolower(static_cast<unsigned char>(ch)));
    if (ch == ',' || ch == '\t' || ch == '\n') ch = ' ';
  }
  std::vector<std::string> w;
  for (size_t p = 0; p < text.size();) {
    while (p < text.size() && text[p] == ' ') ++p;
    size_t q = p;
    while (q < text.size() && text[q] != ' ') ++q;
    if (q > p) w.push_back(text.substr(p, q - p));
    p = q;
  }
  if (w.empty()) return false;
  if (w.size() == 1 && w[0][0] == '@') {
    char* end;
    long long v = std::strtoll(w[0].c_str() + 1, &end, 10);
    if (*end || end == w[0].c_str() + 1) return false;
    *out = v;
    return true;
  }
  RelTime r;
  // a number with its unit split off: "+1day" -> "+1", "day"
  for (size_t k = 0; k < w.size(); ++k) {
    std::string& x = w[k];
    size_t d = (x[0] == '+' || x[0] == '-') ? 1 : 0;
    size_t e = d;
    while (e < x.size() && std::isdigit(static_cast<unsigned char>(x[e]))) ++e;
    if (e > d && e < x.size() && std::isalpha(static_cast<unsigned char>(x[e])) &&
        x.substr(e) != "am" && x.substr(e) != "pm" && x.substr(e) != "st" && x.substr(e) != "nd" &&
        x.substr(e) != "rd" && x.substr(e) != "th") {
      std::string unit = x.substr(e);
      x = x.substr(0, e);
      w.insert(w.begin() + long(k) + 1, unit);
    }
  }
  auto is_unit = [&](const std::string& u) {
    int64_t m;
    return unit_field(r, u, &m) != nullptr;
  };
  for (size_t k = 0; k < w.size(); ++k) {
    const std::string& x = w[k];
    const std::string next = k + 1 < w.size() ? w[k + 1] : "";
    int64_t mult;
    if (x == "now" || x == "utc" || x == "gmt" || x == "z" || x == "at" || x == "of") continue;
    if (x == "today" || x == "midnight") {
      r.reset_time = true;
    } else if (x == "noon") {
      r.have_time = true, r.h = 12, r.i = r.s = 0;
    } else if (x == "tomorrow" || x == "yesterday") {
      r.rd += x == "tomorrow" ? 1 : -1;
      r.reset_time = true;
    } else if ((x == "first" || x == "last") && next == "day" && k + 2 < w.size() &&
               w[k + 2] == "of") {
      r.first_last = x == "first" ? 1 : 2;
      k += 2;
    } else if (x == "next" || x == "last" || x == "previous" || x == "this") {
      int dir = x == "next" ? 1 : x == "this" ? 0 : -1;
      int wd = weekday_index(next);
      if (wd >= 0) {
        r.weekday = wd, r.weekday_dir = dir;
        r.reset_time = true;
      } else if (int64_t* f = unit_field(r, next, &mult)) {
        *f += dir * mult;
        if (next == "week") r.week_snap = true;
      } else {
        return false;
      }
      ++k;
    } else if (x == "ago") {
      r.ry = -r.ry, r.rm = -r.rm, r.rd = -r.rd, r.rh = -r.rh, r.ri = -r.ri, r.rs = -r.rs;
    } else if (weekday_index(x) >= 0) {
      r.weekday = weekday_index(x), r.weekday_dir = 0;
      r.reset_time = true;
    } else if (int mo = month_index(x)) {
      // "january", "jan 15", "january 15 2024", "jan 2024"
      r.have_date = true;
      r.m = mo;
      r.d = -1;
      r.y = -1;
      if (k + 1 < w.size()) {
        std::string dd = w[k + 1];
        while (!dd.empty() && std::isalpha(static_cast<unsigned char>(dd.back()))) dd.pop_back();
        if (all_digits(dd) && dd.size() <= 2) {
          r.d = std::atoi(dd.c_str());
          ++k;
        } else if (all_digits(dd) && dd.size() == 4) {
          r.y = std::atoi(dd.c_str());
          r.d = 1;
          ++k;
        }
      }
      if (r.y < 0 && k + 1 < w.size() && all_digits(w[k + 1]) && w[k + 1].size() == 4) {
        r.y = std::atoi(w[k + 1].c_str());
        ++k;
      }
    } else if ((x[0] == '+' || x[0] == '-' || all_digits(x)) && is_unit(next)) {
      int64_t n = std::strtoll(x.c_str(), nullptr, 10);
      int64_t* f = unit_field(r, next, &mult);
      *f += n * mult;
      ++k;
    } else if (all_digits(x) && x.size() <= 2 && month_index(next)) {
      // "15 january [2024]"
      int64_t day = std::atoi(x.c_str());
      r.have_date = true;
      r.m = month_index(next);
      r.d = day;
      r.y = -1;
      k += 1;
      if (k + 1 < w.size() && all_digits(w[k + 1]) && w[k + 1].size() == 4) {
        r.y = std::atoi(w[k + 1].c_str());
        ++k;
      }
    } else if (parse_date_word(x, r)) {
      continue;
    } else {
      bool used_next;
      if (!parse_time_word(x, next, r, &used_next)) return false;
      if (used_next) ++k;
    }
  }
  Civil c = civil_from_ts(base);
  int64_t y = c.y, m = c.m, d = c.d, hh = c.hh, mm = c.mm, ss = c.ss;
  if (r.have_date) {
    if (r.y >= 0) y = r.y;
    m = r.m;
    if (r.d >= 0) d = r.d;
    if (!keep_time) hh = mm = ss = 0;
  }
  if (r.reset_time) hh = mm = ss = 0;
  if (r.have_time) hh = r.h, mm = r.i, ss = r.s;
  y += r.ry;
  m += r.rm;
  y += m > 0 ? (m - 1) / 12 : -((12 - m) / 12);
  m = ((m - 1) % 12 + 12) % 12 + 1;
  if (r.first_last) d = r.first_last == 1 ? 1 : month_days(y, m);
  int64_t days = days_from_civil(y, m, 1) + d - 1 + r.rd;
  if (r.week_snap) {
    int64_t monday = days - (((days % 7) + 10) % 7);  // weeks run from Monday (ISO)
    days = r.weekday >= 0 ? monday + (r.weekday + 6) % 7 : monday;
  } else if (r.weekday >= 0) {
    int64_t wd = ((days % 7) + 11) % 7;
    int64_t delta = (r.weekday - wd + 7) % 7;
    if (r.weekday_dir == 1 && delta == 0) delta = 7;
    if (r.weekday_dir == -1) delta = delta == 0 ? -7 : delta - 7;
    days += delta;
  }
  *out = days * 86400 + (hh + r.rh) * 3600 + (mm + r.ri) * 60 + ss + r.rs;
  return true;
}

}  // namespace

WEFT_PHP_NATIVE(f_strtotime) {
  if (!check_arity(vm, "strtotime", argc, 1, 2)) return false;
  STR_ARG(s, "strtotime", 0)
  int64_t base = argc > 1 && arg_at(args, argc, 1).tag != Tag::Null ? to_int(args[1]) : now();
  int64_t ts;
  *ret = parse_strtotime(std::string(s->view()), base, false, &ts) ? Value::integer(ts)
                                                                   : Value::boolean(false);
  return true;
}

// DateTime::modify's reading of a string (prelude_date.php): (string, base)
WEFT_PHP_NATIVE(f_weft_modify_time) {
  int64_t ts;
  *ret = parse_strtotime(to_std_string(arg_at(args, argc, 0)), to_int(arg_at(args, argc, 1)), true,
                         &ts)
             ? Value::integer(ts)
             : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_date_default_timezone_get) {
  *ret = Value::str(new_string(g_timezone));
  return true;
}

WEFT_PHP_NATIVE(f_date_default_timezone_set) {
  if (!check_arity(vm, "date_default_timezone_set", argc, 1, 1)) return false;
  std::string tz = to_std_string(arg_at(args, argc, 0));
  if (tz != "UTC" && tz != "utc" && tz != "GMT" && tz != "Etc/UTC") {
    vm.notice("date_default_timezone_set(): Timezone ID '" + tz +
              "' is invalid (weft-php knows UTC only)");
    *ret = Value::boolean(false);
    return true;
  }
  g_timezone = tz == "utc" ? "UTC" : tz;
  *ret = Value::boolean(true);
  return true;
}

void register_date_builtins(VM& vm) {
  // DateTimeInterface's formats (the class itself is in prelude_date.php)
  const char* formats[][2] = {{"ATOM", "Y-m-d\\TH:i:sP"},
                              {"COOKIE", "l, d-M-Y H:i:s T"},
                              {"ISO8601", "Y-m-d\\TH:i:sO"},
                              {"RFC822", "D, d M y H:i:s O"},
                              {"RFC850", "l, d-M-y H:i:s T"},
                              {"RFC1036", "D, d M y H:i:s O"},
                              {"RFC1123", "D, d M Y H:i:s O"},
                              {"RFC7231", "D, d M Y H:i:s \\G\\M\\T"},
                              {"RFC2822", "D, d M Y H:i:s O"},
                              {"RFC3339", "Y-m-d\\TH:i:sP"},
                              {"RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"},
                              {"RSS", "D, d M Y H:i:s O"},
                              {"W3C", "Y-m-d\\TH:i:sP"}};
  for (auto& f : formats)
    vm.constants->set(Key::string(intern(std::string("DATE_") + f[0])), Value::str(intern(f[1])));
  vm.register_native("date", f_date);
  vm.register_native("gmdate", f_date);
  vm.register_native("mktime", f_mktime);
  vm.register_native("gmmktime", f_mktime);
  vm.register_native("checkdate", f_checkdate);
  vm.register_native("strtotime", f_strtotime);
  vm.register_native("__weft_modify_time", f_weft_modify_time);
  vm.register_native("date_default_timezone_get", f_date_default_timezone_get);
  vm.register_native("date_default_timezone_set", f_date_default_timezone_set);
}

}  // namespace weft::php
