// The decision DAG over small programs built directly in IR: evaluation
// orders (every read first, ties by declaration, only what the output
// needs), unused nodes, cycles (each once, with its whole path and a note at
// each read) and the DOT picture (deterministic, focus).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/dag/decision_dag.hpp"
#include "compiler/dag/dependencies.hpp"

namespace charter::compiler::dag {
namespace {

using dsl::DiagKind;
using ir::NodeId;

// Builds a program whose nodes read one another; every read gets its own
// span, so diagnostics can be matched to it (node_dependencies finds it).
class ProgramBuilder {
 public:
  ProgramBuilder() { entry(); }

  ir::EntryId entry() {
    program_.entries.push_back({});
    program_.entries.back().input_name = "Event" + std::to_string(program_.entries.size());
    return ir::EntryId{static_cast<uint32_t>(program_.entries.size() - 1)};
  }

  NodeId node(std::string name, ir::NodeKind kind, const std::vector<NodeId>& reads, ir::EntryId entry = ir::EntryId{0},
              std::string module = "m") {
    ir::Expr list;
    list.kind = ir::ExprKind::ListLiteral;
    const ir::ExprId value = program_.add(std::move(list));
    ir::Node node;
    node.kind = kind;
    node.name = std::move(name);
    node.module = std::move(module);
    node.entry = entry;
    node.type = stdlib::TypeTable::kInt;
    node.name_span = next_span();
    node.body = body(kind, node.name, value);
    program_.nodes.push_back(std::move(node));
    lists_.push_back(value);
    const NodeId id{static_cast<uint32_t>(program_.nodes.size() - 1)};
    for (NodeId read : reads) add_read(id, read);
    if (kind == ir::NodeKind::Output) program_.entries[entry.value].output = id;
    return id;
  }
  NodeId let(std::string name, const std::vector<NodeId>& reads = {}) {
    return node(std::move(name), ir::NodeKind::Let, reads);
  }
  NodeId decision(std::string name, const std::vector<NodeId>& reads = {}) {
    return node(std::move(name), ir::NodeKind::Decision, reads);
  }
  NodeId output(const std::vector<NodeId>& reads, ir::EntryId entry = ir::EntryId{0}) {
    return node("output", ir::NodeKind::Output, reads, entry);
  }

  // Makes `reader` read `read` too (so a node can read one declared later).
  void add_read(NodeId reader, NodeId read) {
    ir::Expr expr;
    expr.kind = ir::ExprKind::NodeValue;
    expr.a = read.value;
    expr.span = next_span();
    const ir::ExprId id = program_.add(std::move(expr));
    program_.exprs[lists_[reader.value].value].args.push_back(id);
  }

  ir::Program& program() { return program_; }

 private:
  static std::variant<ir::LetNode, ir::DecisionNode, ir::GateNode, ir::ScorecardNode, ir::OutputNode> body(
      ir::NodeKind kind, const std::string& name, ir::ExprId value) {
    switch (kind) {
      case ir::NodeKind::Let: return ir::LetNode{value};
      case ir::NodeKind::Output: return ir::OutputNode{value};
      case ir::NodeKind::Decision: {
        ir::Rule rule;
        rule.kind = ir::Rule::Kind::Otherwise;
        rule.id = name + ".otherwise";
        rule.value = value;
        return ir::DecisionNode{{rule}};
      }
      case ir::NodeKind::Gate: {
        ir::GateRule rule;
        rule.verdict = dsl::ast::GateRule::Verdict::Deny;
        rule.id = name + ".closed";
        rule.condition = value;
        return ir::GateNode{{rule}};
      }
      case ir::NodeKind::Scorecard: {
        ir::Criterion criterion;
        criterion.name = "fit";
        ir::Rule rule;
        rule.id = name + ".fit";
        rule.value = value;
        criterion.rules.push_back(rule);
        ir::ScorecardNode scorecard;
        scorecard.out_of = 100;
        scorecard.criteria.push_back(criterion);
        return scorecard;
      }
    }
    return ir::LetNode{value};
  }
  dsl::Span next_span() {
    offset_ += 10;
    return dsl::Span{dsl::SourceId{0}, offset_, offset_ + 5};
  }

  ir::Program program_;
  std::vector<ir::ExprId> lists_;  // per node: the list its reads are in
  uint32_t offset_ = 0;
};

// Where `reader` reads `read`.
dsl::Span read_span(const ir::Program& program, NodeId reader, NodeId read) {
  const std::vector<std::vector<NodeRead>> reads = node_dependencies(program);
  for (const NodeRead& r : reads[reader.value]) {
    if (r.node == read) return r.at;
  }
  ADD_FAILURE() << "no such read";
  return {};
}

struct Built {
  dsl::DiagSink sink;
  DecisionDag dag;
};

Built build(const ir::Program& program) {
  dsl::DiagSink sink;
  DecisionDag dag = DecisionDag::build(program, sink);
  return {std::move(sink), std::move(dag)};
}

std::vector<std::string> names(const ir::Program& program, const std::vector<NodeId>& ids) {
  std::vector<std::string> out;
  for (NodeId id : ids) out.push_back(program.node(id).name);
  return out;
}

std::vector<std::string> messages(const dsl::DiagSink& sink) {
  std::vector<std::string> out;
  for (const dsl::Diagnostic& diag : sink.diagnostics()) out.push_back(diag.message);
  return out;
}

size_t position(const std::vector<NodeId>& order, NodeId id) {
  return static_cast<size_t>(std::find(order.begin(), order.end(), id) - order.begin());
}

TEST(DecisionDag, EvaluationOrderPutsEveryReadBeforeItsReader) {
  // 40 nodes, each reading up to three others chosen by a fixed rule; reads
  // go both to earlier and to later declarations, never in a cycle (a node
  // only reads nodes of a smaller rank, and ranks are a permutation).
  constexpr uint32_t kCount = 40;
  std::vector<uint32_t> rank(kCount);
  for (uint32_t i = 0; i < kCount; ++i) rank[i] = (i * 17 + 5) % kCount;
  ProgramBuilder b;
  std::vector<NodeId> nodes;
  for (uint32_t i = 0; i < kCount; ++i) nodes.push_back(b.let("n" + std::to_string(i)));
  for (uint32_t i = 0; i < kCount; ++i) {
    for (uint32_t k = 1; k <= 3; ++k) {
      const uint32_t j = (i * 7 + k * 13) % kCount;
      if (rank[j] < rank[i]) b.add_read(nodes[i], nodes[j]);
    }
  }
  const Built built = build(b.program());
  ASSERT_TRUE(built.sink.diagnostics().empty());
  EXPECT_FALSE(built.dag.has_cycle());
  const std::vector<NodeId> order = built.dag.evaluation_order(ir::EntryId{0});
  ASSERT_EQ(order.size(), kCount);
  const auto reads = node_dependencies(b.program());
  size_t edges = 0;
  for (uint32_t reader = 0; reader < kCount; ++reader) {
    for (const NodeRead& read : reads[reader]) {
      ++edges;
      EXPECT_LT(position(order, read.node), position(order, NodeId{reader}))
          << "n" << reader << " reads n" << read.node.value;
    }
  }
  EXPECT_GT(edges, 30u);
}

TEST(DecisionDag, EvaluationOrderBreaksTiesByDeclarationOrder) {
  ProgramBuilder b;
  const NodeId route = b.decision("route");
  const NodeId text = b.let("text");
  const NodeId category = b.decision("category");
  const NodeId spam = b.let("spam");
  b.add_read(route, category);
  b.add_read(category, spam);
  b.add_read(category, text);
  const Built built = build(b.program());
  // text and spam are ready first (text declared earlier); then category; route last.
  EXPECT_EQ(names(b.program(), built.dag.evaluation_order(ir::EntryId{0})),
            (std::vector<std::string>{"text", "spam", "category", "route"}));
}

TEST(DecisionDag, EvaluationOrderIsTheSameEveryBuild) {
  ProgramBuilder b;
  const NodeId a = b.let("a");
  const NodeId c = b.let("c", {a});
  const NodeId d = b.decision("d", {c, a});
  b.let("e", {a});
  b.output({d});
  const Built first = build(b.program());
  const Built second = build(b.program());
  EXPECT_EQ(first.dag.evaluation_order(ir::EntryId{0}), second.dag.evaluation_order(ir::EntryId{0}));
  EXPECT_EQ(first.dag.to_dot({}), second.dag.to_dot({}));
}

TEST(DecisionDag, EntryWithAnOutputEvaluatesOnlyWhatTheOutputNeeds) {
  ProgramBuilder b;
  const NodeId text = b.let("text");
  const NodeId spam = b.decision("spam", {text});
  b.decision("score", {text});  // read by no output
  const NodeId route = b.decision("route", {spam});
  b.output({route});
  const Built built = build(b.program());
  EXPECT_EQ(names(b.program(), built.dag.evaluation_order(ir::EntryId{0})),
            (std::vector<std::string>{"text", "spam", "route", "output"}));
  EXPECT_EQ(names(b.program(), built.dag.unused_nodes(ir::EntryId{0})), std::vector<std::string>{"score"});
}

TEST(DecisionDag, EntryWithoutAnOutputEvaluatesAllOfItsNodesAndNoOthers) {
  ProgramBuilder b;
  const ir::EntryId other = b.entry();
  const NodeId text = b.let("text");
  b.node("reply", ir::NodeKind::Decision, {}, other);
  b.decision("route", {text});
  b.node("kind", ir::NodeKind::Let, {}, other);
  const Built built = build(b.program());
  EXPECT_EQ(names(b.program(), built.dag.evaluation_order(ir::EntryId{0})),
            (std::vector<std::string>{"text", "route"}));
  EXPECT_EQ(names(b.program(), built.dag.evaluation_order(other)), (std::vector<std::string>{"reply", "kind"}));
  EXPECT_TRUE(built.dag.unused_nodes(ir::EntryId{0}).empty());
}

TEST(DecisionDag, UnusedNodesAreWhatNoOutputNeedsEvenWhenReadByOtherUnusedNodes) {
  ProgramBuilder b;
  const ir::EntryId other = b.entry();
  const NodeId text = b.let("text");
  const NodeId stale = b.decision("stale", {text});
  b.let("also_stale", {stale});
  b.output({text});
  b.node("elsewhere", ir::NodeKind::Decision, {}, other);  // another entry, without an output
  const Built built = build(b.program());
  EXPECT_TRUE(built.sink.diagnostics().empty());
  EXPECT_EQ(names(b.program(), built.dag.unused_nodes(ir::EntryId{0})),
            (std::vector<std::string>{"stale", "also_stale"}));
  EXPECT_TRUE(built.dag.unused_nodes(other).empty());
}

TEST(DecisionDag, ANodeReadingItselfIsACycle) {
  ProgramBuilder b;
  const NodeId a = b.decision("a");
  b.add_read(a, a);
  const Built built = build(b.program());
  EXPECT_TRUE(built.dag.has_cycle());
  ASSERT_EQ(built.sink.diagnostics().size(), 1u);
  const dsl::Diagnostic& diag = built.sink.diagnostics()[0];
  EXPECT_EQ(diag.kind, DiagKind::DecisionCycle);
  EXPECT_EQ(diag.message, "cycle in decisions: `a` → `a`");
  EXPECT_EQ(diag.span, read_span(b.program(), a, a));
  EXPECT_TRUE(diag.notes.empty());
  EXPECT_TRUE(built.dag.evaluation_order(ir::EntryId{0}).empty());
}

TEST(DecisionDag, CycleIsReportedWithItsWholePathAndANoteAtEachRead) {
  ProgramBuilder b;
  const NodeId route = b.decision("route");
  const NodeId autonomy = b.decision("autonomy");
  const NodeId trust = b.let("trust");
  const NodeId other = b.let("other");
  b.add_read(trust, route);
  b.add_read(route, autonomy);
  b.add_read(autonomy, trust);
  b.add_read(other, autonomy);
  const Built built = build(b.program());
  ASSERT_EQ(built.sink.diagnostics().size(), 1u);
  const dsl::Diagnostic& diag = built.sink.diagnostics()[0];
  EXPECT_EQ(diag.message, "cycle in decisions: `route` → `autonomy` → `trust` → `route`");
  EXPECT_EQ(diag.span, read_span(b.program(), route, autonomy));
  ASSERT_EQ(diag.notes.size(), 2u);
  EXPECT_EQ(diag.notes[0].message, "`autonomy` reads `trust` here");
  EXPECT_EQ(diag.notes[0].span, read_span(b.program(), autonomy, trust));
  EXPECT_EQ(diag.notes[1].message, "`trust` reads `route` here");
  EXPECT_EQ(diag.notes[1].span, read_span(b.program(), trust, route));
  ASSERT_TRUE(diag.help.has_value());
  // The cycle and what reads it cannot be ordered; nothing else is affected.
  EXPECT_TRUE(built.dag.evaluation_order(ir::EntryId{0}).empty());
}

TEST(DecisionDag, TwoSeparateCyclesAreReportedOnceEach) {
  ProgramBuilder b;
  const NodeId a = b.decision("a");
  const NodeId c = b.decision("c");
  const NodeId d = b.decision("d");
  const NodeId e = b.let("e");
  b.let("fine");
  b.add_read(a, e);
  b.add_read(e, a);
  b.add_read(c, d);
  b.add_read(d, c);
  b.add_read(d, a);  // reads the first cycle, but is no part of it
  const Built built = build(b.program());
  EXPECT_EQ(messages(built.sink), (std::vector<std::string>{"cycle in decisions: `a` → `e` → `a`",
                                                            "cycle in decisions: `c` → `d` → `c`"}));
  EXPECT_EQ(names(b.program(), built.dag.evaluation_order(ir::EntryId{0})), std::vector<std::string>{"fine"});
}

TEST(DecisionDag, EveryCycleThroughOneNodeIsReported) {
  // a → b → a and a → c → a share `a`: two cycles, each closing at its own read.
  ProgramBuilder b;
  const NodeId a = b.decision("a");
  const NodeId bb = b.let("b", {a});
  const NodeId c = b.let("c", {a});
  b.add_read(a, bb);
  b.add_read(a, c);
  const Built built = build(b.program());
  EXPECT_EQ(messages(built.sink), (std::vector<std::string>{"cycle in decisions: `a` → `b` → `a`",
                                                            "cycle in decisions: `a` → `c` → `a`"}));
}

TEST(DecisionDag, FindsNodesByNameOrModuleQualifiedName) {
  ProgramBuilder b;
  b.node("route", ir::NodeKind::Decision, {}, ir::EntryId{0}, "mwms.intake.route");
  b.node("route", ir::NodeKind::Decision, {}, ir::EntryId{0}, "mwms.reply");
  b.node("text", ir::NodeKind::Let, {}, ir::EntryId{0}, "mwms.intake.route");
  const Built built = build(b.program());
  EXPECT_EQ(built.dag.find_nodes("route"), (std::vector<NodeId>{NodeId{0}, NodeId{1}}));
  EXPECT_EQ(built.dag.find_nodes("mwms.reply.route"), std::vector<NodeId>{NodeId{1}});
  EXPECT_TRUE(built.dag.find_nodes("intake.route.route").empty());
  EXPECT_TRUE(built.dag.find_nodes("rout").empty());
  const std::vector<std::string> known = built.dag.node_names();
  EXPECT_NE(std::find(known.begin(), known.end(), "mwms.intake.route.text"), known.end());
  EXPECT_NE(std::find(known.begin(), known.end(), "route"), known.end());
}

TEST(DecisionDag, DotDrawsEveryNodeInItsModuleAndArrowsFromWhatIsRead) {
  ProgramBuilder b;
  const NodeId text = b.node("text", ir::NodeKind::Let, {}, ir::EntryId{0}, "mwms.vocabulary");
  const NodeId contact = b.node("contact", ir::NodeKind::Gate, {text}, ir::EntryId{0}, "mwms.gates");
  const NodeId score = b.node("lead_score", ir::NodeKind::Scorecard, {text}, ir::EntryId{0}, "mwms.score");
  b.node("output", ir::NodeKind::Output, {contact, score}, ir::EntryId{0}, "mwms.gates");
  const Built built = build(b.program());
  const std::string dot = built.dag.to_dot({});
  EXPECT_EQ(dot.rfind("digraph charter {\n", 0), 0u);
  EXPECT_NE(dot.find("subgraph \"cluster_mwms.vocabulary\""), std::string::npos);
  EXPECT_NE(dot.find("subgraph \"cluster_mwms.gates\""), std::string::npos);
  EXPECT_NE(dot.find("\"mwms.vocabulary.text\" -> \"mwms.gates.contact\";"), std::string::npos);
  EXPECT_NE(dot.find("\"mwms.gates.contact\" -> \"mwms.gates.output\";"), std::string::npos);
  EXPECT_NE(dot.find("style=\"filled,diagonals\""), std::string::npos);
  EXPECT_NE(dot.find("contact.closed (deny)"), std::string::npos);
  EXPECT_NE(dot.find("scorecard, out of 100"), std::string::npos);
  EXPECT_NE(dot.find("lead_score.fit"), std::string::npos);
  EXPECT_NE(dot.find("let : Int"), std::string::npos);
  DotOptions quiet;
  quiet.show_rules = false;
  EXPECT_EQ(built.dag.to_dot(quiet).find("lead_score.fit"), std::string::npos);
}

TEST(DecisionDag, DotFocusShowsTheNodeWhatItReadsAndWhatReadsIt) {
  ProgramBuilder b;
  const NodeId text = b.let("text");
  const NodeId lower = b.let("lower", {text});
  const NodeId spam = b.decision("spam", {lower});
  const NodeId route = b.decision("route", {spam});
  b.decision("unrelated", {text});
  b.output({route});
  const Built built = build(b.program());
  DotOptions options;
  options.focus = "spam";
  const std::string dot = built.dag.to_dot(options);
  for (const char* shown : {"\"m.text\" [", "\"m.lower\" [", "\"m.spam\" [", "\"m.route\" [", "\"m.output\" ["}) {
    EXPECT_NE(dot.find(shown), std::string::npos) << shown;
  }
  EXPECT_EQ(dot.find("unrelated"), std::string::npos);
  EXPECT_EQ(dot.find("\"m.text\" -> \"m.unrelated\""), std::string::npos);
  EXPECT_NE(dot.find("penwidth=2.5"), std::string::npos);
  EXPECT_NE(built.dag.to_dot({}).find("unrelated"), std::string::npos);
}

TEST(DecisionDag, DotMarksCyclesAndUnusedNodes) {
  ProgramBuilder b;
  const NodeId a = b.decision("a");
  const NodeId c = b.decision("c", {a});
  b.add_read(a, c);
  b.let("stale");
  b.output({a});
  const Built built = build(b.program());
  const std::string dot = built.dag.to_dot({});
  EXPECT_NE(dot.find("\"m.a\" -> \"m.c\" [color=\"#dc2626\""), std::string::npos);
  EXPECT_NE(dot.find("\"m.c\" -> \"m.a\" [color=\"#dc2626\""), std::string::npos);
  EXPECT_NE(dot.find("\"m.stale\" [shape=ellipse, style=\"filled,dashed\""), std::string::npos);
}

}  // namespace
}  // namespace charter::compiler::dag
