#include "stdlib/time/duration.hpp"

#include <limits>

#include "stdlib/time/text_scan.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time {
namespace {

constexpr int64_t kMaxMicros = std::numeric_limits<int64_t>::max();
constexpr int64_t kMinMicros = std::numeric_limits<int64_t>::min();
// No duration longer than the supported instant range (~10000 years) is accepted.
constexpr int64_t kLongestDuration = 3652500LL * kMicrosPerDay;

// Micros per unit for a unit word or letter; 0 when unknown.
int64_t unit_micros(std::string_view unit) {
  struct Unit {
    std::string_view name;
    int64_t micros;
  };
  static constexpr Unit kUnits[] = {
      {"w", 7 * kMicrosPerDay},   {"wk", 7 * kMicrosPerDay},    {"wks", 7 * kMicrosPerDay},
      {"week", 7 * kMicrosPerDay}, {"weeks", 7 * kMicrosPerDay}, {"d", kMicrosPerDay},
      {"day", kMicrosPerDay},      {"days", kMicrosPerDay},      {"h", kMicrosPerHour},
      {"hr", kMicrosPerHour},      {"hrs", kMicrosPerHour},      {"hour", kMicrosPerHour},
      {"hours", kMicrosPerHour},   {"m", kMicrosPerMinute},      {"min", kMicrosPerMinute},
      {"mins", kMicrosPerMinute},  {"minute", kMicrosPerMinute}, {"minutes", kMicrosPerMinute},
      {"s", kMicrosPerSecond},     {"sec", kMicrosPerSecond},    {"secs", kMicrosPerSecond},
      {"second", kMicrosPerSecond}, {"seconds", kMicrosPerSecond},
  };
  for (const Unit& u : kUnits) {
    if (iequals(unit, u.name)) return u.micros;
  }
  return 0;
}

// A number with an optional fraction, as micros of `unit`; false on overflow.
bool scaled(std::string_view text, size_t& pos, int64_t unit, int64_t& out) {
  int64_t whole = 0;
  size_t digits = 0;
  while (pos < text.size() && is_digit(text[pos])) {
    if (whole > kLongestDuration) return false;
    whole = whole * 10 + (text[pos] - '0');
    ++pos, ++digits;
  }
  int64_t fraction = 0;  // in micros of the unit, scaled below
  int64_t scale = 1;
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',') && pos + 1 < text.size() &&
      is_digit(text[pos + 1])) {
    ++pos;
    while (pos < text.size() && is_digit(text[pos])) {
      if (scale < 1'000'000) fraction = fraction * 10 + (text[pos] - '0'), scale *= 10;
      ++pos;
    }
  }
  if (digits == 0 && scale == 1) return false;
  if (unit != 0 && whole > kLongestDuration / unit) return false;
  out = whole * unit + fraction * unit / scale;
  return true;
}

Evaluated<Duration> parse_iso(std::string_view text) {
  using Result = Evaluated<Duration>;
  size_t pos = 1;  // after 'P'
  bool in_time = false;
  bool any = false;
  int64_t total = 0;
  while (pos < text.size()) {
    if (text[pos] == 'T' || text[pos] == 't') {
      if (in_time) return Result::not_evaluable("repeated `T` in an ISO 8601 duration");
      in_time = true;
      ++pos;
      continue;
    }
    int64_t value = 0;
    if (!scaled(text, pos, 1'000'000, value) || pos >= text.size()) {
      return Result::not_evaluable("not an ISO 8601 duration (expected e.g. PT1H30M)");
    }
    const char unit = to_lower(text[pos++]);
    int64_t micros_per_unit = 0;
    if (!in_time && unit == 'w') micros_per_unit = 7 * kMicrosPerDay;
    if (!in_time && unit == 'd') micros_per_unit = kMicrosPerDay;
    if (in_time && unit == 'h') micros_per_unit = kMicrosPerHour;
    if (in_time && unit == 'm') micros_per_unit = kMicrosPerMinute;
    if (in_time && unit == 's') micros_per_unit = kMicrosPerSecond;
    if (micros_per_unit == 0) {
      return Result::not_evaluable("ISO 8601 durations with years or months have no fixed length");
    }
    // `value` holds the number scaled by 10^6; divide back after multiplying by the unit.
    const int64_t whole = value / 1'000'000;
    const int64_t part = value % 1'000'000;
    if (whole > kLongestDuration / micros_per_unit) return Result::not_evaluable("duration too long");
    total += whole * micros_per_unit + part * (micros_per_unit / 1'000'000);
    if (total > kLongestDuration) return Result::not_evaluable("duration too long");
    any = true;
  }
  if (!any) return Result::not_evaluable("empty ISO 8601 duration");
  return Duration{total};
}

}  // namespace

Evaluated<Instant> add_duration(Instant instant, Duration duration) {
  const int64_t a = instant.micros;
  const int64_t b = duration.micros;
  if ((b > 0 && a > kMaxMicros - b) || (b < 0 && a < kMinMicros - b)) {
    return Evaluated<Instant>::not_evaluable("instant outside the supported years 1-9999");
  }
  const Instant result{a + b};
  if (!instant_in_supported_range(result)) {
    return Evaluated<Instant>::not_evaluable("instant outside the supported years 1-9999");
  }
  return result;
}

Evaluated<Instant> subtract_duration(Instant instant, Duration duration) {
  if (duration.micros == kMinMicros) {
    return Evaluated<Instant>::not_evaluable("instant outside the supported years 1-9999");
  }
  return add_duration(instant, Duration{-duration.micros});
}

Duration duration_between(Instant from, Instant to) {
  const int64_t a = to.micros;
  const int64_t b = from.micros;
  if (b < 0 && a > kMaxMicros + b) return Duration{kMaxMicros};
  if (b > 0 && a < kMinMicros + b) return Duration{kMinMicros};
  return Duration{a - b};
}

Evaluated<Duration> parse_duration(std::string_view text) {
  using Result = Evaluated<Duration>;
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text = trim(text.substr(1));
  }
  if (text.empty()) return Result::not_evaluable("empty duration");
  Evaluated<Duration> result = Duration{};
  if (text[0] == 'P' || text[0] == 'p') {
    result = parse_iso(text);
  } else {
    size_t pos = 0;
    int64_t total = 0;
    bool any = false;
    while (pos < text.size()) {
      while (pos < text.size() && (is_space(text[pos]) || text[pos] == ',')) ++pos;
      if (pos >= text.size()) break;
      int64_t value = 0;
      if (!scaled(text, pos, 1'000'000, value)) return Result::not_evaluable("not a duration (expected e.g. 1h30m)");
      while (pos < text.size() && is_space(text[pos])) ++pos;
      const size_t unit_start = pos;
      while (pos < text.size() && is_alpha(text[pos])) ++pos;
      const int64_t unit = unit_micros(text.substr(unit_start, pos - unit_start));
      if (unit == 0) return Result::not_evaluable("unknown duration unit (expected d, h, m or s)");
      const int64_t whole = value / 1'000'000;
      if (whole > kLongestDuration / unit) return Result::not_evaluable("duration too long");
      total += whole * unit + value % 1'000'000 * unit / 1'000'000;
      if (total > kLongestDuration) return Result::not_evaluable("duration too long");
      any = true;
      // "and" between parts: "1 hour and 30 minutes".
      while (pos < text.size() && is_space(text[pos])) ++pos;
      if (text.substr(pos, 4) == "and ") pos += 4;
    }
    if (!any) return Result::not_evaluable("empty duration");
    result = Duration{total};
  }
  if (!result) return result;
  return negative ? Duration{-result->micros} : *result;
}

}  // namespace charter::stdlib::time
