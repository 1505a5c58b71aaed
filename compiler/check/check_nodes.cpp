// Nodes of the graph: lets, decisions (rules and their outcomes), gates,
// scorecards and outputs; and constants. A node is checked when first read
// (or at the end), so declarations may come in any order; a node read while
// it is being checked is part of a cycle, which the DAG reports.
#include <algorithm>
#include <set>

#include "compiler/check/checker_state.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;
using stdlib::Value;

ir::ExprId CheckerState::const_value(size_t index) {
  ConstState& state = consts_[index];
  if (state.status == ConstState::Status::Done) return state.value;
  if (state.status == ConstState::Status::InProgress) {
    error(DiagKind::ConstantCycle, state.decl->name.span, "`" + state.decl->name.text + "` is defined in terms of itself");
    state.value = error_expr(state.decl->name.span);
    state.status = ConstState::Status::Done;
    return state.value;
  }
  state.status = ConstState::Status::InProgress;
  ExprContext ctx;
  ctx.module = state.module;
  ctx.constant = true;
  const TypeId declared = state.decl->type ? resolve_type(state.module, state.decl->type) : TypeTable::kError;
  ir::ExprId value = check_expr(state.decl->value, ctx, declared);
  if (!is_error(value) && state.decl->type && !expect_type(value, declared, "the value of `" + state.decl->name.text + "`")) {
    value = error_expr(program_.expr(value).span);
  }
  if (!is_error(value) && program_.expr(value).kind != ir::ExprKind::Constant) {
    value = fold_constant(value);
  }
  if (!is_error(value) && program_.expr(value).kind != ir::ExprKind::Constant) {
    error(DiagKind::NotConstant, program_.expr(value).span,
          "the value of `" + state.decl->name.text + "` is not known when the policy compiles")
        .help = "a `const` is made of literals, other constants and builtins; use `let` for values of the event";
    value = error_expr(program_.expr(value).span);
  }
  if (!is_error(value) && state.decl->type) program_.exprs[value.value].type = declared;
  if (consts_[index].status == ConstState::Status::InProgress) {
    consts_[index].value = value;
    consts_[index].status = ConstState::Status::Done;
  }
  return consts_[index].value;
}

TypeId CheckerState::node_type(ir::NodeId id) {
  const ir::Node& node = program_.node(id);
  const bool annotated = node.kind == ir::NodeKind::Gate || node.type != TypeTable::kError;
  // A let is checked before it is read even when typed: its readers inherit
  // whether it can fail to evaluate.
  if (!annotated || node.kind == ir::NodeKind::Let) check_node(id);
  return program_.node(id).type;
}

bool CheckerState::reports_cycle(ir::NodeId id, dsl::Span read) {
  // A node with a written type is read by its type, so only an untyped node
  // still being checked can close a cycle here (the DAG finds the others).
  const ir::Node& node = program_.node(id);
  const bool annotated = node.kind == ir::NodeKind::Gate || node.type != TypeTable::kError;
  if (annotated || node_sources_[id.value].status != NodeSource::Status::InProgress) return false;
  const auto start = std::find_if(checking_.begin(), checking_.end(), [&](const auto& entry) { return entry.first == id; });
  std::string path;
  for (auto it = start; it != checking_.end(); ++it) path += "`" + program_.node(it->first).name + "` → ";
  path += "`" + node.name + "`";
  auto& diag = error(DiagKind::DecisionCycle, read, "cycle in decisions: " + path);
  // Each node on the path reads the next one; the primary span is the read
  // that closes the cycle.
  for (auto it = start; it != checking_.end(); ++it) {
    if (it->second == read) continue;
    const ir::NodeId next = it + 1 == checking_.end() ? id : (it + 1)->first;
    diag.notes.push_back({it->second, "`" + program_.node(it->first).name + "` reads `" + program_.node(next).name + "` here"});
  }
  diag.help = "a value cannot be computed from itself; give one of them a type, or break the chain";
  return true;
}

void CheckerState::check_node(ir::NodeId id) {
  NodeSource& source = node_sources_[id.value];
  if (source.status != NodeSource::Status::Pending) return;
  source.status = NodeSource::Status::InProgress;
  checking_.emplace_back(id, dsl::Span{});
  const size_t module = source.module;
  ir::Node& node = program_.nodes[id.value];
  if (!node.entry) {
    source.status = NodeSource::Status::Done;
    return;
  }
  ExprContext ctx;
  ctx.module = module;
  ctx.entry = node.entry;
  if (const auto* let = std::get_if<ast::LetDecl>(&source.decl->node)) {
    const TypeId declared = let->type ? resolve_type(module, let->type) : TypeTable::kError;
    const ir::ExprId value = check_expr(let->value, ctx, declared);
    if (let->type) expect_type(value, declared, "the value of `" + let->name.text + "`");
    program_.nodes[id.value].type = let->type ? declared : type_of(value);
    program_.nodes[id.value].body = ir::LetNode{value};
    node_may_fail_[id.value] = ctx.may_fail;
  } else if (const auto* decision = std::get_if<ast::DecisionDecl>(&source.decl->node)) {
    check_decision(id, *decision, module);
  } else if (const auto* gate = std::get_if<ast::GateDecl>(&source.decl->node)) {
    check_gate(id, *gate, module);
  } else if (const auto* scorecard = std::get_if<ast::ScorecardDecl>(&source.decl->node)) {
    check_scorecard(id, *scorecard, module);
  } else if (const auto* output = std::get_if<ast::OutputDecl>(&source.decl->node)) {
    const ir::ExprId value = check_expr(output->value, ctx);
    program_.nodes[id.value].type = type_of(value);
    program_.nodes[id.value].body = ir::OutputNode{value};
    if (ctx.may_fail) {
      error(DiagKind::MissingFallback, program_.expr(value).span,
            "the output calls a builtin that can fail to evaluate, and an output has no fallback")
          .help = "compute the value in a decision with a `fallback`, and write the decision here";
    }
  }
  node_sources_[id.value].status = NodeSource::Status::Done;
  checking_.pop_back();
}

std::string CheckerState::rule_id(const std::string& node, const std::optional<ast::Name>& label,
                                  const std::string& fallback_suffix, std::set<std::string>& used,
                                  dsl::Span span) {
  const std::string id = node + "." + (label ? label->text : fallback_suffix);
  if (!used.insert(id).second) {
    error(DiagKind::DuplicateRuleId, label ? label->span : span, "two rules of `" + node + "` are named `" + id + "`")
        .help = "rule ids appear in traces and audit records; give each rule its own label";
  }
  return id;
}

ir::Rule CheckerState::check_rule(const ast::Rule& rule, const std::string& id, ExprContext& ctx, TypeId expected,
                                  TypeId& outcome_type, std::set<std::string>& used) {
  ir::Rule built;
  built.id = id;
  built.span = rule.span;
  built.kind = rule.kind == ast::Rule::Kind::When        ? ir::Rule::Kind::When
               : rule.kind == ast::Rule::Kind::Otherwise ? ir::Rule::Kind::Otherwise
                                                         : ir::Rule::Kind::Fallback;
  const size_t narrowed = ctx.narrowed.size();
  if (rule.condition) {
    built.condition = check_condition(rule.condition, ctx);
    add_guards(built.condition, ctx);
  }
  if (rule.outcome.table) {
    built.table = check_table(rule.outcome.table, ctx, expected, id.substr(0, id.rfind('.')), used);
    outcome_type = program_.table(built.table).result_type;
  } else {
    built.value = check_expr(rule.outcome.expr, ctx, expected);
    outcome_type = type_of(built.value);
  }
  if (rule.reason) built.reason = check_template(rule.reason, ctx);
  ctx.narrowed.resize(narrowed);
  return built;
}

std::vector<ir::Rule> CheckerState::check_rules(const std::vector<ast::Rule>& rules, const std::string& owner,
                                                bool expression_form, ExprContext& ctx, TypeId expected,
                                                TypeId& joined, std::set<std::string>& used) {
  std::vector<ir::Rule> built;
  std::optional<TypeId> inferred;
  for (size_t i = 0; i < rules.size(); ++i) {
    const ast::Rule& rule = rules[i];
    const std::string suffix = rule.kind == ast::Rule::Kind::When        ? "rule" + std::to_string(i + 1)
                               : rule.kind == ast::Rule::Kind::Otherwise ? "otherwise"
                                                                         : "fallback";
    const std::string id = expression_form ? owner : rule_id(owner, rule.label, suffix, used, rule.span);
    if (expression_form) used.insert(id);
    TypeId outcome;
    built.push_back(check_rule(rule, id, ctx, expected, outcome, used));
    const ir::ExprId value = built.back().value;
    if (expected != TypeTable::kError) {
      if (value && !is_error(value)) expect_type(value, expected, "the outcome of `" + owner + "`");
      continue;
    }
    if (outcome == TypeTable::kError) continue;
    if (!inferred) {
      inferred = outcome;
    } else if (const TypeId next = join(*inferred, outcome); next != TypeTable::kError) {
      inferred = next;
    } else {
      error(DiagKind::TypeMismatch, rule.outcome.span,
            "this outcome is " + type_name(outcome) + " but earlier ones are " + type_name(*inferred))
          .help = "give `" + owner + "` a type (`decision " + owner + " : T`) or make the outcomes agree";
    }
  }
  joined = expected != TypeTable::kError ? expected : inferred.value_or(TypeTable::kError);
  return built;
}

void CheckerState::check_decision(ir::NodeId id, const ast::DecisionDecl& decl, size_t module) {
  ExprContext ctx;
  ctx.module = module;
  ctx.entry = program_.node(id).entry;
  const TypeId declared = program_.node(id).type;
  std::set<std::string> used;
  TypeId type;
  std::vector<ir::Rule> rules = check_rules(decl.rules, decl.name.text, decl.expression_form, ctx, declared, type, used);
  const bool has_fallback = std::any_of(rules.begin(), rules.end(),
                                        [](const ir::Rule& r) { return r.kind == ir::Rule::Kind::Fallback; });
  if (ctx.may_fail && !has_fallback) {
    error(DiagKind::MissingFallback, decl.name.span,
          "`" + decl.name.text + "` calls a builtin that can fail to evaluate, and has no fallback")
        .help = "add `fallback => <safe value> because \"…\"`; a failure then decides that instead of stopping";
  }
  ir::Node& node = program_.nodes[id.value];
  node.type = type;
  node.body = ir::DecisionNode{std::move(rules)};
}

}  // namespace charter::compiler::check_detail
