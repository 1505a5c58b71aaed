// Sharper syntax errors for the mistakes people make most: a character that
// starts no token (`;`, `&&`, curly quotes, `≥`), an unknown duration unit
// (`5min`), `=` where `==` was meant, a value where a type belongs. Phase:
// parse. syntax_errors.cpp builds the generic diagnostic from the grammar's
// error_message; `refine` then rewrites it when the text around shows more.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl::parse_detail {

// A syntax diagnostic before it is emitted.
struct Hint {
  DiagKind kind;
  std::string message;
  std::optional<std::string> help;
  Span span;
  std::optional<DiagFix> fix;
};

// "U+00E9": the code point of the UTF-8 character at text[offset].
std::string code_point_name(std::string_view text, size_t offset);

// Rewrites `hint` for the error that grammar rule `rule` raised at `offset`,
// in the declaration that starts at `declaration`, when a better one is known.
void refine(const SourceFile& file, std::string_view rule, uint32_t offset, uint32_t declaration,
            Hint& hint);

}  // namespace charter::dsl::parse_detail
