// A policy source file held in memory, and the map of all files of a run.
// Phase: shared by every phase. Spans are byte offsets into `text()`; line and
// column are computed only when a diagnostic is printed. A SourceMap owns its
// files; spans and string_views into them live as long as the map.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace charter::dsl {

struct SourceId {
  uint32_t value = 0;
  friend bool operator==(SourceId, SourceId) = default;
  friend auto operator<=>(SourceId, SourceId) = default;
};

// A half-open byte range [begin, end) in one file.
struct Span {
  SourceId file;
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct LineCol {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, counted in characters (UTF-8 code points)
};

class SourceFile {
 public:
  SourceFile(SourceId id, std::string path, std::string text);

  SourceId id() const { return id_; }
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::string_view slice(Span span) const;

  LineCol line_col(uint32_t offset) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // The text of a 1-based line, without its line terminator.
  std::string_view line_text(uint32_t line) const;
  uint32_t line_start(uint32_t line) const { return line_starts_[line - 1]; }

 private:
  SourceId id_;
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

class SourceMap {
 public:
  SourceId add(std::string path, std::string text);
  const SourceFile& get(SourceId id) const { return *files_[id.value]; }
  size_t size() const { return files_.size(); }

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

// The length (1-4) of the valid UTF-8 sequence starting at text[i], or 0 when
// the bytes there are not one (overlong forms and surrogates are not valid).
size_t utf8_sequence_length(std::string_view text, size_t i);

// Counts the characters of a UTF-8 byte range; a byte that does not start a
// valid sequence counts as one character, so columns stay defined on bad input.
uint32_t count_characters(std::string_view text);

}  // namespace charter::dsl
