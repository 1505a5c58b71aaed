// Formatting's last step: the laid-out lines, with the module's comments and
// the author's blank lines woven back in, become the output text. Phase:
// format. A comment goes before the line whose source range follows (or
// holds) it, or stays at the end of the line it ended.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dsl/ast/ast.hpp"
#include "dsl/format/source_text.hpp"

namespace charter::dsl::format_detail {

struct Line {
  int indent = 0;
  std::string text;
  uint32_t begin = 0;         // the source range of the tokens printed on the line;
  uint32_t end = 0;           // begin == end: none
  bool starts_item = false;   // first line of a declaration or a block member: a blank
                              // line the author left before it is kept
  bool blank_before = false;  // always a blank line before it and the comments attached to it
  bool blank_after = false;   // always a blank line after it
  bool opens = false;         // ends with `{`: the block's body follows, no blank line
  bool closes = false;        // a block's closing line: comments before it belong to the body
  int align_group = -1;       // trailing comments of the lines of one group share a column
};

// The formatted text: `lines` with every comment of the module placed.
std::string write_lines(const std::vector<Line>& lines, const SourceText& source,
                        const std::vector<ast::Comment>& comments);

}  // namespace charter::dsl::format_detail
