// Every diagnostic kind must be shown by at least one golden .diag file, so
// each message is seen, reviewed and kept stable.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "dsl/diag/diagnostic.hpp"

namespace fs = std::filesystem;

namespace {

TEST(DiagnosticKinds, EveryKindAppearsInAGoldenDiagFile) {
  std::string all_goldens;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(CHARTER_SOURCE_DIR) / "tests/golden")) {
    if (entry.path().extension() != ".diag") continue;
    std::ifstream in(entry.path());
    std::ostringstream text;
    text << in.rdbuf();
    all_goldens += text.str();
  }
  for (const auto& kind : charter::dsl::all_diag_kinds()) {
    const std::string tag = "[" + std::string(kind.code) + "]";
    EXPECT_NE(all_goldens.find(tag), std::string::npos)
        << kind.name << " (" << kind.code << ") appears in no golden .diag file";
  }
}

TEST(DiagnosticKinds, CodesAreUniqueAndWellFormed) {
  std::set<std::string_view> codes;
  for (const auto& kind : charter::dsl::all_diag_kinds()) {
    EXPECT_TRUE(codes.insert(kind.code).second) << kind.code << " is used twice";
    ASSERT_EQ(kind.code.size(), 5u);
    EXPECT_TRUE(kind.code[0] == 'E' || kind.code[0] == 'W') << kind.code;
    EXPECT_FALSE(kind.summary.empty());
  }
}

}  // namespace
