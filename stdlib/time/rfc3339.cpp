#include "stdlib/time/rfc3339.hpp"

#include <array>

#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time {
namespace {

using Buffer = std::array<char, 40>;

bool expect(std::string_view text, size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

// Writes the formatted text into `out`; returns its length, 0 on failure.
size_t format_into(Instant instant, Zone zone, bool utc_z, Buffer& out, std::string_view& reason) {
  const Evaluated<ZoneOffset> offset = offset_at(instant, zone);
  if (!offset) {
    reason = offset.reason();
    return 0;
  }
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) {
    reason = local.reason();
    return 0;
  }
  size_t n = 0;
  auto put = [&](int64_t value, int width) {
    for (int i = width - 1; i >= 0; --i) {
      out[n + static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    n += static_cast<size_t>(width);
  };
  auto put_char = [&](char c) { out[n++] = c; };
  put(local->date.year, 4), put_char('-'), put(local->date.month, 2), put_char('-'), put(local->date.day, 2);
  put_char('T'), put(local->hour, 2), put_char(':'), put(local->minute, 2), put_char(':'), put(local->second, 2);
  if (local->microsecond != 0) {
    int32_t micros = local->microsecond;
    int width = 6;
    while (micros % 10 == 0) micros /= 10, --width;
    put_char('.'), put(micros, width);
  }
  if (utc_z) {
    put_char('Z');
  } else {
    const int32_t seconds = offset->offset_seconds;
    const int32_t magnitude = (seconds < 0 ? -seconds : seconds) / 60;
    put_char(seconds < 0 ? '-' : '+'), put(magnitude / 60, 2), put_char(':'), put(magnitude % 60, 2);
  }
  return n;
}

}  // namespace

Evaluated<Timestamp> parse_rfc3339_timestamp(std::string_view text) {
  using Result = Evaluated<Timestamp>;
  text = trim(text);
  size_t pos = 0;
  LocalDateTime local;
  if (!read_digits(text, pos, 4, local.date.year) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, local.date.month) || !expect(text, pos, '-') ||
      !read_digits(text, pos, 2, local.date.day)) {
    return Result::not_evaluable("not an RFC 3339 date (expected YYYY-MM-DD)");
  }
  if (pos >= text.size()) return Result::not_evaluable("RFC 3339 timestamp without a time");
  const char separator = text[pos];
  if (separator != 'T' && separator != 't' && separator != ' ') {
    return Result::not_evaluable("expected `T` between the date and the time");
  }
  ++pos;
  if (!read_digits(text, pos, 2, local.hour) || !expect(text, pos, ':') || !read_digits(text, pos, 2, local.minute) ||
      !expect(text, pos, ':') || !read_digits(text, pos, 2, local.second)) {
    return Result::not_evaluable("not an RFC 3339 time (expected HH:MM:SS)");
  }
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    size_t digits = 0;
    int32_t micros = 0;
    while (pos < text.size() && is_digit(text[pos])) {
      if (digits < 6) micros = micros * 10 + (text[pos] - '0');
      ++digits, ++pos;
    }
    if (digits == 0) return Result::not_evaluable("empty fraction of a second");
    for (size_t i = digits; i < 6; ++i) micros *= 10;
    local.microsecond = micros;
  }
  if (local.date.year < 1 || !is_valid_date(local.date)) return Result::not_evaluable("no such calendar date");
  if (local.hour > 23 || local.minute > 59 || local.second > 60) return Result::not_evaluable("no such time of day");
  Timestamp result;
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    const bool negative = text[pos] == '-';
    ++pos;
    int32_t hours = 0;
    int32_t minutes = 0;
    if (!read_digits(text, pos, 2, hours) || !expect(text, pos, ':') || !read_digits(text, pos, 2, minutes) ||
        hours > 23 || minutes > 59) {
      return Result::not_evaluable("not an RFC 3339 offset (expected Z or +HH:MM)");
    }
    result.offset_seconds = (negative ? -1 : 1) * (hours * 3600 + minutes * 60);
    result.offset_unknown = negative && hours == 0 && minutes == 0;
  } else {
    return Result::not_evaluable("RFC 3339 timestamp without an offset (expected Z or +HH:MM)");
  }
  if (pos != text.size()) return Result::not_evaluable("unexpected text after the RFC 3339 timestamp");
  const int64_t seconds = days_from_date(local.date) * 86400 + int64_t{local.hour} * 3600 +
                          int64_t{local.minute} * 60 + local.second - result.offset_seconds;
  result.instant = Instant{seconds * kMicrosPerSecond + local.microsecond};
  if (!instant_in_supported_range(result.instant)) return Result::not_evaluable("instant outside years 1-9999");
  return result;
}

Evaluated<Instant> parse_rfc3339(std::string_view text) {
  const Evaluated<Timestamp> parsed = parse_rfc3339_timestamp(text);
  if (!parsed) return Evaluated<Instant>::not_evaluable(parsed.reason());
  return parsed->instant;
}

Evaluated<std::string> format_rfc3339(Instant instant, Zone zone) {
  Buffer buffer;
  std::string_view reason;
  const size_t n = format_into(instant, zone, false, buffer, reason);
  if (n == 0) return Evaluated<std::string>::not_evaluable(reason);
  return std::string(buffer.data(), n);
}

Evaluated<std::string_view> format_rfc3339(Instant instant, Zone zone, Arena& arena) {
  Buffer buffer;
  std::string_view reason;
  const size_t n = format_into(instant, zone, false, buffer, reason);
  if (n == 0) return Evaluated<std::string_view>::not_evaluable(reason);
  return arena.copy(std::string_view(buffer.data(), n));
}

Evaluated<std::string> format_rfc3339_utc(Instant instant) {
  Buffer buffer;
  std::string_view reason;
  const size_t n = format_into(instant, utc_zone(), true, buffer, reason);
  if (n == 0) return Evaluated<std::string>::not_evaluable(reason);
  return std::string(buffer.data(), n);
}

}  // namespace charter::stdlib::time
