// `charter graph BUNDLE [--format dot|svg] [--focus NODE] [--no-rules] [-o FILE]`:
// draws a bundle's decision graph — what each decision, gate, scorecard and
// shared value reads — in Graphviz's DOT language, or as SVG through
// Graphviz's `dot` program. Diagnostics go to stderr; a graph with a cycle is
// still drawn (the cycle in red), but the exit code is 1.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "compiler/pipeline.hpp"
#include "dsl/diag/suggest.hpp"
#include "engine/cli/cli_common.hpp"
#include "engine/cli/commands.hpp"
#include "stdlib/registry/default_builtins.hpp"

extern char** environ;

namespace charter::cli {
namespace {

struct GraphOptions {
  std::string bundle;
  std::string format;  // "dot", "svg", or empty: from the output's extension
  std::string focus;
  bool rules = true;
  std::string output;  // empty: standard output
};

// Writes all of `text` to `fd`; false when the reader went away.
bool write_all(int fd, const std::string& text) {
  size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

// Runs Graphviz's `dot -Tsvg` on `dot_text`, writing to `output` (or to our
// standard output). Returns false, after saying why, when it failed.
bool render_svg(const std::string& dot_text, const std::string& output) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) {
    std::cerr << "charter: cannot start Graphviz: " << std::strerror(errno) << "\n";
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[1]);
  std::vector<std::string> args = {"dot", "-Tsvg"};
  if (!output.empty()) args.insert(args.end(), {"-o", output});
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::cout.flush();
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[0]);
  if (spawned != 0) {
    ::close(pipe_fds[1]);
    std::cerr << "charter: cannot run Graphviz's `dot` (" << std::strerror(spawned)
              << "); install the graphviz package, or use --format dot\n";
    return false;
  }
  // If `dot` stops reading early, its exit status says why; do not die of SIGPIPE.
  const auto previous = std::signal(SIGPIPE, SIG_IGN);
  const bool sent = write_all(pipe_fds[1], dot_text);
  ::close(pipe_fds[1]);
  std::signal(SIGPIPE, previous);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!sent || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::cerr << "charter: Graphviz's `dot` failed to draw the graph\n";
    return false;
  }
  return true;
}

bool write_dot(const std::string& dot_text, const std::string& output) {
  if (output.empty()) {
    std::cout << dot_text;
    return static_cast<bool>(std::cout.flush());
  }
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out << dot_text;
  if (!out.flush()) {
    std::cerr << "charter: " << output << ": cannot be written\n";
    return false;
  }
  return true;
}

// False, after saying so (with a likely spelling), when nothing has the name.
bool check_focus(const compiler::dag::DecisionDag& graph, const std::string& focus) {
  if (focus.empty() || !graph.find_nodes(focus).empty()) return true;
  std::cerr << "charter: --focus: nothing in the bundle is called `" << focus << "`\n";
  const std::vector<std::string> names = graph.node_names();
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  if (const auto match = dsl::closest_match(focus, candidates)) {
    std::cerr << "  = help: did you mean `" << *match << "`?\n";
  } else {
    std::cerr << "  = help: name a decision, gate, scorecard, `let` or `output`, as `name` or `module.name`\n";
  }
  return false;
}

int run_graph(const GraphOptions& options) {
  compiler::CompileOptions compile;
  compile.lower = false;
  const auto compilation = compiler::compile_bundle(options.bundle, stdlib::default_builtins(), compile);
  print_diagnostics(compilation->sources, compilation->diagnostics.diagnostics(), DiagFormat::Text);
  const int status = compilation->diagnostics.has_errors() ? 1 : 0;
  if (!compilation->graph) return 1;  // checking failed: there is no graph to draw
  if (!check_focus(*compilation->graph, options.focus)) return 1;
  compiler::dag::DotOptions dot;
  dot.focus = options.focus;
  dot.show_rules = options.rules;
  const compiler::Manifest& manifest = compilation->bundle.manifest;
  dot.title = manifest.name + (manifest.version.empty() ? "" : " " + manifest.version);
  const std::string text = compilation->graph->to_dot(dot);
  const bool svg = options.format == "svg" || (options.format.empty() && options.output.ends_with(".svg"));
  const bool written = svg ? render_svg(text, options.output) : write_dot(text, options.output);
  return written ? status : 1;
}

}  // namespace

void add_graph_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<GraphOptions>();
  CLI::App* command = app.add_subcommand("graph", "Draw a bundle's decision graph (DOT, or SVG through Graphviz)");
  command->add_option("bundle", options->bundle, "The bundle folder (holding bundle.json)")->required();
  command->add_option("--format", options->format, "dot (the default) or svg; -o FILE.svg implies svg")
      ->check(CLI::IsMember({"dot", "svg"}));
  command->add_option("--focus", options->focus,
                      "Show only this node (`name` or `module.name`), what it reads and what reads it");
  command->add_flag("!--no-rules", options->rules, "Leave the rule ids out of the boxes");
  command->add_option("-o,--output", options->output, "Write to this file instead of standard output");
  command->callback([options, &exit_code] { exit_code = run_graph(*options); });
}

}  // namespace charter::cli
