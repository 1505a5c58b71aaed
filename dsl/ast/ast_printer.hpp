// The AST as stable text: one line per declaration, rule, row and entry,
// expressions as one-line S-expressions. Phase: parse (output). Used by
// `charter parse --dump=ast`, the golden parser tests, and the formatter's
// "same tree" check (printed without spans).
#pragma once

#include <string>

#include "dsl/ast/ast.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl::ast {

struct PrintOptions {
  bool spans = true;  // append `@line:col-line:col` to nodes
};

std::string print_ast(const Module& module, const SourceFile& file, const PrintOptions& options = {});

// One expression as an S-expression, without spans.
std::string print_expr(const Module& module, ExprId id);

// A number the way the AST printer and the formatter write it: the shortest
// text that reads back as the same double, with `.0` kept for a number that
// was written with a fraction or exponent.
std::string format_number(const NumberLit& number);

}  // namespace charter::dsl::ast
