// Expressions: literals, conditionals, lists, sets, indexing, templates.
// Names and members are in check_names.cpp; operators, calls, records and
// quantifiers in check_operators.cpp.
#include <algorithm>
#include <chrono>
#include <cmath>

#include "compiler/check/checker_state.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;
using stdlib::Value;

ir::ExprId CheckerState::error_expr(dsl::Span span) {
  ir::Expr expr;
  expr.kind = ir::ExprKind::Error;
  expr.type = TypeTable::kError;
  expr.span = span;
  return make(std::move(expr));
}

ir::ExprId CheckerState::constant_expr(Value value, TypeId type, dsl::Span span) {
  ir::Expr expr;
  expr.kind = ir::ExprKind::Constant;
  expr.type = type;
  expr.span = span;
  expr.a = program_.add_constant(value).value;
  return make(std::move(expr));
}

ir::ExprId CheckerState::check_condition(ast::ExprId id, ExprContext& ctx) {
  const ir::ExprId condition = check_expr(id, ctx, TypeTable::kBool);
  expect_type(condition, TypeTable::kBool, "a condition");
  return condition;
}

ir::ExprId CheckerState::check_template(ast::ExprId id, ExprContext& ctx) {
  return check_expr(id, ctx, TypeTable::kString);
}

namespace {

int64_t days_from_civil(int32_t year, unsigned month, unsigned day) {
  using namespace std::chrono;
  return sys_days(std::chrono::year(year) / std::chrono::month(month) / std::chrono::day(day))
      .time_since_epoch()
      .count();
}

}  // namespace

ir::ExprId CheckerState::check_expr(ast::ExprId id, ExprContext& ctx, TypeId expected) {
  const ast::Expr& expr = ast_expr(ctx.module, id);
  const dsl::Span span = expr.span;
  if (const auto* number = std::get_if<ast::NumberLit>(&expr.node)) {
    const bool integer = number->is_integer && std::fabs(number->value) < 9.2e18;
    // An integer literal where a Number is wanted is simply that number.
    if (integer && expected != TypeTable::kNumber) {
      return constant_expr(Value::integer(static_cast<int64_t>(number->value)), TypeTable::kInt, span);
    }
    return constant_expr(Value::number(number->value), TypeTable::kNumber, span);
  }
  if (const auto* boolean = std::get_if<ast::BoolLit>(&expr.node)) {
    return constant_expr(Value::boolean(boolean->value), TypeTable::kBool, span);
  }
  if (std::holds_alternative<ast::NullLit>(expr.node)) {
    // Where an optional value is wanted (an outcome of a `T?` decision, a
    // field of type `T?`), `null` is that value absent: written as null.
    if (program_.types.is_optional(expected)) return constant_expr(Value::missing(), expected, span);
    error(DiagKind::TypeMismatch, span, "`null` is only a value where an optional (`T?`) one is wanted")
        .help = "give the decision or field an optional type, `T?`; test for an absent value with `exists(x)`";
    return error_expr(span);
  }
  if (const auto* duration = std::get_if<ast::DurationLit>(&expr.node)) {
    return constant_expr(Value::duration({duration->milliseconds * 1000}), TypeTable::kDuration, span);
  }
  if (const auto* date = std::get_if<ast::DateLit>(&expr.node)) {
    return constant_expr(Value::date(days_from_civil(date->year, date->month, date->day)), TypeTable::kDate, span);
  }
  if (const auto* instant = std::get_if<ast::DateTimeLit>(&expr.node)) {
    return constant_expr(Value::time({instant->epoch_microseconds}), TypeTable::kTime, span);
  }
  if (const auto* time = std::get_if<ast::TimeOfDayLit>(&expr.node)) {
    return constant_expr(Value::time_of_day(time->seconds), TypeTable::kTimeOfDay, span);
  }
  if (const auto* text = std::get_if<ast::StringLit>(&expr.node)) {
    if (text->is_plain()) {
      const std::string plain = text->plain_text();
      return constant_expr(Value::string(program_.constant_arena->copy(plain)), TypeTable::kString, span);
    }
    ir::Expr templ;
    templ.kind = ir::ExprKind::Template;
    templ.type = TypeTable::kString;
    templ.span = span;
    for (const ast::StringPart& part : text->parts) {
      if (part.expr) {
        const ir::ExprId value = check_expr(part.expr, ctx);
        const TypeKind kind = program_.types.kind(type_of(value));
        if (kind == TypeKind::Record || kind == TypeKind::Map) {
          error(DiagKind::TypeMismatch, program_.expr(value).span,
                "a " + type_name(type_of(value)) + " cannot be written into text")
              .help = "interpolate one of its fields instead";
        }
        templ.args.push_back(value);
      } else {
        templ.args.push_back(constant_expr(Value::string(program_.constant_arena->copy(part.text)),
                                           TypeTable::kString, part.span));
      }
    }
    return make(std::move(templ));
  }
  if (const auto* name = std::get_if<ast::NameExpr>(&expr.node)) return check_name(expr, *name, ctx, expected);
  if (std::holds_alternative<ast::MemberExpr>(expr.node)) return check_member(id, ctx, expected);
  if (const auto* call = std::get_if<ast::CallExpr>(&expr.node)) return check_call(expr, *call, ctx, expected);
  if (const auto* binary = std::get_if<ast::BinaryExpr>(&expr.node)) return check_binary(expr, *binary, ctx, expected);
  if (const auto* quantifier = std::get_if<ast::QuantifierExpr>(&expr.node)) return check_quantifier(expr, *quantifier, ctx);
  if (const auto* record = std::get_if<ast::RecordExpr>(&expr.node)) return check_record_literal(expr, *record, ctx, expected);
  if (const auto* unary = std::get_if<ast::UnaryExpr>(&expr.node)) {
    ir::Expr built;
    built.span = span;
    if (unary->op == ast::UnaryOp::Not) {
      built.kind = ir::ExprKind::Not;
      built.type = TypeTable::kBool;
      built.args.push_back(check_condition(unary->operand, ctx));
      return make(std::move(built));
    }
    const ir::ExprId operand = check_expr(unary->operand, ctx, expected);
    const TypeId type = type_of(operand);
    if (type != TypeTable::kError && !program_.types.is_numeric(type) && type != TypeTable::kDuration) {
      error(DiagKind::InvalidOperands, span, "`-` negates numbers and durations, not " + type_name(type));
      return error_expr(span);
    }
    built.kind = ir::ExprKind::Negate;
    built.type = type;
    built.args.push_back(operand);
    return make(std::move(built));
  }
  if (const auto* conditional = std::get_if<ast::IfExpr>(&expr.node)) {
    ir::Expr built;
    built.kind = ir::ExprKind::If;
    built.span = span;
    const ir::ExprId condition = check_condition(conditional->condition, ctx);
    const size_t narrowed = ctx.narrowed.size();
    add_guards(condition, ctx);
    const ir::ExprId then_branch = check_expr(conditional->then_branch, ctx, expected);
    ctx.narrowed.resize(narrowed);
    const ir::ExprId else_branch = check_expr(conditional->else_branch, ctx, expected);
    built.type = join(type_of(then_branch), type_of(else_branch));
    if (built.type == TypeTable::kError && !is_error(then_branch) && !is_error(else_branch)) {
      error(DiagKind::TypeMismatch, span,
            "the branches of `if` give " + type_name(type_of(then_branch)) + " and " +
                type_name(type_of(else_branch)))
          .help = "both branches must give the same type";
    }
    built.args = {condition, then_branch, else_branch};
    return make(std::move(built));
  }
  if (const auto* list = std::get_if<ast::ListExpr>(&expr.node)) return check_collection(span, list->items, false, ctx, expected);
  if (const auto* set = std::get_if<ast::SetExpr>(&expr.node)) return check_collection(span, set->items, true, ctx, expected);
  if (const auto* index = std::get_if<ast::IndexExpr>(&expr.node)) {
    const ir::ExprId object = check_expr(index->object, ctx);
    const TypeId object_type = type_of(object);
    if (object_type == TypeTable::kError) return error_expr(span);
    const TypeKind kind = program_.types.kind(object_type);
    if (kind != TypeKind::List && kind != TypeKind::Map) {
      error(DiagKind::InvalidOperands, span, "only lists and maps can be indexed, not " + type_name(object_type));
      return error_expr(span);
    }
    const TypeId key_type = kind == TypeKind::List ? TypeTable::kInt : TypeTable::kString;
    const ir::ExprId key = check_expr(index->index, ctx, key_type);
    expect_type(key, key_type, kind == TypeKind::List ? "a list index" : "a map key");
    ir::Expr built;
    built.kind = ir::ExprKind::Index;
    built.type = program_.types.optional_of(program_.types.info(object_type).element);
    built.span = span;
    built.args = {object, key};
    return make(std::move(built));
  }
  if (std::holds_alternative<ast::RangeExpr>(expr.node)) {
    error(DiagKind::TypeMismatch, span, "a range is only written after `in`")
        .help = "test membership: `score in 70..84`";
    return error_expr(span);
  }
  return error_expr(span);
}

ir::ExprId CheckerState::check_collection(dsl::Span span, const std::vector<ast::ExprId>& items, bool set,
                                          ExprContext& ctx, TypeId expected) {
  const stdlib::TypeTable& types = program_.types;
  // The element type wanted here, if the context says (kError: unknown).
  TypeId element = TypeTable::kError;
  const TypeId wanted = types.strip_optional(expected);
  if (types.kind(wanted) == TypeKind::List || types.kind(wanted) == TypeKind::Set) {
    element = types.info(wanted).element;
  }
  ir::Expr built;
  built.kind = ir::ExprKind::ListLiteral;
  built.flags = set ? ir::kSet : 0;
  built.span = span;
  std::optional<TypeId> joined;
  bool failed = false;
  bool all_constant = true;
  for (ast::ExprId item : items) {
    const ir::ExprId checked = check_expr(item, ctx, element);
    const TypeId item_type = type_of(checked);
    all_constant = all_constant && program_.expr(checked).kind == ir::ExprKind::Constant;
    built.args.push_back(checked);
    if (item_type == TypeTable::kError || failed) {
      failed = true;
      continue;
    }
    if (!joined) {
      joined = item_type;
      continue;
    }
    const TypeId next = join(*joined, item_type);
    if (next == TypeTable::kError) {
      error(DiagKind::TypeMismatch, program_.expr(checked).span,
            "this item is " + type_name(item_type) + " but the ones before are " + type_name(*joined))
          .help = "the items of a list or set all have one type";
      failed = true;
      continue;
    }
    joined = next;
  }
  if (failed) return error_expr(span);
  if (!joined) {
    if (element == TypeTable::kError) {
      error(DiagKind::EmptyCollectionType, span, "the type of this empty collection is not known here")
          .help = "write it where a list of a known type is expected, or give the `const` a type";
      return error_expr(span);
    }
    joined = element;
  }
  if (element != TypeTable::kError && assignable(*joined, element)) joined = element;
  built.type = set ? program_.types.set_of(*joined) : program_.types.list_of(*joined);
  if (all_constant) return fold_collection(std::move(built));
  return make(std::move(built));
}

ir::ExprId CheckerState::fold_collection(ir::Expr built) {
  std::vector<Value> items;
  for (ir::ExprId item : built.args) items.push_back(program_.constant(ir::ConstId{program_.expr(item).a}));
  if (built.flags & ir::kSet) {
    // A set keeps one of each value, in a canonical order.
    std::sort(items.begin(), items.end(), [](const Value& a, const Value& b) { return stdlib::compare_values(a, b) < 0; });
    items.erase(std::unique(items.begin(), items.end(), [](const Value& a, const Value& b) { return stdlib::values_equal(a, b); }),
                items.end());
  }
  Value* stored = program_.constant_arena->allocate_array<Value>(std::max<size_t>(items.size(), 1));
  std::copy(items.begin(), items.end(), stored);
  return constant_expr(Value::list(stored, static_cast<uint32_t>(items.size())), built.type, built.span);
}

}  // namespace charter::compiler::check_detail
