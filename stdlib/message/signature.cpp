#include "stdlib/message/signature.hpp"

namespace charter::stdlib::message {
namespace {

constexpr size_t kMaxSignatureLines = 8;   // how far up from the end a sign-off may be
constexpr size_t kMaxFooterLines = 40;     // how far up a disclaimer or app footer may be

std::string_view raw_line(std::string_view body, const Line& line) {
  return body.substr(line.begin, line.end - line.begin);
}

// True when every non-blank line in (from, last) may belong to a signature.
bool only_signature_lines_after(std::string_view body, std::span<const Line> lines, size_t from,
                                size_t last) {
  NormalLine normal;
  for (size_t i = from + 1; i < last; ++i) {
    if (lines[i].blank) continue;
    const std::string_view raw = raw_line(body, lines[i]);
    if (!normalise_line(raw, normal) || lines[i].quote_depth > 0) return false;
    if (!is_app_footer(normal.view()) && !is_signature_line(raw, normal.view())) return false;
  }
  return true;
}

}  // namespace

SignatureStart find_signature(std::string_view body, std::span<const Line> lines, size_t first,
                              size_t last) {
  SignatureStart found{last, RemovedBy::SignatureDelimiter};
  NormalLine normal;
  for (size_t i = first; i < last; ++i) {
    if (is_signature_delimiter(raw_line(body, lines[i]))) return {i, RemovedBy::SignatureDelimiter};
  }
  // One pass over the last lines: a disclaimer runs to the end, whatever it
  // says; an app footer above it counts when only signature lines follow.
  const size_t window = last - first > kMaxFooterLines ? last - kMaxFooterLines : first;
  size_t footer = last;
  for (size_t i = window; i < last; ++i) {
    if (lines[i].blank || !normalise_line(raw_line(body, lines[i]), normal)) continue;
    if (is_disclaimer(normal.view())) {
      found = {i, RemovedBy::Disclaimer};
      break;
    }
    if (footer == last && is_app_footer(normal.view())) footer = i;
  }
  if (footer < found.line && only_signature_lines_after(body, lines, footer, found.line)) {
    found = {footer, RemovedBy::AppFooter};
  }
  // The sign-off nearest the top of the allowed window wins, so that
  // "Thanks,\nDana\n\nBest regards" loses both.
  size_t seen = 0;
  size_t closing = last;
  for (size_t i = found.line; i-- > first && seen < kMaxSignatureLines;) {
    if (lines[i].blank) continue;
    ++seen;
    if (!normalise_line(raw_line(body, lines[i]), normal)) break;
    if (is_closing(raw_line(body, lines[i]), normal.view()) &&
        only_signature_lines_after(body, lines, i, found.line)) {
      closing = i;
    } else if (!is_signature_line(raw_line(body, lines[i]), normal.view())) {
      break;  // a sentence: the signature, if any, is below it
    }
  }
  if (closing < found.line) return {closing, RemovedBy::Closing};
  return found;
}

}  // namespace charter::stdlib::message
