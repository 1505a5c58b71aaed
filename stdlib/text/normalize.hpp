// std.text normalisation: case, Unicode normal forms, whitespace. Phase:
// evaluation (derived text computed once per event) and prepare time
// (keywords). Results are views: the input itself when nothing changes (the
// common ASCII case), otherwise text written into the caller's arena, valid
// until that arena is reset. The Unicode functions turn each invalid UTF-8
// byte into U+FFFD; ascii_lower and collapse_whitespace keep bytes as they are.
#pragma once

#include <string_view>

#include "stdlib/core/arena.hpp"

namespace charter::stdlib::text {

/// ASCII lower-case (A-Z only; every other byte unchanged). Returns `text`
/// itself when it has no upper-case ASCII letter.
std::string_view ascii_lower(std::string_view text, Arena& arena);

/// Writes the ASCII lower-case of `text` to `out` (`text.size()` bytes).
void ascii_lower_to(std::string_view text, char* out);

/// Unicode full case folding (CaseFolding.txt, status C+F, no Turkic
/// tailoring) followed by NFC: "STRASSE", "Straße" and "strasse" all become
/// "strasse"; "İ" (U+0130) becomes "i̇" (i + U+0307) and "ı" (U+0131) stays
/// itself, so Turkish dotted/dotless i are not merged with i. ASCII input
/// takes the ascii_lower fast path.
std::string_view fold_case(std::string_view text, Arena& arena);

/// Canonical composition (NFC): "e" + U+0301 becomes "é".
std::string_view normalize_nfc(std::string_view text, Arena& arena);

/// Compatibility composition (NFKC): also maps ligatures, full-width forms,
/// superscripts and NBSP to their plain forms ("ﬁ" → "fi", "Ｐ" → "P").
std::string_view normalize_nfkc(std::string_view text, Arena& arena);

/// Every run of Unicode white space (space, tab, line breaks, NBSP, U+2000..
/// U+200A, U+3000, …) becomes one ASCII space; leading and trailing white
/// space is removed. Returns `text` itself when it is already in that form.
std::string_view collapse_whitespace(std::string_view text, Arena& arena);

/// `text` with each invalid UTF-8 byte replaced by U+FFFD; `text` itself
/// when it is valid.
std::string_view sanitize_utf8(std::string_view text, Arena& arena);

}  // namespace charter::stdlib::text
