#include "engine/test/test_runner.hpp"

#include <optional>

#include "compiler/load/manifest.hpp"
#include "compiler/lower/lower_tests.hpp"
#include "dsl/diag/suggest.hpp"
#include "engine/eval/decision_writer.hpp"
#include "engine/eval/evaluator.hpp"
#include "engine/eval/event_reader.hpp"
#include "engine/test/fixture.hpp"
#include "engine/test/test_details.hpp"

namespace charter::engine {

namespace {

using ExpectKind = dsl::ast::Expectation::Kind;

// What became of a test's event.
struct Outcome {
  enum class Kind : uint8_t { Decided, Rejected, NotEvaluable, OtherEntry };
  Kind kind = Kind::Decided;
  EventError error;    // Rejected, NotEvaluable
  uint32_t entry = 0;  // the entry the event was read as
};

std::string location_of(const dsl::SourceMap& sources, dsl::Span span) {
  const dsl::SourceFile& file = sources.get(span.file);
  const dsl::LineCol at = file.line_col(span.begin);
  return file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string error_text(const EventError& error) {
  return error.message + " (" + error.code + ")";
}

class TestRunner {
 public:
  TestRunner(const compiler::Compilation& c, const compiler::TestPlan& tests, const RuleIndex& index)
      : c_(c), tests_(tests), plan_(*tests.plan), index_(index), scratch_(plan_) {}

  TestResult run(size_t t, Coverage& coverage);

 private:
  std::optional<std::string> event_of(const ir::Test& test, std::string& error) const;
  Outcome evaluate(const ir::Test& test, const std::string& json);
  std::optional<ExpectationFailure> check(const ir::Test& test, const ir::Test::Expectation& expectation,
                                          const compiler::ExpectationCode& code, const Outcome& outcome,
                                          const std::vector<bool>& fired);
  void check_holds(const compiler::ExpectationCode& code, ExpectationFailure& failure, bool& failed);
  void check_fired(const ir::Test::Expectation& expectation, const std::vector<bool>& fired,
                   ExpectationFailure& failure, bool& failed);
  bool run_code(const compiler::CodeRange& range, stdlib::Value& out, std::string& failure);

  const compiler::Compilation& c_;
  const compiler::TestPlan& tests_;
  const plan::Plan& plan_;
  const RuleIndex& index_;
  Scratch scratch_;
};

std::optional<std::string> TestRunner::event_of(const ir::Test& test, std::string& error) const {
  const ir::Test::Given& given = *test.given;
  if (given.fixture.empty()) return given.json;
  const compiler::Bundle& bundle = c_.bundle;
  const std::string relative = bundle.manifest.fixtures + "/" + given.fixture;
  return fixture_event(bundle.root / bundle.manifest.fixtures, given.fixture,
                       compiler::display_path(bundle.root, relative), given.overrides, error);
}

Outcome TestRunner::evaluate(const ir::Test& test, const std::string& json) {
  Scratch& s = scratch_;
  s.reset();
  // Hits outlive Scratch::reset; stale ones would count as fired.
  for (auto& hits : s.gate_hits) hits.clear();
  for (auto& hits : s.table_hits) hits.clear();
  Outcome outcome;
  const ReadResult read = read_event(plan_, s, json, json.size(), outcome.error);
  if (!read.ok) {
    outcome.kind = Outcome::Kind::Rejected;
    return outcome;
  }
  outcome.entry = read.entry;
  if (read.entry != test.entry.value) {
    outcome.kind = Outcome::Kind::OtherEntry;
    return outcome;
  }
  const RunResult result = run_entry(plan_, plan_.entries[read.entry], s, true);
  if (!result.ok) {
    outcome.kind = Outcome::Kind::NotEvaluable;
    outcome.error = not_evaluable_error(plan_, result);
  }
  return outcome;
}

bool TestRunner::run_code(const compiler::CodeRange& range, stdlib::Value& out, std::string& failure) {
  plan::Entry code;  // the evaluator reads only the code range of an entry
  code.code_begin = code.traced_begin = code.untraced_begin = range.begin;
  code.code_end = code.traced_end = code.untraced_end = range.end;
  const RunResult result = run_entry(plan_, code, scratch_, true);
  if (!result.ok) {
    failure = std::string(result.failure);
    return false;
  }
  out = scratch_.slots[range.slot];
  return true;
}

void TestRunner::check_holds(const compiler::ExpectationCode& code, ExpectationFailure& failure, bool& failed) {
  failed = true;
  if (!code.unevaluated.empty()) {
    failure.message = "cannot be checked: `" + code.unevaluated.front() +
                      "` is not evaluated for this kind of event, because no output reads it";
    return;
  }
  stdlib::Value holds;
  std::string problem;
  if (!run_code(code.condition, holds, problem)) {
    failure.message = "the condition could not be evaluated: " + problem;
    return;
  }
  if (holds.kind == stdlib::ValueKind::Bool && holds.as_bool()) {
    failed = false;
    return;
  }
  failure.message = "the condition is false";
  for (const compiler::Probe& probe : code.probes) {
    stdlib::Value value;
    if (run_code(probe.code, value, problem)) failure.details.push_back("`" + probe.text + "` is " + literal_text(value, plan_));
  }
  for (uint32_t node : code.nodes) failure.details.push_back(describe_node(plan_, scratch_, node));
}

void TestRunner::check_fired(const ir::Test::Expectation& expectation, const std::vector<bool>& fired,
                             ExpectationFailure& failure, bool& failed) {
  const uint32_t rule = index_.find(expectation.rule);
  failed = rule == UINT32_MAX || !fired[rule];
  if (!failed) return;
  if (rule == UINT32_MAX) {
    const std::string node = expectation.fired_node ? c_.program.node(expectation.fired_node).name : expectation.rule;
    failure.message = "`" + expectation.rule + "` cannot fire: `" + node +
                      "` is not evaluated for this kind of event, because no output reads it";
    return;
  }
  const plan::RuleInfo& info = plan_.rules[rule];
  failure.message = "`" + info.id + "` did not fire";
  failure.details.push_back(describe_node(plan_, scratch_, info.node));
  if (!info.condition.empty()) failure.details.push_back("`" + info.id + "` applies when " + info.condition);
}

std::optional<ExpectationFailure> TestRunner::check(const ir::Test& test, const ir::Test::Expectation& expectation,
                                                    const compiler::ExpectationCode& code, const Outcome& outcome,
                                                    const std::vector<bool>& fired) {
  ExpectationFailure failure;
  failure.location = location_of(c_.sources, expectation.span);
  failure.expectation = std::string(c_.sources.get(expectation.span.file).slice(expectation.span));
  bool failed = true;
  if (expectation.kind == ExpectKind::Invalid) {
    const EventError& error = outcome.error;
    switch (outcome.kind) {
      case Outcome::Kind::Rejected:
        failed = error.path != expectation.field;
        failure.message = error.path.empty() ? "the event was rejected, but for no field: " + error_text(error)
                                             : "the event was rejected for `" + error.path + "` instead: " + error_text(error);
        break;
      case Outcome::Kind::Decided: failure.message = "the event was accepted and decided"; break;
      case Outcome::Kind::NotEvaluable:
        failure.message = "the event was accepted, but could not be decided: " + error_text(error);
        break;
      case Outcome::Kind::OtherEntry:
        failure.message = "the event was accepted, as an event of `" + plan_.entries[outcome.entry].input_name + "`";
        break;
    }
  } else if (outcome.kind == Outcome::Kind::Rejected) {
    failure.message = "the event was rejected: " + error_text(outcome.error);
  } else if (outcome.kind == Outcome::Kind::NotEvaluable) {
    failure.message = "the event could not be decided: " + error_text(outcome.error);
  } else if (outcome.kind == Outcome::Kind::OtherEntry) {
    failure.message = "the event was read as `" + plan_.entries[outcome.entry].input_name + "`, not as `" +
                      plan_.entries[test.entry.value].input_name + "`, the input of this test's module";
  } else if (expectation.kind == ExpectKind::Holds) {
    check_holds(code, failure, failed);
  } else {
    check_fired(expectation, fired, failure, failed);
  }
  if (!failed) return std::nullopt;
  return failure;
}

TestResult TestRunner::run(size_t t, Coverage& coverage) {
  const ir::Test& test = c_.program.tests[t];
  TestResult result;
  result.name = test.name;
  result.location = location_of(c_.sources, test.span);
  std::string problem;
  const std::optional<std::string> event = event_of(test, problem);
  if (!event) {
    result.status = TestStatus::Error;
    result.error = problem;
    return result;
  }
  const Outcome outcome = evaluate(test, *event);
  std::vector<bool> fired;
  if (outcome.kind == Outcome::Kind::Decided) {
    fired = fired_rules(plan_, index_, scratch_);
    coverage.record(fired);
  }
  for (size_t x = 0; x < test.expectations.size(); ++x) {
    if (auto failure = check(test, test.expectations[x], tests_.expectations[t][x], outcome, fired)) {
      result.failures.push_back(std::move(*failure));
    }
  }
  result.status = result.failures.empty() ? TestStatus::Passed : TestStatus::Failed;
  return result;
}

void report_unknown_accepted(const std::vector<std::pair<std::string, dsl::Span>>& unknown, const Coverage& coverage,
                             dsl::DiagSink& sink) {
  std::vector<std::string_view> ids;
  for (const CoverageItem& item : coverage.items()) ids.push_back(item.id);
  for (const auto& [id, span] : unknown) {
    auto& diag = sink.emit(dsl::DiagKind::UnknownRule, span, "`coverage.accepted` lists `" + id + "`, but no rule has that id");
    if (const auto close = dsl::closest_match(id, ids)) diag.help = "did you mean `" + std::string(*close) + "`?";
    else diag.help = "list the ids of rules as traces show them, such as `route.fallback`";
  }
}

}  // namespace

size_t TestRun::passed() const {
  size_t count = 0;
  for (const TestResult& result : results) count += result.status == TestStatus::Passed;
  return count;
}

size_t TestRun::failed() const { return results.size() - passed(); }

TestRun run_tests(const compiler::Compilation& compilation, const stdlib::BuiltinTable& builtins,
                  const TestRunOptions& options) {
  TestRun run;
  run.bundle = compilation.bundle.manifest.name;
  run.total_tests = compilation.program.tests.size();
  dsl::DiagSink sink;
  const compiler::TestPlan tests =
      compiler::lower_tests(compilation.program, *compilation.plan, builtins, compilation.sources, sink);
  const RuleIndex index = index_rules(compilation.program, *compilation.plan);
  run.coverage = Coverage(compilation.program, index, compilation.sources);
  report_unknown_accepted(run.coverage.accept(compilation.bundle.manifest.accepted_uncovered), run.coverage, sink);
  if (!sink.has_errors()) {
    TestRunner runner(compilation, tests, index);
    for (size_t t = 0; t < compilation.program.tests.size(); ++t) {
      if (!options.filter.empty() && compilation.program.tests[t].name.find(options.filter) == std::string::npos) continue;
      run.results.push_back(runner.run(t, run.coverage));
    }
  }
  run.diagnostics = sink.diagnostics();
  return run;
}

}  // namespace charter::engine
