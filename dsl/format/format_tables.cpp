// Layout of decision tables (see formatter.hpp): the header and the rows are
// padded into columns, ` | ` between cells, ` || ` before the outputs, row
// labels in a leading column and the rows' `because` clauses in one column
// after the outputs. Tables are not broken at the width: a table reads as a
// table or not at all.
#include <algorithm>

#include "dsl/format/formatter.hpp"

namespace charter::dsl::format_detail {

std::string Formatter::table_opening(const ast::Table& t) {
  std::string out = "table";
  if (t.policy_span) {
    out += ' ';
    out += ast::to_string(t.policy);
  }
  return out + " {";
}

uint32_t Formatter::table_brace(const ast::Table& t) const {
  return source_.skip_trivia(t.policy_span ? t.policy_span->end : t.span.begin + 5);
}

namespace {

void widen(std::vector<int>& widths, const std::vector<std::string>& cells) {
  if (widths.size() < cells.size()) widths.resize(cells.size(), 0);
  for (size_t i = 0; i < cells.size(); ++i) widths[i] = std::max(widths[i], text_width(cells[i]));
}

std::string join_padded(const std::vector<std::string>& cells, const std::vector<int>& widths,
                        bool pad_last) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += " | ";
    out += i + 1 < cells.size() || pad_last ? pad(cells[i], widths[i]) : cells[i];
  }
  for (size_t i = cells.size(); pad_last && i < widths.size(); ++i) {
    out += "   " + pad("", widths[i]);
  }
  return out;
}

}  // namespace

std::string Formatter::cell_text(const ast::Cell& c) {
  std::string out;
  switch (c.kind) {
    case ast::Cell::Kind::Any: out = "-"; break;
    case ast::Cell::Kind::Equal: out = flat(c.value, Prec::Unary); break;
    case ast::Cell::Kind::Compare:
      out = std::string(ast::to_string(c.compare)) + " " + flat(c.value, Prec::Unary);
      break;
    case ast::Cell::Kind::Range:
      if (c.low) out = flat(c.low, Prec::Unary);
      out += "..";
      if (c.high) out += flat(c.high, Prec::Unary);
      break;
    case ast::Cell::Kind::Set:
      out = "{";
      for (size_t i = 0; i < c.items.size(); ++i) out += (i > 0 ? ", " : "") + flat(c.items[i]);
      out += "}";
      break;
  }
  return c.negated ? "not " + out : out;
}

// The header, then one line per row, each with the source range it prints.
void Formatter::table_body(const ast::Table& t, int indent) {
  std::vector<TableLine> lines(1);
  lines[0].begin = t.inputs.empty() ? t.span.begin : module_.expr(t.inputs.front()).span.begin;
  lines[0].end = t.outputs.empty() ? lines[0].begin : t.outputs.back().span.end;
  for (const ast::ExprId input : t.inputs) lines[0].inputs.push_back(flat(input));
  for (const ast::Name& output : t.outputs) lines[0].outputs.push_back(output.text);
  for (const ast::TableRow& row : t.rows) {
    TableLine line;
    line.begin = row.span.begin;
    line.end = row.span.end;
    if (row.label) line.label = row.label->text + ": ";
    for (const ast::Cell& c : row.inputs) line.inputs.push_back(cell_text(c));
    for (const ast::ExprId output : row.outputs) line.outputs.push_back(flat(output, Prec::Unary));
    if (row.reason) {
      line.reason =
          "because " + string_literal(std::get<ast::StringLit>(module_.expr(row.reason).node));
    }
    lines.push_back(std::move(line));
  }
  emit_table_lines(lines, indent);
}

void Formatter::emit_table_lines(const std::vector<TableLine>& lines, int indent) {
  int label_width = 0;
  std::vector<int> input_widths, output_widths;
  bool any_reason = false;
  for (const TableLine& line : lines) {
    label_width = std::max(label_width, text_width(line.label));
    widen(input_widths, line.inputs);
    widen(output_widths, line.outputs);
    any_reason = any_reason || !line.reason.empty();
  }
  const int group = new_align_group();
  for (const TableLine& line : lines) {
    std::string text = pad(line.label, label_width) + join_padded(line.inputs, input_widths, true) +
                       " || " + join_padded(line.outputs, output_widths, any_reason);
    if (!line.reason.empty()) text += " " + line.reason;
    Line& out = emit_line(indent, std::move(text), line.begin, line.end);
    out.starts_item = true;
    out.align_group = group;
  }
}

}  // namespace charter::dsl::format_detail
