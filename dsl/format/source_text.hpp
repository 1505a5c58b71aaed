// Questions the formatter asks of the original source text: where the next
// token after a position starts, how a literal was written, whether comments
// or blank lines lie between two positions. Phase: format. Borrows the
// SourceFile and the module's comments; both must outlive it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dsl/ast/ast.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl::format_detail {

class SourceText {
 public:
  SourceText(const SourceFile& file, const std::vector<ast::Comment>& comments);

  std::string_view slice(uint32_t begin, uint32_t end) const;
  std::string_view slice(Span span) const { return slice(span.begin, span.end); }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }

  // The first position at or after `pos` that is not whitespace or a comment.
  uint32_t skip_trivia(uint32_t pos) const;
  // The position of the next token after `pos` that is not a comma: where a
  // closing bracket is found after the last item of a list.
  uint32_t skip_to_closing(uint32_t pos) const;
  // Where an expression whose span begins at `pos` really starts: past the
  // parentheses the author wrapped it in (its span includes them).
  uint32_t past_parentheses(uint32_t pos) const;

  // A literal token (number, duration, date, time) exactly as written,
  // without the parentheses the author may have put around it.
  std::string_view literal(const ast::Expr& expr) const;

  // Whether a comment starts in [begin, end).
  bool has_comment(uint32_t begin, uint32_t end) const;
  // Whether [begin, end) holds an empty line (only spaces between two line breaks).
  bool has_blank_line(uint32_t begin, uint32_t end) const;
  // Whether [begin, end) holds only spaces, tabs and commas: a comment that
  // starts at `end` continues the line that ended at `begin`.
  bool same_line_gap(uint32_t begin, uint32_t end) const;

 private:
  std::string_view text_;
  const std::vector<ast::Comment>& comments_;
};

}  // namespace charter::dsl::format_detail
