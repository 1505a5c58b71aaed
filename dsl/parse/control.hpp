// The PEGTL control class of the Charter parser: `raise<Rule>` throws a
// SyntaxError carrying Rule's diagnostic kind, message and help. Phase: parse.
// (Raising is explicit in the grammar: parse_tree's control does not call
// `failure` for rules that are not tree nodes.)
#pragma once

#include <tao/pegtl.hpp>

#include "dsl/grammar/error_messages.hpp"

namespace charter::dsl::parse_detail {

struct SyntaxError : tao::pegtl::parse_error {
  template <class ParseInput>
  SyntaxError(DiagKind kind_, const char* message_, const char* help_, const char* words_,
              const ParseInput& in)
      : tao::pegtl::parse_error(message_, in),
        kind(kind_), message(message_), help(help_), words(words_) {}
  DiagKind kind;
  const char* message;
  const char* help;
  const char* words;
};

template <class Rule>
struct Control : tao::pegtl::normal<Rule> {
  using Message = grammar::error_message<Rule>;

  template <class ParseInput, class... States>
  [[noreturn]] static void raise(const ParseInput& in, States&&...) {
    static_assert(Message::defined, "every rule that can raise needs an error_message");
    throw SyntaxError(Message::kind, Message::text, Message::help, Message::words, in);
  }
};

}  // namespace charter::dsl::parse_detail
