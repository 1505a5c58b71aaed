#include "compiler/plan/plan.hpp"
#include "dsl/diag/render.hpp"

namespace charter::plan {

std::string_view kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::Let: return "let";
    case NodeKind::Decision: return "decision";
    case NodeKind::Gate: return "gate";
    case NodeKind::Scorecard: return "scorecard";
    case NodeKind::Criterion: return "criterion";
    case NodeKind::Output: return "output";
  }
  return "decision";
}

JsonNames json_names(const Plan& plan) {
  JsonNames names;
  names.first_piece.assign(plan.types.size(), 0);
  const auto add_piece = [&](const std::string& piece) {
    names.pieces.push_back({static_cast<uint32_t>(names.text.size()), static_cast<uint32_t>(piece.size())});
    names.text += piece;
  };
  for (uint32_t t = 0; t < plan.types.size(); ++t) {
    const stdlib::TypeId type{t};
    const stdlib::TypeKind kind = plan.types.kind(type);
    names.first_piece[t] = static_cast<uint32_t>(names.pieces.size());
    if (kind == stdlib::TypeKind::Enum) {
      for (const stdlib::EnumValue& value : plan.types.enum_info(type).values) add_piece(dsl::json_quote(value.json));
    } else if (kind == stdlib::TypeKind::Record) {
      for (const stdlib::FieldInfo& field : plan.types.record_info(type).fields) add_piece(dsl::json_quote(field.name) + ":");
    }
  }
  // An explanation step is mostly names and places known now; only its
  // reason and value are written per event.
  for (const NodeInfo& node : plan.nodes) {
    names.step_heads.push_back("{\"decision\":" + dsl::json_quote(node.name) + ",\"kind\":\"" +
                               std::string(kind_name(node.kind)) + "\",\"rule\":");
    names.step_no_rule.push_back("null,\"at\":" + dsl::json_quote(node.location));
  }
  for (const RuleInfo& rule : plan.rules) {
    names.step_rules.push_back(dsl::json_quote(rule.id) + ",\"at\":" + dsl::json_quote(rule.location));
  }
  return names;
}

}  // namespace charter::plan
