// The PEGTL control class of the Charter parser: `raise<Rule>` throws a
// SyntaxError carrying Rule's error_message (kind, message, help, placement).
// Phase: parse. (Raising is explicit in the grammar: parse_tree's control
// does not call `failure` for rules that are not tree nodes.)
#pragma once

#include <tao/pegtl.hpp>

#include "dsl/grammar/error_messages.hpp"

namespace charter::dsl::parse_detail {

struct SyntaxError : tao::pegtl::parse_error {
  template <class ParseInput>
  SyntaxError(const grammar::SyntaxErrorInfo& info_, const ParseInput& in)
      : tao::pegtl::parse_error(info_.text, in), info(&info_) {}
  const grammar::SyntaxErrorInfo* info;
};

template <class Rule>
struct Control : tao::pegtl::normal<Rule> {
  using Message = grammar::error_message<Rule>;

  template <class ParseInput, class... States>
  [[noreturn]] static void raise(const ParseInput& in, States&&...) {
    static_assert(Message::defined, "every rule that can raise needs an error_message");
    throw SyntaxError(Message::info, in);
  }
};

}  // namespace charter::dsl::parse_detail
