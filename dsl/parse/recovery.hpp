// Error recovery at declaration boundaries. Phase: parse.
// A declaration that raises a syntax error is recorded in the ParseState; the
// parser then skips to the next line that starts with a declaration word and
// goes on, so one run reports the errors of every declaration.
#pragma once

#include <string_view>

#include <tao/pegtl.hpp>

#include "dsl/grammar/error_messages.hpp"
#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/control.hpp"
#include "dsl/parse/parse_state.hpp"

namespace charter::dsl::parse_detail {

// How many bytes of `rest` to skip to reach the next line that starts a
// declaration: a word at the left margin, or an indented declaration word
// (or the end). Skips at least the rest of the current line; block comments
// and strings are skipped whole.
size_t bytes_to_next_declaration(std::string_view rest);

// Whether `text` starts with a declaration word (`const`, `decision`, …).
bool starts_declaration(std::string_view text);

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
    const size_t start = in.byte();
    if (!state.gave_up) {
      try {
        auto marker = in.template mark<pegtl::rewind_mode::required>();
        using Marker = decltype(marker);
        if (marker(Control<Declaration>::template match<A, Marker::next_rewind_mode, Action,
                                                       Control>(in, st...))) {
          return true;
        }
      } catch (const parse_detail::SyntaxError& error) {
        record(state, *error.info, error.positions().front().byte, start);
      } catch (const pegtl::parse_error& error) {
        record(state, kUnexpected, error.positions().front().byte, start);
      }
    }
    // The marker has rewound the input to the start of the declaration.
    const std::string_view rest(in.current(), in.size());
    in.bump(state.gave_up ? rest.size() : parse_detail::bytes_to_next_declaration(rest));
    return true;
  }

 private:
  // For a parse error that is not one of the grammar's (none is known).
  static constexpr SyntaxErrorInfo kUnexpected{
      "unexpected", DiagKind::UnexpectedToken, "unexpected {found}", nullptr, nullptr, 0,
      ErrorPlacement::AtFound};

  static void record(parse_detail::ParseState& state, const SyntaxErrorInfo& info, size_t offset,
                     size_t declaration) {
    if (state.errors.size() >= state.max_errors) {
      state.gave_up = true;
      return;
    }
    state.errors.push_back(
        {&info, static_cast<uint32_t>(offset), static_cast<uint32_t>(declaration)});
  }
};

}  // namespace charter::dsl::grammar
