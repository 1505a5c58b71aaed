// Names and member access: quantifier variables, constants, nodes, input
// fields, enum values (by context or unique name), qualified names
// (`Route.Quarantine`, `mwms.vocabulary.Route`, a module alias), record
// fields, and the narrowing of guarded optionals.
#include <algorithm>

#include "compiler/check/checker_state.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;
using stdlib::Value;

namespace {

// A key naming the place an expression reads, so a guard `exists(x)` can be
// matched with later reads of x: "i3.1" is field 1 of input field 3.
std::optional<std::string> guard_key(const ir::Program& program, ir::ExprId id) {
  const ir::Expr& expr = program.expr(id);
  switch (expr.kind) {
    case ir::ExprKind::InputField: return "i" + std::to_string(expr.a);
    case ir::ExprKind::NodeValue: return "n" + std::to_string(expr.a);
    case ir::ExprKind::Local: return "l" + std::to_string(expr.a);
    case ir::ExprKind::Member: {
      const auto object = guard_key(program, expr.args[0]);
      if (!object) return std::nullopt;
      return *object + "." + std::to_string(expr.a);
    }
    default: return std::nullopt;
  }
}

}  // namespace

void CheckerState::add_guards(ir::ExprId condition, ExprContext& ctx) {
  const ir::Expr& expr = program_.expr(condition);
  if (expr.kind == ir::ExprKind::Exists) {
    if (const auto key = guard_key(program_, expr.args[0])) ctx.narrowed.push_back(*key);
  } else if (expr.kind == ir::ExprKind::And) {
    for (ir::ExprId arg : expr.args) add_guards(arg, ctx);
  }
}

ir::ExprId CheckerState::narrow(ir::ExprId id, const ExprContext& ctx) {
  ir::Expr& expr = program_.exprs[id.value];
  if (!program_.types.is_optional(expr.type)) return id;
  const auto key = guard_key(program_, id);
  if (key && std::find(ctx.narrowed.begin(), ctx.narrowed.end(), *key) != ctx.narrowed.end()) {
    expr.type = program_.types.strip_optional(expr.type);
    expr.flags |= ir::kAssumedPresent;
  }
  return id;
}

std::optional<std::string> CheckerState::dotted_path(size_t module, ast::ExprId id) const {
  const ast::Expr& expr = ast_expr(module, id);
  if (const auto* name = std::get_if<ast::NameExpr>(&expr.node)) return name->name;
  if (const auto* member = std::get_if<ast::MemberExpr>(&expr.node)) {
    if (member->optional_chain) return std::nullopt;
    const auto object = dotted_path(module, member->object);
    if (!object) return std::nullopt;
    return *object + "." + member->member.text;
  }
  return std::nullopt;
}

ir::ExprId CheckerState::enum_value_expr(TypeId enum_type, uint32_t ordinal, dsl::Span span) {
  return constant_expr(Value::enumeration(static_cast<uint16_t>(enum_type.value), ordinal), enum_type, span);
}

std::vector<TypeId> CheckerState::visible_enums(size_t module) const {
  std::vector<TypeId> enums = {program_.gate_outcome};
  for (const auto* table : {&scopes_[module].own, &scopes_[module].imported}) {
    for (const auto& [name, symbol] : *table) {
      if (symbol.kind == Symbol::Kind::Enum && symbol.type != TypeTable::kError &&
          std::find(enums.begin(), enums.end(), symbol.type) == enums.end()) {
        enums.push_back(symbol.type);
      }
    }
  }
  std::sort(enums.begin(), enums.end());
  return enums;
}

std::optional<std::pair<TypeId, uint32_t>> CheckerState::find_enum_value(
    size_t module, std::string_view path, TypeId expected, dsl::Span span, bool& reported) {
  // In one enum: the value with this path, else the only value with this name.
  const auto find_in = [&](TypeId type) -> std::optional<uint32_t> {
    const stdlib::EnumInfo& info = program_.types.enum_info(type);
    if (const auto exact = info.find_path(path)) return exact;
    std::optional<uint32_t> found;
    for (uint32_t i = 0; i < info.values.size(); ++i) {
      if (info.values[i].name != path) continue;
      if (found) return std::nullopt;
      found = i;
    }
    return found;
  };
  const TypeId wanted = program_.types.strip_optional(expected);
  if (program_.types.kind(wanted) == TypeKind::Enum) {
    if (const auto ordinal = find_in(wanted)) return std::pair{wanted, *ordinal};
  }
  std::vector<std::pair<TypeId, uint32_t>> matches;
  for (TypeId type : visible_enums(module)) {
    if (const auto ordinal = find_in(type)) matches.emplace_back(type, *ordinal);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.size() > 1) {
    std::string names;
    for (const auto& [type, ordinal] : matches) names += (names.empty() ? "" : ", ") + type_name(type);
    error(DiagKind::AmbiguousName, span, "`" + std::string(path) + "` is a value of several enums: " + names)
        .help = "name the enum: `" + type_name(matches.front().first) + "." + std::string(path) + "`";
    reported = true;
  }
  return std::nullopt;
}

std::vector<std::string> CheckerState::visible_names(const ExprContext& ctx) const {
  std::vector<std::string> names;
  for (const Local& local : ctx.locals) names.push_back(local.name);
  for (const auto* table : {&scopes_[ctx.module].own, &scopes_[ctx.module].imported}) {
    for (const auto& [name, symbol] : *table) names.push_back(name);
  }
  if (ctx.entry && !ctx.constant) {
    const TypeId input = program_.entries[ctx.entry.value].input;
    for (const stdlib::FieldInfo& field : program_.types.record_info(input).fields) names.push_back(field.name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

ir::ExprId CheckerState::symbol_value(const Symbol& symbol, const std::string& name, dsl::Span span,
                                      ExprContext& ctx) {
  switch (symbol.kind) {
    case Symbol::Kind::Const: {
      const ir::ExprId value = const_value(symbol.const_index);
      if (is_error(value)) return error_expr(span);
      return constant_expr(program_.constant(ir::ConstId{program_.expr(value).a}), type_of(value), span);
    }
    case Symbol::Kind::Let:
    case Symbol::Kind::Decision:
    case Symbol::Kind::Gate:
    case Symbol::Kind::Scorecard: {
      const ir::Node& node = program_.node(symbol.node);
      if (ctx.constant) {
        error(DiagKind::NotConstant, span, "`" + name + "` depends on the event, so it is not known when the policy compiles")
            .help = "a `const` is made of literals, other constants and builtins; use `let` for values of the event";
        return error_expr(span);
      }
      if (node.entry && ctx.entry && node.entry != ctx.entry) {
        error(DiagKind::TypeMismatch, span,
              "`" + name + "` decides `" + program_.entries[node.entry.value].input_name + "` events, not `" +
                  program_.entries[ctx.entry.value].input_name + "` ones");
        return error_expr(span);
      }
      if (!checking_.empty()) checking_.back().second = span;  // where the reader reads it
      if (reports_cycle(symbol.node, span)) return error_expr(span);
      ir::Expr value;
      value.kind = ir::ExprKind::NodeValue;
      value.a = symbol.node.value;
      value.type = node_type(symbol.node);
      if (node_may_fail_[symbol.node.value]) ctx.may_fail = true;
      value.span = span;
      return narrow(make(std::move(value)), ctx);
    }
    case Symbol::Kind::Enum:
    case Symbol::Kind::Record:
      error(DiagKind::NotAValue, span, "`" + name + "` is a type, not a value")
          .help = symbol.kind == Symbol::Kind::Enum ? "name one of its values: `" + name + ".<Value>`"
                                                    : std::string("build a record with `{ field: value }`");
      return error_expr(span);
    case Symbol::Kind::Builtin:
      error(DiagKind::NotAValue, span, "`" + name + "` is a function; call it: `" + name + "(…)`");
      return error_expr(span);
    case Symbol::Kind::Module:
    case Symbol::Kind::Output:
      error(DiagKind::NotAValue, span, "`" + name + "` is a module, not a value");
      return error_expr(span);
  }
  return error_expr(span);
}

ir::ExprId CheckerState::check_name(const ast::Expr& expr, const ast::NameExpr& name, ExprContext& ctx,
                                    TypeId expected) {
  // `input` is a reserved word: only the parser's `input` expression has this name.
  if (name.name == "input") {
    if (!ctx.entry || ctx.constant) {
      error(DiagKind::NotConstant, expr.span,
            ctx.constant ? "`input` is the event, so it is not known when the policy compiles"
                         : "`input` is the event, but this module reads no event")
          .help = "declare the event record the module reads: `input InboundEvent`";
      return error_expr(expr.span);
    }
    ir::Expr read;
    read.kind = ir::ExprKind::InputRecord;
    read.type = program_.entries[ctx.entry.value].input;
    read.span = expr.span;
    return make(std::move(read));
  }
  for (auto it = ctx.locals.rbegin(); it != ctx.locals.rend(); ++it) {
    if (it->name != name.name) continue;
    ir::Expr local;
    local.kind = ir::ExprKind::Local;
    local.a = it->index;
    local.type = it->type;
    local.span = expr.span;
    return narrow(make(std::move(local)), ctx);
  }
  const ModuleScope& scope = scopes_[ctx.module];
  if (!scope.own.contains(name.name)) {
    if (const auto it = scope.ambiguous.find(name.name); it != scope.ambiguous.end()) {
      std::string modules;
      for (const std::string& module : it->second) modules += (modules.empty() ? "" : ", ") + module;
      error(DiagKind::AmbiguousName, expr.span, "`" + name.name + "` is imported from several modules: " + modules)
          .help = "import it from one module only, or write its module's name before it";
      return error_expr(expr.span);
    }
  }
  // An enum value wanted by the context wins over other meanings of the name.
  const TypeId wanted = program_.types.strip_optional(expected);
  if (program_.types.kind(wanted) == TypeKind::Enum && !lookup(ctx.module, name.name)) {
    bool reported = false;
    if (const auto value = find_enum_value(ctx.module, name.name, wanted, expr.span, reported)) {
      if (value->first == wanted) return enum_value_expr(value->first, value->second, expr.span);
    }
  }
  if (const auto symbol = lookup(ctx.module, name.name)) return symbol_value(*symbol, name.name, expr.span, ctx);
  if (ctx.entry && !ctx.constant) {
    const TypeId input = program_.entries[ctx.entry.value].input;
    const stdlib::RecordInfo& record = program_.types.record_info(input);
    if (const auto field = record.find(name.name)) {
      ir::Expr read;
      read.kind = ir::ExprKind::InputField;
      read.a = *field;
      read.type = record.fields[*field].type;
      read.span = expr.span;
      return narrow(make(std::move(read)), ctx);
    }
  }
  bool reported = false;
  if (const auto value = find_enum_value(ctx.module, name.name, expected, expr.span, reported)) {
    return enum_value_expr(value->first, value->second, expr.span);
  }
  if (reported) return error_expr(expr.span);
  if (ctx.constant && scopes_[ctx.module].entry) {
    const TypeId input = program_.entries[scopes_[ctx.module].entry.value].input;
    if (program_.types.record_info(input).find(name.name)) {
      error(DiagKind::NotConstant, expr.span,
            "`" + name.name + "` is a field of the event, so it is not known when the policy compiles")
          .help = "use `let` for values computed from the event";
      return error_expr(expr.span);
    }
  }
  if (from_failed_use(ctx.module, name.name)) return error_expr(expr.span);  // reported with the `use`
  std::vector<std::string> names = visible_names(ctx);
  // Where an enum value is expected (`consent == ExplicitOptin`), its values are candidates too.
  if (expected != TypeTable::kError && expected.value < program_.types.size() &&
      program_.types.kind(program_.types.strip_optional(expected)) == TypeKind::Enum) {
    for (const stdlib::EnumValue& value : program_.types.enum_info(program_.types.strip_optional(expected)).values) {
      names.push_back(value.path);
    }
  }
  const std::vector<std::string_view> views(names.begin(), names.end());
  auto& diag = error(DiagKind::UnknownName, expr.span, "unknown name `" + name.name + "`");
  if (const auto s = dsl::closest_match(name.name, views)) {
    diag.help = "did you mean `" + std::string(*s) + "`?";
  } else if (ctx.constant) {
    diag.help = "a `const` can use literals, other constants and builtins";
  }
  return error_expr(expr.span);
}

}  // namespace charter::compiler::check_detail
