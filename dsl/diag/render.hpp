// Rendering of diagnostics for people (text with source line and caret) and
// for tools (JSON lines). Phase: CLI and server only. Output is sorted by file
// and offset (emission order breaks ties) so it is stable run to run.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl {

struct RenderOptions {
  size_t max_errors = 50;  // after this many errors, one line says how many were left out
};

// Diagnostics in print order: by file, then offset, then emission order.
std::vector<const Diagnostic*> sorted_for_output(const std::vector<Diagnostic>& diagnostics);

std::string render_text(const SourceMap& sources, const std::vector<Diagnostic>& diagnostics,
                        const RenderOptions& options = {});

// One JSON object per diagnostic, one per line.
std::string render_json(const SourceMap& sources, const std::vector<Diagnostic>& diagnostics,
                        const RenderOptions& options = {});

// A JSON string literal (with quotes) for `text`; invalid UTF-8 becomes U+FFFD.
std::string json_quote(std::string_view text);

}  // namespace charter::dsl
