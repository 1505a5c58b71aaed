// A layout document after Wadler's "prettier printer": text, line breaks a
// group takes all or none of, indentation. Phase: format. One Doc per
// statement, rendered at a width into lines that keep the source range of
// their text (which is how comments find their place). A Doc owns its parts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace charter::dsl::format_detail {

class Doc {
 public:
  enum class Kind : uint8_t {
    Text,      // literal text, never broken
    Line,      // a space (or nothing) when its group is flat, a line break otherwise
    Concat,    // the parts one after the other
    Indent,    // the part, with line breaks indented `amount` more
    Align,     // the part, with line breaks indented to the column where it starts
    Group,     // the part on one line if it fits, else with its own line breaks taken
    IfBroken,  // `text` when the enclosing group is broken, nothing when it is flat
  };

  Doc() : kind_(Kind::Concat) {}

  static Doc text(std::string text);
  // Text printed for the source range [begin, end): lines learn their source from it.
  static Doc text(std::string text, uint32_t begin, uint32_t end);
  static Doc line();       // a space when flat
  static Doc soft_line();  // nothing when flat
  static Doc hard_line();  // always a line break; its groups cannot be flat
  static Doc indent(int amount, Doc part);
  static Doc align(Doc part);
  // `force_break`: the group is broken whatever the width (a comment sits at one of its breaks).
  static Doc group(Doc part, bool force_break = false);
  static Doc if_broken(std::string text);

  // Appends to a Concat (turning this Doc into one when it is not).
  Doc& operator+=(Doc part);
  Doc& operator+=(std::string text) { return *this += Doc::text(std::move(text)); }

  Kind kind() const { return kind_; }
  // Holds a hard line or a forced group: can never be printed on one line.
  bool must_break() const { return must_break_; }
  bool empty() const { return kind_ == Kind::Concat && parts_.empty(); }

 private:
  friend class DocRenderer;

  Kind kind_;
  bool must_break_ = false;  // a hard line or a forced group inside: cannot be flat
  bool has_source_ = false;
  int amount_ = 0;
  uint32_t begin_ = 0, end_ = 0;
  std::string text_;  // Text, IfBroken; Line: the flat text
  std::vector<Doc> parts_;
};

// One rendered line: indentation apart from the text, and the source range
// covered by the sourced text on it (begin == end: none).
struct DocLine {
  int indent = 0;
  std::string text;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool has_source() const { return begin < end; }
};

// Renders `doc` starting at column `indent` on its first line, breaking the
// groups that do not fit in `width` columns (counted in characters).
std::vector<DocLine> render(const Doc& doc, int indent, int width);

// Characters (UTF-8 code points) in `text`: the width the formatter measures.
int text_width(const std::string& text);

}  // namespace charter::dsl::format_detail
