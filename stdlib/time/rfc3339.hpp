// RFC 3339 timestamps: parsing (an offset is required) and formatting an
// instant on a zone's wall clock. Phase: builtins (std.time) and the event
// reader (`received_at`). Parsing never allocates; formatting returns a
// std::string or a view into the caller's arena.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "stdlib/core/arena.hpp"
#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time {

struct Timestamp {
  Instant instant;
  int32_t offset_seconds = 0;       // as written; "Z" and "-00:00" are 0
  bool offset_unknown = false;      // "-00:00": UTC known, local offset not (RFC 3339 §4.3)
};

/// "2026-03-12T10:00:00Z", "2026-03-12t10:00:00.5+01:00", "2026-03-12 10:00:00-05:00".
/// Fractions are kept to the microsecond (further digits are truncated); a
/// leap second (":60") is read as the first second of the next minute.
Evaluated<Timestamp> parse_rfc3339_timestamp(std::string_view text);
Evaluated<Instant> parse_rfc3339(std::string_view text);

/// "2026-03-12T10:00:00+00:00" on the zone's wall clock; fractions appear only
/// when non-zero ("…:00.250+01:00"). Not evaluable for an unknown zone.
Evaluated<std::string> format_rfc3339(Instant instant, Zone zone);
Evaluated<std::string_view> format_rfc3339(Instant instant, Zone zone, Arena& arena);
/// "2026-03-12T10:00:00Z".
Evaluated<std::string> format_rfc3339_utc(Instant instant);

}  // namespace charter::stdlib::time
