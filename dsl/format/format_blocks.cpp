// Layout of scorecards and tests (see formatter.hpp). Criteria line up their
// names, bounds and `=`; band entries line up on `=>`, one per line; a test
// has one `given` or `expect` per line, a long inline event broken one
// entry per line.
#include <algorithm>

#include "dsl/format/formatter.hpp"

namespace charter::dsl::format_detail {

void Formatter::scorecard(const ast::Decl& decl, const ast::ScorecardDecl& s) {
  const ast::Expr& out_of = module_.expr(s.out_of);
  const std::string head =
      "scorecard " + s.name.text + " out of " + std::string(source_.literal(out_of));
  if (s.criteria.empty() && !s.band) {
    emit_line(0, head + " {}", decl.span.begin, decl.span.end);
    return;
  }
  opening_line(0, head, decl.span.begin, source_.skip_trivia(out_of.span.end));
  criteria(s.criteria, kIndent);
  if (s.band) band(*s.band, kIndent);
  closing_line(0, decl.span.end - 1);
}

void Formatter::criteria(const std::vector<ast::Criterion>& list, int indent) {
  const auto bounds = [&](const ast::Criterion& c) {
    return std::string(source_.literal(module_.expr(c.low))) + ".." +
           std::string(source_.literal(module_.expr(c.high)));
  };
  const auto expression_form = [](const ast::Criterion& c) {
    return !c.block_form && c.rules.size() == 1;
  };
  int name_width = 0;
  int bounds_width = 0;
  for (const ast::Criterion& c : list) {
    name_width = std::max(name_width, text_width(c.name.text));
    if (expression_form(c)) bounds_width = std::max(bounds_width, text_width(bounds(c)));
  }
  const int group = new_align_group();
  for (const ast::Criterion& c : list) {
    const std::string prefix = pad(c.name.text, name_width) + " : ";
    const uint32_t bounds_end = module_.expr(c.high).span.end;
    if (expression_form(c)) {
      const size_t first = lines_.size();
      expression_body(
          Doc::text(prefix + pad(bounds(c), bounds_width) + " = ", c.span.begin, bounds_end),
          c.rules.front(), indent);
      lines_[first].align_group = group;
      continue;
    }
    if (c.rules.empty()) {
      Line& line = emit_line(indent, prefix + bounds(c) + " {}", c.span.begin, c.span.end);
      line.starts_item = true;
      line.align_group = group;
      continue;
    }
    Line& open =
        opening_line(indent, prefix + bounds(c), c.span.begin, source_.skip_trivia(bounds_end));
    open.starts_item = true;
    open.align_group = group;
    rule_block(c.rules, indent + kIndent);
    closing_line(indent, c.span.end - 1);
  }
}

// Entries end with a comma: without one, an entry such as `..39 => X` or
// `-5..0 => Y` would continue the value of the entry before it.
void Formatter::band(const ast::Band& b, int indent) {
  std::string head = "band";
  uint32_t head_end = b.span.begin + 4;
  if (b.type) {
    head += ' ';
    head += type(b.type);
    head_end = module_.type(b.type).span.end;
  }
  if (b.entries.empty()) {
    emit_line(indent, head + " {}", b.span.begin, b.span.end);
    return;
  }
  opening_line(indent, head, b.span.begin, source_.skip_trivia(head_end));
  std::vector<std::string> ranges;
  int range_width = 0;
  for (const ast::BandEntry& entry : b.entries) {
    std::string range = entry.low ? std::string(source_.literal(module_.expr(entry.low))) : "";
    range += "..";
    if (entry.high) range += source_.literal(module_.expr(entry.high));
    range_width = std::max(range_width, text_width(range));
    ranges.push_back(std::move(range));
  }
  const int group = new_align_group();
  for (size_t i = 0; i < b.entries.size(); ++i) {
    const ast::BandEntry& entry = b.entries[i];
    std::string text = pad(ranges[i], range_width) + " => " + flat(entry.value);
    if (entry.reason) {
      text +=
          " because " + string_literal(std::get<ast::StringLit>(module_.expr(entry.reason).node));
    }
    Line& line = emit_line(indent + kIndent, text + ",", entry.span.begin, entry.span.end);
    line.starts_item = true;
    line.align_group = group;
  }
  closing_line(indent, b.span.end - 1);
}

void Formatter::test(const ast::Decl& decl, const ast::TestDecl& t) {
  const ast::Expr& name = module_.expr(t.name);
  const std::string head = "test " + string_literal(std::get<ast::StringLit>(name.node));
  if (t.items.empty()) {
    emit_line(0, head + " {}", decl.span.begin, decl.span.end);
    return;
  }
  opening_line(0, head, decl.span.begin, source_.skip_trivia(name.span.end));
  for (const ast::TestItem& item : t.items) test_item(item, kIndent);
  closing_line(0, decl.span.end - 1);
}

void Formatter::test_item(const ast::TestItem& item, int indent) {
  const auto string_of = [&](ast::ExprId id) {
    return string_literal(std::get<ast::StringLit>(module_.expr(id).node));
  };
  Doc doc;
  if (const auto* given = std::get_if<ast::Given>(&item)) {
    const Span at = given->span;
    if (given->kind == ast::Given::Kind::Fixture) {
      doc += Doc::text("given fixture " + string_of(given->fixture), at.begin,
                       module_.expr(given->fixture).span.end);
      if (given->value) doc += " with ";
    } else {
      doc += Doc::text("given ", at.begin, at.begin + 5);
    }
    doc += expr(given->value);
    emit(doc, indent);
    return;
  }
  const auto& expectation = std::get<ast::Expectation>(item);
  const Span at = expectation.span;
  switch (expectation.kind) {
    case ast::Expectation::Kind::Holds:
      doc += Doc::text("expect ", at.begin, at.begin + 6);
      doc += condition(expectation.condition);
      break;
    case ast::Expectation::Kind::Fired:
      doc += Doc::text("expect fired " + expectation.rule.joined(), at.begin, at.end);
      break;
    case ast::Expectation::Kind::Invalid:
      doc += Doc::text("expect invalid " + string_of(expectation.field), at.begin, at.end);
      break;
  }
  emit(doc, indent);
}

}  // namespace charter::dsl::format_detail
