// A bundle folder written for one test and removed after it, shared by the
// unit tests of the loader, the compiler and the engine.
#pragma once

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace charter::test_support {

namespace fs = std::filesystem;

// A bundle folder written for one test and removed after it. Each folder
// is new, so plans cached by an earlier test are never reused by accident.
class TempBundle {
 public:
  // One module, `policy.charter`, and a manifest naming it.
  explicit TempBundle(const std::string& module_text, const std::string& version = "1.0.0")
      : TempBundle(std::map<std::string, std::string>{{"bundle.json", manifest({"policy.charter"}, version)},
                                                      {"policy.charter", module_text}}) {}

  explicit TempBundle(const std::map<std::string, std::string>& files) {
    static std::atomic<int> counter = 0;
    root_ = fs::temp_directory_path() /
            ("charter_test_bundle_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(root_);
    for (const auto& [path, text] : files) write(path, text);
  }
  ~TempBundle() {
    std::error_code ignored;
    fs::remove_all(root_, ignored);
  }
  TempBundle(const TempBundle&) = delete;
  TempBundle& operator=(const TempBundle&) = delete;

  void write(const std::string& path, const std::string& text) const {
    fs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path, std::ios::binary | std::ios::trunc) << text;
  }
  const fs::path& root() const { return root_; }

  static std::string manifest(const std::vector<std::string>& modules, const std::string& version = "1.0.0") {
    std::string list;
    for (const std::string& module : modules) list += (list.empty() ? "\"" : ", \"") + module + "\"";
    return R"({"name": "test.bundle", "version": ")" + version + R"(", "modules": [)" + list + "]}\n";
  }

 private:
  fs::path root_;
};

}  // namespace charter::test_support
