// Date recognisers: ISO and numeric dates, month names, "the 12th", weekdays.
#include "stdlib/time/when_scanner.hpp"
#include "stdlib/time/when_words.hpp"

namespace charter::stdlib::time::when {
namespace {

bool separator(char c) { return c == '/' || c == '.' || c == '-'; }

// A date cue before a dotted date without a year ("on 3.7.", German "am 3.7.").
bool dotted_cue(std::string_view word) {
  return word == "on" || word == "by" || word == "until" || word == "from" || word == "before" ||
         word == "after" || word == "am" || word == "ab" || word == "bis" || word == "vom";
}

bool weekday_cue(std::string_view word) {
  bool abbreviated = false;
  return weekday_word(word, abbreviated) != 0;
}

}  // namespace

bool Scanner::year_at(size_t i, int32_t& year, size_t& end) const {
  if (!number(i) || tokens_[i].digits() != 4 || !same_line(i)) return false;
  const int64_t value = tokens_[i].value;
  if (value < 1900 || value > 2199) return false;
  if (touching(i + 1) && (number(i + 1) || punct(i + 1, ':'))) return false;
  year = static_cast<int32_t>(value);
  end = i + 1;
  return true;
}

// A day of the month: "12", "12th", "twelfth", "twenty-first", "twenty first".
bool Scanner::day_at(size_t i, int32_t& day, size_t& end, bool& suffixed) const {
  suffixed = false;
  if (number(i)) {
    const Token& token = tokens_[i];
    if (token.digits() > 2 || token.value < 1 || token.value > 31) return false;
    day = static_cast<int32_t>(token.value);
    end = i + 1;
    if (touching(i + 1) && is_word(i + 1) && ordinal_suffix(tokens_[i + 1].text)) {
      suffixed = true;
      ++end;
    }
    return true;
  }
  if (!is_word(i)) return false;
  if (const int32_t ordinal = ordinal_word(tokens_[i].text); ordinal != 0) {
    day = ordinal;
    end = i + 1;
    suffixed = true;
    return true;
  }
  const int32_t tens = number_word(tokens_[i].text);
  if (tens != 20 && tens != 30) return false;
  size_t next = i + 1;
  if (punct(next, '-') && touching(next)) ++next;
  const int32_t unit = is_word(next) && same_line(next) ? ordinal_word(tokens_[next].text) : 0;
  if (unit < 1 || unit > 9 || tens + unit > 31) return false;
  day = tens + unit;
  end = next + 1;
  suffixed = true;
  return true;
}

// 2026-03-12, 2026/03/12 (and 2026-03-12T15:00, the time left for scan_time).
size_t Scanner::scan_iso_date(size_t i) {
  if (!number(i) || tokens_[i].digits() != 4) return 0;
  if (i + 4 >= size()) return 0;
  const char sep = tokens_[i + 1].punct;
  if (!(sep == '-' || sep == '/') || !punct(i + 1, sep) || !punct(i + 3, sep)) return 0;
  for (size_t k = i + 1; k <= i + 4; ++k) {
    if (!touching(k)) return 0;
  }
  if (!number(i + 2) || !number(i + 4) || tokens_[i + 2].digits() > 2 || tokens_[i + 4].digits() > 2) return 0;
  const auto year = static_cast<int32_t>(tokens_[i].value);
  const auto month = static_cast<int32_t>(tokens_[i + 2].value);
  const auto day = static_cast<int32_t>(tokens_[i + 4].value);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return 0;
  size_t end = i + 5;
  if (touching(end) && word(end, "t") && touching(end + 1) && number(end + 1)) ++end;  // the time follows
  Component& date = emit(CompKind::Date, i, end);
  date.year = year, date.month = month, date.day = day;
  return end;
}

// 12/03, 12/03/2026, 12/3/26, 12-03-2026, 12.03.2026, 03.07. (dots: day first).
size_t Scanner::scan_numeric_date(size_t i) {
  if (!number(i) || tokens_[i].digits() > 2 || i + 2 >= size()) return 0;
  if (i > 0 && touching(i)) {
    const Token& before = tokens_[i - 1];
    const bool opener = before.is_punct('(') || before.is_punct('[') || before.is_punct('"') || before.is_punct('\'');
    if (!opener) return 0;  // inside a longer token: "v1.2", "$12.50", "+44"
  }
  const char sep = tokens_[i + 1].punct;
  if (!separator(sep) || !punct(i + 1, sep) || !touching(i + 1) || !number(i + 2) || !touching(i + 2) ||
      tokens_[i + 2].digits() > 2) {
    return 0;
  }
  const auto n1 = static_cast<int32_t>(tokens_[i].value);
  const auto n2 = static_cast<int32_t>(tokens_[i + 2].value);
  size_t end = i + 3;
  int32_t year = 0;
  if (punct(end, sep) && touching(end) && number(end + 1) && touching(end + 1)) {
    const Token& y = tokens_[end + 1];
    if (y.digits() != 2 && y.digits() != 4) return 0;
    year = static_cast<int32_t>(y.digits() == 2 ? 2000 + y.value : y.value);
    end += 2;
  }
  if (touching(end) && (number(end) || (separator(tokens_[end].punct) && number(end + 1) && touching(end + 1)))) {
    return 0;  // a longer run of numbers: a version, a phone number
  }
  if (n1 < 1 || n2 < 1 || n1 > 31 || n2 > 31 || (n1 > 12 && n2 > 12)) return 0;
  if (sep == '-' && year == 0) return 0;  // "3-4" is a range, not a date
  if (sep == '.' && year == 0) {
    // "03.07." needs its trailing dot; "at 3.10." is a time.
    if (!punct(end, '.') || !touching(end) || n2 > 12) return 0;
    // "4.5." is as likely a section number: one-digit parts need a cue before them.
    const bool two_digits = tokens_[i].digits() == 2 && tokens_[i + 2].digits() == 2;
    const bool cued = i > 0 && is_word(i - 1) && (dotted_cue(tokens_[i - 1].text) || weekday_cue(tokens_[i - 1].text));
    if (!two_digits && !cued) return 0;
    if (i > 0 && (word(i - 1, "at") || punct(i - 1, '@') || word(i - 1, "around") || word(i - 1, "about"))) return 0;
    ++end;
  }
  if (sep == '/' && year == 0) {
    if ((n1 == 24 && n2 == 7) || punct(end, '%')) return 0;
    // "1/2", "3/4": fractions, unless a date cue comes first ("on 1/2").
    const bool cued = i > 0 && (word(i - 1, "on") || word(i - 1, "by") || word(i - 1, "until") ||
                                word(i - 1, "before") || word(i - 1, "after") ||
                                (is_word(i - 1) && weekday_cue(tokens_[i - 1].text)));
    if (n1 < n2 && n2 <= 4 && !cued) return 0;
    if (is_word(end) && same_line(end) && quantity_word(tokens_[end].text)) return 0;  // "1/2 hour", "3/4 of"
  }
  if (sep == '.' && n2 > 12) return 0;
  Component& date = emit(CompKind::Date, i, end);
  date.year = year;
  if (sep == '.') {
    date.day = n1, date.month = n2;
  } else {
    date.numeric = true;
    date.first_number = n1, date.second_number = n2;
  }
  return end;
}

// "June 18", "Jun. 18th, 2026", "June the 18th", "18 June", "18th of June 2026",
// "the third of July", "18-Jun-2026".
size_t Scanner::scan_month_date(size_t i) {
  int32_t day = 0;
  int32_t year = 0;
  bool suffixed = false;
  size_t end = 0;
  // Month first.
  if (is_word(i) && month_word(tokens_[i].text) != 0) {
    const int32_t month = month_word(tokens_[i].text);
    size_t j = i + 1;
    if (abbreviated_month(i) && punct(j, '.') && touching(j)) ++j;
    if (word(j, "the") && same_line(j)) ++j;
    if (!same_line(j) || !day_at(j, day, end, suffixed)) return 0;
    if (touching(end) && (punct(end, ':') || punct(end, '/') || number(end))) return 0;
    Meridiem meridiem = Meridiem::None;
    size_t after_meridiem = 0;
    if (meridiem_at(end, meridiem, after_meridiem)) return 0;  // "May 5pm": a month and a time
    if (month == 5 && !tokens_[i].capitalized && !suffixed) return 0;  // "may" is usually the verb
    size_t k = end;
    if (punct(k, ',') && same_line(k)) ++k;
    size_t year_end = 0;
    if (year_at(k, year, year_end)) end = year_end;
    Component& date = emit(CompKind::Date, i, end);
    date.year = year, date.month = month, date.day = day;
    return end;
  }
  // Day first, optionally after "the".
  const size_t start = i;
  if (word(i, "the")) ++i;
  if (!day_at(i, day, end, suffixed)) return 0;
  if (number(i) && i > 0 && touching(i) && !word(i - 1, "the")) return 0;
  size_t j = end;
  bool of = false;
  if (word(j, "of") && same_line(j)) ++j, of = true;
  const bool dashed = !of && punct(j, '-') && touching(j) && touching(j + 1);
  if (dashed) ++j;
  if (!is_word(j) || !same_line(j) || month_word(tokens_[j].text) == 0) return 0;
  const int32_t month = month_word(tokens_[j].text);
  if (month == 5 && !tokens_[j].capitalized && !suffixed && !of) return 0;
  end = j + 1;
  if (abbreviated_month(j) && punct(end, '.') && touching(end)) ++end;
  size_t k = end;
  if ((punct(k, ',') || (dashed && punct(k, '-'))) && same_line(k)) ++k;
  size_t year_end = 0;
  if (year_at(k, year, year_end)) end = year_end;
  Component& date = emit(CompKind::Date, start, end);
  date.year = year, date.month = month, date.day = day;
  return end;
}

// "in June", "by mid-June", "late June", "end of June", "June 2026".
size_t Scanner::scan_month_period(size_t i) {
  size_t j = i;
  int32_t part = 0;
  size_t end = 0;
  if (word(j, "early") || phrase(j, "beginning of", end) || phrase(j, "start of", end)) {
    part = 1, j = word(j, "early") ? j + 1 : end;
  } else if (word(j, "mid") || phrase(j, "middle of", end)) {
    part = 2, j = word(j, "mid") ? j + 1 : end;
    if (punct(j, '-') && touching(j)) ++j;
  } else if (word(j, "late") || phrase(j, "end of", end) || phrase(j, "the end of", end)) {
    part = 3, j = word(j, "late") ? j + 1 : end;
  }
  const bool cued = part != 0 || (i > 0 && (word(i - 1, "in") || word(i - 1, "during") || word(i - 1, "by") ||
                                           word(i - 1, "until") || word(i - 1, "till") || word(i - 1, "before") ||
                                           word(i - 1, "after") || word(i - 1, "throughout")));
  if (!is_word(j) || (j > i && !same_line(j))) return 0;
  const int32_t month = month_word(tokens_[j].text);
  if (month == 0) return 0;
  const bool verb_like = month == 5 || month == 3;  // "may", "march"
  int32_t year = 0;
  size_t k = j + 1;
  if (abbreviated_month(j) && punct(k, '.') && touching(k)) ++k;
  const size_t before_year = k;
  if (punct(k, ',') && same_line(k)) ++k;
  const bool has_year = year_at(k, year, end);
  if (!has_year) end = before_year;
  if (!has_year && (!cued || (verb_like && !tokens_[j].capitalized))) return 0;
  if (tokens_[j].text.size() <= 3 && !tokens_[j].capitalized && !has_year) return 0;  // "mar", "dec" as words
  Component& period = emit(CompKind::Period, i, end);
  period.period = PeriodKind::NamedMonth;
  period.month = month;
  period.year = year;
  period.month_part = part;
  return end;
}

// "the 12th", "on 3rd", "the first": a day without a month.
size_t Scanner::scan_ordinal_day(size_t i) {
  const bool the = word(i, "the");
  const size_t j = the ? i + 1 : i;
  int32_t day = 0;
  size_t end = 0;
  bool suffixed = false;
  if ((the && !same_line(j)) || !day_at(j, day, end, suffixed) || !suffixed) return 0;
  if (!number(j) && !the) return 0;  // "first" alone is rarely a date
  if (number(j) && j > 0 && touching(j) && !the) return 0;
  static constexpr std::string_view kCues[] = {"on", "by", "until", "till", "before", "after", "from", "for",
                                               "monday", "tuesday", "wednesday", "thursday", "friday",
                                               "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
                                               "thur", "thurs", "fri", "sat", "sun", "than", "or", "and"};
  static constexpr std::string_view kNext[] = {"at", "or", "and", "works", "work", "is", "would", "could", "suits",
                                               "suit", "then", "please", "ok", "okay", "instead", "if", "in", "for",
                                               "morning", "afternoon", "evening", "from", "between", "around",
                                               "any", "good", "fine", "possible", "too", "as", "still"};
  static constexpr std::string_view kNotDates[] = {"floor", "time", "place", "quarter", "half", "round", "option",
                                                   "step", "grade", "edition", "anniversary", "birthday", "century",
                                                   "party", "attempt", "choice", "reminder", "email", "message",
                                                   "call", "meeting", "invoice", "payment", "instalment",
                                                   "installment", "draft", "version", "line", "item", "point",
                                                   "page", "chapter", "person", "week", "day", "year", "month",
                                                   "one", "last", "best", "largest", "biggest", "highest"};
  bool cue_before = false;
  if (i > 0 && same_line(i)) {
    for (std::string_view cue : kCues) cue_before = cue_before || word(i - 1, cue);
    cue_before = cue_before || punct(i - 1, ',');
  }
  bool fits_after = !is_word(end) || !same_line(end);
  if (!fits_after) {
    for (std::string_view next : kNext) fits_after = fits_after || word(end, next);
  }
  if (is_word(end) && same_line(end)) {
    for (std::string_view noun : kNotDates) {
      if (word(end, noun)) return 0;
    }
    if (quantity_word(tokens_[end].text)) return 0;
  }
  size_t month_end = end;
  if (word(month_end, "of")) ++month_end;
  if (is_word(month_end) && month_word(tokens_[month_end].text) != 0) return 0;  // "the 3rd of July": a month date
  if (!cue_before && !fits_after) return 0;
  Component& date = emit(CompKind::Date, i, end);
  date.day = day;
  return end;
}

// "Friday", "this Friday", "next Fri.", "last Monday", "Friday week",
// "a week on Friday", "Friday after next", "Monday's".
size_t Scanner::scan_weekday(size_t i) {
  size_t j = i;
  WeekdayModifier modifier = WeekdayModifier::None;
  size_t end = 0;
  if (phrase(j, "this coming", end) || phrase(j, "the coming", end) || word(j, "coming")) {
    j = word(j, "coming") ? j + 1 : end;
  } else if (word(j, "this")) {
    modifier = WeekdayModifier::This, ++j;
  } else if (word(j, "next")) {
    modifier = WeekdayModifier::Next, ++j;
  } else if (word(j, "last") || phrase(j, "this past", end)) {
    modifier = WeekdayModifier::Last, j = word(j, "last") ? j + 1 : end;
  } else if (phrase(j, "a week on", end) || phrase(j, "a week from", end) || phrase(j, "one week from", end)) {
    modifier = WeekdayModifier::WeekLater, j = end;
  }
  if (!is_word(j) || (j > i && !same_line(j))) return 0;
  bool abbreviated = false;
  const int32_t day = weekday_word(tokens_[j].text, abbreviated);
  if (day == 0) return 0;
  const std::string_view text = tokens_[j].text;
  if (abbreviated && !tokens_[j].capitalized && text != "tues" && text != "thurs" && text != "thur" &&
      text != "weds" && text != "fri") {
    return 0;  // "sat", "sun", "wed", "mon" are also words
  }
  end = j + 1;
  if (abbreviated && punct(end, '.') && touching(end)) ++end;
  if (punct(end, '\'') && touching(end) && word(end + 1, "s") && touching(end + 1)) end += 2;
  if (modifier == WeekdayModifier::None && word(end, "week") && same_line(end) && !word(end + 1, "of")) {
    modifier = WeekdayModifier::WeekLater, ++end;
  } else if (modifier == WeekdayModifier::None && phrase(end, "after next", end)) {
    modifier = WeekdayModifier::AfterNext;
  }
  Component& weekday = emit(CompKind::Weekday, i, end);
  weekday.weekday = static_cast<Weekday>(day);
  weekday.modifier = modifier;
  return end;
}

}  // namespace charter::stdlib::time::when
