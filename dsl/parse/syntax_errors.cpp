#include "dsl/parse/syntax_errors.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "dsl/diag/suggest.hpp"

namespace charter::dsl::parse_detail {
namespace {

constexpr size_t kMaxEncodingReports = 10;

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Builds "`text`" (appending avoids a false -Wrestrict warning of GCC 12).
std::string backticked(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '`';
  out += text;
  out += '`';
  return out;
}

struct Found {
  std::string description;  // "`when`", "the end of the file"
  std::string word;         // the word, when the token is one
  uint32_t length = 1;
};

// Describes the token at `offset` for "found …" in a message.
Found describe_found(std::string_view text, uint32_t offset) {
  if (offset >= text.size()) return {"the end of the file", "", 0};
  const char c = text[offset];
  if (c == '\n' || c == '\r') return {"the end of the line", "", 1};
  if (c == '\0') return {"a NUL byte", "", 1};
  if (c == '"') return {"a string", "", 1};
  if (c >= '0' && c <= '9') {
    // A number-like token: `1.2`, `12abc`, `2026-06-27T10:00`.
    uint32_t end = offset;
    while (end < text.size() && (is_word_char(text[end]) || text[end] == '.' || text[end] == ':' ||
                                 text[end] == '-' || text[end] == '+')) {
      if (text[end] == '.' && end + 1 < text.size() && text[end + 1] == '.') break;
      ++end;
    }
    return {backticked(text.substr(offset, end - offset)), "", end - offset};
  }
  if (is_word_char(c)) {
    uint32_t end = offset;
    while (end < text.size() && is_word_char(text[end])) ++end;
    const std::string word(text.substr(offset, end - offset));
    return {backticked(word), word, end - offset};
  }
  static constexpr std::string_view kTwoCharTokens[] = {"=>", "==", "!=", "<=", ">=", "||",
                                                        "..", "??", "?.", "/*", "*/"};
  for (std::string_view token : kTwoCharTokens) {
    if (text.substr(offset, 2) == token) return {backticked(token), "", 2};
  }
  const size_t length = utf8_sequence_length(text, offset);
  if (length == 0) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(c));
    return {"the byte " + std::string(hex), "", 1};
  }
  return {backticked(text.substr(offset, length)), "", static_cast<uint32_t>(length)};
}

// The opening quote of the string that is still open at `offset`, found by
// re-reading the line: strings, interpolations in them, and strings in those.
uint32_t unclosed_string_start(const SourceFile& file, uint32_t offset) {
  const std::string_view text = file.text();
  const uint32_t line_begin = file.line_start(file.line_col(offset).line);
  struct Open {
    bool string;
    uint32_t at;
    int braces;
  };
  std::vector<Open> open;
  for (uint32_t i = line_begin; i < offset && i < text.size(); ++i) {
    const char c = text[i];
    const bool in_string = !open.empty() && open.back().string;
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') open.pop_back();
      else if (c == '{') open.push_back({false, i, 0});
    } else if (c == '#') {
      break;
    } else if (c == '"') {
      open.push_back({true, i, 0});
    } else if (!open.empty() && c == '{') {
      ++open.back().braces;
    } else if (!open.empty() && c == '}') {
      if (open.back().braces-- == 0) open.pop_back();
    }
  }
  for (auto it = open.rbegin(); it != open.rend(); ++it) {
    if (it->string) return it->at;
  }
  return offset;
}

// The `/*` of the block comment that is never closed.
uint32_t unclosed_comment_start(std::string_view text, uint32_t fallback) {
  size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "/*") == 0) {
      const size_t close = text.find("*/", i + 2);
      if (close == std::string_view::npos) return static_cast<uint32_t>(i);
      i = close + 2;
    } else if (text[i] == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (text[i] == '"') {
      ++i;
      while (i < text.size() && text[i] != '"' && text[i] != '\n') i += text[i] == '\\' ? 2 : 1;
      ++i;
    } else {
      ++i;
    }
  }
  return fallback;
}

std::vector<std::string_view> split_words(const char* words) {
  std::vector<std::string_view> out;
  std::string_view rest(words);
  while (!rest.empty()) {
    const size_t space = rest.find(' ');
    out.push_back(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return out;
}

std::string replace_found(std::string_view message, std::string_view found) {
  std::string out(message);
  const size_t at = out.find("{found}");
  if (at != std::string::npos) out.replace(at, 7, found);
  return out;
}

}  // namespace

std::vector<uint32_t> check_encoding(const SourceFile& file, DiagSink& sink) {
  const std::string_view text = file.text();
  std::vector<uint32_t> bad;
  for (size_t i = 0; i < text.size();) {
    const size_t length = utf8_sequence_length(text, i);
    const auto offset = static_cast<uint32_t>(i);
    if (length == 0 || text[i] == '\0') {
      if (bad.size() < kMaxEncodingReports) {
        const Span at{file.id(), offset, offset + 1};
        if (text[i] == '\0') {
          sink.emit(DiagKind::NulByte, at, "the source contains a NUL byte")
              .help = "remove it; NUL bytes often mean the file was saved as UTF-16";
        } else {
          char hex[8];
          std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[i]));
          sink.emit(DiagKind::InvalidUtf8, at,
                    std::string("the byte ") + hex + " is not valid UTF-8 here")
              .help = "save the file as UTF-8";
        }
      }
      bad.push_back(offset);
      i += 1;
    } else {
      i += length;
    }
  }
  return bad;
}

void report_syntax_errors(const SourceFile& file, const ParseState& state,
                          const std::vector<uint32_t>& bad_bytes, DiagSink& sink) {
  const std::string_view text = file.text();
  uint32_t last_offset = UINT32_MAX;
  for (const SyntaxErrorRecord& error : state.errors) {
    // A bad byte was reported already; a second error at the same place adds nothing.
    if (std::binary_search(bad_bytes.begin(), bad_bytes.end(), error.offset) ||
        error.offset == last_offset) {
      continue;
    }
    last_offset = error.offset;
    const Found found = describe_found(text, error.offset);
    Span span{file.id(), error.offset, error.offset + found.length};
    if (error.kind == DiagKind::UnterminatedString) {
      const uint32_t end = file.line_start(file.line_col(error.offset).line) +
                           static_cast<uint32_t>(file.line_text(file.line_col(error.offset).line).size());
      span = Span{file.id(), unclosed_string_start(file, error.offset), std::max(end, error.offset)};
    } else if (error.kind == DiagKind::UnterminatedComment) {
      const uint32_t start = unclosed_comment_start(text, error.offset);
      span = Span{file.id(), start, std::min<uint32_t>(start + 2, static_cast<uint32_t>(text.size()))};
    }
    Diagnostic& diag = sink.emit(error.kind, span, replace_found(error.message, found.description));
    if (error.help != nullptr) diag.help = error.help;
    if (error.words != nullptr && !found.word.empty()) {
      const auto words = split_words(error.words);
      if (const auto suggestion = closest_match(found.word, words)) {
        diag.help = "did you mean `" + std::string(*suggestion) + "`?";
        diag.fix = DiagFix{span, std::string(*suggestion)};
      }
    }
    if (error.kind == DiagKind::ExpectedArrow && text.substr(error.offset, 1) == "=") {
      diag.help = "to compare values write `==`; `=>` leads to the rule's outcome";
    } else if (error.kind == DiagKind::ExpectedArrow && found.word == "then") {
      diag.help = "a rule uses `=>` where an `if` expression uses `then`: `when x => y`";
    }
  }
  if (state.gave_up) {
    const auto end = static_cast<uint32_t>(text.size());
    sink.emit(DiagKind::TooManyErrors, Span{file.id(), end, end},
              "too many syntax errors; the rest of the file was not read")
        .help = "fix the errors above and run again";
  }
}

}  // namespace charter::dsl::parse_detail
