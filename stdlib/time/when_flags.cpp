// Names and default reasons of resolve_when's flags and enumerations.
#include "stdlib/time/resolve_when.hpp"
#include "stdlib/time/when_resolve.hpp"

namespace charter::stdlib::time {

std::string_view to_string(WhenFlag flag) {
  switch (flag) {
    case WhenFlag::NoMonth: return "NoMonth";
    case WhenFlag::DayMonthOrder: return "DayMonthOrder";
    case WhenFlag::NoTimeZone: return "NoTimeZone";
    case WhenFlag::InPast: return "InPast";
    case WhenFlag::WeekdayMismatch: return "WeekdayMismatch";
    case WhenFlag::NextWeekdayOnSameDay: return "NextWeekdayOnSameDay";
    case WhenFlag::NextWeekdayAmbiguous: return "NextWeekdayAmbiguous";
    case WhenFlag::NoTime: return "NoTime";
    case WhenFlag::NoDate: return "NoDate";
    case WhenFlag::Vague: return "Vague";
    case WhenFlag::TwelveHourNoMeridiem: return "TwelveHourNoMeridiem";
    case WhenFlag::NonexistentLocalTime: return "NonexistentLocalTime";
    case WhenFlag::RepeatedLocalTime: return "RepeatedLocalTime";
    case WhenFlag::YearRollover: return "YearRollover";
    case WhenFlag::InvalidDate: return "InvalidDate";
    case WhenFlag::ZoneAbbreviationMismatch: return "ZoneAbbreviationMismatch";
    case WhenFlag::ZoneAbbreviationAmbiguous: return "ZoneAbbreviationAmbiguous";
    case WhenFlag::DayDependsOnZone: return "DayDependsOnZone";
    case WhenFlag::AmbiguousMidnight: return "AmbiguousMidnight";
  }
  return "Unknown";
}

std::string_view to_string(WhenGranularity granularity) {
  switch (granularity) {
    case WhenGranularity::Point: return "Point";
    case WhenGranularity::TimeRange: return "TimeRange";
    case WhenGranularity::PartOfDay: return "PartOfDay";
    case WhenGranularity::Day: return "Day";
    case WhenGranularity::Days: return "Days";
    case WhenGranularity::Week: return "Week";
    case WhenGranularity::Month: return "Month";
  }
  return "Unknown";
}

std::string_view to_string(ZoneChoice choice) {
  switch (choice) {
    case ZoneChoice::Stated: return "Stated";
    case ZoneChoice::StatedElsewhere: return "StatedElsewhere";
    case ZoneChoice::Given: return "Given";
    case ZoneChoice::Unknown: return "Unknown";
  }
  return "Unknown";
}

namespace when {

std::string_view reason_text(WhenFlag flag) {
  switch (flag) {
    case WhenFlag::NoMonth: return "no month given; read as the next such day";
    case WhenFlag::DayMonthOrder:
      return "numeric date read day first (the sender's convention); month first gives another date";
    case WhenFlag::NoTimeZone: return "no time zone stated or known; read as UTC";
    case WhenFlag::InPast: return "before the message was received";
    case WhenFlag::WeekdayMismatch: return "the weekday does not match the date; the date is used";
    case WhenFlag::NextWeekdayOnSameDay:
      return "'next' weekday said on that weekday; read as a week today, could mean the week after";
    case WhenFlag::NextWeekdayAmbiguous: return "'next' weekday read as next week's; could mean the coming one";
    case WhenFlag::NoTime: return "a day without a time";
    case WhenFlag::NoDate: return "a time without a day; read as its next occurrence";
    case WhenFlag::Vague: return "a range, not a day and time";
    case WhenFlag::TwelveHourNoMeridiem: return "no am or pm; read within business hours (7-11 am, 12-6 pm)";
    case WhenFlag::NonexistentLocalTime: return "the clocks go forward over this time; moved past the gap";
    case WhenFlag::RepeatedLocalTime: return "the clocks go back over this time; the first occurrence is used";
    case WhenFlag::YearRollover: return "no year given; read as next year's date";
    case WhenFlag::InvalidDate: return "no such day in that month; its last day is used";
    case WhenFlag::ZoneAbbreviationMismatch:
      return "the abbreviation names standard or summer time, but the region is on the other then; "
             "read as the region's local time";
    case WhenFlag::ZoneAbbreviationAmbiguous: return "this abbreviation names several time zones";
    case WhenFlag::DayDependsOnZone: return "today's date differs between the sender's zone and the stated zone";
    case WhenFlag::AmbiguousMidnight: return "midnight read as the end of that day; could mean its start";
  }
  return "";
}

}  // namespace when
}  // namespace charter::stdlib::time
