#include "stdlib/time/when_words.hpp"

#include "stdlib/time/when_lexer.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace charter::stdlib::time::when {
namespace {

struct Entry {
  std::string_view word;
  int32_t value;
};

template <size_t N>
int32_t find(const std::array<Entry, N>& table, std::string_view word) {
  for (const Entry& entry : table) {
    if (same_text(entry.word, word)) return entry.value;
  }
  return 0;
}

constexpr std::array<Entry, 25> kMonths = {{
    {"january", 1}, {"jan", 1},  {"february", 2}, {"feb", 2},  {"march", 3},    {"mar", 3},   {"april", 4},
    {"apr", 4},     {"may", 5},  {"june", 6},     {"jun", 6},  {"july", 7},     {"jul", 7},   {"august", 8},
    {"aug", 8},     {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10}, {"oct", 10}, {"november", 11},
    {"nov", 11},    {"december", 12}, {"dec", 12}, {"febuary", 2},
}};

constexpr std::array<Entry, 7> kWeekdays = {{
    {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6}, {"sunday", 7},
}};

constexpr std::array<Entry, 11> kWeekdayShort = {{
    {"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3}, {"weds", 3}, {"thu", 4},
    {"thur", 4}, {"thurs", 4}, {"fri", 5}, {"sat", 6}, {"sun", 7},
}};

constexpr std::array<Entry, 24> kNumbers = {{
    {"one", 1},      {"two", 2},       {"three", 3},    {"four", 4},      {"five", 5},     {"six", 6},
    {"seven", 7},    {"eight", 8},     {"nine", 9},     {"ten", 10},      {"eleven", 11},  {"twelve", 12},
    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20},  {"thirty", 30},   {"forty", 40},    {"fifty", 50},   {"sixty", 60},
}};

constexpr std::array<Entry, 21> kOrdinals = {{
    {"first", 1},        {"second", 2},       {"third", 3},       {"fourth", 4},       {"fifth", 5},
    {"sixth", 6},        {"seventh", 7},      {"eighth", 8},      {"ninth", 9},        {"tenth", 10},
    {"eleventh", 11},    {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
    {"sixteenth", 16},   {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},
}};

}  // namespace

int32_t month_word(std::string_view word) { return find(kMonths, word); }

int32_t weekday_word(std::string_view word, bool& abbreviated) {
  abbreviated = false;
  if (const int32_t day = find(kWeekdays, word); day != 0) return day;
  abbreviated = true;
  return find(kWeekdayShort, word);
}

bool weekday_plural(std::string_view word) {
  if (word.size() < 7 || word.back() != 's') return false;
  return find(kWeekdays, word.substr(0, word.size() - 1)) != 0;
}

int32_t number_word(std::string_view word) { return find(kNumbers, word); }

int32_t ordinal_word(std::string_view word) { return find(kOrdinals, word); }

bool ordinal_suffix(std::string_view word) { return word == "st" || word == "nd" || word == "rd" || word == "th"; }

Unit unit_word(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, Unit>, 21> kUnits = {{
      {"minute", Unit::Minute}, {"minutes", Unit::Minute}, {"min", Unit::Minute},   {"mins", Unit::Minute},
      {"hour", Unit::Hour},     {"hours", Unit::Hour},     {"hr", Unit::Hour},      {"hrs", Unit::Hour},
      {"h", Unit::Hour},        {"day", Unit::Day},        {"days", Unit::Day},     {"week", Unit::Week},
      {"weeks", Unit::Week},    {"wks", Unit::Week},       {"fortnight", Unit::Fortnight},
      {"fortnights", Unit::Fortnight}, {"month", Unit::Month}, {"months", Unit::Month}, {"year", Unit::Year},
      {"years", Unit::Year},    {"m", Unit::Minute},
  }};
  for (const auto& [name, unit] : kUnits) {
    if (name == word) return unit;
  }
  return Unit::None;
}

bool quantity_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "minute", "minutes", "min",     "mins",   "hour",    "hours",   "hr",      "hrs",     "day",
      "days",   "week",    "weeks",   "month",  "months",  "year",    "years",   "people",  "persons",
      "person", "pax",     "percent", "times",  "x",       "items",   "pages",   "euros",   "euro",
      "dollars", "dollar", "pounds",  "pound",  "gbp",     "usd",     "eur",     "k",       "million",
      "thousand", "units", "seats",   "users",  "licenses", "licences", "employees", "staff", "of",
      "percent", "sq",      "m",      "km",      "miles",   "mile",    "floor",   "st",
      "nd",     "rd",      "th",      "kg",     "lb",      "lbs",     "calls",   "leads",   "out",
      "price",  "off",     "cup",     "cups",   "inch",    "inches",  "size",    "way",     "share",
      "portion", "pts",    "points",  "shares", "games",   "wins",    "goals",   "tbsp",    "tsp",
  };
  for (std::string_view candidate : kWords) {
    if (candidate == word) return true;
  }
  return false;
}

bool may_start_expression(std::string_view word) {
  static const std::vector<std::string_view> kStarts = [] {
    std::vector<std::string_view> words = {
        // cues, relative days, periods, parts of the day, special times
        "at", "around", "about", "by", "after", "before", "from", "until", "till", "til", "between", "say",
        "circa", "approx", "approximately", "today", "tomorrow", "tmrw", "tmr", "tomorow", "tommorow",
        "tommorrow", "tomorrows", "yesterday", "overmorrow", "tonight", "tonite", "the", "day", "this", "next",
        "last", "coming", "a", "an", "in", "over", "week", "early", "beginning", "start", "mid", "middle",
        "end", "late", "later", "morning", "afternoon", "evening", "night", "lunchtime", "lunch", "eod", "cob",
        "close", "first", "noon", "midday", "midnight", "half", "quarter", "couple", "few", "several", "am",
        "pm", "during", "throughout"};
    for (const Entry& entry : kMonths) words.push_back(entry.word);
    for (const Entry& entry : kWeekdays) words.push_back(entry.word);
    for (const Entry& entry : kWeekdayShort) words.push_back(entry.word);
    for (const Entry& entry : kNumbers) words.push_back(entry.word);
    for (const Entry& entry : kOrdinals) words.push_back(entry.word);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
  }();
  return std::binary_search(kStarts.begin(), kStarts.end(), word);
}

}  // namespace charter::stdlib::time::when
