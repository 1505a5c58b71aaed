// The lines of an e-mail body and what each one looks like: quoted, blank, a
// reply attribution, a header line, a forwarding or signature marker.
// Internal to std.message (latest_part.cpp). Phase: evaluation. Lines are
// offsets into the body; the line array lives in the caller's arena.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "stdlib/core/arena.hpp"

namespace charter::stdlib::message {

struct Line {
  uint32_t begin;        // first byte
  uint32_t end;          // one past the last byte, before "\r\n", "\n" or "\r"
  uint32_t next;         // where the next line begins
  uint8_t quote_depth;   // number of leading ">" markers
  bool blank;            // only white space (after the quote markers)
};

std::span<Line> split_lines(std::string_view body, Arena& arena);

/// A marker-sized line (at most kMaxMarkerLine bytes) normalised for
/// comparison with the marker data: ASCII and Latin-1 lower case, every run of white
/// space (NBSP and U+202F included) one space, trimmed. Empty when longer.
inline constexpr size_t kMaxMarkerLine = 400;
struct NormalLine {
  char data[kMaxMarkerLine];
  size_t size = 0;
  std::string_view view() const { return {data, size}; }
};
bool normalise_line(std::string_view raw, NormalLine& out);
/// Appends `raw`, normalised, after a space; false when it does not fit.
bool append_normalised(std::string_view raw, NormalLine& out);

enum class HeaderLabel : uint8_t { None, From, Subject, Other };
/// "From: …", "*Von:* …", "De : …": the label of a header line, if known.
HeaderLabel header_label(std::string_view normal, std::string_view* value = nullptr);

bool is_forward_title(std::string_view normal);
bool is_original_message_title(std::string_view normal);
bool is_forward_subject(std::string_view subject_value);
/// A horizontal rule: eight or more "_" (Outlook) or "-" and nothing else.
bool is_rule(std::string_view normal);
/// A cheap test on a raw line: false when it cannot be (or start) a reply
/// attribution, a header line, a rule or a forwarding title.
bool may_be_marker(std::string_view raw);
/// The text of an attribution ("On … wrote:", "Le … a écrit :" …).
bool looks_like_attribution(std::string_view normal);
bool starts_with_reply_opener(std::string_view normal);
/// "-- " (RFC 3676) or "--" alone on the line.
bool is_signature_delimiter(std::string_view raw);
bool is_app_footer(std::string_view normal);
bool is_disclaimer(std::string_view normal);
/// A sign-off line: "Best regards,", "Thanks, Dana", "Cordialement" … (a
/// name after the phrase must be capitalised in `raw`).
bool is_closing(std::string_view raw, std::string_view normal);
/// A line that may follow a sign-off in a signature block: a name, a title,
/// a company, contact details. Sentences and postscripts are not.
bool is_signature_line(std::string_view raw, std::string_view normal);

}  // namespace charter::stdlib::message
