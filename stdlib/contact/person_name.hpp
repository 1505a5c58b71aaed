// std.contact person names: a name as typed into a form → a display form.
// Phase: evaluation. Capitalisation is repaired only where the input has
// none to respect (all capitals, all lower case, or a surname in capitals);
// a name the person capitalised themselves is kept as written.
#pragma once

#include <string_view>

#include "stdlib/contact/cleaned.hpp"

namespace charter::stdlib::contact {

/// Cleans a person's name. Always: outer spaces trimmed, inner runs of
/// spaces made one, invisible characters dropped, NFC; bytes that are not
/// UTF-8 read as Windows-1252. Capitalisation, for all-caps or all-lower
/// input, and for words of three or more capitals beside lower-case words
/// ("Jean DUPONT"): each word and each hyphenated part starts with a
/// capital; "Mc" names as "McDonald"; one-letter prefixes before an
/// apostrophe as "O'Neil", "D'Angelo"; particles inside the name stay
/// lower-case ("van der", "de la", "da", "von", "bin", "al"…); roman numeral
/// suffixes as "III". "Mac" is left alone (Macy, Machado). Scripts without
/// case (CJK, Arabic, Hebrew…) are left intact.
/// Methods: "as given", "trimmed", "spaces collapsed", "capitalised from
/// all-caps", "capitalised from lower case", "decoded as Windows-1252",
/// "has digits". Confidence: 1.0 as given or trimmed, 0.95 spaces or NFC,
/// 0.8 capitalised, 0.7 decoded, 0.6 with digits (confirm).
/// Not ok: empty, placeholder ("n/a", "test"), no letters, an e-mail
/// address, longer than 300 bytes.
Cleaned normalise_person_name(std::string_view raw);

}  // namespace charter::stdlib::contact
