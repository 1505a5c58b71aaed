#include "engine/trace/sentences.hpp"

#include "engine/trace/wording.hpp"

namespace charter::engine {

namespace {

// Groups that are all needed, of changes of which any one is enough.
template <class Phrase>
std::string groups_text(const ChangeGroups& groups, Phrase phrase) {
  std::vector<std::string> parts;
  for (const auto& group : groups) {
    if (group.empty()) continue;
    std::string text = group.size() > 1 ? "either " : "";
    for (size_t i = 0; i < group.size(); ++i) text += (i > 0 ? " or " : "") + phrase(group[i]);
    parts.push_back(std::move(text));
  }
  return join_words(parts, "and");
}

}  // namespace

std::string lift_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf) {
  if (cf.lifts.empty() || !cf.then) return {};
  const std::string given = verdict_name(plan, cf.node, cf.verdict);
  std::vector<std::string> parts;
  for (const Lift& lift : cf.lifts) {
    if (lift.unconditional) {
      return "Nothing in the event could change this: " + plan.rules[lift.rule].id + " holds for every event.";
    }
    parts.push_back(groups_text(lift.changes, [&](const Change& c) { return requirement(c, plan); }));
  }
  const std::string changes = join_words(parts, "and");
  const GateThen& then = *cf.then;
  if (then.open.empty() && then.decided && then.verdict == kAllow) return "To allow: " + changes + ".";
  std::string out = "To avoid " + given + ": " + changes + ".";
  if (then.open.empty()) {
    if (!then.decided) return out + " No other rule would then hold.";
    return out + " It would then be " + verdict_name(plan, cf.node, then.verdict) + " (" + plan.rules[then.rule].id + ").";
  }
  std::vector<std::string> cases;
  for (const GateThen::Open& open : then.open) {
    cases.push_back(verdict_name(plan, cf.node, open.verdict) + " if " + plan.rules[open.rule].id + " holds");
  }
  out += " It would then be " + join_words(cases, "or");
  out += then.decided ? ", else " + verdict_name(plan, cf.node, then.verdict) + "." : "; else no rule would hold.";
  return out;
}

std::string not_applied_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf) {
  if (cf.not_applied.empty()) return {};
  std::string out = "Tried first, did not apply: ";
  for (size_t i = 0; i < cf.not_applied.size(); ++i) out += (i > 0 ? ", " : "") + plan.rules[cf.not_applied[i]].id;
  return out + ".";
}

std::string near_miss_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf, const NearMiss& miss) {
  const plan::RuleInfo& rule = plan.rules[miss.rule];
  if (plan.nodes[cf.node].kind == plan::NodeKind::Gate) {
    return rule.id + " would have said " + verdict_name(plan, cf.node, rule.verdict) + " if " + were(miss.change, plan) +
           ".";
  }
  std::string out = rule.id;
  if (!rule.outcome.empty() && rule.outcome.size() <= 40) out += " (" + rule.outcome + ")";
  return out + " would have applied if " + were(miss.change, plan) + ".";
}

std::string flip_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf) {
  if (cf.flip.empty()) return {};
  return std::string("It would be ") + (cf.flip_to ? "true" : "false") + " if " +
         groups_text(cf.flip, [&](const Change& c) { return were(c, plan); }) + ".";
}

}  // namespace charter::engine
