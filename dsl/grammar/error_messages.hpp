// What each raising rule of the grammar reports: the diagnostic kind, the
// message and a help line. Phase: parse. `{found}` in a message is replaced by
// a description of the token where the parser stopped ("`=`", "the end of the
// file"). The grammar raises a rule's message through `raise<Rule>`.
#pragma once

#include "dsl/diag/diagnostic.hpp"
#include "dsl/grammar/grammar.hpp"

namespace charter::dsl::grammar {

template <class Rule>
struct error_message {
  static constexpr bool defined = false;
};

// `words`: the keywords that were expected, space-separated; when the parser
// stopped on a misspelling of one, the help line suggests it instead.
#define CHARTER_SYNTAX_ERROR_WORDS(rule, diag_kind, text_, help_, words_) \
  template <>                                                             \
  struct error_message<rule> {                                            \
    static constexpr bool defined = true;                                 \
    static constexpr DiagKind kind = DiagKind::diag_kind;                 \
    static constexpr const char* text = text_;                            \
    static constexpr const char* help = help_;                            \
    static constexpr const char* words = words_;                          \
  };
#define CHARTER_SYNTAX_ERROR(rule, diag_kind, text_, help_) \
  CHARTER_SYNTAX_ERROR_WORDS(rule, diag_kind, text_, help_, nullptr)

// clang-format off

// --- trivia, words and literals
CHARTER_SYNTAX_ERROR(block_comment_unterminated, UnterminatedComment,
  "block comment is not closed", "close it with `*/`")
CHARTER_SYNTAX_ERROR(string_close_expected, UnterminatedString,
  "string is not closed before the end of the line",
  "add the closing `\"`; a string cannot span lines (join long reasons with `+` or shorten them)")
CHARTER_SYNTAX_ERROR(escape_unknown, InvalidEscape,
  "unknown escape sequence in a string",
  "the escapes are \\\" \\\\ \\n \\t \\r \\{ \\} \\0 and \\u{hex}")
CHARTER_SYNTAX_ERROR(interpolation_expr_expected, ExpectedExpression,
  "expected an expression inside `{…}` in a string, found {found}",
  "write `\\{` for a literal brace")
CHARTER_SYNTAX_ERROR(interpolation_close_expected, ExpectedClosing,
  "expected `}` to close the interpolation, found {found}",
  "an interpolation holds one expression: `\"score {lead_score}\"`; write `\\{` for a literal brace")
CHARTER_SYNTAX_ERROR(keyword_as_name, KeywordAsName,
  "{found} is a reserved word and cannot be used as a name",
  "choose another name; docs/language.md lists the reserved words")
CHARTER_SYNTAX_ERROR(name_expected, ExpectedName,
  "expected a name, found {found}",
  "names start with a letter or `_` and go on with letters, digits and `_`")
CHARTER_SYNTAX_ERROR(number_suffix_invalid, InvalidNumber,
  "a number runs into letters here",
  "durations take a unit: w, d, h, m, s or ms (`48h`, `15m`, `1h30m`); names cannot start with a digit")
CHARTER_SYNTAX_ERROR(exponent_digits_expected, InvalidNumber,
  "expected digits after the exponent of a number, found {found}",
  "write an exponent as `1e-9` or `2.5E3`")
CHARTER_SYNTAX_ERROR(zone_missing, InvalidDateTime,
  "a date-time needs a time zone, found {found}",
  "add `Z` for UTC or an offset such as `+01:00`: `2026-06-27T10:00:00Z`")
CHARTER_SYNTAX_ERROR(semver_expected, InvalidVersion,
  "expected a semantic version such as `1.2.0`, found {found}",
  "a version has three numbers, major.minor.patch, optionally with `-rc.1` or `+build`")
CHARTER_SYNTAX_ERROR(string_expected, ExpectedString,
  "expected a string in double quotes, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(nesting_too_deep, NestingTooDeep,
  "this is nested too deeply for the parser",
  "split it into named parts with `let` or `const`")

// --- expressions
CHARTER_SYNTAX_ERROR(expr_expected, ExpectedExpression,
  "expected an expression, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(operand_expected, ExpectedExpression,
  "expected an operand after the operator, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(mul_expected, ExpectedExpression,
  "expected an operand after the operator, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(add_expected, ExpectedExpression,
  "expected the end of the range after `..`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(range_expected, ExpectedExpression,
  "expected a default value after `??`, found {found}",
  "`a ?? b` is `a` when it is present, else `b`")
CHARTER_SYNTAX_ERROR(coalesce_expected, ExpectedExpression,
  "expected a value to compare with, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(negation_expected, ExpectedExpression,
  "expected a condition, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(and_expected, ExpectedExpression,
  "expected a condition after `or`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(chained_comparison, ChainedComparison,
  "comparisons cannot be chained",
  "join them with `and`: `0 <= x and x <= 10`, or test a range: `x in 0..10`")
CHARTER_SYNTAX_ERROR_WORDS(then_expected, UnexpectedToken,
  "expected `then` after the condition of `if`, found {found}",
  "an `if` expression reads `if condition then value else other`", "then")
CHARTER_SYNTAX_ERROR_WORDS(else_expected, UnexpectedToken,
  "expected `else`: an `if` expression needs both branches, found {found}",
  "an `if` expression reads `if condition then value else other`", "else")
CHARTER_SYNTAX_ERROR(rparen_expected, ExpectedClosing,
  "expected `)`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(rbracket_expected, ExpectedClosing,
  "expected `]`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(rbrace_expected, ExpectedClosing,
  "expected `}`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(member_name_expected, ExpectedName,
  "expected a field name after `.`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(quantifier_colon_expected, UnexpectedToken,
  "expected `:` before the condition of the quantifier, found {found}",
  "a quantifier reads `any(a in message.attachments: a.malicious)`")

// --- types and records
CHARTER_SYNTAX_ERROR(type_expected, ExpectedType,
  "expected a type, found {found}",
  "types are String, Number, Int, Bool, Time, Date, Duration, an enum or record name, "
  "List<T>, Set<T>, Map<String, T> or `{ field: T }`; add `?` when the value may be missing")
CHARTER_SYNTAX_ERROR(rangle_expected, ExpectedClosing,
  "expected `>` to close the type arguments, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(field_colon_expected, UnexpectedToken,
  "expected `:` and a type after the field name, found {found}",
  "a field reads `email: String?`")
CHARTER_SYNTAX_ERROR(record_expected, ExpectedBlock,
  "expected a record `{ key: value, … }`, found {found}", nullptr)

// --- tables and rules
CHARTER_SYNTAX_ERROR(cell_value_expected, InvalidCell,
  "expected a value in the table cell, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(cell_expected, InvalidCell,
  "expected a table cell, found {found}",
  "a cell is `-`, a value, a comparison (`>= 85`), a range (`1..5`, `85..`), "
  "a set (`{A, B}`) or `not` before one of these")
CHARTER_SYNTAX_ERROR(double_pipe_expected, UnexpectedToken,
  "expected `|` or `||`, found {found}",
  "input columns are separated by `|`, and `||` separates the inputs from the outputs")
CHARTER_SYNTAX_ERROR(output_cell_expected, ExpectedExpression,
  "expected an output value, found {found}",
  "an output is a value, a name or a call; put arithmetic or `if` in parentheses")
CHARTER_SYNTAX_ERROR(output_column_expected, ExpectedName,
  "expected the name of an output column after `||`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(table_input_expected, ExpectedExpression,
  "expected the table's header row, found {found}",
  "a table starts with its columns: `first_level | second_level || route`")
CHARTER_SYNTAX_ERROR(table_close_expected, ExpectedClosing,
  "expected a table row or `}`, found {found}",
  "a row reads `Sales | - || SalesEnquiryAgent`, with one cell per input column")
CHARTER_SYNTAX_ERROR(lbrace_expected, ExpectedBlock,
  "expected `{`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(outcome_expected, ExpectedExpression,
  "expected the outcome after `=>`, found {found}",
  "an outcome is a value or a `table { … }`")
CHARTER_SYNTAX_ERROR(arrow_expected, ExpectedArrow,
  "expected `=>`, found {found}",
  "a rule reads `when condition => outcome because \"reason\"`")
CHARTER_SYNTAX_ERROR_WORDS(rules_close_expected, ExpectedRule,
  "expected `when`, `otherwise`, `fallback` or `}`, found {found}", nullptr, "when otherwise fallback")
CHARTER_SYNTAX_ERROR(decision_body_expected, ExpectedBlock,
  "expected `{` and rules, or `=` and a value, after the decision's name, found {found}",
  "`decision route : Route { when … => … because \"…\" }` or `decision x = value because \"…\"`")

// --- declarations
CHARTER_SYNTAX_ERROR(module_name_expected, ExpectedName,
  "expected a module name such as `mwms.intake.route`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_WORDS(version_keyword_expected, MalformedHeader,
  "expected `version` after the module name, found {found}",
  "a header reads `policy mwms.intake.route version 1.2.0 { owner \"…\" }`", "version")
CHARTER_SYNTAX_ERROR(meta_value_expected, MalformedHeader,
  "expected a value (a string, a date or a name) for this header entry, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(header_close_expected, MalformedHeader,
  "expected a header entry or `}`, found {found}",
  "header entries are owner, source, section, status, reviewed, effective and description")
CHARTER_SYNTAX_ERROR(assign_expected, UnexpectedToken,
  "expected `=`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_WORDS(verdict_expected, ExpectedRule,
  "expected `deny`, `review`, `allow` or `not_requested` after `fallback`, found {found}", nullptr, "deny review allow not_requested")
CHARTER_SYNTAX_ERROR_WORDS(gate_close_expected, ExpectedRule,
  "expected `deny`, `review`, `allow`, `not_requested`, `fallback` or `}`, found {found}",
  "a gate rule reads `deny when crm.do_not_contact because \"…\"`", "deny review allow not_requested fallback")
CHARTER_SYNTAX_ERROR(bounds_expected, InvalidRange,
  "expected the criterion's bounds such as `0..10`, found {found}",
  "a criterion reads `problem_fit : 0..10 = … because \"…\"`")
CHARTER_SYNTAX_ERROR(criterion_body_expected, ExpectedBlock,
  "expected `=` and a value, or `{` and rules, after the criterion's bounds, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(band_close_expected, ExpectedClosing,
  "expected a band such as `85.. => Strong` or `}`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_WORDS(out_of_expected, UnexpectedToken,
  "expected `out of` and the maximum score after the scorecard's name, found {found}",
  "a scorecard reads `scorecard lead_score out of 100 { … }`", "out")
CHARTER_SYNTAX_ERROR(number_expected, InvalidNumber,
  "expected a number, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_WORDS(scorecard_close_expected, ExpectedRule,
  "expected a criterion (`name : 0..10 = …`), `band` or `}`, found {found}", nullptr, "band")
CHARTER_SYNTAX_ERROR(given_source_expected, ExpectedBlock,
  "expected the event after `given`: `{ … }` or `fixture \"file.json\"`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(expect_body_expected, ExpectedExpression,
  "expected what the test expects, found {found}",
  "`expect route == Quarantine`, `expect fired route.quarantine` or `expect invalid \"received_at\"`")
CHARTER_SYNTAX_ERROR_WORDS(test_close_expected, ExpectedRule,
  "expected `given`, `expect` or `}` in a test, found {found}", nullptr, "given expect")
CHARTER_SYNTAX_ERROR_WORDS(declaration_unknown, ExpectedDeclaration,
  "expected a declaration, found {found}",
  "a module holds `use`, `const`, `let`, `enum`, `record`, `input`, `output`, `decision`, "
  "`gate`, `scorecard` and `test` declarations", "use const let enum record input output decision gate scorecard test policy")

// clang-format on
#undef CHARTER_SYNTAX_ERROR
#undef CHARTER_SYNTAX_ERROR_WORDS

}  // namespace charter::dsl::grammar
