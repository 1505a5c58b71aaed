// Placing a resolved group on the timeline and turning pending flags into
// ambiguities with their alternative instants.
#include "stdlib/time/local_time.hpp"
#include "stdlib/time/when_resolve.hpp"

namespace charter::stdlib::time::when {

bool GroupResolver::resolve(WhenExpression& out) {
  const std::vector<Token>& tokens = context_.lexed->tokens;
  out.text_begin = tokens[group_.first_token].begin;
  out.text_end = tokens[group_.last_token - 1].end;
  out.text = context_.text.substr(out.text_begin, out.text_end - out.text_begin);
  if (group_.zone >= 0) {
    const Component& zone = component(group_.zone);
    const uint32_t begin = tokens[zone.first].begin;
    out.zone_text = context_.text.substr(begin, tokens[zone.last - 1].end - begin);
  }
  if (group_.offset >= 0) return resolve_offset(out);
  choose_zone();
  if (!is_valid_date(today_) || !choose_day() || !choose_time()) return false;
  return place(out);
}

bool GroupResolver::place(WhenExpression& out) {
  const Instant received = context_.received_at;
  if (!have_day_) {
    // A bare time ("5 pm", "this afternoon" aside): its next occurrence in the expression's zone.
    const Evaluated<LocalDate> zone_today = local_date(received, zone_);
    if (!zone_today || !have_time_) return false;
    day_ = *zone_today;
    Instant probe;
    const int32_t deadline = end_minute_ >= 0 && !time_stated_ ? end_minute_ : start_minute_;
    if (!instant_at(day_, deadline, probe)) return false;
    if (probe < received && !add_days(day_, 1, day_)) return false;
    flag(WhenFlag::NoDate, reason_text(WhenFlag::NoDate));
  }
  LocalDate last_day = day_;
  if (!add_days(day_, length_days_, last_day)) return false;
  Instant start;
  Instant end;
  LocalResolution detail;
  if (later_today_) {
    const Evaluated<LocalDate> zone_today = local_date(received, zone_);
    LocalDate tomorrow;
    if (!zone_today || !add_days(*zone_today, 1, tomorrow) || !instant_at(tomorrow, 0, end)) return false;
    start = received;
    out.granularity = WhenGranularity::TimeRange;
    flag(WhenFlag::Vague, reason_text(WhenFlag::Vague));
  } else if (have_time_) {
    if (!instant_at(day_, start_minute_, start, &detail)) return false;
    if (time_stated_ && detail.kind == LocalTimeKind::Nonexistent) {
      flag(WhenFlag::NonexistentLocalTime, reason_text(WhenFlag::NonexistentLocalTime));
    } else if (time_stated_ && detail.kind == LocalTimeKind::Repeated) {
      PendingFlag pending{WhenFlag::RepeatedLocalTime, reason_text(WhenFlag::RepeatedLocalTime),
                          PendingFlag::Alternative::Instant};
      pending.instant = detail.latest;
      pending_.push_back(pending);
    }
    end = start;
    out.granularity = WhenGranularity::Point;
    if (end_minute_ >= 0) {
      if (!instant_at(day_, end_minute_, end)) return false;
      out.granularity = time_stated_ ? WhenGranularity::TimeRange : WhenGranularity::PartOfDay;
    }
    if (length_days_ > 1) {
      const Evaluated<Instant> range_end = start_of_day(last_day, zone_);
      if (!range_end) return false;
      end = *range_end;
      out.granularity = day_granularity_;
    }
  } else {
    const Evaluated<Instant> from = start_of_day(day_, zone_);
    const Evaluated<Instant> to = start_of_day(last_day, zone_);
    if (!from || !to) return false;
    start = *from;
    end = *to;
    out.granularity = day_granularity_;
    if (!vague_) flag(WhenFlag::NoTime, reason_text(WhenFlag::NoTime));
  }
  out.start = start;
  out.end = end;
  out.zone = zone_;
  out.zone_choice = choice_;
  out.date_stated = date_stated_;
  out.time_stated = time_stated_;
  const Evaluated<LocalDateTime> local = to_local(start, zone_);
  if (!local) return false;
  out.local_start = *local;

  if (group_.zone >= 0 && time_stated_) {
    check_zone_abbreviation(out, LocalDateTime{day_, 0, start_minute_, 0, 0});
  }
  if ((choice_ == ZoneChoice::Stated || choice_ == ZoneChoice::StatedElsewhere) && relative_ &&
      context_.default_zone.known() && zone_ != context_.default_zone) {
    const Evaluated<LocalDate> there = local_date(received, zone_);
    if (there && *there != today_) flag(WhenFlag::DayDependsOnZone, reason_text(WhenFlag::DayDependsOnZone));
  }
  const bool past = out.granularity == WhenGranularity::Point ? start < received : !(received < end);
  if (past) flag(WhenFlag::InPast, reason_text(WhenFlag::InPast));

  for (const PendingFlag& pending : pending_) {
    std::optional<Instant> alternative;
    Instant instant;
    switch (pending.alternative) {
      case PendingFlag::Alternative::None: break;
      case PendingFlag::Alternative::Date:
        if (have_time_ && !later_today_ ? instant_at(pending.date, start_minute_, instant)
                                        : instant_at(pending.date, 0, instant)) {
          alternative = instant;
        }
        break;
      case PendingFlag::Alternative::Minute:
        if (instant_at(day_, pending.minute, instant)) alternative = instant;
        break;
      case PendingFlag::Alternative::Instant: alternative = pending.instant; break;
    }
    out.add(pending.flag, pending.reason, alternative);
  }
  return true;
}

}  // namespace charter::stdlib::time::when
