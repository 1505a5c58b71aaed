// std.contact phone numbers: a number as received → E.164, read with the
// sender's country when it is written in national form. Phase: evaluation.
// libphonenumber does the parsing and the validity checks (its metadata is
// compiled into the Debian library); this unit chooses the region, repairs
// what people paste around numbers and reports method and confidence.
#pragma once

#include <string>
#include <string_view>

#include "stdlib/contact/cleaned.hpp"

namespace charter::stdlib::contact {

enum class PhoneType {
  Unknown,
  FixedLine,
  Mobile,
  FixedLineOrMobile,  // the numbering plan does not tell (US, CA…)
  TollFree,
  PremiumRate,
  SharedCost,
  Voip,
  PersonalNumber,
  Pager,
  Uan,
  Voicemail,
};

/// "fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", … "unknown".
std::string_view phone_type_name(PhoneType type);

struct PhoneResult {
  Cleaned cleaned;         // value: E.164, e.g. "+447700900123"
  bool valid = false;      // in a range assigned for its region; else only possible (right length)
  PhoneType type = PhoneType::Unknown;
  std::string region;      // the number's region ("GB"); may differ from the sender's
  std::string extension;   // "45" for "… ext. 45"; not part of E.164
};

/// Cleans a phone number. `country` is the sender's country as received
/// (alpha-2, alpha-3 or a name: it goes through normalise_country) and may
/// be empty; it is needed only for numbers written without a country code.
/// Methods (joined by "; "):
///   "e164 from international form"   +44 …, 0044 … (the number names its country)
///   "e164 using sender.country GB"   07700 900123 read as a GB number
///   "e164 from 00 prefix"            00… where the sender's country dials out
///                                    differently (or is unknown)
///   "first of several numbers"       "020 7946 0958 / 07700 900123"
///   "letters read as digits"         1-800-FLOWERS
///   "extension kept apart"           … ext. 45
///   "possible only"                  right length, but not in an assigned range
/// Confidence: 0.95 valid and international; 0.9 valid, read with the
/// sender's country (capped by that country's own confidence); 0.8 with
/// letters; 0.6 possible only or first of several (confirm=true).
/// Not ok: empty, no digits, too short, too long, unknown country code, a
/// national number without a usable country, a local number without its
/// area code.
PhoneResult normalise_phone(std::string_view raw, std::string_view country);

}  // namespace charter::stdlib::contact
