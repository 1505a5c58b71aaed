// The lowering's working state (internal to compiler/lower): slot
// allocation, op emission with forward jumps, fail targets, and the maps
// from IR nodes, locals and input paths to slots.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <unordered_map>
#include <vector>

#include "compiler/lower/lower.hpp"

namespace charter::compiler::lower_detail {

using plan::Op;
using plan::OpCode;

class Lowerer {
 public:
  Lowerer(const ir::Program& program, const stdlib::BuiltinTable& builtins, const dsl::SourceMap& sources,
          dsl::DiagSink& sink, plan::Plan& plan);
  void run(const LowerInput& input);
  void build_scanners();

  // --- emission (lowerer.cpp)
  uint32_t new_slot() { return plan_.slot_count++; }
  size_t emit(Op op);
  uint32_t here() const { return static_cast<uint32_t>(plan_.ops.size()); }
  void patch_jump(size_t op_index, uint32_t target);
  uint32_t operands(const std::vector<uint32_t>& slots);
  // An op that may be not evaluable: its fail target is the current one.
  size_t emit_fallible(Op op);
  std::string location(dsl::Span span) const;
  uint32_t add_rule(const std::string& id, uint32_t node, dsl::Span span, std::string kind, uint8_t verdict = 0);

  // --- expressions (lower_exprs.cpp)
  uint32_t expr(ir::ExprId id);
  uint32_t input_path(ir::ExprId id);  // memoised read of the event, or UINT32_MAX
  void collect_input_paths(ir::ExprId id);
  uint32_t short_circuit(const ir::Expr& e);
  std::optional<std::pair<double, double>> static_range(ir::ExprId id) const;
  bool within_bounds(const ir::Criterion& criterion) const;
  // Code that jumps (from the ops added to `sites`) when the condition is
  // `when`, and falls through otherwise: `and`, `or` and `not` become jumps
  // rather than values.
  void branch(ir::ExprId condition, bool when, std::vector<size_t>& sites);
  uint32_t quantifier(const ir::Expr& e);
  uint32_t membership(const ir::Expr& e);
  uint32_t call(const ir::Expr& e);
  uint32_t cell_test(uint32_t column, const ir::Cell& cell);

  // --- nodes (lower_nodes.cpp)
  void node(ir::NodeId id);
  void decision(ir::NodeId id, const ir::DecisionNode& decision);
  void rules(uint32_t plan_node, const std::vector<ir::Rule>& rules, const std::string& owner);
  uint32_t outcome(uint32_t plan_node, const ir::Rule& rule, uint32_t rule_index);
  void reason(uint32_t plan_node, ir::ExprId reason, bool only_if_none);
  void gate(ir::NodeId id, const ir::GateNode& gate);
  void scorecard(ir::NodeId id, const ir::ScorecardNode& scorecard);

  const ir::Program& program_;
  const stdlib::BuiltinTable& builtins_;
  const dsl::SourceMap& sources_;
  dsl::DiagSink& sink_;
  plan::Plan& plan_;

  std::vector<size_t>* fail_sites_ = nullptr;  // ops whose fail target is the current fallback
  std::unordered_map<std::string, uint32_t> input_paths_;
  std::vector<uint32_t> local_slots_;
  std::vector<uint32_t> plan_nodes_;    // per IR node: its index in plan.nodes
  std::vector<bool> let_fallible_;      // per IR node: a let that may be not evaluable
  std::vector<bool> reason_needed_;     // per IR node: its reason is read by an expression
  uint32_t input_slot_ = 0;
  uint32_t table_count_ = 0;
};

}  // namespace charter::compiler::lower_detail
