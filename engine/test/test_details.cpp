#include "engine/test/test_details.hpp"

#include "engine/eval/json_writer.hpp"
#include "engine/eval/op_helpers.hpp"
#include "engine/trace/wording.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::engine {

using stdlib::Value;
using stdlib::ValueKind;

std::string literal_text(const Value& value, const plan::Plan& plan) {
  std::string out;
  switch (value.kind) {
    case ValueKind::String: write_json_string(out, value.as_string()); return out;
    case ValueKind::List:
      out += '[';
      for (uint32_t i = 0; i < value.size; ++i) out += (i ? ", " : "") + literal_text(value.items()[i], plan);
      return out + ']';
    case ValueKind::Record:
      return record_text(value, plan, [&](const Value& field) { return literal_text(field, plan); });
    case ValueKind::Map:
      out += '{';
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out += ", ";
        write_json_string(out, value.entries()[i].key.as_string());
        out += ": " + literal_text(value.entries()[i].value, plan);
      }
      return out + '}';
    default: stdlib::append_text(out, value, plan.types); return out;
  }
}

namespace {

// "`score` scored 40 (problem_fit 0, offer_fit 10, …)", with its band when it has one.
std::string scorecard_text(const Value& value, const plan::Plan& plan) {
  const stdlib::TypeId type{value.type};
  if (value.kind != ValueKind::Record || value.size < 2 || plan.types.kind(type) != stdlib::TypeKind::Record) {
    return " is " + literal_text(value, plan);
  }
  const auto& fields = plan.types.record_info(type).fields;
  std::string out = " scored " + literal_text(value.items()[0], plan);
  if (value.size > 2) out += ", band " + literal_text(value.items()[1], plan);
  const Value& criteria = value.items()[value.size - 1];
  const stdlib::TypeId criteria_type{criteria.type};
  if (criteria.kind != ValueKind::Record || fields.size() != value.size) return out;
  out += " (";
  for (uint32_t i = 0; i < criteria.size; ++i) {
    out += (i ? ", " : "") + plan.types.record_info(criteria_type).fields[i].name + " " +
           literal_text(criteria.items()[i], plan);
  }
  return out + ")";
}

}  // namespace

std::string describe_node(const plan::Plan& plan, Scratch& scratch, uint32_t node) {
  const plan::NodeInfo& info = plan.nodes[node];
  const NodeState& state = scratch.nodes[node];
  std::string out = "`" + info.name + "`";
  if (state.status == NodeStatus::Pending || state.status == NodeStatus::Failed) {
    return out + " was not decided" + (state.failure.empty() ? "" : ": " + std::string(state.failure));
  }
  const Value& value = scratch.slots[info.slot];
  out += info.kind == plan::NodeKind::Scorecard ? scorecard_text(value, plan) : " is " + literal_text(value, plan);
  if (info.kind == plan::NodeKind::Let || info.kind == plan::NodeKind::Output) return out;
  const auto rule_text = [&](uint32_t rule) {
    return "`" + plan.rules[rule].id + "` (" + plan.rules[rule].location + ")";
  };
  if (info.kind == plan::NodeKind::Gate && scratch.gate_hits[node].size() > 1) {
    out += ", decided by";
    const auto& hits = scratch.gate_hits[node];
    for (size_t i = 0; i < hits.size(); ++i) out += (i ? ", " : " ") + rule_text(hits[i].rule);
  } else if (state.rule < plan.rules.size()) {
    out += std::string(", decided by ") + (state.status == NodeStatus::FellBack ? "the fallback " : "") + rule_text(state.rule);
  }
  const Value reason = node_reason(scratch, node);
  if (reason.kind == ValueKind::String && reason.size > 0) {
    out += " because ";
    write_json_string(out, reason.as_string());
  }
  if (state.status == NodeStatus::FellBack) out += "; its rules could not be evaluated: " + std::string(state.failure);
  return out;
}

}  // namespace charter::engine
