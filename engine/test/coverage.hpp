// Coverage of a bundle's rules by its tests. Phase: test. The items are the
// rules as written (from the checked IR): decision and criterion rules,
// table rows, gate rules (each verdict branch, fallback included) and band
// entries. What fired in one evaluation is read from the Scratch it left:
// each node's deciding rule, a gate's hits, a table's matching rows.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/plan/plan.hpp"
#include "dsl/source/source_file.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

namespace ir = compiler::ir;

enum class CoverageKind : uint8_t { Rule, TableRow, GateBranch, BandEntry };
inline constexpr CoverageKind kCoverageKinds[] = {CoverageKind::Rule, CoverageKind::TableRow, CoverageKind::GateBranch,
                                                  CoverageKind::BandEntry};
std::string_view coverage_kind_name(CoverageKind kind);  // "rules", "table rows", …
std::string_view coverage_item_name(CoverageKind kind);  // "rule", "table row", …

struct CoverageItem {
  std::string id;        // "route.existing_client"
  CoverageKind kind = CoverageKind::Rule;
  std::string location;  // "bench/rw1/bundle/intake.charter:77:3"
  std::string node;      // the decision, gate or scorecard it belongs to
  uint32_t plan_rule = UINT32_MAX;  // UINT32_MAX: not in the plan (no output reads its node)
  bool covered = false;
  bool accepted = false;  // listed under "coverage": {"accepted": […]} in bundle.json
};

struct CoverageCount {
  size_t covered = 0;
  size_t accepted = 0;  // accepted and not covered
  size_t total = 0;
  // Covered items per item that has to be: accepted ones that no test fired
  // are left out. 100 when nothing has to be covered.
  double percent() const;
};

// The plan's rules by id, and each table row's rule (the rule whose outcome
// is the table).
struct RuleIndex {
  std::unordered_map<std::string, uint32_t> by_id;
  std::vector<uint32_t> parent;  // per plan rule: its table's rule, or UINT32_MAX

  uint32_t find(std::string_view id) const;  // UINT32_MAX when the plan has no such rule
};
RuleIndex index_rules(const ir::Program& program, const plan::Plan& plan);

// Per plan rule, whether it fired in the evaluation `scratch` holds: it
// decided its node, or its table's row decided it; a row of the table that
// decided; a gate rule that held with the gate's outcome; a band entry that
// gave the band. The gate and table hits must have been cleared before the
// evaluation (Scratch::reset keeps them).
std::vector<bool> fired_rules(const plan::Plan& plan, const RuleIndex& index, const Scratch& scratch);

class Coverage {
 public:
  Coverage() = default;
  Coverage(const ir::Program& program, const RuleIndex& index, const dsl::SourceMap& sources);

  // Marks as covered what fired in one evaluation (see fired_rules).
  void record(const std::vector<bool>& fired);
  // Marks the listed ids as accepted; returns those (id, where listed) that
  // name no rule.
  std::vector<std::pair<std::string, dsl::Span>> accept(const std::vector<std::pair<std::string, dsl::Span>>& ids);

  const std::vector<CoverageItem>& items() const { return items_; }
  CoverageCount count() const;
  CoverageCount count(CoverageKind kind) const;

 private:
  std::vector<CoverageItem> items_;
};

}  // namespace charter::engine
