// The decision DAG: one vertex per node of the checked program (lets,
// decisions, gates, scorecards, outputs), an edge from every node a node
// reads. Phase: build_dag. The only code that includes Boost.Graph is in
// compiler/dag/*.cpp; this header does not. Cycles are reported with their
// whole path; evaluation follows a topological order and visits only what
// an entry's output needs.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "dsl/diag/diagnostic.hpp"

namespace charter::compiler::dag {

struct DotOptions {
  std::string focus;       // a node name: show it, what it reads and what reads it
  bool show_rules = true;  // list each node's rule ids in its box
  std::string title;       // shown above the picture ("mwms 1.2.0"); none when empty
};

class DecisionDag {
 public:
  // Builds the graph; reports every cycle (E0410) with its path and a note
  // at each read on it.
  static DecisionDag build(const ir::Program& program, dsl::DiagSink& sink);
  DecisionDag(DecisionDag&&) noexcept;
  DecisionDag& operator=(DecisionDag&&) noexcept;
  ~DecisionDag();

  bool has_cycle() const;
  // The nodes an entry evaluates, each after every node it reads: those its
  // `output` needs, or all of its nodes when it has no output. Among nodes
  // ready together the earliest declared comes first, so the order is the
  // same run to run. Nodes on a cycle, and what reads them, are left out.
  std::vector<ir::NodeId> evaluation_order(ir::EntryId entry) const;
  // Nodes of an entry with an `output` that the output never needs.
  std::vector<ir::NodeId> unused_nodes(ir::EntryId entry) const;
  // The nodes called `name` ("route") or `module.name`
  // ("mwms.intake.route.route"), in declaration order.
  std::vector<ir::NodeId> find_nodes(std::string_view name) const;
  // Every name find_nodes knows, sorted: for "did you mean" suggestions.
  std::vector<std::string> node_names() const;
  // The graph in Graphviz's DOT language: edges run from what is read to
  // what reads it. The same graph gives the same text.
  std::string to_dot(const DotOptions& options) const;

 private:
  struct Impl;
  explicit DecisionDag(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace charter::compiler::dag
