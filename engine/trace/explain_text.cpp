// The text explanation (explain.hpp): a header line, then a bullet per
// decided node, its counterfactuals indented below it, lines wrapped.
#include "engine/trace/counterfactuals.hpp"
#include "engine/trace/explain.hpp"
#include "engine/trace/sentences.hpp"
#include "engine/trace/wording.hpp"

namespace charter::engine {

namespace {

size_t characters(std::string_view text) {
  size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// Appends `text` as lines of at most `width` characters (a longer word
// stays whole), the first after `first`, the others after `rest`.
void append_wrapped(std::string& out, std::string_view text, std::string_view first, std::string_view rest,
                    size_t width) {
  std::string line(first);
  size_t length = characters(first);
  bool empty = true;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    if (word.empty()) continue;
    const size_t size = characters(word);
    if (!empty && length + 1 + size > width) {
      out += line + "\n";
      line = rest;
      length = characters(rest);
      empty = true;
    }
    if (!empty) {
      line += ' ';
      ++length;
    }
    line += word;
    length += size;
    empty = false;
  }
  out += line + "\n";
}

std::string reason_text(const Scratch& s, uint32_t node, bool gate) {
  std::string out;
  const auto add = [&](std::string_view reason) {
    if (reason.empty()) return;
    if (!out.empty()) out += "; ";
    out += reason;
  };
  if (gate) {
    const auto& hits = s.gate_hits[node];
    for (const GateHit& hit : hits) {
      if (hit.verdict == hits.front().verdict && hit.reason >= 0) add(s.reasons[static_cast<size_t>(hit.reason)]);
    }
    return out;
  }
  const NodeState& state = s.nodes[node];
  for (uint32_t i = 0; i < state.reason_count; ++i) add(s.reasons[state.reason_begin + i]);
  return out;
}

// "(route.pricing, intake.charter:71)"; a gate names every rule of its verdict.
std::string rule_refs(const plan::Plan& plan, const Scratch& s, uint32_t node, bool gate, const ExplainOptions& options) {
  std::vector<uint32_t> rules;
  if (gate) {
    const auto& hits = s.gate_hits[node];
    for (const GateHit& hit : hits) {
      if (hit.verdict == hits.front().verdict) rules.push_back(hit.rule);
    }
  } else if (s.nodes[node].rule < plan.rules.size()) {
    rules.push_back(s.nodes[node].rule);
  }
  if (rules.empty()) return "(" + short_location(plan.nodes[node].location, options.bundle_dir) + ")";
  std::string out = "(";
  for (size_t i = 0; i < rules.size(); ++i) {
    if (i > 0) out += "; ";
    out += plan.rules[rules[i]].id + ", " + short_location(plan.rules[rules[i]].location, options.bundle_dir);
  }
  return out + ")";
}

// "Score: 72, band Good" for a scorecard; "Route: PricingEnquiryAgent" otherwise.
std::string node_value(const plan::Plan& plan, const Scratch& s, uint32_t node) {
  const plan::NodeInfo& info = plan.nodes[node];
  const stdlib::Value& value = s.slots[info.slot];
  if (info.kind != plan::NodeKind::Scorecard || value.kind != stdlib::ValueKind::Record || value.size == 0) {
    return value_text(value, plan);
  }
  std::string out = value_text(value.items()[0], plan);
  const auto band = plan.types.record_info(info.type).find("band");
  if (band && *band < value.size) out += ", band " + value_text(value.items()[*band], plan);
  return out;
}

void explain_node(std::string& out, const plan::Plan& plan, const plan::Entry& entry, const Scratch& s,
                  const TableIndex& tables, uint32_t node, const ExplainOptions& options) {
  const plan::NodeInfo& info = plan.nodes[node];
  const NodeState& state = s.nodes[node];
  const bool gate = info.kind == plan::NodeKind::Gate;
  const bool criterion = info.kind == plan::NodeKind::Criterion;
  const std::string name = criterion ? info.name.substr(info.name.rfind('.') + 1) : info.name;
  std::string line = display_name(name) + ": " + node_value(plan, s, node);
  const std::string reason = reason_text(s, node, gate);
  if (state.status == NodeStatus::FellBack) {
    line += " — could not be evaluated: " + std::string(state.failure) + "; the fallback decided";
    if (!reason.empty()) line += ": " + reason;
  } else if (!reason.empty()) {
    line += " — " + reason;
  }
  line += " " + rule_refs(plan, s, node, gate, options);
  const std::string indent = criterion ? "    " : "  ";
  append_wrapped(out, line, criterion ? "  – " : "• ", indent, options.width);

  const NodeCounterfactuals cf = find_counterfactuals(plan, entry, s, tables, node);
  for (const std::string& sentence : {lift_sentence(plan, cf), not_applied_sentence(plan, cf)}) {
    if (!sentence.empty()) append_wrapped(out, sentence, indent, indent, options.width);
  }
  for (const NearMiss& miss : cf.near_misses) {
    append_wrapped(out, near_miss_sentence(plan, cf, miss), indent, indent, options.width);
  }
  if (const std::string flip = flip_sentence(plan, cf); !flip.empty()) {
    append_wrapped(out, flip, indent, indent, options.width);
  }
}

std::string short_digest(std::string_view digest) {
  const size_t colon = digest.find(':');
  const size_t keep = (colon == std::string_view::npos ? 0 : colon + 1) + 12;
  return digest.size() > keep ? std::string(digest.substr(0, keep)) + "…" : std::string(digest);
}

}  // namespace

std::string explain_text(const plan::Plan& plan, const plan::Entry& entry, const Scratch& s,
                         const ExplainOptions& options) {
  std::string out = (s.event_id.empty() ? std::string("(an event without id)") : s.event_id) + " under " +
                    plan.bundle_name + " " + plan.bundle_version + " (" + short_digest(plan.digest) + ")\n";
  const TableIndex tables(plan);
  const auto each = [&](uint32_t node) {
    const plan::NodeKind kind = plan.nodes[node].kind;
    if (kind == plan::NodeKind::Let || kind == plan::NodeKind::Output) return;
    if (s.nodes[node].status != NodeStatus::Decided && s.nodes[node].status != NodeStatus::FellBack) return;
    explain_node(out, plan, entry, s, tables, node, options);
  };
  for (uint32_t node : entry.nodes) {
    each(node);
    // A scorecard's criteria are nodes of their own, named `card.criterion`
    // (lowered once per entry: only this event's are decided).
    const plan::NodeInfo& card = plan.nodes[node];
    if (card.kind != plan::NodeKind::Scorecard) continue;
    for (uint32_t c = 0; c < plan.nodes.size(); ++c) {
      const plan::NodeInfo& info = plan.nodes[c];
      if (info.kind == plan::NodeKind::Criterion && info.module == card.module && info.name.size() > card.name.size() &&
          info.name.compare(0, card.name.size() + 1, card.name + ".") == 0) {
        each(c);
      }
    }
  }
  return out;
}

}  // namespace charter::engine
