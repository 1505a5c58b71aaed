// Inputs that must give diagnostics, never a crash, a hang or a silent pass.
#include <gtest/gtest.h>

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
