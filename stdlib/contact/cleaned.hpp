// std.contact: the result of one cleaning function (e-mail, phone, name,
// company, country, time zone). Phase: evaluation (and constant folding).
// A Cleaned owns its value; `method` is a short fixed-capacity text, so the
// registry adapter can copy both into the event arena and fill `cleaning[]`.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace charter::stdlib::contact {

/// Short human-readable text naming how a value was cleaned, e.g.
/// "e164 using sender.country GB". Fixed capacity (no allocation); longer
/// compositions are cut at the capacity, never overrun.
class MethodText {
 public:
  static constexpr size_t kCapacity = 63;

  constexpr MethodText() = default;
  MethodText(std::string_view text) { append(text); }  // NOLINT: implicit by design
  MethodText(const char* text) { append(text); }       // NOLINT: implicit by design
  MethodText(std::initializer_list<std::string_view> parts) {
    for (std::string_view part : parts) append(part);
  }

  void append(std::string_view text) {
    size_t n = std::min(text.size(), kCapacity - size_);
    std::copy_n(text.data(), n, data_.data() + size_);
    size_ += static_cast<uint8_t>(n);
  }
  std::string_view view() const { return {data_.data(), size_}; }
  bool empty() const { return size_ == 0; }
  friend bool operator==(const MethodText& a, std::string_view b) { return a.view() == b; }

 private:
  std::array<char, kCapacity> data_{};
  uint8_t size_ = 0;
};

/// Confidence scale shared by every cleaning function (0–1). The numbers are
/// named so a policy can compare with them and a reader can audit them.
namespace confidence {
inline constexpr double kExact = 1.0;        // already canonical; only outer spaces trimmed
inline constexpr double kSyntactic = 0.95;   // a rule that cannot change meaning (case of a domain, a code)
inline constexpr double kContextual = 0.9;   // relies on context or a well-known variant (sender.country, "UK")
inline constexpr double kHeuristic = 0.8;    // a heuristic that is usually right (re-capitalised all-caps name)
inline constexpr double kLikely = 0.7;       // plausible reading with a real alternative (city → zone)
inline constexpr double kGuess = 0.5;        // a guess; always confirmed by a person
}  // namespace confidence

/// Below this confidence a person should confirm before automation acts on
/// the value: every function sets `confirm` from it, plus its own reasons.
inline constexpr double kConfirmBelow = 0.75;

/// One cleaned field. When !ok, `value` is empty and `problem` says why
/// (static text); `method` and `confidence` describe the cleaned value only.
struct Cleaned {
  bool ok = false;
  std::string value;
  MethodText method;
  double confidence = 0.0;
  bool confirm = false;          // human confirmation advised before acting on it
  std::string_view problem;      // static text; empty when ok

  static Cleaned success(std::string value, MethodText method, double confidence_value,
                         bool confirm_anyway = false) {
    Cleaned result;
    result.ok = true;
    result.value = std::move(value);
    result.method = method;
    result.confidence = confidence_value;
    result.confirm = confirm_anyway || confidence_value < kConfirmBelow;
    return result;
  }
  static Cleaned failure(std::string_view problem_text) {
    Cleaned result;
    result.problem = problem_text;
    result.confirm = true;
    return result;
  }
};

}  // namespace charter::stdlib::contact
