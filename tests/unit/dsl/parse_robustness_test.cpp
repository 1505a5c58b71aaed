// Inputs that must give diagnostics, never a crash, a hang or a silent pass.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "dsl/parse/parse.hpp"

namespace charter::dsl {
namespace {

struct Parsed {
  DiagSink sink;
  ast::Module module;
};

Parsed parse_text(const std::string& text, ParseOptions options = {}) {
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("input.charter", text));
  Parsed parsed;
  parsed.module = parse(file, parsed.sink, options);
  return parsed;
}

bool has(const DiagSink& sink, DiagKind kind) {
  for (const Diagnostic& d : sink.diagnostics()) {
    if (d.kind == kind) return true;
  }
  return false;
}

TEST(ParseRobustness, DeepParenthesesAreRefusedWithADiagnostic) {
  const std::string text = "const x = " + std::string(100000, '(') + "1" + std::string(100000, ')');
  const Parsed parsed = parse_text(text);
  EXPECT_TRUE(has(parsed.sink, DiagKind::NestingTooDeep));
}

TEST(ParseRobustness, DeepNegationsAndUnaryMinusAreBounded) {
  EXPECT_TRUE(has(parse_text("const x = " + std::string(50000, '-') + "1").sink,
                  DiagKind::NestingTooDeep));
  std::string nots;
  for (int i = 0; i < 20000; ++i) nots += "not ";
  EXPECT_TRUE(has(parse_text("const x = " + nots + "true").sink, DiagKind::NestingTooDeep));
}

TEST(ParseRobustness, DeepInterpolationsAreBounded) {
  std::string text = "const x = ";
  for (int i = 0; i < 5000; ++i) text += "\"{";
  EXPECT_TRUE(parse_text(text).sink.has_errors());
}

TEST(ParseRobustness, NestedEnumsAndTypesAreBounded) {
  std::string enums = "enum E { ";
  for (int i = 0; i < 5000; ++i) enums += "A { ";
  EXPECT_TRUE(has(parse_text(enums).sink, DiagKind::NestingTooDeep));
  std::string types = "record R { a: ";
  for (int i = 0; i < 5000; ++i) types += "List<";
  EXPECT_TRUE(has(parse_text(types).sink, DiagKind::NestingTooDeep));
}

TEST(ParseRobustness, TooLargeFilesAreRefused) {
  ParseOptions options;
  options.max_bytes = 100;
  EXPECT_TRUE(has(parse_text(std::string(200, ' '), options).sink, DiagKind::SourceTooLarge));
}

TEST(ParseRobustness, ALargeValidFileParsesCompletely) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "const C" + std::to_string(i) + " = " + std::to_string(i) + "\n";
  const Parsed parsed = parse_text(text);
  EXPECT_FALSE(parsed.sink.has_errors());
  EXPECT_EQ(parsed.module.decls.size(), 20000u);
}

TEST(ParseRobustness, InvalidUtf8AndNulBytesAreReported) {
  const Parsed bad_utf8 = parse_text("const a = \"\xFF\"\n");
  EXPECT_TRUE(has(bad_utf8.sink, DiagKind::InvalidUtf8));
  const Parsed nul = parse_text(std::string("const a = 1\0\n", 13));
  EXPECT_TRUE(has(nul.sink, DiagKind::NulByte));
}

TEST(ParseRobustness, UnterminatedStringsAndCommentsAreReportedAtTheirStart) {
  const Parsed string = parse_text("const a = \"open\nconst b = 2\n");
  ASSERT_TRUE(has(string.sink, DiagKind::UnterminatedString));
  EXPECT_EQ(string.sink.diagnostics().front().span.begin, 10u);
  // Recovery goes on with the next declaration.
  EXPECT_EQ(string.module.decls.size(), 1u);
  const Parsed comment = parse_text("const a = 1\n/* never closed\nconst b = 2\n");
  ASSERT_TRUE(has(comment.sink, DiagKind::UnterminatedComment));
  EXPECT_EQ(comment.sink.diagnostics().front().span.begin, 12u);
}

TEST(ParseRobustness, ManyErrorsStopAtTheBudget) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "const = \n";
  ParseOptions options;
  options.max_errors = 20;
  const Parsed parsed = parse_text(text, options);
  EXPECT_TRUE(has(parsed.sink, DiagKind::TooManyErrors));
  EXPECT_LE(parsed.sink.diagnostics().size(), 21u);
}

TEST(ParseRobustness, EveryDeclarationWithAnErrorIsReported) {
  const Parsed parsed = parse_text(
      "const a = \nconst b = 2\ndecision d { when => x }\ngate g { allow because \"ok\" }\n");
  EXPECT_EQ(parsed.sink.error_count(), 2u);
  EXPECT_EQ(parsed.module.decls.size(), 2u);  // b and g
}

TEST(ParseRobustness, EmptyAndBlankFilesAreValid) {
  EXPECT_FALSE(parse_text("").sink.has_errors());
  EXPECT_FALSE(parse_text("  \n# only a comment\n/* and a block */\n").sink.has_errors());
}

}  // namespace
}  // namespace charter::dsl

// ---------------------------------------------------------------- regressions

namespace charter::dsl {
namespace {

size_t count(const DiagSink& sink, DiagKind kind) {
  size_t n = 0;
  for (const Diagnostic& d : sink.diagnostics()) n += d.kind == kind ? 1 : 0;
  return n;
}

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(CHARTER_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Every span a parse reports lies inside the file, and a file that is
// rejected says why.
void expect_sound(const std::string& text) {
  const Parsed parsed = parse_text(text);
  for (const Diagnostic& d : parsed.sink.diagnostics()) {
    EXPECT_LE(d.span.begin, d.span.end) << d.message;
    EXPECT_LE(d.span.end, text.size()) << d.message;
    for (const DiagNote& note : d.notes) EXPECT_LE(note.span.end, text.size()) << note.message;
  }
  for (const ast::Expr& e : parsed.module.exprs) EXPECT_LE(e.span.end, text.size());
}

TEST(ParseRobustness, EveryPrefixOfAValidFileIsParsedOrExplained) {
  const std::string text = read_source("tests/golden/parse/every_construct.charter");
  ASSERT_FALSE(text.empty());
  for (size_t length = 0; length <= text.size(); length += 7) expect_sound(text.substr(0, length));
}

TEST(ParseRobustness, SpansStopAtTheLastTokenBeforeManyComments) {
  // Nested nodes that end before the same long run of comments: their spans
  // are found once per end, not once per node (this was quadratic).
  std::string text = "const x = ";
  for (int i = 0; i < 90; ++i) text += "not ";
  text += "a";
  for (int i = 0; i < 20000; ++i) text += " # comment\n";
  const Parsed parsed = parse_text(text);
  ASSERT_FALSE(parsed.sink.has_errors());
  for (const ast::Expr& e : parsed.module.exprs) EXPECT_EQ(e.span.end, 371u);
  EXPECT_EQ(parsed.module.comments.size(), 20000u);
}

TEST(ParseRobustness, AUseListMayEndWithAComma) {
  const Parsed parsed = parse_text("use std.text.{hits, lower as low,}\n");
  EXPECT_FALSE(parsed.sink.has_errors());
  ASSERT_EQ(parsed.module.decls.size(), 1u);
  EXPECT_EQ(std::get<ast::UseDecl>(parsed.module.decls[0].node).items.size(), 2u);
}

TEST(ParseRobustness, BandsNeedNoCommasEvenBeforeAnOpenLowEnd) {
  const Parsed parsed = parse_text(
      "scorecard s out of 10 {\n  band {\n    5.. => Strong\n    -3..4 => Weak\n    ..-4 => "
      "Bad\n  }\n}\n");
  EXPECT_FALSE(parsed.sink.has_errors());
  const auto& card = std::get<ast::ScorecardDecl>(parsed.module.decls.at(0).node);
  ASSERT_TRUE(card.band.has_value());
  EXPECT_EQ(card.band->entries.size(), 3u);
}

TEST(ParseRobustness, ARowStartingWithAParenthesisIsNotACall) {
  const Parsed parsed =
      parse_text("decision d = table {\n  x || y\n  1 || A\n  (2) || B\n  [3] || C\n}\n");
  EXPECT_FALSE(parsed.sink.has_errors());
  ASSERT_EQ(parsed.module.tables.size(), 1u);
  EXPECT_EQ(parsed.module.tables[0].rows.size(), 3u);
}

TEST(ParseRobustness, ANameAfterADotIsNotTakenFromTheNextLine) {
  // `message.` at the end of a line used to read the next line's `const` as
  // a field name, and `use std.text.` the next `use`.
  const Parsed member = parse_text("const A = message.\nconst B = 2\n");
  EXPECT_TRUE(has(member.sink, DiagKind::ExpectedName));
  EXPECT_EQ(member.sink.diagnostics().front().span.begin, 18u);
  EXPECT_EQ(member.module.decls.size(), 1u);  // B
  const Parsed use = parse_text("use std.text.\nuse std.time.*\n");
  EXPECT_EQ(use.sink.error_count(), 1u);
  EXPECT_EQ(use.module.decls.size(), 1u);
}

TEST(ParseRobustness, AHitPolicyDoesNotTakeAWordFromTheNextLine) {
  const Parsed parsed = parse_text("decision d = table first\n  x || y\n  1 || 2\n");
  ASSERT_TRUE(has(parsed.sink, DiagKind::ExpectedBlock));
  EXPECT_EQ(parsed.sink.diagnostics().front().span.begin, 24u);  // just after `first`
}

TEST(ParseRobustness, ABlockThatRunsIntoTheNextDeclarationIsReportedAsUnclosed) {
  for (const std::string text : {"record R {\n  a: Int\n\nrecord S { b: Int }\n",
                                 "enum E {\n  A\n\nenum F { B }\n",
                                 "policy a version 1.0.0 {\n  owner \"x\"\n\nconst A = 1\n"}) {
    const Parsed parsed = parse_text(text);
    ASSERT_EQ(parsed.sink.error_count(), 1u) << text;
    const Diagnostic& error = parsed.sink.diagnostics().front();
    ASSERT_EQ(error.notes.size(), 1u) << text;
    EXPECT_EQ(text[error.notes[0].span.begin], '{') << text;
    EXPECT_EQ(parsed.module.decls.size(), 1u) << text;  // the next declaration is kept
  }
}

TEST(ParseRobustness, ALeadingByteOrderMarkIsIgnored) {
  const Parsed parsed = parse_text("\xEF\xBB\xBF" "const A = 1\n");
  EXPECT_FALSE(parsed.sink.has_errors());
  EXPECT_EQ(parsed.module.decls.size(), 1u);
}

TEST(ParseRobustness, ValuesThatWouldChangeSilentlyAreRejected) {
  EXPECT_TRUE(has(parse_text("const A = 9007199254740993\n").sink, DiagKind::InvalidNumber));
  EXPECT_FALSE(parse_text("const A = 9007199254740992\n").sink.has_errors());
  EXPECT_TRUE(has(parse_text("policy a version 1.02.0\n").sink, DiagKind::InvalidVersion));
  EXPECT_TRUE(has(parse_text("test \"t {x}\" {}\n").sink, DiagKind::UnexpectedToken));
  EXPECT_TRUE(has(parse_text("record R { \"a{b}\": Int }\n").sink, DiagKind::UnexpectedToken));
  EXPECT_EQ(count(parse_text("scorecard s out of 9 { a : 9..0 = 1 }\n").sink, DiagKind::InvalidRange),
            1u);
}

TEST(ParseRobustness, DeepNestingOfEveryKindIsBounded) {
  for (const std::string open : {"(", "[", "{", "not ", "-", "if a then ", "\"{", "any(x in ",
                                 "f(", "a[", "{a: "}) {
    std::string text = "const x = ";
    for (int i = 0; i < 3000; ++i) text += open;
    const Parsed parsed = parse_text(text);
    EXPECT_TRUE(parsed.sink.has_errors()) << open;
    expect_sound(text);
  }
  std::string cells = "decision d = table { a || b\n  ";
  for (int i = 0; i < 3000; ++i) cells += "not ";
  EXPECT_TRUE(has(parse_text(cells + "1 || 2 }").sink, DiagKind::NestingTooDeep));
}

}  // namespace
}  // namespace charter::dsl

namespace charter::dsl {
namespace {

// Found by the fuzzer: a version as the value of a header entry reached the
// AST builder as a literal it did not know, and aborted.
TEST(ParseRobustness, AVersionAsAHeaderValueIsAnErrorNotACrash) {
  const Parsed parsed = parse_text("policy a version 1.2.0 {\n  requires 2.0.0\n  owner \"x\"\n}\n");
  EXPECT_TRUE(has(parsed.sink, DiagKind::MalformedHeader));
  ASSERT_TRUE(parsed.module.header.has_value());
  EXPECT_EQ(parsed.module.header->entries.size(), 2u);
}

}  // namespace
}  // namespace charter::dsl
