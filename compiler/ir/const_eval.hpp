// Evaluates an IR expression whose inputs are all known when the policy
// compiles. Phase: check (`const` values) and optimize (constant folding).
// Uses the same operator semantics and builtin implementations as the
// evaluator (stdlib/core/operators.hpp), so folding never changes a result.
#pragma once

#include <optional>

#include "compiler/ir/ir.hpp"

namespace charter::compiler::ir {

// The value of `id`, or nullopt when it reads the event, calls an impure or
// prepared builtin, or cannot be evaluated (division by zero…). Strings and
// lists it builds live in the program's constant arena.
std::optional<Value> evaluate_constant(Program& program, ExprId id, const stdlib::BuiltinTable& builtins);

}  // namespace charter::compiler::ir
