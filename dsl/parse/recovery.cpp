#include "dsl/parse/recovery.hpp"

#include <array>

namespace charter::dsl::parse_detail {
namespace {

constexpr std::array<std::string_view, 12> kDeclarationWords = {
    "use", "const", "let", "enum", "record", "input", "output",
    "decision", "gate", "scorecard", "test", "policy"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The offset just past the end of the line that `i` is on, skipping block
// comments (which may span lines) and strings as single units.
size_t end_of_line(std::string_view text, size_t i) {
  while (i < text.size() && text[i] != '\n') {
    if (text.compare(i, 2, "/*") == 0) {
      const size_t close = text.find("*/", i + 2);
      i = close == std::string_view::npos ? text.size() : close + 2;
    } else if (text[i] == '"') {
      ++i;
      while (i < text.size() && text[i] != '"' && text[i] != '\n') i += text[i] == '\\' ? 2 : 1;
      if (i < text.size() && text[i] == '"') ++i;
    } else if (text[i] == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else {
      ++i;
    }
  }
  return std::min(i + 1, text.size());
}

}  // namespace

bool starts_declaration(std::string_view text) {
  for (std::string_view word : kDeclarationWords) {
    if (text.substr(0, word.size()) == word &&
        (text.size() == word.size() || !is_word_char(text[word.size()]))) {
      return true;
    }
  }
  return false;
}

size_t bytes_to_next_declaration(std::string_view rest) {
  size_t i = end_of_line(rest, 0);
  while (i < rest.size()) {
    size_t first = i;
    while (first < rest.size() && (rest[first] == ' ' || rest[first] == '\t' || rest[first] == '\r')) {
      ++first;
    }
    // Declarations start at the left margin; a word there is most likely one,
    // even misspelt. Indented lines resume only at a declaration word.
    const bool at_margin = first == i && first < rest.size() &&
                           ((rest[first] >= 'a' && rest[first] <= 'z') ||
                            (rest[first] >= 'A' && rest[first] <= 'Z'));
    if (at_margin || starts_declaration(rest.substr(first))) return first;
    i = end_of_line(rest, first);
  }
  return rest.size();
}

}  // namespace charter::dsl::parse_detail
