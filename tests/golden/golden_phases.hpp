// The phases a golden suite can run: each turns one input file into the
// text that is compared with the expected file beside it.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace charter::golden {

struct PhaseResult {
  std::string output;  // compared with <case><extension>
  bool has_errors = false;
};

struct Phase {
  std::string_view name;
  std::string_view input_extension;   // ".charter"
  std::string_view output_extension;  // ".ast"
  // path: repository-relative, as it appears in the output
  std::function<PhaseResult(const std::string& path, const std::string& text)> run;
  // Each case is a folder of the suite (a bundle, say): `run` gets the folder's
  // path and no text, and the expected file is <folder><output_extension>.
  bool folder_cases = false;
};

const Phase* find_phase(std::string_view name);

}  // namespace charter::golden
