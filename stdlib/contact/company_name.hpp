// std.contact company names: a display form as the company is written, and
// a comparison key for matching the same company written differently.
// Phase: evaluation. The display form keeps the company's own spelling and
// capitalisation (IBM, eBay, ACME LTD); only the key is folded.
#pragma once

#include <string>
#include <string_view>

#include "stdlib/contact/cleaned.hpp"

namespace charter::stdlib::contact {

struct CompanyName {
  Cleaned display;              // value: the name as written, spaces and encoding repaired
  std::string key;              // comparison key; empty when !display.ok
  std::string_view legal_form;  // "Ltd", "GmbH", "LLC"… as found at the end; empty if none
};

/// Cleans a company field. Display: outer spaces trimmed, inner runs made
/// one, invisible characters dropped, NFC, bytes that are not UTF-8 read as
/// Windows-1252; nothing else. Methods and confidence: "as given" or
/// "trimmed" 1.0, "spaces collapsed" 0.95, "decoded as Windows-1252" 0.7.
/// Key: case-folded, accents and punctuation removed, "&" and "and" and a
/// leading "the" dropped, then trailing legal forms removed ("Acme Holdings
/// Co., Ltd." → "acme holdings"). Not ok: empty, placeholder ("n/a"), a
/// person rather than a company ("self-employed", "individual"), no letters
/// or digits, longer than 300 bytes.
CompanyName normalise_company(std::string_view raw);

/// Only the comparison key of normalise_company (empty when not ok).
std::string company_key(std::string_view raw);

}  // namespace charter::stdlib::contact
