#include "stdlib/message/message_lines.hpp"

#include <algorithm>
#include <cstring>

#include "stdlib/message/message_markers.hpp"
#include "stdlib/text/utf8.hpp"

namespace charter::stdlib::message {
namespace {

namespace utf8 = text::utf8;

bool in(std::span<const std::string_view> list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The first (last) byte is compared before the rest: most lines differ there.
bool starts_with_any(std::string_view s, std::span<const std::string_view> list) {
  if (s.empty()) return false;
  return std::any_of(list.begin(), list.end(), [&](std::string_view p) {
    return !p.empty() && p[0] == s[0] && s.starts_with(p);
  });
}

bool ends_with_any(std::string_view s, std::span<const std::string_view> list) {
  if (s.empty()) return false;
  return std::any_of(list.begin(), list.end(), [&](std::string_view p) {
    return !p.empty() && p.back() == s.back() && s.ends_with(p);
  });
}

// `s` without the given characters at either end.
std::string_view strip(std::string_view s, std::string_view chars) {
  const size_t first = s.find_first_not_of(chars);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(chars) - first + 1);
}

size_t word_count(std::string_view normal) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : normal) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

}  // namespace

std::span<Line> split_lines(std::string_view body, Arena& arena) {
  size_t count = 0;
  for (size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '\n' || (body[i] == '\r' && (i + 1 == body.size() || body[i + 1] != '\n'))) ++count;
  }
  if (!body.empty() && body.back() != '\n' && body.back() != '\r') ++count;
  auto* lines = arena.allocate_array<Line>(count);
  size_t at = 0;
  for (size_t i = 0; i < count; ++i) {
    Line& line = lines[i];
    line.begin = static_cast<uint32_t>(at);
    // memchr twice: find_first_of("\r\n") would test both bytes at every position.
    const char* base = body.data();
    const auto* nl = static_cast<const char*>(std::memchr(base + at, '\n', body.size() - at));
    const size_t line_end = nl ? static_cast<size_t>(nl - base) : body.size();
    const auto* cr = static_cast<const char*>(std::memchr(base + at, '\r', line_end - at));
    const size_t end = cr ? static_cast<size_t>(cr - base) : line_end;
    line.end = static_cast<uint32_t>(end);
    size_t next = end;
    if (next < body.size() && body[next] == '\r') ++next;
    if (next < body.size() && body[next] == '\n' && (next == end || body[next - 1] == '\r')) ++next;
    line.next = static_cast<uint32_t>(next);
    // Quote markers: "> ", ">>", "> > " after optional indentation.
    size_t p = at;
    while (p < end && (body[p] == ' ' || body[p] == '\t')) ++p;
    uint8_t depth = 0;
    while (p < end && body[p] == '>') {
      if (depth < 255) ++depth;
      ++p;
      while (p < end && body[p] == ' ') ++p;
    }
    line.quote_depth = depth;
    bool blank = true;
    for (size_t q = p; q < end && blank;) {
      if (static_cast<unsigned char>(body[q]) < 0x80) {
        blank = utf8::is_ascii_space(static_cast<unsigned char>(body[q]));
        ++q;
        continue;
      }
      const utf8::Decoded d = utf8::decode(body.substr(0, end), q);
      blank = d.valid && utf8::is_space(d.code_point);
      q += d.length;
    }
    line.blank = blank;
    at = next;
  }
  return {lines, count};
}

bool append_normalised(std::string_view raw, NormalLine& out) {
  bool pending_space = out.size > 0;
  for (size_t pos = 0; pos < raw.size();) {
    const auto byte = static_cast<unsigned char>(raw[pos]);
    if (byte < 0x80) {  // ASCII: most of every line
      if (utf8::is_ascii_space(byte)) {
        pending_space = out.size > 0;
      } else {
        if (out.size + (pending_space ? 2 : 1) > kMaxMarkerLine) return false;
        if (pending_space) out.data[out.size++] = ' ';
        pending_space = false;
        out.data[out.size++] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      }
      ++pos;
      continue;
    }
    const utf8::Decoded d = utf8::decode(raw, pos);
    if (d.valid && utf8::is_space(d.code_point)) {
      pending_space = out.size > 0;
    } else {
      if (out.size + (pending_space ? 1 : 0) + d.length > kMaxMarkerLine) return false;
      if (pending_space) out.data[out.size++] = ' ';
      pending_space = false;
      for (uint32_t i = 0; i < d.length; ++i) {
        char c = raw[pos + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        out.data[out.size++] = c;
      }
      // Latin-1 capitals (À..Þ but ×) to small letters: "Ämne", "À :".
      if (d.length == 2 && d.code_point >= 0xC0 && d.code_point <= 0xDE && d.code_point != 0xD7) {
        out.data[out.size - 1] = static_cast<char>(out.data[out.size - 1] + 0x20);
      }
    }
    pos += d.length;
  }
  return true;
}

bool normalise_line(std::string_view raw, NormalLine& out) {
  out.size = 0;
  if (raw.size() > 4 * kMaxMarkerLine) return false;
  return append_normalised(raw, out);
}

HeaderLabel header_label(std::string_view normal, std::string_view* value) {
  const std::string_view line = strip(normal, "* ");
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return HeaderLabel::None;
  const std::string_view label = strip(line.substr(0, colon), "* ");
  const std::string_view rest = strip(line.substr(colon + 1), "* ");
  if (value != nullptr) *value = rest;
  if (in(markers::from_labels(), label)) return rest.empty() ? HeaderLabel::None : HeaderLabel::From;
  if (in(markers::subject_labels(), label)) return HeaderLabel::Subject;
  if (in(markers::other_header_labels(), label)) return HeaderLabel::Other;
  return HeaderLabel::None;
}

bool is_forward_title(std::string_view normal) {
  return in(markers::forward_titles(), strip(strip(normal, "-_* "), ":- "));
}

bool is_original_message_title(std::string_view normal) {
  const std::string_view title = strip(strip(normal, "-_* "), ":- ");
  return normal.find("--") != std::string_view::npos && in(markers::original_message_titles(), title);
}

bool is_forward_subject(std::string_view subject_value) {
  return starts_with_any(subject_value, markers::forward_subject_prefixes());
}

bool is_rule(std::string_view normal) {
  return normal.size() >= 8 && (normal.find_first_not_of('_') == std::string_view::npos ||
                                normal.find_first_not_of('-') == std::string_view::npos);
}

bool may_be_marker(std::string_view raw) {
  const size_t first = raw.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  raw = raw.substr(first, raw.find_last_not_of(" \t") - first + 1);
  const char head = raw.front(), tail = raw.back();
  if (tail == ':' || tail == '-' || tail == '<' || head == '-' || head == '_' || head == '*') return true;
  if (raw.find(':') < 30 || raw.find('@') != std::string_view::npos) return true;
  if (raw.size() > 200) return false;
  // An opener may start an attribution that wraps onto the next lines.
  char start[12];
  const size_t n = std::min(raw.size(), sizeof start);
  for (size_t i = 0; i < n; ++i) {
    const char c = raw[i];
    start[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c == '\t' ? ' ' : c;
  }
  return starts_with_reply_opener(std::string_view(start, n));
}

bool starts_with_reply_opener(std::string_view normal) {
  return starts_with_any(normal, markers::reply_openers());
}

bool looks_like_attribution(std::string_view normal) {
  if (ends_with_any(normal, markers::reply_endings())) return true;
  // "---- On Tue, 05 Mar 2024 10:02:03 +0000 Sam <sam@x> wrote ----" (Zoho).
  if (normal.starts_with("--") && normal.ends_with("--")) {
    const std::string_view inner = strip(normal, "- ");
    for (const std::string_view ending : markers::reply_endings()) {
      if (ending.ends_with(':') && inner.ends_with(strip(ending.substr(0, ending.size() - 1), " "))) {
        return true;
      }
    }
  }
  if (!normal.ends_with(':')) return false;
  auto contains_any = [&](std::span<const std::string_view> list) {
    return std::any_of(list.begin(), list.end(),
                       [&](std::string_view p) { return normal.find(p) != std::string_view::npos; });
  };
  if (contains_any(markers::reply_verb_dates())) return true;
  return starts_with_reply_opener(normal) && contains_any(markers::reply_verbs());
}

bool is_signature_delimiter(std::string_view raw) { return raw == "-- " || raw == "--"; }

bool is_app_footer(std::string_view normal) {
  return starts_with_any(normal, markers::app_footers());
}

// True when the last `words` words of `raw` start with a capital letter
// (or a non-ASCII letter): a name, not the rest of a sentence.
bool ends_with_capitalised_words(std::string_view raw, size_t words) {
  raw = strip(raw, " \t,.!");
  for (size_t seen = 0; seen < words; ++seen) {
    const size_t space = raw.find_last_of(" \t,");
    const std::string_view word = raw.substr(space == std::string_view::npos ? 0 : space + 1);
    const auto first = static_cast<unsigned char>(word.empty() ? 'x' : word[0]);
    if (!((first >= 'A' && first <= 'Z') || first >= 0x80)) return false;
    if (space == std::string_view::npos) return seen + 1 == words;
    raw = strip(raw.substr(0, space), " \t,");
  }
  return true;
}

bool is_disclaimer(std::string_view normal) {
  return starts_with_any(strip(normal, "*_-= "), markers::disclaimer_openers());
}

bool is_closing(std::string_view raw, std::string_view normal) {
  const std::string_view line = strip(normal, " ,.!;:-");
  if (line.empty()) return false;
  for (const std::string_view closing : markers::closings()) {
    if (!line.starts_with(closing)) continue;
    if (line.size() == closing.size()) return true;
    // "Thanks, Dana" / "Cheers Dana Roe": the phrase, then a short name.
    const char after = line[closing.size()];
    if (after != ',' && after != ' ') continue;
    const std::string_view name = strip(line.substr(closing.size()), " ,");
    const bool after_comma = after == ',';
    const size_t words = word_count(name);
    if (!name.empty() && name.size() <= 40 && words <= (after_comma ? 3u : 2u) &&
        name.find_first_of("0123456789?") == std::string_view::npos &&
        ends_with_capitalised_words(raw, words)) {
      return true;
    }
  }
  return false;
}

bool is_signature_line(std::string_view raw, std::string_view normal) {
  if (normal.empty()) return true;
  if (normal.size() > 80 || normal.back() == '?') return false;
  if (normal.starts_with("p.s") || normal.starts_with("ps:") || normal.starts_with("ps ")) return false;
  const size_t words = word_count(normal);
  if (words <= 4) return true;
  if (normal.find_first_of("0123456789@|") != std::string_view::npos) return true;
  if (normal.find("www.") != std::string_view::npos || normal.find("http") != std::string_view::npos) {
    return true;
  }
  // "Roe Plumbing & Heating Ltd": most words capitalised, unlike a sentence.
  size_t capitalised = 0;
  bool word_start = true;
  for (const char c : raw) {
    if (c == ' ' || c == '\t') {
      word_start = true;
    } else {
      if (word_start && ((c >= 'A' && c <= 'Z') || c == '&' || static_cast<unsigned char>(c) >= 0x80)) {
        ++capitalised;
      }
      word_start = false;
    }
  }
  return capitalised * 5 >= words * 4;
}

}  // namespace charter::stdlib::message
