// Lowering of `test` blocks: each `expect <condition>` becomes a short run of
// ops appended to a copy of the bundle's plan. Phase: lower (for `charter
// test` only; the plan that serves events is left as it is). The code of an
// expectation runs on the Scratch its test's event was evaluated in, after
// the entry's own code, and reads the slots that evaluation left: decisions,
// the event, shared values. The TestPlan owns its plan.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/plan/plan.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::compiler {

// A range of ops of the test plan and the slot its value lands in. The ops
// run like an entry's ([begin, end), absolute jump targets); an op that is
// not evaluable ends the run (no fallback).
struct CodeRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t slot = 0;
};

// A part of a condition whose value is shown when the condition is false:
// an operand of a comparison or membership, as written.
struct Probe {
  std::string text;  // "score.score"
  CodeRange code;
};

struct ExpectationCode {
  CodeRange condition;           // a Bool
  std::vector<Probe> probes;     // in source order
  std::vector<uint32_t> nodes;   // plan nodes the condition reads (their rule and reason are shown)
  // Nodes the condition reads that its entry does not evaluate (no output
  // reads them): the condition cannot be checked, and the test says so.
  std::vector<std::string> unevaluated;
};

struct TestPlan {
  // The bundle's plan with every expectation's code after the entries' code.
  std::shared_ptr<const plan::Plan> plan;
  // Per Program::tests, per expectation: its code (empty for `fired` and `invalid`).
  std::vector<std::vector<ExpectationCode>> expectations;
};

// `program` is the optimised program the plan was lowered from (its node
// ids are the plan's first node indices). Problems (a builtin argument that
// cannot be prepared) go to `sink`.
TestPlan lower_tests(const ir::Program& program, const plan::Plan& plan, const stdlib::BuiltinTable& builtins,
                     const dsl::SourceMap& sources, dsl::DiagSink& sink);

}  // namespace charter::compiler
