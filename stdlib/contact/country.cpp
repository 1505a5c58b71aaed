#include "stdlib/contact/country.hpp"

#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "stdlib/contact/contact_text.hpp"

namespace charter::stdlib::contact {
namespace {

constexpr size_t kMaxRawBytes = 200;

// Names people use that CLDR does not carry (or carries only as a variant
// other than the one used): key text as written, code, confidence.
struct Variant {
  std::string_view name;
  std::string_view code;
  double confidence;
};
constexpr Variant kVariants[] = {
    {"Great Britain", "GB", confidence::kContextual},  {"Britain", "GB", confidence::kContextual},
    {"England", "GB", confidence::kContextual},        {"Scotland", "GB", confidence::kContextual},
    {"Wales", "GB", confidence::kContextual},          {"Northern Ireland", "GB", confidence::kContextual},
    {"United Kingdom of Great Britain and Northern Ireland", "GB", confidence::kSyntactic},
    {"United States of America", "US", confidence::kSyntactic},
    {"America", "US", confidence::kHeuristic},         {"Holland", "NL", confidence::kContextual},
    {"UAE", "AE", confidence::kContextual},            {"Emirates", "AE", confidence::kHeuristic},
    {"KSA", "SA", confidence::kContextual},            {"Saudi", "SA", confidence::kContextual},
    {"Russian Federation", "RU", confidence::kSyntactic}, {"Republic of Korea", "KR", confidence::kSyntactic},
    {"Korea", "KR", confidence::kLikely},              {"DPRK", "KP", confidence::kContextual},
    {"Viet Nam", "VN", confidence::kSyntactic},        {"Macedonia", "MK", confidence::kContextual},
    {"Swaziland", "SZ", confidence::kContextual},      {"Burma", "MM", confidence::kContextual},
    {"Turkey", "TR", confidence::kContextual},         {"Bharat", "IN", confidence::kContextual},
    {"PRC", "CN", confidence::kContextual},            {"Mainland China", "CN", confidence::kContextual},
    {"People's Republic of China", "CN", confidence::kSyntactic},
    {"Vatican", "VA", confidence::kContextual},        {"East Timor", "TL", confidence::kContextual},
    {"Bosnia", "BA", confidence::kContextual},         {"Trinidad", "TT", confidence::kHeuristic},
    {"Eire", "IE", confidence::kContextual},           {"Republic of Ireland", "IE", confidence::kSyntactic},
    {"Aotearoa", "NZ", confidence::kContextual},       {"RSA", "ZA", confidence::kHeuristic},
    {"Macau", "MO", confidence::kContextual},          {"Nippon", "JP", confidence::kContextual},
    {"Nihon", "JP", confidence::kContextual},          {"Czech Republic", "CZ", confidence::kSyntactic},
    {"Ivory Coast", "CI", confidence::kContextual},    {"Cape Verde", "CV", confidence::kContextual},
    {"Falklands", "FK", confidence::kContextual},      {"Persia", "IR", confidence::kHeuristic},
    {"Slovak Republic", "SK", confidence::kSyntactic}, {"Kyrgyz Republic", "KG", confidence::kSyntactic},
    {"Lao PDR", "LA", confidence::kSyntactic},         {"Brunei Darussalam", "BN", confidence::kSyntactic},
    {"Syrian Arab Republic", "SY", confidence::kSyntactic},
    {"Iran, Islamic Republic of", "IR", confidence::kSyntactic},
    {"Tanzania, United Republic of", "TZ", confidence::kSyntactic},
    {"Moldova, Republic of", "MD", confidence::kSyntactic},
    {"Venezuela, Bolivarian Republic of", "VE", confidence::kSyntactic},
    {"Bolivia, Plurinational State of", "BO", confidence::kSyntactic},
    {"Taiwan, Province of China", "TW", confidence::kSyntactic},
};

// Languages whose complete CLDR country-name tables are indexed; every
// country's own likely language adds its own name as well.
constexpr const char* kNameLanguages[] = {"fr", "de", "es", "it", "pt", "nl"};

struct Entry {
  std::string code;  // empty: the key names several countries
  double confidence;
  std::string_view method;
};

struct CountryIndex {
  std::vector<std::string> alpha2;                          // sorted
  std::unordered_map<std::string, std::string> alpha3;       // "GBR" → "GB"
  std::unordered_map<std::string, std::string> english;      // "GB" → "United Kingdom"
  std::unordered_map<std::string, Entry> by_key;             // folded name → entry
};

// The matching key of a name: folded (case, accents, punctuation), without
// a leading "the" and any "and", "saint" as "st", and spelled-out initials
// joined ("U. S. A." → "usa").
std::string country_key(std::string_view name) {
  std::string folded = detail::fold_key(name);
  std::vector<std::string_view> tokens;
  std::string_view rest = folded;
  while (!rest.empty()) {
    size_t space = std::min(rest.find(' '), rest.size());
    std::string_view token = rest.substr(0, space);
    rest.remove_prefix(std::min(space + 1, rest.size()));
    if (token == "and" || (token == "the" && tokens.empty())) continue;
    tokens.push_back(token == "saint" ? std::string_view("st") : token);
  }
  bool initials = tokens.size() > 1 &&
                  std::all_of(tokens.begin(), tokens.end(), [](auto t) { return t.size() == 1; });
  std::string key;
  for (std::string_view token : tokens) {
    if (!key.empty() && !initials) key.push_back(' ');
    key.append(token);
  }
  return key;
}

std::string to_utf8(const UChar* text, int32_t length) {
  std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, text, length, &status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<size_t>(written));
  return out;
}

// A batch of (key, code) from one source; a key naming two countries within
// the batch is ambiguous. Earlier batches win over later ones.
void add_batch(CountryIndex& index, std::vector<std::pair<std::string, std::string>> batch,
               double level, std::string_view method) {
  std::sort(batch.begin(), batch.end());
  for (size_t i = 0; i < batch.size();) {
    size_t j = i + 1;
    bool ambiguous = false;
    for (; j < batch.size() && batch[j].first == batch[i].first; ++j) {
      ambiguous = ambiguous || batch[j].second != batch[i].second;
    }
    if (!batch[i].first.empty()) {
      index.by_key.try_emplace(batch[i].first, Entry{ambiguous ? "" : batch[i].second, level, method});
    }
    i = j;
  }
}

void add_name(std::vector<std::pair<std::string, std::string>>& batch, std::string_view name,
              const std::string& code) {
  batch.emplace_back(country_key(name), code);
  if (size_t paren = name.find('('); paren != std::string_view::npos && paren > 0) {
    batch.emplace_back(country_key(name.substr(0, paren)), code);  // "Myanmar (Burma)"
  }
}

// Every entry of one CLDR table ("Countries", "Countries%short", …) of one
// language, restricted to ISO 3166-1 codes.
void read_table(const CountryIndex& index, const char* language, const char* table,
                std::vector<std::pair<std::string, std::string>>& batch,
                std::unordered_map<std::string, std::string>* names_out = nullptr) {
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "region", language, &status);
  UResourceBundle* names = U_SUCCESS(status) ? ures_getByKey(bundle, table, nullptr, &status) : nullptr;
  while (U_SUCCESS(status) && names != nullptr && ures_hasNext(names)) {
    const char* key = nullptr;
    int32_t length = 0;
    const UChar* text = ures_getNextString(names, &length, &key, &status);
    if (U_FAILURE(status) || key == nullptr) break;
    std::string code(key);
    if (!std::binary_search(index.alpha2.begin(), index.alpha2.end(), code)) continue;
    std::string name = to_utf8(text, length);
    if (names_out != nullptr) names_out->emplace(code, name);
    add_name(batch, name, code);
  }
  if (names != nullptr) ures_close(names);
  if (bundle != nullptr) ures_close(bundle);
}

std::string likely_language(const std::string& code) {
  std::string locale = "und_" + code;
  std::array<char, ULOC_FULLNAME_CAPACITY> full{};
  std::array<char, ULOC_LANG_CAPACITY> language{};
  UErrorCode status = U_ZERO_ERROR;
  uloc_addLikelySubtags(locale.c_str(), full.data(), static_cast<int32_t>(full.size()), &status);
  if (U_FAILURE(status)) return {};
  uloc_getLanguage(full.data(), language.data(), static_cast<int32_t>(language.size()), &status);
  return U_SUCCESS(status) ? std::string(language.data()) : std::string();
}

void add_native_names(CountryIndex& index) {
  std::map<std::string, std::vector<std::string>> by_language;  // ordered: deterministic
  for (const std::string& code : index.alpha2) by_language[likely_language(code)].push_back(code);
  std::vector<std::pair<std::string, std::string>> batch;
  for (const auto& [language, codes] : by_language) {
    if (language.empty() || language == "en") continue;
    std::vector<std::pair<std::string, std::string>> all;
    read_table(index, language.c_str(), "Countries", all);
    for (auto& [key, code] : all) {
      if (std::find(codes.begin(), codes.end(), code) != codes.end()) batch.emplace_back(key, code);
    }
  }
  add_batch(index, std::move(batch), confidence::kContextual, "name in another language");
}

CountryIndex build_index() {
  CountryIndex index;
  for (const char* const* code = uloc_getISOCountries(); code != nullptr && *code != nullptr; ++code) {
    index.alpha2.emplace_back(*code);
  }
  std::sort(index.alpha2.begin(), index.alpha2.end());
  for (const std::string& code : index.alpha2) {
    std::string locale = "und_" + code;
    std::string_view three = uloc_getISO3Country(locale.c_str());
    if (three.size() == 3) index.alpha3.emplace(std::string(three), code);
  }
  std::vector<std::pair<std::string, std::string>> batch;
  read_table(index, "en", "Countries", batch, &index.english);
  add_batch(index, std::move(batch), confidence::kSyntactic, "english name");
  std::vector<std::pair<std::string, std::string>> common;
  for (const Variant& variant : kVariants) {
    index.by_key.try_emplace(country_key(variant.name),
                             Entry{std::string(variant.code), variant.confidence, "common name"});
  }
  read_table(index, "en", "Countries%short", common);
  read_table(index, "en", "Countries%variant", common);
  add_batch(index, std::move(common), confidence::kContextual, "common name");
  add_native_names(index);
  for (const char* language : kNameLanguages) {
    std::vector<std::pair<std::string, std::string>> other;
    read_table(index, language, "Countries", other);
    add_batch(index, std::move(other), confidence::kContextual, "name in another language");
  }
  return index;
}

const CountryIndex& country_index() {
  static const CountryIndex index = build_index();  // thread-safe, once
  return index;
}

Cleaned from_code(std::string_view text) {
  const CountryIndex& index = country_index();
  bool upper = std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  std::string code = detail::ascii_upper(text);
  if (code.size() == 2) {
    if (code == "UK") return Cleaned::success("GB", "uk read as GB", confidence::kContextual);
    if (std::binary_search(index.alpha2.begin(), index.alpha2.end(), code)) {
      return Cleaned::success(code, "iso alpha-2", upper ? confidence::kExact : confidence::kContextual);
    }
  } else if (auto it = index.alpha3.find(code); it != index.alpha3.end()) {
    return Cleaned::success(it->second, "iso alpha-3", upper ? confidence::kSyntactic : confidence::kContextual);
  }
  return Cleaned::failure("unknown country");
}

Cleaned from_name(std::string_view text) {
  bool letters = !text.empty() && text.size() <= 3 &&
                 std::all_of(text.begin(), text.end(), [](char c) {
                   return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                 });
  if (letters && text.size() >= 2) {
    if (Cleaned by_code = from_code(text); by_code.ok) return by_code;
  }
  const CountryIndex& index = country_index();
  std::string key = country_key(text);
  auto it = index.by_key.find(key);
  if (it == index.by_key.end() && (key.size() == 2 || key.size() == 3) && detail::is_ascii(key)) {
    Cleaned by_code = from_code(key);  // "U.S.A.", "u k"
    if (by_code.ok) by_code.confidence = std::min(by_code.confidence, confidence::kContextual);
    return by_code;
  }
  if (it == index.by_key.end()) return Cleaned::failure("unknown country");
  if (it->second.code.empty()) return Cleaned::failure("ambiguous country name");
  return Cleaned::success(it->second.code, it->second.method, it->second.confidence);
}

// Two regional-indicator symbols spell a code: 🇬🇧 is G, B.
std::string flag_code(std::string_view text) {
  std::string code;
  int32_t cp = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t n = detail::decode_one(text, pos, cp);
    if (n == 0 || cp < 0x1F1E6 || cp > 0x1F1FF) return {};
    code.push_back(static_cast<char>('A' + (cp - 0x1F1E6)));
    pos += n;
  }
  return code.size() == 2 ? code : std::string();
}

}  // namespace

Cleaned normalise_country(std::string_view raw) {
  if (raw.size() > kMaxRawBytes) return Cleaned::failure("too long to be a country");
  bool repaired = !detail::is_valid_utf8(raw);
  std::string text = detail::collapse_spaces(repaired ? detail::windows1252_to_utf8(raw) : std::string(raw));
  if (text.empty()) return Cleaned::failure("empty");
  if (detail::is_placeholder(text) && detail::ascii_upper(text) != text) return Cleaned::failure("placeholder, not a country");
  if (std::string code = flag_code(text); !code.empty() && is_country_code(code)) {
    return Cleaned::success(code, "flag emoji", confidence::kSyntactic);
  }
  Cleaned result = from_name(text);
  if (!result.ok) {  // "London, UK", "United Kingdom (GB)"
    std::string_view view = text;
    size_t comma = view.rfind(',');
    size_t paren = view.find('(');
    std::string_view part = comma != std::string_view::npos ? view.substr(comma + 1)
                            : paren != std::string_view::npos && paren > 0 ? view.substr(0, paren)
                                                                          : std::string_view();
    part = detail::trim(part);
    if (!part.empty()) {
      Cleaned from_part = from_name(part);
      if (from_part.ok) {
        result = Cleaned::success(std::move(from_part.value), "country part of the field",
                                  std::min(from_part.confidence, confidence::kHeuristic));
      }
    }
  }
  if (result.ok && repaired) {
    result = Cleaned::success(std::move(result.value), {result.method.view(), "; decoded as Windows-1252"},
                              std::min(result.confidence, confidence::kLikely));
  }
  return result;
}

bool is_country_code(std::string_view code) {
  const CountryIndex& index = country_index();
  return code.size() == 2 && std::binary_search(index.alpha2.begin(), index.alpha2.end(), code);
}

Evaluated<std::string> country_name(std::string_view alpha2) {
  const CountryIndex& index = country_index();
  auto it = index.english.find(std::string(alpha2));
  if (it == index.english.end()) return Evaluated<std::string>::not_evaluable("unknown country code");
  return it->second;
}

}  // namespace charter::stdlib::contact
