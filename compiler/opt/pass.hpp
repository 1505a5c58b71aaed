// Optimisation passes over the checked program: each named, switchable,
// and required to leave every decision and trace byte-identical (a
// differential test runs every policy with all passes off and on).
// Phase: optimize. Passes rewrite the program's expressions in place.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/pipeline.hpp"

namespace charter::compiler::opt {

class Pass {
 public:
  virtual ~Pass() = default;
  virtual std::string_view name() const = 0;
  virtual void run(ir::Program& program, const stdlib::BuiltinTable& builtins) = 0;
};

std::unique_ptr<Pass> fold_constants();
std::unique_ptr<Pass> share_subexpressions();
std::unique_ptr<Pass> merge_keyword_scans();
std::unique_ptr<Pass> order_short_circuits();

// The passes the options switch on, in the order they run.
std::vector<std::unique_ptr<Pass>> pass_list(const PassOptions& options);

// Every expression a node can reach: its own and their arguments, each
// once. Passes use it to know which expressions are live.
std::vector<bool> live_expressions(const ir::Program& program);

}  // namespace charter::compiler::opt
