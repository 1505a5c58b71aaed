#include "compiler/load/module_graph.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>

#include "dsl/diag/suggest.hpp"

namespace charter::compiler {
namespace {

using dsl::DiagKind;

std::string backticked(std::string_view text) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted.append(1, '`').append(text).append(1, '`');
  return quoted;
}

// "`a`, `b` and 3 more": the first few names of a list, for a help line.
std::string some_names(const std::vector<std::string_view>& names) {
  constexpr size_t kShown = 5;
  std::string text;
  const size_t shown = std::min(names.size(), kShown);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) text += i + 1 == shown && names.size() <= kShown ? " and " : ", ";
    text += backticked(names[i]);
  }
  if (names.size() > kShown) text += " and " + std::to_string(names.size() - kShown) + " more";
  return text;
}

void report_unknown(const dsl::ast::UseDecl& use, const std::map<std::string, size_t, std::less<>>& by_name,
                    const std::vector<std::string_view>& names, dsl::DiagSink& sink) {
  const std::string path = use.path.joined();
  auto& diag = sink.emit(DiagKind::UnknownModule, use.path.span, "unknown module " + backticked(path));
  if (const auto suggestion = dsl::closest_match(path, names)) {
    diag.help = "did you mean " + backticked(*suggestion) + "?";
    diag.fix = dsl::DiagFix{use.path.span, std::string(*suggestion)};
    return;
  }
  // `use mwms.vocabulary.Route`: the last part is a name of a module, not a module.
  if (use.kind == dsl::ast::UseDecl::Kind::Module && !use.alias && use.path.parts.size() > 1) {
    const std::string& last = use.path.parts.back().text;
    const std::string owner = path.substr(0, path.size() - last.size() - 1);
    if (by_name.contains(owner)) {
      const std::string written = owner + ".{" + last + "}";
      diag.help = backticked(owner) + " is a module; to import its " + backticked(last) +
                  ", write " + backticked("use " + written);
      diag.fix = dsl::DiagFix{use.path.span, written};
      return;
    }
  }
  diag.help = names.empty()
                  ? std::string("no module of the bundle has a `policy` header to import")
                  : "the bundle's modules are " + some_names(names) +
                        "; a module is imported by the name in its `policy` header";
}

}  // namespace

ImportGraph resolve_imports(const std::vector<LoadedModule>& modules, dsl::DiagSink& sink) {
  std::map<std::string, size_t, std::less<>> by_name;  // the first module of each name
  std::vector<std::string_view> names;
  for (size_t i = 0; i < modules.size(); ++i) {
    if (modules[i].name.empty() || !by_name.emplace(modules[i].name, i).second) continue;
    names.push_back(modules[i].name);
  }
  ImportGraph graph(modules.size());
  for (size_t i = 0; i < modules.size(); ++i) {
    for (const dsl::ast::Decl& decl : modules[i].ast.decls) {
      const auto* use = std::get_if<dsl::ast::UseDecl>(&decl.node);
      if (use == nullptr || use->path.parts.empty() || use->path.parts.front().text == "std") continue;
      const auto found = by_name.find(use->path.joined());
      if (found == by_name.end()) {
        report_unknown(*use, by_name, names, sink);
        continue;
      }
      std::vector<Import>& imports = graph[i];
      const bool known = std::any_of(imports.begin(), imports.end(),
                                     [&](const Import& import) { return import.module == found->second; });
      if (!known) imports.push_back(Import{found->second, use->path.span});
    }
  }
  return graph;
}

namespace {

struct Frame {
  size_t module;
  size_t next_import = 0;
};

// Reports the cycle closed by `closing`, an import of the module on top of
// `stack` that leads back to a module further down it.
void report_cycle(const std::vector<LoadedModule>& modules, const ImportGraph& graph,
                  const std::vector<Frame>& stack, const Import& closing, dsl::DiagSink& sink) {
  const auto entry = std::find_if(stack.begin(), stack.end(),
                                  [&](const Frame& frame) { return frame.module == closing.module; });
  // The `use` each module of the cycle makes of the next one; the last closes it.
  std::vector<std::pair<size_t, const Import*>> steps;
  for (auto frame = entry; frame + 1 != stack.end(); ++frame) {
    steps.emplace_back(frame->module, &graph[frame->module][frame->next_import - 1]);
  }
  steps.emplace_back(stack.back().module, &closing);
  const auto name = [&](size_t module) { return backticked(modules[module].name); };

  if (steps.size() == 1) {
    sink.emit(DiagKind::ImportCycle, closing.span, "module " + name(closing.module) + " imports itself")
        .help = "remove this `use`: a module's own names are in scope without it";
    return;
  }
  std::string path;
  for (const auto& [module, import] : steps) path += name(module) + " → ";
  path += name(closing.module);
  auto& diag = sink.emit(DiagKind::ImportCycle, steps.front().second->span, "import cycle: " + path);
  for (size_t i = 1; i < steps.size(); ++i) {
    const auto& [module, import] = steps[i];
    diag.notes.push_back({import->span, name(module) + " imports " + name(import->module) +
                                            (i + 1 == steps.size() ? " here, closing the cycle" : " here")});
  }
  diag.help = "modules cannot import each other in a circle; move what they share into a module "
              "that imports none of them";
}

}  // namespace

std::vector<size_t> order_modules(const std::vector<LoadedModule>& modules,
                                  const ImportGraph& graph, dsl::DiagSink& sink) {
  enum class Mark : uint8_t { New, Open, Done };
  std::vector<Mark> marks(modules.size(), Mark::New);
  std::vector<size_t> order;
  order.reserve(modules.size());
  std::vector<Frame> stack;  // the open modules, each importing the next
  for (size_t root = 0; root < modules.size(); ++root) {
    if (marks[root] != Mark::New) continue;
    marks[root] = Mark::Open;
    stack.push_back(Frame{root});
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next_import == graph[top.module].size()) {
        marks[top.module] = Mark::Done;
        order.push_back(top.module);
        stack.pop_back();
        continue;
      }
      const Import& import = graph[top.module][top.next_import++];
      if (marks[import.module] == Mark::Open) {
        report_cycle(modules, graph, stack, import, sink);
      } else if (marks[import.module] == Mark::New) {
        marks[import.module] = Mark::Open;
        stack.push_back(Frame{import.module});  // `top` is not used past this point
      }
    }
  }
  return order;
}

}  // namespace charter::compiler
