// Runs the `test` blocks of a compiled bundle: builds each test's event
// (inline, or a fixture with overrides), evaluates it with the trace on,
// checks every expectation against the state the evaluation left, and
// counts which rules fired. Phase: test (`charter test`). Conditions run as
// plan code (compiler/lower/lower_tests.hpp), so they mean what the same
// expression means in a rule. Results are plain data; test_report renders them.
#pragma once

#include <string>
#include <vector>

#include "compiler/pipeline.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "engine/test/coverage.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::engine {

enum class TestStatus : uint8_t {
  Passed,
  Failed,  // an expectation does not hold
  Error,   // the test could not run: its fixture is missing or is not JSON
};

struct ExpectationFailure {
  std::string location;              // "bench/rw1/bundle/tests.charter:12:3"
  std::string expectation;           // as written: "expect route == ExistingClientAgent"
  std::string message;               // "the condition is false"
  std::vector<std::string> details;  // what the evaluation gave: values, deciding rules, reasons
};

struct TestResult {
  std::string name;
  std::string location;
  TestStatus status = TestStatus::Passed;
  std::string error;  // Error: why the test could not run
  std::vector<ExpectationFailure> failures;
};

struct TestRunOptions {
  std::string filter;  // run only the tests whose name contains it (empty: all)
};

struct TestRun {
  std::string bundle;  // the bundle's name
  std::vector<TestResult> results;  // in source order (modules in manifest order)
  size_t total_tests = 0;           // in the bundle, before filtering
  Coverage coverage;
  // Ids listed as accepted in bundle.json that name no rule, and problems
  // lowering the tests' conditions: both fail the run.
  std::vector<dsl::Diagnostic> diagnostics;

  size_t passed() const;
  size_t failed() const;  // failed or could not run
};

// `compilation` must have a plan (no errors). Reads fixtures from the
// bundle's fixtures folder.
TestRun run_tests(const compiler::Compilation& compilation, const stdlib::BuiltinTable& builtins,
                  const TestRunOptions& options = {});

}  // namespace charter::engine
