// The phrases that mark where a message's new text ends: reply attributions,
// mail-client header blocks, forwarding markers, signatures. Data only, kept
// in message_markers.cpp; every entry is lower case (ASCII and Latin-1
// letters are compared without case, others as written) with single spaces, as a
// line looks after normalise_line(). Phase: evaluation (std.message).
#pragma once

#include <span>
#include <string_view>

namespace charter::stdlib::message::markers {

/// Ends of an attribution line: "On Tue, 5 Mar 2024, Dana <dana@x> wrote:".
std::span<const std::string_view> reply_endings();
/// Openers of an attribution: "on ", "le ", "am ", "el ", "op ", "em ", "il " …
std::span<const std::string_view> reply_openers();
/// Verbs inside an attribution whose sender follows the verb
/// ("Am 05.03.2024 um 10:02 schrieb Dana Roe <dana@x>:").
std::span<const std::string_view> reply_verbs();

/// Verb and date, with the sender before them ("Dana Roe <dana@x> schrieb am
/// 05.03.2024 um 10:02:").
std::span<const std::string_view> reply_verb_dates();

/// Header labels of a quoted or forwarded message block (Outlook, Gmail,
/// Apple Mail, Thunderbird), without the colon: "from", "von", "de" …
std::span<const std::string_view> from_labels();
std::span<const std::string_view> other_header_labels();
/// The labels among those that name the subject ("subject", "betreff" …).
std::span<const std::string_view> subject_labels();
/// Subject prefixes that mark a forward ("fw:", "wg:", "tr:" …).
std::span<const std::string_view> forward_subject_prefixes();

/// "-----Original Message-----" and its translations, without the dashes.
std::span<const std::string_view> original_message_titles();
/// "---------- Forwarded message ---------", "Begin forwarded message:" …,
/// without dashes or the final colon.
std::span<const std::string_view> forward_titles();

/// Footers that mail apps add: "sent from my iphone", "get outlook for ios" …
std::span<const std::string_view> app_footers();
/// Openings of the legal disclaimers that companies append to every message.
std::span<const std::string_view> disclaimer_openers();
/// Sign-offs that open a signature block: "best regards", "cordialement" …
std::span<const std::string_view> closings();

}  // namespace charter::stdlib::message::markers
