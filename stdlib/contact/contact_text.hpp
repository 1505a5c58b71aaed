// std.contact internals: UTF-8 helpers shared by the cleaning functions
// (trim, whitespace collapse, encoding repair, folding keys, case mapping).
// Phase: evaluation. Inputs are views of possibly invalid UTF-8; outputs are
// new strings. Built on utf8proc; nothing here throws.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace charter::stdlib::contact::detail {

/// True for the spaces people paste: ASCII white space, NBSP, the U+2000
/// block, narrow and ideographic spaces, and the zero-width joiners and BOM.
bool is_space_code_point(int32_t code_point);

/// Decodes one code point at `text[pos]`; returns its byte length, or 0 when
/// the bytes there are not valid UTF-8 (then `code_point` is unspecified).
size_t decode_one(std::string_view text, size_t pos, int32_t& code_point);

/// Appends the UTF-8 encoding of a valid code point.
void append_code_point(std::string& out, int32_t code_point);

bool is_valid_utf8(std::string_view text);

/// Without outer spaces (ASCII and the Unicode spaces above).
std::string_view trim(std::string_view text);

/// Outer spaces trimmed, inner runs of spaces (tabs, newlines, NBSP…) made
/// one ASCII space, control and zero-width characters dropped. Valid UTF-8 in.
std::string collapse_spaces(std::string_view text);

/// Reads bytes that are not UTF-8 as Windows-1252 (the usual origin of such
/// bytes in form data), so "Jos\xE9" becomes "José".
std::string windows1252_to_utf8(std::string_view text);

/// Canonical composition (NFC). Valid UTF-8 in; the input on failure.
std::string to_nfc(std::string_view text);

/// A comparison key: NFKC, case-folded, accents removed, every run of
/// characters that is not a letter or a digit made one space, trimmed.
/// "Côte d’Ivoire" and "COTE D'IVOIRE" give the same key.
std::string fold_key(std::string_view text);

/// A free-text field made ready for cleaning: bytes that are not UTF-8 read
/// as Windows-1252, spaces collapsed, NFC. Says which of these changed it.
struct PreparedText {
  std::string text;
  bool repaired = false;   // the input was not UTF-8
  bool trimmed = false;    // outer spaces removed
  bool collapsed = false;  // inner spaces or invisible characters changed
  bool composed = false;   // NFC changed it
};
PreparedText prepare_text(std::string_view raw);

/// A placeholder people type where they have nothing to give ("n/a",
/// "none", "-", "test"), compared case-insensitively.
bool is_placeholder(std::string_view text);

std::string ascii_lower(std::string_view text);
std::string ascii_upper(std::string_view text);
bool is_ascii(std::string_view text);

/// Unicode letter classes of one code point (utf8proc categories).
bool is_upper(int32_t code_point);
bool is_lower(int32_t code_point);
bool is_letter(int32_t code_point);
int32_t to_upper(int32_t code_point);
int32_t to_lower(int32_t code_point);
int32_t to_title(int32_t code_point);

}  // namespace charter::stdlib::contact::detail
