// Visits, for rewriting, every place a node holds an expression: rule
// conditions, outcomes and reasons, table inputs, cells and outputs, gate
// rules, scorecard criteria and bands, a let's or an output's value.
// Phase: optimize.
#pragma once

#include <functional>

#include "compiler/ir/ir.hpp"

namespace charter::compiler::opt {

enum class RootKind : uint8_t { Value, Reason };

void for_each_root(ir::Program& program, ir::NodeId id, const std::function<void(ir::ExprId&, RootKind)>& visit);

}  // namespace charter::compiler::opt
