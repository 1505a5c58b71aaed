// Time recognisers: "5pm", "5 p.m.", "17:00", "5.30pm", "17h30", "1500 hrs",
// "noon", "midnight", "half past 3", "quarter to 4", "3 o'clock", "3ish",
// "at 3", ranges ("2-4pm", "between 2 and 4pm", "from 9 to 5") and the zone
// that may follow ("3pm GMT", "15:00 (CET)").
#include "stdlib/time/when_scanner.hpp"
#include "stdlib/time/when_words.hpp"
#include "stdlib/time/when_zones.hpp"

namespace charter::stdlib::time::when {
namespace {

constexpr std::string_view kCues[] = {"at",    "around", "about",   "by",    "after",  "before",
                                      "from",  "until",  "till",    "til",   "between", "say",
                                      "circa", "approx", "approximately"};

// Words that may follow a bare hour ("at 3 tomorrow", "at 3 if that works");
// any other word makes the number something else ("from 2 locations").
constexpr std::string_view kAfterBareHour[] = {
    "tomorrow", "today", "tonight", "tmrw", "on", "in", "this", "next", "or", "and", "if", "then", "works",
    "work", "is", "ok", "okay", "please", "would", "could", "suits", "suit", "sharp", "latest", "earliest",
    "at", "for", "with", "to", "till", "until", "til", "that", "instead", "fine", "good", "great", "still",
    "as", "so", "we", "i", "you", "they", "let", "lets", "shall", "should", "can", "will", "but", "because",
    "via", "by", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
    "afternoon", "evening", "night", "my", "your", "local", "the", "latest", "tomorrows", "hrs"};

bool oclock_at(const std::vector<Token>& tokens, size_t j, size_t& end) {
  if (j < tokens.size() && tokens[j].is_word("oclock")) {
    end = j + 1;
    return true;
  }
  if (j + 2 < tokens.size() && tokens[j].is_word("o") && tokens[j + 1].is_punct('\'') &&
      tokens[j + 2].is_word("clock")) {
    end = j + 3;
    return true;
  }
  return false;
}

bool valid_twelve(int64_t hour) { return hour >= 1 && hour <= 12; }

}  // namespace

bool Scanner::meridiem_at(size_t i, Meridiem& meridiem, size_t& end) const {
  if (!is_word(i) || !same_line(i)) return false;
  if (word(i, "am") || word(i, "pm")) {
    meridiem = word(i, "am") ? Meridiem::Am : Meridiem::Pm;
    end = i + 1;
    return true;
  }
  if ((word(i, "a") || word(i, "p")) && punct(i + 1, '.') && touching(i + 1) && word(i + 2, "m") && touching(i + 2)) {
    meridiem = word(i, "a") ? Meridiem::Am : Meridiem::Pm;
    end = i + 3;
    if (punct(end, '.') && touching(end)) ++end;
    return true;
  }
  return false;
}

bool Scanner::strong_time_at(size_t i, TimeSpec& time, size_t& end) const {
  time = TimeSpec{};
  if (i >= size()) return false;
  if (word(i, "noon") || word(i, "midday") || word(i, "midnight")) {
    (word(i, "midnight") ? time.midnight : time.noon) = true;
    end = i + 1;
    return true;
  }
  size_t k = 0;
  if (phrase(i, "half past", k) || phrase(i, "quarter past", k) || phrase(i, "quarter to", k) ||
      phrase(i, "quarter till", k)) {
    TimeSpec hour;
    size_t stop = 0;
    if (!bare_hour_at(k, hour, stop) || !valid_twelve(hour.hour) || hour.minute != 0) return false;
    time.hour = hour.hour;
    time.minute = word(i, "half") ? 30 : word(i + 1, "past") ? 15 : 45;
    if (time.minute == 45) time.hour = time.hour == 1 ? 12 : time.hour - 1;
    end = stop;
    meridiem_at(end, time.meridiem, end);
    return true;
  }
  if (is_word(i)) {  // "three pm", "three o'clock"
    const int32_t hour = number_word(tokens_[i].text);
    if (!valid_twelve(hour)) return false;
    time.hour = hour;
    if (meridiem_at(i + 1, time.meridiem, end)) return true;
    return oclock_at(tokens_, i + 1, end);
  }
  if (!number(i)) return false;
  const Token& token = tokens_[i];
  if (token.digits() >= 3) {  // "1500 hrs", "0930h"
    const int64_t hhmm = token.value;
    if (token.digits() > 4 || hhmm / 100 > 23 || hhmm % 100 > 59) return false;
    if (!(word(i + 1, "hrs") || (word(i + 1, "h") && touching(i + 1)))) return false;
    time.hour = static_cast<int32_t>(hhmm / 100), time.minute = static_cast<int32_t>(hhmm % 100);
    time.twenty_four = true;
    end = i + 2;
    return true;
  }
  time.hour = static_cast<int32_t>(token.value);
  const bool leading_zero = token.digits() == 2 && token.text[0] == '0';
  size_t j = i + 1;
  if (punct(j, ':') && touching(j) && number(j + 1) && touching(j + 1) && tokens_[j + 1].digits() == 2) {
    time.minute = static_cast<int32_t>(tokens_[j + 1].value);
    j += 2;
    if (punct(j, ':') && touching(j) && number(j + 1) && touching(j + 1) && tokens_[j + 1].digits() == 2) j += 2;
    if (punct(j, '.') && touching(j) && number(j + 1) && touching(j + 1)) j += 2;  // fractions of a second
    end = j;
    if (meridiem_at(j, time.meridiem, end)) return valid_twelve(time.hour) && time.minute <= 59;
    if (time.minute > 59 || time.hour > 24 || (time.hour == 24 && time.minute != 0)) return false;
    if (time.hour == 24) time.midnight = true, time.hour = 0;
    time.twenty_four = leading_zero || time.hour >= 13 || time.hour == 0;
    return true;
  }
  if (punct(j, '.') && touching(j) && number(j + 1) && touching(j + 1) && tokens_[j + 1].digits() == 2 &&
      meridiem_at(j + 2, time.meridiem, end)) {
    time.minute = static_cast<int32_t>(tokens_[j + 1].value);
    return valid_twelve(time.hour) && time.minute <= 59;
  }
  if (word(j, "h") && touching(j) && number(j + 1) && touching(j + 1) && tokens_[j + 1].digits() == 2) {
    time.minute = static_cast<int32_t>(tokens_[j + 1].value);
    time.twenty_four = true;
    end = j + 2;
    return time.hour <= 23 && time.minute <= 59;
  }
  if (meridiem_at(j, time.meridiem, end)) return valid_twelve(time.hour);
  if (valid_twelve(time.hour) && oclock_at(tokens_, j, end)) {
    meridiem_at(end, time.meridiem, end);
    return true;
  }
  if (word(j, "ish") && touching(j) && valid_twelve(time.hour)) {
    end = j + 1;
    return true;
  }
  return false;
}

// A bare hour after a cue ("at 3", "around 10", "at 5.30", "at half 3").
bool Scanner::bare_hour_at(size_t i, TimeSpec& time, size_t& end) const {
  time = TimeSpec{};
  size_t k = i;
  if (word(k, "half") && (number(k + 1) || (is_word(k + 1) && valid_twelve(number_word(tokens_[k + 1].text))))) {
    time.minute = 30;
    ++k;
  }
  if (is_word(k)) {
    const int32_t hour = number_word(tokens_[k].text);
    if (!valid_twelve(hour)) return false;
    time.hour = hour;
    end = k + 1;
  } else if (number(k)) {
    const Token& token = tokens_[k];
    if (token.digits() > 2 || token.value > 23) return false;
    time.hour = static_cast<int32_t>(token.value);
    time.twenty_four = token.value >= 13 || token.value == 0 || (token.digits() == 2 && token.text[0] == '0');
    end = k + 1;
    if (word(end, "h") && touching(end)) {  // "at 15h"
      if (touching(end + 1) && (number(end + 1) || is_word(end + 1))) return false;
      time.twenty_four = true;
      ++end;
      return true;
    }
    if (time.minute == 0 && punct(end, '.') && touching(end) && number(end + 1) && touching(end + 1) &&
        tokens_[end + 1].digits() == 2 && tokens_[end + 1].value <= 59) {
      time.minute = static_cast<int32_t>(tokens_[end + 1].value);
      end += 2;
    }
  } else {
    return false;
  }
  if (time.minute == 30 && !valid_twelve(time.hour)) return false;
  if (touching(end) && (punct(end, ',') || punct(end, '.')) && number(end + 1) && touching(end + 1)) {
    return false;  // "around 5,000", "by 2.5"
  }
  if (touching(end) && (punct(end, '/') || punct(end, ':') || punct(end, '%') || number(end) ||
                        (is_word(end) && ordinal_suffix(tokens_[end].text)))) {
    return false;
  }
  if (punct(end, '%') || punct(end, '$')) return false;
  if (is_word(end) && same_line(end) &&
      (quantity_word(tokens_[end].text) || month_word(tokens_[end].text) != 0)) {
    return false;  // "by 3 days", "by 3 June"
  }
  return true;
}

size_t Scanner::range_end_at(size_t i, bool between, TimeSpec& end_time) const {
  if (!same_line(i)) return 0;
  size_t k = i;
  if (between) {
    if (!word(k, "and")) return 0;
  } else if (!(punct(k, '-') || word(k, "to") || word(k, "till") || word(k, "until") || word(k, "til"))) {
    return 0;
  }
  ++k;
  size_t end = 0;
  if (strong_time_at(k, end_time, end) || bare_hour_at(k, end_time, end)) return end;
  return 0;
}

size_t Scanner::emit_time(size_t first, size_t end, const TimeSpec& time, const TimeSpec* end_time) {
  Component& component = emit(CompKind::Time, first, end);
  component.time = time;
  if (end_time != nullptr) {
    component.time_end = *end_time;
    component.is_range = true;
  }
  return emit_zone(end);
}

size_t Scanner::emit_zone(size_t end) {
  size_t z = end;
  const bool paren = punct(z, '(');
  if (paren) ++z;
  if (!same_line(z)) return end;
  ZoneSpec spec;
  size_t zone_end = 0;
  if (!match_zone(tokens_, z, context_, spec, zone_end)) return end;
  if (paren && punct(zone_end, ')')) ++zone_end;
  Component& zone = emit(CompKind::Zone, z, zone_end);
  zone.zone = spec;
  return zone_end;
}

size_t Scanner::scan_time(size_t i) {
  TimeSpec start;
  TimeSpec finish;
  size_t end = 0;
  if (number(i) && i > 0 && touching(i) && (punct(i - 1, '.') || punct(i - 1, '/') || punct(i - 1, ':') ||
                                            punct(i - 1, '$') || punct(i - 1, '+'))) {
    return 0;
  }
  if (strong_time_at(i, start, end)) {
    const size_t range_end = range_end_at(end, false, finish);
    return emit_time(i, range_end ? range_end : end, start, range_end ? &finish : nullptr);
  }
  // "2-4pm", "9 to 5:30": a bare start needs an end that is clearly a time.
  if (!number(i) || !bare_hour_at(i, start, end)) return 0;
  const size_t range_end = range_end_at(end, false, finish);
  if (range_end == 0 || (finish.meridiem == Meridiem::None && finish.minute == 0 && !finish.noon)) return 0;
  return emit_time(i, range_end, start, &finish);
}

size_t Scanner::scan_cued_time(size_t i) {
  bool cue = punct(i, '@') || punct(i, '~');
  for (std::string_view word_cue : kCues) cue = cue || word(i, word_cue);
  if (!cue) return 0;
  const bool between = word(i, "between");
  size_t k = i + 1;
  if (word(k, "around") || word(k, "about") || word(k, "approximately") || word(k, "roughly")) ++k;
  if (!same_line(k)) return 0;
  TimeSpec start;
  TimeSpec finish;
  size_t end = 0;
  const bool strong = strong_time_at(k, start, end);
  if (strong && !between) return 0;  // scan_time reads it, and its range, at k
  if (!strong && !bare_hour_at(k, start, end)) return 0;
  if (!strong && is_word(end) && same_line(end)) {
    bool allowed = false;
    for (std::string_view next : kAfterBareHour) allowed = allowed || word(end, next);
    ZoneSpec zone;
    size_t zone_end = 0;
    if (!allowed && !match_zone(tokens_, end, context_, zone, zone_end)) return 0;
  }
  const size_t range_end = range_end_at(end, between, finish);
  if (between && range_end == 0) return 0;
  return emit_time(i, range_end ? range_end : end, start, range_end ? &finish : nullptr);
}

}  // namespace charter::stdlib::time::when
