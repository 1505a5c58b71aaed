#include "dsl/parse/syntax_hints.hpp"

#include <tao/pegtl.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

#include "dsl/grammar/grammar.hpp"

namespace charter::dsl::parse_detail {
namespace {

namespace pegtl = tao::pegtl;

// Whether `word` is one of the language's reserved words (the grammar's own
// list, so the two never disagree).
bool is_reserved(std::string_view word) {
  pegtl::memory_input<> input(word.data(), word.size(), "");
  return pegtl::parse<pegtl::seq<grammar::reserved_word, pegtl::eof>>(input);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

uint32_t decode_code_point(std::string_view text, size_t offset) {
  const size_t length = utf8_sequence_length(text, offset);
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[offset + k]); };
  if (length <= 1) return byte(0);
  uint32_t code_point = byte(0) & (0xFFu >> (length + 1));
  for (size_t k = 1; k < length; ++k) code_point = (code_point << 6) | (byte(k) & 0x3Fu);
  return code_point;
}

// ---------------------------------------------------------------- characters

// Whether a token can start with the character at text[offset].
bool can_start_token(std::string_view text, size_t offset) {
  const char c = text[offset];
  if (is_letter(c) || is_digit(c)) return true;
  if (c == '!') return offset + 1 < text.size() && text[offset + 1] == '=';
  return std::string_view(" \t\r\n#\"{}()[]<>,:.=|?+-*/%").find(c) != std::string_view::npos;
}

struct CharacterHint {
  uint32_t code_point;
  const char* help;
  const char* replacement;  // a fix, when the intent is clear; may be null
};

constexpr std::array<CharacterHint, 26> kCharacterHints = {{
    {';', "remove it: declarations and rules need no `;`", ""},
    {'\'', "strings are written in double quotes: `\"text\"`", nullptr},
    {'&', "write `and` to join conditions", nullptr},
    {'`', "remove it; strings are written in double quotes", nullptr},
    {0x201C, "use straight double quotes `\"`; a word processor may have curled them", "\""},
    {0x201D, "use straight double quotes `\"`; a word processor may have curled them", "\""},
    {0x201E, "use straight double quotes `\"`; a word processor may have curled them", "\""},
    {0x00AB, "strings are written in straight double quotes `\"`", "\""},
    {0x00BB, "strings are written in straight double quotes `\"`", "\""},
    {0x2018, "strings are written in straight double quotes `\"`", "\""},
    {0x2019, "strings are written in straight double quotes `\"`", "\""},
    {0x2265, "write `>=`", ">="},
    {0x2264, "write `<=`", "<="},
    {0x2260, "write `!=`", "!="},
    {0x2013, "write `-`", "-"},
    {0x2014, "write `-`", "-"},
    {0x2212, "write `-`", "-"},
    {0x2192, "write `=>`", "=>"},
    {0x21D2, "write `=>`", "=>"},
    {0x00D7, "write `*`", "*"},
    {0x00F7, "write `/`", "/"},
    {0x2026, "write `..` for a range", ".."},
    {0x00A0, "replace it with a plain space; this one is invisible and often comes from a copied text", " "},
    {0x202F, "replace it with a plain space; this one is invisible and often comes from a copied text", " "},
    {0x200B, "remove it; this character is invisible and often comes from a copied text", ""},
    {0xFEFF, "remove it; this character is invisible and often comes from a copied text", ""},
}};

// A character that no token starts with: E0105, and what was probably meant.
bool unexpected_character(const SourceFile& file, uint32_t offset, Hint& hint) {
  const std::string_view text = file.text();
  if (offset >= text.size() || can_start_token(text, offset)) return false;
  const size_t length = std::max<size_t>(1, utf8_sequence_length(text, offset));
  const uint32_t code_point = decode_code_point(text, offset);
  const std::string_view written = text.substr(offset, length);
  hint.kind = DiagKind::UnexpectedCharacter;
  hint.span = Span{file.id(), offset, offset + static_cast<uint32_t>(length)};
  hint.fix.reset();
  hint.help.reset();
  if (text.substr(offset, 2) == "&&") {
    hint.message = "unexpected `&&`";
    hint.span.end = offset + 2;
  } else if (code_point < 0x20 || code_point == 0x7F) {
    hint.message = "unexpected control character " + code_point_name(text, offset);
    hint.help = "remove it";
  } else if (code_point >= 0x80) {
    hint.message = "unexpected character `" + std::string(written) + "` (" +
                   code_point_name(text, offset) + ")";
    hint.help = "names and keywords are written with ASCII letters, digits and `_`; other text "
                "belongs in strings";
  } else {
    hint.message = "unexpected character `" + std::string(written) + "`";
  }
  if (code_point == '!') {
    const bool before_in = text.substr(offset + 1, 2) == "in";
    hint.help = before_in ? "write `not in`: `x not in {A, B}`"
                          : "write `not` to negate a condition; `!=` means not equal";
    return true;
  }
  for (const CharacterHint& known : kCharacterHints) {
    if (known.code_point != code_point) continue;
    hint.help = known.help;
    if (known.replacement != nullptr) hint.fix = DiagFix{hint.span, known.replacement};
  }
  return true;
}

// ---------------------------------------------------------------- numbers

struct UnitSpelling {
  std::string_view written;
  std::string_view unit;  // empty: no such unit exists
};
constexpr std::array<UnitSpelling, 28> kUnitSpellings = {{
    {"min", "m"},     {"mins", "m"},     {"minute", "m"},       {"minutes", "m"},
    {"sec", "s"},     {"secs", "s"},     {"second", "s"},       {"seconds", "s"},
    {"hr", "h"},      {"hrs", "h"},      {"hour", "h"},         {"hours", "h"},
    {"day", "d"},     {"days", "d"},     {"wk", "w"},           {"week", "w"},
    {"weeks", "w"},   {"msec", "ms"},    {"millis", "ms"},      {"milliseconds", "ms"},
    {"y", ""},        {"yr", ""},        {"year", ""},          {"years", ""},
    {"mo", ""},       {"month", ""},     {"months", ""},        {"millisecond", "ms"},
}};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_unit(std::string_view unit) {
  return unit == "w" || unit == "d" || unit == "h" || unit == "m" || unit == "s" || unit == "ms";
}

// `5min`, `1.5h`, `12abc`: a number that runs into letters.
void number_runs_into_letters(const SourceFile& file, uint32_t offset, Hint& hint) {
  const std::string_view text = file.text();
  uint32_t begin = offset;
  while (begin > 0 && (is_digit(text[begin - 1]) || text[begin - 1] == '.')) --begin;
  uint32_t end = offset;
  while (end < text.size() && (is_letter(text[end]) || is_digit(text[end]))) ++end;
  const std::string token(text.substr(begin, end - begin));
  hint.span = Span{file.id(), begin, end};
  hint.message = "`" + token + "` is neither a number nor a name";

  // Read the token as amounts and units: `1h30min` is (1, h) (30, min).
  std::string corrected, unknown;
  bool fraction = false, fixable = true, months = false;
  for (size_t i = 0; i < token.size();) {
    const size_t amount = i;
    while (i < token.size() && (is_digit(token[i]) || token[i] == '.')) ++i;
    const size_t unit_begin = i;
    while (i < token.size() && is_letter(token[i])) ++i;
    const std::string unit = token.substr(unit_begin, i - unit_begin);
    if (unit_begin == amount || unit.empty()) return;  // not amounts and units
    const std::string written_amount = token.substr(amount, unit_begin - amount);
    fraction = fraction || written_amount.find('.') != std::string::npos;
    std::string replacement = unit;
    if (!is_unit(unit)) {
      const std::string folded = lower(unit);
      const auto known = std::find_if(kUnitSpellings.begin(), kUnitSpellings.end(),
                                      [&](const UnitSpelling& s) { return s.written == folded; });
      if (known != kUnitSpellings.end()) {
        replacement = std::string(known->unit);
        months = months || known->unit.empty();
      } else if (is_unit(folded)) {
        fixable = false;  // `5M`: minutes or months? Say which units exist, guess nothing.
      } else {
        return;  // `12abc`: not meant as a duration
      }
      if (unknown.empty()) unknown = unit;
    }
    corrected += written_amount + replacement;
  }
  hint.kind = DiagKind::InvalidDuration;
  if (!unknown.empty()) {
    hint.message = "unknown duration unit `" + unknown + "` in `" + token + "`";
    hint.help = "the units are w, d, h, m, s and ms";
    if (months) {
      hint.help = "durations have no months or years, whose length varies; count days instead: `90d`";
    } else if (fixable && !fraction) {
      hint.help = "did you mean `" + corrected + "`? the units are w, d, h, m, s and ms";
      hint.fix = DiagFix{hint.span, corrected};
    }
  } else if (fraction) {
    hint.message = "a duration counts whole units, found `" + token + "`";
    hint.help = "use a smaller unit: `1h30m` or `90m` rather than `1.5h`";
  }
}

// `\q`, `C:\Users`, `\u{}`: the parser stopped after the backslash.
void unknown_escape(const SourceFile& file, uint32_t offset, Hint& hint) {
  const std::string_view text = file.text();
  if (offset == 0 || offset >= text.size() || text[offset - 1] != '\\') return;
  const size_t length = std::max<size_t>(1, utf8_sequence_length(text, offset));
  hint.span = Span{file.id(), offset - 1, offset + static_cast<uint32_t>(length)};
  const std::string written(text.substr(offset - 1, length + 1));
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte == '\n' || byte == '\r') {
    hint.span.end = offset;
    hint.message = "a backslash at the end of a line escapes nothing";
    hint.help = "a string cannot span lines; to write a backslash, double it: `\\\\`";
    return;
  }
  if (byte < 0x20 || byte == 0x7F) {
    hint.message = "unknown escape: a backslash before the control character " +
                   code_point_name(text, offset);
    return;
  }
  if (text[offset] == 'u') {
    hint.message = "escape `\\u` needs a code point in hex between braces";
    hint.help = "write it as `\\u{E9}` or `\\u{1F600}`: 1 to 6 hex digits";
    return;
  }
  hint.message = "unknown escape `" + written + "` in a string";
  hint.help = "to write a backslash, double it: `\\\\`; the escapes are \\\" \\\\ \\n \\t "
              "\\r \\{ \\} \\0 and \\u{hex}";
}

// ---------------------------------------------------------------- context

// The word just before `offset`, skipping spaces (not comments: rare here).
std::string_view word_before(std::string_view text, uint32_t offset) {
  size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  size_t begin = end;
  while (begin > 0 && (is_letter(text[begin - 1]) || is_digit(text[begin - 1]))) --begin;
  return text.substr(begin, end - begin);
}

// Whether rule `rule` raises just after an expression has ended, where a
// stray `=` is most likely a comparison written with one `=`.
bool after_expression(std::string_view rule) {
  static constexpr std::string_view kRules[] = {
      "arrow_expected",      "then_expected",        "else_expected",
      "rparen_expected",     "rbracket_expected",    "rbrace_expected",
      "rules_close_expected", "gate_close_expected", "test_close_expected",
      "declaration_unknown", "quantifier_colon_expected", "interpolation_close_expected",
      "table_close_expected", "double_pipe_expected", "header_double_pipe_expected"};
  return std::find(std::begin(kRules), std::end(kRules), rule) != std::end(kRules);
}

// Whether only spaces precede `offset` on its line.
bool starts_line(std::string_view text, uint32_t offset) {
  for (size_t at = offset; at > 0; --at) {
    const char c = text[at - 1];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

bool starts_literal(std::string_view text, uint32_t offset) {
  if (offset >= text.size()) return false;
  const std::string_view rest = text.substr(offset);
  return is_digit(rest[0]) || rest[0] == '"' || rest[0] == '-' || rest.substr(0, 4) == "true" ||
         rest.substr(0, 5) == "false";
}

}  // namespace

std::string code_point_name(std::string_view text, size_t offset) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", decode_code_point(text, offset));
  return name;
}

void refine(const SourceFile& file, std::string_view rule, uint32_t offset, uint32_t declaration,
            Hint& hint) {
  const std::string_view text = file.text();
  const std::string_view here = offset < text.size() ? text.substr(offset) : std::string_view();
  if (rule == "number_suffix_invalid") return number_runs_into_letters(file, offset, hint);
  if (rule == "escape_unknown") return unknown_escape(file, offset, hint);
  if (rule != "string_close_expected" && rule != "block_comment_unterminated" &&
      rule != "escape_unknown" && unexpected_character(file, offset, hint)) {
    return;
  }
  // Something after a declaration that ended early on its line: it is not
  // "a declaration" that is missing but the rest of that one that is wrong.
  if (rule == "declaration_unknown" && !starts_line(text, offset)) {
    hint.message = "unexpected " + hint.message.substr(hint.message.find("found ") + 6) +
                   " after the end of a declaration";
  }
  // `=` where a comparison was meant: `when kind = "inbound"`, `expect route = X`.
  if (!here.empty() && here[0] == '=' && here.substr(0, 2) != "==" && here.substr(0, 2) != "=>" &&
      after_expression(rule)) {
    hint.help = "to compare values write `==`; a single `=` gives a name its value";
    hint.fix = DiagFix{Span{file.id(), offset, offset + 1}, "=="};
    return;
  }
  if (rule == "type_expected" && starts_literal(text, offset)) {
    const std::string_view decl = text.substr(declaration, 5);
    if (decl == "const" || decl.substr(0, 3) == "let") {
      hint.help = "a value comes after `=`: `const LIMIT = 5`; a type may come before it: "
                  "`const LIMIT: Int = 5`";
    }
  } else if (rule == "coalesce_expected" && here.substr(0, 3) == "not" &&
             word_before(text, offset) == "in") {
    hint.help = "to test that a value is outside a set, write `x not in {A, B}`";
  } else if (rule == "member_name_expected" && !here.empty() && is_digit(here[0])) {
    hint.help = "a number has at most one `.`; a version such as `1.2.0` is written only in the "
                "`policy` header";
  } else if (rule == "semver_expected" && here.size() > 1 && (here[0] == 'v' || here[0] == 'V') &&
             is_digit(here[1])) {
    hint.help = "write the version without `v`: `1.2.0`";
    hint.fix = DiagFix{Span{file.id(), offset, offset + 1}, ""};
  } else if (rule == "declaration_unknown" && here.substr(0, 2) == "||") {
    hint.help = "`||` belongs in tables; to join conditions write `or`";
  } else if (rule == "table_close_expected" && here.substr(0, 1) == "*") {
    hint.help = "a cell that matches any value is written `-`";
  } else if (rule == "arrow_expected" && here.substr(0, 4) == "then") {
    hint.help = "a rule uses `=>` where an `if` expression uses `then`: `when x => y`";
  } else if (rule == "interpolation_close_expected" && !here.empty() && here[0] == '"') {
    hint.message = "expected `}` to close the interpolation, found the end of the string";
  } else if (rule == "rules_close_expected" || rule == "gate_close_expected" || rule == "band_close_expected") {
    // `table: when …`: a reserved word as a rule's label.
    size_t end = 0;
    while (end < here.size() && (is_letter(here[end]) || is_digit(here[end]))) ++end;
    size_t colon = end;
    while (colon < here.size() && (here[colon] == ' ' || here[colon] == '\t')) ++colon;
    const std::string_view word = here.substr(0, end);
    if (end > 0 && colon < here.size() && here[colon] == ':' && is_reserved(word)) {
      hint.kind = DiagKind::KeywordAsName;
      hint.message = "`" + std::string(word) + "` is a reserved word and cannot label a rule";
      hint.help = "choose another label, such as `" + std::string(word) + "_rule`";
      hint.span = Span{file.id(), offset, offset + static_cast<uint32_t>(end)};
      hint.fix = DiagFix{hint.span, std::string(word) + "_rule"};
    }
  }
}

}  // namespace charter::dsl::parse_detail
