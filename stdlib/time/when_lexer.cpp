#include "stdlib/time/when_lexer.hpp"

#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time::when {
namespace {

// Length of a whitespace character at `pos` (ASCII or the UTF-8 no-break and thin spaces), 0 if none.
size_t space_length(std::string_view s, size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (is_space(static_cast<char>(c))) return 1;
  if (c == 0xC2 && pos + 1 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0xA0) return 2;
  if (c == 0xE2 && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[pos + 2]);
    if (d == 0xAF || d == 0x89 || d == 0x8A || d == 0x88) return 3;  // narrow no-break, thin, hair, punctuation space
  }
  return 0;
}

// A chunk (text between spaces) that is a URL or an email address.
bool is_link_or_address(std::string_view chunk) {
  if (chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos) return true;
  const size_t at = chunk.find('@');
  return at != std::string_view::npos && at > 0 && at + 1 < chunk.size() && is_alpha(chunk[at - 1]) &&
         is_alpha(chunk[at + 1]);
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

enum class LineKind { Keep, Skip, StopHere };

// Decides what to do with a (lower-cased) line of the message.
LineKind classify_line(std::string_view line, std::string_view next_line) {
  line = trim(line);
  if (line.empty()) return LineKind::Keep;
  if (line[0] == '>') return LineKind::Skip;
  if (line.find("original message") != std::string_view::npos && line.find("---") != std::string_view::npos) {
    return LineKind::StopHere;
  }
  // "On Tue, 10 Mar 2026 at 10:00, Sam <sam@example.com> wrote:", possibly wrapped onto two lines.
  const bool wrapped = line.find(',') != std::string_view::npos && trim(next_line).ends_with("wrote:");
  if (starts_with(line, "on ") && (line.find("wrote:") != std::string_view::npos || wrapped)) {
    return LineKind::StopHere;
  }
  static constexpr std::string_view kHeaders[] = {"from:", "sent:", "date:", "to:", "cc:", "subject:"};
  for (std::string_view header : kHeaders) {
    if (starts_with(line, header)) return LineKind::Skip;
  }
  return LineKind::Keep;
}

class Lexer {
 public:
  Lexer(std::string_view original, Lexed& out) : original_(original), lower_(out.lower), tokens_(out.tokens) {}

  // Tokenizes [begin, end) of the message.
  void run(size_t begin, size_t end) {
    size_t pos = begin;
    while (pos < end) {
      if (const size_t space = space_length(lower_, pos); space > 0) {
        if (lower_[pos] == '\n') line_break_ = true;
        space_ = true;
        pos += space;
        continue;
      }
      if (pos >= chunk_end_) start_chunk(pos, end);
      if (skip_chunk_) {
        pos = chunk_end_;
        space_ = true;
        continue;
      }
      pos = token_at(pos, chunk_end_);
    }
  }

  void mark_gap() {
    space_ = true;
    line_break_ = true;
  }

 private:
  void start_chunk(size_t pos, size_t end) {
    size_t stop = pos;
    while (stop < end && space_length(lower_, stop) == 0) ++stop;
    chunk_end_ = stop;
    skip_chunk_ = is_link_or_address(std::string_view(lower_).substr(pos, stop - pos));
  }

  size_t token_at(size_t pos, size_t end) {
    const std::string_view s(lower_);
    Token token;
    token.begin = static_cast<uint32_t>(pos);
    size_t stop = pos + 1;
    const char c = s[pos];
    if (is_alpha(c)) {
      while (stop < end && is_alpha(s[stop])) ++stop;
      token.kind = TokenKind::Word;
      token.capitalized = original_[pos] >= 'A' && original_[pos] <= 'Z';
      token.all_caps = true;
      for (size_t i = pos; i < stop; ++i) token.all_caps = token.all_caps && original_[i] >= 'A' && original_[i] <= 'Z';
      token.text = s.substr(pos, stop - pos);
    } else if (is_digit(c)) {
      while (stop < end && is_digit(s[stop])) ++stop;
      token.kind = TokenKind::Number;
      token.text = s.substr(pos, stop - pos);
      for (char d : token.text) token.value = token.value >= 100'000'000 ? 1'000'000'000 : token.value * 10 + (d - '0');
    } else if (static_cast<unsigned char>(c) < 0x80) {
      token.punct = c;
      token.text = s.substr(pos, 1);
    } else {
      stop = pos + utf8_length(s, pos, end);
      token.punct = typographic(s.substr(pos, stop - pos));
      token.text = token.punct == '-' ? "-" : token.punct == '\'' ? "'" : s.substr(pos, stop - pos);
    }
    token.end = static_cast<uint32_t>(stop);
    token.space_before = space_ || tokens_.empty();
    token.line_before = line_break_ || tokens_.empty();
    space_ = false;
    line_break_ = false;
    tokens_.push_back(token);
    return stop;
  }

  static size_t utf8_length(std::string_view s, size_t pos, size_t end) {
    const auto lead = static_cast<unsigned char>(s[pos]);
    size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    for (size_t i = 1; i < length; ++i) {
      if (pos + i >= end || (static_cast<unsigned char>(s[pos + i]) & 0xC0) != 0x80) return i;
    }
    return length;
  }

  // En and em dashes and the minus sign read as '-'; curly apostrophes as '\''; anything else is opaque.
  static char typographic(std::string_view bytes) {
    if (bytes == "\xE2\x80\x93" || bytes == "\xE2\x80\x94" || bytes == "\xE2\x88\x92") return '-';
    if (bytes == "\xE2\x80\x99" || bytes == "\xE2\x80\x98") return '\'';
    return '\x7f';
  }

  std::string_view original_;
  std::string& lower_;
  std::vector<Token>& tokens_;
  size_t chunk_end_ = 0;
  bool skip_chunk_ = false;
  bool space_ = true;
  bool line_break_ = true;
};

}  // namespace

void lex(std::string_view text, bool skip_quoted, Lexed& out) {
  if (text.size() > kMaxScannedBytes) text = text.substr(0, kMaxScannedBytes);
  out.lower.assign(text);
  for (char& c : out.lower) c = to_lower(c);
  out.tokens.clear();
  out.tokens.reserve(text.size() / 3 + 4);
  Lexer lexer(text, out);
  const std::string_view lower(out.lower);
  if (!skip_quoted) {
    lexer.run(0, lower.size());
    return;
  }
  size_t line_start = 0;
  while (line_start < lower.size()) {
    size_t line_end = lower.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = lower.size();
    size_t next_end = lower.find('\n', line_end + 1 < lower.size() ? line_end + 1 : lower.size());
    if (next_end == std::string_view::npos) next_end = lower.size();
    const std::string_view line = lower.substr(line_start, line_end - line_start);
    const std::string_view next_line =
        line_end < lower.size() ? lower.substr(line_end + 1, next_end - line_end - 1) : std::string_view{};
    const LineKind kind = classify_line(line, next_line);
    if (kind == LineKind::StopHere) break;
    if (kind == LineKind::Skip) {
      lexer.mark_gap();
    } else {
      lexer.run(line_start, line_end);
    }
    lexer.mark_gap();
    line_start = line_end + 1;
  }
}

}  // namespace charter::stdlib::time::when
