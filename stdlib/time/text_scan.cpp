#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time {

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = to_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  }
  return true;
}

bool read_digits(std::string_view text, size_t& pos, size_t count, int32_t& value) {
  if (pos + count > text.size()) return false;
  int32_t result = 0;
  for (size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (!is_digit(c)) return false;
    result = result * 10 + (c - '0');
  }
  value = result;
  pos += count;
  return true;
}

bool parse_utc_offset(std::string_view text, int32_t& offset_seconds) {
  text = trim(text);
  if (iequals(text, "z") || iequals(text, "utc") || iequals(text, "gmt")) {
    offset_seconds = 0;
    return true;
  }
  if (text.size() >= 3 && (iequals(text.substr(0, 3), "utc") || iequals(text.substr(0, 3), "gmt"))) {
    text = trim(text.substr(3));
  }
  if (text.size() < 2 || (text[0] != '+' && text[0] != '-')) return false;
  const int32_t sign = text[0] == '-' ? -1 : 1;
  text = trim(text.substr(1));
  size_t pos = 0;
  int32_t hours = 0;
  int32_t minutes = 0;
  size_t hour_digits = 0;
  while (pos < text.size() && is_digit(text[pos]) && hour_digits < 4) ++pos, ++hour_digits;
  if (hour_digits == 0 || (pos < text.size() && is_digit(text[pos]))) return false;
  if (hour_digits <= 2) {
    pos = 0;
    read_digits(text, pos, hour_digits, hours);
    if (pos < text.size()) {
      if (text[pos] != ':') return false;
      ++pos;
      if (!read_digits(text, pos, 2, minutes)) return false;
    }
  } else if (hour_digits == 4) {
    pos = 0;
    read_digits(text, pos, 2, hours);
    read_digits(text, pos, 2, minutes);
  } else {
    return false;
  }
  if (pos != text.size() || minutes > 59 || hours * 60 + minutes > 18 * 60) return false;
  offset_seconds = sign * (hours * 3600 + minutes * 60);
  return true;
}

}  // namespace charter::stdlib::time
