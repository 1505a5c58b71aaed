// Helpers shared by the resolve_when tests: reading instants and zones from
// text and printing an expression's start on its own wall clock.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "stdlib/time/resolve_when.hpp"
#include "stdlib/time/rfc3339.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time::testing {

inline Instant at(const char* rfc3339) {
  const Evaluated<Instant> instant = parse_rfc3339(rfc3339);
  EXPECT_TRUE(instant.ok()) << rfc3339 << ": " << instant.reason();
  return instant.ok() ? *instant : Instant{};
}

inline Zone zone(const char* name) {
  if (name == nullptr || *name == '\0') return Zone{};
  const Evaluated<Zone> found = find_zone(name);
  EXPECT_TRUE(found.ok()) << name;
  return found.ok() ? *found : Zone{};
}

inline std::string local(Instant instant, Zone in) {
  const Evaluated<std::string> text = format_rfc3339(instant, in);
  if (text.ok()) return *text;
  std::string failure = "not evaluable: ";
  failure.append(text.reason());
  return failure;
}

inline std::vector<std::string> flag_names(const WhenExpression& expression) {
  std::vector<std::string> names;
  for (const WhenAmbiguity& ambiguity : expression.ambiguities()) names.emplace_back(to_string(ambiguity.flag));
  std::sort(names.begin(), names.end());
  return names;
}

inline std::vector<std::string> flag_names(std::initializer_list<WhenFlag> flags) {
  std::vector<std::string> names;
  for (WhenFlag flag : flags) names.emplace_back(to_string(flag));
  std::sort(names.begin(), names.end());
  return names;
}

inline std::optional<Instant> alternative_of(const WhenExpression& expression, WhenFlag flag) {
  for (const WhenAmbiguity& ambiguity : expression.ambiguities()) {
    if (ambiguity.flag == flag) return ambiguity.alternative;
  }
  return std::nullopt;
}

/// resolve_when, asserting that it is evaluable.
inline WhenResult resolve(const char* text, const char* received_at, const char* zone_name,
                          const WhenOptions& options = {}) {
  const Evaluated<WhenResult> result = resolve_when(text, at(received_at), zone(zone_name), options);
  EXPECT_TRUE(result.ok()) << result.reason();
  return result.ok() ? *result : WhenResult{};
}

}  // namespace charter::stdlib::time::testing
