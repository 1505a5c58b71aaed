// A test run as `charter test` prints it: text for people (each test, what
// failed and why, the summary, coverage and what no test fired), or one
// JSON object for tools. Phase: test (output). Also decides whether the run
// passes: no failed test, no problem, coverage at least the minimum.
#pragma once

#include <optional>
#include <string>

#include "engine/test/test_runner.hpp"

namespace charter::engine {

struct ReportOptions {
  std::string path;                   // the bundle folder as given
  std::optional<double> min_coverage;  // percent; none: coverage is reported, not required
};

bool coverage_met(const TestRun& run, const ReportOptions& options);
bool run_passed(const TestRun& run, const ReportOptions& options);

std::string render_test_text(const TestRun& run, const ReportOptions& options);
std::string render_test_json(const TestRun& run, const ReportOptions& options);  // one line

}  // namespace charter::engine
