// Gates (verdict rules) and scorecards (bounded criteria, a band).
#include <cmath>
#include <set>

#include "compiler/check/checker_state.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;

void CheckerState::check_gate(ir::NodeId id, const ast::GateDecl& decl, size_t module) {
  ExprContext ctx;
  ctx.module = module;
  ctx.entry = program_.node(id).entry;
  std::set<std::string> used;
  ir::GateNode gate;
  bool has_fallback = false;
  for (size_t i = 0; i < decl.rules.size(); ++i) {
    const ast::GateRule& rule = decl.rules[i];
    ir::GateRule built;
    built.verdict = rule.verdict;
    built.fallback = rule.fallback;
    built.span = rule.span;
    built.id = rule_id(decl.name.text, rule.label, rule.fallback ? "fallback" : "rule" + std::to_string(i + 1), used,
                       rule.span);
    has_fallback = has_fallback || rule.fallback;
    const size_t narrowed = ctx.narrowed.size();
    if (rule.condition) {
      built.condition = check_condition(rule.condition, ctx);
      add_guards(built.condition, ctx);
    }
    if (rule.reason) built.reason = check_template(rule.reason, ctx);
    ctx.narrowed.resize(narrowed);
    gate.rules.push_back(std::move(built));
  }
  if (ctx.may_fail && !has_fallback) {
    error(DiagKind::MissingFallback, decl.name.span,
          "gate `" + decl.name.text + "` calls a builtin that can fail to evaluate, and has no fallback")
        .help = "add `fallback review because \"…\"` (or deny): a failure then gives that verdict";
  }
  program_.nodes[id.value].body = std::move(gate);
}

std::optional<double> CheckerState::constant_number(ir::ExprId id) const {
  const ir::Expr& expr = program_.expr(id);
  if (expr.kind != ir::ExprKind::Constant) return std::nullopt;
  const stdlib::Value& value = program_.constant(ir::ConstId{expr.a});
  if (value.kind != stdlib::ValueKind::Int && value.kind != stdlib::ValueKind::Number) return std::nullopt;
  return value.as_double();
}

void CheckerState::check_scorecard(ir::NodeId id, const ast::ScorecardDecl& decl, size_t module) {
  ExprContext ctx;
  ctx.module = module;
  ctx.entry = program_.node(id).entry;
  stdlib::TypeTable& types = program_.types;
  ir::ScorecardNode scorecard;
  std::set<std::string> used;
  const ir::ExprId out_of = check_expr(decl.out_of, ctx);
  scorecard.out_of = constant_number(out_of).value_or(0);
  bool integral = true;
  double total = 0;
  stdlib::RecordInfo criteria_record;
  for (const ast::Criterion& criterion : decl.criteria) {
    ir::Criterion built;
    built.name = criterion.name.text;
    built.span = criterion.span;
    built.low_expr = check_expr(criterion.low, ctx);
    built.high_expr = check_expr(criterion.high, ctx);
    built.low = constant_number(built.low_expr).value_or(0);
    built.high = constant_number(built.high_expr).value_or(0);
    if (built.low > built.high) {
      error(DiagKind::InvalidRange, criterion.name.span,
            "the bounds of `" + criterion.name.text + "` are empty: " + std::to_string(built.low) + " is above " +
                std::to_string(built.high));
    }
    total += built.high;
    integral = integral && std::floor(built.low) == built.low && std::floor(built.high) == built.high;
    TypeId type;
    built.rules = check_rules(criterion.rules, decl.name.text + "." + criterion.name.text, !criterion.block_form, ctx,
                              TypeTable::kError, type, used);
    if (type != TypeTable::kError && !types.is_numeric(type)) {
      error(DiagKind::TypeMismatch, criterion.name.span,
            "criterion `" + criterion.name.text + "` scores " + type_name(type) + "; a score is a number");
    }
    integral = integral && type != TypeTable::kNumber;
    criteria_record.fields.push_back({criterion.name.text, integral ? TypeTable::kInt : TypeTable::kNumber, false});
    scorecard.criteria.push_back(std::move(built));
  }
  if (!decl.criteria.empty() && scorecard.out_of != 0 && total != scorecard.out_of) {
    error(DiagKind::ScorecardBounds, program_.expr(out_of).span,
          "the criteria of `" + decl.name.text + "` add up to at most " + std::to_string(static_cast<long long>(total)) +
              ", not " + std::to_string(static_cast<long long>(scorecard.out_of)))
        .help = "make the upper bounds of the criteria sum to the `out of` score";
  }
  const TypeId score_type = integral ? TypeTable::kInt : TypeTable::kNumber;
  for (auto& field : criteria_record.fields) field.type = score_type;
  scorecard.band_type = TypeTable::kError;
  if (decl.band) {
    if (decl.band->type) scorecard.band_type = resolve_type(module, decl.band->type);
    std::optional<TypeId> inferred;
    for (size_t i = 0; i < decl.band->entries.size(); ++i) {
      const ast::BandEntry& entry = decl.band->entries[i];
      ir::BandEntry built;
      built.span = entry.span;
      if (entry.low) {
        built.low_expr = check_expr(entry.low, ctx);
        built.low = constant_number(built.low_expr);
      }
      if (entry.high) {
        built.high_expr = check_expr(entry.high, ctx);
        built.high = constant_number(built.high_expr);
      }
      built.value = check_expr(entry.value, ctx, scorecard.band_type);
      const ir::Expr& value = program_.expr(built.value);
      std::string suffix = "band" + std::to_string(i + 1);
      if (value.kind == ir::ExprKind::Constant && types.kind(value.type) == TypeKind::Enum) {
        suffix = "band." + types.enum_info(value.type).values[program_.constant(ir::ConstId{value.a}).as_ordinal()].name;
      }
      built.id = rule_id(decl.name.text, std::nullopt, suffix, used, entry.span);
      if (entry.reason) built.reason = check_template(entry.reason, ctx);
      if (scorecard.band_type != TypeTable::kError) {
        expect_type(built.value, scorecard.band_type, "a band");
      } else if (!is_error(built.value)) {
        inferred = inferred ? join(*inferred, value.type) : value.type;
      }
      scorecard.band.push_back(std::move(built));
    }
    if (scorecard.band_type == TypeTable::kError && inferred) scorecard.band_type = *inferred;
  }
  stdlib::RecordInfo record;
  record.name = decl.name.text;
  record.fields.push_back({"score", score_type, false});
  if (decl.band) record.fields.push_back({"band", scorecard.band_type, false});
  record.fields.push_back({"criteria", types.add_record(std::move(criteria_record)), false});
  ir::Node& node = program_.nodes[id.value];
  node.type = types.add_record(std::move(record));
  node.body = std::move(scorecard);
}

}  // namespace charter::compiler::check_detail
