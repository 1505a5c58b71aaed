// Evaluation: one pass of the keyword DFA over a text (or the parts of a
// joined text), then the per-list counts. The inner loop does one table
// look-up per byte; reporting states are rare and handled out of line.
#include <algorithm>
#include <bit>

#include "base/check.hpp"
#include "stdlib/text/joined_text.hpp"
#include "stdlib/text/keyword_matcher.hpp"

namespace charter::stdlib::text {

// What the scan loop needs beyond the automaton: where to record.
struct ScanContext {
  JoinedText text;
  uint64_t* seen;
  uint64_t* found;
  uint32_t* hits;
};

namespace {

// Below this many bytes per slice a part is scanned with fewer streams: the
// interleaving pays off only when there is enough text to overlap.
constexpr size_t kMinSliceBytes = 64;

// Measured on RW1 texts: 3 streams are 30% slower, 5 no faster, 6 slower.
constexpr size_t kStreams = 4;

// A reporting state (its row) met on the byte at `at`.
struct PendingOutput {
  uint32_t row;
  const uint8_t* at;
};
constexpr size_t kPendingCapacity = 64;

// The state of K interleaved scan loops: stream j reads at[j][i].
template <size_t K>
struct Streams {
  const uint8_t* at[K];
  uint32_t row[K];
};

// Runs K streams from `index` up to `end`, stopping early when the queue is
// nearly full; returns how many reporting states were queued. The state is
// copied into locals, the index counts up to zero and a 16-bit table's
// threshold is a constant, so that everything fits in registers.
template <size_t K, class Row>
size_t run_streams(const Row* delta, const uint32_t* cls, uint32_t runtime_limit,
                   Streams<K>& streams, size_t& index, size_t end, PendingOutput* pending) {
  const uint32_t limit = sizeof(Row) == 2 ? kNarrowThreshold : runtime_limit;
  const uint8_t* b[K];
  uint32_t r[K];
#pragma GCC unroll 16
  for (size_t j = 0; j < K; ++j) b[j] = streams.at[j] + end, r[j] = streams.row[j];
  auto i = static_cast<ptrdiff_t>(index) - static_cast<ptrdiff_t>(end);
  size_t queued = 0;
  while (i != 0) {
    uint32_t any = 0;
#pragma GCC unroll 16
    for (size_t j = 0; j < K; ++j) {
      r[j] = delta[r[j] + cls[b[j][i]]];
      any |= r[j];
    }
    // Every row is below 2 * limit (a power of two), so the OR of the rows
    // reaches `limit` exactly when one of them does: see MatcherCompiler.
    if (any >= limit) [[unlikely]] {
#pragma GCC unroll 16
      for (size_t j = 0; j < K; ++j) {
        if (r[j] >= limit) pending[queued++] = {r[j], b[j] + i};
      }
      if (queued + K > kPendingCapacity) {
        ++i;
        break;
      }
    }
    ++i;
  }
  index = static_cast<size_t>(static_cast<ptrdiff_t>(end) + i);
#pragma GCC unroll 16
  for (size_t j = 0; j < K; ++j) streams.row[j] = r[j];
  return queued;
}

}  // namespace

void KeywordMatcher::on_output(uint32_t row, size_t end, const ScanContext& ctx) const {
  const uint32_t k = output_index(row);
  ctx.seen[k >> 6] |= uint64_t(1) << (k & 63);
  const Output& output = outputs_[k];
  if (!output.has_whole_word) return;
  for (uint32_t i = output.patterns_begin; i < output.patterns_end; ++i) {
    const Pattern& pattern = patterns_[output_patterns_[i]];
    if (pattern.whole_begin == pattern.whole_end) continue;
    const size_t begin = end - pattern.length;
    if (pattern.word_start && utf8::is_word_char(ctx.text.code_point_before(begin))) continue;
    if (pattern.word_end && utf8::is_word_char(ctx.text.code_point_at(end))) continue;
    for (uint32_t w = pattern.whole_begin; w < pattern.whole_end; ++w) {
      const uint32_t entry = whole_entries_[w];
      const uint64_t bit = uint64_t(1) << (entry & 63);
      if ((ctx.found[entry >> 6] & bit) != 0) continue;
      ctx.found[entry >> 6] |= bit;
      ++ctx.hits[entry_list_[entry]];
    }
  }
}

template <class Row>
uint32_t KeywordMatcher::scan_part(std::string_view part, size_t offset, uint32_t row,
                                   const ScanContext& ctx) const {
  const Row* delta;
  if constexpr (sizeof(Row) == 2) {
    delta = delta16_.data();
  } else {
    delta = delta32_.data();
  }
  const uint32_t* cls = class_of_.data();
  const auto* p = reinterpret_cast<const uint8_t*>(part.data());
  const size_t n = part.size();
  // Reporting states met are queued and handled between runs of the loops,
  // which therefore contain no call.
  PendingOutput pending[kPendingCapacity];
  auto flush = [&](size_t queued) {
    for (size_t i = 0; i < queued; ++i) {
      on_output(pending[i].row, offset + size_t(pending[i].at - p) + 1, ctx);
    }
  };
  auto run = [&](const uint8_t* from, size_t count, uint32_t r) {
    Streams<1> stream{{from}, {r}};
    for (size_t i = 0; i < count;) {
      flush(run_streams(delta, cls, first_output_row_, stream, i, count, pending));
    }
    return stream.row[0];
  };
  // K streams, interleaved so that their table look-ups overlap instead of
  // forming one long dependency chain. Every stream reads `length` bytes:
  // stream 0 from the start (in the state the previous part left), stream j
  // from j * slice - overlap, and the last one up to the end, all starting in
  // the start state. A stream started at s reports every match that starts
  // at or after s, and a match is at most max_length_ bytes long, so each
  // match end in [j * slice, (j + 1) * slice) is seen by stream j (the last
  // stream covers [n - slice, n)). Matches seen twice only set the same bits
  // again. The last stream reads at least max_length_ bytes, so its final
  // state is the true one. No stream has a tail to finish alone.
  auto run_sliced = [&]<size_t K>(std::integral_constant<size_t, K>) {
    const size_t overlap = max_length_ - 1;
    const size_t slice = (n + K - 1) / K;
    const size_t length = slice + overlap;
    Streams<K> streams{};
    for (size_t j = 0; j + 1 < K; ++j) streams.at[j] = j == 0 ? p : p + j * slice - overlap;
    streams.at[K - 1] = p + n - length;
    streams.row[0] = row;
    for (size_t i = 0; i < length;) {
      flush(run_streams(delta, cls, first_output_row_, streams, i, length, pending));
    }
    return streams.row[K - 1];
  };
  if (n / kStreams >= std::max<size_t>(kMinSliceBytes, max_length_)) {
    return run_sliced(std::integral_constant<size_t, kStreams>());
  }
  return run(p, n, row);
}

template <class Row>
void KeywordMatcher::scan_parts(std::span<const std::string_view> parts, KeywordScan& out) const {
  out.matcher_ = this;
  out.located_ = false;
  out.found_.assign(std::max<uint32_t>(mask_words_, 1), 0);  // an empty list reads word 0
  out.seen_.assign((outputs_.size() + 63) / 64, 0);
  out.hits_.assign(lists_.size(), 0);
  const ScanContext ctx{JoinedText(parts), out.seen_.data(), out.found_.data(), out.hits_.data()};
  uint32_t row = 0;
  size_t offset = 0;
  for (const std::string_view part : parts) {
    row = scan_part<Row>(part, offset, row, ctx);
    offset += part.size();
  }
  // Substring keywords: the union of what every reporting state met
  // reports. Each keyword found for the first time counts for its list
  // (work in proportion to what was found, not to the number of lists).
  for (size_t w = 0; w < out.seen_.size(); ++w) {
    for (uint64_t bits = out.seen_[w]; bits != 0; bits &= bits - 1) {
      const size_t k = w * 64 + static_cast<size_t>(std::countr_zero(bits));
      const uint64_t* mask = output_masks_.data() + k * mask_words_;
      for (uint32_t i = 0; i < mask_words_; ++i) {
        const uint64_t fresh = mask[i] & ~out.found_[i];
        out.found_[i] |= fresh;
        for (uint64_t f = fresh; f != 0; f &= f - 1) {
          ++out.hits_[entry_list_[i * 64 + static_cast<size_t>(std::countr_zero(f))]];
        }
      }
    }
  }
}

void KeywordMatcher::scan(std::span<const std::string_view> parts, KeywordScan& out) const {
  // A short part (a subject) would be read by one stream alone, about six
  // times slower per byte than interleaved streams: copying the parts into
  // the scan's reusable buffer is cheaper. Offsets are the same either way.
  size_t total = 0;
  for (const std::string_view part : parts) total += part.size();
  if (parts.size() > 1 && total >= kStreams * kMinSliceBytes) {
    out.joined_.resize(total);
    size_t at = 0;
    for (const std::string_view part : parts) {
      std::copy(part.begin(), part.end(), out.joined_.begin() + static_cast<ptrdiff_t>(at));
      at += part.size();
    }
    const std::string_view joined = out.joined_;
    parts = std::span<const std::string_view>(&joined, 1);
    if (delta32_.empty()) {
      scan_parts<uint16_t>(parts, out);
    } else {
      scan_parts<uint32_t>(parts, out);
    }
    return;
  }
  if (delta32_.empty()) {
    scan_parts<uint16_t>(parts, out);
  } else {
    scan_parts<uint32_t>(parts, out);
  }
}

void KeywordMatcher::scan(std::string_view text, KeywordScan& out) const {
  scan(std::span<const std::string_view>(&text, 1), out);
}

bool KeywordMatcher::found(const KeywordScan& scan, uint32_t list, uint32_t index) const {
  CHARTER_CHECK(scan.matcher_ == this, "keyword scan read through another matcher");
  const uint32_t entry = lists_[list].first_entry + index;
  return (scan.found_[entry >> 6] >> (entry & 63)) & 1;
}

}  // namespace charter::stdlib::text
