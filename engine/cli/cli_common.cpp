#include "engine/cli/cli_common.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dsl/diag/render.hpp"

namespace charter::cli {

namespace fs = std::filesystem;

std::vector<fs::path> collect_policy_files(const std::vector<std::string>& paths, bool& ok) {
  std::vector<fs::path> files;
  for (const std::string& name : paths) {
    const fs::path path(name);
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(path, error);
           !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->is_regular_file() && it->path().extension() == ".charter") found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, error)) {
      files.push_back(path);
    } else {
      std::cerr << "charter: " << name << ": no such file or directory\n";
      ok = false;
    }
  }
  return files;
}

std::optional<dsl::SourceId> load_source(dsl::SourceMap& sources, const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "charter: " << path.string() << ": cannot be read\n";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return sources.add(display_path(path), std::move(text).str());
}

std::string display_path(const fs::path& path) {
  std::error_code error;
  const fs::path relative = fs::relative(path, fs::current_path(error), error);
  if (!error && !relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return path.generic_string();
}

void print_diagnostics(const dsl::SourceMap& sources, const std::vector<dsl::Diagnostic>& diags,
                       DiagFormat format) {
  if (diags.empty()) return;
  const std::string text = format == DiagFormat::Json ? dsl::render_json(sources, diags)
                                                      : dsl::render_text(sources, diags);
  // JSON goes to stdout for tools; text goes to stderr like a compiler's.
  std::fputs(text.c_str(), format == DiagFormat::Json ? stdout : stderr);
}

}  // namespace charter::cli
