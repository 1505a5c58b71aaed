// The Charter front end's entry point: source text → AST + diagnostics.
// Phase: parse. Never throws, never crashes, always terminates: malformed
// input (bad UTF-8, NUL bytes, deep nesting, unterminated strings and
// comments) becomes diagnostics, and the declarations that parsed are kept.
#pragma once

#include <cstddef>

#include "dsl/ast/ast.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl {

struct ParseOptions {
  size_t max_errors = 100;             // syntax errors per file before the parser gives up
  size_t max_bytes = size_t{8} << 20;  // larger files are refused (E0107)
};

ast::Module parse(const SourceFile& file, DiagSink& sink, const ParseOptions& options = {});

}  // namespace charter::dsl
