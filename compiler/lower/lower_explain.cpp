// Conditions described for explanations. Phase: lower, after the ops are
// emitted. For every rule of the plan: its condition and outcome as written,
// and its condition as tests — a value of the event or of a node compared
// with constants — so that `charter explain` can check each test against an
// evaluated event and say what would have had to be different. Reads the
// IR and the sources; writes only the explanation fields of plan.rules.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/ir/operator_kinds.hpp"
#include "compiler/plan/plan.hpp"
#include "dsl/source/source_file.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::lower_detail {

namespace {

using ir::ExprKind;
using plan::ConditionTest;
using plan::ConditionTests;
using stdlib::CompareOp;
using stdlib::TypeKind;
using stdlib::Value;

// Source text on one line: runs of white space become one space.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

class Describer {
 public:
  Describer(const ir::Program& program, const dsl::SourceMap& sources, const std::vector<uint32_t>& plan_nodes)
      : program_(program), sources_(sources), plan_nodes_(plan_nodes) {}

  std::string text(dsl::Span span) const { return one_line(sources_.get(span.file).slice(span)); }
  std::string text(ir::ExprId id) const { return id ? text(program_.expr(id).span) : std::string(); }

  // As Lowerer::location writes it, so rules are found by (location, id).
  std::string location(dsl::Span span) const {
    const dsl::SourceFile& file = sources_.get(span.file);
    const dsl::LineCol at = file.line_col(span.begin);
    return file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
  }

  // Alternatives of tests that must all hold; empty for an invalid id.
  ConditionTests condition(ir::ExprId id) const {
    ConditionTests out;
    if (!id) return out;
    std::vector<ir::ExprId> alternatives;
    flatten(id, ExprKind::Or, alternatives);
    for (ir::ExprId alternative : alternatives) {
      std::vector<ir::ExprId> parts;
      flatten(alternative, ExprKind::And, parts);
      auto& tests = out.emplace_back();
      for (ir::ExprId part : parts) tests.push_back(test(part));
    }
    return out;
  }

  // A Bool outcome made of tests (not a constant): its condition.
  ConditionTests bool_outcome(ir::ExprId id) const {
    if (!id) return {};
    const ir::Expr& e = program_.expr(id);
    if (program_.types.kind(e.type) != TypeKind::Bool || e.kind == ExprKind::Constant) return {};
    ConditionTests out = condition(id);
    for (const auto& alternative : out) {
      for (const ConditionTest& t : alternative) {
        if (t.kind != ConditionTest::Kind::Other) return out;
      }
    }
    return {};  // nothing in it can be checked
  }

  // The cells of a table row, as tests of its columns (`-` tests nothing).
  std::vector<ConditionTest> row(const ir::Table& table, const ir::TableRow& row) const {
    std::vector<ConditionTest> tests;
    for (size_t c = 0; c < row.cells.size() && c < table.inputs.size(); ++c) {
      const ir::Cell& cell = row.cells[c];
      if (cell.kind == dsl::ast::Cell::Kind::Any && !cell.negated) continue;
      tests.push_back(cell_test(table.inputs[c], cell));
    }
    return tests;
  }

  // `score >= low` and `score <= high` of a band entry.
  std::vector<ConditionTest> band(ir::NodeId scorecard, const ir::BandEntry& entry) const {
    std::vector<ConditionTest> tests;
    const auto bound = [&](ir::ExprId limit, CompareOp op) {
      ConditionTest t;
      t.subject = program_.node(scorecard).name + ".score";
      t.node = plan_nodes_[scorecard.value];
      t.fields = {0};
      const std::optional<Value> value = constant(limit);
      if (!value) return;
      t.kind = ConditionTest::Kind::Compare;
      t.compare = static_cast<uint8_t>(op);
      t.values = {*value};
      t.text = t.subject + (op == CompareOp::Ge ? " >= " : " <= ") + text(limit);
      tests.push_back(std::move(t));
    };
    if (entry.low && entry.low_expr) bound(entry.low_expr, CompareOp::Ge);
    if (entry.high && entry.high_expr) bound(entry.high_expr, CompareOp::Le);
    return tests;
  }

 private:
  void flatten(ir::ExprId id, ExprKind kind, std::vector<ir::ExprId>& out) const {
    const ir::Expr& e = program_.expr(id);
    if (e.kind != kind) {
      out.push_back(id);
      return;
    }
    for (ir::ExprId arg : e.args) flatten(arg, kind, out);
  }

  std::optional<Value> constant(ir::ExprId id) const {
    if (!id) return std::nullopt;
    const ir::Expr& e = program_.expr(id);
    if (e.kind != ExprKind::Constant) return std::nullopt;
    return program_.constant(ir::ConstId{e.a});
  }

  // The items of a constant list, or of a list written of constants.
  bool items(ir::ExprId id, std::vector<Value>& out) const {
    const ir::Expr& e = program_.expr(id);
    if (const std::optional<Value> list = constant(id)) {
      if (list->kind != stdlib::ValueKind::List) return false;
      out.assign(list->items(), list->items() + list->size);
      return true;
    }
    if (e.kind != ExprKind::ListLiteral) return false;
    for (ir::ExprId item : e.args) {
      const std::optional<Value> value = constant(item);
      if (!value) return false;
      out.push_back(*value);
    }
    return true;
  }

  // A value the explanation can read back after evaluation: the event, a
  // node, fields of either, with an optional constant default.
  bool subject(ir::ExprId id, ConditionTest& t) const {
    const ir::Expr& e = program_.expr(id);
    switch (e.kind) {
      case ExprKind::InputRecord: break;
      case ExprKind::InputField: t.fields.push_back(e.a); break;
      case ExprKind::NodeValue: t.node = plan_nodes_[e.a]; break;
      case ExprKind::Member:
        if (!subject(e.args[0], t)) return false;
        t.fields.push_back(e.a);
        break;
      case ExprKind::Coalesce: {
        const std::optional<Value> fallback = constant(e.args[1]);
        if (!fallback || t.has_default || !subject(e.args[0], t)) return false;
        t.has_default = true;
        t.default_value = *fallback;
        break;
      }
      default: return false;
    }
    t.subject = text(id);
    return true;
  }

  ConditionTest test(ir::ExprId id, bool negated = false) const {
    const ir::Expr& e = program_.expr(id);
    ConditionTest t;
    t.text = text(id);
    ConditionTest s;  // the subject, filled by subject()
    switch (e.kind) {
      case ExprKind::Not: {
        ConditionTest inner = test(e.args[0], !negated);
        inner.text = t.text;
        return inner;
      }
      case ExprKind::Compare: {
        CompareOp op = ir::compare_op(static_cast<dsl::ast::BinaryOp>(e.op));
        std::optional<Value> value = constant(e.args[1]);
        if (!value || !subject(e.args[0], s)) {
          // `3 < x` reads as `x > 3`.
          s = {};
          value = constant(e.args[0]);
          if (!value || !subject(e.args[1], s)) return t;
          op = stdlib::mirrored(op);
        }
        s.kind = ConditionTest::Kind::Compare;
        s.compare = static_cast<uint8_t>(negated ? stdlib::negated(op) : op);
        s.values = {*value};
        break;
      }
      case ExprKind::InList: {
        const TypeKind container = program_.types.kind(program_.types.strip_optional(program_.expr(e.args[1]).type));
        if (container != TypeKind::List && container != TypeKind::Set) return t;
        if (!subject(e.args[0], s) || !items(e.args[1], s.values)) return t;
        s.kind = ConditionTest::Kind::In;
        s.negated = ((e.flags & ir::kNegated) != 0) != negated;
        break;
      }
      case ExprKind::InRange: {
        const std::optional<Value> low = constant(e.args[1]);
        const std::optional<Value> high = constant(e.args[2]);
        if (!low || !high || !subject(e.args[0], s)) return t;
        s.kind = ConditionTest::Kind::InRange;
        s.values = {*low, *high};
        s.negated = ((e.flags & ir::kNegated) != 0) != negated;
        break;
      }
      case ExprKind::Exists:
        if (!subject(e.args[0], s)) return t;
        s.kind = ConditionTest::Kind::Exists;
        s.negated = negated;
        break;
      default:
        if (program_.types.kind(e.type) != TypeKind::Bool || !subject(id, s)) {
          if (negated) t.text = "not (" + t.text + ")";
          return t;
        }
        s.kind = ConditionTest::Kind::Flag;
        s.negated = negated;
        break;
    }
    s.text = t.text;
    return s;
  }

  ConditionTest cell_test(ir::ExprId column, const ir::Cell& cell) const {
    ConditionTest t;
    std::string shown = text(cell.span);
    if (cell.negated && shown.rfind("not ", 0) == 0) shown = shown.substr(4);
    const std::string name = text(column);
    switch (cell.kind) {
      case dsl::ast::Cell::Kind::Any: t.text = "-"; break;
      case dsl::ast::Cell::Kind::Equal: t.text = name + " == " + shown; break;
      case dsl::ast::Cell::Kind::Compare: t.text = name + " " + shown; break;
      case dsl::ast::Cell::Kind::Range:
      case dsl::ast::Cell::Kind::Set: t.text = name + " in " + shown; break;
    }
    if (cell.negated) t.text = "not (" + t.text + ")";
    ConditionTest s;
    if (cell.kind == dsl::ast::Cell::Kind::Any || !subject(column, s)) return t;
    s.text = t.text;
    switch (cell.kind) {
      case dsl::ast::Cell::Kind::Any: return t;
      case dsl::ast::Cell::Kind::Equal:
      case dsl::ast::Cell::Kind::Compare: {
        const std::optional<Value> value = constant(cell.value);
        if (!value) return t;
        const CompareOp op = cell.kind == dsl::ast::Cell::Kind::Equal ? CompareOp::Eq : ir::compare_op(cell.compare);
        s.kind = ConditionTest::Kind::Compare;
        s.compare = static_cast<uint8_t>(cell.negated ? stdlib::negated(op) : op);
        s.values = {*value};
        return s;
      }
      case dsl::ast::Cell::Kind::Range: {
        const std::optional<Value> low = constant(cell.low);
        const std::optional<Value> high = constant(cell.high);
        if (low && high) {
          s.kind = ConditionTest::Kind::InRange;
          s.values = {*low, *high};
          s.negated = cell.negated;
        } else if (low || high) {
          const CompareOp op = low ? CompareOp::Ge : CompareOp::Le;
          s.kind = ConditionTest::Kind::Compare;
          s.compare = static_cast<uint8_t>(cell.negated ? stdlib::negated(op) : op);
          s.values = {low ? *low : *high};
        } else {
          return t;
        }
        return s;
      }
      case dsl::ast::Cell::Kind::Set:
        for (ir::ExprId item : cell.items) {
          const std::optional<Value> value = constant(item);
          if (!value) return t;
          s.values.push_back(*value);
        }
        s.kind = ConditionTest::Kind::In;
        s.negated = cell.negated;
        return s;
    }
    return t;
  }

  const ir::Program& program_;
  const dsl::SourceMap& sources_;
  const std::vector<uint32_t>& plan_nodes_;
};

struct Description {
  std::string condition;
  std::string outcome;
  ConditionTests tests;
  ConditionTests outcome_tests;
};

using Descriptions = std::map<std::pair<std::string, std::string>, Description>;  // by (location, rule id)

void describe_table(const Describer& d, const ir::Table& table, Descriptions& out) {
  for (const ir::TableRow& row : table.rows) {
    Description& description = out[{d.location(row.span), row.id}];
    std::vector<ConditionTest> tests = d.row(table, row);
    for (const ConditionTest& t : tests) {
      if (!description.condition.empty()) description.condition += " and ";
      description.condition += t.text;
    }
    if (!tests.empty()) description.tests.push_back(std::move(tests));
    for (ir::ExprId output : row.outputs) {
      if (!description.outcome.empty()) description.outcome += ", ";
      description.outcome += d.text(output);
    }
  }
}

void describe_rules(const Describer& d, const ir::Program& program, const std::vector<ir::Rule>& rules,
                    Descriptions& out) {
  for (const ir::Rule& rule : rules) {
    Description& description = out[{d.location(rule.span), rule.id}];
    description.condition = d.text(rule.condition);
    description.tests = d.condition(rule.condition);
    if (rule.table) {
      describe_table(d, program.table(rule.table), out);
    } else {
      description.outcome = d.text(rule.value);
      description.outcome_tests = d.bool_outcome(rule.value);
    }
  }
}

}  // namespace

// Called once lowering is done (Lowerer::run): fills the explanation fields
// of every rule of the plan from the IR rule it was lowered from.
void describe_rules(const ir::Program& program, const dsl::SourceMap& sources, const std::vector<uint32_t>& plan_nodes,
                    plan::Plan& plan) {
  const Describer d(program, sources, plan_nodes);
  Descriptions descriptions;
  for (uint32_t n = 0; n < program.nodes.size(); ++n) {
    const ir::Node& node = program.nodes[n];
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) {
      describe_rules(d, program, decision->rules, descriptions);
    } else if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
      for (const ir::GateRule& rule : gate->rules) {
        Description& description = descriptions[{d.location(rule.span), rule.id}];
        description.condition = d.text(rule.condition);
        description.tests = d.condition(rule.condition);
      }
    } else if (const auto* card = std::get_if<ir::ScorecardNode>(&node.body)) {
      for (const ir::Criterion& criterion : card->criteria) describe_rules(d, program, criterion.rules, descriptions);
      for (const ir::BandEntry& entry : card->band) {
        Description& description = descriptions[{d.location(entry.span), entry.id}];
        std::vector<ConditionTest> tests = d.band(ir::NodeId{n}, entry);
        for (const ConditionTest& t : tests) {
          if (!description.condition.empty()) description.condition += " and ";
          description.condition += t.text;
        }
        if (!tests.empty()) description.tests.push_back(std::move(tests));
        description.outcome = d.text(entry.value);
      }
    }
  }
  for (plan::RuleInfo& rule : plan.rules) {
    const auto it = descriptions.find({rule.location, rule.id});
    if (it == descriptions.end()) continue;
    rule.condition = it->second.condition;
    rule.outcome = it->second.outcome;
    rule.tests = it->second.tests;
    rule.outcome_tests = it->second.outcome_tests;
  }
}

}  // namespace charter::compiler::lower_detail
