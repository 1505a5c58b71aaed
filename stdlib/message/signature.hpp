// Where the sender's signature starts at the end of the new text of a
// message. Internal to std.message (latest_part.cpp). Phase: evaluation.
#pragma once

#include <span>
#include <string_view>

#include "stdlib/message/latest_part.hpp"
#include "stdlib/message/message_lines.hpp"

namespace charter::stdlib::message {

struct SignatureStart {
  size_t line;  // == the `last` passed in when there is no signature
  RemovedBy by;
};

/// Looks at lines [first, last) of `body` (the last piece of new text, `last`
/// past its last non-blank line) for, in order of precedence: a "-- "
/// delimiter; a legal disclaimer; a mail-app footer with only signature
/// lines after it; a sign-off ("Best regards,") within the last eight lines
/// above those, with only name, title, company or contact lines after it.
SignatureStart find_signature(std::string_view body, std::span<const Line> lines, size_t first,
                              size_t last);

}  // namespace charter::stdlib::message
