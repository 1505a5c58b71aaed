// Operators: logic, comparison, membership, `??`, arithmetic and string
// joining, with the type rules of docs/language.md; and the type relations
// (join, assignable) the rest of the checker uses.
#include <cctype>

#include "compiler/check/checker_state.hpp"

namespace charter::compiler::check_detail {

using ast::BinaryOp;
using dsl::DiagKind;

TypeId CheckerState::join(TypeId a, TypeId b) {
  stdlib::TypeTable& types = program_.types;
  if (a == TypeTable::kError || b == TypeTable::kError) return TypeTable::kError;
  if (a == b) return a;
  const bool optional = types.is_optional(a) || types.is_optional(b);
  const TypeId x = types.strip_optional(a), y = types.strip_optional(b);
  TypeId base = TypeTable::kError;
  if (x == y) base = x;
  else if (types.is_numeric(x) && types.is_numeric(y)) base = TypeTable::kNumber;
  else if (x == TypeTable::kNull) base = y;
  else if (y == TypeTable::kNull) base = x;
  else if ((types.kind(x) == TypeKind::List || types.kind(x) == TypeKind::Set) && types.kind(x) == types.kind(y)) {
    const TypeId element = join(types.info(x).element, types.info(y).element);
    if (element != TypeTable::kError) {
      base = types.kind(x) == TypeKind::List ? types.list_of(element) : types.set_of(element);
    }
  }
  if (base == TypeTable::kError) return base;
  return optional ? types.optional_of(base) : base;
}

bool CheckerState::assignable(TypeId from, TypeId to) const {
  const stdlib::TypeTable& types = program_.types;
  if (from == TypeTable::kError || to == TypeTable::kError || from == to) return true;
  if (types.is_optional(to)) {
    if (from == TypeTable::kNull) return true;
    return assignable(types.strip_optional(from), types.strip_optional(to));
  }
  if (types.is_optional(from)) return false;
  if (from == TypeTable::kInt && to == TypeTable::kNumber) return true;
  const TypeKind from_kind = types.kind(from), to_kind = types.kind(to);
  if ((from_kind == TypeKind::List || from_kind == TypeKind::Set) &&
      (to_kind == TypeKind::List || to_kind == TypeKind::Set)) {
    return assignable(types.info(from).element, types.info(to).element);
  }
  return false;
}

bool CheckerState::expect_type(ir::ExprId id, TypeId expected, std::string_view what) {
  const TypeId found = type_of(id);
  if (assignable(found, expected)) return true;
  const stdlib::TypeTable& types = program_.types;
  if (types.is_optional(found) && assignable(types.strip_optional(found), expected)) {
    error(DiagKind::OptionalNotGuarded, program_.expr(id).span,
          "this may be missing, but " + std::string(what) + " must be " + type_name(expected))
        .help = "give a default with `?? value`, or check `exists(…)` first";
    return false;
  }
  error(DiagKind::TypeMismatch, program_.expr(id).span,
        std::string(what) + " must be " + type_name(expected) + ", but this is " + type_name(found));
  return false;
}

namespace {

bool ordered(const stdlib::TypeTable& types, TypeId t) {
  switch (types.kind(t)) {
    case TypeKind::Int:
    case TypeKind::Number:
    case TypeKind::String:
    case TypeKind::Time:
    case TypeKind::Date:
    case TypeKind::TimeOfDay:
    case TypeKind::Duration:
    case TypeKind::Enum: return true;
    default: return false;
  }
}

// A bare name that can only be an enum value: checked after the other side,
// whose type tells which enum it belongs to (`Spam == sender_type`).
bool needs_context(const ast::Module& module, ast::ExprId id) {
  return std::holds_alternative<ast::NameExpr>(module.expr(id).node);
}

}  // namespace

void CheckerState::check_operands(const ast::BinaryExpr& binary, ExprContext& ctx, ir::ExprId& lhs,
                                  ir::ExprId& rhs) {
  const ast::Module& module = ast_of(ctx.module);
  const auto* name = std::get_if<ast::NameExpr>(&module.expr(binary.lhs).node);
  const bool lhs_is_value = name == nullptr || names_a_value(name->name, ctx);
  if (!lhs_is_value && !needs_context(module, binary.rhs)) {
    rhs = check_expr(binary.rhs, ctx);
    lhs = check_expr(binary.lhs, ctx, program_.types.strip_optional(type_of(rhs)));
  } else {
    lhs = check_expr(binary.lhs, ctx);
    rhs = check_expr(binary.rhs, ctx, program_.types.strip_optional(type_of(lhs)));
  }
}

ir::ExprId CheckerState::check_binary(const ast::Expr& expr, const ast::BinaryExpr& binary, ExprContext& ctx,
                                      TypeId expected) {
  const stdlib::TypeTable& types = program_.types;
  ir::Expr built;
  built.span = expr.span;
  built.op = static_cast<uint8_t>(binary.op);
  switch (binary.op) {
    case BinaryOp::And:
    case BinaryOp::Or: {
      built.kind = binary.op == BinaryOp::And ? ir::ExprKind::And : ir::ExprKind::Or;
      built.type = TypeTable::kBool;
      const ir::ExprId lhs = check_condition(binary.lhs, ctx);
      const size_t narrowed = ctx.narrowed.size();
      if (binary.op == BinaryOp::And) add_guards(lhs, ctx);
      const ir::ExprId rhs = check_condition(binary.rhs, ctx);
      ctx.narrowed.resize(narrowed);
      built.args = {lhs, rhs};
      return make(std::move(built));
    }
    case BinaryOp::In:
    case BinaryOp::NotIn: return check_membership(expr, binary, ctx);
    case BinaryOp::Coalesce: {
      const ir::ExprId value = check_expr(binary.lhs, ctx, expected);
      const TypeId value_type = type_of(value);
      const ir::ExprId fallback = check_expr(binary.rhs, ctx, types.strip_optional(value_type));
      if (value_type == TypeTable::kError || is_error(fallback)) return error_expr(expr.span);
      if (!types.is_optional(value_type)) {
        error(DiagKind::TypeMismatch, program_.expr(value).span,
              "this is never missing, so `??` has nothing to replace")
            .help = "remove `?? …`";
        return value;
      }
      built.kind = ir::ExprKind::Coalesce;
      built.type = join(types.strip_optional(value_type), type_of(fallback));
      if (built.type == TypeTable::kError) {
        error(DiagKind::TypeMismatch, program_.expr(fallback).span,
              "the default is " + type_name(type_of(fallback)) + " but the value is " + type_name(value_type));
        return error_expr(expr.span);
      }
      built.args = {value, fallback};
      return make(std::move(built));
    }
    default: break;
  }
  ir::ExprId lhs, rhs;
  check_operands(binary, ctx, lhs, rhs);
  const TypeId l = type_of(lhs), r = type_of(rhs);
  if (l == TypeTable::kError || r == TypeTable::kError) return error_expr(expr.span);
  const std::string op(ast::to_string(binary.op));
  for (ir::ExprId side : {lhs, rhs}) {
    if (types.is_optional(type_of(side))) {
      error(DiagKind::OptionalNotGuarded, program_.expr(side).span, "this may be missing, so `" + op + "` cannot use it")
          .help = "give a default with `?? value`, or check `exists(…)` first";
      return error_expr(expr.span);
    }
  }
  built.args = {lhs, rhs};
  const auto invalid = [&] {
    auto& diag = error(DiagKind::InvalidOperands, binary.op_span,
                       "`" + op + "` cannot combine " + type_name(l) + " and " + type_name(r));
    // `consent == "explicit_opt_in"`: the text names a value of the enum
    // (as events spell it, or as the policy does).
    for (const auto& [text_side, enum_type] : {std::pair{rhs, l}, std::pair{lhs, r}}) {
      const ir::Expr& text = program_.expr(text_side);
      if (text.kind != ir::ExprKind::Constant || types.kind(enum_type) != TypeKind::Enum ||
          program_.constant(ir::ConstId{text.a}).kind != stdlib::ValueKind::String) {
        continue;
      }
      // Compared loosely: "explicit_opt_in", "ExplicitOptIn" and "explicit-opt-in" name one value.
      const auto loose = [](std::string_view word) {
        std::string out;
        for (const char c : word) {
          if (c != '_' && c != '-' && c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        return out;
      };
      const std::string written = loose(program_.constant(ir::ConstId{text.a}).as_string());
      for (const stdlib::EnumValue& value : types.enum_info(enum_type).values) {
        if (loose(value.json) == written || loose(value.path) == written) {
          diag.help = "compare with the enum value: `" + value.path + "`";
          diag.fix = dsl::DiagFix{text.span, value.path};
        }
      }
    }
    return error_expr(expr.span);
  };
  switch (binary.op) {
    case BinaryOp::Eq:
    case BinaryOp::Ne:
      if (join(l, r) == TypeTable::kError) return invalid();
      built.kind = ir::ExprKind::Compare;
      built.type = TypeTable::kBool;
      return make(std::move(built));
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge:
      if (join(l, r) == TypeTable::kError || !ordered(types, l)) return invalid();
      built.kind = ir::ExprKind::Compare;
      built.type = TypeTable::kBool;
      return make(std::move(built));
    case BinaryOp::Add:
      if (l == TypeTable::kString && r == TypeTable::kString) {
        built.kind = ir::ExprKind::Concat;
        built.type = TypeTable::kString;
        return make(std::move(built));
      }
      [[fallthrough]];
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod: {
      built.kind = ir::ExprKind::Arithmetic;
      const bool both_numeric = types.is_numeric(l) && types.is_numeric(r);
      if (both_numeric) {
        built.type = (l == TypeTable::kInt && r == TypeTable::kInt && binary.op != BinaryOp::Div) ? TypeTable::kInt
                                                                                                   : TypeTable::kNumber;
      } else if (binary.op == BinaryOp::Add && ((l == TypeTable::kTime && r == TypeTable::kDuration) ||
                                                (l == TypeTable::kDuration && r == TypeTable::kTime))) {
        built.type = TypeTable::kTime;
      } else if (binary.op == BinaryOp::Sub && l == TypeTable::kTime && r == TypeTable::kDuration) {
        built.type = TypeTable::kTime;
      } else if (binary.op == BinaryOp::Sub && l == TypeTable::kTime && r == TypeTable::kTime) {
        built.type = TypeTable::kDuration;
      } else if ((binary.op == BinaryOp::Add || binary.op == BinaryOp::Sub) && l == TypeTable::kDuration &&
                 r == TypeTable::kDuration) {
        built.type = TypeTable::kDuration;
      } else if ((binary.op == BinaryOp::Mul || binary.op == BinaryOp::Div) && l == TypeTable::kDuration &&
                 types.is_numeric(r)) {
        built.type = TypeTable::kDuration;
      } else {
        return invalid();
      }
      return make(std::move(built));
    }
    default: return invalid();
  }
}

ir::ExprId CheckerState::check_membership(const ast::Expr& expr, const ast::BinaryExpr& binary, ExprContext& ctx) {
  const stdlib::TypeTable& types = program_.types;
  const ast::Expr& container = ast_expr(ctx.module, binary.rhs);
  ir::Expr built;
  built.span = expr.span;
  built.type = TypeTable::kBool;
  built.flags = binary.op == BinaryOp::NotIn ? ir::kNegated : 0;
  ir::ExprId value;
  if (const auto* range = std::get_if<ast::RangeExpr>(&container.node)) {
    value = check_expr(binary.lhs, ctx);
    const TypeId t = types.strip_optional(type_of(value));
    const ir::ExprId low = check_expr(range->low, ctx, t);
    const ir::ExprId high = check_expr(range->high, ctx, t);
    if (is_error(value) || is_error(low) || is_error(high)) return error_expr(expr.span);
    if (types.is_optional(type_of(value))) {
      expect_type(value, t, "the value tested");
      return error_expr(expr.span);
    }
    if (!ordered(types, t) || join(t, type_of(low)) == TypeTable::kError ||
        join(t, type_of(high)) == TypeTable::kError) {
      error(DiagKind::InvalidOperands, binary.op_span,
            "a range of " + type_name(type_of(low)) + " cannot hold " + type_name(t));
      return error_expr(expr.span);
    }
    built.kind = ir::ExprKind::InRange;
    built.args = {value, low, high};
    return make(std::move(built));
  }
  ir::ExprId collection;
  const auto* name = std::get_if<ast::NameExpr>(&ast_expr(ctx.module, binary.lhs).node);
  if (name != nullptr && !names_a_value(name->name, ctx)) {
    collection = check_expr(binary.rhs, ctx);
    const TypeId c = types.strip_optional(type_of(collection));
    const TypeKind kind = types.kind(c);
    const TypeId element = (kind == TypeKind::List || kind == TypeKind::Set) ? types.info(c).element : TypeId{};
    value = check_expr(binary.lhs, ctx, element);
  } else {
    value = check_expr(binary.lhs, ctx);
    collection = check_expr(binary.rhs, ctx, program_.types.set_of(types.strip_optional(type_of(value))));
  }
  if (is_error(value) || is_error(collection)) return error_expr(expr.span);
  const TypeId v = type_of(value), c = type_of(collection);
  for (ir::ExprId side : {value, collection}) {
    if (types.is_optional(type_of(side))) {
      error(DiagKind::OptionalNotGuarded, program_.expr(side).span, "this may be missing, so `in` cannot use it")
          .help = "give a default with `?? value`, or check `exists(…)` first";
      return error_expr(expr.span);
    }
  }
  built.args = {value, collection};
  const TypeKind kind = types.kind(c);
  if (kind == TypeKind::List || kind == TypeKind::Set) {
    if (join(v, types.info(c).element) == TypeTable::kError) {
      error(DiagKind::InvalidOperands, binary.op_span,
            "a " + type_name(c) + " cannot hold " + type_name(v));
      return error_expr(expr.span);
    }
    built.kind = ir::ExprKind::InList;
    return make(std::move(built));
  }
  if ((kind == TypeKind::String && v == TypeTable::kString) || (kind == TypeKind::Map && v == TypeTable::kString)) {
    // `"pricing" in text` is a substring test; `"budget" in form` a key test.
    built.kind = ir::ExprKind::InList;
    return make(std::move(built));
  }
  error(DiagKind::InvalidOperands, binary.op_span, "`in` needs a list, set, range, text or map on its right, not " + type_name(c));
  return error_expr(expr.span);
}

}  // namespace charter::compiler::check_detail
