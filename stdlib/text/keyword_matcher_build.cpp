// Prepare time: keyword lists → one Aho-Corasick DFA. The automaton runs over
// a compressed alphabet (one class per byte that occurs in some keyword, with
// A-Z sharing the classes of a-z when caseless; every other byte is class 0),
// its transitions are complete (no failure links at scan time), and states are
// numbered so that "this state reports a keyword" is one comparison: states
// that report come last.
#include <algorithm>
#include <bit>
#include <map>
#include <queue>

#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/normalize.hpp"
#include "stdlib/text/utf8.hpp"

namespace charter::stdlib::text {

namespace {

bool first_is_word_char(std::string_view pattern) {
  return utf8::is_word_char(utf8::decode(pattern, 0).code_point);
}

bool last_is_word_char(std::string_view pattern) {
  const size_t start = utf8::previous_start(pattern, pattern.size());
  return utf8::is_word_char(utf8::decode(pattern, start).code_point);
}

}  // namespace

// Builds the automaton of a KeywordMatcher from its patterns and entries.
struct MatcherCompiler {
  KeywordMatcher& m;
  const std::vector<std::string>& patterns;

  void assign_classes() {
    std::array<bool, 256> used{};
    for (const std::string& p : patterns) {
      for (const char c : p) used[static_cast<unsigned char>(c)] = true;
    }
    const bool caseless = m.case_ != KeywordCase::Exact;
    m.class_of_.fill(0);
    uint32_t classes = 1;
    for (int b = 0; b < 256; ++b) {
      if (!used[b] || m.class_of_[b] != 0) continue;
      m.class_of_[b] = classes;
      if (caseless && b >= 'a' && b <= 'z') m.class_of_[b - 32] = classes;
      ++classes;
    }
    m.class_count_ = classes;
  }

  // The automaton while it is built: trie edges (then complete transitions)
  // and, per state, the patterns it reports.
  std::vector<std::vector<int32_t>> next;
  std::vector<std::vector<uint32_t>> out;

  void build_trie() {
    const uint32_t nc = m.class_count_;
    next.assign(1, std::vector<int32_t>(nc, -1));
    out.assign(1, {});
    for (uint32_t p = 0; p < patterns.size(); ++p) {
      size_t s = 0;
      for (const char c : patterns[p]) {
        const uint32_t k = m.class_of_[static_cast<unsigned char>(c)];
        if (next[s][k] < 0) {
          next[s][k] = static_cast<int32_t>(next.size());
          next.emplace_back(nc, -1);
          out.emplace_back();
        }
        s = static_cast<size_t>(next[s][k]);
      }
      out[s].push_back(p);
    }
  }

  // Breadth-first: failure links, outputs closed over suffixes, complete
  // transitions (a missing edge borrows the failure state's edge). Returns
  // the states in breadth-first order.
  std::vector<size_t> complete_transitions() {
    const size_t n = next.size();
    std::vector<int32_t> fail(n, 0);
    std::vector<size_t> order;
    order.reserve(n);
    std::queue<size_t> queue;
    queue.push(0);
    while (!queue.empty()) {
      const size_t s = queue.front();
      queue.pop();
      order.push_back(s);
      if (s != 0) {
        const auto& inherited = out[static_cast<size_t>(fail[s])];
        out[s].insert(out[s].end(), inherited.begin(), inherited.end());
      }
      for (uint32_t k = 0; k < m.class_count_; ++k) {
        const int32_t t = next[s][k];
        const int32_t via_fail = s == 0 ? 0 : next[static_cast<size_t>(fail[s])][k];
        if (t < 0) {
          next[s][k] = via_fail;
        } else {
          fail[static_cast<size_t>(t)] = via_fail;
          queue.push(static_cast<size_t>(t));
        }
      }
    }
    return order;
  }

  // Rows: silent states from 0, reporting states from `threshold`, a power
  // of two above every silent row and at least the reporting rows' span.
  // Every row is then below 2 * threshold, and "one of several streams
  // reports" is (r0 | r1 | r2 | r3) >= threshold: one comparison. 16-bit
  // tables use a fixed threshold, a constant in the scan loop. The gap
  // between the two groups is never read.
  void fill_table(const std::vector<size_t>& ranked, size_t first_output) {
    const size_t n = ranked.size(), nc = m.class_count_;
    std::vector<uint32_t> rank(n);
    for (size_t i = 0; i < n; ++i) rank[ranked[i]] = static_cast<uint32_t>(i);
    const size_t silent_rows = first_output * nc;
    const size_t output_rows = (n - first_output) * nc;
    const bool narrow = silent_rows <= kNarrowThreshold && output_rows <= kNarrowThreshold;
    const size_t threshold =
        narrow ? kNarrowThreshold : std::bit_ceil(std::max<size_t>({silent_rows, output_rows, 1}));
    auto row_of = [&](size_t r) {
      return r < first_output ? r * nc : threshold + (r - first_output) * nc;
    };
    m.state_count_ = static_cast<uint32_t>(n);
    m.first_output_row_ = static_cast<uint32_t>(threshold);
    m.row_magic_ = (uint64_t(1) << 32) / nc + 1;
    if (narrow) {
      m.delta16_.assign(threshold + output_rows, 0);
    } else {
      m.delta32_.assign(threshold + output_rows, 0);
    }
    for (size_t i = 0; i < n; ++i) {
      const size_t at = row_of(i);
      for (size_t k = 0; k < nc; ++k) {
        const size_t row = row_of(rank[static_cast<size_t>(next[ranked[i]][k])]);
        if (narrow) {
          m.delta16_[at + k] = static_cast<uint16_t>(row);
        } else {
          m.delta32_[at + k] = static_cast<uint32_t>(row);
        }
      }
    }
  }

  void compile() {
    assign_classes();
    build_trie();
    const std::vector<size_t> order = complete_transitions();
    // Numbering: silent states first (breadth-first, so the shallow, hot
    // states share cache lines), then the reporting ones.
    std::vector<size_t> ranked;
    ranked.reserve(order.size());
    for (const size_t s : order) {
      if (out[s].empty()) ranked.push_back(s);
    }
    const size_t first_output = ranked.size();
    for (const size_t s : order) {
      if (!out[s].empty()) ranked.push_back(s);
    }
    fill_table(ranked, first_output);
    build_outputs(ranked, first_output);
  }

  void build_outputs(const std::vector<size_t>& ranked, size_t first_output) {
    m.mask_words_ = static_cast<uint32_t>((m.entries_.size() + 63) / 64);
    for (size_t i = first_output; i < ranked.size(); ++i) {
      auto& reported = out[ranked[i]];
      std::sort(reported.begin(), reported.end());
      reported.erase(std::unique(reported.begin(), reported.end()), reported.end());
      KeywordMatcher::Output output{};
      output.patterns_begin = static_cast<uint32_t>(m.output_patterns_.size());
      const size_t mask_at = m.output_masks_.size();
      m.output_masks_.resize(mask_at + m.mask_words_, 0);
      for (const uint32_t p : reported) {
        m.output_patterns_.push_back(p);
        const KeywordMatcher::Pattern& pattern = m.patterns_[p];
        if (pattern.whole_end > pattern.whole_begin) output.has_whole_word = true;
      }
      output.patterns_end = static_cast<uint32_t>(m.output_patterns_.size());
      for (uint32_t e = 0; e < m.entries_.size(); ++e) {
        const KeywordMatcher::Entry& entry = m.entries_[e];
        if (entry.whole_word) continue;
        if (std::binary_search(reported.begin(), reported.end(), entry.pattern)) {
          m.output_masks_[mask_at + e / 64] |= uint64_t(1) << (e % 64);
        }
      }
      m.outputs_.push_back(output);
    }
  }
};

uint32_t KeywordMatcherBuilder::add_list(std::string_view name,
                                         std::span<const std::string_view> keywords,
                                         KeywordMode mode) {
  List list{std::string(name), {}, mode};
  list.keywords.reserve(keywords.size());
  for (const std::string_view k : keywords) list.keywords.emplace_back(k);
  lists_.push_back(std::move(list));
  return static_cast<uint32_t>(lists_.size() - 1);
}

KeywordMatcherBuild KeywordMatcherBuilder::build() const {
  std::unique_ptr<KeywordMatcher> m(new KeywordMatcher());
  m->case_ = case_;
  Arena arena(4096);
  std::vector<std::string> patterns;
  std::map<std::string, uint32_t, std::less<>> pattern_ids;
  std::vector<std::vector<uint32_t>> whole_by_pattern;
  std::vector<std::vector<uint32_t>> entries_by_pattern;

  for (const List& list : lists_) {
    KeywordMatcher::ListInfo info{list.name, static_cast<uint32_t>(m->entries_.size()), 0,
                                  list.mode};
    std::vector<uint32_t> in_list;
    for (size_t i = 0; i < list.keywords.size(); ++i) {
      const std::string& keyword = list.keywords[i];
      if (keyword.empty()) {
        return {nullptr, "list `" + list.name + "`: keyword " + std::to_string(i + 1) +
                             " is empty; an empty keyword would match every text"};
      }
      std::string_view key = keyword;
      if (case_ == KeywordCase::Folded) key = fold_case(keyword, arena);
      if (case_ != KeywordCase::Exact) key = ascii_lower(key, arena);
      auto [it, inserted] = pattern_ids.try_emplace(std::string(key),
                                                    static_cast<uint32_t>(patterns.size()));
      if (inserted) {
        patterns.emplace_back(key);
        whole_by_pattern.emplace_back();
        entries_by_pattern.emplace_back();
      }
      const uint32_t pattern = it->second;
      if (std::find(in_list.begin(), in_list.end(), pattern) != in_list.end()) continue;
      in_list.push_back(pattern);
      const bool whole = list.mode == KeywordMode::WholeWord;
      if (whole) whole_by_pattern[pattern].push_back(static_cast<uint32_t>(m->entries_.size()));
      entries_by_pattern[pattern].push_back(static_cast<uint32_t>(m->entries_.size()));
      m->entries_.push_back({keyword, pattern, whole});
      m->entry_list_.push_back(static_cast<uint32_t>(m->lists_.size()));
    }
    info.entry_count = static_cast<uint32_t>(in_list.size());
    m->lists_.push_back(std::move(info));
    arena.reset();
  }

  for (uint32_t p = 0; p < patterns.size(); ++p) {
    KeywordMatcher::Pattern pattern{};
    pattern.length = static_cast<uint32_t>(patterns[p].size());
    pattern.word_start = first_is_word_char(patterns[p]);
    pattern.word_end = last_is_word_char(patterns[p]);
    pattern.whole_begin = static_cast<uint32_t>(m->whole_entries_.size());
    m->whole_entries_.insert(m->whole_entries_.end(), whole_by_pattern[p].begin(),
                             whole_by_pattern[p].end());
    pattern.whole_end = static_cast<uint32_t>(m->whole_entries_.size());
    pattern.entries_begin = static_cast<uint32_t>(m->pattern_entries_.size());
    m->pattern_entries_.insert(m->pattern_entries_.end(), entries_by_pattern[p].begin(),
                               entries_by_pattern[p].end());
    pattern.entries_end = static_cast<uint32_t>(m->pattern_entries_.size());
    m->patterns_.push_back(pattern);
    m->max_length_ = std::max(m->max_length_, pattern.length);
  }
  MatcherCompiler{*m, patterns, {}, {}}.compile();
  return {std::move(m), {}};
}

KeywordMatcher::Stats KeywordMatcher::stats() const {
  const size_t used_rows = size_t(state_count_) * class_count_;
  const size_t table = used_rows * (delta32_.empty() ? sizeof(uint16_t) : sizeof(uint32_t));
  return {state_count_, class_count_, static_cast<uint32_t>(patterns_.size()),
          static_cast<uint32_t>(entries_.size()), table};
}

}  // namespace charter::stdlib::text
