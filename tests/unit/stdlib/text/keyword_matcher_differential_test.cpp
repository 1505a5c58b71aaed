// std.text keyword matching against a naive reference (one search per keyword)
// on random keyword sets and random texts: small alphabets so that keywords
// overlap a lot, every length around the interleaving thresholds, texts cut
// into random parts, invalid bytes, and automata both below and above the
// 16-bit table limit.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/utf8.hpp"

namespace {

namespace text = charter::stdlib::text;
namespace utf8 = charter::stdlib::text::utf8;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool word_char_before(std::string_view t, size_t pos) {
  if (pos == 0) return false;
  return utf8::is_word_char(utf8::decode(t, utf8::previous_start(t, pos)).code_point);
}

bool word_char_at(std::string_view t, size_t pos) {
  return pos < t.size() && utf8::is_word_char(utf8::decode(t, pos).code_point);
}

// RW1 semantics for substrings; whole words per the documented rule.
bool naive_found(std::string_view text_in, std::string_view keyword_in, bool whole) {
  const std::string t = lower(text_in);
  const std::string k = lower(keyword_in);
  const bool check_start = word_char_at(k, 0);
  const bool check_end = word_char_before(k, k.size());
  for (size_t at = t.find(k); at != std::string::npos; at = t.find(k, at + 1)) {
    if (!whole) return true;
    if (check_start && word_char_before(text_in, at)) continue;
    if (check_end && word_char_at(text_in, at + k.size())) continue;
    return true;
  }
  return false;
}

std::string random_string(std::mt19937& rng, const std::vector<std::string>& alphabet,
                          size_t length) {
  std::string s;
  while (s.size() < length) s += alphabet[rng() % alphabet.size()];
  return s;
}

struct RandomSets {
  size_t lists, keywords_per_list, min_length, max_length;
  std::vector<std::string> keyword_alphabet;
  int rounds = 300;
};

void check_random_sets(const RandomSets& setup, uint32_t seed, bool expect_wide_table) {
  std::mt19937 rng(seed);
  const std::vector<std::string> text_alphabet = {"a", "b", "c", "A", "B", " ", "-", "\u00e9",
                                                  "\n", "_", "1", "\xff", "\xc3"};
  std::vector<std::vector<std::string>> lists(setup.lists);
  text::KeywordMatcherBuilder builder;
  for (size_t l = 0; l < setup.lists; ++l) {
    std::vector<std::string_view> views;
    for (size_t k = 0; k < setup.keywords_per_list; ++k) {
      const size_t length =
          setup.min_length + rng() % (setup.max_length - setup.min_length + 1);
      lists[l].push_back(random_string(rng, setup.keyword_alphabet, length));
    }
    for (const std::string& k : lists[l]) views.push_back(k);
    builder.add_list("L" + std::to_string(l), views,
                     l % 2 ? text::KeywordMode::WholeWord : text::KeywordMode::Substring);
  }
  auto built = builder.build();
  ASSERT_TRUE(built.matcher) << built.error;
  const auto& matcher = *built.matcher;
  const auto stats = matcher.stats();
  EXPECT_EQ(stats.table_bytes / (size_t(stats.states) * stats.classes), expect_wide_table ? 4u : 2u);

  // Keywords repeated in a list (after ASCII lower-casing) count once.
  std::vector<std::vector<std::string>> distinct(lists.size());
  for (size_t l = 0; l < lists.size(); ++l) {
    for (const std::string& k : lists[l]) {
      if (std::find(distinct[l].begin(), distinct[l].end(), lower(k)) == distinct[l].end()) {
        distinct[l].push_back(lower(k));
      }
    }
  }
  text::KeywordScan scan;
  for (int round = 0; round < setup.rounds; ++round) {
    const size_t length = round < setup.rounds / 2 ? size_t(round) * 5 : 64 + rng() % 3000;
    const std::string input = random_string(rng, text_alphabet, length);
    // The same text whole, and cut into up to four parts at random places.
    std::vector<std::string_view> parts;
    size_t at = 0;
    for (int cut = 0; cut < 3; ++cut) {
      const size_t next = at + (input.size() - at ? rng() % (input.size() - at + 1) : 0);
      parts.push_back(std::string_view(input).substr(at, next - at));
      at = next;
    }
    parts.push_back(std::string_view(input).substr(at));
    std::vector<uint32_t> expected(lists.size(), 0);
    for (uint32_t l = 0; l < lists.size(); ++l) {
      for (const std::string& k : distinct[l]) expected[l] += naive_found(input, k, l % 2 == 1);
    }
    for (int variant = 0; variant < 2; ++variant) {
      if (variant == 0) {
        matcher.scan(input, scan);
      } else {
        matcher.scan(std::span<const std::string_view>(parts), scan);
      }
      for (uint32_t l = 0; l < lists.size(); ++l) {
        ASSERT_EQ(matcher.hits(scan, l), expected[l])
            << "seed " << seed << " round " << round << " list " << l << " variant " << variant;
      }
    }
  }
}

TEST(KeywordMatcherDifferential, AgreesWithNaiveSearchOnSmallAutomata) {
  const RandomSets setup{6, 12, 1, 6, {"a", "b", "c", " ", "-", "\u00e9", "B"}};
  for (uint32_t seed = 1; seed <= 6; ++seed) check_random_sets(setup, seed, false);
}

TEST(KeywordMatcherDifferential, AgreesWithNaiveSearchWithLongKeywords) {
  const RandomSets setup{4, 20, 10, 40, {"a", "b", "c", " "}};
  for (uint32_t seed = 11; seed <= 13; ++seed) check_random_sets(setup, seed, false);
}

TEST(KeywordMatcherDifferential, AgreesWithNaiveSearchOnAutomataBeyond16Bits) {
  const RandomSets setup{4, 1200, 6, 12,
                    {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", " ", "-", "\u00e9"},
                    60};
  check_random_sets(setup, 21, true);
}

}  // namespace
