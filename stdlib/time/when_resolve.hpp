// Resolution of one group of components (say "Friday" + "at 3pm" + "GMT")
// into a WhenExpression: the zone, the day, the time of day, then the
// ambiguity flags. Phase: builtins (std.time), internal.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "stdlib/time/resolve_when.hpp"
#include "stdlib/time/when_components.hpp"

namespace charter::stdlib::time::when {

/// Indexes of the components that make up one expression (-1: none).
struct Group {
  int32_t date = -1;
  int32_t weekday = -1;
  int32_t relative = -1;
  int32_t period = -1;
  int32_t part = -1;
  int32_t time = -1;
  int32_t zone = -1;
  int32_t offset = -1;
  uint32_t first_token = 0;
  uint32_t last_token = 0;  // exclusive
};

struct ResolveContext {
  std::string_view text;
  const Lexed* lexed = nullptr;
  const std::vector<Component>* components = nullptr;
  Instant received_at;
  Zone default_zone;
  const WhenOptions* options = nullptr;
  Zone message_zone;  // the single zone stated for the message's times, if any
};

/// A flag waiting for the final time of day to turn its alternative into an instant.
struct PendingFlag {
  enum class Alternative : uint8_t { None, Date, Minute, Instant };
  PendingFlag(WhenFlag flag_in, std::string_view reason_in, Alternative alternative_in = Alternative::None)
      : flag(flag_in), reason(reason_in), alternative(alternative_in) {}

  WhenFlag flag;
  std::string_view reason;
  Alternative alternative;
  LocalDate date;
  int32_t minute = 0;
  Instant instant;
};

class GroupResolver {
 public:
  GroupResolver(const ResolveContext& context, const Group& group) : context_(context), group_(group) {}
  /// False when the group does not resolve to an instant of years 1–9999.
  bool resolve(WhenExpression& out);

 private:
  const Component& component(int32_t index) const { return (*context_.components)[static_cast<size_t>(index)]; }
  void flag(WhenFlag flag, std::string_view reason) { pending_.emplace_back(flag, reason); }
  void flag_date(WhenFlag flag, std::string_view reason, const LocalDate& date);
  void flag_minute(WhenFlag flag, std::string_view reason, int32_t minute);

  // when_resolve.cpp
  bool resolve_offset(WhenExpression& out);
  void choose_zone();
  bool choose_time();
  int32_t minutes_of(const TimeSpec& time, DayPart part, bool& meridiem_guessed, int32_t& other_reading);
  bool place(WhenExpression& out);
  void check_zone_abbreviation(WhenExpression& out, const LocalDateTime& local);
  bool instant_at(const LocalDate& day, int32_t minute, Instant& out, LocalResolution* detail = nullptr) const;

  // when_resolve_day.cpp
  bool choose_day();
  bool choose_calendar_date(const Component& date);
  bool choose_weekday(const Component& weekday, LocalDate& day, bool record_flags);
  bool choose_period(const Component& period);
  LocalDate infer_year(int32_t month, int32_t day);
  LocalDate start_of_week(const LocalDate& day) const;
  LocalDate plus(const LocalDate& day, int64_t days) const;
  DateOrder numeric_order(std::string_view& reason) const;

  const ResolveContext& context_;
  const Group& group_;
  std::vector<PendingFlag> pending_;

  Zone zone_;
  ZoneChoice choice_ = ZoneChoice::Unknown;
  LocalDate today_;          // received_at's date in the reference zone
  bool have_day_ = false;
  LocalDate day_;
  int64_t length_days_ = 1;  // > 1 for ranges of days
  WhenGranularity day_granularity_ = WhenGranularity::Day;
  bool vague_ = false;
  bool relative_ = false;    // the day depends on "today"
  bool date_stated_ = false;

  bool have_time_ = false;
  bool time_stated_ = false;
  int32_t start_minute_ = 0;
  int32_t end_minute_ = -1;  // >= 0 for a time range or a part of the day
  bool later_today_ = false;
};

std::string_view reason_text(WhenFlag flag);

}  // namespace charter::stdlib::time::when
