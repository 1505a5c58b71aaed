#include "stdlib/contact/contact_text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

namespace charter::stdlib::contact::detail {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// utf8proc_map on a string_view; empty optional-like result on failure.
bool map_utf8(std::string_view text, int options, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                             static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                             static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(mapped);
  if (length < 0 || mapped == nullptr) return false;
  out.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(length));
  return true;
}

bool is_control(int32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp < 0xA0); }

bool is_invisible(int32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x00AD;
}

// Windows-1252 0x80–0x9F; 0 where the code page leaves a byte undefined.
constexpr std::array<int32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

bool is_space_code_point(int32_t cp) {
  if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D)) return true;
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A)) return true;
  return cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         is_invisible(cp);
}

size_t decode_one(std::string_view text, size_t pos, int32_t& code_point) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                            static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return 0;
  code_point = cp;
  return static_cast<size_t>(n);
}

void append_code_point(std::string& out, int32_t code_point) {
  std::array<utf8proc_uint8_t, 4> buffer{};
  auto n = utf8proc_encode_char(code_point, buffer.data());
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<size_t>(n));
}

bool is_valid_utf8(std::string_view text) {
  int32_t cp = 0;
  for (size_t pos = 0; pos < text.size();) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t n = decode_one(text, pos, cp);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

std::string_view trim(std::string_view text) {
  int32_t cp = 0;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t n = decode_one(text, begin, cp);
    if (n == 0 || !is_space_code_point(cp)) break;
    begin += n;
  }
  size_t end = text.size();
  while (end > begin) {
    size_t start = end - 1;  // step back to the lead byte of the last code point
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t n = decode_one(text, start, cp);
    if (n == 0 || start + n != end || !is_space_code_point(cp)) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  int32_t cp = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t n = decode_one(text, pos, cp);
    if (n == 0) {  // not UTF-8: callers repair first; skip the byte defensively
      ++pos;
      continue;
    }
    if (is_invisible(cp)) {
    } else if (is_space_code_point(cp)) {
      pending_space = !out.empty();
    } else if (!is_control(cp)) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.substr(pos, n));
    }
    pos += n;
  }
  return out;
}

std::string windows1252_to_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  int32_t cp = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t n = decode_one(text, pos, cp);
    if (n > 0) {  // keep the parts that already are UTF-8
      out.append(text.substr(pos, n));
      pos += n;
      continue;
    }
    auto byte = static_cast<unsigned char>(text[pos++]);
    int32_t mapped = byte >= 0xA0 ? byte : (byte >= 0x80 ? kCp1252High[byte - 0x80] : byte);
    append_code_point(out, mapped == 0 ? 0xFFFD : mapped);
  }
  return out;
}

std::string to_nfc(std::string_view text) {
  std::string out;
  if (!map_utf8(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE, out)) return std::string(text);
  return out;
}

std::string fold_key(std::string_view text) {
  std::string folded;
  const int options = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                      UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
  if (!map_utf8(text, options, folded)) return {};
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  int32_t cp = 0;
  for (size_t pos = 0; pos < folded.size();) {
    size_t n = decode_one(folded, pos, cp);
    if (n == 0) break;
    auto category = utf8proc_category(cp);
    bool keep = is_letter(cp) || category == UTF8PROC_CATEGORY_ND ||
                category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC;
    if (keep) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(folded, pos, n);
    } else if (cp != '\'' && cp != 0x2019) {  // apostrophes join: "d'Ivoire" → "divoire"
      pending_space = !out.empty();
    }
    pos += n;
  }
  return out;
}

PreparedText prepare_text(std::string_view raw) {
  PreparedText prepared;
  std::string repaired;
  if (!is_valid_utf8(raw)) {
    repaired = windows1252_to_utf8(raw);
    raw = repaired;
    prepared.repaired = true;
  }
  std::string_view trimmed = trim(raw);
  prepared.trimmed = trimmed.size() != raw.size();
  std::string collapsed = collapse_spaces(trimmed);
  prepared.collapsed = collapsed != trimmed;
  prepared.text = to_nfc(collapsed);
  prepared.composed = prepared.text != collapsed;
  return prepared;
}

bool is_placeholder(std::string_view text) {
  static constexpr std::string_view kPlaceholders[] = {
      "-", "--", ".", "?", "asdf", "n/a", "n.a.", "na", "nil", "no", "none", "not applicable",
      "null", "qwerty", "test", "unknown", "x", "xx", "xxx"};
  std::string lower = ascii_lower(trim(text));
  return std::find(std::begin(kPlaceholders), std::end(kPlaceholders), lower) != std::end(kPlaceholders);
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool is_upper(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU; }
bool is_lower(int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL; }
bool is_letter(int32_t cp) {
  auto category = utf8proc_category(cp);
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}
int32_t to_upper(int32_t cp) { return utf8proc_toupper(cp); }
int32_t to_lower(int32_t cp) { return utf8proc_tolower(cp); }
int32_t to_title(int32_t cp) { return utf8proc_totitle(cp); }

}  // namespace charter::stdlib::contact::detail
