// The worst-case cost of each node (cost.hpp). Counts one step per
// operation the evaluator runs (reading a constant, a field or another
// node's value is free); every condition of a decision, then its dearest
// outcome; every cell and output of a table (a `collect` table may match
// every row); every rule of a gate; reasons too, since traced evaluations
// render them. A quantifier costs its condition (plus one) per item; a
// builtin given a list may walk it, and `in` a list does. A list's length is
// its declared bound, or n(field) when it has none.
#include "compiler/analysis/cost.hpp"

#include <algorithm>
#include <set>

#include "compiler/dag/dependencies.hpp"

namespace charter::compiler::analysis {

namespace {

uint64_t add_saturated(uint64_t a, uint64_t b) { return std::min(Cost::kSaturated, a + b); }
uint64_t multiply_saturated(uint64_t a, uint64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > Cost::kSaturated / b ? Cost::kSaturated : std::min(Cost::kSaturated, a * b);
}

}  // namespace

Cost::Cost(uint64_t steps) {
  if (steps > 0) terms_[{}] = std::min(steps, kSaturated);
}

Cost Cost::list(const std::string& name) {
  Cost cost;
  cost.terms_[{name}] = 1;
  return cost;
}

Cost& Cost::operator+=(const Cost& other) {
  for (const auto& [lists, factor] : other.terms_) terms_[lists] = add_saturated(terms_[lists], factor);
  return *this;
}

Cost operator*(const Cost& a, const Cost& b) {
  Cost out;
  for (const auto& [x, f] : a.terms_) {
    for (const auto& [y, g] : b.terms_) {
      std::vector<std::string> lists = x;
      lists.insert(lists.end(), y.begin(), y.end());
      std::sort(lists.begin(), lists.end());
      out.terms_[lists] = add_saturated(out.terms_[lists], multiply_saturated(f, g));
    }
  }
  return out;
}

Cost Cost::max(const Cost& a, const Cost& b) {
  Cost out = a;
  for (const auto& [lists, factor] : b.terms_) out.terms_[lists] = std::max(out.terms_[lists], factor);
  return out;
}

bool Cost::bounded() const {
  return std::all_of(terms_.begin(), terms_.end(), [](const auto& term) { return term.first.empty(); });
}

uint64_t Cost::steps() const {
  const auto it = terms_.find({});
  return it == terms_.end() ? 0 : it->second;
}

std::vector<std::string> Cost::lists() const {
  std::set<std::string> names;
  for (const auto& [lists, factor] : terms_) names.insert(lists.begin(), lists.end());
  return {names.begin(), names.end()};
}

std::string Cost::to_string() const {
  std::vector<std::pair<std::vector<std::string>, uint64_t>> terms(terms_.begin(), terms_.end());
  std::erase_if(terms, [](const auto& term) { return term.second == 0; });
  std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first.size() < b.first.size(); });
  std::string out;
  for (const auto& [lists, factor] : terms) {
    if (!out.empty()) out += " + ";
    std::string term = factor == 1 && !lists.empty() ? "" : std::to_string(factor);
    for (const std::string& list : lists) term += (term.empty() ? "" : " × ") + ("n(" + list + ")");
    out += term;
  }
  return out.empty() ? "0" : out;
}

namespace {

class CostWalker {
 public:
  CostWalker(const ir::Program& program, const AnalysisOptions& options) : program_(program), options_(options) {
    if (options.modules != nullptr && options.sources != nullptr) bounds_ = declared_bounds(*options.modules, *options.sources);
  }

  NodeCost node(ir::NodeId id) {
    const ir::Node& node = program_.node(id);
    entry_ = node.entry;
    unbounded_.clear();
    NodeCost out;
    out.node = id;
    out.name = node.name;
    out.kind = node.kind;
    if (const auto* let = std::get_if<ir::LetNode>(&node.body)) out.own = expr(let->value);
    if (const auto* output = std::get_if<ir::OutputNode>(&node.body)) out.own = expr(output->value);
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) out.own = rules(decision->rules);
    if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
      for (const ir::GateRule& rule : gate->rules) out.own += Cost(1) + optional(rule.condition) + optional(rule.reason);
    }
    if (const auto* card = std::get_if<ir::ScorecardNode>(&node.body)) {
      for (const ir::Criterion& criterion : card->criteria) out.own += rules(criterion.rules) + Cost(2);
      for (const ir::BandEntry& entry : card->band) out.own += Cost(3) + expr(entry.value) + optional(entry.reason);
    }
    out.unbounded = unbounded_;
    return out;
  }

 private:
  Cost optional(ir::ExprId id) { return id ? expr(id) : Cost(); }

  // Every condition, then the dearest outcome (a fallback's too).
  Cost rules(const std::vector<ir::Rule>& list) {
    Cost conditions, outcome;
    for (const ir::Rule& rule : list) {
      conditions += optional(rule.condition) + Cost(1);
      Cost one = optional(rule.value) + optional(rule.reason);
      if (rule.table) one += table(program_.table(rule.table));
      outcome = Cost::max(outcome, one);
    }
    return conditions + outcome;
  }

  Cost table(const ir::Table& table) {
    Cost cost(2);
    for (ir::ExprId input : table.inputs) cost += expr(input);
    for (const ir::TableRow& row : table.rows) {
      cost += Cost(1) + optional(row.reason);
      for (const ir::Cell& cell : row.cells) {
        if (cell.kind == dsl::ast::Cell::Kind::Any && !cell.negated) continue;
        cost += Cost(2) + optional(cell.value) + optional(cell.low) + optional(cell.high);
        for (ir::ExprId item : cell.items) cost += expr(item);
      }
      for (ir::ExprId output : row.outputs) cost += expr(output);
    }
    return cost;
  }

  bool is_list(ir::ExprId id) const {
    const stdlib::TypeId type = program_.types.strip_optional(program_.expr(id).type);
    const stdlib::TypeKind kind = program_.types.kind(type);
    return kind == stdlib::TypeKind::List || kind == stdlib::TypeKind::Set;
  }

  Cost expr(ir::ExprId id) {
    if (!id || id.value >= program_.exprs.size()) return Cost();
    const ir::Expr& e = program_.expr(id);
    switch (e.kind) {
      case ir::ExprKind::Constant:
      case ir::ExprKind::InputField:
      case ir::ExprKind::Local:
      case ir::ExprKind::NodeValue: return Cost();
      case ir::ExprKind::Quantifier: {
        const Cost collection = expr(e.args[0]);
        locals_[e.a] = e.args[0];
        return collection + length(e.args[0]) * (expr(e.args[1]) + Cost(1));
      }
      case ir::ExprKind::If: return Cost(1) + expr(e.args[0]) + Cost::max(expr(e.args[1]), expr(e.args[2]));
      default: break;
    }
    uint64_t steps = 1;
    if (e.kind == ir::ExprKind::Call && options_.builtins != nullptr && e.builtin.valid() &&
        e.builtin.value < options_.builtins->entries().size()) {
      steps = std::max<uint64_t>(1, options_.builtins->entry(e.builtin).cost);
    }
    Cost cost(steps);
    for (size_t i = 0; i < e.args.size(); ++i) {
      cost += expr(e.args[i]);
      const bool walked = e.kind == ir::ExprKind::Call || (e.kind == ir::ExprKind::InList && i == 1);
      if (walked && is_list(e.args[i])) cost += length(e.args[i]);
    }
    return cost;
  }

  // `InboundEvent.message.attachments` for a list read from the event.
  std::optional<std::string> field_key(ir::ExprId id) const {
    const ir::Expr& e = program_.expr(id);
    const stdlib::TypeTable& types = program_.types;
    if (e.kind == ir::ExprKind::InputField && entry_.valid() && entry_.value < program_.entries.size()) {
      const stdlib::RecordInfo& input = types.record_info(program_.entries[entry_.value].input);
      if (e.a < input.fields.size()) return input.name + "." + input.fields[e.a].name;
    }
    if (e.kind == ir::ExprKind::Member) {
      const stdlib::TypeId owner = types.strip_optional(program_.expr(e.args[0]).type);
      if (types.kind(owner) != stdlib::TypeKind::Record) return std::nullopt;
      const stdlib::RecordInfo& record = types.record_info(owner);
      if (e.a >= record.fields.size()) return std::nullopt;
      if (!record.name.empty()) return record.name + "." + record.fields[e.a].name;
      const auto object = field_key(e.args[0]);
      if (object) return *object + "." + record.fields[e.a].name;
    }
    if (e.kind == ir::ExprKind::Local) {
      if (const auto it = locals_.find(e.a); it != locals_.end()) return field_key(it->second);
    }
    if (e.kind == ir::ExprKind::Coalesce) return field_key(e.args[0]);
    return std::nullopt;
  }

  Cost symbol(const std::string& name, dsl::Span at) {
    if (std::none_of(unbounded_.begin(), unbounded_.end(), [&](const auto& u) { return u.first == name; })) {
      unbounded_.emplace_back(name, at);
    }
    return Cost::list(name);
  }

  // How many items the list `id` may have.
  Cost length(ir::ExprId id) {
    const ir::Expr& e = program_.expr(id);
    const stdlib::TypeTable& types = program_.types;
    const stdlib::TypeId type = types.strip_optional(e.type);
    // A set of enum values has at most one of each.
    if (types.kind(type) == stdlib::TypeKind::Set) {
      const stdlib::TypeId element = types.info(type).element;
      if (types.kind(element) == stdlib::TypeKind::Enum) return Cost(types.enum_info(element).values.size());
      if (types.kind(element) == stdlib::TypeKind::Bool) return Cost(2);
    }
    switch (e.kind) {
      case ir::ExprKind::Constant: return Cost(program_.constant(ir::ConstId{e.a}).size);
      case ir::ExprKind::ListLiteral: return Cost(e.args.size());
      case ir::ExprKind::Coalesce: return Cost::max(length(e.args[0]), length(e.args[1]));
      case ir::ExprKind::If: return Cost::max(length(e.args[1]), length(e.args[2]));
      case ir::ExprKind::NodeValue: return node_length(ir::NodeId{e.a}, e.span);
      case ir::ExprKind::Call: {
        Cost total;
        bool any = false;
        for (ir::ExprId arg : e.args) {
          if (!is_list(arg)) continue;
          total += length(arg);
          any = true;
        }
        if (any) return total;
        break;
      }
      default: break;
    }
    if (const auto key = field_key(id)) {
      if (const auto it = bounds_.find(*key); it != bounds_.end()) return Cost(it->second);
      return symbol(*key, e.span);
    }
    return symbol(written(e.span), e.span);
  }

  // How the list is written: "split(text)".
  std::string written(dsl::Span span) const {
    const dsl::SourceMap* sources = options_.sources;
    if (sources == nullptr || span.file.value >= sources->size() || span.end <= span.begin) return "a list";
    return std::string(sources->get(span.file).slice(span));
  }

  // The length of the list a let or decision holds: that of its outcomes.
  Cost node_length(ir::NodeId id, dsl::Span at) {
    if (std::find(visiting_.begin(), visiting_.end(), id) != visiting_.end()) return symbol("a list of a cycle", at);
    visiting_.push_back(id);
    Cost out;
    const ir::Node& node = program_.node(id);
    const ir::EntryId saved = entry_;
    entry_ = node.entry;
    if (const auto* let = std::get_if<ir::LetNode>(&node.body)) out = length(let->value);
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) {
      for (const ir::Rule& rule : decision->rules) {
        if (rule.value) out = Cost::max(out, length(rule.value));
        if (rule.table) out = Cost::max(out, Cost(program_.table(rule.table).rows.size()));
      }
    }
    entry_ = saved;
    visiting_.pop_back();
    return out;
  }

  const ir::Program& program_;
  const AnalysisOptions& options_;
  std::map<std::string, uint64_t> bounds_;
  std::map<uint32_t, ir::ExprId> locals_;  // quantifier variable → the list it walks
  ir::EntryId entry_;
  std::vector<ir::NodeId> visiting_;
  std::vector<std::pair<std::string, dsl::Span>> unbounded_;
};

}  // namespace

std::vector<NodeCost> decision_costs(const ir::Program& program, const AnalysisOptions& options) {
  CostWalker walker(program, options);
  std::vector<NodeCost> costs;
  for (uint32_t n = 0; n < program.nodes.size(); ++n) costs.push_back(walker.node(ir::NodeId{n}));
  const std::vector<std::vector<NodeRead>> reads = node_dependencies(program);
  for (uint32_t n = 0; n < program.nodes.size(); ++n) {
    std::vector<bool> seen(program.nodes.size(), false);
    std::vector<uint32_t> pending = {n};
    seen[n] = true;
    Cost total;
    while (!pending.empty()) {
      const uint32_t at = pending.back();
      pending.pop_back();
      total += costs[at].own;
      for (const NodeRead& read : reads[at]) {
        if (read.node.valid() && read.node.value < seen.size() && !seen[read.node.value]) {
          seen[read.node.value] = true;
          pending.push_back(read.node.value);
        }
      }
    }
    costs[n].total = total;
  }
  return costs;
}

}  // namespace charter::compiler::analysis

namespace charter::compiler::analysis {

std::string print_costs(const ir::Program& program, const std::vector<NodeCost>& costs) {
  std::string out;
  for (const NodeCost& cost : costs) {
    const ir::NodeKind kind = program.node(cost.node).kind;
    if (kind == ir::NodeKind::Let || kind == ir::NodeKind::Output) continue;
    out += cost.name + ": " + cost.own.to_string() + " steps";
    if (cost.total.to_string() != cost.own.to_string()) out += " (" + cost.total.to_string() + " with what it reads)";
    out += "\n";
  }
  return out;
}

}  // namespace charter::compiler::analysis
