// Name resolution and type checking: the ASTs of a bundle → the checked IR.
// Phase: check. Every name is resolved to a node, input field, constant,
// enum value or builtin; every expression gets a type; problems become
// diagnostics. When checking fails on an expression it gets the Error type
// and checking goes on; anything built on an Error stays silent, so one
// mistake gives one message.
#pragma once

#include "compiler/ir/ir.hpp"
#include "compiler/load/bundle.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::compiler {

ir::Program check(const Bundle& bundle, const stdlib::BuiltinTable& builtins,
                  const dsl::SourceMap& sources, dsl::DiagSink& sink);

}  // namespace charter::compiler
