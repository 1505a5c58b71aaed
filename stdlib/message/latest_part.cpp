// latest_part, line by line. (1) The first line that starts an earlier or
// forwarded message for good (a header block, "-----Original Message-----",
// a forwarding title, an attribution without ">" lines after it) cuts the
// rest. (2) Above that, ">" blocks go, with the attribution that introduces
// them, so replies written below or between quotes stay. (3) If nothing new
// is left above a forwarding, the forwarded message itself is the new text.
// (4) The signature at the end of the new text goes.
#include "stdlib/message/latest_part.hpp"

#include <cstring>

#include "stdlib/message/message_lines.hpp"
#include "stdlib/message/signature.hpp"

namespace charter::stdlib::message {
namespace {

struct Cut {
  size_t line;       // first removed line; == last when there is no cut
  RemovedKind kind;
  RemovedBy by;
  size_t marker;     // the line that identified it
};

class Splitter {
 public:
  Splitter(std::string_view body, Arena& arena)
      : body_(body), lines_(split_lines(body, arena)) {
    gone_ = arena.allocate_array<bool>(lines_.size() + 1);
    std::memset(gone_, 0, lines_.size() + 1);
    records_ = arena.allocate_array<Removed>(lines_.size() + 2);
  }

  LatestPart run(Arena& arena);

 private:
  std::string_view raw(size_t i) const { return body_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin); }
  bool normal(size_t i, NormalLine& out) const { return normalise_line(raw(i), out); }
  size_t next_non_blank(size_t i, size_t last) const {
    while (i < last && lines_[i].blank && lines_[i].quote_depth == 0) ++i;
    return i;
  }
  void remove(RemovedKind kind, RemovedBy by, size_t first, size_t last, size_t marker);
  size_t attribution_at(size_t i, size_t last, bool* strong) const;
  size_t header_block_end(size_t i, size_t last, bool* forward) const;
  Cut find_cut(size_t first, size_t last) const;
  void remove_quote_blocks(size_t first, size_t last);
  size_t forwarded_body_start(const Cut& cut, size_t last) const;
  bool has_kept_text(size_t first, size_t last) const;
  void strip_signature(size_t first, size_t last);
  LatestPart result(Arena& arena);

  std::string_view body_;
  std::span<Line> lines_;
  bool* gone_;
  Removed* records_;
  size_t record_count_ = 0;
  bool from_forwarded_ = false;
};

void Splitter::remove(RemovedKind kind, RemovedBy by, size_t first, size_t last, size_t marker) {
  if (first >= last) return;
  for (size_t i = first; i < last; ++i) gone_[i] = true;
  records_[record_count_++] = Removed{kind, by, lines_[first].begin, lines_[last - 1].end, raw(marker)};
}

// Lines (1 to 3: clients wrap long attributions) of an attribution starting
// at line i; 0 if none. Strong: it names a date (a digit after an opener such
// as "On ") or an address, so it needs no ">" lines after it to be believed.
size_t Splitter::attribution_at(size_t i, size_t last, bool* strong) const {
  NormalLine joined;
  for (size_t k = 0; k < 3 && i + k < last; ++k) {
    const Line& line = lines_[i + k];
    if (line.blank || line.quote_depth > 0) return 0;
    if (k == 0 ? !normalise_line(raw(i), joined) : !append_normalised(raw(i + k), joined)) return 0;
    const std::string_view text = joined.view();
    const size_t dashes = text.find_first_not_of("- ");  // "---- On … wrote ----"
    const bool opener = dashes != std::string_view::npos && starts_with_reply_opener(text.substr(dashes));
    const bool address = text.find('@') != std::string_view::npos;
    if (looks_like_attribution(text)) {
      *strong = address || (opener && text.find_first_of("0123456789") != std::string_view::npos);
      return k + 1;
    }
    if (k == 0 && !opener && !address && text.find('<') == std::string_view::npos) return 0;
  }
  return 0;
}

// The end of a "From: … / Sent: … / To: … / Subject: …" block that starts at
// line i, or i when there is none. `forward` is set when its subject starts
// with "FW:" (and translations).
size_t Splitter::header_block_end(size_t i, size_t last, bool* forward) const {
  NormalLine line;
  if (!normal(i, line) || header_label(line.view()) != HeaderLabel::From) return i;
  size_t labelled = 0, unlabelled = 0, j = i + 1;
  *forward = false;
  for (; j < last && j < i + 9 && !lines_[j].blank && lines_[j].quote_depth == 0; ++j) {
    std::string_view value;
    const HeaderLabel label = normal(j, line) ? header_label(line.view(), &value) : HeaderLabel::None;
    if (label == HeaderLabel::None) {
      if (++unlabelled > 2) break;  // a wrapped To: or Cc: list, at most
      continue;
    }
    ++labelled;
    if (label == HeaderLabel::Subject && is_forward_subject(value)) *forward = true;
  }
  return labelled >= 2 ? j : i;
}

Cut Splitter::find_cut(size_t first, size_t last) const {
  NormalLine line;
  for (size_t i = first; i < last; ++i) {
    if (lines_[i].quote_depth > 0 || lines_[i].blank || !may_be_marker(raw(i))) continue;
    if (!normal(i, line)) continue;
    const std::string_view text = line.view();
    if (is_forward_title(text)) return {i, RemovedKind::Forwarded, RemovedBy::ForwardTitle, i};
    if (is_original_message_title(text)) return {i, RemovedKind::QuotedReply, RemovedBy::OriginalMessage, i};
    bool forward = false;
    const size_t rule_next = is_rule(text) ? next_non_blank(i + 1, last) : i;
    if (rule_next < last && header_block_end(rule_next, last, &forward) > rule_next) {
      return {i, forward ? RemovedKind::Forwarded : RemovedKind::QuotedReply, RemovedBy::HeaderBlock,
              rule_next};
    }
    bool strong = false;
    const size_t span = attribution_at(i, last, &strong);
    if (span > 0) {
      const size_t after = next_non_blank(i + span, last);
      const bool quotes_follow = after < last && lines_[after].quote_depth > 0;
      if (!quotes_follow && strong) return {i, RemovedKind::QuotedReply, RemovedBy::Attribution, i};
      i += span - 1;
    }
  }
  return {last, RemovedKind::QuotedReply, RemovedBy::QuoteMarks, last};
}

// ">" blocks (blank lines between quoted lines belong to the block), each
// with the attribution just above it if there is one.
void Splitter::remove_quote_blocks(size_t first, size_t last) {
  for (size_t i = first; i < last; ++i) {
    if (lines_[i].quote_depth == 0) continue;
    size_t end = i + 1;
    for (size_t j = end; j < last; ++j) {
      if (lines_[j].quote_depth > 0) {
        end = j + 1;
      } else if (!lines_[j].blank) {
        break;
      }
    }
    size_t start = i;
    RemovedBy by = RemovedBy::QuoteMarks;
    size_t above = i;
    while (above > first && lines_[above - 1].blank && lines_[above - 1].quote_depth == 0) --above;
    for (size_t k = 3; k >= 1; --k) {  // longest first: "On … <" / "sam@x> wrote:"
      bool strong = false;
      if (above < first + k) continue;
      if (!gone_[above - k] && attribution_at(above - k, above, &strong) == k) {
        start = above - k;
        by = RemovedBy::Attribution;
        break;
      }
    }
    remove(RemovedKind::QuotedReply, by, start, end, start);
    i = end - 1;
  }
}

// Where the forwarded message's own text begins: after the title or header
// block, the header lines that follow it, and blank lines.
size_t Splitter::forwarded_body_start(const Cut& cut, size_t last) const {
  size_t i = cut.by == RemovedBy::HeaderBlock ? cut.marker : cut.line + 1;
  NormalLine line;
  while (i < last) {
    if (lines_[i].blank && lines_[i].quote_depth == 0) {
      ++i;
    } else if (lines_[i].quote_depth == 0 && normal(i, line) &&
               (header_label(line.view()) != HeaderLabel::None || is_rule(line.view()))) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

bool Splitter::has_kept_text(size_t first, size_t last) const {
  for (size_t i = first; i < last; ++i) {
    if (!gone_[i] && !lines_[i].blank) return true;
  }
  return false;
}

// The signature at the end of the last piece of new text in [first, last).
// A sign-off is kept when nothing new stands above it ("Thanks!" alone).
void Splitter::strip_signature(size_t first, size_t last) {
  size_t end = last;
  while (end > first && (gone_[end - 1] || lines_[end - 1].blank)) --end;
  if (end == first) return;
  size_t start = end - 1;
  while (start > first && !gone_[start - 1]) --start;
  const SignatureStart signature = find_signature(body_, lines_, start, end);
  if (signature.line >= end) return;
  if (signature.by == RemovedBy::Closing && !has_kept_text(first, signature.line)) return;
  remove(RemovedKind::Signature, signature.by, signature.line, end, signature.line);
}

LatestPart Splitter::run(Arena& arena) {
  size_t first = 0;
  const size_t last = lines_.size();
  for (;;) {
    const Cut cut = find_cut(first, last);
    remove_quote_blocks(first, cut.line);
    if (cut.line < last && cut.kind == RemovedKind::Forwarded && !has_kept_text(first, cut.line)) {
      // Nothing written above the forwarded message: it is the new text.
      const size_t start = forwarded_body_start(cut, last);
      remove(cut.kind, cut.by, cut.line, start, cut.marker);
      from_forwarded_ = true;
      first = start;
      continue;
    }
    if (cut.line < last) remove(cut.kind, cut.by, cut.line, last, cut.marker);
    strip_signature(first, cut.line);
    break;
  }
  return result(arena);
}

// Runs of kept lines, without blank lines at their ends, become the pieces.
LatestPart Splitter::result(Arena& arena) {
  LatestPart part;
  part.from_forwarded = from_forwarded_;
  auto* pieces = arena.allocate_array<TextRange>(lines_.size() + 1);
  size_t count = 0;
  for (size_t i = 0; i < lines_.size();) {
    if (gone_[i] || lines_[i].blank) {
      ++i;
      continue;
    }
    size_t end = i;
    size_t last_text = i;
    for (; end < lines_.size() && !gone_[end]; ++end) {
      if (!lines_[end].blank) last_text = end;
    }
    pieces[count++] = TextRange{lines_[i].begin, lines_[last_text].end};
    i = end;
  }
  part.pieces = {pieces, count};
  if (count == 1) {
    part.text = body_.substr(pieces[0].begin, pieces[0].end - pieces[0].begin);
  } else if (count > 1) {
    size_t size = 0;
    for (size_t p = 0; p < count; ++p) size += pieces[p].end - pieces[p].begin + (p ? 2 : 0);
    char* out = arena.allocate_array<char>(size);
    size_t at = 0;
    for (size_t p = 0; p < count; ++p) {
      if (p) out[at++] = '\n', out[at++] = '\n';
      std::memcpy(out + at, body_.data() + pieces[p].begin, pieces[p].end - pieces[p].begin);
      at += pieces[p].end - pieces[p].begin;
    }
    part.text = {out, size};
  }
  // Records were made step by step; list them in body order.
  for (size_t i = 1; i < record_count_; ++i) {
    const Removed item = records_[i];
    size_t j = i;
    for (; j > 0 && records_[j - 1].begin > item.begin; --j) records_[j] = records_[j - 1];
    records_[j] = item;
  }
  part.removed = {records_, record_count_};
  return part;
}

}  // namespace

LatestPart latest_part(std::string_view body, Arena& arena) {
  Splitter splitter(body, arena);
  return splitter.run(arena);
}

std::string_view removed_kind_name(RemovedKind kind) {
  switch (kind) {
    case RemovedKind::QuotedReply: return "quoted reply";
    case RemovedKind::Forwarded: return "forwarded message";
    case RemovedKind::Signature: return "signature";
  }
  return "?";
}

std::string_view removed_by_name(RemovedBy by) {
  switch (by) {
    case RemovedBy::QuoteMarks: return "\">\" quote marks";
    case RemovedBy::Attribution: return "reply attribution";
    case RemovedBy::HeaderBlock: return "message header block";
    case RemovedBy::OriginalMessage: return "original message separator";
    case RemovedBy::ForwardTitle: return "forwarded message title";
    case RemovedBy::SignatureDelimiter: return "\"-- \" signature delimiter";
    case RemovedBy::AppFooter: return "mail app footer";
    case RemovedBy::Disclaimer: return "legal disclaimer";
    case RemovedBy::Closing: return "sign-off and name";
  }
  return "?";
}

}  // namespace charter::stdlib::message
