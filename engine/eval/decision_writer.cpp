#include "engine/eval/decision_writer.hpp"

#include "engine/eval/json_writer.hpp"
#include "engine/eval/op_helpers.hpp"

namespace charter::engine {

namespace {

void write_rule(std::string& out, const plan::Plan& plan, uint32_t rule) {
  if (rule < plan.rules.size()) write_json_string(out, plan.rules[rule].id);
  else out += "null";
}

}  // namespace

void write_explanation(std::string& out, const plan::Plan& plan, const plan::Entry& entry, Scratch& s) {
  out += '[';
  bool first = true;
  const auto each_node = [&](uint32_t node) {
    const plan::NodeInfo& info = plan.nodes[node];
    const NodeState& state = s.nodes[node];
    if (info.kind == plan::NodeKind::Let || info.kind == plan::NodeKind::Output || state.status == NodeStatus::Pending) return;
    if (!first) out += ',';
    first = false;
    out += plan.json.step_heads[node];
    out += state.rule < plan.rules.size() ? plan.json.step_rules[state.rule] : plan.json.step_no_rule[node];
    out += ",\"because\":";
    write_json_value(out, node_reason(s, node), plan);
    if (state.status == NodeStatus::FellBack) {
      out += ",\"not_evaluable\":";
      write_json_string(out, state.failure);
    }
    out += ",\"value\":";
    write_json_value(out, s.slots[info.slot], plan);
    out += '}';
  };
  for (uint32_t node : entry.nodes) {
    each_node(node);
    // A scorecard's criteria follow it in the plan's node list.
    if (plan.nodes[node].kind == plan::NodeKind::Scorecard) {
      for (uint32_t c = node + 1; c < plan.nodes.size() && plan.nodes[c].kind == plan::NodeKind::Criterion; ++c) each_node(c);
    }
  }
  out += ']';
}

void write_decision(const plan::Plan& plan, const plan::Entry& entry, Scratch& s, bool with_explanation) {
  std::string& out = s.output;
  if (entry.output_slot != plan::kNoTarget) {
    write_json_value(out, s.slots[entry.output_slot], plan);
  } else {
    out += "{\"event_id\":";
    write_json_string(out, s.event_id);
    out += ",\"policy\":{\"bundle\":";
    write_json_string(out, plan.bundle_name);
    out += ",\"version\":";
    write_json_string(out, plan.bundle_version);
    out += ",\"digest\":";
    write_json_string(out, plan.digest);
    out += "},\"decisions\":{";
    bool first = true;
    for (uint32_t node : entry.nodes) {
      const plan::NodeInfo& info = plan.nodes[node];
      if (info.kind == plan::NodeKind::Let || info.kind == plan::NodeKind::Output) continue;
      if (!first) out += ',';
      first = false;
      write_json_string(out, info.name);
      out += ":{\"value\":";
      write_json_value(out, s.slots[info.slot], plan);
      out += ",\"rule\":";
      write_rule(out, plan, s.nodes[node].rule);
      out += '}';
    }
    out += "}}";
  }
  if (with_explanation && !out.empty() && out.back() == '}') {
    out.pop_back();
    out += out.back() == '{' ? "\"explanation\":" : ",\"explanation\":";
    write_explanation(out, plan, entry, s);
    out += '}';
  }
}

void write_error(std::string& out, std::string_view event_id, const EventError& error) {
  out += "{\"event_id\":";
  if (event_id.empty()) out += "null";
  else write_json_string(out, event_id);
  out += ",\"error\":{\"code\":";
  write_json_string(out, error.code);
  out += ",\"path\":";
  write_json_string(out, error.path);
  out += ",\"message\":";
  write_json_string(out, error.message);
  out += "}}";
}

EventError not_evaluable_error(const plan::Plan& plan, const RunResult& result) {
  EventError error;
  error.code = "E0907";
  if (result.failed_node < plan.nodes.size()) {
    const plan::NodeInfo& node = plan.nodes[result.failed_node];
    error.path = node.name;
    error.message = "`" + node.name + "` could not be evaluated and has no fallback: " + std::string(result.failure);
  } else {
    error.message = "the event could not be decided: " + std::string(result.failure);
  }
  return error;
}

}  // namespace charter::engine
