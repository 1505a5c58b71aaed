// std.contact countries: a country as people write it (code, name in one of
// several languages, common variant) → ISO 3166-1 alpha-2. Phase:
// evaluation. Names and codes come from ICU's CLDR data, indexed once on
// first use (thread-safe, read-only afterwards); variants are a small table.
#pragma once

#include <string>
#include <string_view>

#include "stdlib/contact/cleaned.hpp"
#include "stdlib/core/evaluated.hpp"

namespace charter::stdlib::contact {

/// Cleans a country field to its alpha-2 code. Readings, with methods and
/// confidence:
///   "GB"                  "iso alpha-2"              1.0 (0.9 when not upper-case)
///   "UK"                  "uk read as GB"            0.9 (reserved by ISO for GB)
///   "GBR"                 "iso alpha-3"              0.95 (0.9 when not upper-case)
///   "United Kingdom"      "english name"             0.95
///   "Great Britain"       "common name"              0.9 (CLDR short/variant names,
///                                                         the variants table; some lower)
///   "Deutschland"         "name in another language" 0.9 (fr de es it pt nl, and
///                                                         each country's own language)
///   "London, UK"          "country part of the field" 0.8 (after the last comma,
///                                                         or before a parenthesis)
///   "🇬🇧"                  "flag emoji"               0.95
/// Matching ignores case, accents, punctuation, a leading "the", "and"/"&"
/// and "saint"/"st". Unknown, ambiguous or empty → not ok.
Cleaned normalise_country(std::string_view raw);

/// Whether `code` is an assigned alpha-2 code (upper-case, exact).
bool is_country_code(std::string_view code);

/// The English name of an alpha-2 code ("DE" → "Germany").
Evaluated<std::string> country_name(std::string_view alpha2);

}  // namespace charter::stdlib::contact
