// Golden-file runner: one GoogleTest case per input file (or, for a phase
// with folder cases, per subfolder) of a phase's folder. Cases named `fail_*`
// must produce an error; the others must not.
// With CHARTER_UPDATE_GOLDEN=1 the expected files are rewritten instead.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "tests/golden/golden_phases.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

class GoldenCase : public testing::Test {
 public:
  GoldenCase(const charter::golden::Phase* phase, fs::path input, std::string shown_path)
      : phase_(phase), input_(std::move(input)), shown_path_(std::move(shown_path)) {}

  void TestBody() override {
    const charter::golden::PhaseResult result =
        phase_->run(shown_path_, phase_->folder_cases ? std::string() : read_file(input_));
    const bool must_fail = input_.filename().string().rfind("fail_", 0) == 0;
    EXPECT_EQ(result.has_errors, must_fail)
        << shown_path_ << (must_fail ? " must produce an error" : " must produce no error")
        << "\n" << result.output;
    fs::path expected = input_;
    if (phase_->folder_cases) expected += phase_->output_extension;
    else expected.replace_extension(phase_->output_extension);
    const char* update = std::getenv("CHARTER_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
      std::ofstream(expected, std::ios::binary) << result.output;
      return;
    }
    ASSERT_TRUE(fs::exists(expected))
        << expected << " is missing; run with CHARTER_UPDATE_GOLDEN=1 and review it";
    EXPECT_EQ(result.output, read_file(expected)) << "for " << shown_path_;
  }

 private:
  const charter::golden::Phase* phase_;
  fs::path input_;
  std::string shown_path_;
};

}  // namespace

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  std::string phase_name, dir, root;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    if (key == "--phase") phase_name = argv[i + 1];
    else if (key == "--dir") dir = argv[i + 1];
    else if (key == "--root") root = argv[i + 1];
  }
  const charter::golden::Phase* phase = charter::golden::find_phase(phase_name);
  if (phase == nullptr || dir.empty() || root.empty()) {
    std::cerr << "usage: golden_runner --phase NAME --dir DIR --root REPO\n";
    return 2;
  }
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const bool is_case = phase->folder_cases ? entry.is_directory()
                                             : entry.path().extension() == phase->input_extension;
    if (is_case) inputs.push_back(fs::absolute(entry.path()));
  }
  if (phase->folder_cases) {
    // Folder cases open their files by the repository-relative path they show.
    root = fs::absolute(root).string();
    fs::current_path(root);
  }
  std::sort(inputs.begin(), inputs.end());
  for (const fs::path& input : inputs) {
    const std::string shown = fs::relative(input, root).generic_string();
    testing::RegisterTest(std::string(phase->name).c_str(), input.stem().string().c_str(), nullptr,
                          nullptr, __FILE__, __LINE__,
                          [=]() -> testing::Test* { return new GoldenCase(phase, input, shown); });
  }
  if (inputs.empty()) {
    std::cerr << "golden_runner: no " << (phase->folder_cases ? "case folders" : phase->input_extension)
              << (phase->folder_cases ? "" : " files") << " in " << dir << "\n";
    return 1;
  }
  return RUN_ALL_TESTS();
}
