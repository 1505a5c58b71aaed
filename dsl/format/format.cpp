#include "dsl/format/format.hpp"

#include "dsl/format/formatter.hpp"
#include "dsl/format/line_writer.hpp"
#include "dsl/format/source_text.hpp"

namespace charter::dsl {

std::string format(const ast::Module& module, const SourceFile& file,
                   const FormatOptions& options) {
  const format_detail::SourceText source(file, module.comments);
  format_detail::Formatter formatter(module, source, options.width);
  return format_detail::write_lines(formatter.layout(), source, module.comments);
}

}  // namespace charter::dsl

namespace charter::dsl::format_detail {

Formatter::Formatter(const ast::Module& module, const SourceText& source, int width)
    : module_(module), source_(source), width_(width) {}

std::vector<Line> Formatter::layout() {
  // A declaration that takes several lines is set apart by blank lines;
  // elsewhere the author's blank lines (at most one) are kept.
  const auto item = [&](const auto& lay_out) {
    const size_t first = lines_.size();
    lay_out();
    if (lines_.size() == first) return;
    lines_[first].starts_item = true;
    if (lines_.size() - first > 1) {
      lines_[first].blank_before = true;
      lines_.back().blank_after = true;
    }
  };
  if (module_.header) item([&] { header(*module_.header); });
  for (const ast::Decl& decl : module_.decls) item([&] { declaration(decl); });
  return std::move(lines_);
}

size_t Formatter::emit(const Doc& doc, int indent, bool starts_item) {
  const std::vector<DocLine> rendered = render(doc, indent, width_);
  for (size_t i = 0; i < rendered.size(); ++i) {
    Line& line =
        emit_line(rendered[i].indent, rendered[i].text, rendered[i].begin, rendered[i].end);
    line.starts_item = starts_item && i == 0;
    // A line that starts with a closing bracket ends a broken list: comments
    // before it belong with the list's items.
    const char first = rendered[i].text.empty() ? ' ' : rendered[i].text.front();
    line.closes = i > 0 && (first == ']' || first == '}' || first == ')');
  }
  return rendered.size();
}

Line& Formatter::emit_line(int indent, std::string text, uint32_t begin, uint32_t end) {
  Line line;
  line.indent = indent;
  line.text = std::move(text);
  line.begin = begin;
  line.end = end;
  lines_.push_back(std::move(line));
  return lines_.back();
}

Line& Formatter::opening_line(int indent, std::string text, uint32_t begin, uint32_t brace) {
  Line& line = emit_line(indent, std::move(text) + " {", begin, brace + 1);
  line.opens = true;
  return line;
}

Line& Formatter::closing_line(int indent, uint32_t brace) {
  Line& line = emit_line(indent, "}", brace, brace + 1);
  line.closes = true;
  return line;
}

bool Formatter::fits(int indent, const std::string& text) const {
  return indent + text_width(text) <= width_;
}

std::string pad(std::string text, int width) {
  const int missing = width - text_width(text);
  if (missing > 0) text.append(static_cast<size_t>(missing), ' ');
  return text;
}

}  // namespace charter::dsl::format_detail
