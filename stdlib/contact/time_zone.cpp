#include "stdlib/contact/time_zone.hpp"

#include <date/tz.h>
#include <unicode/ucal.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <exception>
#include <string>
#include <unordered_map>
#include <vector>

#include "stdlib/contact/contact_text.hpp"

namespace charter::stdlib::contact {
namespace {

constexpr size_t kMaxRawBytes = 100;

// Backward-compatible names (tzdata's "backward" file) people still send,
// with the zone that replaced them.
constexpr std::pair<std::string_view, std::string_view> kLegacyAliases[] = {
    {"America/Buenos_Aires", "America/Argentina/Buenos_Aires"}, {"America/Godthab", "America/Nuuk"},
    {"America/Indianapolis", "America/Indiana/Indianapolis"},   {"America/Montreal", "America/Toronto"},
    {"Asia/Calcutta", "Asia/Kolkata"},           {"Asia/Chongqing", "Asia/Shanghai"},
    {"Asia/Dacca", "Asia/Dhaka"},                {"Asia/Harbin", "Asia/Shanghai"},
    {"Asia/Istanbul", "Europe/Istanbul"},        {"Asia/Katmandu", "Asia/Kathmandu"},
    {"Asia/Macao", "Asia/Macau"},                {"Asia/Rangoon", "Asia/Yangon"},
    {"Asia/Saigon", "Asia/Ho_Chi_Minh"},         {"Asia/Tel_Aviv", "Asia/Jerusalem"},
    {"Asia/Thimbu", "Asia/Thimphu"},             {"Asia/Ulan_Bator", "Asia/Ulaanbaatar"},
    {"Atlantic/Faeroe", "Atlantic/Faroe"},       {"Australia/ACT", "Australia/Sydney"},
    {"Australia/Canberra", "Australia/Sydney"},  {"Australia/NSW", "Australia/Sydney"},
    {"Australia/North", "Australia/Darwin"},     {"Australia/Queensland", "Australia/Brisbane"},
    {"Australia/South", "Australia/Adelaide"},   {"Australia/Tasmania", "Australia/Hobart"},
    {"Australia/Victoria", "Australia/Melbourne"}, {"Australia/West", "Australia/Perth"},
    {"Brazil/East", "America/Sao_Paulo"},        {"Canada/Atlantic", "America/Halifax"},
    {"Canada/Central", "America/Winnipeg"},      {"Canada/Eastern", "America/Toronto"},
    {"Canada/Mountain", "America/Edmonton"},     {"Canada/Newfoundland", "America/St_Johns"},
    {"Canada/Pacific", "America/Vancouver"},     {"Chile/Continental", "America/Santiago"},
    {"Cuba", "America/Havana"},                  {"EST5EDT", "America/New_York"},
    {"Egypt", "Africa/Cairo"},                   {"Eire", "Europe/Dublin"},
    {"Europe/Belfast", "Europe/London"},         {"Europe/Kiev", "Europe/Kyiv"},
    {"GB", "Europe/London"},                     {"GB-Eire", "Europe/London"},
    {"Hongkong", "Asia/Hong_Kong"},              {"Iran", "Asia/Tehran"},
    {"Israel", "Asia/Jerusalem"},                {"Jamaica", "America/Jamaica"},
    {"Japan", "Asia/Tokyo"},                     {"Libya", "Africa/Tripoli"},
    {"Mexico/General", "America/Mexico_City"},   {"NZ", "Pacific/Auckland"},
    {"Navajo", "America/Denver"},                {"PRC", "Asia/Shanghai"},
    {"PST8PDT", "America/Los_Angeles"},          {"Poland", "Europe/Warsaw"},
    {"Portugal", "Europe/Lisbon"},               {"ROC", "Asia/Taipei"},
    {"ROK", "Asia/Seoul"},                       {"Singapore", "Asia/Singapore"},
    {"Turkey", "Europe/Istanbul"},               {"US/Alaska", "America/Anchorage"},
    {"US/Aleutian", "America/Adak"},             {"US/Arizona", "America/Phoenix"},
    {"US/Central", "America/Chicago"},           {"US/East-Indiana", "America/Indiana/Indianapolis"},
    {"US/Eastern", "America/New_York"},          {"US/Hawaii", "Pacific/Honolulu"},
    {"US/Michigan", "America/Detroit"},          {"US/Mountain", "America/Denver"},
    {"US/Pacific", "America/Los_Angeles"},       {"US/Samoa", "Pacific/Pago_Pago"},
    {"W-SU", "Europe/Moscow"},
};

// Abbreviations as people write them. `zone` empty: several common
// meanings, so the reading is refused with `problem`.
struct Abbreviation {
  std::string_view text;
  std::string_view zone;
  std::string_view problem;
};
constexpr Abbreviation kAbbreviations[] = {
    {"ACDT", "Australia/Adelaide", {}}, {"ACST", "Australia/Adelaide", {}},
    {"AEDT", "Australia/Sydney", {}},   {"AEST", "Australia/Sydney", {}},
    {"AKDT", "America/Anchorage", {}},  {"AKST", "America/Anchorage", {}},
    {"ADT", "America/Halifax", {}},     {"ART", "America/Argentina/Buenos_Aires", {}},
    {"AST", {}, "ambiguous abbreviation AST: Atlantic or Arabia Standard Time"},
    {"AWST", "Australia/Perth", {}},    {"BRT", "America/Sao_Paulo", {}},
    {"BST", {}, "ambiguous abbreviation BST: British Summer or Bangladesh Standard Time"},
    {"CDT", "America/Chicago", {}},     {"CEST", "Europe/Berlin", {}},
    {"CET", "Europe/Berlin", {}},       {"CST", {}, "ambiguous abbreviation CST: US Central, China or Cuba"},
    {"CT", "America/Chicago", {}},      {"EAT", "Africa/Nairobi", {}},
    {"EDT", "America/New_York", {}},    {"EEST", "Europe/Athens", {}},
    {"EET", "Europe/Athens", {}},       {"EST", "America/New_York", {}},
    {"ET", "America/New_York", {}},     {"GST", {}, "ambiguous abbreviation GST: Gulf or South Georgia"},
    {"HKT", "Asia/Hong_Kong", {}},      {"HST", "Pacific/Honolulu", {}},
    {"IST", {}, "ambiguous abbreviation IST: India, Ireland or Israel"},
    {"JST", "Asia/Tokyo", {}},          {"KST", "Asia/Seoul", {}},
    {"MDT", "America/Denver", {}},      {"MSK", "Europe/Moscow", {}},
    {"MST", "America/Denver", {}},      {"MT", "America/Denver", {}},
    {"NZDT", "Pacific/Auckland", {}},   {"NZST", "Pacific/Auckland", {}},
    {"PDT", "America/Los_Angeles", {}}, {"PHT", "Asia/Manila", {}},
    {"PKT", "Asia/Karachi", {}},        {"PST", "America/Los_Angeles", {}},
    {"PT", "America/Los_Angeles", {}},  {"SAST", "Africa/Johannesburg", {}},
    {"SGT", "Asia/Singapore", {}},      {"SST", {}, "ambiguous abbreviation SST: Samoa or Singapore"},
    {"WAT", "Africa/Lagos", {}},        {"WEST", "Europe/Lisbon", {}},
    {"WET", "Europe/Lisbon", {}},       {"WIB", "Asia/Jakarta", {}},
};

constexpr std::string_view kUtcNames[] = {"utc", "z", "zulu", "etc/utc", "universal", "etc/universal",
                                          "uct", "etc/uct", "etc/zulu", "coordinated_universal_time"};
constexpr std::string_view kGmtNames[] = {"gmt", "etc/gmt", "gmt0", "gmt+0", "gmt-0", "etc/gmt0",
                                          "etc/gmt+0", "etc/gmt-0", "greenwich", "etc/greenwich",
                                          "greenwich_mean_time"};
constexpr std::string_view kAreas[] = {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
                                       "Australia", "Europe", "Indian", "Pacific"};

struct ZoneIndex {
  std::unordered_map<std::string, std::string> exact;    // name → name (membership, exact case)
  std::unordered_map<std::string, std::string> folded;   // lower-case key → name
  std::unordered_map<std::string, std::string> legacy;   // lower-case alias → replacement
  std::unordered_map<std::string, std::string> cities;   // lower-case city → zone; "" if several
};

// "America/New York", " europe / london " → "america/new_york".
std::string zone_key(std::string_view text) {
  std::string key;
  for (char c : detail::ascii_lower(text)) {
    if (c == ' ') {
      if (!key.empty() && key.back() != '/' && key.back() != '_') key.push_back('_');
    } else if (c == '/') {
      if (!key.empty() && key.back() == '_') key.pop_back();
      key.push_back('/');
    } else {
      key.push_back(c);
    }
  }
  return key;
}

void index_city(ZoneIndex& index, const std::string& name) {
  size_t slash = name.find('/');
  if (slash == std::string::npos) return;
  std::string_view area = std::string_view(name).substr(0, slash);
  if (std::find(std::begin(kAreas), std::end(kAreas), area) == std::end(kAreas)) return;
  std::string city = zone_key(name.substr(name.rfind('/') + 1));
  auto [it, inserted] = index.cities.try_emplace(city, name);
  if (!inserted && it->second != name) it->second.clear();
}

ZoneIndex build_index() {
  ZoneIndex index;
  try {
    for (const date::time_zone& zone : date::get_tzdb().zones) {
      std::string name(zone.name());
      if (name == "localtime" || name == "posixrules" || name == "Factory") continue;
      index.exact.emplace(name, name);
      index.folded.emplace(zone_key(name), name);
    }
  } catch (const std::exception&) {
    return index;  // no tzdata: every lookup will say so
  }
  for (const auto& [alias, zone] : kLegacyAliases) {
    if (index.exact.contains(std::string(zone))) index.legacy.emplace(zone_key(alias), zone);
  }
  std::vector<std::string> names;
  for (const auto& [name, unused] : index.exact) {
    if (!index.legacy.contains(zone_key(name))) names.push_back(name);
  }
  std::sort(names.begin(), names.end());  // deterministic: the map's order is not
  for (const std::string& name : names) index_city(index, name);
  return index;
}

const ZoneIndex& zone_index() {
  static const ZoneIndex index = build_index();
  return index;
}

enum class Offset { None, WholeHours, Unusable };

// "UTC+2", "GMT-05:00", "+03", "UTC +1" → hours east of UTC. Unusable: an
// offset, but not whole hours in the range Etc/GMT covers (-12 … +14).
Offset parse_offset(std::string_view key, int& hours_east) {
  for (std::string_view prefix : {"utc", "gmt"}) {
    if (key.substr(0, prefix.size()) == prefix) key.remove_prefix(prefix.size());
  }
  while (!key.empty() && key.front() == '_') key.remove_prefix(1);
  if (key.size() < 2 || (key[0] != '+' && key[0] != '-')) return Offset::None;
  int sign = key[0] == '-' ? -1 : 1;
  std::string digits;
  for (char c : key.substr(1)) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c != ':') return Offset::None;
  }
  if (digits.empty() || digits.size() > 4) return Offset::None;
  int minutes = digits.size() > 2 ? std::stoi(digits.substr(digits.size() - 2)) : 0;
  int hours = std::stoi(digits.size() > 2 ? digits.substr(0, digits.size() - 2) : digits);
  hours_east = sign * hours;
  return minutes == 0 && hours_east >= -12 && hours_east <= 14 ? Offset::WholeHours : Offset::Unusable;
}

std::string windows_zone(std::string_view text) {
  if (!detail::is_ascii(text) || text.size() > 64) return {};
  std::array<UChar, 64> windows_id{};
  std::array<UChar, 64> zone_id{};
  for (size_t i = 0; i < text.size(); ++i) windows_id[i] = static_cast<UChar>(text[i]);
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = ucal_getTimeZoneIDForWindowsID(windows_id.data(), static_cast<int32_t>(text.size()),
                                                  nullptr, zone_id.data(), 64, &status);
  if (U_FAILURE(status) || length <= 0) return {};
  std::string out;
  for (int32_t i = 0; i < length; ++i) out.push_back(static_cast<char>(zone_id[static_cast<size_t>(i)]));
  return out;
}

std::string canonical(const ZoneIndex& index, const std::string& zone) {
  auto it = index.legacy.find(zone_key(zone));
  return it == index.legacy.end() ? zone : it->second;
}

Cleaned read_special(const ZoneIndex& index, std::string_view text, const std::string& key) {
  if (std::find(std::begin(kUtcNames), std::end(kUtcNames), key) != std::end(kUtcNames)) {
    return Cleaned::success("UTC", "utc", text == "UTC" ? confidence::kExact : confidence::kSyntactic);
  }
  if (std::find(std::begin(kGmtNames), std::end(kGmtNames), key) != std::end(kGmtNames)) {
    return Cleaned::success("Etc/GMT", "gmt read as Etc/GMT", confidence::kLikely);
  }
  if (auto it = index.legacy.find(key); it != index.legacy.end()) {
    return Cleaned::success(it->second, "legacy iana alias", confidence::kSyntactic);
  }
  std::string upper = detail::ascii_upper(text);
  for (const Abbreviation& abbreviation : kAbbreviations) {
    if (abbreviation.text != upper) continue;
    if (abbreviation.zone.empty()) return Cleaned::failure(abbreviation.problem);
    return Cleaned::success(std::string(abbreviation.zone), "abbreviation read as zone", confidence::kGuess);
  }
  return {};
}

}  // namespace

Cleaned normalise_time_zone(std::string_view raw) {
  if (raw.size() > kMaxRawBytes) return Cleaned::failure("too long to be a time zone");
  if (!detail::is_valid_utf8(raw)) return Cleaned::failure("not valid UTF-8");
  std::string text = detail::collapse_spaces(raw);
  if (text.empty()) return Cleaned::failure("empty");
  const ZoneIndex& index = zone_index();
  if (index.exact.empty()) return Cleaned::failure("time-zone database not available");
  std::string key = zone_key(text);
  if (Cleaned special = read_special(index, text, key); special.ok || !special.problem.empty()) return special;
  if (index.exact.contains(text)) return Cleaned::success(text, "iana name", confidence::kExact);
  if (auto it = index.folded.find(key); it != index.folded.end()) {
    return Cleaned::success(it->second, "iana name, case or spaces fixed", confidence::kSyntactic);
  }
  int hours = 0;
  Offset offset = parse_offset(key, hours);
  if (offset == Offset::Unusable) return Cleaned::failure("offset has no Etc/GMT zone (not whole hours, or out of range)");
  if (offset == Offset::WholeHours) {
    if (hours == 0) return Cleaned::success("UTC", "utc", confidence::kSyntactic);
    std::string zone = "Etc/GMT" + std::string(hours > 0 ? "-" : "+") + std::to_string(hours > 0 ? hours : -hours);
    return Cleaned::success(zone, "fixed offset as Etc/GMT", confidence::kGuess);
  }
  if (std::string zone = windows_zone(text); !zone.empty() && index.exact.contains(canonical(index, zone))) {
    return Cleaned::success(canonical(index, zone), "windows zone name", confidence::kContextual);
  }
  if (auto it = index.cities.find(key); it != index.cities.end()) {
    if (it->second.empty()) return Cleaned::failure("city names several time zones");
    return Cleaned::success(it->second, "city read as zone", confidence::kHeuristic);
  }
  return Cleaned::failure("unknown time zone");
}

bool is_time_zone(std::string_view name) {
  return zone_index().exact.contains(std::string(name));
}

}  // namespace charter::stdlib::contact
