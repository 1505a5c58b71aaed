#include "stdlib/contact/phone.hpp"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <exception>
#include <utility>

#include "stdlib/contact/contact_text.hpp"
#include "stdlib/contact/country.hpp"

namespace charter::stdlib::contact {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr size_t kMaxRawBytes = 250;  // libphonenumber's own input limit
constexpr double kPossibleOnly = 0.6;

// The sender's country as a libphonenumber region: "ZZ" when unknown.
struct DefaultRegion {
  std::string code = "ZZ";
  double confidence = 0.0;
};

DefaultRegion default_region(std::string_view country) {
  if (detail::trim(country).empty()) return {};
  Cleaned cleaned = normalise_country(country);
  if (!cleaned.ok) return {};
  return {cleaned.value, cleaned.confidence};
}

size_t count_digits(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// "020 7946 0958 / 07700 900123": the first part, when the field holds two
// or more parts of six digits or more each. Empty when there is one number.
std::string_view first_of_several(std::string_view text) {
  size_t split = text.find_first_of("/;,|");
  if (size_t word = text.find(" or "); word < split) split = word;
  if (split == std::string_view::npos) return {};
  std::string_view first = text.substr(0, split);
  std::string_view second = text.substr(split + 1);
  if (count_digits(first) >= 6 && count_digits(second) >= 6) return first;
  return {};
}

std::string_view length_problem(PhoneNumberUtil::ValidationResult reason) {
  switch (reason) {
    case PhoneNumberUtil::IS_POSSIBLE: return {};
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY: return "local number without its area code";
    case PhoneNumberUtil::INVALID_COUNTRY_CODE: return "unknown country calling code";
    case PhoneNumberUtil::TOO_SHORT: return "too short for its country";
    case PhoneNumberUtil::TOO_LONG: return "too long for its country";
    case PhoneNumberUtil::INVALID_LENGTH: return "wrong length for its country";
  }
  return "not a phone number";
}

std::string_view parse_problem(PhoneNumberUtil::ErrorType error, bool has_region, bool has_plus) {
  switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR: return {};
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
      return has_region || has_plus ? "unknown country calling code"
                                    : "national number without a usable sender.country";
    case PhoneNumberUtil::NOT_A_NUMBER: return "not a phone number";
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN: return "too short to be a phone number";
    case PhoneNumberUtil::TOO_LONG_NSN: return "too long to be a phone number";
  }
  return "not a phone number";
}

PhoneType to_phone_type(PhoneNumberUtil::PhoneNumberType type) {
  switch (type) {
    case PhoneNumberUtil::FIXED_LINE: return PhoneType::FixedLine;
    case PhoneNumberUtil::MOBILE: return PhoneType::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return PhoneType::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE: return PhoneType::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE: return PhoneType::PremiumRate;
    case PhoneNumberUtil::SHARED_COST: return PhoneType::SharedCost;
    case PhoneNumberUtil::VOIP: return PhoneType::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER: return PhoneType::PersonalNumber;
    case PhoneNumberUtil::PAGER: return PhoneType::Pager;
    case PhoneNumberUtil::UAN: return PhoneType::Uan;
    case PhoneNumberUtil::VOICEMAIL: return PhoneType::Voicemail;
    case PhoneNumberUtil::UNKNOWN: return PhoneType::Unknown;
  }
  return PhoneType::Unknown;
}

PhoneResult failed(Cleaned cleaned) {
  PhoneResult result;
  result.cleaned = std::move(cleaned);
  return result;
}

struct Reading {
  PhoneNumber number;
  std::string_view problem;  // empty when the number is at least possible
  PhoneNumberUtil::PhoneNumberType type = PhoneNumberUtil::UNKNOWN;
  bool valid = false;
};

Reading read(const PhoneNumberUtil& util, const std::string& text, const std::string& region) {
  Reading reading;
  auto error = util.ParseAndKeepRawInput(text, region, &reading.number);
  size_t first = text.find_first_not_of(" \t(");
  bool has_plus = first != std::string::npos && (text[first] == '+' || text.compare(first, 5, "tel:+") == 0);
  reading.problem = parse_problem(error, region != "ZZ", has_plus);
  if (!reading.problem.empty()) return reading;
  reading.problem = length_problem(util.IsPossibleNumberWithReason(reading.number));
  if (!reading.problem.empty()) return reading;
  // A number is valid exactly when its region's metadata gives it a type;
  // asking IsValidNumber as well would run the same range patterns twice.
  reading.type = util.GetNumberType(reading.number);
  reading.valid = reading.type != PhoneNumberUtil::UNKNOWN;
  return reading;
}

// "0044 …" where the default region dials out with another prefix (or
// is unknown): read the 00 as "+".
bool starts_with_00(std::string_view text) {
  size_t first = text.find_first_not_of(" \t(");
  return first != std::string_view::npos && text.substr(first, 2) == "00";
}

// Reads the number with the sender's region; when that gives no valid
// number and the text starts with 00, reads the 00 as "+" instead.
Reading read_number(const PhoneNumberUtil& util, std::string_view text, const std::string& region,
                    bool& from_00) {
  Reading reading = read(util, std::string(text), region);
  if (reading.valid || !starts_with_00(text)) return reading;
  std::string international(1, '+');
  international.append(text.substr(text.find("00") + 2));
  Reading retry = read(util, international, "ZZ");
  if (retry.valid || (!reading.problem.empty() && retry.problem.empty())) {
    from_00 = true;
    return retry;
  }
  return reading;
}

PhoneResult clean(const PhoneNumberUtil& util, std::string_view text, const DefaultRegion& region) {
  MethodText notes;
  double score = confidence::kSyntactic;
  if (std::string_view first = first_of_several(text); !first.empty()) {
    text = first;
    notes.append("; first of several numbers");
    score = kPossibleOnly;
  }
  bool from_00 = false;
  Reading reading = read_number(util, text, region.code, from_00);
  if (!reading.problem.empty()) return failed(Cleaned::failure(reading.problem));

  PhoneResult result;
  auto source = reading.number.country_code_source();
  bool national = !from_00 && (source == PhoneNumber::FROM_DEFAULT_COUNTRY ||
                               source == PhoneNumber::FROM_NUMBER_WITHOUT_PLUS_SIGN);
  MethodText method = from_00    ? MethodText("e164 from 00 prefix")
                      : national ? MethodText{"e164 using sender.country ", region.code}
                                 : MethodText("e164 from international form");
  if (national) score = std::min({score, confidence::kContextual, region.confidence});
  bool has_letters = std::any_of(text.begin(), text.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
  if (has_letters && util.IsAlphaNumber(std::string(text))) {
    method.append("; letters read as digits");
    score = std::min(score, confidence::kHeuristic);
  }
  if (reading.number.has_extension()) {
    result.extension = reading.number.extension();
    method.append("; extension kept apart");
  }
  method.append(notes.view());
  if (!reading.valid) {
    method.append("; possible only");
    score = std::min(score, kPossibleOnly);
  }
  std::string e164;
  util.Format(reading.number, PhoneNumberUtil::E164, &e164);
  if (reading.valid) {
    util.GetRegionCodeForNumber(reading.number, &result.region);
  } else {
    util.GetRegionCodeForCountryCode(reading.number.country_code(), &result.region);
  }
  if (result.region == "ZZ" || result.region == "001") result.region.clear();
  result.valid = reading.valid;
  result.type = to_phone_type(reading.type);
  result.cleaned = Cleaned::success(std::move(e164), method, score);
  return result;
}

}  // namespace

std::string_view phone_type_name(PhoneType type) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "unknown",   "fixed_line", "mobile",          "fixed_line_or_mobile", "toll_free", "premium_rate",
      "shared_cost", "voip",     "personal_number", "pager",                "uan",       "voicemail"};
  return kNames[static_cast<size_t>(type)];
}

PhoneResult normalise_phone(std::string_view raw, std::string_view country) {
  if (raw.size() > kMaxRawBytes) return failed(Cleaned::failure("too long to be a phone number"));
  if (!detail::is_valid_utf8(raw)) return failed(Cleaned::failure("not valid UTF-8"));
  std::string text = detail::collapse_spaces(raw);
  if (text.empty()) return failed(Cleaned::failure("empty"));
  if (count_digits(text) == 0 && !PhoneNumberUtil::GetInstance()->IsAlphaNumber(text)) {
    return failed(Cleaned::failure("no digits"));
  }
  try {
    return clean(*PhoneNumberUtil::GetInstance(), text, default_region(country));
  } catch (const std::exception&) {
    return failed(Cleaned::failure("phone number library failed on this input"));
  }
}

}  // namespace charter::stdlib::contact
