// The events of `test` blocks given as fixtures: a JSON file from the
// bundle's fixtures folder, with dotted overrides set (or added, creating
// the records on the way) before it is evaluated. Phase: test. Problems
// (no such file, not JSON, an override through a value that is not a
// record) are returned as one message, for the test to report.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace charter::engine {

// A dotted path and the JSON text to put there, as ir::Test::Given holds them.
using Overrides = std::vector<std::pair<std::vector<std::string>, std::string>>;

// `json` (an object) with every override applied, as compact JSON. Keys keep
// their order; an added key follows the existing ones.
std::optional<std::string> apply_overrides(std::string_view json, const Overrides& overrides, std::string& error);

// The fixture `name` of the folder `fixtures` (shown in messages as
// `shown`), with the overrides applied.
std::optional<std::string> fixture_event(const std::filesystem::path& fixtures, const std::string& name,
                                         const std::string& shown, const Overrides& overrides, std::string& error);

}  // namespace charter::engine
