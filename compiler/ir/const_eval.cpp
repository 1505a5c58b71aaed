#include "compiler/ir/const_eval.hpp"

#include <algorithm>

#include "compiler/ir/operator_kinds.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::ir {
namespace {

using stdlib::Value;
using stdlib::ValueKind;

class ConstEvaluator {
 public:
  ConstEvaluator(Program& program, const stdlib::BuiltinTable& builtins) : program_(program), builtins_(builtins) {}

  std::optional<Value> eval(ExprId id) {
    const Expr& expr = program_.expr(id);
    switch (expr.kind) {
      case ExprKind::Constant: return program_.constant(ConstId{expr.a});
      case ExprKind::Not: {
        const auto v = eval(expr.args[0]);
        if (!v) return std::nullopt;
        return Value::boolean(!v->as_bool());
      }
      case ExprKind::Negate: {
        const auto v = eval(expr.args[0]);
        if (!v) return std::nullopt;
        Value out;
        std::string_view failure;
        if (!stdlib::apply_arithmetic(stdlib::ArithmeticOp::Sub, zero_like(*v), *v, out, failure)) return std::nullopt;
        return out;
      }
      case ExprKind::And:
      case ExprKind::Or: {
        const bool is_and = expr.kind == ExprKind::And;
        for (ExprId arg : expr.args) {
          const auto v = eval(arg);
          if (!v) return std::nullopt;
          if (v->as_bool() != is_and) return Value::boolean(!is_and);
        }
        return Value::boolean(is_and);
      }
      case ExprKind::Compare: {
        const auto a = eval(expr.args[0]), b = eval(expr.args[1]);
        if (!a || !b) return std::nullopt;
        return Value::boolean(stdlib::apply_compare(compare_op(expr.op), *a, *b));
      }
      case ExprKind::Arithmetic: {
        const auto a = eval(expr.args[0]), b = eval(expr.args[1]);
        if (!a || !b) return std::nullopt;
        Value out;
        std::string_view failure;
        if (!stdlib::apply_arithmetic(arithmetic_op(expr.op), *a, *b, out, failure)) return std::nullopt;
        return out;
      }
      case ExprKind::Concat: {
        const auto a = eval(expr.args[0]), b = eval(expr.args[1]);
        if (!a || !b) return std::nullopt;
        return Value::string(program_.constant_arena->copy(std::string(a->as_string()) + std::string(b->as_string())));
      }
      case ExprKind::Template: {
        std::string text;
        for (ExprId part : expr.args) {
          const auto v = eval(part);
          if (!v) return std::nullopt;
          stdlib::append_text(text, *v, program_.types);
        }
        return Value::string(program_.constant_arena->copy(text));
      }
      case ExprKind::Coalesce: {
        const auto v = eval(expr.args[0]);
        if (!v) return std::nullopt;
        return v->is_missing() ? eval(expr.args[1]) : v;
      }
      case ExprKind::If: {
        const auto c = eval(expr.args[0]);
        if (!c) return std::nullopt;
        return eval(c->as_bool() ? expr.args[1] : expr.args[2]);
      }
      case ExprKind::Exists: {
        const auto v = eval(expr.args[0]);
        if (!v) return std::nullopt;
        return Value::boolean(!v->is_missing());
      }
      case ExprKind::InRange: {
        const auto v = eval(expr.args[0]), low = eval(expr.args[1]), high = eval(expr.args[2]);
        if (!v || !low || !high) return std::nullopt;
        const bool inside = stdlib::compare_values(*v, *low) >= 0 && stdlib::compare_values(*v, *high) <= 0;
        return Value::boolean(inside != ((expr.flags & kNegated) != 0));
      }
      case ExprKind::InList: {
        const auto v = eval(expr.args[0]), list = eval(expr.args[1]);
        if (!v || !list || list->kind != ValueKind::List) return std::nullopt;
        const bool found = std::any_of(list->items(), list->items() + list->size,
                                       [&](const Value& item) { return stdlib::values_equal(item, *v); });
        return Value::boolean(found != ((expr.flags & kNegated) != 0));
      }
      case ExprKind::Member: {
        const auto v = eval(expr.args[0]);
        if (!v) return std::nullopt;
        if (v->is_missing()) return Value::missing();
        return v->items()[expr.a];
      }
      case ExprKind::Call: return call(expr);
      default: return std::nullopt;
    }
  }

 private:
  static Value zero_like(const Value& v) {
    if (v.kind == ValueKind::Number) return Value::number(0);
    if (v.kind == ValueKind::Duration) return Value::duration({0});
    return Value::integer(0);
  }

  std::optional<Value> call(const Expr& expr) {
    const stdlib::BuiltinEntry& entry = builtins_.entry(expr.builtin);
    if (entry.purity != stdlib::Purity::Pure) return std::nullopt;
    for (auto hook : entry.prepare) {
      if (hook != nullptr) return std::nullopt;  // prepared once at lowering, not folded
    }
    std::vector<Value> args;
    for (ExprId arg : expr.args) {
      const auto v = eval(arg);
      if (!v) return std::nullopt;
      args.push_back(*v);
    }
    stdlib::CallContext ctx;
    ctx.arena = program_.constant_arena.get();
    ctx.types = &program_.types;
    ctx.result_type = expr.type;
    Value out;
    if (!entry.impl(ctx, args.data(), out)) return std::nullopt;
    return out;
  }

  Program& program_;
  const stdlib::BuiltinTable& builtins_;
};

}  // namespace

std::optional<Value> evaluate_constant(Program& program, ExprId id, const stdlib::BuiltinTable& builtins) {
  return ConstEvaluator(program, builtins).eval(id);
}

}  // namespace charter::compiler::ir
