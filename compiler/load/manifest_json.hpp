// The JSON layer of a bundle manifest: the keys and values of bundle.json
// with the spans they were written at. Phase: load. Reports what JSON alone
// can tell (syntax, value types, unknown and repeated keys) and leaves what
// the values mean to manifest.cpp. Spans point into the manifest's SourceFile.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::compiler {

// A JSON string: its unescaped text and the span of the token (with quotes).
struct JsonString {
  std::string value;
  dsl::Span span;
};

struct ManifestJson {
  bool is_object = false;              // the text is JSON and its root is an object
  dsl::Span object_span;               // the root object's `{`
  std::vector<std::string> keys;       // every key given, first occurrence only
  std::optional<JsonString> name;
  std::optional<JsonString> version;
  std::optional<JsonString> effective_from;
  std::optional<JsonString> fixtures;
  std::optional<std::vector<JsonString>> accepted;  // "coverage": {"accepted": [...]}, the string entries
  std::optional<std::vector<JsonString>> modules;  // the string entries
  dsl::Span modules_span;              // the `[` of `modules`

  bool has(std::string_view key) const;
};

ManifestJson read_manifest_json(const dsl::SourceFile& file, dsl::DiagSink& sink);

}  // namespace charter::compiler
