// docs/stdlib.md is generated from the registry; these tests fail when the
// file and the registry differ, or when an entry cannot be documented.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "engine/cli/commands.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::stdlib {
namespace {

TEST(StdlibDoc, EveryBuiltinHasAOneLineDoc) {
  for (const BuiltinEntry& entry : default_builtins().entries()) {
    EXPECT_FALSE(entry.doc.empty()) << entry.name << " has no doc line";
    EXPECT_EQ(entry.doc.find('\n'), std::string::npos) << entry.name << "'s doc is more than one line";
    EXPECT_LE(entry.doc.size(), 160u) << entry.name
                                      << "'s doc line is long; say less, or say it in the family's introduction";
  }
}

TEST(StdlibDoc, NoOverloadIsRegisteredTwice) {
  std::set<std::string> seen;
  const BuiltinTable& table = default_builtins();
  for (const BuiltinEntry& entry : table.entries()) {
    const std::string key = entry.name + describe(entry.signature, table.types());
    EXPECT_TRUE(seen.insert(key).second) << key << " is registered twice";
  }
}

TEST(StdlibDoc, EveryRecordFieldHasAMeaning) {
  for (const std::string& problem : cli::record_field_doc_problems(default_builtins())) {
    ADD_FAILURE() << problem << " (field_meanings in engine/cli/doc_command.cpp)";
  }
}

TEST(StdlibDoc, TheFileMatchesTheRegistry) {
  const std::string path = std::string(CHARTER_SOURCE_DIR) + "/docs/stdlib.md";
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  EXPECT_TRUE(text.str() == cli::render_stdlib_doc(default_builtins()))
      << path << " differs from the builtin registry; regenerate it with\n"
      << "  charter doc stdlib -o docs/stdlib.md\n"
      << "and review the difference like code";
}

}  // namespace
}  // namespace charter::stdlib
