#include "engine/eval/decision_writer.hpp"

#include "engine/eval/json_writer.hpp"
#include "engine/eval/op_helpers.hpp"

namespace charter::engine {

namespace {

void write_rule(JsonCursor& out, const plan::Plan& plan, uint32_t rule) {
  if (rule < plan.rules.size()) out.string(plan.rules[rule].id);
  else out.put("null");
}

}  // namespace

void write_explanation(JsonCursor& out, const plan::Plan& plan, const plan::Entry& entry, Scratch& s) {
  out.put('[');
  bool first = true;
  const auto each_node = [&](uint32_t node) {
    const plan::NodeInfo& info = plan.nodes[node];
    const NodeState& state = s.nodes[node];
    if (info.kind == plan::NodeKind::Let || info.kind == plan::NodeKind::Output || state.status == NodeStatus::Pending) return;
    if (!first) out.put(',');
    first = false;
    out.put(plan.json.step_heads[node]);
    out.put(state.rule < plan.rules.size() ? plan.json.step_rules[state.rule] : plan.json.step_no_rule[node]);
    out.put(",\"because\":");
    write_json_value(out, node_reason(s, node), plan);
    if (state.status == NodeStatus::FellBack) {
      out.put(",\"not_evaluable\":");
      out.string(state.failure);
    }
    out.put(",\"value\":");
    write_json_value(out, s.slots[info.slot], plan);
    out.put('}');
  };
  for (uint32_t node : entry.nodes) {
    each_node(node);
    // A scorecard's criteria follow it in the plan's node list.
    if (plan.nodes[node].kind == plan::NodeKind::Scorecard) {
      for (uint32_t c = node + 1; c < plan.nodes.size() && plan.nodes[c].kind == plan::NodeKind::Criterion; ++c) each_node(c);
    }
  }
  out.put(']');
}

void write_explanation(OutputText& out, const plan::Plan& plan, const plan::Entry& entry, Scratch& scratch) {
  JsonCursor cursor(out);
  write_explanation(cursor, plan, entry, scratch);
}

void write_decision(const plan::Plan& plan, const plan::Entry& entry, Scratch& s, bool with_explanation) {
  JsonCursor out(s.output);
  if (entry.output_slot != plan::kNoTarget) {
    write_json_value(out, s.slots[entry.output_slot], plan);
  } else {
    out.put("{\"event_id\":");
    out.string(s.event_id);
    out.put(",\"policy\":{\"bundle\":");
    out.string(plan.bundle_name);
    out.put(",\"version\":");
    out.string(plan.bundle_version);
    out.put(",\"digest\":");
    out.string(plan.digest);
    out.put("},\"decisions\":{");
    bool first = true;
    for (uint32_t node : entry.nodes) {
      const plan::NodeInfo& info = plan.nodes[node];
      if (info.kind == plan::NodeKind::Let || info.kind == plan::NodeKind::Output) continue;
      if (!first) out.put(',');
      first = false;
      out.string(info.name);
      out.put(":{\"value\":");
      write_json_value(out, s.slots[info.slot], plan);
      out.put(",\"rule\":");
      write_rule(out, plan, s.nodes[node].rule);
      out.put('}');
    }
    out.put("}}");
  }
  if (with_explanation && out.last() == '}') {
    out.drop_last();
    out.put(out.last() == '{' ? "\"explanation\":" : ",\"explanation\":");
    write_explanation(out, plan, entry, s);
    out.put('}');
  }
}

void write_error(OutputText& text, std::string_view event_id, const EventError& error) {
  JsonCursor out(text);
  out.put("{\"event_id\":");
  if (event_id.empty()) out.put("null");
  else out.string(event_id);
  out.put(",\"error\":{\"code\":");
  out.string(error.code);
  out.put(",\"path\":");
  out.string(error.path);
  out.put(",\"message\":");
  out.string(error.message);
  out.put("}}");
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
