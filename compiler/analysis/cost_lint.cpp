// The cost lint: a node whose worst-case cost has no bound (W0506), or is
// above the limit of the options (W0507). Proves only what cost.hpp counts:
// a bound in evaluator steps from the declared list lengths; it does not
// measure time (a builtin's own work on a long text is one step and its
// cost hint). Each node is judged on its own cost, so a list is reported
// where it is walked, not at every node that reads the result.
#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

std::string with_separators(uint64_t n) {
  std::string digits = std::to_string(n);
  for (size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

std::string what(const ir::Node& node) {
  return node.kind == ir::NodeKind::Output ? std::string("the output") : quoted_name(node.name);
}

// Where to declare the bound: "write `## at most N` on the line before `tags` in `Attachment`".
std::string declare_help(const std::vector<std::string>& lists) {
  const std::string how = "declare the longest list an event may carry: write `## at most N` on the line before ";
  if (lists.size() == 1) {
    const std::string& list = lists.front();
    const size_t dot = list.rfind('.');
    if (dot != std::string::npos) {
      return how + "`" + list.substr(dot + 1) + "` in `" + list.substr(0, dot) + "`";
    }
  }
  return how + "each list's field";
}

}  // namespace

void check_cost(const Context& ctx) {
  for (const NodeCost& cost : decision_costs(ctx.program, ctx.options)) {
    const ir::Node& node = ctx.program.node(cost.node);
    const dsl::Span at = node.kind == ir::NodeKind::Output ? node.span : node.name_span;
    if (!cost.own.bounded()) {
      std::string lists;
      const std::vector<std::string> names = cost.own.lists();
      for (size_t i = 0; i < names.size(); ++i) {
        lists += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + ("`" + names[i] + "`");
      }
      auto& diag = ctx.sink.emit(dsl::DiagKind::UnboundedCost, at,
                                 "the cost of " + what(node) + " has no bound: it walks " + lists +
                                     (names.size() == 1 ? ", whose length is not declared"
                                                        : ", whose lengths are not declared"));
      for (const auto& [name, span] : cost.unbounded) diag.notes.push_back({span, "`" + name + "` is walked here"});
      diag.help = declare_help(names);
      continue;
    }
    const uint64_t limit = ctx.options.cost_limit;
    if (limit == 0 || cost.own.steps() <= limit) continue;
    ctx.sink.emit(dsl::DiagKind::CostAboveLimit, at,
                  what(node) + " may take up to " + with_separators(cost.own.steps()) +
                      " steps per event, above the limit of " + with_separators(limit))
        .help = "lower the declared bounds of the lists it walks, or avoid walking one list for each item of another";
  }
}

}  // namespace charter::compiler::analysis
