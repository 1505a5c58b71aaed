// Time zones: IANA zones from the system tzdata (through Howard Hinnant's
// date/tz) and fixed UTC offsets, behind one small handle. Phase: builtins
// (std.time); a prepare hook may resolve a constant zone name at lowering.
// A Zone is a pointer-sized value; the zones it points to live for the whole
// process and are safe to share between threads.
#pragma once

#include <cstdint>
#include <string_view>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"
#include "stdlib/time/civil.hpp"

namespace date {
class time_zone;
}

namespace charter::stdlib::time {

/// A time zone, or "unknown" (default-constructed). Cheap to copy and compare.
class Zone {
 public:
  Zone() = default;
  static Zone iana(const date::time_zone* tz);
  /// A fixed offset east of UTC, within ±18 hours, whole minutes.
  static Zone fixed(int32_t offset_seconds);

  bool known() const { return known_; }
  /// The IANA name, "UTC", "UTC+05:30" for a fixed offset, "" when unknown.
  std::string_view name() const;
  const date::time_zone* tz() const { return tz_; }
  bool is_fixed() const { return known_ && tz_ == nullptr; }
  int32_t fixed_offset_seconds() const { return offset_seconds_; }

  friend bool operator==(const Zone&, const Zone&) = default;

 private:
  const date::time_zone* tz_ = nullptr;
  int32_t offset_seconds_ = 0;
  bool known_ = false;
};

inline Zone utc_zone() { return Zone::fixed(0); }

/// Looks a zone up by IANA name ("Europe/London"; exact spelling first, then
/// ignoring case), or reads a fixed offset ("UTC", "Z", "+01:00", "UTC+2",
/// "GMT-05:30"). Thread-safe; after the first call a lookup is a binary search.
Evaluated<Zone> find_zone(std::string_view name);

struct ZoneOffset {
  int32_t offset_seconds = 0;  // local = UTC + offset
  bool is_dst = false;
};

/// Instants must lie in years 1–9999; date/tz reads explicit transitions only,
/// so for instants after 2037 the last rule in force then is kept.
Evaluated<ZoneOffset> offset_at(Instant instant, Zone zone);
Evaluated<LocalDateTime> to_local(Instant instant, Zone zone);

enum class LocalTimeKind : uint8_t {
  Unique,       // exactly one instant has this wall-clock reading
  Nonexistent,  // skipped by a forward change (a DST gap)
  Repeated,     // seen twice because of a backward change (a DST fold)
};

/// The instants of a wall-clock reading. For a repeated time `earliest` is the
/// first occurrence and `latest` the second. For a nonexistent time both are
/// the reading moved forward by the length of the gap (01:30 in a one-hour
/// gap that starts at 01:00 becomes 02:30 after the change).
struct LocalResolution {
  LocalTimeKind kind = LocalTimeKind::Unique;
  Instant earliest;
  Instant latest;
};

Evaluated<LocalResolution> from_local(const LocalDateTime& local, Zone zone);
/// The first instant of a local day (its midnight, or the end of a gap that swallows it).
Evaluated<Instant> start_of_day(const LocalDate& date, Zone zone);

/// The same instant read on the wall clock of another zone.
Evaluated<LocalDateTime> convert_local(const LocalDateTime& local, Zone from, Zone to);

/// Instants of years 1–9999, the range every std.time function accepts.
bool instant_in_supported_range(Instant instant);

}  // namespace charter::stdlib::time
