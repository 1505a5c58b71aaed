#include "stdlib/message/intents.hpp"

#include <algorithm>
#include <cstring>

#include "base/check.hpp"
#include "stdlib/text/normalize.hpp"
#include "stdlib/text/utf8.hpp"

namespace charter::stdlib::message {
namespace {

namespace utf8 = text::utf8;

constexpr size_t kNeutralList = kIntentCount;
constexpr size_t kNegationWindowWords = 6;  // "I don't think we need to cancel"
constexpr size_t kExcerptContext = 40;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Clause-ending punctuation; other non-word characters ("-", "/") only
// separate words.
bool ends_clause(char32_t c) {
  switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')':
    case '[': case ']': case '"': case 0x201C: case 0x201D: case 0xAB: case 0xBB:
    case 0x2014: case 0x2013: case 0xBF: case 0xA1:
      return true;
    default:
      return false;
  }
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Longer words are never negations or clause words.
constexpr size_t kMaxListedWord = 32;
struct WordBuffer {
  char data[kMaxListedWord];
  size_t size = 0;
};

// `word` in ASCII and Latin-1 lower case, with "’" as "'", into `out`;
// empty when it does not fit.
std::string_view lower_word(std::string_view word, WordBuffer& out) {
  out.size = 0;
  for (size_t pos = 0; pos < word.size();) {
    const utf8::Decoded d = utf8::decode(word, pos);
    char32_t c = d.code_point == 0x2019 ? U'\'' : d.code_point;
    if (c >= 'A' && c <= 'Z') c += 32;
    if (d.length == 2 && c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 0x20;
    if (out.size + 4 > kMaxListedWord) return {};
    if (d.valid) {
      out.size += utf8::encode(c, out.data + out.size);
    } else {
      out.data[out.size++] = word[pos];
    }
    pos += d.length;
  }
  return {out.data, out.size};
}

// `text` with Latin-1 capitals (À..Þ but ×) made small, so that "RÉSILIER"
// finds "résilier": same length, so offsets hold in both. `text` itself when
// it has none.
std::string_view latin1_lower(std::string_view text, Arena& arena) {
  auto capital_at = [&](size_t i) {
    const auto second = static_cast<unsigned char>(text[i + 1]);
    return static_cast<unsigned char>(text[i]) == 0xC3 && second >= 0x80 && second <= 0x9E &&
           second != 0x97;
  };
  size_t first = 0;
  while (first + 1 < text.size() && !capital_at(first)) ++first;
  if (first + 1 >= text.size()) return text;
  char* out = arena.allocate_array<char>(text.size());
  std::memcpy(out, text.data(), text.size());
  for (size_t i = first; i + 1 < text.size(); ++i) {
    if (capital_at(i)) out[i + 1] = static_cast<char>(out[i + 1] + 0x20);
  }
  return {out, text.size()};
}

}  // namespace

std::string_view intent_name(Intent intent) {
  switch (intent) {
    case Intent::Cancellation: return "cancellation";
    case Intent::HumanRequest: return "request for a human";
    case Intent::DoNotContact: return "do not contact";
    case Intent::Complaint: return "complaint";
    case Intent::Emergency: return "emergency";
  }
  return "?";
}

const IntentSignal* IntentReport::evidence(Intent intent) const {
  for (const IntentSignal& signal : signals) {
    if (signal.intent == intent && !signal.dismissed) return &signal;
  }
  return nullptr;
}

IntentDetector::Build IntentDetector::build(std::span<const IntentPhrase> phrases,
                                            std::span<const std::string_view> negations,
                                            std::span<const std::string_view> clause_words,
                                            std::span<const std::string_view> neutral_phrases) {
  std::unique_ptr<IntentDetector> detector(new IntentDetector());
  std::vector<std::string> keywords[kIntentCount + 1];
  auto add = [&](size_t list, std::string_view phrase, bool negatable) {
    auto push = [&](const std::string& keyword) {
      for (const std::string& k : keywords[list]) {
        if (ascii_lower(k) == ascii_lower(keyword)) return;  // the matcher counts it once
      }
      keywords[list].push_back(keyword);
      detector->entries_[list].push_back({std::string(phrase), negatable});
    };
    const std::string keyword(phrase);
    push(keyword);
    if (keyword.find('\'') != std::string::npos) {
      std::string curly;
      for (const char c : keyword) curly += c == '\'' ? std::string("\u2019") : std::string(1, c);
      push(curly);
    }
  };
  for (const IntentPhrase& p : phrases) add(static_cast<size_t>(p.intent), p.phrase, p.negatable);
  for (const std::string_view n : neutral_phrases) add(kNeutralList, n, true);

  text::KeywordMatcherBuilder builder(text::KeywordCase::AsciiCaseless);
  for (size_t list = 0; list <= kIntentCount; ++list) {
    std::vector<std::string_view> views(keywords[list].begin(), keywords[list].end());
    const std::string_view name =
        list == kNeutralList ? std::string_view("neutral") : intent_name(static_cast<Intent>(list));
    builder.add_list(name, views, text::KeywordMode::WholeWord);
  }
  text::KeywordMatcherBuild built = builder.build();
  if (!built.matcher) return {nullptr, built.error};
  detector->matcher_ = std::move(built.matcher);
  WordBuffer word;
  for (const std::string_view n : negations) detector->negations_.emplace_back(lower_word(n, word));
  for (const std::string_view c : clause_words) detector->clause_words_.emplace_back(lower_word(c, word));
  return {std::move(detector), {}};
}

const IntentDetector& IntentDetector::standard() {
  static const std::unique_ptr<const IntentDetector> detector = [] {
    Build built = build(standard_intent_phrases(), standard_negations(), standard_clause_words(),
                        standard_neutral_phrases());
    CHARTER_CHECK(built.detector != nullptr, "the standard intent phrases do not build");
    return std::move(built.detector);
  }();
  return *detector;
}

bool IntentDetector::is_listed(std::span<const std::string> words, std::string_view word) const {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Walks back from `at` over at most kNegationWindowWords words of the same
// clause; true (and the word) when one of them is a negation.
bool IntentDetector::dismissed_by_negation(std::string_view clause, size_t at,
                                           std::string_view* word) const {
  WordBuffer lowered;
  size_t pos = at;
  for (size_t words = 0; words < kNegationWindowWords;) {
    if (pos == 0) return false;
    const size_t start = utf8::previous_start(clause, pos);
    const char32_t c = utf8::decode(clause, start).code_point;
    if (ends_clause(c)) return false;
    if (!utf8::is_word_char(c) && !is_apostrophe(c)) {
      pos = start;  // a space or a separator such as "-"
      continue;
    }
    size_t begin = pos;
    while (begin > 0) {
      const size_t s = utf8::previous_start(clause, begin);
      const char32_t d = utf8::decode(clause, s).code_point;
      if (!utf8::is_word_char(d) && !is_apostrophe(d)) break;
      begin = s;
    }
    const std::string_view found = clause.substr(begin, pos - begin);
    const std::string_view lower = lower_word(found, lowered);
    if (is_listed(negations_, lower) || lower.starts_with("n'")) {  // French "n'ai", "n'est"
      *word = found;
      return true;
    }
    if (is_listed(clause_words_, lower)) return false;
    pos = begin;
    ++words;
  }
  return false;
}

// A paragraph of the text, NFC with its white space collapsed, and every
// phrase (of any list) found in it (ASCII and Latin-1 letters without case).
struct IntentDetector::Paragraph {
  std::string_view clause;
  std::span<const text::KeywordOccurrence> found;
};

// Paragraphs are runs of non-blank lines: a negation never reaches across one.
std::span<const IntentDetector::Paragraph> IntentDetector::paragraphs(std::string_view text,
                                                                       Arena& arena) const {
  auto for_each = [&](auto&& visit) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find("\n\n", pos);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view paragraph = text.substr(pos, end - pos);
      if (paragraph.find_first_not_of(" \t\r\n") != std::string_view::npos) visit(paragraph);
      pos = end + 2;
    }
  };
  size_t count = 0;
  for_each([&](std::string_view) { ++count; });
  auto* items = arena.allocate_array<Paragraph>(count + 1);
  size_t filled = 0;
  for_each([&](std::string_view paragraph) {
    const std::string_view clause =
        text::collapse_whitespace(text::normalize_nfc(paragraph, arena), arena);
    items[filled++] = {clause, matcher_->occurrences(latin1_lower(clause, arena), arena)};
  });
  return {items, filled};
}

// One intent phrase found: dismissed inside a neutral phrase, or (unless it
// signals distress) after a negation in its clause.
IntentSignal IntentDetector::classify(const Paragraph& paragraph,
                                      const text::KeywordOccurrence& found) const {
  IntentSignal signal;
  signal.intent = static_cast<Intent>(found.list);
  const Entry& entry = entries_[found.list][found.index];
  signal.phrase = entry.listed;
  signal.matched = paragraph.clause.substr(found.offset, found.length);
  for (const text::KeywordOccurrence& n : paragraph.found) {
    if (n.list == kNeutralList && n.offset <= found.offset &&
        found.offset + found.length <= n.offset + n.length) {
      signal.dismissed = true;
      signal.dismissed_by = paragraph.clause.substr(n.offset, n.length);
    }
  }
  if (!signal.dismissed && entry.negatable) {
    signal.dismissed = dismissed_by_negation(paragraph.clause, found.offset, &signal.dismissed_by);
  }
  const text::Excerpt excerpt = text::excerpt_around(
      paragraph.clause, found.offset, found.offset + found.length, kExcerptContext);
  signal.excerpt = excerpt.text;
  signal.text_before = excerpt.text_before;
  signal.text_after = excerpt.text_after;
  return signal;
}

IntentReport IntentDetector::detect(std::string_view text_in, Arena& arena) const {
  const std::span<const Paragraph> all = paragraphs(text_in, arena);
  size_t total = 0;
  for (const Paragraph& p : all) total += p.found.size();
  auto* signals = arena.allocate_array<IntentSignal>(total + 1);
  size_t count = 0;
  IntentReport report;
  for (size_t p = 0; p < all.size(); ++p) {
    for (const text::KeywordOccurrence& found : all[p].found) {
      if (found.list == kNeutralList) continue;
      IntentSignal signal = classify(all[p], found);
      if (!signal.dismissed) {
        // A phrase counts once (its first occurrence; a "’" variant is the
        // same phrase); dismissed occurrences are all kept for the trace.
        bool already = false;
        for (size_t i = 0; i < count && !already; ++i) {
          already = !signals[i].dismissed && signals[i].intent == signal.intent &&
                    signals[i].phrase == signal.phrase;
        }
        if (already) continue;
        report.found[found.list] = true;
      }
      signal.text_before = signal.text_before || p > 0;
      signal.text_after = signal.text_after || p + 1 < all.size();
      signals[count++] = signal;
    }
  }
  report.signals = {signals, count};
  return report;
}

MessageIntents message_intents(std::string_view body, Arena& arena) {
  MessageIntents result;
  result.part = latest_part(body, arena);
  result.intents = IntentDetector::standard().detect(result.part.text, arena);
  return result;
}

}  // namespace charter::stdlib::message
