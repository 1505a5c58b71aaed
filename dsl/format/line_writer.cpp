#include "dsl/format/line_writer.hpp"

#include <algorithm>
#include <map>

#include "dsl/format/doc.hpp"

namespace charter::dsl::format_detail {
namespace {

constexpr int kTrailingGap = 2;  // spaces between code and a comment at the end of its line

struct OutLine {
  int indent = 0;
  std::string text;      // empty with `blank`
  std::string trailing;  // comments at the end of the line
  int align_group = -1;
  bool blank = false;
};

// A comment's text as it is printed: line comments lose trailing spaces,
// block comments are verbatim with their line breaks normalised to `\n`.
std::string comment_text(const SourceText& source, const ast::Comment& comment) {
  std::string text(source.slice(comment.span));
  if (!comment.block) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    return text;
  }
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

void trim_right(std::string& text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
}

class LineWriter {
 public:
  LineWriter(const SourceText& source, const std::vector<ast::Comment>& comments)
      : source_(source), comments_(comments) {}

  void add(const Line& line) {
    const int comment_indent = line.closes ? line.indent + 2 : line.indent;
    const bool keep_blanks = line.starts_item || line.closes;
    if (line.blank_before) {
      comments_before(attached_comments_begin(line.begin), comment_indent, keep_blanks);
      pending_blank_ = true;
    }
    comments_before(line.begin, comment_indent, keep_blanks);
    if (line.starts_item && source_.has_blank_line(last_end_, line.begin)) blank();
    // Comments inside the line's own range cannot stay there: they move up.
    if (line.begin < line.end) comments_before(line.end, comment_indent, false);
    push({line.indent, line.text, {}, line.align_group, false});
    if (line.begin < line.end) {
      last_end_ = std::max(last_end_, line.end);
      take_trailing_comments(source_.size() + 1);
    }
    if (line.opens) no_blank_ = true;
    if (line.blank_after) pending_blank_ = true;
  }

  std::string finish() {
    comments_before(source_.size() + 1, 0, true);
    return render();
  }

 private:
  // Where the comments directly above position `pos` start: those with no
  // blank line between them and what follows (doc comments always count).
  uint32_t attached_comments_begin(uint32_t pos) const {
    size_t last = next_;
    while (last < comments_.size() && comments_[last].span.begin < pos) ++last;
    uint32_t begin = pos;
    for (size_t i = last; i > next_; --i) {
      const ast::Comment& comment = comments_[i - 1];
      if (!comment.doc && source_.has_blank_line(comment.span.end, begin)) break;
      begin = comment.span.begin;
    }
    return begin;
  }

  void comments_before(uint32_t pos, int indent, bool keep_blanks) {
    while (next_ < comments_.size() && comments_[next_].span.begin < pos) {
      const ast::Comment& comment = comments_[next_++];
      if (keep_blanks && source_.has_blank_line(last_end_, comment.span.begin)) blank();
      push({indent, comment_text(source_, comment), {}, -1, false});
      last_end_ = std::max(last_end_, comment.span.end);
      take_trailing_comments(pos);
      // Documentation stays against the declaration it documents.
      if (comment.doc) no_blank_ = true;
    }
  }

  // Comments that start before `limit` on the line just printed stay on it.
  void take_trailing_comments(uint32_t limit) {
    while (next_ < comments_.size() && comments_[next_].span.begin < limit &&
           source_.same_line_gap(last_end_, comments_[next_].span.begin)) {
      const ast::Comment& comment = comments_[next_++];
      std::string& trailing = out_.back().trailing;
      if (!trailing.empty()) trailing += ' ';
      trailing += comment_text(source_, comment);
      last_end_ = comment.span.end;
    }
  }

  void blank() {
    if (!no_blank_) pending_blank_ = true;
  }

  void push(OutLine line) {
    if (pending_blank_ && !no_blank_ && !out_.empty()) out_.push_back({0, {}, {}, -1, true});
    pending_blank_ = false;
    no_blank_ = false;
    out_.push_back(std::move(line));
  }

  std::string render() {
    std::map<int, int> comment_column;  // per align group: where trailing comments start
    for (OutLine& line : out_) {
      trim_right(line.text);
      if (line.align_group < 0 || line.trailing.empty()) continue;
      int& column = comment_column[line.align_group];
      column = std::max(column, line.indent + text_width(line.text) + kTrailingGap);
    }
    std::string text;
    for (const OutLine& line : out_) {
      if (line.blank) {
        text += '\n';
        continue;
      }
      text.append(static_cast<size_t>(line.indent), ' ');
      text += line.text;
      if (!line.trailing.empty()) {
        int pad = kTrailingGap;
        if (line.align_group >= 0) {
          pad = comment_column[line.align_group] - line.indent - text_width(line.text);
        }
        text.append(static_cast<size_t>(pad), ' ');
        text += line.trailing;
      }
      text += '\n';
    }
    return text;
  }

  const SourceText& source_;
  const std::vector<ast::Comment>& comments_;
  size_t next_ = 0;        // the first comment not yet placed
  uint32_t last_end_ = 0;  // the source printed so far ends here
  bool pending_blank_ = false;
  bool no_blank_ = true;  // at the start, after `{` and after a doc comment
  std::vector<OutLine> out_;
};

}  // namespace

std::string write_lines(const std::vector<Line>& lines, const SourceText& source,
                        const std::vector<ast::Comment>& comments) {
  LineWriter writer(source, comments);
  for (const Line& line : lines) writer.add(line);
  return writer.finish();
}

}  // namespace charter::dsl::format_detail
