#include "stdlib/time/when_zones.hpp"

#include <array>
#include <string_view>

#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time::when {
namespace {

enum class Need : uint8_t {
  Nothing,
  Capitals,    // an abbreviation that is also a word ("EST", "ART", "EAT"): only in capitals
  TimeOrParen, // a place ("London"): only as "London time" or "(London)"
};

enum class Special : uint8_t { None, India, China, Arabia, Arizona, Queensland, Mine, Yours };

struct ZoneEntry {
  std::string_view phrase;  // lower-case words, single spaces
  std::string_view region;  // IANA name ("" for Literal UTC)
  int32_t offset_minutes;   // Literal/Standard/Daylight
  ZoneForm form;
  Need need;
  Special special = Special::None;
};

constexpr ZoneForm R = ZoneForm::Region;
constexpr ZoneForm L = ZoneForm::Literal;
constexpr ZoneForm S = ZoneForm::Standard;
constexpr ZoneForm D = ZoneForm::Daylight;
constexpr Need N = Need::Nothing;
constexpr Need C = Need::Capitals;
constexpr Need T = Need::TimeOrParen;

constexpr std::array<ZoneEntry, 118> kZones = {{
    {"utc", "", 0, L, N},              {"gmt", "", 0, L, N},               {"greenwich mean time", "", 0, L, N},
    {"coordinated universal time", "", 0, L, N},
    {"est", "America/New_York", -300, S, C},   {"edt", "America/New_York", -240, D, C},
    {"et", "America/New_York", 0, R, C},       {"eastern", "America/New_York", 0, R, N},
    {"eastern standard time", "America/New_York", -300, S, N},
    {"eastern daylight time", "America/New_York", -240, D, N},
    {"cst", "America/Chicago", -360, S, C, Special::China}, {"cdt", "America/Chicago", -300, D, C},
    {"ct", "America/Chicago", 0, R, C},        {"central", "America/Chicago", 0, R, N},
    {"central standard time", "America/Chicago", -360, S, N},
    {"central daylight time", "America/Chicago", -300, D, N},
    {"mst", "America/Denver", -420, S, C, Special::Arizona}, {"mdt", "America/Denver", -360, D, C},
    {"mt", "America/Denver", 0, R, C},         {"mountain", "America/Denver", 0, R, N},
    {"pst", "America/Los_Angeles", -480, S, C}, {"pdt", "America/Los_Angeles", -420, D, C},
    {"pt", "America/Los_Angeles", 0, R, C},    {"pacific", "America/Los_Angeles", 0, R, N},
    {"pacific standard time", "America/Los_Angeles", -480, S, N},
    {"pacific daylight time", "America/Los_Angeles", -420, D, N},
    {"akst", "America/Anchorage", -540, S, C}, {"akdt", "America/Anchorage", -480, D, C},
    {"hst", "Pacific/Honolulu", -600, S, C},   {"ast", "America/Halifax", -240, S, C, Special::Arabia},
    {"adt", "America/Halifax", -180, D, C},    {"nst", "America/St_Johns", -210, S, C},
    {"ndt", "America/St_Johns", -150, D, C},
    {"bst", "Europe/London", 60, D, C},        {"british summer time", "Europe/London", 60, D, N},
    {"uk", "Europe/London", 0, R, C},          {"wet", "Europe/Lisbon", 0, S, C},
    {"west", "Europe/Lisbon", 60, D, C},       {"cet", "Europe/Paris", 60, S, N},
    {"cest", "Europe/Paris", 120, D, N},       {"central european time", "Europe/Paris", 60, S, N},
    {"central european summer time", "Europe/Paris", 120, D, N},
    {"mez", "Europe/Berlin", 60, S, C},        {"mesz", "Europe/Berlin", 120, D, C},
    {"eet", "Europe/Athens", 120, S, C},       {"eest", "Europe/Athens", 180, D, C},
    {"msk", "Europe/Moscow", 180, R, C},       {"ist", "Asia/Kolkata", 330, R, C, Special::India},
    {"pkt", "Asia/Karachi", 300, R, C},        {"sgt", "Asia/Singapore", 480, R, C},
    {"hkt", "Asia/Hong_Kong", 480, R, C},      {"jst", "Asia/Tokyo", 540, R, C},
    {"kst", "Asia/Seoul", 540, R, C},          {"awst", "Australia/Perth", 480, R, C},
    {"acst", "Australia/Adelaide", 570, S, C}, {"acdt", "Australia/Adelaide", 630, D, C},
    {"aest", "Australia/Sydney", 600, S, C, Special::Queensland},
    {"aedt", "Australia/Sydney", 660, D, C},   {"nzst", "Pacific/Auckland", 720, S, C},
    {"nzdt", "Pacific/Auckland", 780, D, C},   {"brt", "America/Sao_Paulo", -180, R, C},
    {"art", "America/Argentina/Buenos_Aires", -180, R, C},
    {"gst", "Asia/Dubai", 240, R, C},          {"sast", "Africa/Johannesburg", 120, R, C},
    {"wat", "Africa/Lagos", 60, R, C},         {"eat", "Africa/Nairobi", 180, R, C},
    {"cat", "Africa/Maputo", 120, R, C},       {"ict", "Asia/Bangkok", 420, R, C},
    {"wib", "Asia/Jakarta", 420, R, C},        {"pht", "Asia/Manila", 480, R, C},
    {"british", "Europe/London", 0, R, T},     {"london", "Europe/London", 0, R, T},
    {"england", "Europe/London", 0, R, T},     {"irish", "Europe/Dublin", 0, R, T},
    {"ireland", "Europe/Dublin", 0, R, T},     {"dublin", "Europe/Dublin", 0, R, T},
    {"new york", "America/New_York", 0, R, T}, {"ny", "America/New_York", 0, R, T},
    {"nyc", "America/New_York", 0, R, T},      {"east coast", "America/New_York", 0, R, T},
    {"west coast", "America/Los_Angeles", 0, R, T}, {"chicago", "America/Chicago", 0, R, T},
    {"denver", "America/Denver", 0, R, T},     {"la", "America/Los_Angeles", 0, R, T},
    {"los angeles", "America/Los_Angeles", 0, R, T}, {"california", "America/Los_Angeles", 0, R, T},
    {"toronto", "America/Toronto", 0, R, T},   {"vancouver", "America/Vancouver", 0, R, T},
    {"sydney", "Australia/Sydney", 0, R, T},   {"melbourne", "Australia/Melbourne", 0, R, T},
    {"brisbane", "Australia/Brisbane", 0, R, T}, {"perth", "Australia/Perth", 0, R, T},
    {"auckland", "Pacific/Auckland", 0, R, T}, {"nz", "Pacific/Auckland", 0, R, T},
    {"new zealand", "Pacific/Auckland", 0, R, T}, {"tokyo", "Asia/Tokyo", 0, R, T},
    {"japan", "Asia/Tokyo", 0, R, T},          {"india", "Asia/Kolkata", 0, R, T},
    {"indian", "Asia/Kolkata", 0, R, T},       {"singapore", "Asia/Singapore", 0, R, T},
    {"hong kong", "Asia/Hong_Kong", 0, R, T},  {"dubai", "Asia/Dubai", 0, R, T},
    {"uae", "Asia/Dubai", 0, R, T},            {"paris", "Europe/Paris", 0, R, T},
    {"berlin", "Europe/Berlin", 0, R, T},      {"german", "Europe/Berlin", 0, R, T},
    {"madrid", "Europe/Madrid", 0, R, T},      {"amsterdam", "Europe/Amsterdam", 0, R, T},
    {"lisbon", "Europe/Lisbon", 0, R, T},      {"sao paulo", "America/Sao_Paulo", 0, R, T},
    {"brazil", "America/Sao_Paulo", 0, R, T},  {"mexico city", "America/Mexico_City", 0, R, T},
    {"johannesburg", "Africa/Johannesburg", 0, R, T}, {"my", "", 0, R, N, Special::Mine},
    {"my local", "", 0, R, N, Special::Mine},  {"local", "", 0, R, N, Special::Mine},
    {"your", "", 0, R, N, Special::Yours},     {"your local", "", 0, R, N, Special::Yours},
}};

const std::array<Zone, kZones.size()>& region_zones() {
  static const std::array<Zone, kZones.size()> zones = [] {
    std::array<Zone, kZones.size()> out{};
    for (size_t i = 0; i < kZones.size(); ++i) {
      if (kZones[i].region.empty()) continue;
      const Evaluated<Zone> zone = find_zone(kZones[i].region);
      if (zone) out[i] = *zone;
    }
    return out;
  }();
  return zones;
}

Zone named(std::string_view name) {
  const Evaluated<Zone> zone = find_zone(name);
  return zone ? *zone : Zone{};
}

bool default_in(const ScanContext& context, std::initializer_list<std::string_view> names) {
  const std::string_view zone = context.default_zone.name();
  for (std::string_view name : names) {
    if (zone == name) return true;
  }
  return false;
}

// Abbreviations whose meaning depends on where the sender is.
void apply_special(Special special, const ScanContext& context, ZoneSpec& spec) {
  const std::string_view home = context.default_zone.name();
  switch (special) {
    case Special::India:
      // Irish Standard Time or Israel Standard Time for senders there; India elsewhere, flagged.
      if (default_in(context, {"Europe/Dublin", "Asia/Jerusalem", "Asia/Tel_Aviv"})) {
        spec = ZoneSpec{context.default_zone, 0, ZoneForm::Region};
      } else if (!default_in(context, {"Asia/Kolkata", "Asia/Calcutta"})) {
        spec.ambiguous = true;
      }
      break;
    case Special::China:
      if (default_in(context, {"Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Taipei", "Asia/Macau", "PRC"})) {
        spec = ZoneSpec{named("Asia/Shanghai"), 0, ZoneForm::Region};
      }
      break;
    case Special::Arabia:
      if (home.substr(0, 5) == "Asia/") spec = ZoneSpec{named("Asia/Riyadh"), 0, ZoneForm::Region};
      else if (home.substr(0, 8) != "America/") spec.ambiguous = true;
      break;
    case Special::Arizona:
      if (default_in(context, {"America/Phoenix"})) spec = ZoneSpec{context.default_zone, 0, ZoneForm::Region};
      break;
    case Special::Queensland:
      if (default_in(context, {"Australia/Brisbane", "Australia/Lindeman"})) {
        spec = ZoneSpec{context.default_zone, 0, ZoneForm::Region};
      }
      break;
    case Special::Mine: spec.zone = context.default_zone; break;
    case Special::Yours: spec.zone = context.recipient_zone; break;
    case Special::None: break;
  }
}

// Matches the words of `phrase` from token i; `end` is past the last one.
bool match_words(const std::vector<Token>& tokens, size_t i, std::string_view phrase, size_t& end) {
  size_t pos = i;
  while (!phrase.empty()) {
    const size_t space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (pos >= tokens.size() || !tokens[pos].is_word(word) || (pos > i && tokens[pos].line_before)) return false;
    ++pos;
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
  }
  end = pos;
  return true;
}

bool match_table(const std::vector<Token>& tokens, size_t i, const ScanContext& context, ZoneSpec& spec,
                 size_t& end) {
  const ZoneEntry* best = nullptr;
  size_t best_end = 0;
  if (tokens[i].kind != TokenKind::Word) return false;
  const char initial = tokens[i].text[0];
  for (const ZoneEntry& entry : kZones) {
    size_t stop = 0;
    if (entry.phrase[0] != initial) continue;
    if (!match_words(tokens, i, entry.phrase, stop) || stop <= best_end) continue;
    const bool then_time = stop < tokens.size() && tokens[stop].is_word("time");
    if (entry.need == Need::Capitals && !tokens[i].all_caps && !then_time) continue;
    const bool in_parens = i > 0 && tokens[i - 1].is_punct('(') && stop < tokens.size() && tokens[stop].is_punct(')');
    const bool special_needs_time = entry.special == Special::Mine || entry.special == Special::Yours;
    if ((entry.need == Need::TimeOrParen || special_needs_time) && !then_time && !in_parens) continue;
    best = &entry;
    best_end = stop;
  }
  if (best == nullptr) return false;
  const auto index = static_cast<size_t>(best - kZones.data());
  spec = ZoneSpec{};
  spec.form = best->form;
  spec.gmt = best->phrase == "gmt" || best->phrase == "greenwich mean time";
  spec.zone = best->form == ZoneForm::Literal ? utc_zone() : region_zones()[index];
  spec.literal_offset = best->offset_minutes * 60;
  apply_special(best->special, context, spec);
  end = best_end;
  if (end < tokens.size() && tokens[end].is_word("time")) ++end;
  return true;
}

// "utc+2", "gmt -05:00", "+01:00", "-0500", "z" (right after a time).
bool match_offset(const std::vector<Token>& tokens, size_t i, ZoneSpec& spec, size_t& end) {
  size_t pos = i;
  const bool named_base = tokens[pos].is_word("utc") || tokens[pos].is_word("gmt");
  if (named_base) ++pos;
  if (pos + 1 >= tokens.size() || !(tokens[pos].is_punct('+') || tokens[pos].is_punct('-'))) return false;
  const Token& number = tokens[pos + 1];
  if (!number.is_number() || number.space_before || number.line_before) return false;
  std::string text(tokens[pos].text);
  text += number.text;
  size_t stop = pos + 2;
  if (stop + 1 < tokens.size() && tokens[stop].is_punct(':') && !tokens[stop].space_before &&
      tokens[stop + 1].is_number() && tokens[stop + 1].digits() == 2 && !tokens[stop + 1].space_before) {
    text += ':';
    text += tokens[stop + 1].text;
    stop += 2;
  }
  // A bare "+1" is too weak (a phone prefix, a count); a bare offset needs HH:MM or HHMM.
  if (!named_base && number.digits() != 4 && stop == pos + 2) return false;
  int32_t seconds = 0;
  if (!parse_utc_offset(text, seconds)) return false;
  spec = ZoneSpec{Zone::fixed(seconds), seconds, ZoneForm::Literal};
  end = stop;
  return true;
}

// "Europe/London", "America/New_York", "America/Argentina/Buenos_Aires".
bool match_iana(const std::vector<Token>& tokens, size_t i, ZoneSpec& spec, size_t& end) {
  static constexpr std::string_view kAreas[] = {"africa", "america", "antarctica", "asia", "atlantic",
                                                "australia", "europe", "indian", "pacific", "etc", "us"};
  if (tokens[i].kind != TokenKind::Word) return false;
  bool area = false;
  for (std::string_view name : kAreas) area = area || tokens[i].text == name;
  if (!area) return false;
  size_t stop = i + 1;
  while (stop < tokens.size() && !tokens[stop].space_before &&
         (tokens[stop].kind == TokenKind::Word || tokens[stop].is_punct('/') || tokens[stop].is_punct('_') ||
          tokens[stop].is_punct('-'))) {
    ++stop;
  }
  if (stop < i + 3 || !tokens[i + 1].is_punct('/')) return false;
  // The name is read straight from the message, so its tokens must lie side by side
  // there (a typographic dash is a three-byte character shown as '-').
  for (size_t k = i + 1; k < stop; ++k) {
    if (tokens[k].text.data() != tokens[k - 1].text.data() + tokens[k - 1].text.size()) return false;
  }
  const char* begin = tokens[i].text.data();
  const char* last = tokens[stop - 1].text.data() + tokens[stop - 1].text.size();
  const Evaluated<Zone> zone = find_zone(std::string_view(begin, static_cast<size_t>(last - begin)));
  if (!zone) return false;
  spec = ZoneSpec{*zone, 0, ZoneForm::Region};
  end = stop;
  return true;
}

}  // namespace

bool match_zone(const std::vector<Token>& tokens, size_t i, const ScanContext& context, ZoneSpec& zone,
                size_t& end) {
  if (i >= tokens.size()) return false;
  if (tokens[i].is_word("z") && !tokens[i].space_before && i > 0 && tokens[i - 1].is_number()) {
    zone = ZoneSpec{utc_zone(), 0, ZoneForm::Literal};
    end = i + 1;
    return true;
  }
  return match_offset(tokens, i, zone, end) || match_iana(tokens, i, zone, end) ||
         match_table(tokens, i, context, zone, end);
}

}  // namespace charter::stdlib::time::when
