// `charter explain --bundle DIR [FILE|-] [--format text|json]`: reads events
// as JSON lines and explains each decision — as plain sentences for people
// (the default; events separated by a blank line), or as JSON lines: the
// decision with its `explanation` and `counterfactuals`. See
// docs/explanations.md. A bad line is answered by its error; the others are
// explained.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "engine/api/charter.hpp"
#include "engine/cli/commands.hpp"
#include "engine/eval/scratch.hpp"
#include "engine/trace/explain.hpp"

namespace charter::cli {

namespace {

struct ExplainCommandOptions {
  std::string bundle;
  std::string input = "-";
  std::string format = "text";
};

bool read_input(const std::string& input, std::string& text) {
  std::ostringstream buffer;
  if (input == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(input, std::ios::binary);
    if (!in) {
      std::cerr << "charter: " << input << ": cannot be read\n";
      return false;
    }
    buffer << in.rdbuf();
  }
  text = std::move(buffer).str();
  return true;
}

// The bundle folder as rule locations start with it: "bench/rw1/bundle".
std::string bundle_prefix(const std::string& bundle) {
  std::string dir = std::filesystem::path(bundle).lexically_normal().generic_string();
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return dir == "." ? std::string() : dir;
}

int run_explain(const ExplainCommandOptions& options) {
  std::string report;
  const auto engine = Engine::load(options.bundle, &report);
  if (!report.empty()) std::cerr << report;
  if (!engine) return 1;
  std::string text;
  if (!read_input(options.input, text)) return 1;
  const plan::Plan& plan = engine->plan();
  engine::Scratch scratch(plan);
  engine::ExplainOptions explain;
  explain.bundle_dir = bundle_prefix(options.bundle);
  const engine::ExplainFormat format = options.format == "json" ? engine::ExplainFormat::Json : engine::ExplainFormat::Text;
  std::string out;
  size_t events = 0, errors = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (format == engine::ExplainFormat::Text && events > 0) out += '\n';
    bool ok = false;
    out += engine::explain_event(plan, scratch, line, format, explain, &ok);
    if (format == engine::ExplainFormat::Json) out += '\n';
    ++events;
    errors += !ok;
  }
  std::cout << out;
  if (errors > 0) std::cerr << "charter: " << errors << " of " << events << " events could not be decided\n";
  return 0;
}

}  // namespace

void add_explain_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExplainCommandOptions>();
  CLI::App* command = app.add_subcommand("explain", "Explain decisions in plain language (events as JSON lines)");
  command->add_option("--bundle", options->bundle, "The bundle folder")->required();
  command->add_option("input", options->input, "A file of JSON lines, or - for standard input");
  command->add_option("--format", options->format, "text (for people) or json (the decision with its counterfactuals)")
      ->check(CLI::IsMember({"text", "json"}));
  command->callback([options, &exit_code] { exit_code = run_explain(*options); });
}

}  // namespace charter::cli
