// The canonical formatter: small cases that each pin one layout rule, and
// the properties every `.charter` file in the repository must keep under
// formatting (it is idempotent, keeps the tree, keeps every comment).
#include "dsl/format/format.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/parse/parse.hpp"

namespace charter::dsl {
namespace {

namespace fs = std::filesystem;

// One source parsed: the map owns the file, the module borrows nothing.
struct Parsed {
  SourceMap sources;
  ast::Module module;
  DiagSink sink;
  const SourceFile& file() const { return sources.get(module.file); }
  std::string diagnostics() const { return render_text(sources, sink.diagnostics()); }
};

std::unique_ptr<Parsed> parse_text(const std::string& text,
                                   const std::string& path = "case.charter") {
  auto parsed = std::make_unique<Parsed>();
  const SourceId id = parsed->sources.add(path, text);
  parsed->module = parse(parsed->sources.get(id), parsed->sink);
  return parsed;
}

std::string format_text(const std::string& text, int width = 100) {
  const auto parsed = parse_text(text);
  EXPECT_FALSE(parsed->sink.has_errors()) << parsed->diagnostics();
  return format(parsed->module, parsed->file(), {width});
}

// The comments of a parse, as the formatter prints them: a line comment
// without trailing spaces, a block comment with `\n` line breaks.
std::vector<std::string> comment_texts(const Parsed& parsed) {
  std::vector<std::string> texts;
  for (const ast::Comment& comment : parsed.module.comments) {
    std::string text(parsed.file().slice(comment.span));
    if (!comment.block) text.erase(text.find_last_not_of(" \t") + 1);
    std::erase(text, '\r');
    texts.push_back(std::move(text));
  }
  std::sort(texts.begin(), texts.end());
  return texts;
}

// ---------------------------------------------------------------- layout rules

struct LayoutCase {
  const char* rule;
  const char* input;
  const char* expected;
  int width = 100;
};

const LayoutCase kLayoutCases[] = {
    {"literals are kept as written",
     "const A = 0.70\nconst B=1e3\nconst C =  48h\nconst D = 2026-06-27\n",
     "const A = 0.70\nconst B = 1e3\nconst C = 48h\nconst D = 2026-06-27\n"},
    {"literals in parentheses are kept as written",
     "const A = ( 0.50 ) * 2\n",
     "const A = (0.50) * 2\n"},
    {"escapes are canonical",
     "const S = \"a\\u{41}\\{b\\}\t\\\"\\\\\"\n",
     "const S = \"aA\\{b\\}\\t\\\"\\\\\"\n"},
    {"invisible characters are escaped",
     "const S = \"a\u200Bb\\u{7}\"\n",
     "const S = \"a\\u{200B}b\\u{7}\"\n"},
    {"interpolations use the expression printer",
     "const S = \"{ a+b } and {f( x )}\"\n",
     "const S = \"{a + b} and {f(x)}\"\n"},
    {"spacing is canonical",
     "const X = f( a ,b )+[ 1,2 ]\n",
     "const X = f(a, b) + [1, 2]\n"},
    {"sets are tight and records are spaced",
     "const X = {A,B}\nconst R = {a:1,b.c:2,\"x-y\":3,\"ok\":4}\n",
     "const X = {A, B}\nconst R = { a: 1, b.c: 2, \"x-y\": 3, ok: 4 }\n"},
    {"written parentheses are kept once",
     "const X = ((a)) and (b or c)\n",
     "const X = (a) and (b or c)\n"},
    {"operators keep their words",
     "const X = not a not in b and x?.y ?? 1..3 == r\n",
     "const X = not a not in b and x?.y ?? 1..3 == r\n"},
    {"quantifiers and conditionals",
     "const X = any( a in xs : a.ok )\nconst Y = if a then b else c\n",
     "const X = any(a in xs: a.ok)\nconst Y = if a then b else c\n"},
    {"a long condition breaks before its operators",
     "decision d { when alpha == 1 or beta == 2 and gamma == 3 => X because \"r\" }\n",
     "decision d {\n"
     "  when alpha == 1\n"
     "      or beta == 2 and gamma == 3\n"
     "    => X because \"r\"\n"
     "}\n",
     40},
    {"a rule breaks before `=>` first",
     "decision d { when alpha == 1 => Something because \"the reason\" }\n",
     "decision d {\n"
     "  when alpha == 1\n"
     "    => Something because \"the reason\"\n"
     "}\n",
     40},
    {"at most one blank line between declarations",
     "const A = 1\n\n\n\nconst B = 2\nconst C = 3\n",
     "const A = 1\n\nconst B = 2\nconst C = 3\n"},
    {"a block declaration is set apart",
     "const A = 1\ngate g { allow because \"x\" }\nconst B = 2\n",
     "const A = 1\n\ngate g {\n  allow because \"x\"\n}\n\nconst B = 2\n"},
    {"line breaks become LF",
     "const A = 1\r\n\r\n# note\r\nconst B = 2\r\n",
     "const A = 1\n\n# note\nconst B = 2\n"},
    {"a trailing comment stays on its line",
     "const A = 1    # one\nconst B = 2\n",
     "const A = 1  # one\nconst B = 2\n"},
    {"a comment inside an expression moves before its line",
     "const A = f(1, 2 + /* x */ 3)\n",
     "/* x */\nconst A = f(1, 2 + 3)\n"},
    {"a comment between items breaks the list",
     "const A = [1, # one\n 2]\n",
     "const A = [\n  1,  # one\n  2,\n]\n"},
    {"doc comments stay against their declaration",
     "## The limit.\n\nconst A = 1\n",
     "## The limit.\nconst A = 1\n"},
    {"an empty header block is dropped",
     "policy a.b version 1.0.0 {}\n",
     "policy a.b version 1.0.0\n"},
    {"gate verdicts and reasons line up",
     "gate g {\ndeny when a because \"x\"\nreview when bb == c because \"y\"\n"
     "allow because \"z\"\n}\n",
     "gate g {\n"
     "  deny   when a       because \"x\"\n"
     "  review when bb == c because \"y\"\n"
     "  allow               because \"z\"\n"
     "}\n"},
    {"a record type is one field per line",
     "record R { a: Int, long_name: String? = \"x\" }\n",
     "record R {\n  a:         Int\n  long_name: String? = \"x\"\n}\n"},
    {"band entries end with a comma",
     "scorecard s out of 10 { band { 5.. => A, ..4 => B } }\n",
     "scorecard s out of 10 {\n  band {\n    5.. => A,\n    ..4 => B,\n  }\n}\n"},
};

class FormatterLayout : public testing::TestWithParam<LayoutCase> {};

TEST_P(FormatterLayout, ProducesTheCanonicalText) {
  const LayoutCase& c = GetParam();
  EXPECT_EQ(format_text(c.input, c.width), c.expected) << c.rule;
  EXPECT_EQ(format_text(c.expected, c.width), c.expected)
      << c.rule << " (formatting the result again)";
}

// A test name from a rule: `a rule breaks` → `a_rule_breaks`.
std::string identifier(std::string text) {
  for (char& c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return text;
}

INSTANTIATE_TEST_SUITE_P(Rules, FormatterLayout, testing::ValuesIn(kLayoutCases),
                         [](const testing::TestParamInfo<LayoutCase>& param) {
                           return identifier(param.param.rule);
                         });

// ---------------------------------------------------------------- every file in the repository

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Every `.charter` file of the checkout, except build folders and the
// `fail_*` cases (which have syntax errors on purpose).
std::vector<std::string> repository_policy_files() {
  const fs::path root = CHARTER_SOURCE_DIR;
  std::vector<std::string> files;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(root, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory() && (name.rfind("build", 0) == 0 || name.rfind('.', 0) == 0)) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".charter" &&
        name.rfind("fail_", 0) != 0) {
      files.push_back(fs::relative(it->path(), root).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

class FormatRepositoryFile : public testing::TestWithParam<std::string> {
 protected:
  static constexpr int kWidths[] = {100, 60, 30};  // narrow widths exercise every break

  void SetUp() override {
    original_ = parse_text(read_file(fs::path(CHARTER_SOURCE_DIR) / GetParam()), GetParam());
    if (original_->sink.has_errors()) {
      GTEST_SKIP() << "has syntax errors:\n" << original_->diagnostics();
    }
  }

  std::string format_at(int width) const {
    return format(original_->module, original_->file(), {width});
  }

  std::unique_ptr<Parsed> original_;
};

TEST_P(FormatRepositoryFile, FormattingTwiceEqualsFormattingOnce) {
  for (const int width : kWidths) {
    const std::string once = format_at(width);
    const auto reparsed = parse_text(once, GetParam());
    ASSERT_FALSE(reparsed->sink.has_errors()) << reparsed->diagnostics() << once;
    EXPECT_EQ(format(reparsed->module, reparsed->file(), {width}), once) << "at width " << width;
  }
}

TEST_P(FormatRepositoryFile, ParsesToTheSameTree) {
  const std::string tree = ast::print_ast(original_->module, original_->file(), {false});
  for (const int width : kWidths) {
    const std::string once = format_at(width);
    const auto reparsed = parse_text(once, GetParam());
    ASSERT_FALSE(reparsed->sink.has_errors()) << reparsed->diagnostics() << once;
    EXPECT_EQ(ast::print_ast(reparsed->module, reparsed->file(), {false}), tree)
        << "at width " << width;
  }
}

TEST_P(FormatRepositoryFile, KeepsEveryComment) {
  for (const int width : kWidths) {
    const auto reparsed = parse_text(format_at(width), GetParam());
    EXPECT_EQ(comment_texts(*reparsed), comment_texts(*original_)) << "at width " << width;
  }
}

// Where the string literal that opens at `i` ends: past its closing quote,
// or at the end of its line when it is not closed. Interpolations may hold
// strings of their own (`"a {f("b")} c"`).
size_t string_end(const std::string& text, size_t i) {
  size_t depth = 0;  // open interpolation braces
  for (size_t j = i + 1; j < text.size(); ++j) {
    const char c = text[j];
    if (c == '\n') return j;
    if (depth == 0) {
      if (c == '\\') {
        ++j;
      } else if (c == '"') {
        return j + 1;
      } else if (c == '{') {
        depth = 1;
      }
    } else if (c == '"') {
      j = string_end(text, j) - 1;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      --depth;
    }
  }
  return text.size();
}

// The file with `comment` put into every run of whitespace between tokens
// (strings and comments are left alone): comments in every place a person
// could write one.
std::string with_comment_in_every_gap(const std::string& text, const std::string& comment) {
  std::string out;
  size_t i = 0;
  const auto copy_until = [&](size_t end) {
    out.append(text, i, end - i);
    i = end;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') {
      copy_until(string_end(text, i));
    } else if (c == '#') {
      copy_until(std::min(text.find('\n', i), text.size()));
    } else if (text.compare(i, 2, "/*") == 0) {
      const size_t close = text.find("*/", i + 2);
      copy_until(close == std::string::npos ? text.size() : close + 2);
    } else if (c == ' ' || c == '\n') {
      // After the run, so that the comment never joins a line comment before it.
      copy_until(std::min(text.find_first_not_of(" \t\r\n", i), text.size()));
      out += comment;
    } else {
      copy_until(i + 1);
    }
  }
  return out;
}

TEST_P(FormatRepositoryFile, SurvivesACommentInEveryGap) {
  const std::string text(original_->file().text());
  for (const std::string comment : {" # note\n", " /* note */ "}) {
    const std::string commented_text = with_comment_in_every_gap(text, comment);
    if (commented_text == text) return;  // no space between tokens, as in an empty file
    const auto commented = parse_text(commented_text, GetParam());
    ASSERT_FALSE(commented->sink.has_errors()) << commented->diagnostics();
    ASSERT_GT(commented->module.comments.size(), original_->module.comments.size());
    const std::string tree = ast::print_ast(commented->module, commented->file(), {false});
    for (const int width : kWidths) {
      const std::string once = format(commented->module, commented->file(), {width});
      const auto reparsed = parse_text(once, GetParam());
      ASSERT_FALSE(reparsed->sink.has_errors()) << reparsed->diagnostics() << once;
      EXPECT_EQ(format(reparsed->module, reparsed->file(), {width}), once) << "at width " << width;
      EXPECT_EQ(ast::print_ast(reparsed->module, reparsed->file(), {false}), tree)
          << "at width " << width;
      EXPECT_EQ(comment_texts(*reparsed), comment_texts(*commented)) << "at width " << width;
    }
  }
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FormatRepositoryFile);
INSTANTIATE_TEST_SUITE_P(Repository, FormatRepositoryFile,
                         testing::ValuesIn(repository_policy_files()),
                         [](const testing::TestParamInfo<std::string>& param) {
                           return identifier(param.param);
                         });

}  // namespace
}  // namespace charter::dsl
