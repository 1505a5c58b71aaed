// Calls (builtins by name, overloads, generic signatures; the special forms
// exists, reason, reasons and rule), quantifiers and record literals.
#include <algorithm>

#include "compiler/check/checker_state.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;
using stdlib::PatternKind;
using stdlib::TypePattern;
using stdlib::Value;

std::optional<std::string> CheckerState::builtin_name(const std::string& path, const ExprContext& ctx) const {
  const size_t dot = path.find('.');
  if (dot == std::string::npos) {
    if (const auto symbol = lookup(ctx.module, path); symbol && symbol->kind == Symbol::Kind::Builtin) {
      return symbol->builtin;
    }
    // What the module imports wins over the prelude: `use std.list.*` makes
    // `max(xs)` the list's maximum.
    for (const std::string& glob : scopes_[ctx.module].builtin_globs) {
      if (!builtins_.find(glob + path).empty()) return glob + path;
    }
    if (!builtins_.find("std.core." + path).empty()) return "std.core." + path;
    return std::nullopt;
  }
  const std::string root = path.substr(0, dot);
  if (const auto symbol = lookup(ctx.module, root); symbol && symbol->kind == Symbol::Kind::Module &&
                                                    !symbol->builtin.empty()) {
    return symbol->builtin + path.substr(dot);
  }
  if (root == "std" && !builtins_.find(path).empty()) return path;
  return std::nullopt;
}

bool CheckerState::unify(const TypePattern& pattern, TypeId arg, std::optional<TypeId>& var) {
  stdlib::TypeTable& types = program_.types;
  const auto bind = [&](TypeId t) {
    if (!var) {
      var = t;
      return true;
    }
    const TypeId joined = join(*var, t);
    if (joined == TypeTable::kError) return false;
    var = joined;
    return true;
  };
  switch (pattern.kind) {
    case PatternKind::Exact: return assignable(arg, pattern.type);
    case PatternKind::Var: return !types.is_optional(arg) && bind(arg);
    case PatternKind::OptionalOf: return bind(types.strip_optional(arg));
    case PatternKind::AnyEnum: return types.kind(arg) == TypeKind::Enum && bind(arg);
    case PatternKind::ListOfVar:
    case PatternKind::SetOfVar:
      return (types.kind(arg) == TypeKind::List || types.kind(arg) == TypeKind::Set) && bind(types.info(arg).element);
    case PatternKind::MapOfVar: return types.kind(arg) == TypeKind::Map && bind(types.info(arg).element);
  }
  return false;
}

TypeId CheckerState::substitute(const TypePattern& pattern, std::optional<TypeId> var) {
  stdlib::TypeTable& types = program_.types;
  const TypeId t = var.value_or(TypeTable::kError);
  switch (pattern.kind) {
    case PatternKind::Exact: return pattern.type;
    case PatternKind::Var:
    case PatternKind::AnyEnum: return t;
    case PatternKind::OptionalOf: return types.optional_of(t);
    case PatternKind::ListOfVar: return types.list_of(t);
    case PatternKind::SetOfVar: return types.set_of(t);
    case PatternKind::MapOfVar: return types.map_of(t);
  }
  return TypeTable::kError;
}

ir::ExprId CheckerState::check_trace_call(const ast::Expr& expr, const std::string& form,
                                          const ast::CallExpr& call, ExprContext& ctx) {
  if (call.args.size() != 1) {
    error(DiagKind::InvalidTraceArgument, expr.span, "`" + form + "` takes one decision, gate or scorecard");
    return error_expr(expr.span);
  }
  const ir::ExprId target = check_expr(call.args[0], ctx);
  if (is_error(target)) return error_expr(expr.span);
  const ir::Expr& read = program_.expr(target);
  if (read.kind != ir::ExprKind::NodeValue || program_.node(ir::NodeId{read.a}).kind == ir::NodeKind::Let) {
    error(DiagKind::InvalidTraceArgument, read.span, "`" + form + "` names a decision, gate or scorecard")
        .help = "write its name: `" + form + "(route)`";
    return error_expr(expr.span);
  }
  ir::Expr built;
  built.span = expr.span;
  built.a = read.a;
  built.kind = form == "rule" ? ir::ExprKind::TraceRule
               : form == "reason" ? ir::ExprKind::TraceReason
                                  : ir::ExprKind::TraceReasons;
  built.type = form == "reasons" ? program_.types.list_of(TypeTable::kString) : TypeTable::kString;
  return make(std::move(built));
}

// `bundle()`: the name, version and digest of the bundle being compiled, as
// a record shaped like the contract's `policy` envelope. Known when the
// policy compiles, so it is a record of constants.
ir::ExprId CheckerState::check_bundle_call(const ast::Expr& expr, const ast::CallExpr& call) {
  if (!call.args.empty()) {
    error(DiagKind::NoMatchingOverload, expr.span, "`bundle` takes no arguments")
        .help = "write `bundle()`: it gives the bundle's name, version and digest";
    return error_expr(expr.span);
  }
  stdlib::TypeTable& types = program_.types;
  if (bundle_record_type_ == TypeTable::kError) {
    stdlib::RecordInfo info;
    info.name = "BundleInfo";
    for (const char* field : {"bundle", "version", "digest"}) info.fields.push_back({field, TypeTable::kString});
    bundle_record_type_ = types.add_record(std::move(info));
  }
  ir::Expr built;
  built.kind = ir::ExprKind::RecordLiteral;
  built.type = bundle_record_type_;
  built.span = expr.span;
  for (const std::string* text : {&bundle_.manifest.name, &bundle_.manifest.version, &bundle_.digest}) {
    built.args.push_back(constant_expr(Value::string(program_.constant_arena->copy(*text)), TypeTable::kString, expr.span));
  }
  return make(std::move(built));
}

ir::ExprId CheckerState::check_call(const ast::Expr& expr, const ast::CallExpr& call, ExprContext& ctx,
                                    TypeId expected) {
  const auto path = dotted_path(ctx.module, call.callee);
  if (!path) {
    error(DiagKind::UnknownBuiltin, ast_expr(ctx.module, call.callee).span, "only functions can be called, by name");
    return error_expr(expr.span);
  }
  if (*path == "exists") {
    if (call.args.size() != 1) {
      error(DiagKind::NoMatchingOverload, expr.span, "`exists` takes one value");
      return error_expr(expr.span);
    }
    ir::Expr built;
    built.kind = ir::ExprKind::Exists;
    built.type = TypeTable::kBool;
    built.span = expr.span;
    built.args.push_back(check_expr(call.args[0], ctx));
    return make(std::move(built));
  }
  if (*path == "bundle") return check_bundle_call(expr, call);
  if (*path == "reason" || *path == "reasons" || *path == "rule") {
    if (ctx.constant) {
      error(DiagKind::NotConstant, expr.span, "`" + *path + "` reads the trace of an event, so it is not known when the policy compiles");
      return error_expr(expr.span);
    }
    return check_trace_call(expr, *path, call, ctx);
  }
  const auto name = builtin_name(*path, ctx);
  if (!name && from_failed_use(ctx.module, *path, true)) return error_expr(expr.span);  // reported with the `use`
  if (!name) {
    std::vector<std::string> known;
    for (const auto& entry : builtins_.entries()) {
      const std::string short_name = entry.name.substr(entry.name.rfind('.') + 1);
      known.push_back(entry.name.rfind("std.core.", 0) == 0 ? short_name : entry.name);
      known.push_back(short_name);
    }
    std::sort(known.begin(), known.end());
    known.erase(std::unique(known.begin(), known.end()), known.end());
    const std::vector<std::string_view> views(known.begin(), known.end());
    auto& diag = error(DiagKind::UnknownBuiltin, ast_expr(ctx.module, call.callee).span, "unknown function `" + *path + "`");
    if (const auto s = dsl::closest_match(*path, views)) {
      diag.help = "did you mean `" + std::string(*s) + "`?";
    } else {
      diag.help = "functions outside std.core are imported: `use std.text.{hits}`; docs/stdlib.md lists them";
    }
    return error_expr(expr.span);
  }
  const auto candidates = builtins_.find(*name);
  std::vector<ir::ExprId> args;
  for (size_t i = 0; i < call.args.size(); ++i) {
    TypeId hint;
    if (candidates.size() == 1 && i < builtins_.entry(candidates[0]).signature.params.size()) {
      const TypePattern& pattern = builtins_.entry(candidates[0]).signature.params[i];
      if (pattern.kind == PatternKind::Exact) hint = pattern.type;
    }
    args.push_back(check_expr(call.args[i], ctx, hint));
  }
  for (ir::ExprId arg : args) {
    if (is_error(arg)) return error_expr(expr.span);
  }
  for (stdlib::BuiltinId id : candidates) {
    const stdlib::BuiltinEntry& entry = builtins_.entry(id);
    if (entry.signature.params.size() != args.size()) continue;
    std::optional<TypeId> var;
    bool fits = true;
    for (size_t i = 0; i < args.size() && fits; ++i) fits = unify(entry.signature.params[i], type_of(args[i]), var);
    if (fits && var) {
      const stdlib::VarConstraint constraint = entry.signature.constraint;
      if (constraint == stdlib::VarConstraint::Numeric) fits = program_.types.is_numeric(*var);
      if (constraint == stdlib::VarConstraint::Comparable) {
        const TypeKind kind = program_.types.kind(*var);
        fits = program_.types.is_numeric(*var) || kind == TypeKind::String || kind == TypeKind::Time ||
               kind == TypeKind::Date || kind == TypeKind::TimeOfDay || kind == TypeKind::Duration ||
               kind == TypeKind::Enum;
      }
    }
    if (!fits) continue;
    return finish_call(expr, id, std::move(args), substitute(entry.signature.result, var), ctx);
  }
  std::string found;
  for (ir::ExprId arg : args) found += (found.empty() ? "" : ", ") + type_name(type_of(arg));
  std::string signatures;
  for (stdlib::BuiltinId id : candidates) {
    signatures += (signatures.empty() ? "" : "; ") + *name + describe(builtins_.entry(id).signature, program_.types);
  }
  error(DiagKind::NoMatchingOverload, expr.span, "`" + *name + "` cannot take (" + found + ")")
      .help = "it takes " + signatures;
  (void)expected;
  return error_expr(expr.span);
}

ir::ExprId CheckerState::finish_call(const ast::Expr& expr, stdlib::BuiltinId id, std::vector<ir::ExprId> args,
                                     TypeId result, ExprContext& ctx) {
  const stdlib::BuiltinEntry& entry = builtins_.entry(id);
  if (ctx.constant && entry.purity != stdlib::Purity::Pure) {
    error(DiagKind::NotConstant, expr.span, "`" + entry.name + "` is not known when the policy compiles");
    return error_expr(expr.span);
  }
  for (size_t i = 0; i < entry.prepare.size() && i < args.size(); ++i) {
    if (entry.prepare[i] != nullptr && program_.expr(args[i]).kind != ir::ExprKind::Constant) {
      error(DiagKind::NotConstant, program_.expr(args[i]).span,
            "argument " + std::to_string(i + 1) + " of `" + entry.name + "` must be known when the policy compiles")
          .help = "write it as a literal or a `const`; it is prepared once, not per event";
      return error_expr(expr.span);
    }
  }
  if (entry.may_fail) ctx.may_fail = true;
  ir::Expr built;
  built.kind = ir::ExprKind::Call;
  built.builtin = id;
  built.type = result;
  built.span = expr.span;
  built.args = std::move(args);
  return make(std::move(built));
}

ir::ExprId CheckerState::check_quantifier(const ast::Expr& expr, const ast::QuantifierExpr& q, ExprContext& ctx) {
  const ir::ExprId collection = check_expr(q.collection, ctx);
  if (is_error(collection)) return error_expr(expr.span);
  // A missing list has no items: any → false, all → true, count → 0.
  const TypeId c = program_.types.strip_optional(type_of(collection));
  const TypeKind kind = program_.types.kind(c);
  if (kind != TypeKind::List && kind != TypeKind::Set) {
    error(DiagKind::NotACollection, program_.expr(collection).span,
          "a quantifier walks a list or set, not " + type_name(type_of(collection)));
    return error_expr(expr.span);
  }
  const auto index = static_cast<uint32_t>(program_.local_names.size());
  program_.local_names.push_back(q.variable.text);
  ctx.locals.push_back({q.variable.text, index, program_.types.info(c).element});
  const ir::ExprId condition = check_condition(q.condition, ctx);
  ctx.locals.pop_back();
  ir::Expr built;
  built.kind = ir::ExprKind::Quantifier;
  built.op = static_cast<uint8_t>(q.kind);
  built.a = index;
  built.type = q.kind == ast::QuantifierKind::Count ? TypeTable::kInt : TypeTable::kBool;
  built.span = expr.span;
  built.args = {collection, condition};
  return make(std::move(built));
}

}  // namespace charter::compiler::check_detail
