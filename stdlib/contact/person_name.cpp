#include "stdlib/contact/person_name.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "stdlib/contact/contact_text.hpp"

namespace charter::stdlib::contact {
namespace {

constexpr size_t kMaxRawBytes = 300;

// Lower-case particles of surnames, kept lower-case inside a name.
constexpr std::string_view kParticles[] = {
    "af", "al", "av", "bin", "binti", "bint", "da", "das", "de", "degli", "dei", "del", "della",
    "delle", "den", "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "of", "te", "ten",
    "ter", "van", "von", "y", "zu"};
constexpr std::string_view kRomanSuffixes[] = {"ii", "iii", "iv", "vi", "vii", "viii"};

std::vector<int32_t> code_points(std::string_view text) {
  std::vector<int32_t> out;
  int32_t cp = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t n = detail::decode_one(text, pos, cp);
    if (n == 0) break;  // prepared text is valid UTF-8
    out.push_back(cp);
    pos += n;
  }
  return out;
}

std::string encode(const std::vector<int32_t>& cps) {
  std::string out;
  for (int32_t cp : cps) detail::append_code_point(out, cp);
  return out;
}

bool is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

// One word of an all-caps or all-lower name, capitalised.
std::string recase_word(std::string_view word, size_t index, size_t count) {
  std::vector<int32_t> cps = code_points(word);
  for (int32_t& cp : cps) cp = detail::to_lower(cp);
  std::string lower = encode(cps);
  if (index > 0 && index + 1 < count &&
      std::find(std::begin(kParticles), std::end(kParticles), lower) != std::end(kParticles)) {
    return lower;
  }
  if (index > 0 && index + 1 == count &&
      std::find(std::begin(kRomanSuffixes), std::end(kRomanSuffixes), lower) != std::end(kRomanSuffixes)) {
    return detail::ascii_upper(lower);
  }
  bool start = true;           // next letter starts a part
  size_t letters_in_part = 0;  // letters since the part started
  for (size_t i = 0; i < cps.size(); ++i) {
    int32_t cp = cps[i];
    if (cp == '-') {
      start = true;
      letters_in_part = 0;
    } else if (is_apostrophe(cp)) {
      start = letters_in_part == 1;  // O'Neil, D'Angelo; not "Ng'ang'a"
      letters_in_part = 0;
    } else if (detail::is_letter(cp)) {
      if (start) cps[i] = detail::to_title(cp);
      start = false;
      ++letters_in_part;
      // "mcdonald" → "McDonald": the letter after "Mc" starts a part.
      if (letters_in_part == 2 && i >= 1 && cps[i - 1] == 'M' && cp == 'c' && i + 1 < cps.size() &&
          detail::is_letter(cps[i + 1]) && (i < 2 || !detail::is_letter(cps[i - 2]))) {
        start = true;
      }
    }
  }
  return encode(cps);
}

struct CaseCount {
  size_t upper = 0;
  size_t lower = 0;
};

CaseCount count_case(std::string_view text) {
  CaseCount count;
  for (int32_t cp : code_points(text)) {
    if (detail::is_upper(cp)) ++count.upper;
    if (detail::is_lower(cp)) ++count.lower;
  }
  return count;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  while (!text.empty()) {
    size_t space = std::min(text.find(' '), text.size());
    words.push_back(text.substr(0, space));
    text.remove_prefix(std::min(space + 1, text.size()));
  }
  return words;
}

// Re-capitalises what needs it; empty method when nothing did.
std::string recase(std::string_view text, std::string_view& method) {
  CaseCount whole = count_case(text);
  bool all_upper = whole.upper > 0 && whole.lower == 0;
  bool all_lower = whole.lower > 0 && whole.upper == 0;
  std::vector<std::string_view> words = split_words(text);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    CaseCount word = count_case(words[i]);
    bool shouting = word.upper >= 3 && word.lower == 0 && whole.lower > 0;  // "Jean DUPONT"
    bool has_digit = words[i].find_first_of("0123456789") != std::string_view::npos;
    if (!out.empty()) out.push_back(' ');
    if ((all_upper || all_lower || shouting) && !has_digit) {
      out += recase_word(words[i], i, words.size());
    } else {
      out.append(words[i]);
    }
    if (shouting) method = "capitalised from all-caps";
  }
  if (all_upper) method = "capitalised from all-caps";
  if (all_lower) method = "capitalised from lower case";
  if (out == text) method = {};
  return out;
}

}  // namespace

Cleaned normalise_person_name(std::string_view raw) {
  if (raw.size() > kMaxRawBytes) return Cleaned::failure("too long to be a name");
  detail::PreparedText prepared = detail::prepare_text(raw);
  const std::string& text = prepared.text;
  if (text.empty()) return Cleaned::failure("empty");
  if (detail::is_placeholder(text)) return Cleaned::failure("placeholder, not a name");
  if (text.find('@') != std::string::npos) return Cleaned::failure("looks like an e-mail address");
  std::vector<int32_t> cps = code_points(text);
  if (std::none_of(cps.begin(), cps.end(), detail::is_letter)) return Cleaned::failure("no letters");

  std::string_view case_method;
  std::string value = recase(text, case_method);
  MethodText method;
  double score = confidence::kExact;
  if (prepared.repaired) {
    method.append("decoded as Windows-1252");
    score = confidence::kLikely;
  }
  if (!case_method.empty()) {
    if (!method.empty()) method.append("; ");
    method.append(case_method);
    score = std::min(score, confidence::kHeuristic);
  } else if (prepared.collapsed || prepared.composed) {
    if (!method.empty()) method.append("; ");
    method.append("spaces collapsed");
    score = std::min(score, confidence::kSyntactic);
  } else if (!prepared.repaired) {
    method.append(prepared.trimmed ? "trimmed" : "as given");
  }
  if (std::any_of(cps.begin(), cps.end(), [](int32_t cp) { return cp >= '0' && cp <= '9'; })) {
    method.append("; has digits");
    score = std::min(score, 0.6);
  }
  return Cleaned::success(std::move(value), method, score);
}

}  // namespace charter::stdlib::contact
