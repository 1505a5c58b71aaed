// Expectations lowered with the same Lowerer as the policy itself, so a
// test's condition means exactly what the same expression means in a rule.
// The Lowerer is set up as lowering left it: IR node n is plan node n, a let
// is fallible when the plan records its failure, the entry's input is in its
// input slot. Each range starts with an empty memo of event reads, so it
// reads the event itself and can run alone.
#include "compiler/lower/lower_tests.hpp"

#include <algorithm>
#include <numeric>

#include "compiler/lower/lowerer.hpp"

namespace charter::compiler {

namespace {

using ir::ExprKind;
using lower_detail::Lowerer;

CodeRange lower_range(Lowerer& lowerer, ir::ExprId id) {
  lowerer.input_paths_.clear();
  CodeRange range;
  range.begin = lowerer.here();
  range.slot = lowerer.expr(id);
  range.end = lowerer.here();
  return range;
}

// The nodes an expression reads (by value or through rule/reason), in the
// order they are first written.
void collect_nodes(const ir::Program& program, ir::ExprId id, std::vector<uint32_t>& nodes) {
  const ir::Expr& e = program.expr(id);
  switch (e.kind) {
    case ExprKind::NodeValue:
    case ExprKind::TraceRule:
    case ExprKind::TraceReason:
    case ExprKind::TraceReasons:
      if (std::find(nodes.begin(), nodes.end(), e.a) == nodes.end()) nodes.push_back(e.a);
      break;
    default: break;
  }
  for (ir::ExprId arg : e.args) collect_nodes(program, arg, nodes);
}

bool is_constant(const ir::Program& program, ir::ExprId id) {
  const ir::Expr& e = program.expr(id);
  if (e.kind == ExprKind::Constant) return true;
  if (e.kind != ExprKind::ListLiteral) return false;
  return std::all_of(e.args.begin(), e.args.end(), [&](ir::ExprId item) { return is_constant(program, item); });
}

// The operands worth showing when a condition is false: what a comparison,
// a membership test or a call reads, below `and`, `or` and `not`. A node's
// own value is shown with its rule and reason instead.
void collect_probes(const ir::Program& program, ir::ExprId id, std::vector<ir::ExprId>& probes) {
  const ir::Expr& e = program.expr(id);
  switch (e.kind) {
    case ExprKind::And:
    case ExprKind::Or:
    case ExprKind::Not:
      for (ir::ExprId arg : e.args) collect_probes(program, arg, probes);
      return;
    case ExprKind::Compare:
    case ExprKind::InList:
    case ExprKind::InRange:
    case ExprKind::Exists:
    case ExprKind::Call:
      for (ir::ExprId arg : e.args) {
        const ir::Expr& operand = program.expr(arg);
        if (operand.kind == ExprKind::NodeValue || is_constant(program, arg)) continue;
        probes.push_back(arg);
      }
      return;
    default: return;
  }
}

ExpectationCode lower_expectation(Lowerer& lowerer, const ir::Program& program, const dsl::SourceMap& sources,
                                  const std::vector<bool>& evaluated, ir::ExprId condition) {
  ExpectationCode code;
  collect_nodes(program, condition, code.nodes);
  for (uint32_t node : code.nodes) {
    if (!evaluated[node]) code.unevaluated.push_back(program.nodes[node].name);
  }
  if (!code.unevaluated.empty()) return code;
  code.condition = lower_range(lowerer, condition);
  std::vector<ir::ExprId> probes;
  collect_probes(program, condition, probes);
  for (ir::ExprId probe : probes) {
    const dsl::Span span = program.expr(probe).span;
    std::string text(sources.get(span.file).slice(span));
    const bool seen = std::any_of(code.probes.begin(), code.probes.end(), [&](const Probe& p) { return p.text == text; });
    if (!seen) code.probes.push_back({std::move(text), lower_range(lowerer, probe)});
  }
  return code;
}

}  // namespace

TestPlan lower_tests(const ir::Program& program, const plan::Plan& plan, const stdlib::BuiltinTable& builtins,
                     const dsl::SourceMap& sources, dsl::DiagSink& sink) {
  auto extended = std::make_shared<plan::Plan>(plan);
  Lowerer lowerer(program, builtins, sources, sink, *extended);
  const size_t node_count = program.nodes.size();
  lowerer.plan_nodes_.resize(node_count);
  std::iota(lowerer.plan_nodes_.begin(), lowerer.plan_nodes_.end(), 0u);
  lowerer.let_fallible_.assign(node_count, false);
  for (const plan::Op& op : plan.ops) {
    if (op.code == plan::OpCode::NodeFailed && op.a < node_count && program.nodes[op.a].kind == ir::NodeKind::Let) {
      lowerer.let_fallible_[op.a] = true;
    }
  }
  lowerer.reason_needed_.assign(node_count, false);
  lowerer.local_slots_.assign(program.local_names.size(), UINT32_MAX);
  lowerer.table_count_ = plan.table_count;

  TestPlan tests;
  for (const ir::Test& test : program.tests) {
    std::vector<ExpectationCode>& codes = tests.expectations.emplace_back(test.expectations.size());
    if (!test.entry || test.entry.value >= plan.entries.size()) continue;
    const plan::Entry& entry = plan.entries[test.entry.value];
    std::vector<bool> evaluated(extended->nodes.size(), false);
    for (uint32_t node : entry.nodes) evaluated[node] = true;
    lowerer.input_slot_ = entry.input_slot;
    for (size_t x = 0; x < test.expectations.size(); ++x) {
      const ir::Test::Expectation& expectation = test.expectations[x];
      if (expectation.kind != dsl::ast::Expectation::Kind::Holds || !expectation.condition) continue;
      codes[x] = lower_expectation(lowerer, program, sources, evaluated, expectation.condition);
    }
  }
  extended->local_count = static_cast<uint32_t>(program.local_names.size());
  tests.plan = std::move(extended);
  return tests;
}

}  // namespace charter::compiler
