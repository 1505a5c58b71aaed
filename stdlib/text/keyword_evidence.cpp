// Evidence for matched keywords, computed on demand after a scan: a second,
// single-stream pass records the first occurrence of every pattern, then each
// found keyword is cut out of the text with a few words around it. Runs only
// when an explanation is asked for, so it favours simplicity over speed.
#include <algorithm>

#include "base/check.hpp"
#include "stdlib/text/joined_text.hpp"
#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/normalize.hpp"

namespace charter::stdlib::text {
namespace {

unsigned char byte_at(const JoinedText& text, size_t pos) {
  char c;
  text.copy(pos, pos + 1, &c);
  return static_cast<unsigned char>(c);
}

bool is_continuation(const JoinedText& text, size_t pos) {
  return pos < text.size() && (byte_at(text, pos) & 0xC0) == 0x80;
}

// [begin, end) widened by about `context` bytes each side, stopping at word
// boundaries (ASCII white space) and never splitting a UTF-8 sequence.
std::pair<size_t, size_t> excerpt_bounds(const JoinedText& text, size_t begin, size_t end,
                                         size_t context) {
  size_t from = begin > context ? begin - context : 0;
  if (from > 0) {
    size_t word_start = from;
    while (word_start < begin && !utf8::is_ascii_space(byte_at(text, word_start - 1))) ++word_start;
    if (word_start < begin || utf8::is_ascii_space(byte_at(text, begin - 1))) from = word_start;
    while (from < begin && is_continuation(text, from)) ++from;
  }
  while (from < begin && utf8::is_ascii_space(byte_at(text, from))) ++from;

  size_t to = std::min(text.size(), end + context);
  if (to < text.size()) {
    size_t word_end = to;
    while (word_end > end && !utf8::is_ascii_space(byte_at(text, word_end))) --word_end;
    if (word_end > end || utf8::is_ascii_space(byte_at(text, end))) to = word_end;
    while (to > end && is_continuation(text, to)) --to;
  }
  while (to > end && utf8::is_ascii_space(byte_at(text, to - 1))) --to;
  return {from, to};
}

}  // namespace

void KeywordMatcher::locate(std::span<const std::string_view> parts, KeywordScan& scan) const {
  scan.first_end_.assign(patterns_.size() * 2, 0);
  const JoinedText text(parts);
  uint32_t row = 0;
  size_t end = 0;
  for (const std::string_view part : parts) {
    for (const char c : part) {
      row = next_row(row, static_cast<unsigned char>(c));
      ++end;
      if (row < first_output_row_) continue;
      const Output& output = outputs_[output_index(row)];
      for (uint32_t i = output.patterns_begin; i < output.patterns_end; ++i) {
        const uint32_t p = output_patterns_[i];
        const Pattern& pattern = patterns_[p];
        const auto at = static_cast<uint32_t>(end);
        if (scan.first_end_[2 * p] == 0) scan.first_end_[2 * p] = at;
        if (scan.first_end_[2 * p + 1] != 0 || pattern.whole_begin == pattern.whole_end) continue;
        const size_t begin = end - pattern.length;
        if (pattern.word_start && utf8::is_word_char(text.code_point_before(begin))) continue;
        if (pattern.word_end && utf8::is_word_char(text.code_point_at(end))) continue;
        scan.first_end_[2 * p + 1] = at;
      }
    }
  }
  scan.located_ = true;
}

template <class Visit>
void KeywordMatcher::for_each_occurrence(std::string_view text, Visit&& visit) const {
  const std::span<const std::string_view> parts(&text, 1);
  const JoinedText joined(parts);
  uint32_t row = 0;
  for (size_t end = 1; end <= text.size(); ++end) {
    row = next_row(row, static_cast<unsigned char>(text[end - 1]));
    if (row < first_output_row_) continue;
    const Output& output = outputs_[output_index(row)];
    for (uint32_t i = output.patterns_begin; i < output.patterns_end; ++i) {
      const Pattern& pattern = patterns_[output_patterns_[i]];
      const size_t begin = end - pattern.length;
      const bool on_boundaries =
          !(pattern.word_start && utf8::is_word_char(joined.code_point_before(begin))) &&
          !(pattern.word_end && utf8::is_word_char(joined.code_point_at(end)));
      for (uint32_t e = pattern.entries_begin; e < pattern.entries_end; ++e) {
        const uint32_t entry = pattern_entries_[e];
        if (entries_[entry].whole_word && !on_boundaries) continue;
        const uint32_t list = entry_list_[entry];
        visit(KeywordOccurrence{list, entry - lists_[list].first_entry, static_cast<uint32_t>(begin),
                                pattern.length});
      }
    }
  }
}

std::span<const KeywordOccurrence> KeywordMatcher::occurrences(std::string_view text,
                                                              Arena& arena) const {
  size_t count = 0;
  for_each_occurrence(text, [&](const KeywordOccurrence&) { ++count; });
  if (count == 0) return {};
  auto* items = arena.allocate_array<KeywordOccurrence>(count);
  size_t filled = 0;
  for_each_occurrence(text, [&](const KeywordOccurrence& o) { items[filled++] = o; });
  // Occurrences ending at the same byte come in pattern order; order them
  // by list and index so the output does not depend on automaton layout.
  for (size_t i = 1; i < count; ++i) {
    const KeywordOccurrence item = items[i];
    size_t j = i;
    auto before = [](const KeywordOccurrence& a, const KeywordOccurrence& b) {
      const uint32_t end_a = a.offset + a.length, end_b = b.offset + b.length;
      return end_a != end_b ? end_a < end_b : a.list != b.list ? a.list < b.list : a.index < b.index;
    };
    for (; j > 0 && before(item, items[j - 1]); --j) items[j] = items[j - 1];
    items[j] = item;
  }
  return {items, count};
}

std::span<const KeywordEvidence> KeywordMatcher::evidence(std::span<const std::string_view> parts,
                                                          KeywordScan& scan, uint32_t list,
                                                          Arena& arena,
                                                          uint32_t context_bytes) const {
  CHARTER_CHECK(scan.matcher_ == this, "keyword scan read through another matcher");
  const uint32_t count = hits(scan, list);
  if (count == 0) return {};
  if (!scan.located_) locate(parts, scan);
  const JoinedText text(parts);
  auto* items = arena.allocate_array<KeywordEvidence>(count);
  uint32_t filled = 0;
  const ListInfo& info = lists_[list];
  for (uint32_t index = 0; index < info.entry_count && filled < count; ++index) {
    if (!found(scan, list, index)) continue;
    const Entry& entry = entries_[info.first_entry + index];
    const size_t end = scan.first_end_[2 * entry.pattern + (entry.whole_word ? 1 : 0)];
    CHARTER_CHECK(end != 0, "a found keyword has no first occurrence");
    const size_t begin = end - patterns_[entry.pattern].length;
    const auto [from, to] = excerpt_bounds(text, begin, end, context_bytes);
    KeywordEvidence& item = items[filled++];
    item = KeywordEvidence{};
    item.keyword = entry.keyword;
    item.matched = text.slice(begin, end, arena);
    item.excerpt = text.slice(from, to, arena);
    item.offset = static_cast<uint32_t>(begin);
    item.text_before = from > 0;
    item.text_after = to < text.size();
  }
  // Text order; keywords at the same offset keep list order. Insertion sort:
  // stable, in place (std::stable_sort would allocate), and lists are short.
  for (uint32_t i = 1; i < filled; ++i) {
    const KeywordEvidence item = items[i];
    uint32_t j = i;
    for (; j > 0 && items[j - 1].offset > item.offset; --j) items[j] = items[j - 1];
    items[j] = item;
  }
  return {items, filled};
}

std::span<const KeywordEvidence> KeywordMatcher::evidence(std::string_view text,
                                                          KeywordScan& scan, uint32_t list,
                                                          Arena& arena,
                                                          uint32_t context_bytes) const {
  return evidence(std::span<const std::string_view>(&text, 1), scan, list, arena, context_bytes);
}

Excerpt excerpt_around(std::string_view text, size_t begin, size_t end, size_t context_bytes) {
  const JoinedText joined(std::span<const std::string_view>(&text, 1));
  const auto [from, to] = excerpt_bounds(joined, begin, end, context_bytes);
  return {text.substr(from, to - from), from > 0, to < text.size()};
}

std::string_view render_excerpt(const KeywordEvidence& evidence, Arena& arena) {
  static constexpr std::string_view kEllipsis = "\u2026";
  const std::string_view body = collapse_whitespace(evidence.excerpt, arena);
  const size_t size = body.size() + (evidence.text_before ? kEllipsis.size() : 0) +
                      (evidence.text_after ? kEllipsis.size() : 0);
  char* out = arena.allocate_array<char>(size);
  size_t at = 0;
  auto put = [&](std::string_view piece) {
    std::copy(piece.begin(), piece.end(), out + at);
    at += piece.size();
  };
  if (evidence.text_before) put(kEllipsis);
  put(body);
  if (evidence.text_after) put(kEllipsis);
  return {out, size};
}

}  // namespace charter::stdlib::text
