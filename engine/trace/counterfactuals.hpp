// What could have gone otherwise for one decided node of an evaluated
// event. Phase: explain. From the trace (the rule that decided, a gate's
// hits, a table's matching rows) and the rules' tests checked again
// (condition_check.hpp): for a gate that said Deny or Review, what would
// have to differ for its rules not to hold and what it would say then; for
// a decision, the rules tried before the deciding one and those that one
// change would have made apply; for a Bool decided by a condition, what
// would make it the other way. Pointers refer into the plan.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"
#include "engine/trace/condition_check.hpp"

namespace charter::engine {

// GateOutcome ordinals (stronger is larger; see compiler/lower/lower_nodes.cpp).
inline constexpr uint8_t kAllow = 0, kReview = 1, kDeny = 2, kNotRequested = 3;

// Changes as the explanation states them: every group is needed, and any
// one change of a group is enough for it.
using ChangeGroups = std::vector<std::vector<Change>>;

// A rule that held, and what would make it not hold.
struct Lift {
  uint32_t rule = UINT32_MAX;
  ChangeGroups changes;
  bool unconditional = false;  // it holds for every event
};

// A rule that did not apply, and the one change that would have made it.
struct NearMiss {
  uint32_t rule = UINT32_MAX;
  Change change;
};

// What a gate would say once its holding rules were lifted.
struct GateThen {
  struct Open {
    uint32_t rule;
    uint8_t verdict;
  };
  std::vector<Open> open;        // weaker rules the event does not settle, strongest first
  bool decided = false;          // a weaker rule is known to hold:
  uint8_t verdict = kAllow;      //   its verdict
  uint32_t rule = UINT32_MAX;    //   and the rule
};

struct NodeCounterfactuals {
  uint32_t node = UINT32_MAX;
  uint8_t verdict = kAllow;             // gates: the verdict given
  std::vector<Lift> lifts;              // gates: the rules that gave a Deny or Review
  std::optional<GateThen> then;
  std::vector<uint32_t> not_applied;    // rules tried before the deciding one
  std::vector<NearMiss> near_misses;
  ChangeGroups flip;                    // a Bool decided by a condition: to make it the other way
  bool flip_to = false;                 //   the value it would then have

  bool empty() const { return lifts.empty() && not_applied.empty() && near_misses.empty() && flip.empty(); }
};

// Where the trace of a plan's tables is: per rule, the table of a row.
struct TableIndex {
  explicit TableIndex(const plan::Plan& plan);
  std::vector<uint32_t> table_of_row;  // per rule: its table, or UINT32_MAX
  std::vector<uint16_t> policy;        // per table: its dsl::ast::HitPolicy
};

NodeCounterfactuals find_counterfactuals(const plan::Plan& plan, const plan::Entry& entry, const Scratch& scratch,
                                         const TableIndex& tables, uint32_t node);

}  // namespace charter::engine
