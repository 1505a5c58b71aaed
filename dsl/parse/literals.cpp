#include "dsl/parse/literals.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <limits>

namespace charter::dsl::parse_detail {
namespace {

// Reads the unsigned decimal number at text[i..] and advances i.
std::optional<uint64_t> read_digits(std::string_view text, size_t& i) {
  uint64_t value = 0;
  const char* begin = text.data() + i;
  const auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
  if (error != std::errc{} || end == begin) return std::nullopt;
  i += static_cast<size_t>(end - begin);
  return value;
}

std::optional<std::chrono::sys_days> civil_day(std::string_view text) {
  size_t i = 0;
  const auto year = read_digits(text, i);
  ++i;
  const auto month = read_digits(text, i);
  ++i;
  const auto day = read_digits(text, i);
  if (!year || !month || !day) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year(static_cast<int>(*year)),
                                         std::chrono::month(static_cast<unsigned>(*month)),
                                         std::chrono::day(static_cast<unsigned>(*day))};
  if (!date.ok()) return std::nullopt;
  return std::chrono::sys_days(date);
}

void append_utf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

}  // namespace

std::optional<double> decode_number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::optional<int64_t> decode_duration_ms(std::string_view text) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  int64_t total = 0;
  size_t i = 0;
  while (i < text.size()) {
    const auto amount = read_digits(text, i);
    if (!amount || i >= text.size()) return std::nullopt;
    int64_t unit_ms = 0;
    if (text.compare(i, 2, "ms") == 0) {
      unit_ms = 1;
      i += 2;
    } else {
      switch (text[i]) {
        case 'w': unit_ms = 7 * 86'400'000LL; break;
        case 'd': unit_ms = 86'400'000LL; break;
        case 'h': unit_ms = 3'600'000LL; break;
        case 'm': unit_ms = 60'000LL; break;
        case 's': unit_ms = 1'000LL; break;
        default: return std::nullopt;
      }
      ++i;
    }
    if (*amount > static_cast<uint64_t>(kMax / unit_ms)) return std::nullopt;
    const int64_t part = static_cast<int64_t>(*amount) * unit_ms;
    if (total > kMax - part) return std::nullopt;
    total += part;
  }
  return total;
}

std::optional<ast::DateLit> decode_date(std::string_view text) {
  const auto day = civil_day(text);
  if (!day) return std::nullopt;
  const std::chrono::year_month_day date(*day);
  return ast::DateLit{static_cast<int32_t>(int(date.year())),
                      static_cast<uint8_t>(unsigned(date.month())),
                      static_cast<uint8_t>(unsigned(date.day()))};
}

std::optional<ast::DateTimeLit> decode_datetime(std::string_view text) {
  // YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)
  const auto day = civil_day(text.substr(0, 10));
  if (!day || text.size() < 16) return std::nullopt;
  size_t i = 11;
  const auto hour = read_digits(text, i);
  ++i;
  const auto minute = read_digits(text, i);
  uint64_t second = 0;
  int64_t micros = 0;
  if (i < text.size() && text[i] == ':') {
    ++i;
    const auto s = read_digits(text, i);
    if (!s) return std::nullopt;
    second = *s;
    if (i < text.size() && text[i] == '.') {
      ++i;
      int64_t scale = 100'000;
      while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        micros += (text[i] - '0') * scale;
        scale /= 10;
        ++i;
      }
    }
  }
  if (!hour || !minute || *hour > 23 || *minute > 59 || second > 59) return std::nullopt;
  int32_t offset_minutes = 0;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    const int sign = text[i] == '-' ? -1 : 1;
    ++i;
    const auto offset_hours = read_digits(text, i);
    ++i;
    const auto offset_mins = read_digits(text, i);
    if (!offset_hours || !offset_mins || *offset_hours > 23 || *offset_mins > 59) {
      return std::nullopt;
    }
    offset_minutes = sign * static_cast<int32_t>(*offset_hours * 60 + *offset_mins);
  }
  using namespace std::chrono;
  const auto local = sys_days(*day) + hours(*hour) + minutes(*minute) + seconds(second);
  const auto utc = local - minutes(offset_minutes);
  return ast::DateTimeLit{duration_cast<microseconds>(utc.time_since_epoch()).count() + micros,
                          offset_minutes};
}

std::optional<ast::TimeOfDayLit> decode_time_of_day(std::string_view text) {
  size_t i = 0;
  const auto hour = read_digits(text, i);
  ++i;
  const auto minute = read_digits(text, i);
  uint64_t second = 0;
  if (i < text.size()) {
    ++i;
    const auto s = read_digits(text, i);
    if (!s) return std::nullopt;
    second = *s;
  }
  if (!hour || !minute || *hour > 23 || *minute > 59 || second > 59) return std::nullopt;
  return ast::TimeOfDayLit{static_cast<uint32_t>(*hour * 3600 + *minute * 60 + second)};
}

std::optional<ast::Version> decode_version(std::string_view text) {
  size_t i = 0;
  const auto major = read_digits(text, i);
  ++i;
  const auto minor = read_digits(text, i);
  ++i;
  const auto patch = read_digits(text, i);
  constexpr uint64_t kMax = std::numeric_limits<uint32_t>::max();
  if (!major || !minor || !patch || *major > kMax || *minor > kMax || *patch > kMax) {
    return std::nullopt;
  }
  ast::Version version;
  version.text = std::string(text);
  version.major = static_cast<uint32_t>(*major);
  version.minor = static_cast<uint32_t>(*minor);
  version.patch = static_cast<uint32_t>(*patch);
  return version;
}

std::optional<std::string> decode_escape(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  switch (text[1]) {
    case '"': return "\"";
    case '\\': return "\\";
    case 'n': return "\n";
    case 't': return "\t";
    case 'r': return "\r";
    case '{': return "{";
    case '}': return "}";
    case '0': return std::string(1, '\0');
    case 'u': {
      uint32_t code_point = 0;
      const auto hex = text.substr(3, text.size() - 4);  // between `\u{` and `}`
      const auto [end, error] = std::from_chars(hex.data(), hex.data() + hex.size(), code_point, 16);
      if (error != std::errc{} || end != hex.data() + hex.size() || code_point > 0x10FFFF ||
          (code_point >= 0xD800 && code_point <= 0xDFFF)) {
        return std::nullopt;
      }
      std::string out;
      append_utf8(out, code_point);
      return out;
    }
    default: return std::nullopt;
  }
}

}  // namespace charter::dsl::parse_detail
