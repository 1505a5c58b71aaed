// Decoding of literal tokens (numbers, durations, dates, date-times, times of
// day, versions, string escapes). Phase: parse. Each returns nullopt when the
// token is well-formed but names no value (month 13, a number too large).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dsl/ast/ast.hpp"

namespace charter::dsl::parse_detail {

std::optional<double> decode_number(std::string_view text);
std::optional<int64_t> decode_duration_ms(std::string_view text);  // "1h30m" → 5400000
std::optional<ast::DateLit> decode_date(std::string_view text);     // "2026-06-27"
std::optional<ast::DateTimeLit> decode_datetime(std::string_view text);
std::optional<ast::TimeOfDayLit> decode_time_of_day(std::string_view text);  // "09:30"
std::optional<ast::Version> decode_version(std::string_view text);
// The character an escape sequence stands for ("\\n", "\\u{1F600}"), UTF-8 encoded.
std::optional<std::string> decode_escape(std::string_view text);

}  // namespace charter::dsl::parse_detail
