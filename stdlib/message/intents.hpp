// std.message intent signals (cancellation, request for a human, do not
// contact, complaint, emergency) in the new text of a message, each with its
// evidence, or dismissed by a negation or a neutral phrase. A detector is
// built once and shared; detect() writes only into the caller's arena.
// Phrase lists: intent_phrases.cpp; rules: README.md.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib/core/arena.hpp"
#include "stdlib/message/latest_part.hpp"
#include "stdlib/text/keyword_matcher.hpp"

namespace charter::stdlib::message {

enum class Intent : uint8_t { Cancellation, HumanRequest, DoNotContact, Complaint, Emergency };
inline constexpr size_t kIntentCount = 5;
std::string_view intent_name(Intent intent);

struct IntentPhrase {
  Intent intent;
  std::string_view phrase;  // lower case; whole words; "'" also matches "’"
  bool negatable = true;    // false: a negation before it does not dismiss it
};

/// The standard lists (intent_phrases.cpp).
std::span<const IntentPhrase> standard_intent_phrases();
/// Words that dismiss a phrase a few words after them in the same clause.
std::span<const std::string_view> standard_negations();
/// Words that end a clause, like "," does: "but", "mais", "aber" …
std::span<const std::string_view> standard_clause_words();
/// Phrases in which an intent phrase means nothing: "cancellation policy".
std::span<const std::string_view> standard_neutral_phrases();

struct IntentSignal {
  Intent intent;
  std::string_view phrase;        // as listed
  std::string_view matched;       // as written in the message
  std::string_view excerpt;       // the clause around it, a few words either side
  bool text_before = false;       // the excerpt is cut at its start
  bool text_after = false;        // … at its end
  bool dismissed = false;         // negated or neutral: not a signal
  std::string_view dismissed_by;  // the negation ("don't") or the neutral phrase
};

struct IntentReport {
  std::array<bool, kIntentCount> found{};
  /// Per phrase, its first occurrence that counts, plus every dismissed
  /// occurrence (for the explanation), in text order.
  std::span<const IntentSignal> signals;

  bool has(Intent intent) const { return found[static_cast<size_t>(intent)]; }
  /// The first signal that counts for `intent`, or null.
  const IntentSignal* evidence(Intent intent) const;
};

class IntentDetector {
 public:
  struct Build {
    std::unique_ptr<const IntentDetector> detector;
    std::string error;
  };
  static Build build(std::span<const IntentPhrase> phrases,
                     std::span<const std::string_view> negations,
                     std::span<const std::string_view> clause_words,
                     std::span<const std::string_view> neutral_phrases);
  /// The standard lists, built once.
  static const IntentDetector& standard();

  /// Signals in `text`, taken as the new part of a message: each paragraph
  /// (blank-line separated) on its own, NFC, white space collapsed.
  IntentReport detect(std::string_view text, Arena& arena) const;

 private:
  IntentDetector() = default;
  struct Paragraph;
  std::span<const Paragraph> paragraphs(std::string_view text, Arena& arena) const;
  IntentSignal classify(const Paragraph& paragraph, const text::KeywordOccurrence& found) const;
  bool dismissed_by_negation(std::string_view clause, size_t at, std::string_view* word) const;
  bool is_listed(std::span<const std::string> words, std::string_view word) const;

  struct Entry {
    std::string listed;  // the phrase as listed (a "’" variant points back to it)
    bool negatable;
  };
  // Lists 0..4 of the matcher are the intents, list 5 the neutral phrases;
  // entries_[list][i] describes the matcher's keyword i of that list.
  std::unique_ptr<const text::KeywordMatcher> matcher_;
  std::vector<Entry> entries_[kIntentCount + 1];
  std::vector<std::string> negations_;
  std::vector<std::string> clause_words_;
};

/// latest_part(body), then the standard detector over its new text.
struct MessageIntents {
  LatestPart part;
  IntentReport intents;
};
MessageIntents message_intents(std::string_view body, Arena& arena);

}  // namespace charter::stdlib::message
