// std.text regular expressions, through RE2: linear time in the text, no
// backtracking, so a policy cannot write a pattern that stalls evaluation.
// Phase: prepare (compile once, at lowering; a bad pattern is reported with
// RE2's message) and evaluation (const, thread-safe matching). Results are
// views into the text that was searched.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace charter::stdlib::text {

class Regex {
 public:
  struct Options {
    bool case_insensitive = false;
    bool literal = false;  // the pattern is plain text, not a regular expression
  };
  struct Prepared {
    std::unique_ptr<const Regex> regex;  // null when the pattern is invalid
    std::string error;                   // RE2's message, e.g. "missing ): (a"
  };

  /// Compiles `pattern` (RE2 syntax, UTF-8).
  static Prepared prepare(std::string_view pattern, Options options);
  static Prepared prepare(std::string_view pattern) { return prepare(pattern, Options{}); }
  ~Regex();
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  /// True when the pattern matches somewhere in `text` (add ^…$ to anchor).
  bool matches(std::string_view text) const;

  /// The first match's first capture group, or the whole match when the
  /// pattern has no group; nullopt when nothing matches. A group that took
  /// no part in the match gives the empty string.
  std::optional<std::string_view> extract(std::string_view text) const;

  std::string_view pattern() const;
  int capture_count() const;

 private:
  explicit Regex(std::unique_ptr<re2::RE2> re);
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace charter::stdlib::text
