#include "dsl/parse/syntax_errors.hpp"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "dsl/diag/suggest.hpp"
#include "dsl/parse/recovery.hpp"
#include "dsl/parse/syntax_hints.hpp"

namespace charter::dsl::parse_detail {
namespace {

constexpr size_t kMaxEncodingReports = 10;
constexpr uint32_t kNone = UINT32_MAX;

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
  const auto byte = static_cast<unsigned char>(c);
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
                                                        "..", "??", "?.", "/*", "*/", "&&"};
  for (std::string_view token : kTwoCharTokens) {
    if (text.substr(offset, 2) == token) return {backticked(token), "", 2};
  }
  const size_t length = utf8_sequence_length(text, offset);
  if (length == 0) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", byte);
    return {"the byte " + std::string(hex), "", 1};
  }
  // Control and non-ASCII characters are named by code point: some are invisible.
  if (byte < 0x20 || byte == 0x7F) return {"the control character " + code_point_name(text, offset), "", 1};
  if (byte >= 0x80) {
    return {backticked(text.substr(offset, length)) + " (" + code_point_name(text, offset) + ")", "",
            static_cast<uint32_t>(length)};
  }
  return {backticked(text.substr(offset, length)), "", static_cast<uint32_t>(length)};
}

// What precedes an error in its declaration: where the last token ends, and
// which brackets, strings and interpolations are still open. Read again from
// the start of the declaration with the grammar's trivia and string rules.
struct Surroundings {
  uint32_t previous_end = kNone;
  struct Open {
    char kind;  // `(`, `[`, `{`, `"` (a string), `$` (an interpolation in a string)
    uint32_t at;
  };
  std::vector<Open> open;
};

Surroundings scan_surroundings(std::string_view text, uint32_t from, uint32_t to) {
  Surroundings result;
  auto& open = result.open;
  to = std::min<uint32_t>(to, static_cast<uint32_t>(text.size()));
  for (uint32_t i = from; i < to; ++i) {
    const char c = text[i];
    if (!open.empty() && open.back().kind == '"') {
      if (c == '\n') {
        open.pop_back();  // an unclosed string ends with its line
        continue;
      }
      if (c == '\\') ++i;
      else if (c == '"') open.pop_back();
      else if (c == '{') open.push_back({'$', i});
      result.previous_end = std::min(i + 1, to);
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '#') {
      while (i < to && text[i] != '\n') ++i;
      continue;
    }
    if (c == '/' && i + 1 < to && text[i + 1] == '*') {
      const size_t close = text.find("*/", i + 2);
      i = close == std::string_view::npos || close + 2 > to ? to : static_cast<uint32_t>(close + 1);
      continue;
    }
    result.previous_end = i + 1;
    if (c == '"' || c == '(' || c == '[' || c == '{') {
      open.push_back({c, i});
    } else if (!open.empty() && ((c == ')' && open.back().kind == '(') ||
                                 (c == ']' && open.back().kind == '[') ||
                                 (c == '}' && (open.back().kind == '{' || open.back().kind == '$')))) {
      open.pop_back();
    }
  }
  return result;
}

// The innermost bracket of kind `opener` that is still open, or kNone.
uint32_t innermost_open(const Surroundings& around, char opener) {
  for (auto it = around.open.rbegin(); it != around.open.rend(); ++it) {
    if (it->kind == opener || (opener == '{' && it->kind == '$')) return it->at;
  }
  return kNone;
}

// The opening quote of the string that is still open at `offset`.
uint32_t unclosed_string_start(const Surroundings& around, uint32_t offset) {
  for (auto it = around.open.rbegin(); it != around.open.rend(); ++it) {
    if (it->kind == '"') return it->at;
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

// Whether the caret moves from the token where the parser stopped to just
// after the previous token (see grammar::ErrorPlacement).
bool place_after_previous(const SourceFile& file, const SyntaxErrorRecord& error,
                          const Surroundings& around) {
  if (around.previous_end == kNone) return false;
  const std::string_view text = file.text();
  const bool at_end = error.offset >= text.size();
  const bool later_line =
      file.line_col(error.offset).line > file.line_col(around.previous_end).line;
  switch (error.info->placement) {
    case grammar::ErrorPlacement::AtFound: return false;
    case grammar::ErrorPlacement::AfterPrevious: return at_end || later_line;
    case grammar::ErrorPlacement::BlockEnd:
      return at_end || (later_line && starts_declaration(text.substr(error.offset)));
  }
  return false;
}

void report_one(const SourceFile& file, const SyntaxErrorRecord& error, DiagSink& sink) {
  const std::string_view text = file.text();
  const grammar::SyntaxErrorInfo& info = *error.info;
  const Found found = describe_found(text, error.offset);
  const Surroundings around = scan_surroundings(text, error.declaration, error.offset);

  Hint hint{info.kind, replace_found(info.text, found.description),
            info.help != nullptr ? std::optional<std::string>(info.help) : std::nullopt,
            Span{file.id(), error.offset, error.offset + found.length}, std::nullopt};
  bool moved = false;
  if (info.kind == DiagKind::UnterminatedString) {
    const uint32_t line = file.line_col(error.offset).line;
    const auto end = file.line_start(line) + static_cast<uint32_t>(file.line_text(line).size());
    hint.span = Span{file.id(), unclosed_string_start(around, error.offset), std::max(end, error.offset)};
  } else if (info.kind == DiagKind::UnterminatedComment) {
    const uint32_t start = unclosed_comment_start(text, error.offset);
    hint.span = Span{file.id(), start, std::min<uint32_t>(start + 2, static_cast<uint32_t>(text.size()))};
  } else if (place_after_previous(file, error, around)) {
    hint.span = Span{file.id(), around.previous_end, around.previous_end};
    moved = true;
  }
  if (info.words != nullptr && !found.word.empty()) {
    const auto words = split_words(info.words);
    if (const auto suggestion = closest_match(found.word, words)) {
      hint.help = "did you mean `" + std::string(*suggestion) + "`?";
      hint.fix = DiagFix{Span{file.id(), error.offset, error.offset + found.length},
                         std::string(*suggestion)};
    }
  }
  refine(file, info.rule, error.offset, error.declaration, hint);

  Diagnostic& diag = sink.emit(hint.kind, hint.span, std::move(hint.message));
  diag.help = std::move(hint.help);
  diag.fix = std::move(hint.fix);
  // Where the unclosed bracket was opened, when that is not on the same line.
  // A block of items gets the note only when it ran into the end of the file
  // or the next declaration: otherwise an item is wrong, not the block.
  const bool block = info.placement == grammar::ErrorPlacement::BlockEnd;
  if (info.opener != 0 && hint.kind == info.kind && (!block || moved)) {
    const uint32_t opened = innermost_open(around, info.opener);
    if (opened != kNone && file.line_col(opened).line != file.line_col(hint.span.begin).line) {
      diag.notes.push_back({Span{file.id(), opened, opened + 1},
                            std::string("the `") + text[opened] + "` opened here is not closed"});
    }
  }
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
  uint32_t last_offset = UINT32_MAX;
  for (const SyntaxErrorRecord& error : state.errors) {
    // A bad byte was reported already; a second error at the same place adds nothing.
    if (std::binary_search(bad_bytes.begin(), bad_bytes.end(), error.offset) ||
        error.offset == last_offset) {
      continue;
    }
    last_offset = error.offset;
    report_one(file, error, sink);
  }
  if (state.gave_up) {
    const auto end = static_cast<uint32_t>(file.text().size());
    sink.emit(DiagKind::TooManyErrors, Span{file.id(), end, end},
              "too many syntax errors; the rest of the file was not read")
        .help = "fix the errors above and run again";
  }
}

}  // namespace charter::dsl::parse_detail
