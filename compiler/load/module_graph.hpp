// The import graph of a bundle: which module each `use` names, and an order
// in which every module comes after the modules it imports. Phase: load.
// Reports a `use` of a module that is not in the bundle (with the nearest
// module name) and every import cycle, naming each module and `use` on it.
#pragma once

#include <cstddef>
#include <vector>

#include "compiler/load/bundle.hpp"
#include "dsl/diag/diagnostic.hpp"

namespace charter::compiler {

struct Import {
  size_t module = 0;  // index in the bundle's modules
  dsl::Span span;     // the module path of the first `use` that names it
};

// For each module, the modules it imports, in the order of their first `use`.
// `use std.…` names the standard library and is not an import.
using ImportGraph = std::vector<std::vector<Import>>;

ImportGraph resolve_imports(const std::vector<LoadedModule>& modules, dsl::DiagSink& sink);

// Every module once, imports before importers. The order is that of a
// depth-first walk from each module in manifest order, so it depends only on
// the manifest and the `use`s. An import that closes a cycle is reported
// once and ignored for the order.
std::vector<size_t> order_modules(const std::vector<LoadedModule>& modules,
                                  const ImportGraph& graph, dsl::DiagSink& sink);

}  // namespace charter::compiler
