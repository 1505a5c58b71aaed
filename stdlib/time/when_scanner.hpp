// The recognisers of resolve_when's components, as one class over a token
// vector: each scan_* tries one family of forms at a token and, on success,
// appends components and returns the index past them. Phase: builtins
// (std.time), internal. Split by family over when_scan_*.cpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "stdlib/time/when_components.hpp"
#include "stdlib/time/when_lexer.hpp"

namespace charter::stdlib::time::when {

class Scanner {
 public:
  Scanner(const std::vector<Token>& tokens, const ScanContext& context, std::vector<Component>& out)
      : tokens_(tokens), context_(context), out_(out) {}

  void run();

 private:
  // when_scan_dates.cpp
  size_t scan_iso_date(size_t i);
  size_t scan_numeric_date(size_t i);
  size_t scan_month_date(size_t i);
  size_t scan_month_period(size_t i);
  size_t scan_ordinal_day(size_t i);
  size_t scan_weekday(size_t i);
  bool day_at(size_t i, int32_t& day, size_t& end, bool& suffixed) const;
  bool year_at(size_t i, int32_t& year, size_t& end) const;
  // "Jan", "Sept": a short month name, which may take a full stop ("Jan.").
  bool abbreviated_month(size_t i) const {
    return is_word(i) && tokens_[i].text.size() <= 4 && tokens_[i].text != "june" && tokens_[i].text != "july" &&
           tokens_[i].text != "may";
  }

  // when_scan_times.cpp
  size_t scan_time(size_t i);
  size_t scan_cued_time(size_t i);
  bool strong_time_at(size_t i, TimeSpec& time, size_t& end) const;
  bool bare_hour_at(size_t i, TimeSpec& time, size_t& end) const;
  bool meridiem_at(size_t i, Meridiem& meridiem, size_t& end) const;
  size_t range_end_at(size_t i, bool between, TimeSpec& end_time) const;
  size_t emit_time(size_t first, size_t end, const TimeSpec& time, const TimeSpec* end_time);
  // A stated zone right after a time or a part of the day ("3pm GMT", "morning (UK time)").
  size_t emit_zone(size_t end);

  // when_scan_relative.cpp
  size_t scan_relative(size_t i);
  size_t scan_in_quantity(size_t i);
  size_t scan_period(size_t i);
  size_t scan_part(size_t i);
  bool quantity_at(size_t i, int64_t& value, bool& vague, size_t& end) const;

  // Token helpers.
  size_t size() const { return tokens_.size(); }
  bool word(size_t i, std::string_view w) const { return i < tokens_.size() && tokens_[i].is_word(w); }
  bool punct(size_t i, char c) const { return i < tokens_.size() && tokens_[i].is_punct(c); }
  bool number(size_t i) const { return i < tokens_.size() && tokens_[i].is_number(); }
  bool is_word(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::Word; }
  // Token i follows the previous one with no space between them.
  bool touching(size_t i) const { return i < tokens_.size() && !tokens_[i].space_before; }
  // Token i continues the line of the token before it.
  bool same_line(size_t i) const { return i < tokens_.size() && !tokens_[i].line_before; }
  // Matches space-separated lower-case words from token i on one line; `end` is past them.
  bool phrase(size_t i, std::string_view words, size_t& end) const;
  Component& emit(CompKind kind, size_t first, size_t last);

  const std::vector<Token>& tokens_;
  const ScanContext& context_;
  std::vector<Component>& out_;
};

}  // namespace charter::stdlib::time::when
