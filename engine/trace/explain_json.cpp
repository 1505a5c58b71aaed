// The counterfactuals as JSON (explain.hpp), beside a decision's
// `explanation`: what could have gone otherwise, per node, with the
// sentence the text explanation writes.
#include "engine/eval/json_writer.hpp"
#include "engine/trace/counterfactuals.hpp"
#include "engine/trace/explain.hpp"
#include "engine/trace/sentences.hpp"
#include "engine/trace/wording.hpp"

namespace charter::engine {

namespace {

void write_change(std::string& out, const plan::Plan& plan, const Change& change) {
  const plan::ConditionTest& test = *change.test;
  out += "{\"test\":";
  write_json_string(out, test.text);
  out += ",\"subject\":";
  if (test.kind == plan::ConditionTest::Kind::Other) out += "null";
  else write_json_string(out, test.subject);
  out += ",\"now\":";
  if (change.now) write_json_value(out, *change.now, plan);
  else out += "null";
  out += ",\"would_have_to_be\":";
  write_json_string(out, wanted(test, change.to_hold, plan));
  out += '}';
}

void write_groups(std::string& out, const plan::Plan& plan, const ChangeGroups& groups) {
  out += "\"changes\":[";
  for (size_t g = 0; g < groups.size(); ++g) {
    out += g > 0 ? ",[" : "[";
    for (size_t c = 0; c < groups[g].size(); ++c) {
      if (c > 0) out += ',';
      write_change(out, plan, groups[g][c]);
    }
    out += ']';
  }
  out += ']';
}

void write_rule(std::string& out, const plan::Plan& plan, uint32_t rule) {
  out += "\"rule\":";
  write_json_string(out, plan.rules[rule].id);
  out += ",\"at\":";
  write_json_string(out, plan.rules[rule].location);
}

// Opens an entry: {"decision":…,"kind":…,
void open_entry(std::string& out, bool& first, const plan::Plan& plan, uint32_t node, std::string_view kind) {
  out += first ? "{\"decision\":" : ",{\"decision\":";
  first = false;
  write_json_string(out, plan.nodes[node].name);
  out += ",\"kind\":";
  write_json_string(out, kind);
  out += ',';
}

void close_entry(std::string& out, const std::string& text) {
  out += ",\"text\":";
  write_json_string(out, text);
  out += '}';
}

void write_node(std::string& out, bool& first, const plan::Plan& plan, const NodeCounterfactuals& cf) {
  if (!cf.lifts.empty() && cf.then) {
    open_entry(out, first, plan, cf.node, "lift");
    out += "\"verdict\":";
    write_json_string(out, verdict_name(plan, cf.node, cf.verdict));
    out += ",\"rules\":[";
    for (size_t i = 0; i < cf.lifts.size(); ++i) {
      out += i > 0 ? ",{" : "{";
      write_rule(out, plan, cf.lifts[i].rule);
      out += cf.lifts[i].unconditional ? ",\"unconditional\":true," : ",\"unconditional\":false,";
      write_groups(out, plan, cf.lifts[i].changes);
      out += '}';
    }
    out += "],\"then\":";
    if (cf.then->decided && cf.then->open.empty()) write_json_string(out, verdict_name(plan, cf.node, cf.then->verdict));
    else out += "null";
    close_entry(out, lift_sentence(plan, cf));
  }
  if (!cf.not_applied.empty()) {
    open_entry(out, first, plan, cf.node, "not_applied");
    out += "\"rules\":[";
    for (size_t i = 0; i < cf.not_applied.size(); ++i) {
      if (i > 0) out += ',';
      write_json_string(out, plan.rules[cf.not_applied[i]].id);
    }
    out += ']';
    close_entry(out, not_applied_sentence(plan, cf));
  }
  for (const NearMiss& miss : cf.near_misses) {
    open_entry(out, first, plan, cf.node, "near_miss");
    write_rule(out, plan, miss.rule);
    out += ',';
    write_groups(out, plan, {{miss.change}});
    close_entry(out, near_miss_sentence(plan, cf, miss));
  }
  if (!cf.flip.empty()) {
    open_entry(out, first, plan, cf.node, "flip");
    out += cf.flip_to ? "\"value\":true," : "\"value\":false,";
    write_groups(out, plan, cf.flip);
    close_entry(out, flip_sentence(plan, cf));
  }
}

}  // namespace

void write_counterfactuals(std::string& out, const plan::Plan& plan, const plan::Entry& entry, const Scratch& scratch) {
  const TableIndex tables(plan);
  out += '[';
  bool first = true;
  const auto each = [&](uint32_t node) {
    const plan::NodeKind kind = plan.nodes[node].kind;
    if (kind == plan::NodeKind::Let || kind == plan::NodeKind::Output) return;
    write_node(out, first, plan, find_counterfactuals(plan, entry, scratch, tables, node));
  };
  for (uint32_t node : entry.nodes) each(node);
  // Criteria: nodes of their own, lowered with their scorecard.
  for (uint32_t node = 0; node < plan.nodes.size(); ++node) {
    if (plan.nodes[node].kind == plan::NodeKind::Criterion && scratch.nodes[node].status == NodeStatus::Decided) {
      each(node);
    }
  }
  out += ']';
}

}  // namespace charter::engine
