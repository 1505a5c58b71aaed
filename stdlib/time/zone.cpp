// Zone lookup and wall-clock conversion. The name table is built once, on
// first use, from date::get_tzdb() (USE_OS_TZDB: the system zoneinfo); each
// zone's transitions are loaded by date/tz on first use under std::call_once.
#include "stdlib/time/zone.hpp"

#include <date/tz.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time {
namespace {

constexpr int32_t kMaxOffsetMinutes = 18 * 60;
// 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in microseconds.
constexpr int64_t kMinMicros = -719162LL * kMicrosPerDay;
constexpr int64_t kEndMicros = 2932897LL * kMicrosPerDay;

struct ZoneTable {
  std::vector<std::pair<std::string, const date::time_zone*>> by_lower_name;
};

ZoneTable build_zone_table() {
  ZoneTable table;
  try {
    const date::tzdb& db = date::get_tzdb();
    table.by_lower_name.reserve(db.zones.size());
    for (const date::time_zone& zone : db.zones) {
      table.by_lower_name.emplace_back(ascii_lower(zone.name()), &zone);
    }
  } catch (...) {
    table.by_lower_name.clear();  // no tzdata: only fixed offsets are known
  }
  std::sort(table.by_lower_name.begin(), table.by_lower_name.end());
  return table;
}

const ZoneTable& zone_table() {
  static const ZoneTable table = build_zone_table();
  return table;
}

using FixedName = std::array<char, 10>;  // "UTC+05:30" and a terminator

std::array<FixedName, 2 * kMaxOffsetMinutes + 1> build_fixed_names() {
  std::array<FixedName, 2 * kMaxOffsetMinutes + 1> names{};
  for (int32_t minutes = -kMaxOffsetMinutes; minutes <= kMaxOffsetMinutes; ++minutes) {
    FixedName& name = names[static_cast<size_t>(minutes + kMaxOffsetMinutes)];
    const int32_t magnitude = minutes < 0 ? -minutes : minutes;
    const char text[] = {'U', 'T', 'C', minutes < 0 ? '-' : '+', static_cast<char>('0' + magnitude / 600),
                         static_cast<char>('0' + magnitude / 60 % 10), ':',
                         static_cast<char>('0' + magnitude % 60 / 10), static_cast<char>('0' + magnitude % 10),
                         '\0'};
    std::copy(std::begin(text), std::end(text), name.begin());
    if (minutes == 0) name = {'U', 'T', 'C', '\0'};
  }
  return names;
}

std::string_view fixed_name(int32_t offset_seconds) {
  static const auto names = build_fixed_names();
  const int32_t index = offset_seconds / 60 + kMaxOffsetMinutes;
  return names[static_cast<size_t>(index)].data();
}

date::sys_seconds to_sys_seconds(Instant instant) {
  int64_t seconds = instant.micros / kMicrosPerSecond;
  if (instant.micros % kMicrosPerSecond < 0) --seconds;
  return date::sys_seconds{std::chrono::seconds{seconds}};
}

int64_t local_seconds_of(const LocalDateTime& local) {
  return days_from_date(local.date) * 86400 + int64_t{local.hour} * 3600 + int64_t{local.minute} * 60 +
         local.second;
}

// Brings hour/minute/second/microsecond into range, carrying into the date.
bool normalise(const LocalDateTime& in, LocalDateTime& out) {
  if (!is_valid_date(in.date)) return false;
  const int64_t micros = ((int64_t{in.hour} * 60 + in.minute) * 60 + in.second) * kMicrosPerSecond + in.microsecond;
  int64_t days = micros / kMicrosPerDay;
  int64_t rest = micros % kMicrosPerDay;
  if (rest < 0) {
    rest += kMicrosPerDay;
    --days;
  }
  LocalDate date;
  if (!add_days(in.date, days, date)) return false;
  out.date = date;
  out.hour = static_cast<int32_t>(rest / kMicrosPerHour);
  out.minute = static_cast<int32_t>(rest / kMicrosPerMinute % 60);
  out.second = static_cast<int32_t>(rest / kMicrosPerSecond % 60);
  out.microsecond = static_cast<int32_t>(rest % kMicrosPerSecond);
  return true;
}

constexpr std::string_view kUnknownZone = "unknown time zone";
constexpr std::string_view kOutOfRange = "instant outside the supported years 1-9999";
constexpr std::string_view kTzdbFailure = "the time zone database could not be read for this zone";

}  // namespace

Zone Zone::iana(const date::time_zone* tz) {
  Zone zone;
  zone.tz_ = tz;
  zone.known_ = tz != nullptr;
  return zone;
}

Zone Zone::fixed(int32_t offset_seconds) {
  Zone zone;
  if (offset_seconds % 60 != 0 || offset_seconds > kMaxOffsetMinutes * 60 ||
      offset_seconds < -kMaxOffsetMinutes * 60) {
    return zone;
  }
  zone.offset_seconds_ = offset_seconds;
  zone.known_ = true;
  return zone;
}

std::string_view Zone::name() const {
  if (!known_) return {};
  if (tz_ != nullptr) return tz_->name();
  return fixed_name(offset_seconds_);
}

bool instant_in_supported_range(Instant instant) {
  return instant.micros >= kMinMicros && instant.micros < kEndMicros;
}

Evaluated<Zone> find_zone(std::string_view name) {
  name = trim(name);
  if (name.empty()) return Evaluated<Zone>::not_evaluable("empty time zone name");
  if (name.size() > 64) return Evaluated<Zone>::not_evaluable(kUnknownZone);
  int32_t offset_seconds = 0;
  if (parse_utc_offset(name, offset_seconds)) return Zone::fixed(offset_seconds);
  // Binary search on the lower-cased names, lower-casing the key as it is compared (no allocation).
  const auto& table = zone_table().by_lower_name;
  auto compare = [](std::string_view lower, std::string_view key) {
    const size_t n = std::min(lower.size(), key.size());
    for (size_t i = 0; i < n; ++i) {
      const char k = to_lower(key[i]);
      if (lower[i] != k) return lower[i] < k ? -1 : 1;
    }
    return lower.size() == key.size() ? 0 : lower.size() < key.size() ? -1 : 1;
  };
  const auto it = std::lower_bound(table.begin(), table.end(), name, [&](const auto& entry, std::string_view key) {
    return compare(entry.first, key) < 0;
  });
  if (it == table.end() || compare(it->first, name) != 0) return Evaluated<Zone>::not_evaluable(kUnknownZone);
  return Zone::iana(it->second);
}

Evaluated<ZoneOffset> offset_at(Instant instant, Zone zone) {
  if (!zone.known()) return Evaluated<ZoneOffset>::not_evaluable(kUnknownZone);
  if (!instant_in_supported_range(instant)) return Evaluated<ZoneOffset>::not_evaluable(kOutOfRange);
  if (zone.is_fixed()) return ZoneOffset{zone.fixed_offset_seconds(), false};
  try {
    const date::sys_info info = zone.tz()->get_info(to_sys_seconds(instant));
    return ZoneOffset{static_cast<int32_t>(info.offset.count()), info.save.count() != 0};
  } catch (...) {
    return Evaluated<ZoneOffset>::not_evaluable(kTzdbFailure);
  }
}

Evaluated<LocalDateTime> to_local(Instant instant, Zone zone) {
  const Evaluated<ZoneOffset> offset = offset_at(instant, zone);
  if (!offset) return Evaluated<LocalDateTime>::not_evaluable(offset.reason());
  const int64_t micros = instant.micros + int64_t{offset->offset_seconds} * kMicrosPerSecond;
  int64_t days = micros / kMicrosPerDay;
  int64_t rest = micros % kMicrosPerDay;
  if (rest < 0) {
    rest += kMicrosPerDay;
    --days;
  }
  if (!days_in_supported_range(days)) return Evaluated<LocalDateTime>::not_evaluable(kOutOfRange);
  LocalDateTime local;
  local.date = date_from_days(days);
  local.hour = static_cast<int32_t>(rest / kMicrosPerHour);
  local.minute = static_cast<int32_t>(rest / kMicrosPerMinute % 60);
  local.second = static_cast<int32_t>(rest / kMicrosPerSecond % 60);
  local.microsecond = static_cast<int32_t>(rest % kMicrosPerSecond);
  return local;
}

Evaluated<LocalResolution> from_local(const LocalDateTime& input, Zone zone) {
  if (!zone.known()) return Evaluated<LocalResolution>::not_evaluable(kUnknownZone);
  LocalDateTime local;
  if (!normalise(input, local)) return Evaluated<LocalResolution>::not_evaluable(kOutOfRange);
  const int64_t local_seconds = local_seconds_of(local);
  const int64_t sub = local.microsecond;
  auto instant_at = [&](int64_t offset_seconds) {
    return Instant{(local_seconds - offset_seconds) * kMicrosPerSecond + sub};
  };
  LocalResolution result;
  if (zone.is_fixed()) {
    result.earliest = result.latest = instant_at(zone.fixed_offset_seconds());
  } else {
    try {
      const date::local_info info =
          zone.tz()->get_info(date::local_seconds{std::chrono::seconds{local_seconds}});
      const int64_t first = info.first.offset.count();
      if (info.result == date::local_info::unique) {
        result.earliest = result.latest = instant_at(first);
      } else if (info.result == date::local_info::nonexistent) {
        result.kind = LocalTimeKind::Nonexistent;
        result.earliest = result.latest = instant_at(first);
      } else {
        result.kind = LocalTimeKind::Repeated;
        result.earliest = instant_at(first);
        result.latest = instant_at(info.second.offset.count());
      }
    } catch (...) {
      return Evaluated<LocalResolution>::not_evaluable(kTzdbFailure);
    }
  }
  if (!instant_in_supported_range(result.earliest) || !instant_in_supported_range(result.latest)) {
    return Evaluated<LocalResolution>::not_evaluable(kOutOfRange);
  }
  return result;
}

Evaluated<Instant> start_of_day(const LocalDate& date, Zone zone) {
  const Evaluated<LocalResolution> resolved = from_local(LocalDateTime{date, 0, 0, 0, 0}, zone);
  if (!resolved) return Evaluated<Instant>::not_evaluable(resolved.reason());
  return resolved->earliest;
}

Evaluated<LocalDateTime> convert_local(const LocalDateTime& local, Zone from, Zone to) {
  const Evaluated<LocalResolution> resolved = from_local(local, from);
  if (!resolved) return Evaluated<LocalDateTime>::not_evaluable(resolved.reason());
  return to_local(resolved->earliest, to);
}

}  // namespace charter::stdlib::time
