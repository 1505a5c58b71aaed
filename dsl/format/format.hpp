// The canonical formatter behind `charter fmt`: a module parsed without
// errors, and its source, → the one layout Charter is written in. Phase:
// format. Keeps every comment and literal spelling; the output parses to the
// same AST and formats to itself. Borrows the module and file for the call.
#pragma once

#include <string>

#include "dsl/ast/ast.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl {

struct FormatOptions {
  int width = 100;  // columns a line may take before it is broken where the layout allows
};

std::string format(const ast::Module& module, const SourceFile& file,
                   const FormatOptions& options = {});

}  // namespace charter::dsl
