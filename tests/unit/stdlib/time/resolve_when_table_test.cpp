// resolve_when, one row per case: the message, when it was received, the
// sender's zone ("" = unknown), the text the first expression should cover,
// its start (and end when given) on its own zone's wall clock, and the exact
// set of flags it should carry.
#include <gtest/gtest.h>

#include <vector>

#include "tests/unit/stdlib/time/when_test_support.hpp"

namespace charter::stdlib::time {
namespace {

using namespace testing;
using enum WhenFlag;

struct WhenCase {
  const char* name;
  const char* text;
  const char* received_at;
  const char* zone;
  const char* matched;
  const char* start;
  std::vector<WhenFlag> flags;
  const char* end = nullptr;
};

// Thursday 12 March 2026, 10:00 in London.
constexpr const char* kThu = "2026-03-12T10:00:00Z";

const WhenCase kCases[] = {
    // Relative days.
    {"TomorrowIsTheNextLocalDay", "tomorrow", kThu, "Europe/London", "tomorrow", "2026-03-13T00:00:00+00:00", {NoTime}, "2026-03-14T00:00:00+00:00"},
    {"TodayIsNotInThePastUntilItEnds", "Can we talk today?", kThu, "Europe/London", "today", "2026-03-12T00:00:00+00:00", {NoTime}},
    {"YesterdayIsInThePast", "yesterday", kThu, "Europe/London", "yesterday", "2026-03-11T00:00:00+00:00", {NoTime, InPast}},
    {"DayAfterTomorrow", "the day after tomorrow", kThu, "Europe/London", "the day after tomorrow", "2026-03-14T00:00:00+00:00", {NoTime}},
    {"TomorrowAtThreePm", "Can we do tomorrow at 3pm?", kThu, "Europe/London", "tomorrow at 3pm", "2026-03-13T15:00:00+00:00", {}},
    {"TomorrowAtThreeIsReadAsAfternoonAndFlagged", "tomorrow at 3", kThu, "Europe/London", "tomorrow at 3", "2026-03-13T15:00:00+00:00", {TwelveHourNoMeridiem}},
    {"TomorrowAtTenIsReadAsMorningAndFlagged", "tomorrow at 10", kThu, "Europe/London", "tomorrow at 10", "2026-03-13T10:00:00+00:00", {TwelveHourNoMeridiem}},
    {"TonightAtEightIsEvening", "tonight at 8", kThu, "Europe/London", "tonight at 8", "2026-03-12T20:00:00+00:00", {}},
    {"TonightAloneIsAVagueEvening", "see you tonight", kThu, "Europe/London", "tonight", "2026-03-12T19:00:00+00:00", {Vague}, "2026-03-12T23:00:00+00:00"},
    {"ThisAfternoonIsARange", "this afternoon", kThu, "Europe/London", "this afternoon", "2026-03-12T12:00:00+00:00", {Vague}, "2026-03-12T17:00:00+00:00"},
    {"TomorrowMorningIsARange", "tomorrow morning", kThu, "Europe/London", "tomorrow morning", "2026-03-13T09:00:00+00:00", {Vague}, "2026-03-13T12:00:00+00:00"},
    {"MorningSettlesTheMeridiem", "tomorrow morning at 10", kThu, "Europe/London", "tomorrow morning at 10", "2026-03-13T10:00:00+00:00", {}},
    {"AtThreeInTheAfternoon", "Friday at 3 in the afternoon", kThu, "Europe/London", "Friday at 3 in the afternoon", "2026-03-13T15:00:00+00:00", {}},
    {"InTwoDays", "I'm free in 2 days", kThu, "Europe/London", "in 2 days", "2026-03-14T00:00:00+00:00", {NoTime}},
    {"InAnHourIsExact", "call me in an hour", kThu, "Europe/London", "in an hour", "2026-03-12T11:00:00+00:00", {}},
    {"InThirtyMinutes", "in 30 minutes", kThu, "Europe/London", "in 30 minutes", "2026-03-12T10:30:00+00:00", {}},
    {"InHalfAnHour", "in half an hour", kThu, "Europe/London", "in half an hour", "2026-03-12T10:30:00+00:00", {}},
    {"InACoupleOfHoursIsVague", "in a couple of hours", kThu, "Europe/London", "in a couple of hours", "2026-03-12T12:00:00+00:00", {Vague}},
    {"TwoWeeksFromNow", "2 weeks from now", kThu, "Europe/London", "2 weeks from now", "2026-03-26T00:00:00+00:00", {NoTime}},
    {"AWeekToday", "a week today", kThu, "Europe/London", "a week today", "2026-03-19T00:00:00+00:00", {NoTime}},
    {"InAFortnight", "in a fortnight", kThu, "Europe/London", "in a fortnight", "2026-03-26T00:00:00+00:00", {NoTime}},
    {"InThreeWeeksTime", "in three weeks' time", kThu, "Europe/London", "in three weeks' time", "2026-04-02T00:00:00+01:00", {NoTime}},

    // Weekdays (received on a Thursday).
    {"FridayIsTheComingFriday", "How about Friday?", kThu, "Europe/London", "Friday", "2026-03-13T00:00:00+00:00", {NoTime}},
    {"OnMondayAtNine", "on Monday at 9am", kThu, "Europe/London", "Monday at 9am", "2026-03-16T09:00:00+00:00", {}},
    {"ThursdaySaidOnAThursdayIsAWeekAway", "Thursday", kThu, "Europe/London", "Thursday", "2026-03-19T00:00:00+00:00", {NoTime, NextWeekdayOnSameDay}},
    {"ThisThursdaySaidOnAThursdayIsToday", "this Thursday", kThu, "Europe/London", "this Thursday", "2026-03-12T00:00:00+00:00", {NoTime}},
    {"NextTuesdayIsUnambiguousLateInTheWeek", "next Tuesday", kThu, "Europe/London", "next Tuesday", "2026-03-17T00:00:00+00:00", {NoTime}},
    {"NextFridayOnAThursdayIsNextWeeksButFlagged", "next Friday at 10am", kThu, "Europe/London", "next Friday at 10am", "2026-03-20T10:00:00+00:00", {NextWeekdayAmbiguous}},
    {"NextThursdaySaidOnAThursday", "next Thursday", kThu, "Europe/London", "next Thursday", "2026-03-19T00:00:00+00:00", {NoTime, NextWeekdayOnSameDay}},
    {"LastMondayIsInThePast", "last Monday", kThu, "Europe/London", "last Monday", "2026-03-09T00:00:00+00:00", {NoTime, InPast}},
    {"TuesdayWeek", "Tuesday week", kThu, "Europe/London", "Tuesday week", "2026-03-24T00:00:00+00:00", {NoTime}},
    {"FridayAfterNext", "Friday after next", kThu, "Europe/London", "Friday after next", "2026-03-20T00:00:00+00:00", {NoTime}},
    {"TuesdayNextWeekAtTwo", "Tuesday next week at 2pm", kThu, "Europe/London", "Tuesday next week at 2pm", "2026-03-17T14:00:00+00:00", {}},
    {"MondayThisWeekIsPast", "Monday this week", kThu, "Europe/London", "Monday this week", "2026-03-09T00:00:00+00:00", {NoTime, InPast}},
    {"AbbreviatedWeekday", "Fri 3pm?", kThu, "Europe/London", "Fri 3pm", "2026-03-13T15:00:00+00:00", {}},
    {"AbbreviatedWeekdayWithDot", "Wed. 10:30am", kThu, "Europe/London", "Wed. 10:30am", "2026-03-18T10:30:00+00:00", {}},
    {"WeekdayInsideDateMismatch", "tomorrow (Saturday) at 10am", kThu, "Europe/London", "tomorrow (Saturday) at 10am", "2026-03-13T10:00:00+00:00", {WeekdayMismatch}},

    // Month names.
    {"MonthDayAtEleven", "June 18 at 11am", kThu, "Europe/London", "June 18 at 11am", "2026-06-18T11:00:00+01:00", {}},
    {"DayMonth", "18 June", kThu, "Europe/London", "18 June", "2026-06-18T00:00:00+01:00", {NoTime}},
    {"OrdinalOfMonth", "the 3rd of July", kThu, "Europe/London", "the 3rd of July", "2026-07-03T00:00:00+01:00", {NoTime}},
    {"OrdinalWordOfMonth", "on the third of July at noon", kThu, "Europe/London", "the third of July at noon", "2026-07-03T12:00:00+01:00", {}},
    {"MonthOrdinalWithYear", "July 3rd, 2027", kThu, "Europe/London", "July 3rd, 2027", "2027-07-03T00:00:00+01:00", {NoTime}},
    {"WeekdayMatchesTheDate", "Friday 12 June at 11am", kThu, "Europe/London", "Friday 12 June at 11am", "2026-06-12T11:00:00+01:00", {}},
    {"WeekdayDoesNotMatchTheDate", "Friday 13 June", kThu, "Europe/London", "Friday 13 June", "2026-06-13T00:00:00+01:00", {NoTime, WeekdayMismatch}},
    {"TheTwelfthSaidOnTheTwelfthIsToday", "the 12th", kThu, "Europe/London", "the 12th", "2026-03-12T00:00:00+00:00", {NoMonth, NoTime}},
    {"TheTwentiethAtHalfTen", "Can we meet on the 20th at 10:30am?", kThu, "Europe/London", "the 20th at 10:30am", "2026-03-20T10:30:00+00:00", {NoMonth}},
    {"ThePastFifthMeansNextMonth", "on the 5th", kThu, "Europe/London", "the 5th", "2026-04-05T00:00:00+01:00", {NoMonth, NoTime}},
    {"MidJuneIsARange", "by mid-June", kThu, "Europe/London", "mid-June", "2026-06-11T00:00:00+01:00", {Vague}, "2026-06-21T00:00:00+01:00"},
    {"InJuneIsTheMonth", "in June", kThu, "Europe/London", "June", "2026-06-01T00:00:00+01:00", {Vague}, "2026-07-01T00:00:00+01:00"},
    {"ADateJustPassedRollsToNextYear", "March 10", kThu, "Europe/London", "March 10", "2027-03-10T00:00:00+00:00", {NoTime, YearRollover}},
    {"AnOrdinalThatIsAFloorIsNotADate", "the meeting is on the 3rd floor at 2pm tomorrow", kThu, "Europe/London", "2pm tomorrow", "2026-03-13T14:00:00+00:00", {}},

    // Numeric dates.
    {"SlashDateIsDayFirstInLondon", "12/03 works", kThu, "Europe/London", "12/03", "2026-03-12T00:00:00+00:00", {NoTime, DayMonthOrder}},
    {"SlashDateIsMonthFirstInNewYork", "12/03 works", kThu, "America/New_York", "12/03", "2026-12-03T00:00:00-05:00", {NoTime, DayMonthOrder, YearRollover}},
    {"DayAboveTwelveSettlesTheOrder", "25/12", "2026-11-20T10:00:00Z", "Europe/London", "25/12", "2026-12-25T00:00:00+00:00", {NoTime}},
    {"MonthFirstOnlyWhenTheDayIsAboveTwelve", "12/25", "2026-11-20T10:00:00Z", "Europe/London", "12/25", "2026-12-25T00:00:00+00:00", {NoTime}},
    {"SlashDateWithYear", "20/03/2026 at 14:00", kThu, "Europe/London", "20/03/2026 at 14:00", "2026-03-20T14:00:00+00:00", {}},
    {"TwoDigitYear", "20/3/26", kThu, "Europe/London", "20/3/26", "2026-03-20T00:00:00+00:00", {NoTime}},
    {"IsoDate", "2026-03-20", kThu, "Europe/London", "2026-03-20", "2026-03-20T00:00:00+00:00", {NoTime}},
    {"IsoDateTimeWithOffset", "2026-03-20T15:00:00+01:00", kThu, "Europe/London", "2026-03-20T15:00:00+01:00", "2026-03-20T15:00:00+01:00", {}},
    {"DottedDateIsDayFirst", "12.03.2026", kThu, "Europe/London", "12.03.2026", "2026-03-12T00:00:00+00:00", {NoTime}},
    {"DottedDateWithoutYear", "am 03.07. um", kThu, "Europe/Berlin", "03.07.", "2026-07-03T00:00:00+02:00", {NoTime}},
    {"EqualDayAndMonthNeedNoOrder", "3/3", kThu, "Europe/London", "3/3", "2027-03-03T00:00:00+00:00", {NoTime, YearRollover}},
    {"WeekdaySettlesTheOrder", "Friday 12/06", kThu, "Europe/London", "Friday 12/06", "2026-06-12T00:00:00+01:00", {NoTime}},

    // Times.
    {"FivePm", "Is 5pm OK?", kThu, "Europe/London", "5pm", "2026-03-12T17:00:00+00:00", {NoDate}},
    {"FiveSpacePm", "5 pm", kThu, "Europe/London", "5 pm", "2026-03-12T17:00:00+00:00", {NoDate}},
    {"FivePmWithDots", "5 p.m. suits", kThu, "Europe/London", "5 p.m.", "2026-03-12T17:00:00+00:00", {NoDate}},
    {"TwentyFourHourTime", "17:00", kThu, "Europe/London", "17:00", "2026-03-12T17:00:00+00:00", {NoDate}},
    {"APassedTimeMeansTomorrow", "9am", kThu, "Europe/London", "9am", "2026-03-13T09:00:00+00:00", {NoDate}},
    {"NoonTomorrow", "noon tomorrow", kThu, "Europe/London", "noon tomorrow", "2026-03-13T12:00:00+00:00", {}},
    {"MidnightWithADayIsTheEndOfThatDay", "tomorrow at midnight", kThu, "Europe/London", "tomorrow at midnight", "2026-03-14T00:00:00+00:00", {AmbiguousMidnight}},
    {"MidnightAloneIsTheNextMidnight", "before midnight", kThu, "Europe/London", "midnight", "2026-03-13T00:00:00+00:00", {NoDate}},
    {"HalfPastThree", "half past 3 tomorrow", kThu, "Europe/London", "half past 3 tomorrow", "2026-03-13T15:30:00+00:00", {TwelveHourNoMeridiem}},
    {"QuarterToFourInTheAfternoon", "quarter to 4 tomorrow afternoon", kThu, "Europe/London", "quarter to 4 tomorrow afternoon", "2026-03-13T15:45:00+00:00", {}},
    {"HalfFivePm", "tomorrow at 5:30pm", kThu, "Europe/London", "tomorrow at 5:30pm", "2026-03-13T17:30:00+00:00", {}},
    {"FrenchStyleHours", "demain 17h30 tomorrow", kThu, "Europe/London", "17h30 tomorrow", "2026-03-13T17:30:00+00:00", {}},
    {"ThreeIsh", "tomorrow 3ish", kThu, "Europe/London", "tomorrow 3ish", "2026-03-13T15:00:00+00:00", {TwelveHourNoMeridiem}},
    {"ThreeOClock", "tomorrow at 3 o'clock", kThu, "Europe/London", "tomorrow at 3 o'clock", "2026-03-13T15:00:00+00:00", {TwelveHourNoMeridiem}},
    {"LeadingZeroIsTwentyFourHour", "tomorrow at 09:30", kThu, "Europe/London", "tomorrow at 09:30", "2026-03-13T09:30:00+00:00", {}},
    {"TwelveAmIsTheStartOfTheDay", "tomorrow at 12am", kThu, "Europe/London", "tomorrow at 12am", "2026-03-13T00:00:00+00:00", {AmbiguousMidnight}},

    // Ranges.
    {"BetweenTwoAndFour", "between 2 and 4pm on Friday", kThu, "Europe/London", "between 2 and 4pm on Friday", "2026-03-13T14:00:00+00:00", {}, "2026-03-13T16:00:00+00:00"},
    {"DashRange", "2-4pm tomorrow", kThu, "Europe/London", "2-4pm tomorrow", "2026-03-13T14:00:00+00:00", {}, "2026-03-13T16:00:00+00:00"},
    {"RangeAcrossNoon", "tomorrow 11-1pm", kThu, "Europe/London", "tomorrow 11-1pm", "2026-03-13T11:00:00+00:00", {}, "2026-03-13T13:00:00+00:00"},
    {"FromToRange", "Friday from 9am to 5pm", kThu, "Europe/London", "Friday from 9am to 5pm", "2026-03-13T09:00:00+00:00", {}, "2026-03-13T17:00:00+00:00"},
    {"RangePastMidnight", "tomorrow 10pm-1am", kThu, "Europe/London", "tomorrow 10pm-1am", "2026-03-13T22:00:00+00:00", {}, "2026-03-14T01:00:00+00:00"},
    {"EnDashRange", "tomorrow 14:00\xE2\x80\x93" "15:30", kThu, "Europe/London", "tomorrow 14:00\xE2\x80\x93" "15:30", "2026-03-13T14:00:00+00:00", {}, "2026-03-13T15:30:00+00:00"},

    // Stated zones.
    {"GmtWithNoZoneKnown", "3pm GMT", kThu, "", "3pm GMT", "2026-03-12T15:00:00+00:00", {NoDate}},
    {"CetTomorrow", "15:00 CET tomorrow", kThu, "Europe/London", "15:00 CET tomorrow", "2026-03-13T15:00:00+01:00", {}},
    {"EstInWinter", "9am EST tomorrow", "2026-01-15T10:00:00Z", "Europe/London", "9am EST tomorrow", "2026-01-16T09:00:00-05:00", {}},
    {"EstInSummerIsNewYorkTimeButFlagged", "9am EST on July 1", kThu, "Europe/London", "9am EST on July 1", "2026-07-01T09:00:00-04:00", {ZoneAbbreviationMismatch}},
    {"BstInWinterIsFlagged", "3pm BST tomorrow", "2026-01-15T10:00:00Z", "America/New_York", "3pm BST tomorrow", "2026-01-16T15:00:00+00:00", {ZoneAbbreviationMismatch}},
    {"PacificTimeRegion", "10am PT tomorrow", kThu, "Europe/London", "10am PT tomorrow", "2026-03-13T10:00:00-07:00", {}},
    {"UtcPlusTwo", "14:00 UTC+2 tomorrow", kThu, "Europe/London", "14:00 UTC+2 tomorrow", "2026-03-13T14:00:00+02:00", {}},
    {"LondonTimeInParentheses", "3pm (London time) tomorrow", kThu, "America/New_York", "3pm (London time) tomorrow", "2026-03-13T15:00:00+00:00", {}},
    {"GmtFromALondonSenderInSummer", "3pm GMT", "2026-07-10T10:00:00Z", "Europe/London", "3pm GMT", "2026-07-10T15:00:00+00:00", {NoDate, ZoneAbbreviationMismatch}},
    {"IstIsAmbiguousOutsideIndia", "3pm IST tomorrow", kThu, "Europe/London", "3pm IST tomorrow", "2026-03-13T15:00:00+05:30", {ZoneAbbreviationAmbiguous}},
    {"IstIsIndiaForAnIndianSender", "3pm IST tomorrow", kThu, "Asia/Kolkata", "3pm IST tomorrow", "2026-03-13T15:00:00+05:30", {}},
    {"IanaZoneInTheText", "Tuesday at 10am Europe/Paris", kThu, "Europe/London", "Tuesday at 10am Europe/Paris", "2026-03-17T10:00:00+01:00", {}},
    {"NoZoneAtAll", "tomorrow at 10am", kThu, "", "tomorrow at 10am", "2026-03-13T10:00:00+00:00", {NoTimeZone}},
    {"NoZoneAndNoTime", "Friday", kThu, "", "Friday", "2026-03-13T00:00:00+00:00", {NoTime, NoTimeZone}},
    {"TomorrowDiffersBetweenZones", "tomorrow at 9am PST", "2026-01-17T01:00:00Z", "Europe/London", "tomorrow at 9am PST", "2026-01-18T09:00:00-08:00", {DayDependsOnZone}},
    {"EasternTimeDuringTheTransatlanticGap", "tomorrow at 9am ET", "2026-03-10T10:00:00Z", "Europe/London", "tomorrow at 9am ET", "2026-03-11T09:00:00-04:00", {}},
    {"LondonTimeFromNewYorkInTheGap", "tomorrow at 2pm UK time", "2026-03-10T14:00:00Z", "America/New_York", "tomorrow at 2pm UK time", "2026-03-11T14:00:00+00:00", {}},

    // Daylight saving: Europe/London (29 March and 25 October 2026).
    {"LondonSpringGapMovesForward", "Sunday at 1:30am", "2026-03-26T10:00:00Z", "Europe/London", "Sunday at 1:30am", "2026-03-29T02:30:00+01:00", {NonexistentLocalTime}},
    {"LondonMorningAfterSpringForward", "Sunday at 9am", "2026-03-26T10:00:00Z", "Europe/London", "Sunday at 9am", "2026-03-29T09:00:00+01:00", {}},
    {"LondonTomorrowAcrossSpringForward", "tomorrow at 9am", "2026-03-28T12:00:00Z", "Europe/London", "tomorrow at 9am", "2026-03-29T09:00:00+01:00", {}},
    {"LondonSpringSundayIsTwentyThreeHours", "Sunday", "2026-03-26T10:00:00Z", "Europe/London", "Sunday", "2026-03-29T00:00:00+00:00", {NoTime}, "2026-03-30T00:00:00+01:00"},
    {"LondonAutumnFoldTakesTheFirst", "Sunday at 1:30am", "2026-10-22T10:00:00Z", "Europe/London", "Sunday at 1:30am", "2026-10-25T01:30:00+01:00", {RepeatedLocalTime}},
    {"LondonAfternoonAfterFallBack", "Sunday at 3pm", "2026-10-22T10:00:00Z", "Europe/London", "Sunday at 3pm", "2026-10-25T15:00:00+00:00", {}},
    // America/New_York (8 March and 1 November 2026).
    {"NewYorkSpringGapMovesForward", "Sunday 2:30am", "2026-03-05T15:00:00Z", "America/New_York", "Sunday 2:30am", "2026-03-08T03:30:00-04:00", {NonexistentLocalTime}},
    {"NewYorkMondayAfterSpringForward", "Monday at 9am", "2026-03-06T15:00:00Z", "America/New_York", "Monday at 9am", "2026-03-09T09:00:00-04:00", {}},
    {"NewYorkAutumnFoldTakesTheFirst", "Sunday 1:30am", "2026-10-29T15:00:00Z", "America/New_York", "Sunday 1:30am", "2026-11-01T01:30:00-04:00", {RepeatedLocalTime}},
    {"NewYorkTomorrowAcrossFallBack", "tomorrow at 10am", "2026-10-31T15:00:00Z", "America/New_York", "tomorrow at 10am", "2026-11-01T10:00:00-05:00", {}},
    // Australia/Sydney, southern hemisphere (5 April and 4 October 2026).
    {"SydneyAutumnFoldInApril", "Sunday at 2:30am", "2026-04-01T00:00:00Z", "Australia/Sydney", "Sunday at 2:30am", "2026-04-05T02:30:00+11:00", {RepeatedLocalTime}},
    {"SydneyMorningAfterDstEnds", "Sunday at 10am", "2026-04-01T00:00:00Z", "Australia/Sydney", "Sunday at 10am", "2026-04-05T10:00:00+10:00", {}},
    {"SydneySpringGapInOctober", "Sunday at 2:30am", "2026-10-01T00:00:00Z", "Australia/Sydney", "Sunday at 2:30am", "2026-10-04T03:30:00+11:00", {NonexistentLocalTime}},
    {"SydneyMondayAfterDstStarts", "Monday at 9am", "2026-10-01T00:00:00Z", "Australia/Sydney", "Monday at 9am", "2026-10-05T09:00:00+11:00", {}},
    {"SaoPauloDayWhoseMidnightDidNotExist", "Sunday", "2018-11-01T12:00:00Z", "America/Sao_Paulo", "Sunday", "2018-11-04T01:00:00-02:00", {NoTime}},

    // Year and month rollover.
    {"TomorrowOnNewYearsEve", "tomorrow at 10am", "2026-12-31T15:00:00Z", "Europe/London", "tomorrow at 10am", "2027-01-01T10:00:00+00:00", {}},
    {"JanuaryDateSaidInDecember", "Jan 5", "2026-12-20T15:00:00Z", "Europe/London", "Jan 5", "2027-01-05T00:00:00+00:00", {NoTime, YearRollover}},
    {"DecemberDateSaidInJanuary", "December 3", "2026-01-20T15:00:00Z", "Europe/London", "December 3", "2026-12-03T00:00:00+00:00", {NoTime, YearRollover}},
    {"OrdinalAcrossTheYearEnd", "the 2nd", "2026-12-20T15:00:00Z", "Europe/London", "the 2nd", "2027-01-02T00:00:00+00:00", {NoMonth, NoTime, YearRollover}},
    {"TomorrowAcrossTheMonthEnd", "tomorrow", "2026-01-31T10:00:00Z", "Europe/London", "tomorrow", "2026-02-01T00:00:00+00:00", {NoTime}},
    {"InAMonthFromJanuary31stClamps", "in a month", "2026-01-31T10:00:00Z", "Europe/London", "in a month", "2026-02-28T00:00:00+00:00", {NoTime, InvalidDate}},
    {"TomorrowIsLeapDay", "tomorrow", "2028-02-28T10:00:00Z", "Europe/London", "tomorrow", "2028-02-29T00:00:00+00:00", {NoTime}},
    {"LeapDayInACommonYearClamps", "Feb 29", "2026-01-10T10:00:00Z", "Europe/London", "Feb 29", "2026-02-28T00:00:00+00:00", {NoTime, InvalidDate}},
    {"LeapDayInALeapYear", "Feb 29", "2028-01-10T10:00:00Z", "Europe/London", "Feb 29", "2028-02-29T00:00:00+00:00", {NoTime}},
    {"ThirtyFirstOfJuneClamps", "31 June", kThu, "Europe/London", "31 June", "2026-06-30T00:00:00+01:00", {NoTime, InvalidDate}},
    {"ThirtyFirstInFebruaryMeansMarch", "the 31st", "2026-02-05T10:00:00Z", "Europe/London", "the 31st", "2026-03-31T00:00:00+01:00", {NoMonth, NoTime}},
    {"NextWeekAcrossTheYearEnd", "next week", "2026-12-30T10:00:00Z", "Europe/London", "next week", "2027-01-04T00:00:00+00:00", {Vague}, "2027-01-11T00:00:00+00:00"},
    {"NextMonthInDecember", "next month", "2026-12-15T10:00:00Z", "Europe/London", "next month", "2027-01-01T00:00:00+00:00", {Vague}, "2027-02-01T00:00:00+00:00"},
    {"MondayAfterChristmas", "Monday", "2026-12-26T10:00:00Z", "Europe/London", "Monday", "2026-12-28T00:00:00+00:00", {NoTime}},

    // Zones ahead of and behind UTC.
    {"LateFridayInUtcIsSaturdayInTokyo", "tomorrow", "2026-06-12T20:00:00Z", "Asia/Tokyo", "tomorrow", "2026-06-14T00:00:00+09:00", {NoTime}},
    {"FridayFromTokyoOnSaturdayIsNextWeek", "Friday", "2026-06-12T20:00:00Z", "Asia/Tokyo", "Friday", "2026-06-19T00:00:00+09:00", {NoTime}},
    {"TodayInTokyoIsSaturday", "today at 3pm", "2026-06-12T20:00:00Z", "Asia/Tokyo", "today at 3pm", "2026-06-13T15:00:00+09:00", {}},
    {"AucklandWinter", "tomorrow at 9am", "2026-06-12T20:00:00Z", "Pacific/Auckland", "tomorrow at 9am", "2026-06-14T09:00:00+12:00", {}},
    {"AucklandSummer", "Monday at 9am", "2026-01-08T20:00:00Z", "Pacific/Auckland", "Monday at 9am", "2026-01-12T09:00:00+13:00", {}},
    {"KolkataHalfHourOffset", "tomorrow at 9:30am", "2026-01-10T20:00:00Z", "Asia/Kolkata", "tomorrow at 9:30am", "2026-01-12T09:30:00+05:30", {}},
    {"KolkataPassedTimeIsTomorrow", "at 5pm", "2026-01-10T12:00:00Z", "Asia/Kolkata", "5pm", "2026-01-11T17:00:00+05:30", {NoDate}},
    {"LosAngelesStillFriday", "tomorrow at 9am", "2026-06-13T01:00:00Z", "America/Los_Angeles", "tomorrow at 9am", "2026-06-13T09:00:00-07:00", {}},
    {"LosAngelesToday", "today", "2026-06-13T01:00:00Z", "America/Los_Angeles", "today", "2026-06-12T00:00:00-07:00", {NoTime}},
    {"SaoPauloLateEvening", "tomorrow at 10am", "2026-06-13T02:00:00Z", "America/Sao_Paulo", "tomorrow at 10am", "2026-06-13T10:00:00-03:00", {}},

    // Vague ranges.
    {"NextWeek", "next week", kThu, "Europe/London", "next week", "2026-03-16T00:00:00+00:00", {Vague}, "2026-03-23T00:00:00+00:00"},
    {"EarlyNextWeek", "early next week", kThu, "Europe/London", "early next week", "2026-03-16T00:00:00+00:00", {Vague}, "2026-03-18T00:00:00+00:00"},
    {"LaterThisWeek", "could we talk later this week?", kThu, "Europe/London", "later this week", "2026-03-13T00:00:00+00:00", {Vague}, "2026-03-16T00:00:00+00:00"},
    {"LaterToday", "I'll call later", kThu, "Europe/London", "later", "2026-03-12T10:00:00+00:00", {Vague}, "2026-03-13T00:00:00+00:00"},
    {"TheWeekend", "over the weekend", kThu, "Europe/London", "the weekend", "2026-03-14T00:00:00+00:00", {Vague}, "2026-03-16T00:00:00+00:00"},
    {"EndOfTheMonth", "by the end of the month", kThu, "Europe/London", "the end of the month", "2026-03-31T00:00:00+01:00", {Vague}},

    // The past.
    {"EarlierTodayIsPast", "at 9am today", kThu, "Europe/London", "9am today", "2026-03-12T09:00:00+00:00", {InPast}},
    {"ExplicitPastDate", "March 1 2026", kThu, "Europe/London", "March 1 2026", "2026-03-01T00:00:00+00:00", {NoTime, InPast}},
    {"YesterdayAfternoon", "yesterday at 3pm", kThu, "Europe/London", "yesterday at 3pm", "2026-03-11T15:00:00+00:00", {InPast}},
};

void PrintTo(const WhenCase& c, std::ostream* os) { *os << c.name << " \"" << c.text << "\""; }

class TimeResolveWhen : public ::testing::TestWithParam<WhenCase> {};

TEST_P(TimeResolveWhen, ResolvesTheFirstExpression) {
  const WhenCase& c = GetParam();
  const WhenResult result = resolve(c.text, c.received_at, c.zone);
  ASSERT_FALSE(result.expressions.empty()) << "no expression found in \"" << c.text << "\"";
  const WhenExpression& e = result.expressions.front();
  EXPECT_EQ(e.text, c.matched);
  EXPECT_EQ(local(e.start, e.zone), c.start);
  if (c.end != nullptr) {
    EXPECT_EQ(local(e.end, e.zone), c.end);
  }
  std::vector<std::string> expected;
  for (WhenFlag flag : c.flags) expected.emplace_back(to_string(flag));
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(flag_names(e), expected);
  EXPECT_EQ(e.needs_clarification(), !c.flags.empty());
}

TEST(TimeResolveWhenTable, CoversEveryFlag) {
  std::vector<bool> seen(kWhenFlagCount, false);
  for (const WhenCase& c : kCases) {
    for (WhenFlag flag : c.flags) seen[static_cast<size_t>(flag)] = true;
  }
  for (size_t i = 0; i < kWhenFlagCount; ++i) {
    EXPECT_TRUE(seen[i]) << to_string(static_cast<WhenFlag>(i)) << " has no case";
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, TimeResolveWhen, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<WhenCase>& param_info) {
                           return std::string(param_info.param.name);
                         });

}  // namespace
}  // namespace charter::stdlib::time
