// Record literals: `{ key: value, a.b: value }`. With a record type
// expected, fields are matched by name (absent ones take their default);
// without one (an `output`), the literal defines its own record type, its
// fields in the order written.
#include <algorithm>

#include "compiler/check/checker_state.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;
using stdlib::Value;

struct CheckerState::KeyNode {
  std::string name;
  dsl::Span span;
  ast::ExprId value;             // a leaf
  std::vector<KeyNode> children;  // a nested record built from dotted keys
};

ir::ExprId CheckerState::check_record_literal(const ast::Expr& expr, const ast::RecordExpr& record,
                                              ExprContext& ctx, TypeId expected) {
  const stdlib::TypeTable& types = program_.types;
  const TypeId wanted = types.strip_optional(expected);
  if (record.entries.empty()) {
    // `{}` where a set, list or map is wanted is an empty one.
    const TypeKind kind = types.kind(wanted);
    if (kind == TypeKind::List || kind == TypeKind::Set) return check_collection(expr.span, {}, true, ctx, wanted);
    if (kind == TypeKind::Map) return constant_expr(Value::map(nullptr, 0), wanted, expr.span);
  }
  KeyNode root;
  root.span = expr.span;
  for (const ast::RecordEntry& entry : record.entries) {
    KeyNode* node = &root;
    bool clash = false;
    for (size_t i = 0; i < entry.path.size() && !clash; ++i) {
      const ast::Name& part = entry.path[i];
      auto it = std::find_if(node->children.begin(), node->children.end(),
                             [&](const KeyNode& child) { return child.name == part.text; });
      const bool last = i + 1 == entry.path.size();
      if (it == node->children.end()) {
        node->children.push_back({part.text, part.span, {}, {}});
        it = node->children.end() - 1;
      } else if (last || it->value) {
        error(DiagKind::DuplicateName, part.span, "`" + part.text + "` is given twice in this record")
            .notes.push_back({it->span, "it is first given here"});
        clash = true;
      }
      if (last && !clash) it->value = entry.value;
      node = &*it;
    }
  }
  return build_record(root, ctx, wanted);
}

ir::ExprId CheckerState::build_record(const KeyNode& node, ExprContext& ctx, TypeId expected) {
  stdlib::TypeTable& types = program_.types;
  ir::Expr built;
  built.kind = ir::ExprKind::RecordLiteral;
  built.span = node.span;
  const auto value_of = [&](const KeyNode& child, TypeId field_type) {
    return child.value ? check_expr(child.value, ctx, field_type) : build_record(child, ctx, types.strip_optional(field_type));
  };
  bool failed = false;
  if (types.kind(expected) == TypeKind::Record) {
    // Copies: checking the values may add types, which moves the table's records.
    const stdlib::RecordInfo info = types.record_info(expected);
    built.type = expected;
    built.args.assign(info.fields.size(), ir::ExprId{});
    for (const KeyNode& child : node.children) {
      const auto field = info.find(child.name);
      if (!field) {
        std::vector<std::string_view> names;
        for (const auto& f : info.fields) names.push_back(f.name);
        auto& diag = error(DiagKind::UnknownField, child.span, type_name(expected) + " has no field `" + child.name + "`");
        if (const auto s = dsl::closest_match(child.name, names)) diag.help = "did you mean `" + std::string(*s) + "`?";
        failed = true;
        continue;
      }
      const TypeId field_type = info.fields[*field].type;
      const ir::ExprId value = value_of(child, field_type);
      failed = failed || is_error(value) || !expect_type(value, field_type, "field `" + child.name + "`");
      built.args[*field] = value;
    }
    const stdlib::RecordInfo& complete = info;
    const std::vector<Value> defaults = program_.record_defaults.size() > types.info(expected).index
                                            ? program_.record_defaults[types.info(expected).index]
                                            : std::vector<Value>{};
    for (size_t i = 0; i < complete.fields.size(); ++i) {
      if (built.args[i]) continue;
      const TypeId field_type = complete.fields[i].type;
      if (i < defaults.size() && !defaults[i].is_missing()) {
        built.args[i] = constant_expr(defaults[i], field_type, node.span);
      } else if (types.is_optional(field_type)) {
        built.args[i] = constant_expr(Value::missing(), field_type, node.span);
      } else {
        error(DiagKind::TypeMismatch, node.span,
              "this " + type_name(expected) + " has no `" + complete.fields[i].name + "`, which has no default")
            .help = "give it: `" + complete.fields[i].name + ": …`";
        failed = true;
      }
    }
  } else {
    stdlib::RecordInfo info;
    for (const KeyNode& child : node.children) {
      const ir::ExprId value = value_of(child, TypeTable::kError);
      failed = failed || is_error(value);
      info.fields.push_back({child.name, type_of(value), false});
      built.args.push_back(value);
    }
    if (!failed) built.type = types.record_of(std::move(info));
  }
  if (failed) return error_expr(node.span);
  const bool constant = std::all_of(built.args.begin(), built.args.end(), [&](ir::ExprId arg) {
    return program_.expr(arg).kind == ir::ExprKind::Constant;
  });
  if (!constant) return make(std::move(built));
  Value* fields = program_.constant_arena->allocate_array<Value>(std::max<size_t>(built.args.size(), 1));
  for (size_t i = 0; i < built.args.size(); ++i) fields[i] = program_.constant(ir::ConstId{program_.expr(built.args[i]).a});
  return constant_expr(Value::record(static_cast<uint16_t>(built.type.value), fields,
                                     static_cast<uint32_t>(built.args.size())),
                       built.type, node.span);
}

}  // namespace charter::compiler::check_detail
