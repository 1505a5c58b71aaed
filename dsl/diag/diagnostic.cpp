#include "dsl/diag/diagnostic.hpp"

#include <array>

namespace charter::dsl {
namespace {

constexpr std::array kKinds = {
#define CHARTER_DIAG(name, code, severity, summary) \
  DiagKindInfo{#name, code, Severity::severity, summary},
#include "dsl/diag/diagnostic_kinds.def"
#undef CHARTER_DIAG
};

}  // namespace

const DiagKindInfo& info(DiagKind kind) { return kKinds[static_cast<size_t>(kind)]; }

std::span<const DiagKindInfo> all_diag_kinds() { return kKinds; }

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic& DiagSink::emit(DiagKind kind, Span span, std::string message) {
  const Severity severity = info(kind).severity;
  if (severity == Severity::Error) ++error_count_;
  diagnostics_.push_back(Diagnostic{kind, severity, span, std::move(message), {}, {}, {}});
  return diagnostics_.back();
}

void DiagSink::clear() {
  diagnostics_.clear();
  error_count_ = 0;
}

}  // namespace charter::dsl
