// std.message latest_part: the new, authoritative text of an e-mail body,
// without the earlier messages it quotes, the messages it forwards, or the
// sender's signature; plus what was removed and why, for the explanation.
// Phase: evaluation. Input: the body as received (UTF-8, possibly invalid).
// Output: views into the body, or into the caller's arena when the new text
// is in several pieces (an answer written between quoted lines); the arrays
// of ranges live in the arena too, until it is reset.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "stdlib/core/arena.hpp"

namespace charter::stdlib::message {

enum class RemovedKind : uint8_t {
  QuotedReply,  // an earlier message quoted in a reply
  Forwarded,    // a forwarded message, or the header block above one
  Signature,    // the sender's sign-off, signature block or mail-app footer
};

enum class RemovedBy : uint8_t {
  QuoteMarks,         // lines starting with ">"
  Attribution,        // "On … wrote:", "Le … a écrit :", "Am … schrieb …:"
  HeaderBlock,        // "From: / Sent: / To: / Subject:" (and translations)
  OriginalMessage,    // "-----Original Message-----" (and translations)
  ForwardTitle,       // "---------- Forwarded message ---------", "Begin forwarded message:"
  SignatureDelimiter, // "-- "
  AppFooter,          // "Sent from my iPhone", "Get Outlook for iOS"
  Disclaimer,         // "This email and any attachments are confidential…"
  Closing,            // "Best regards," followed by a name block
};

struct Removed {
  RemovedKind kind;
  RemovedBy by;
  uint32_t begin, end;    // byte range in the body
  std::string_view line;  // the line that identified it (a view into the body)
};

struct TextRange {
  uint32_t begin, end;  // byte range in the body
};

struct LatestPart {
  /// The new text. One piece: a view into the body. Several pieces (replies
  /// written between quoted lines): joined with a blank line, in the arena.
  /// Empty when the message adds nothing to what it quotes.
  std::string_view text;
  std::span<const TextRange> pieces;  // where the new text is in the body
  std::span<const Removed> removed;   // in body order
  /// Nothing was written above a forwarded message, so the new text is the
  /// forwarded message's own (without its header block).
  bool from_forwarded = false;
};

/// Splits `body` into its new part and what it quotes, forwards or signs.
/// Deterministic, never reads outside `body`, allocates only from `arena`.
LatestPart latest_part(std::string_view body, Arena& arena);

std::string_view removed_kind_name(RemovedKind kind);
std::string_view removed_by_name(RemovedBy by);

}  // namespace charter::stdlib::message
