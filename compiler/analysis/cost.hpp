// The static worst-case cost of each node, in evaluator steps: one per
// operation, a quantifier's condition once per item of the list it walks.
// Phase: analyze (and `charter check --cost`). A list's length is bounded by
// its type (a set of enum values), by the policy (a constant list), or by
// the `## at most N` documentation of the record field it is read from;
// otherwise the cost keeps it as a symbol, n(Record.field).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/load/bundle.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::compiler::analysis {

struct AnalysisOptions {
  // The parsed modules of the bundle: `const` and `use` declarations and the
  // `##` documentation of record fields live only there. Without them the
  // checks that need them are skipped, and every event list is unbounded.
  const std::vector<LoadedModule>* modules = nullptr;
  const dsl::SourceMap* sources = nullptr;  // the text of `modules` (for their comments)
  // The builtins the program calls, for their cost hints; without them a
  // call costs one step.
  const stdlib::BuiltinTable* builtins = nullptr;
  // W0507 for a node that may take more steps than this per event; 0: never.
  uint64_t cost_limit = 10000;
};

// A polynomial in the lengths of unbounded lists: 12 + 6 × n(Message.attachments).
class Cost {
 public:
  static constexpr uint64_t kSaturated = 1'000'000'000'000'000'000ULL;

  Cost() = default;
  explicit Cost(uint64_t steps);
  static Cost list(const std::string& name);  // n(name)

  Cost& operator+=(const Cost& other);
  friend Cost operator+(Cost a, const Cost& b) { return a += b; }
  friend Cost operator*(const Cost& a, const Cost& b);
  // A bound of both: the larger factor of each term.
  static Cost max(const Cost& a, const Cost& b);

  bool bounded() const;
  uint64_t steps() const;  // bounded only: the number (saturated)
  std::vector<std::string> lists() const;  // the unbounded lists it grows with
  std::string to_string() const;  // "14 + 6 × n(InboundEvent.message.attachments)"

 private:
  std::map<std::vector<std::string>, uint64_t> terms_;  // sorted list names → factor
};

struct NodeCost {
  ir::NodeId node;
  std::string name;
  ir::NodeKind kind = ir::NodeKind::Decision;
  Cost own;    // its own conditions, outcomes, tables and reasons
  Cost total;  // with every node it reads, each counted once
  // Where it walks each list without a bound (the first place), for notes.
  std::vector<std::pair<std::string, dsl::Span>> unbounded;
};

/// The cost of every let, decision, gate, scorecard and output, in
/// declaration order.
std::vector<NodeCost> decision_costs(const ir::Program& program, const AnalysisOptions& options = {});

// One line per decision, gate and scorecard, for `charter check --cost`:
// "route: 14 + 6 × n(Event.attachments) steps (20 + … with what it reads)".
std::string print_costs(const ir::Program& program, const std::vector<NodeCost>& costs);

// The bounds declared in `##` documentation: "InboundEvent.message.attachments" → 20.
std::map<std::string, uint64_t> declared_bounds(const std::vector<LoadedModule>& modules,
                                                const dsl::SourceMap& sources);

// "at most 20" in a documentation text → 20.
std::optional<uint64_t> bound_in_text(std::string_view doc);

}  // namespace charter::compiler::analysis
