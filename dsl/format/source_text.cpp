#include "dsl/format/source_text.hpp"

#include <algorithm>

namespace charter::dsl::format_detail {

SourceText::SourceText(const SourceFile& file, const std::vector<ast::Comment>& comments)
    : text_(file.text()), comments_(comments) {}

std::string_view SourceText::slice(uint32_t begin, uint32_t end) const {
  begin = std::min(begin, size());
  end = std::clamp(end, begin, size());
  return text_.substr(begin, end - begin);
}

uint32_t SourceText::skip_trivia(uint32_t pos) const {
  while (pos < size()) {
    const char c = text_[pos];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++pos;
    } else if (c == '#') {
      while (pos < size() && text_[pos] != '\n') ++pos;
    } else if (c == '/' && pos + 1 < size() && text_[pos + 1] == '*') {
      const size_t close = text_.find("*/", pos + 2);
      pos = close == std::string_view::npos ? size() : static_cast<uint32_t>(close + 2);
    } else {
      break;
    }
  }
  return pos;
}

uint32_t SourceText::skip_to_closing(uint32_t pos) const {
  pos = skip_trivia(pos);
  while (pos < size() && text_[pos] == ',') pos = skip_trivia(pos + 1);
  return pos;
}

uint32_t SourceText::past_parentheses(uint32_t pos) const {
  while (pos < size() && text_[pos] == '(') pos = skip_trivia(pos + 1);
  return pos;
}

std::string_view SourceText::literal(const ast::Expr& expr) const {
  const std::string_view written = slice(expr.span);
  if (!expr.parenthesized) return written;
  const uint32_t begin = past_parentheses(expr.span.begin);
  // Literal tokens are made of letters, digits and `.:+-_`; the first other
  // character (a space, a comment or the closing parenthesis) ends them.
  uint32_t end = begin;
  const auto in_token = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
           c == ':' || c == '+' || c == '-' || c == '_';
  };
  while (end < expr.span.end && in_token(text_[end])) ++end;
  return slice(begin, end);
}

bool SourceText::has_comment(uint32_t begin, uint32_t end) const {
  const auto it = std::lower_bound(
      comments_.begin(), comments_.end(), begin,
      [](const ast::Comment& comment, uint32_t pos) { return comment.span.begin < pos; });
  return it != comments_.end() && it->span.begin < end;
}

bool SourceText::has_blank_line(uint32_t begin, uint32_t end) const {
  bool after_break = false;  // only spaces since the last line break
  for (const char c : slice(begin, end)) {
    if (c == '\n') {
      if (after_break) return true;
      after_break = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      after_break = false;
    }
  }
  return false;
}

bool SourceText::same_line_gap(uint32_t begin, uint32_t end) const {
  if (end < begin) return false;
  for (const char c : slice(begin, end)) {
    if (c != ' ' && c != '\t' && c != ',') return false;
  }
  return true;
}

}  // namespace charter::dsl::format_detail
