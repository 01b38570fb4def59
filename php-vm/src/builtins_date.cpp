// Date basics: date/gmdate, mktime/gmmktime, checkdate, strtotime for absolute dates and
// simple relative offsets, date_default_timezone_get/set. Only UTC is supported (php -n's
// default timezone); other zones are refused with php's warning.
#include <sys/time.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

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
WEFT_PHP_NATIVE(f_strtotime) {
  if (!check_arity(vm, "strtotime", argc, 1, 2)) return false;
  STR_ARG(s, "strtotime", 0)
  int64_t base = argc > 1 && arg_at(args, argc, 1).tag != Tag::Null ? to_int(args[1]) : now();
  std::string t(s->view());
  for (auto& ch : t) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  size_t b = t.find_first_not_of(" \t"), e = t.find_last_not_of(" \t");
  t = b == std::string::npos ? "" : t.substr(b, e - b + 1);
  auto midnight = [](int64_t ts) { return ts - (((ts % 86400) + 86400) % 86400); };
  *ret = Value::boolean(false);
  if (t.empty()) return true;
  if (t == "now") {
    *ret = Value::integer(base);
    return true;
  }
  if (t == "today" || t == "midnight") {
    *ret = Value::integer(midnight(base));
    return true;
  }
  if (t == "tomorrow" || t == "yesterday") {
    *ret = Value::integer(midnight(base) + (t == "tomorrow" ? 86400 : -86400));
    return true;
  }
  if (t[0] == '@') {
    char* end;
    long long v = std::strtoll(t.c_str() + 1, &end, 10);
    if (*end == 0 && end != t.c_str() + 1) *ret = Value::integer(v);
    return true;
  }
  int y, mo, d, hh = 0, mi = 0, ss = 0, n = 0;
  if (std::sscanf(t.c_str(), "%d-%d-%d%n", &y, &mo, &d, &n) == 3 && n >= 8) {
    const char* rest = t.c_str() + n;
    int m2 = 0;
    if (*rest == 't' || *rest == ' ') {
      ++rest;
      if (std::sscanf(rest, "%d:%d:%d%n", &hh, &mi, &ss, &m2) == 3 ||
          (ss = 0, std::sscanf(rest, "%d:%d%n", &hh, &mi, &m2) == 2))
        rest += m2;
      else
        return true;
    }
    if (*rest == 'z') ++rest;
    if (*rest || mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 24 || mi > 59 || ss > 60) return true;
    *ret = Value::integer(days_from_civil(y, mo, d) * 86400 + hh * 3600 + mi * 60 + ss);
    return true;
  }
  // relative offsets
  int64_t ts = base;
  size_t i = 0;
  bool any = false;
  while (i < t.size()) {
    while (i < t.size() && t[i] == ' ') ++i;
    if (i >= t.size()) break;
    int sign = 1;
    if (t[i] == '+' || t[i] == '-') {
      sign = t[i] == '-' ? -1 : 1;
      ++i;
    }
    size_t j = i;
    while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
    if (j == i) return true;
    int64_t num = std::strtoll(t.substr(i, j - i).c_str(), nullptr, 10) * sign;
    while (j < t.size() && t[j] == ' ') ++j;
    size_t k = j;
    while (k < t.size() && std::isalpha(static_cast<unsigned char>(t[k]))) ++k;
    std::string unit = t.substr(j, k - j);
    if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
    if (unit == "sec" || unit == "second") {
      ts += num;
    } else if (unit == "min" || unit == "minute") {
      ts += num * 60;
    } else if (unit == "hour") {
      ts += num * 3600;
    } else if (unit == "day") {
      ts += num * 86400;
    } else if (unit == "week") {
      ts += num * 7 * 86400;
    } else if (unit == "month" || unit == "year") {
      Civil c = civil_from_ts(ts);
      int64_t m0 = c.m - 1 + (unit == "month" ? num : 12 * num);
      int64_t y = c.y + (m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12));
      int64_t m = ((m0 % 12) + 12) % 12 + 1;
      ts = (days_from_civil(y, m, 1) + c.d - 1) * 86400 + c.hh * 3600 + c.mm * 60 + c.ss;
    } else {
      return true;
    }
    any = true;
    i = k;
  }
  if (any) *ret = Value::integer(ts);
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
  vm.register_native("date_default_timezone_get", f_date_default_timezone_get);
  vm.register_native("date_default_timezone_set", f_date_default_timezone_set);
}

}  // namespace weft::php
