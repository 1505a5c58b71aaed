// std.text keyword matching: keyword lists over the same text merged into one
// automaton at prepare time (KeywordMatcherBuilder); one scan per event gives
// each list's distinct hits; evidence is computed only when asked. A matcher
// is immutable and shared by all threads; a KeywordScan is per thread and
// reused; evidence views point into the text or the caller's arena.
// Design and measurements: docs/stdlib-text-matching.md.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/check.hpp"
#include "stdlib/core/arena.hpp"

namespace charter::stdlib::text {

enum class KeywordMode : uint8_t {
  /// The keyword may occur anywhere, also inside a longer word: "press"
  /// matches "WordPress", "sponsor" matches "sponsorship".
  Substring,
  /// A word or phrase: where the keyword starts (ends) with a letter, digit,
  /// mark or "_", the text character before (after) the match must not be
  /// one. Letters are Unicode letters. Phrases match their exact spacing;
  /// collapse_whitespace() the text first to match across line breaks.
  WholeWord,
};

enum class KeywordCase : uint8_t {
  /// A-Z and a-z are the same; every other byte compares exactly. Scanning a
  /// raw text gives the same hits as scanning its ASCII lower-case copy.
  AsciiCaseless,
  /// Bytes compare exactly.
  Exact,
  /// Keywords are fold_case()d when the matcher is built; scan fold_case(text)
  /// for full Unicode caseless matching ("STRASSE" finds "straße"). ASCII
  /// letters are caseless too, so an unfolded ASCII text still matches.
  Folded,
};

class KeywordMatcher;
struct ScanContext;

// A 16-bit automaton puts its reporting states' rows at and above this.
inline constexpr uint32_t kNarrowThreshold = 32768;

/// Per-thread scan state and result: which keywords of which lists occur.
/// Filled by KeywordMatcher::scan; read through the same matcher.
class KeywordScan {
 public:
  KeywordScan() = default;

 private:
  friend class KeywordMatcher;
  std::vector<uint64_t> found_;      // one bit per list keyword (entry)
  std::vector<uint32_t> hits_;       // per list: how many of its keywords are found
  std::vector<uint64_t> seen_;       // one bit per reporting automaton state met
  std::vector<uint32_t> first_end_;  // per pattern: where its first occurrence [2p] and
                                     // first whole-word one [2p+1] end; 0: none
  std::string joined_;               // parts of a joined text, copied to scan them at once
  const KeywordMatcher* matcher_ = nullptr;
  bool located_ = false;
};

/// One matched keyword, for a classification's evidence.
struct KeywordEvidence {
  std::string_view keyword;  // as written in the list
  std::string_view matched;  // the text that matched (its case may differ)
  std::string_view excerpt;  // the match with a few words either side
  uint32_t offset = 0;       // byte offset of the match in the scanned text
  bool text_before = false;  // the excerpt starts after the start of the text
  bool text_after = false;   // the excerpt stops before the end of the text
};

/// One occurrence of a keyword (whole-word lists: only on word boundaries).
struct KeywordOccurrence {
  uint32_t list;
  uint32_t index;   // keyword index within the list
  uint32_t offset;  // byte offset in the text
  uint32_t length;  // bytes
};

struct KeywordMatcherBuild {
  std::unique_ptr<const KeywordMatcher> matcher;  // null on error
  std::string error;                              // why, when matcher is null
};

/// Collects keyword lists, then builds one matcher for all of them.
class KeywordMatcherBuilder {
 public:
  explicit KeywordMatcherBuilder(KeywordCase case_mode = KeywordCase::AsciiCaseless)
      : case_(case_mode) {}

  /// Adds a list and returns its index in the matcher (0, 1, … in call
  /// order). Keywords repeated within a list (after case handling) count once.
  uint32_t add_list(std::string_view name, std::span<const std::string_view> keywords,
                    KeywordMode mode = KeywordMode::Substring);
  uint32_t add_list(std::string_view name, std::initializer_list<std::string_view> keywords,
                    KeywordMode mode = KeywordMode::Substring) {
    return add_list(name, std::span<const std::string_view>(keywords.begin(), keywords.size()),
                    mode);
  }

  /// Builds the matcher; fails (with a message naming the list) on an empty
  /// keyword.
  KeywordMatcherBuild build() const;

 private:
  struct List {
    std::string name;
    std::vector<std::string> keywords;
    KeywordMode mode;
  };
  KeywordCase case_;
  std::vector<List> lists_;
};

class KeywordMatcher {
 public:
  uint32_t list_count() const { return static_cast<uint32_t>(lists_.size()); }
  std::string_view list_name(uint32_t list) const { return lists_[list].name; }
  KeywordMode list_mode(uint32_t list) const { return lists_[list].mode; }
  /// Distinct keywords in the list.
  uint32_t keyword_count(uint32_t list) const { return lists_[list].entry_count; }
  std::string_view keyword(uint32_t list, uint32_t index) const {
    return entries_[lists_[list].first_entry + index].keyword;
  }
  KeywordCase case_mode() const { return case_; }

  /// Scans `text` once for the keywords of every list.
  void scan(std::string_view text, KeywordScan& out) const;
  /// Scans the concatenation of `parts` without building it: a keyword may
  /// span two parts (subject, " ", body). Offsets are into the concatenation.
  void scan(std::span<const std::string_view> parts, KeywordScan& out) const;

  /// Number of distinct keywords of `list` found by the last scan.
  uint32_t hits(const KeywordScan& scan, uint32_t list) const {
    CHARTER_CHECK(scan.matcher_ == this, "keyword scan read through another matcher");
    return scan.hits_[list];
  }
  bool any(const KeywordScan& scan, uint32_t list) const { return hits(scan, list) > 0; }
  /// True when every keyword of `list` was found (true for an empty list).
  bool all(const KeywordScan& scan, uint32_t list) const {
    return hits(scan, list) == keyword_count(list);
  }
  bool found(const KeywordScan& scan, uint32_t list, uint32_t index) const;

  /// The keywords of `list` found by the last scan, in text order, each with
  /// its first occurrence and `context_bytes` (about) either side, cut at
  /// word boundaries. `text`/`parts` must be what was scanned. The array
  /// lives in `arena`.
  std::span<const KeywordEvidence> evidence(std::string_view text, KeywordScan& scan,
                                            uint32_t list, Arena& arena,
                                            uint32_t context_bytes = 24) const;
  std::span<const KeywordEvidence> evidence(std::span<const std::string_view> parts,
                                            KeywordScan& scan, uint32_t list, Arena& arena,
                                            uint32_t context_bytes = 24) const;

  /// Every occurrence of every keyword of every list in `text`, ordered by
  /// where it ends (then by list and index). Slower than scan (one stream,
  /// two passes): meant for short texts and explanations. The array lives in
  /// `arena`.
  std::span<const KeywordOccurrence> occurrences(std::string_view text, Arena& arena) const;

  /// Figures for benchmarks and documentation.
  struct Stats {
    uint32_t states, classes, patterns, entries;
    size_t table_bytes;
  };
  Stats stats() const;

 private:
  friend class KeywordMatcherBuilder;
  friend struct MatcherCompiler;
  KeywordMatcher() = default;

  struct ListInfo {
    std::string name;
    uint32_t first_entry;
    uint32_t entry_count;
    KeywordMode mode;
  };
  struct Entry {             // one keyword of one list
    std::string keyword;     // as written
    uint32_t pattern;        // the byte string the automaton looks for
    bool whole_word;
  };
  struct Pattern {
    uint32_t length;
    bool word_start;         // first character is a word character
    bool word_end;           // last character is a word character
    uint32_t whole_begin, whole_end;  // its whole-word entries, in whole_entries_
    uint32_t entries_begin, entries_end;  // all its entries, in pattern_entries_
  };
  struct Output {            // a state that reports patterns
    uint32_t patterns_begin, patterns_end;  // in output_patterns_ (suffix-closed)
    bool has_whole_word;
  };

  template <class Row>
  void scan_parts(std::span<const std::string_view> parts, KeywordScan& out) const;
  template <class Row>
  uint32_t scan_part(std::string_view part, size_t offset, uint32_t row,
                     const ScanContext& ctx) const;
  // Out of line so the scan loop keeps its registers.
  [[gnu::noinline]] void on_output(uint32_t row, size_t end, const ScanContext& ctx) const;
  uint32_t next_row(uint32_t row, unsigned char byte) const {
    const uint32_t at = row + class_of_[byte];
    return delta32_.empty() ? delta16_[at] : delta32_[at];
  }
  void locate(std::span<const std::string_view> parts, KeywordScan& scan) const;
  template <class Visit>
  void for_each_occurrence(std::string_view text, Visit&& visit) const;
  uint32_t output_index(uint32_t row) const {
    const uint32_t x = row - first_output_row_;
    return delta32_.empty() ? static_cast<uint32_t>((uint64_t(x) * row_magic_) >> 32)
                            : x / class_count_;
  }

  KeywordCase case_ = KeywordCase::AsciiCaseless;
  // 32-bit so that the scan loop can add a class to a row straight from memory.
  std::array<uint32_t, 256> class_of_{};
  uint32_t class_count_ = 1;
  // Complete DFA; entries are next-state rows pre-multiplied by class_count_.
  // 16-bit when it fits (the usual case), else 32-bit.
  std::vector<uint16_t> delta16_;
  std::vector<uint32_t> delta32_;
  uint32_t state_count_ = 1;
  uint32_t first_output_row_ = 0;  // rows at or past this (a power of two) report a keyword
  uint64_t row_magic_ = 0;         // 2^32 / class_count_ + 1: exact division of 16-bit rows
  uint32_t max_length_ = 1;        // longest pattern, bytes
  uint32_t mask_words_ = 0;        // words per entry bitset
  std::vector<Output> outputs_;
  std::vector<uint64_t> output_masks_;  // per output: substring entries, mask_words_ each
  std::vector<uint32_t> output_patterns_;
  std::vector<Pattern> patterns_;
  std::vector<uint32_t> whole_entries_;
  std::vector<uint32_t> pattern_entries_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> entry_list_;  // the list of each entry
  std::vector<ListInfo> lists_;
};

/// The text around [begin, end) of `text`: about `context_bytes` either
/// side, cut at white space, never inside a UTF-8 sequence; a view.
struct Excerpt {
  std::string_view text;
  bool text_before = false;  // cut at its start
  bool text_after = false;   // cut at its end
};
Excerpt excerpt_around(std::string_view text, size_t begin, size_t end, size_t context_bytes);

/// "…asking for a quote on…": the excerpt with white space collapsed and an
/// ellipsis where text was cut, written into `arena`.
std::string_view render_excerpt(const KeywordEvidence& evidence, Arena& arena);

}  // namespace charter::stdlib::text
