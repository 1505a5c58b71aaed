// Layout of decisions, their rules and gates (see formatter.hpp).
//   label: when condition => outcome because "reason"
// stays on one line when it fits; otherwise the line breaks before `=>`,
// which goes 2 columns deeper, and a long condition breaks before its
// top-level `and`/`or`, 4 columns deeper. A gate pads its verdicts to one
// width and lines its `because` clauses up when the lines fit.
#include <algorithm>

#include "dsl/format/formatter.hpp"

namespace charter::dsl::format_detail {

Doc Formatter::reason(ast::ExprId id) {
  if (!id) return {};
  const ast::Expr& e = module_.expr(id);
  Doc doc = Doc::text(" because ");
  doc += Doc::text(string_literal(std::get<ast::StringLit>(e.node)), e.span.begin, e.span.end);
  return doc;
}

void Formatter::decision(const ast::Decl& decl, const ast::DecisionDecl& d) {
  std::string head = "decision " + d.name.text;
  uint32_t head_end = d.name.span.end;
  if (d.type) {
    head += " : " + type(d.type);
    head_end = module_.type(d.type).span.end;
  }
  if (d.expression_form && d.rules.size() == 1) {
    expression_body(Doc::text(head + " = ", decl.span.begin, head_end), d.rules.front(), 0);
    return;
  }
  if (d.rules.empty()) {
    emit_line(0, head + " {}", decl.span.begin, decl.span.end);
    return;
  }
  opening_line(0, head, decl.span.begin, source_.skip_trivia(head_end));
  rule_block(d.rules, kIndent);
  closing_line(0, decl.span.end - 1);
}

void Formatter::rule_block(const std::vector<ast::Rule>& rules, int indent) {
  for (const ast::Rule& r : rules) rule(r, indent);
}

void Formatter::rule(const ast::Rule& r, int indent) {
  Doc head;
  uint32_t keyword = r.span.begin;
  if (r.label) {
    head += Doc::text(r.label->text + ": ", r.label->span.begin, r.label->span.end);
    keyword = source_.skip_trivia(source_.skip_trivia(r.label->span.end) + 1);  // past the `:`
  }
  uint32_t head_end = 0;
  switch (r.kind) {
    case ast::Rule::Kind::When:
      head += Doc::text("when ", keyword, keyword + 4);
      head += condition(r.condition);
      head_end = module_.expr(r.condition).span.end;
      break;
    case ast::Rule::Kind::Otherwise:
      head += Doc::text("otherwise", keyword, keyword + 9);
      head_end = keyword + 9;
      break;
    case ast::Rule::Kind::Fallback:
      head += Doc::text("fallback", keyword, keyword + 8);
      head_end = keyword + 8;
      break;
  }
  // A comment between the condition and `=>` keeps its place only on a broken rule.
  const bool comment_at_break = gap_has_comment(head_end, r.outcome.span.begin);
  Doc arrow = Doc::line();
  if (r.outcome.table) {
    const ast::Table& t = module_.table(r.outcome.table);
    arrow += Doc::text("=> " + table_opening(t), t.span.begin, table_brace(t) + 1);
    head += Doc::indent(kIndent, std::move(arrow));
    table_outcome(Doc::group(std::move(head), comment_at_break), r, indent);
    return;
  }
  arrow += "=> ";
  arrow += expr(r.outcome.expr);
  arrow += reason(r.reason);
  head += Doc::indent(kIndent, std::move(arrow));
  emit(Doc::group(std::move(head), comment_at_break), indent);
}

void Formatter::expression_body(Doc prefix, const ast::Rule& r, int indent) {
  if (r.outcome.table) {
    const ast::Table& t = module_.table(r.outcome.table);
    prefix += Doc::text(table_opening(t), t.span.begin, table_brace(t) + 1);
    table_outcome(std::move(prefix), r, indent);
    return;
  }
  Doc doc = std::move(prefix);
  doc += expr(r.outcome.expr);
  bool comment_at_break = false;
  if (r.reason) {
    const Span reason_span = module_.expr(r.reason).span;
    comment_at_break = gap_has_comment(r.outcome.span.end, reason_span.begin);
    Doc because = Doc::line();
    because += "because ";
    because += Doc::text(string_literal(std::get<ast::StringLit>(module_.expr(r.reason).node)),
                         reason_span.begin, reason_span.end);
    doc += Doc::indent(kIndent, std::move(because));
  }
  emit(Doc::group(std::move(doc), comment_at_break), indent);
}

// The rows go one level deeper than the line that opens the table, and the
// closing brace (with the rule's `because`) comes back to that line's level.
void Formatter::table_outcome(Doc opening, const ast::Rule& r, int indent) {
  const ast::Table& t = module_.table(r.outcome.table);
  emit(opening, indent);
  lines_.back().opens = true;
  const int level = lines_.back().indent;
  table_body(t, level + kIndent);
  Doc closing = Doc::text("}", t.span.end - 1, t.span.end);
  closing += reason(r.reason);
  emit(closing, level, false);
  lines_.back().closes = true;
}

// ---------------------------------------------------------------- gates

void Formatter::gate(const ast::Decl& decl, const ast::GateDecl& g) {
  const std::string head = "gate " + g.name.text;
  if (g.rules.empty()) {
    emit_line(0, head + " {}", decl.span.begin, decl.span.end);
    return;
  }
  opening_line(0, head, decl.span.begin, source_.skip_trivia(g.name.span.end));
  gate_rules(g.rules, kIndent);
  closing_line(0, decl.span.end - 1);
}

namespace {

// The column where aligned `because` clauses start: the widest head among
// the lines that fit with it. Lines that would not fit are left out, the
// one with the widest head first, so one long rule does not push the rest.
int because_column(std::vector<GateLine>& lines, int indent, int width) {
  for (;;) {
    int column = 0;
    for (const GateLine& line : lines) {
      if (line.alignable) column = std::max(column, text_width(line.head) + 1);
    }
    GateLine* widest = nullptr;
    bool all_fit = true;
    for (GateLine& line : lines) {
      if (!line.alignable) continue;
      if (indent + column + text_width(line.reason) > width) all_fit = false;
      if (widest == nullptr || text_width(line.head) > text_width(widest->head)) widest = &line;
    }
    if (all_fit) return column;
    widest->alignable = false;
  }
}

}  // namespace

// Each rule's text: labels and verdicts padded into columns, then the
// condition and the reason as they read on one line.
std::vector<GateLine> Formatter::gate_lines(const std::vector<ast::GateRule>& rules) {
  int label_width = 0;
  int verdict_width = 0;
  for (const ast::GateRule& r : rules) {
    if (r.label) label_width = std::max(label_width, text_width(r.label->text) + 2);
    verdict_width = std::max(verdict_width, text_width(std::string(ast::to_string(r.verdict))));
  }
  std::vector<GateLine> lines;
  for (const ast::GateRule& r : rules) {
    GateLine line;
    line.prefix = pad(r.label ? r.label->text + ": " : "", label_width);
    if (r.fallback) line.prefix += "fallback ";
    line.prefix += pad(std::string(ast::to_string(r.verdict)), verdict_width);
    if (!r.condition) line.prefix.erase(line.prefix.find_last_not_of(' ') + 1);
    line.head = r.condition ? line.prefix + " when " + flat(r.condition) : line.prefix;
    const uint32_t head_end = r.condition ? module_.expr(r.condition).span.end : r.verdict_span.end;
    if (r.reason) {
      const ast::Expr& reason_expr = module_.expr(r.reason);
      line.reason = "because " + string_literal(std::get<ast::StringLit>(reason_expr.node));
      // A comment that must stay at a break keeps the rule out of the columns.
      line.alignable = !source_.has_comment(head_end, reason_expr.span.begin) &&
                       (!r.condition || !condition(r.condition).must_break());
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

void Formatter::gate_rules(const std::vector<ast::GateRule>& rules, int indent) {
  std::vector<GateLine> lines = gate_lines(rules);
  const int column = because_column(lines, indent, width_);
  const int group = new_align_group();
  for (size_t i = 0; i < rules.size(); ++i) {
    const ast::GateRule& r = rules[i];
    if (lines[i].alignable) {
      Line& line =
          emit_line(indent, pad(lines[i].head, column) + lines[i].reason, r.span.begin, r.span.end);
      line.starts_item = true;
      line.align_group = group;
      continue;
    }
    const size_t count = emit(gate_rule(r, lines[i]), indent);
    lines_[lines_.size() - count].align_group = group;
  }
}

// A rule that is not in the columns: `because` goes on a line of its own
// when the rule does not fit.
Doc Formatter::gate_rule(const ast::GateRule& r, const GateLine& line) {
  Doc doc = Doc::text(line.prefix, r.span.begin, r.verdict_span.end);
  uint32_t head_end = r.verdict_span.end;
  if (r.condition) {
    doc += " when ";
    doc += condition(r.condition);
    head_end = module_.expr(r.condition).span.end;
  }
  if (!r.reason) return doc;
  const Span reason_span = module_.expr(r.reason).span;
  Doc because = Doc::line();
  because += Doc::text(line.reason, reason_span.begin, reason_span.end);
  doc += Doc::indent(kIndent, std::move(because));
  return Doc::group(std::move(doc), gap_has_comment(head_end, reason_span.begin));
}

}  // namespace charter::dsl::format_detail
