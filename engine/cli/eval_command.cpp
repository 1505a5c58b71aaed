// `charter eval --bundle DIR [FILE|-] [--explain] [--threads N]`: reads
// events as JSON lines and writes one decision (or error object) per line,
// in input order. A bad line gets an error object; the others are decided.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "engine/api/charter.hpp"
#include "engine/cli/commands.hpp"

namespace charter::cli {

namespace {

struct EvalOptions {
  std::string bundle;
  std::string input = "-";
  bool explain = false;
  unsigned threads = 1;
};

int run_eval(const EvalOptions& options) {
  std::string report;
  const auto engine = Engine::load(options.bundle, &report);
  if (!report.empty()) std::cerr << report;
  if (!engine) return 1;
  std::string text;
  if (options.input == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    text = std::move(buffer).str();
  } else {
    std::ifstream in(options.input, std::ios::binary);
    if (!in) {
      std::cerr << "charter: " << options.input << ": cannot be read\n";
      return 1;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    text = std::move(buffer).str();
  }
  std::vector<std::string_view> events;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) events.push_back(line);
    start = end + 1;
  }
  EvaluateOptions evaluate;
  evaluate.explain = options.explain;
  const std::vector<std::string> results = engine->evaluate_batch(events, evaluate, options.threads);
  std::string out;
  size_t errors = 0;
  for (const std::string& result : results) {
    out += result;
    out += '\n';
    errors += result.find("\"error\":{\"code\"") != std::string::npos;
  }
  std::cout << out;
  if (errors > 0) std::cerr << "charter: " << errors << " of " << results.size() << " events could not be decided\n";
  return 0;
}

}  // namespace

void add_eval_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand("eval", "Decide events (JSON lines) with a bundle");
  command->add_option("--bundle", options->bundle, "The bundle folder")->required();
  command->add_option("input", options->input, "A file of JSON lines, or - for standard input");
  command->add_flag("--explain", options->explain, "Add the explanation trace to each decision");
  command->add_option("--threads", options->threads, "Threads to decide on")->check(CLI::Range(1u, 256u));
  command->callback([options, &exit_code] { exit_code = run_eval(*options); });
}

}  // namespace charter::cli
