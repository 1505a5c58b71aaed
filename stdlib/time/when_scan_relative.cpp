// Relative recognisers: "today", "tomorrow", "tonight", "this afternoon",
// "in 2 days", "in an hour", "a week today", vague periods ("next week",
// "later", "the weekend") and parts of the day ("morning", "EOD").
#include <array>
#include <utility>

#include "stdlib/time/when_scanner.hpp"
#include "stdlib/time/when_words.hpp"

namespace charter::stdlib::time::when {
namespace {

struct PeriodPhrase {
  std::string_view words;
  PeriodKind kind;
};

constexpr std::array<PeriodPhrase, 46> kPeriods = {{
    {"next week", PeriodKind::NextWeek},
    {"this week", PeriodKind::ThisWeek},
    {"the week after next", PeriodKind::WeekAfterNext},
    {"week after next", PeriodKind::WeekAfterNext},
    {"the following week", PeriodKind::NextWeek},
    {"early next week", PeriodKind::EarlyNextWeek},
    {"beginning of next week", PeriodKind::EarlyNextWeek},
    {"the beginning of next week", PeriodKind::EarlyNextWeek},
    {"start of next week", PeriodKind::EarlyNextWeek},
    {"the start of next week", PeriodKind::EarlyNextWeek},
    {"mid next week", PeriodKind::MidNextWeek},
    {"middle of next week", PeriodKind::MidNextWeek},
    {"the middle of next week", PeriodKind::MidNextWeek},
    {"end of next week", PeriodKind::EndOfNextWeek},
    {"the end of next week", PeriodKind::EndOfNextWeek},
    {"late next week", PeriodKind::EndOfNextWeek},
    {"end of the week", PeriodKind::EndOfThisWeek},
    {"end of this week", PeriodKind::EndOfThisWeek},
    {"the end of the week", PeriodKind::EndOfThisWeek},
    {"the end of this week", PeriodKind::EndOfThisWeek},
    {"end of week", PeriodKind::EndOfThisWeek},
    {"later this week", PeriodKind::LaterThisWeek},
    {"later in the week", PeriodKind::LaterThisWeek},
    {"this weekend", PeriodKind::ThisWeekend},
    {"the weekend", PeriodKind::ThisWeekend},
    {"next weekend", PeriodKind::NextWeekend},
    {"next month", PeriodKind::NextMonth},
    {"this month", PeriodKind::ThisMonth},
    {"end of the month", PeriodKind::EndOfMonth},
    {"end of this month", PeriodKind::EndOfMonth},
    {"the end of the month", PeriodKind::EndOfMonth},
    {"the end of this month", PeriodKind::EndOfMonth},
    {"end of month", PeriodKind::EndOfMonth},
    {"early next month", PeriodKind::EarlyNextMonth},
    {"beginning of next month", PeriodKind::EarlyNextMonth},
    {"start of next month", PeriodKind::EarlyNextMonth},
    {"later today", PeriodKind::LaterToday},
    {"later on today", PeriodKind::LaterToday},
    {"later in the day", PeriodKind::LaterToday},
    {"later on", PeriodKind::LaterToday},
    {"later", PeriodKind::LaterToday},
    {"in the coming days", PeriodKind::ComingDays},
    {"the coming days", PeriodKind::ComingDays},
    {"in the next few days", PeriodKind::ComingDays},
    {"over the next few days", PeriodKind::ComingDays},
    {"in the next couple of days", PeriodKind::ComingDays},
}};

struct PartPhrase {
  std::string_view words;
  DayPart part;
};

constexpr std::array<PartPhrase, 17> kParts = {{
    {"morning", DayPart::Morning},         {"afternoon", DayPart::Afternoon},
    {"evening", DayPart::Evening},         {"night", DayPart::Night},
    {"lunchtime", DayPart::Lunchtime},     {"lunch time", DayPart::Lunchtime},
    {"lunch", DayPart::Lunchtime},         {"end of day", DayPart::EndOfDay},
    {"end of the day", DayPart::EndOfDay}, {"eod", DayPart::EndOfDay},
    {"cob", DayPart::EndOfDay},            {"close of business", DayPart::EndOfDay},
    {"end of business", DayPart::EndOfDay}, {"close of play", DayPart::EndOfDay},
    {"first thing in the morning", DayPart::FirstThing}, {"first thing", DayPart::FirstThing},
    {"end of play", DayPart::EndOfDay},
}};

}  // namespace

// A count: "3", "a", "an", "two", "twenty five", "a couple of", "a few".
bool Scanner::quantity_at(size_t i, int64_t& value, bool& vague, size_t& end) const {
  vague = false;
  if (number(i)) {
    if (tokens_[i].digits() > 4 || (touching(i + 1) && (punct(i + 1, '.') || punct(i + 1, ',')))) return false;
    value = tokens_[i].value;
    end = i + 1;
    return true;
  }
  size_t k = 0;
  if (phrase(i, "a couple of", k) || phrase(i, "couple of", k) || phrase(i, "a couple", k)) {
    value = 2, vague = true, end = k;
    return true;
  }
  if (phrase(i, "a few", k) || word(i, "few") || word(i, "several")) {
    value = 3, vague = true, end = word(i, "a") ? k : i + 1;
    return true;
  }
  if (word(i, "a") || word(i, "an")) {
    value = 1, end = i + 1;
    return true;
  }
  if (!is_word(i)) return false;
  const int32_t n = number_word(tokens_[i].text);
  if (n == 0) return false;
  value = n, end = i + 1;
  if (n >= 20 && n % 10 == 0) {
    size_t next = i + 1;
    if (punct(next, '-') && touching(next)) ++next;
    const int32_t unit = is_word(next) && same_line(next) ? number_word(tokens_[next].text) : 0;
    if (unit >= 1 && unit <= 9) value = n + unit, end = next + 1;
  }
  return true;
}

// "in 2 days", "in an hour", "in half an hour", "2 weeks from now", "in 3 weeks' time".
size_t Scanner::scan_in_quantity(size_t i) {
  const bool in = word(i, "in");
  size_t k = in ? i + 1 : i;
  size_t end = 0;
  if (in && (phrase(k, "half an hour", end) || phrase(k, "an hour and a half", end) ||
             phrase(k, "one and a half hours", end))) {
    Component& offset = emit(CompKind::Offset, i, end);
    offset.micros = (word(k, "half") ? 30 : 90) * kMicrosPerMinute;
    return end;
  }
  int64_t value = 0;
  bool vague = false;
  if ((in && !same_line(k)) || !quantity_at(k, value, vague, end) || !is_word(end) || !same_line(end)) return 0;
  const Unit unit = unit_word(tokens_[end].text);
  if (unit == Unit::None) return 0;
  if ((tokens_[end].text == "m" || tokens_[end].text == "h") && !touching(end)) return 0;
  size_t stop = end + 1;
  if (punct(stop, '\'') && touching(stop)) ++stop;
  if (word(stop, "time") && same_line(stop)) ++stop;
  if (!in) {
    size_t from_end = 0;
    if (!phrase(stop, "from now", from_end) && !phrase(stop, "from today", from_end)) return 0;
    stop = from_end;
  }
  if (unit == Unit::Minute || unit == Unit::Hour) {
    const int64_t per = unit == Unit::Minute ? kMicrosPerMinute : kMicrosPerHour;
    Component& offset = emit(CompKind::Offset, i, stop);
    offset.micros = value * per;
    offset.micros_end = vague ? (value + 1) * per : 0;
    offset.vague = vague;
    return stop;
  }
  Component& relative = emit(CompKind::RelativeDay, i, stop);
  relative.vague = vague;
  switch (unit) {
    case Unit::Day: relative.days = value; break;
    case Unit::Week: relative.days = 7 * value; break;
    case Unit::Fortnight: relative.days = 14 * value; break;
    case Unit::Month: relative.months = value; break;
    default: relative.months = 12 * value; break;
  }
  return stop;
}

size_t Scanner::scan_relative(size_t i) {
  static constexpr std::pair<std::string_view, int32_t> kDays[] = {
      {"today", 0},     {"tomorrow", 1},  {"tmrw", 1},     {"tmr", 1},       {"tomorow", 1},
      {"tommorow", 1},  {"tommorrow", 1}, {"tomorrows", 1}, {"yesterday", -1}, {"overmorrow", 2},
      {"tonight", 0},   {"tonite", 0},
  };
  size_t end = 0;
  if (phrase(i, "the day after tomorrow", end) || phrase(i, "day after tomorrow", end)) {
    emit(CompKind::RelativeDay, i, end).days = 2;
    return end;
  }
  for (const auto& [name, days] : kDays) {
    if (!word(i, name)) continue;
    // "a week today", "a week tomorrow" are read by the phrase below.
    Component& relative = emit(CompKind::RelativeDay, i, i + 1);
    relative.days = days;
    if (name == "tonight" || name == "tonite") relative.part = DayPart::Night;
    return i + 1;
  }
  static constexpr std::pair<std::string_view, DayPart> kThisParts[] = {
      {"this morning", DayPart::Morning}, {"this afternoon", DayPart::Afternoon},
      {"this evening", DayPart::Evening}, {"this lunchtime", DayPart::Lunchtime},
  };
  for (const auto& [words, part] : kThisParts) {
    if (phrase(i, words, end)) {
      Component& relative = emit(CompKind::RelativeDay, i, end);
      relative.part = part;
      return end;
    }
  }
  static constexpr std::pair<std::string_view, int32_t> kWeekFrom[] = {
      {"a week today", 7},          {"a week from today", 7},  {"a week tomorrow", 8},
      {"a week from tomorrow", 8},  {"a fortnight today", 14}, {"two weeks today", 14},
      {"a week from now", 7},       {"one week from today", 7},
  };
  for (const auto& [words, days] : kWeekFrom) {
    if (phrase(i, words, end)) {
      emit(CompKind::RelativeDay, i, end).days = days;
      return end;
    }
  }
  return scan_in_quantity(i);
}

size_t Scanner::scan_period(size_t i) {
  const PeriodPhrase* best = nullptr;
  size_t best_end = 0;
  const char initial = tokens_[i].text[0];
  for (const PeriodPhrase& candidate : kPeriods) {
    size_t end = 0;
    if (candidate.words[0] != initial) continue;  // most words fail here, cheaply
    if (phrase(i, candidate.words, end) && end > best_end) best = &candidate, best_end = end;
  }
  if (best == nullptr) return 0;
  if (best->words == "later" || best->words == "later on") {
    static constexpr std::string_view kNotLater[] = {"no", "not", "week", "weeks", "day", "days", "month",
                                                     "months", "year", "years", "hour", "hours", "minutes",
                                                     "little", "bit", "much", "even", "or", "sooner"};
    if (word(best_end, "than")) return 0;
    for (std::string_view before : kNotLater) {
      if (i > 0 && word(i - 1, before)) return 0;
    }
  }
  emit(CompKind::Period, i, best_end).period = best->kind;
  return best_end;
}

size_t Scanner::scan_part(size_t i) {
  if (i > 0 && (word(i - 1, "good") || word(i - 1, "nice") || word(i - 1, "great"))) return 0;  // greetings
  if ((word(i, "am") || word(i, "pm")) && i > 0 && touching(i) == false && same_line(i)) {
    bool abbreviated = false;
    const bool after_day = is_word(i - 1) && (weekday_word(tokens_[i - 1].text, abbreviated) != 0 ||
                                             word(i - 1, "tomorrow") || word(i - 1, "today"));
    if (!after_day) return 0;
    emit(CompKind::PartOfDay, i, i + 1).part = word(i, "am") ? DayPart::Morning : DayPart::Afternoon;
    return i + 1;
  }
  const PartPhrase* best = nullptr;
  size_t best_end = 0;
  const char initial = tokens_[i].text[0];
  for (const PartPhrase& candidate : kParts) {
    size_t end = 0;
    if (candidate.words[0] != initial) continue;
    if (phrase(i, candidate.words, end) && end > best_end) best = &candidate, best_end = end;
  }
  if (best == nullptr) return 0;
  // "Morning John," / "Afternoon all!" open a message; they are greetings too.
  if (tokens_[i].line_before && (punct(best_end, ',') || punct(best_end, '!') ||
                                 (is_word(best_end) && tokens_[best_end].capitalized))) {
    return 0;
  }
  if (best->part == DayPart::Lunchtime && best->words == "lunch" &&
      !(i > 0 && (word(i - 1, "at") || word(i - 1, "over") || word(i - 1, "around") || word(i - 1, "after") ||
                  word(i - 1, "before") || word(i - 1, "by")))) {
    return 0;
  }
  emit(CompKind::PartOfDay, i, best_end).part = best->part;
  return emit_zone(best_end);
}

}  // namespace charter::stdlib::time::when
