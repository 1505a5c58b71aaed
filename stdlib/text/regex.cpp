#include "stdlib/text/regex.hpp"

#include <re2/re2.h>

namespace charter::stdlib::text {

Regex::Regex(std::unique_ptr<re2::RE2> re) : re_(std::move(re)) {}

Regex::~Regex() = default;

Regex::Prepared Regex::prepare(std::string_view pattern, Options options) {
  RE2::Options re2_options;
  re2_options.set_encoding(RE2::Options::EncodingUTF8);
  re2_options.set_log_errors(false);  // the error is returned, not printed
  re2_options.set_case_sensitive(!options.case_insensitive);
  re2_options.set_literal(options.literal);
  auto re = std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                                       re2_options);
  if (!re->ok()) return {nullptr, re->error()};
  return {std::unique_ptr<const Regex>(new Regex(std::move(re))), {}};
}

bool Regex::matches(std::string_view text) const {
  return re_->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                    nullptr, 0);
}

std::optional<std::string_view> Regex::extract(std::string_view text) const {
  re2::StringPiece groups[2];
  const int wanted = re_->NumberOfCapturingGroups() > 0 ? 2 : 1;
  if (!re_->Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                  groups, wanted)) {
    return std::nullopt;
  }
  const re2::StringPiece& group = groups[wanted - 1];
  if (group.data() == nullptr) return std::string_view();
  return std::string_view(group.data(), group.size());
}

std::string_view Regex::pattern() const { return re_->pattern(); }

int Regex::capture_count() const { return re_->NumberOfCapturingGroups(); }

}  // namespace charter::stdlib::text
