// The scan driver: tries every recogniser at each token, earliest family first.
#include "stdlib/time/when_scanner.hpp"
#include "stdlib/time/when_words.hpp"

namespace charter::stdlib::time::when {

bool Scanner::phrase(size_t i, std::string_view words, size_t& end) const {
  size_t pos = i;
  size_t start = 0;
  while (start < words.size()) {
    size_t stop = start;
    while (stop < words.size() && words[stop] != ' ') ++stop;
    if (pos >= tokens_.size() || (pos > i && tokens_[pos].line_before) ||
        !tokens_[pos].is_word(words.substr(start, stop - start))) {
      return false;
    }
    ++pos;
    start = stop + 1;
  }
  end = pos;
  return true;
}

Component& Scanner::emit(CompKind kind, size_t first, size_t last) {
  Component& component = out_.emplace_back();
  component.kind = kind;
  component.first = static_cast<uint32_t>(first);
  component.last = static_cast<uint32_t>(last);
  return component;
}

void Scanner::run() {
  size_t i = 0;
  while (i < tokens_.size()) {
    const Token& token = tokens_[i];
    const bool candidate = token.kind == TokenKind::Number || token.is_punct('@') || token.is_punct('~') ||
                           (token.kind == TokenKind::Word && may_start_expression(token.text));
    if (!candidate) {
      ++i;
      continue;
    }
    size_t end = 0;
    // Order matters: numeric forms before times ("12.03.2026"), times before
    // bare numbers, month names before ordinals ("the 3rd of July").
    const bool word = token.kind == TokenKind::Word;
    if ((end = scan_iso_date(i)) || (end = scan_numeric_date(i)) || (end = scan_time(i)) ||
        (end = scan_cued_time(i)) || (end = scan_month_date(i)) || (word && (end = scan_month_period(i))) ||
        (end = scan_ordinal_day(i)) || (word && (end = scan_weekday(i))) || (end = scan_relative(i)) ||
        (word && (end = scan_period(i))) || (word && (end = scan_part(i)))) {
      i = end;
    } else {
      ++i;
    }
  }
}

void scan(const std::vector<Token>& tokens, const ScanContext& context, std::vector<Component>& out) {
  Scanner(tokens, context, out).run();
}

}  // namespace charter::stdlib::time::when
