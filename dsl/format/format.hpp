// The canonical formatter behind `charter fmt`: a parsed module and its
// source → the one layout Charter text is written in. Phase: format, run only
// on a module that parsed without errors. The output keeps every comment and
// the author's spelling of literals, parses to the same AST, and formats to
// itself. The module and the file are borrowed for the call.
#pragma once

#include <string>

#include "dsl/ast/ast.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl {

struct FormatOptions {
  int width = 100;  // columns a line may take before it is broken where the layout allows
};

std::string format(const ast::Module& module, const SourceFile& file, const FormatOptions& options = {});

}  // namespace charter::dsl
