// The runtime representation of instants and durations: 64-bit counts of
// microseconds. Instants are UTC (time zones are applied by std.time when a
// local date, weekday or hour is asked for). Phase: every layer that touches time.
#pragma once

#include <cstdint>

namespace charter::stdlib {

struct Instant {
  int64_t micros = 0;  // since 1970-01-01T00:00:00Z
  friend auto operator<=>(Instant, Instant) = default;
};

struct Duration {
  int64_t micros = 0;
  friend auto operator<=>(Duration, Duration) = default;
};

inline constexpr int64_t kMicrosPerSecond = 1'000'000;
inline constexpr int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
inline constexpr int64_t kMicrosPerHour = 60 * kMicrosPerMinute;
inline constexpr int64_t kMicrosPerDay = 24 * kMicrosPerHour;

}  // namespace charter::stdlib
