#include "engine/test/test_report.hpp"

#include <cmath>
#include <cstdio>

#include "engine/eval/json_writer.hpp"

namespace charter::engine {

namespace {

// One decimal, never rounded up: 99.96 is shown as 99.9, not as 100.
std::string percent_text(double percent) {
  const double shown = std::floor(percent * 10.0) / 10.0;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, shown == std::floor(shown) ? "%.0f%%" : "%.1f%%", shown);
  return buffer;
}

std::string_view status_name(TestStatus status) {
  switch (status) {
    case TestStatus::Passed: return "passed";
    case TestStatus::Failed: return "failed";
    case TestStatus::Error: return "error";
  }
  return "failed";
}

std::string not_evaluated_note(const CoverageItem& item) {
  return item.plan_rule == UINT32_MAX ? "  (never evaluated: no output reads `" + item.node + "`)" : "";
}

void text_results(std::string& out, const TestRun& run) {
  for (const TestResult& result : run.results) {
    if (result.status == TestStatus::Passed) {
      out += "  ok    " + result.name + "\n";
      continue;
    }
    out += (result.status == TestStatus::Error ? "  ERROR " : "  FAIL  ") + result.name + "  (" + result.location + ")\n";
    if (result.status == TestStatus::Error) out += "        the test could not run: " + result.error + "\n";
    for (const ExpectationFailure& failure : result.failures) {
      out += "        " + failure.location + ": " + failure.expectation + "\n";
      out += "          " + failure.message + "\n";
      for (const std::string& detail : failure.details) out += "          " + detail + "\n";
    }
  }
}

void text_uncovered(std::string& out, const TestRun& run, bool accepted) {
  std::vector<const CoverageItem*> listed;
  size_t width = 0;
  for (const CoverageItem& item : run.coverage.items()) {
    if (item.covered || item.accepted != accepted) continue;
    listed.push_back(&item);
    width = std::max(width, item.id.size());
  }
  if (listed.empty()) return;
  out += accepted ? "accepted, not fired by any test:\n" : "not fired by any test:\n";
  for (const CoverageItem* item : listed) {
    out += "  " + item->id + std::string(width - item->id.size() + 2, ' ') + item->location + not_evaluated_note(*item) + "\n";
  }
}

void text_coverage(std::string& out, const TestRun& run, const ReportOptions& options) {
  const CoverageCount all = run.coverage.count();
  out += "coverage: " + percent_text(all.percent()) + " (" + std::to_string(all.covered) + " of " +
         std::to_string(all.total - all.accepted) + " fired";
  if (all.accepted > 0) out += "; " + std::to_string(all.accepted) + " accepted without a test";
  out += ")\n";
  for (CoverageKind kind : kCoverageKinds) {
    const CoverageCount part = run.coverage.count(kind);
    std::string name(coverage_kind_name(kind));
    out += "  " + name + std::string(15 - name.size(), ' ') + std::to_string(part.covered) + " of " +
           std::to_string(part.total - part.accepted) + (part.accepted ? " (" + std::to_string(part.accepted) + " accepted)" : "") +
           "\n";
  }
  text_uncovered(out, run, false);
  text_uncovered(out, run, true);
  for (const CoverageItem& item : run.coverage.items()) {
    if (item.covered && item.accepted) out += "note: `" + item.id + "` is listed as accepted, but a test fires it; it need not be listed\n";
  }
  if (!coverage_met(run, options)) {
    out += "coverage " + percent_text(all.percent()) + " is below the required " + percent_text(*options.min_coverage) +
           ": add tests that fire the rules above, or list the rules no test can fire under "
           "`\"coverage\": {\"accepted\": [...]}` in bundle.json\n";
  }
}

void json_count(std::string& out, const CoverageCount& count) {
  out += "{\"fired\":" + std::to_string(count.covered) + ",\"accepted\":" + std::to_string(count.accepted) +
         ",\"total\":" + std::to_string(count.total) + "}";
}

void json_test(std::string& out, const TestResult& result) {
  out += "{\"name\":";
  write_json_string(out, result.name);
  out += ",\"location\":";
  write_json_string(out, result.location);
  out += ",\"status\":\"" + std::string(status_name(result.status)) + "\"";
  if (result.status == TestStatus::Error) {
    out += ",\"error\":";
    write_json_string(out, result.error);
  }
  out += ",\"failures\":[";
  for (size_t f = 0; f < result.failures.size(); ++f) {
    const ExpectationFailure& failure = result.failures[f];
    out += f ? ",{\"location\":" : "{\"location\":";
    write_json_string(out, failure.location);
    out += ",\"expectation\":";
    write_json_string(out, failure.expectation);
    out += ",\"message\":";
    write_json_string(out, failure.message);
    out += ",\"details\":[";
    for (size_t d = 0; d < failure.details.size(); ++d) {
      if (d) out += ',';
      write_json_string(out, failure.details[d]);
    }
    out += "]}";
  }
  out += "]}";
}

void json_coverage(std::string& out, const TestRun& run, const ReportOptions& options) {
  const CoverageCount all = run.coverage.count();
  char percent[32];
  std::snprintf(percent, sizeof percent, "%.1f", std::floor(all.percent() * 10.0) / 10.0);
  out += "{\"percent\":" + std::string(percent);
  if (options.min_coverage) {
    std::snprintf(percent, sizeof percent, "%g", *options.min_coverage);
    out += ",\"required\":" + std::string(percent);
  }
  out += std::string(",\"met\":") + (coverage_met(run, options) ? "true" : "false") + ",\"all\":";
  json_count(out, all);
  for (CoverageKind kind : kCoverageKinds) {
    std::string name(coverage_kind_name(kind));
    for (char& c : name) c = c == ' ' ? '_' : c;
    out += ",\"" + name + "\":";
    json_count(out, run.coverage.count(kind));
  }
  out += ",\"not_fired\":[";
  bool first = true;
  for (const CoverageItem& item : run.coverage.items()) {
    if (item.covered) continue;
    out += first ? "{\"id\":" : ",{\"id\":";
    first = false;
    write_json_string(out, item.id);
    out += ",\"kind\":";
    write_json_string(out, coverage_item_name(item.kind));
    out += ",\"location\":";
    write_json_string(out, item.location);
    out += std::string(",\"accepted\":") + (item.accepted ? "true" : "false");
    out += std::string(",\"evaluated\":") + (item.plan_rule == UINT32_MAX ? "false" : "true") + "}";
  }
  out += "]}";
}

}  // namespace

bool coverage_met(const TestRun& run, const ReportOptions& options) {
  if (!options.min_coverage) return true;
  // Compared on the shown value, so that what is printed is what is judged.
  return std::floor(run.coverage.count().percent() * 10.0) / 10.0 >= *options.min_coverage;
}

bool run_passed(const TestRun& run, const ReportOptions& options) {
  for (const dsl::Diagnostic& diag : run.diagnostics) {
    if (diag.severity == dsl::Severity::Error) return false;
  }
  return run.failed() == 0 && coverage_met(run, options);
}

std::string render_test_text(const TestRun& run, const ReportOptions& options) {
  std::string out = options.path + ": " + std::to_string(run.results.size()) + " test" +
                    (run.results.size() == 1 ? "" : "s");
  if (run.results.size() != run.total_tests) out += " of " + std::to_string(run.total_tests) + " (filtered)";
  out += "\n";
  text_results(out, run);
  if (run.total_tests == 0) out += "  the bundle has no tests: write `test` blocks beside the rules (docs/testing.md)\n";
  out += "tests: " + std::to_string(run.passed()) + " passed, " + std::to_string(run.failed()) + " failed\n";
  text_coverage(out, run, options);
  out += options.path + ": " + (run_passed(run, options) ? "ok" : "failed") + "\n";
  return out;
}

std::string render_test_json(const TestRun& run, const ReportOptions& options) {
  std::string out = "{\"bundle\":";
  write_json_string(out, run.bundle);
  out += ",\"path\":";
  write_json_string(out, options.path);
  out += std::string(",\"ok\":") + (run_passed(run, options) ? "true" : "false");
  out += ",\"passed\":" + std::to_string(run.passed()) + ",\"failed\":" + std::to_string(run.failed()) + ",\"tests\":[";
  for (size_t t = 0; t < run.results.size(); ++t) {
    if (t) out += ',';
    json_test(out, run.results[t]);
  }
  out += "],\"coverage\":";
  json_coverage(out, run, options);
  out += "}";
  return out;
}

}  // namespace charter::engine
