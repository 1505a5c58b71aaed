// Diagnostics: plain data describing one problem found in a policy or event.
// Phase: emitted by every phase into a DiagSink; rendered only by the CLI and
// the server (text for people, JSON for tools). A Diagnostic owns its strings.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dsl/source/source_file.hpp"

namespace charter::dsl {

enum class DiagKind : uint16_t {
#define CHARTER_DIAG(name, code, severity, summary) name,
#include "dsl/diag/diagnostic_kinds.def"
#undef CHARTER_DIAG
};

enum class Severity : uint8_t { Note, Warning, Error };

struct DiagKindInfo {
  std::string_view name;
  std::string_view code;
  Severity severity;
  std::string_view summary;
};

const DiagKindInfo& info(DiagKind kind);
std::span<const DiagKindInfo> all_diag_kinds();
std::string_view to_string(Severity severity);

struct DiagNote {
  Span span;
  std::string message;
};

// A suggested edit: replace `span` with `replacement`.
struct DiagFix {
  Span span;
  std::string replacement;
};

struct Diagnostic {
  DiagKind kind;
  Severity severity;
  Span span;
  std::string message;
  std::vector<DiagNote> notes;
  std::optional<std::string> help;
  std::optional<DiagFix> fix;
};

// Collects diagnostics in emission order. Phases never print, throw or exit.
class DiagSink {
 public:
  // Emits with the kind's default severity; returns the diagnostic so the
  // caller can attach notes, help or a fix.
  Diagnostic& emit(DiagKind kind, Span span, std::string message);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  size_t error_count() const { return error_count_; }
  bool has_errors() const { return error_count_ > 0; }
  void clear();

 private:
  std::vector<Diagnostic> diagnostics_;
  size_t error_count_ = 0;
};

}  // namespace charter::dsl
