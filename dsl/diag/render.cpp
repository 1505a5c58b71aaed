#include "dsl/diag/render.hpp"

#include <algorithm>
#include <numeric>

#include "dsl/source/json_string.hpp"

namespace charter::dsl {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Appends `text` with every invalid UTF-8 byte and every control character
// other than tab replaced by U+FFFD, one replacement per bad byte, so the
// character count (and so caret alignment) is unchanged.
void append_printable(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const size_t length = utf8_sequence_length(text, i);
    if (length == 0 || (byte < 0x20 && byte != '\t') || byte == 0x7F) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
}

std::string location(const SourceMap& sources, Span span) {
  const SourceFile& file = sources.get(span.file);
  const LineCol at = file.line_col(span.begin);
  return file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

void render_snippet(std::string& out, const SourceFile& file, Span span) {
  const LineCol at = file.line_col(span.begin);
  const std::string line_number = std::to_string(at.line);
  const std::string gutter(line_number.size(), ' ');
  const std::string_view line = file.line_text(at.line);
  out += line_number + " | ";
  append_printable(out, line);
  out += '\n';
  out += gutter + " | ";
  // Keep tabs where the source has them so the caret lines up in any terminal.
  const uint32_t line_begin = file.line_start(at.line);
  const std::string_view before = line.substr(0, std::min<size_t>(span.begin - line_begin, line.size()));
  for (size_t i = 0; i < before.size();) {
    out += before[i] == '\t' ? '\t' : ' ';
    const size_t length = utf8_sequence_length(before, i);
    i += length == 0 ? 1 : length;
  }
  const uint32_t span_end_in_line =
      std::min<uint32_t>(span.end, line_begin + static_cast<uint32_t>(line.size()));
  uint32_t width = 1;
  if (span_end_in_line > span.begin) {
    width = std::max<uint32_t>(
        1, count_characters(file.text().substr(span.begin, span_end_in_line - span.begin)));
  }
  out += std::string(width, '^');
  out += '\n';
}

void append_json_field(std::string& out, std::string_view key, std::string_view raw_value,
                       bool& first) {
  if (!first) out += ',';
  first = false;
  out += json_quote(key);
  out += ':';
  out += raw_value;
}

void append_json_location(std::string& out, const SourceMap& sources, Span span, bool& first) {
  const SourceFile& file = sources.get(span.file);
  const LineCol at = file.line_col(span.begin);
  const LineCol end = file.line_col(span.end);
  append_json_field(out, "file", json_quote(file.path()), first);
  append_json_field(out, "line", std::to_string(at.line), first);
  append_json_field(out, "column", std::to_string(at.column), first);
  append_json_field(out, "end_line", std::to_string(end.line), first);
  append_json_field(out, "end_column", std::to_string(end.column), first);
  append_json_field(out, "offset", std::to_string(span.begin), first);
  append_json_field(out, "length", std::to_string(span.size()), first);
}

// "The parser gave up here" is always shown: without it the output would
// not say that the rest of the file went unread.
bool counts_against_limit(const Diagnostic& d) {
  return d.severity == Severity::Error && d.kind != DiagKind::TooManyErrors;
}

}  // namespace

std::vector<const Diagnostic*> sorted_for_output(const std::vector<Diagnostic>& diagnostics) {
  std::vector<const Diagnostic*> order;
  order.reserve(diagnostics.size());
  for (const Diagnostic& d : diagnostics) order.push_back(&d);
  std::stable_sort(order.begin(), order.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->span.file != b->span.file) return a->span.file < b->span.file;
    return a->span.begin < b->span.begin;
  });
  return order;
}

std::string render_text(const SourceMap& sources, const std::vector<Diagnostic>& diagnostics,
                        const RenderOptions& options) {
  std::string out;
  size_t errors = 0;
  size_t left_out = 0;
  for (const Diagnostic* d : sorted_for_output(diagnostics)) {
    if (counts_against_limit(*d)) {
      if (errors == options.max_errors) {
        ++left_out;
        continue;
      }
      ++errors;
    }
    out += location(sources, d->span);
    out += ": ";
    out += to_string(d->severity);
    out += '[';
    out += info(d->kind).code;
    out += "]: ";
    out += d->message;
    out += '\n';
    render_snippet(out, sources.get(d->span.file), d->span);
    if (d->help) {
      const uint32_t line = sources.get(d->span.file).line_col(d->span.begin).line;
      out += std::string(std::to_string(line).size(), ' ') + " = help: " + *d->help + '\n';
    }
    for (const DiagNote& note : d->notes) {
      out += location(sources, note.span) + ": note: " + note.message + '\n';
    }
  }
  if (left_out > 0) {
    out += "error: " + std::to_string(left_out) + " more error" + (left_out == 1 ? "" : "s") +
           " left out (the first " + std::to_string(options.max_errors) + " are shown)\n";
  }
  return out;
}

std::string render_json(const SourceMap& sources, const std::vector<Diagnostic>& diagnostics,
                        const RenderOptions& options) {
  std::string out;
  size_t errors = 0;
  size_t left_out = 0;
  for (const Diagnostic* d : sorted_for_output(diagnostics)) {
    if (counts_against_limit(*d)) {
      if (errors == options.max_errors) {
        ++left_out;
        continue;
      }
      ++errors;
    }
    bool first = true;
    out += '{';
    append_json_field(out, "severity", json_quote(to_string(d->severity)), first);
    append_json_field(out, "code", json_quote(info(d->kind).code), first);
    append_json_field(out, "kind", json_quote(info(d->kind).name), first);
    append_json_location(out, sources, d->span, first);
    append_json_field(out, "message", json_quote(d->message), first);
    if (d->help) append_json_field(out, "help", json_quote(*d->help), first);
    if (!d->notes.empty()) {
      std::string notes = "[";
      for (size_t i = 0; i < d->notes.size(); ++i) {
        if (i > 0) notes += ',';
        bool note_first = true;
        notes += '{';
        append_json_location(notes, sources, d->notes[i].span, note_first);
        append_json_field(notes, "message", json_quote(d->notes[i].message), note_first);
        notes += '}';
      }
      notes += ']';
      append_json_field(out, "notes", notes, first);
    }
    if (d->fix) {
      std::string fix = "{";
      bool fix_first = true;
      append_json_location(fix, sources, d->fix->span, fix_first);
      append_json_field(fix, "replacement", json_quote(d->fix->replacement), fix_first);
      fix += '}';
      append_json_field(out, "fix", fix, first);
    }
    out += "}\n";
  }
  if (left_out > 0) {
    out += "{\"severity\":\"note\",\"code\":\"E0199\",\"message\":" +
           json_quote(std::to_string(left_out) + " more errors left out") + "}\n";
  }
  return out;
}

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text);
  return out;
}

}  // namespace charter::dsl
