// `test` blocks: the given event becomes JSON (exactly what a caller would
// send), expectations are checked against the decisions of the test's entry.
#include <algorithm>

#include "compiler/check/checker_state.hpp"
#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;

std::optional<std::string> CheckerState::literal_json(size_t module, ast::ExprId id) {
  const ast::Expr& expr = ast_expr(module, id);
  const dsl::SourceFile& file = sources_.get(expr.span.file);
  const auto nested = [&](const std::vector<ast::ExprId>& items) -> std::optional<std::string> {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
      const auto item = literal_json(module, items[i]);
      if (!item) return std::nullopt;
      out += (i ? "," : "") + *item;
    }
    return out + "]";
  };
  if (const auto* number = std::get_if<ast::NumberLit>(&expr.node)) return ast::format_number(*number);
  if (const auto* boolean = std::get_if<ast::BoolLit>(&expr.node)) return boolean->value ? "true" : "false";
  if (std::holds_alternative<ast::NullLit>(expr.node)) return "null";
  if (const auto* text = std::get_if<ast::StringLit>(&expr.node)) {
    if (!text->is_plain()) {
      error(DiagKind::TypeMismatch, expr.span, "a test's event is data: its strings cannot interpolate values");
      return std::nullopt;
    }
    return dsl::json_quote(text->plain_text());
  }
  if (std::holds_alternative<ast::DurationLit>(expr.node) || std::holds_alternative<ast::DateLit>(expr.node) ||
      std::holds_alternative<ast::DateTimeLit>(expr.node) || std::holds_alternative<ast::TimeOfDayLit>(expr.node)) {
    return dsl::json_quote(file.slice(expr.span));  // as written: the event's JSON carries text
  }
  if (const auto* unary = std::get_if<ast::UnaryExpr>(&expr.node); unary && unary->op == ast::UnaryOp::Negate) {
    if (const auto* number = std::get_if<ast::NumberLit>(&ast_expr(module, unary->operand).node)) {
      return "-" + ast::format_number(*number);
    }
  }
  if (const auto* list = std::get_if<ast::ListExpr>(&expr.node)) return nested(list->items);
  if (const auto* set = std::get_if<ast::SetExpr>(&expr.node)) return nested(set->items);
  if (const auto* record = std::get_if<ast::RecordExpr>(&expr.node)) return record_json(module, record->entries, 0);
  if (const auto path = dotted_path(module, id)) {
    // An enum value is written as its JSON spelling.
    bool reported = false;
    if (const auto value = find_enum_value(module, *path, TypeTable::kError, expr.span, reported)) {
      return dsl::json_quote(program_.types.enum_info(value->first).values[value->second].json);
    }
    if (reported) return std::nullopt;
  }
  error(DiagKind::TypeMismatch, expr.span, "a test's event is data: strings, numbers, booleans, null, lists, records and enum values")
      .help = "compute nothing in a `given`; write the value itself";
  return std::nullopt;
}

std::optional<std::string> CheckerState::record_json(size_t module, const std::vector<ast::RecordEntry>& entries,
                                                     size_t depth) {
  // Entries sharing a first key at this depth form one nested object.
  std::vector<std::string> order;
  for (const ast::RecordEntry& entry : entries) {
    if (entry.path.size() <= depth) continue;
    const std::string& key = entry.path[depth].text;
    if (std::find(order.begin(), order.end(), key) == order.end()) order.push_back(key);
  }
  std::string out = "{";
  for (size_t k = 0; k < order.size(); ++k) {
    std::vector<ast::RecordEntry> deeper;
    std::optional<std::string> leaf;
    for (const ast::RecordEntry& entry : entries) {
      if (entry.path.size() <= depth || entry.path[depth].text != order[k]) continue;
      if (entry.path.size() == depth + 1) {
        leaf = literal_json(module, entry.value);
        if (!leaf) return std::nullopt;
      } else {
        deeper.push_back(entry);
      }
    }
    std::optional<std::string> value = leaf;
    if (!deeper.empty()) {
      value = record_json(module, deeper, depth + 1);
      if (!value) return std::nullopt;
    }
    out += (k ? "," : "") + dsl::json_quote(order[k]) + ":" + *value;
  }
  return out + "}";
}

void CheckerState::check_tests() {
  std::vector<std::string> rule_ids = all_rule_ids();
  const std::vector<std::string_view> rule_views(rule_ids.begin(), rule_ids.end());
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    for (const ast::Decl& decl : ast_of(m).decls) {
      const auto* test = std::get_if<ast::TestDecl>(&decl.node);
      if (test == nullptr) continue;
      ir::Test built;
      const auto& title = std::get<ast::StringLit>(ast_expr(m, test->name).node);
      built.name = title.plain_text();
      built.module = bundle_.modules[m].name;
      built.span = decl.span;
      built.entry = scopes_[m].entry;
      if (!built.entry) {
        error(DiagKind::NoInput, decl.span, "this test gives an event, but its module has no `input`")
            .help = "put the test in the module whose decisions it tests";
        continue;
      }
      ExprContext ctx;
      ctx.module = m;
      ctx.entry = built.entry;
      for (const ast::TestItem& item : test->items) {
        if (const auto* given = std::get_if<ast::Given>(&item)) {
          if (built.given) {
            error(DiagKind::TestNeedsOneGiven, given->span, "a test has one `given`; this is a second")
                .help = "split it into two tests";
            continue;
          }
          ir::Test::Given event;
          event.span = given->span;
          if (given->kind == ast::Given::Kind::Fixture) {
            event.fixture = std::get<ast::StringLit>(ast_expr(m, given->fixture).node).plain_text();
            if (given->value) {
              for (const ast::RecordEntry& entry : std::get<ast::RecordExpr>(ast_expr(m, given->value).node).entries) {
                std::vector<std::string> path;
                for (const ast::Name& part : entry.path) path.push_back(part.text);
                if (const auto json = literal_json(m, entry.value)) event.overrides.emplace_back(path, *json);
              }
            }
          } else if (const auto json = literal_json(m, given->value)) {
            event.json = *json;
          }
          built.given = std::move(event);
          continue;
        }
        const auto& expectation = std::get<ast::Expectation>(item);
        ir::Test::Expectation checked;
        checked.kind = expectation.kind;
        checked.span = expectation.span;
        switch (expectation.kind) {
          case ast::Expectation::Kind::Holds: checked.condition = check_condition(expectation.condition, ctx); break;
          case ast::Expectation::Kind::Invalid:
            checked.field = std::get<ast::StringLit>(ast_expr(m, expectation.field).node).plain_text();
            break;
          case ast::Expectation::Kind::Fired: {
            checked.rule = expectation.rule.joined();
            if (std::find(rule_ids.begin(), rule_ids.end(), checked.rule) == rule_ids.end()) {
              auto& diag = error(DiagKind::UnknownRule, expectation.rule.span, "no rule has the id `" + checked.rule + "`");
              if (const auto s = dsl::closest_match(checked.rule, rule_views)) diag.help = "did you mean `" + std::string(*s) + "`?";
            }
            break;
          }
        }
        built.expectations.push_back(std::move(checked));
      }
      if (!built.given) {
        error(DiagKind::TestNeedsOneGiven, decl.span, "this test gives no event")
            .help = "add `given { … }` or `given fixture \"file.json\"`";
        continue;
      }
      program_.tests.push_back(std::move(built));
    }
  }
}

std::vector<std::string> CheckerState::all_rule_ids() const {
  std::vector<std::string> ids;
  const auto add_rules = [&](const std::vector<ir::Rule>& rules) {
    for (const ir::Rule& rule : rules) {
      ids.push_back(rule.id);
      if (rule.table) {
        for (const ir::TableRow& row : program_.table(rule.table).rows) ids.push_back(row.id);
      }
    }
  };
  for (const ir::Node& node : program_.nodes) {
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) add_rules(decision->rules);
    if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
      for (const ir::GateRule& rule : gate->rules) ids.push_back(rule.id);
    }
    if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
      for (const ir::Criterion& criterion : scorecard->criteria) add_rules(criterion.rules);
      for (const ir::BandEntry& entry : scorecard->band) ids.push_back(entry.id);
    }
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace charter::compiler::check_detail
