// Error recovery at declaration boundaries. Phase: parse.
// A declaration that raises a syntax error is recorded in the ParseState; the
// parser then skips to the next line that starts with a declaration word and
// goes on, so one run reports the errors of every declaration.
#pragma once

#include <string_view>

#include <tao/pegtl.hpp>

#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/control.hpp"
#include "dsl/parse/parse_state.hpp"

namespace charter::dsl::parse_detail {

// How many bytes of `rest` to skip to reach the next line that starts a
// declaration: a word at the left margin, or an indented declaration word
// (or the end). Skips at least the rest of the current line; block comments
// and strings are skipped whole.
size_t bytes_to_next_declaration(std::string_view rest);

}  // namespace charter::dsl::parse_detail

namespace charter::dsl::grammar {

template <class Declaration>
struct recover {
  using rule_t = recover;
  using subs_t = pegtl::type_list<Declaration>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <class...> class Action,
            template <class...> class Control, class ParseInput, class... States>
  static bool match(ParseInput& in, States&&... st) {
    parse_detail::ParseState& state = parse_detail::find_state(st...);
    if (!state.gave_up) {
      try {
        auto marker = in.template mark<pegtl::rewind_mode::required>();
        using Marker = decltype(marker);
        if (marker(Control<Declaration>::template match<A, Marker::next_rewind_mode, Action,
                                                       Control>(in, st...))) {
          return true;
        }
      } catch (const parse_detail::SyntaxError& error) {
        record(state, error.kind, error.message, error.help, error.words,
               error.positions().front().byte);
      } catch (const pegtl::parse_error& error) {
        record(state, DiagKind::UnexpectedToken, "unexpected {found}", nullptr, nullptr,
               error.positions().front().byte);
      }
    }
    // The marker has rewound the input to the start of the declaration.
    const std::string_view rest(in.current(), in.size());
    in.bump(state.gave_up ? rest.size() : parse_detail::bytes_to_next_declaration(rest));
    return true;
  }

 private:
  static void record(parse_detail::ParseState& state, DiagKind kind, const char* message,
                     const char* help, const char* words, size_t offset) {
    if (state.errors.size() >= state.max_errors) {
      state.gave_up = true;
      return;
    }
    state.errors.push_back({kind, message, help, words, static_cast<uint32_t>(offset)});
  }
};

}  // namespace charter::dsl::grammar
