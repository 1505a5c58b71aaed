// Constant folding: an expression whose inputs are all constants becomes a
// constant, computed with the evaluator's own operator semantics and builtin
// implementations (compiler/ir/const_eval), so folding never changes a
// result. `and`/`or`/`if` with a constant deciding operand are cut short.
// Expressions that would not evaluate (division by zero…) are left alone:
// they fail at run time exactly as without folding.
#include "compiler/ir/const_eval.hpp"
#include "compiler/opt/pass.hpp"

namespace charter::compiler::opt {
namespace {

bool is_constant(const ir::Program& program, ir::ExprId id) {
  return program.expr(id).kind == ir::ExprKind::Constant;
}

bool constant_bool(const ir::Program& program, ir::ExprId id, bool& value) {
  if (!is_constant(program, id)) return false;
  value = program.constant(ir::ConstId{program.expr(id).a}).as_bool();
  return true;
}

class FoldConstants final : public Pass {
 public:
  std::string_view name() const override { return "fold_constants"; }

  void run(ir::Program& program, const stdlib::BuiltinTable& builtins) override {
    // Arguments are created before the expressions that use them, so one
    // pass in id order folds from the leaves up.
    for (uint32_t i = 0; i < program.exprs.size(); ++i) {
      const ir::ExprId id{i};
      ir::Expr& expr = program.exprs[i];
      if (expr.kind == ir::ExprKind::Constant || expr.kind == ir::ExprKind::Error) continue;
      if (shortcut(program, id)) continue;
      bool all_constant = !expr.args.empty();
      for (ir::ExprId arg : expr.args) all_constant = all_constant && is_constant(program, arg);
      if (!all_constant || !foldable(expr.kind)) continue;
      const auto value = ir::evaluate_constant(program, id, builtins);
      if (!value) continue;
      const ir::ConstId constant = program.add_constant(*value);
      ir::Expr& folded = program.exprs[i];
      folded.kind = ir::ExprKind::Constant;
      folded.a = constant.value;
      folded.args.clear();
    }
  }

 private:
  static bool foldable(ir::ExprKind kind) {
    switch (kind) {
      case ir::ExprKind::Quantifier:  // binds a local: its condition is not constant alone
      case ir::ExprKind::TraceRule:
      case ir::ExprKind::TraceReason:
      case ir::ExprKind::TraceReasons:
      case ir::ExprKind::KeywordScan:
      case ir::ExprKind::Local:
      case ir::ExprKind::InputField:
      case ir::ExprKind::NodeValue: return false;
      default: return true;
    }
  }

  // `false and x` → false, `true or x` → true, `if true then a else b` → a.
  static bool shortcut(ir::Program& program, ir::ExprId id) {
    ir::Expr& expr = program.exprs[id.value];
    bool value = false;
    if ((expr.kind == ir::ExprKind::And || expr.kind == ir::ExprKind::Or) &&
        constant_bool(program, expr.args[0], value)) {
      const bool decided = expr.kind == ir::ExprKind::And ? !value : value;
      if (decided) {
        program.exprs[id.value] = program.expr(expr.args[0]);
      } else {
        // `true and x` is x; keep the expression's own span.
        const dsl::Span span = expr.span;
        program.exprs[id.value] = program.expr(expr.args[1]);
        program.exprs[id.value].span = span;
      }
      return true;
    }
    if (expr.kind == ir::ExprKind::If && constant_bool(program, expr.args[0], value)) {
      const dsl::Span span = expr.span;
      const ir::ExprId chosen = value ? expr.args[1] : expr.args[2];
      program.exprs[id.value] = program.expr(chosen);
      program.exprs[id.value].span = span;
      return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Pass> fold_constants() { return std::make_unique<FoldConstants>(); }

}  // namespace charter::compiler::opt
