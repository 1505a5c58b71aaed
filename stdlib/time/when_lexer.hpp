// The tokenizer behind resolve_when: words, numbers and punctuation with byte
// spans into the message, lower-cased, skipping quoted replies, forwarded
// headers, URLs and email addresses. Phase: builtins (std.time), internal.
// Token text views point into Lexed::lower, which the caller keeps alive.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace charter::stdlib::time::when {

enum class TokenKind : uint8_t { Word, Number, Punct };

/// Equality of two short texts without a library call (words are a few bytes).
inline bool same_text(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

struct Token {
  TokenKind kind = TokenKind::Punct;
  bool space_before = false;  // whitespace or a skipped chunk separates it from the previous token
  bool line_before = false;   // a line break (or skipped text) separates it from the previous token
  bool capitalized = false;   // a word whose first letter is upper-case in the message
  bool all_caps = false;      // a word written wholly in capitals ("EST")
  uint32_t begin = 0;         // byte offsets into the message
  uint32_t end = 0;
  std::string_view text;      // lower-cased word, the digits, or the punctuation character
  int64_t value = 0;          // a number's value, saturated at 10^9
  char punct = 0;             // punctuation; dashes are '-', typographic apostrophes '\''

  bool is_word(std::string_view word) const { return kind == TokenKind::Word && same_text(text, word); }
  bool is_punct(char c) const { return kind == TokenKind::Punct && punct == c; }
  bool is_number() const { return kind == TokenKind::Number; }
  size_t digits() const { return text.size(); }
};

struct Lexed {
  std::string lower;          // the message, ASCII lower-cased
  std::vector<Token> tokens;
};

/// Messages longer than this are read up to this many bytes.
inline constexpr size_t kMaxScannedBytes = 64 * 1024;

void lex(std::string_view text, bool skip_quoted, Lexed& out);

}  // namespace charter::stdlib::time::when
