// std.contact time zones: a time-zone field as received → an IANA name that
// the system tzdata (through date/tz) knows. Phase: evaluation. The zone
// names are indexed once on first use (thread-safe, read-only afterwards),
// so a lookup is a hash probe, never a file read.
#pragma once

#include <string_view>

#include "stdlib/contact/cleaned.hpp"

namespace charter::stdlib::contact {

/// Cleans a time-zone field. Readings, in this order, with methods and
/// confidence:
///   "Europe/London"        "iana name"               1.0
///   "UTC", "Z", "Etc/UTC"  "utc"                     1.0 for "UTC", else 0.95
///   "US/Eastern"           "legacy iana alias"       0.95 → America/New_York
///   "EST", "PDT", "JST"    "abbreviation read as zone" 0.5, confirm: a zone
///                           abbreviation names an offset, not a place; the
///                           usual zone is proposed for a person to confirm.
///                           Abbreviations with several common meanings (CST,
///                           IST, BST, AST, GST, SST) are not ok.
///   "GMT"                  "gmt read as Etc/GMT"     0.7, confirm: people write
///                           GMT for UK time, which has summer time
///   "europe/london"        "iana name, case or spaces fixed" 0.95
///   "UTC+2", "GMT-05:00"   "fixed offset as Etc/GMT" 0.5, confirm (whole hours
///                           only; the Etc/GMT sign is inverted by POSIX rule)
///   "Eastern Standard Time" "windows zone name"      0.9 (CLDR, via ICU)
///   "London", "New York"   "city read as zone"       0.8 (a zone's own city,
///                           when only one zone has it)
/// Unknown, ambiguous, empty, invalid UTF-8 → not ok.
Cleaned normalise_time_zone(std::string_view raw);

/// Whether `name` is, exactly, a zone name of the system tzdata
/// ("Europe/London", also legacy names such as "US/Eastern").
bool is_time_zone(std::string_view name);

}  // namespace charter::stdlib::contact
