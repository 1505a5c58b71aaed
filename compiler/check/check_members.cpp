// Member access `a.b`: a qualified name (an enum value, a name of another
// module) when `a` names no value, else a field of a record.
#include <algorithm>

#include "compiler/check/checker_state.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;

namespace {

std::pair<std::string, std::string> split_first(const std::string& path) {
  const size_t dot = path.find('.');
  if (dot == std::string::npos) return {path, ""};
  return {path.substr(0, dot), path.substr(dot + 1)};
}

}  // namespace

bool CheckerState::names_a_value(const std::string& root, const ExprContext& ctx) const {
  for (const Local& local : ctx.locals) {
    if (local.name == root) return true;
  }
  if (const auto symbol = lookup(ctx.module, root)) {
    switch (symbol->kind) {
      case Symbol::Kind::Const:
      case Symbol::Kind::Let:
      case Symbol::Kind::Decision:
      case Symbol::Kind::Gate:
      case Symbol::Kind::Scorecard: return true;
      default: return false;
    }
  }
  if (ctx.entry && !ctx.constant) {
    const TypeId input = program_.entries[ctx.entry.value].input;
    if (program_.types.record_info(input).find(root)) return true;
  }
  return false;
}

std::optional<ir::ExprId> CheckerState::resolve_qualified(ast::ExprId id, ExprContext& ctx, TypeId expected) {
  const auto path = dotted_path(ctx.module, id);
  if (!path) return std::nullopt;
  const auto [root, rest] = split_first(*path);
  if (names_a_value(root, ctx)) return std::nullopt;
  const dsl::Span span = ast_expr(ctx.module, id).span;
  // `Route.Quarantine`, `Category.Sales.PricingRequest`
  const auto in_enum = [&](TypeId type, const std::string& value_path) -> ir::ExprId {
    const stdlib::EnumInfo& info = program_.types.enum_info(type);
    if (const auto ordinal = info.find_path(value_path)) return enum_value_expr(type, *ordinal, span);
    std::vector<std::string_view> paths;
    for (const auto& value : info.values) paths.push_back(value.path);
    auto& diag = error(DiagKind::UnknownEnumValue, span, "`" + info.name + "` has no value `" + value_path + "`");
    if (const auto s = dsl::closest_match(value_path, paths)) diag.help = "did you mean `" + info.name + "." + std::string(*s) + "`?";
    return error_expr(span);
  };
  // A name of module `target`: `classify.category`, `mwms.vocabulary.Route.Spam`.
  const auto in_module = [&](size_t target, const std::string& name_path) -> ir::ExprId {
    const auto [name, tail] = split_first(name_path);
    const auto it = scopes_[target].own.find(name);
    if (it == scopes_[target].own.end()) {
      std::vector<std::string_view> names;
      for (const auto& [candidate, symbol] : scopes_[target].own) names.push_back(candidate);
      std::sort(names.begin(), names.end());
      auto& diag = error(DiagKind::UnknownName, span,
                         "`" + bundle_.modules[target].name + "` declares no `" + name + "`");
      if (const auto s = dsl::closest_match(name, names)) diag.help = "did you mean `" + std::string(*s) + "`?";
      return error_expr(span);
    }
    if (it->second.kind == Symbol::Kind::Enum && !tail.empty()) return in_enum(it->second.type, tail);
    if (!tail.empty()) return error_expr(span);  // reported below as a field access
    return symbol_value(it->second, name, span, ctx);
  };
  if (const auto symbol = lookup(ctx.module, root)) {
    if (symbol->kind == Symbol::Kind::Enum && !rest.empty()) return in_enum(symbol->type, rest);
    if (symbol->kind == Symbol::Kind::Module && symbol->builtin.empty() && !rest.empty()) {
      return in_module(symbol->target_module, rest);
    }
  }
  // The longest bundle module name that prefixes the path.
  std::optional<size_t> module;
  size_t longest = 0;
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    const std::string& name = bundle_.modules[m].name;
    if (name.size() > longest && path->size() > name.size() && path->compare(0, name.size(), name) == 0 &&
        (*path)[name.size()] == '.') {
      module = m;
      longest = name.size();
    }
  }
  if (module) return in_module(*module, path->substr(longest + 1));
  bool reported = false;
  if (const auto value = find_enum_value(ctx.module, *path, expected, span, reported)) {
    return enum_value_expr(value->first, value->second, span);
  }
  if (reported) return error_expr(span);
  return std::nullopt;
}

ir::ExprId CheckerState::check_member(ast::ExprId id, ExprContext& ctx, TypeId expected) {
  if (const auto qualified = resolve_qualified(id, ctx, expected)) return *qualified;
  const ast::Expr& expr = ast_expr(ctx.module, id);
  const auto& member = std::get<ast::MemberExpr>(expr.node);
  const ir::ExprId object = check_expr(member.object, ctx);
  const TypeId object_type = type_of(object);
  if (object_type == TypeTable::kError) return error_expr(expr.span);
  const stdlib::TypeTable& types = program_.types;
  const bool optional = types.is_optional(object_type);
  const TypeId base = types.strip_optional(object_type);
  const std::string object_text = dotted_path(ctx.module, member.object).value_or("this value");
  if (types.kind(base) != TypeKind::Record) {
    error(DiagKind::UnknownField, member.member.span,
          "`" + object_text + "` is " + type_name(object_type) + ", which has no fields");
    return error_expr(expr.span);
  }
  if (optional && !member.optional_chain) {
    error(DiagKind::OptionalNotGuarded, ast_expr(ctx.module, member.object).span,
          "`" + object_text + "` may be missing")
        .help = "read it with `" + object_text + "?." + member.member.text + "`, or check `exists(" +
                object_text + ")` first";
  }
  const stdlib::RecordInfo& record = types.record_info(base);
  const auto field = record.find(member.member.text);
  if (!field) {
    std::vector<std::string_view> names;
    for (const auto& f : record.fields) names.push_back(f.name);
    auto& diag = error(DiagKind::UnknownField, member.member.span,
                       "unknown field `" + object_text + "." + member.member.text + "`");
    if (const auto s = dsl::closest_match(member.member.text, names)) {
      diag.help = "did you mean `" + object_text + "." + std::string(*s) + "`?";
    } else {
      std::string list;
      for (std::string_view name : names) list += (list.empty() ? "" : ", ") + std::string(name);
      diag.help = "the fields of " + type_name(base) + " are " + (list.empty() ? "none" : list);
    }
    return error_expr(expr.span);
  }
  ir::Expr read;
  read.kind = ir::ExprKind::Member;
  read.a = *field;
  read.span = expr.span;
  read.args.push_back(object);
  if (program_.expr(object).kind == ir::ExprKind::InputRecord) {
    // `input.sender` is the event's field `sender`, however it is written.
    read.kind = ir::ExprKind::InputField;
    read.args.clear();
  }
  read.type = record.fields[*field].type;
  if (optional) {
    read.flags |= ir::kOptionalChain;
    read.type = program_.types.optional_of(read.type);
  }
  return narrow(make(std::move(read)), ctx);
}

}  // namespace charter::compiler::check_detail
