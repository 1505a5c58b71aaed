// Small ASCII text helpers shared by the std.time parsers (RFC 3339, zone
// names, durations, times of day). Phase: builtins. Byte-oriented: bytes
// outside ASCII are never letters or digits, so invalid UTF-8 is harmless.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace charter::stdlib::time {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view text);
std::string ascii_lower(std::string_view text);
bool iequals(std::string_view a, std::string_view b);

/// Reads exactly `count` digits at `pos`; false (and `pos` unchanged) otherwise.
bool read_digits(std::string_view text, size_t& pos, size_t count, int32_t& value);

/// A whole text that is a UTC offset: "Z", "UTC", "GMT", "+01:00", "+0100",
/// "+01", "UTC+2", "GMT-05:30", "UTC +5:30". At most ±18:00, whole minutes.
bool parse_utc_offset(std::string_view text, int32_t& offset_seconds);

}  // namespace charter::stdlib::time
