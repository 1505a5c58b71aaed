// Turns what the parser raised, and problems with the bytes of the source,
// into diagnostics: the `{found}` token named, the span placed on it (or on
// the opening quote of an unclosed string), a keyword suggested for a typo.
// Phase: parse.
#pragma once

#include <cstdint>
#include <vector>

#include "dsl/diag/diagnostic.hpp"
#include "dsl/parse/parse_state.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl::parse_detail {

// Reports invalid UTF-8 and NUL bytes; returns their offsets.
std::vector<uint32_t> check_encoding(const SourceFile& file, DiagSink& sink);

void report_syntax_errors(const SourceFile& file, const ParseState& state,
                          const std::vector<uint32_t>& bad_bytes, DiagSink& sink);

}  // namespace charter::dsl::parse_detail
