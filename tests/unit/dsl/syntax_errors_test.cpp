// Where syntax errors are shown and what they suggest: the caret placement,
// the note at an unclosed bracket, and the hints for common mistakes
// (dsl/parse/syntax_errors.cpp, dsl/parse/syntax_hints.cpp).
#include <gtest/gtest.h>

#include <string>

#include "dsl/diag/render.hpp"
#include "dsl/parse/parse.hpp"

namespace charter::dsl {
namespace {

struct FirstError {
  std::string code;
  LineCol at;
  std::string message;
  std::string help;
  std::string fix;   // the replacement, when there is one
  std::string note;  // "line:col message" of the first note
};

FirstError first_error(const std::string& text) {
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("case.charter", text));
  DiagSink sink;
  (void)parse(file, sink);
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.severity != Severity::Error) continue;
    FirstError first{std::string(info(d.kind).code), file.line_col(d.span.begin), d.message,
                     d.help.value_or(""), d.fix ? d.fix->replacement : "", ""};
    if (!d.notes.empty()) {
      const LineCol at = file.line_col(d.notes[0].span.begin);
      first.note = std::to_string(at.line) + ":" + std::to_string(at.column) + " " + d.notes[0].message;
    }
    return first;
  }
  return {};
}

struct Case {
  const char* name;
  const char* text;
  const char* code;
  uint32_t line, column;
  const char* message_part;  // a part of the message, or of the help
};

class SyntaxErrorCase : public testing::TestWithParam<Case> {};

TEST_P(SyntaxErrorCase, IsReportedWhereItCanBeFixed) {
  const Case& c = GetParam();
  const FirstError error = first_error(c.text);
  EXPECT_EQ(error.code, c.code) << error.message;
  EXPECT_EQ(error.at.line, c.line) << error.message;
  EXPECT_EQ(error.at.column, c.column) << error.message;
  EXPECT_TRUE((error.message + " " + error.help).find(c.message_part) != std::string::npos)
      << error.message << "\nhelp: " << error.help;
}

const Case kCases[] = {
    // The caret goes after the last token when what is missing belongs there.
    {"MissingParenAtEndOfFile", "const a = f(1, 2", "E0111", 1, 17, "expected `)`"},
    {"MissingBracketBeforeNextLine", "const a = [1, 2\nconst b = 3\n", "E0111", 1, 16, "found `const`"},
    {"MissingElseBeforeNextLine", "const a = if x then 1\nconst b = 2\n", "E0125", 1, 22, "`else`"},
    // …but stays on a wrong item inside a block.
    {"TypoInBlockStaysOnTheTypo", "decision d {\n  wen a => 1 because \"x\"\n}\n", "E0128", 2, 3,
     "did you mean `when`?"},
    {"BlockRunningIntoADeclaration", "gate g {\n  allow because \"x\"\n\ngate h {}\n", "E0128", 2, 20,
     "found `gate`"},
    // Hints for common mistakes.
    {"SingleEqualsInCondition", "decision d {\n  when a = 1 => B because \"x\"\n}\n", "E0112", 2, 10,
     "write `==`"},
    {"SingleEqualsAfterInput", "input Event when kind = \"x\"\n", "E0108", 1, 23,
     "unexpected `=` after the end of a declaration"},
    {"NoEqualsHintWhereANameIsExpected", "const = 3\n", "E0113", 1, 7, "names start with a letter"},
    {"ThenInsteadOfArrow", "decision d {\n  when a then B because \"x\"\n}\n", "E0112", 2, 10,
     "where an `if` expression uses `then`"},
    {"ReasonWithoutBecause", "decision d {\n  when a => B \"x\"\n}\n", "E0115", 2, 15, "needs `because`"},
    {"NotInWrittenInNot", "const a = x in not {A}\n", "E0110", 1, 16, "x not in {A, B}"},
    {"ValueAfterTypeColon", "const LIMIT: 5\n", "E0114", 1, 14, "const LIMIT = 5"},
    {"VersionWithV", "policy a version v1.0.0\n", "E0118", 1, 18, "without `v`"},
    {"FourPartVersion", "policy a version 1.2.3.4\n", "E0118", 1, 18, "found `1.2.3.4`"},
    {"NumberVersionInExpression", "const a = 1.2.3\n", "E0113", 1, 15, "at most one `.`"},
    {"DurationUnitSpelledOut", "const a = 5min\n", "E0120", 1, 11, "did you mean `5m`?"},
    {"DurationUnitInCapitals", "const a = 5M\n", "E0120", 1, 11, "the units are w, d, h, m, s and ms"},
    {"DurationInMonths", "const a = 3months\n", "E0120", 1, 11, "count days"},
    {"FractionalDuration", "const a = 1.5h\n", "E0120", 1, 11, "whole units"},
    {"NumberRunningIntoLetters", "const a = 12abc\n", "E0119", 1, 11, "neither a number nor a name"},
    {"Semicolon", "const a = 1;\n", "E0105", 1, 12, "need no `;`"},
    {"DoubleAmpersand", "const a = b && c\n", "E0105", 1, 13, "write `and`"},
    {"BangIn", "const a = b !in c\n", "E0105", 1, 13, "write `not in`"},
    {"SingleQuotes", "const a = 'x'\n", "E0105", 1, 11, "double quotes"},
    {"CurlyQuotes", "const a = \xE2\x80\x9Cx\xE2\x80\x9D\n", "E0105", 1, 11, "U+201C"},
    {"NonBreakingSpace", "const a\xC2\xA0= 1\n", "E0105", 1, 8, "plain space"},
    {"NonAsciiName", "const caf\xC3\xA9 = 1\n", "E0105", 1, 10, "ASCII letters"},
    {"ControlCharacter", "const a = \x01\n", "E0105", 1, 11, "U+0001"},
    {"DoublePipeInCondition", "const a = b || c\n", "E0108", 1, 13, "write `or`"},
    {"OperatorInCell", "decision d = table { a || b\n  1 + 2 || 3 }\n", "E0130", 2, 5, "parentheses"},
    {"StarAsWildcard", "decision d = table { a || b\n  * || 3 }\n", "E0111", 2, 3, "written `-`"},
    {"HeaderWithoutDoublePipe", "decision d = table { a | b\n  1 | 2 }\n", "E0125", 1, 27, "in the table's header"},
    {"UnknownEscape", "const a = \"C:\\Users\"\n", "E0109", 1, 14, "unknown escape `\\U`"},
    {"BackslashAtEndOfLine", "const a = \"x\\\n", "E0109", 1, 13, "escapes nothing"},
    {"InterpolationNotClosed", "const a = \"{b\"\n", "E0111", 1, 14, "found the end of the string"},
    {"TrailingDotInUse", "use std.text.\n", "E0113", 1, 14, "`*` or `{…}`"},
    {"LabelWithoutRule", "decision d {\n  fast:\n}\n", "E0128", 2, 8, "after the label"},
};

INSTANTIATE_TEST_SUITE_P(Parse, SyntaxErrorCase, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<Case>& param) { return param.param.name; });

TEST(SyntaxErrors, AnUnclosedBracketOnAnEarlierLineGetsANote) {
  EXPECT_EQ(first_error("const a = f(\n  1,\n  2\nconst b = 3\n").note,
            "1:12 the `(` opened here is not closed");
  EXPECT_EQ(first_error("decision d {\n  otherwise => 1 because \"x\"\n").note,
            "1:12 the `{` opened here is not closed");
  // Not on the same line, and not for a wrong item inside a block that is closed.
  EXPECT_EQ(first_error("const a = f(1 2)\n").note, "");
  EXPECT_EQ(first_error("decision d {\n  wen a => 1\n}\n").note, "");
}

TEST(SyntaxErrors, SuggestedFixesReplaceTheMistake) {
  EXPECT_EQ(first_error("decision d {\n  when a = 1 => B\n}\n").fix, "==");
  EXPECT_EQ(first_error("const a = 1h30min\n").fix, "1h30m");
  EXPECT_EQ(first_error("const a = b \xE2\x89\xA5 3\n").fix, ">=");
  EXPECT_EQ(first_error("decision d {\n  otherwize => 1\n}\n").fix, "otherwise");
}

TEST(SyntaxErrors, GivingUpIsShownEvenPastTheRenderedErrorLimit) {
  std::string text;
  for (int i = 0; i < 150; ++i) text += "const = 1\n";
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("case.charter", text));
  DiagSink sink;
  (void)parse(file, sink);
  RenderOptions options;
  options.max_errors = 5;
  const std::string rendered = render_text(sources, sink.diagnostics(), options);
  EXPECT_NE(rendered.find("error[E0199]"), std::string::npos) << rendered;
  EXPECT_NE(rendered.find("95 more errors left out"), std::string::npos) << rendered;
}

}  // namespace
}  // namespace charter::dsl
