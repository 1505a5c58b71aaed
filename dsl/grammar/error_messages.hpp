// What each raising rule of the grammar reports: the diagnostic kind, the
// message, a help line, and where the caret goes. Phase: parse. `{found}` in
// a message is replaced by a description of the token where the parser
// stopped ("`=`", "the end of the file"). The grammar raises a rule's message
// through `raise<Rule>`; dsl/parse/syntax_errors.cpp turns it into a diagnostic.
#pragma once

#include <cstdint>

#include "dsl/diag/diagnostic.hpp"
#include "dsl/grammar/grammar.hpp"

namespace charter::dsl::grammar {

// Where a syntax error is shown.
enum class ErrorPlacement : uint8_t {
  // On the token where the parser stopped.
  AtFound,
  // Where the missing thing belongs: just after the previous token when the
  // parser stopped on a later line (`const a = (1 + 2` then `const b = 3` on
  // the next line: the `)` is missing at the end of the first line).
  AfterPrevious,
  // The end of a block whose items stand one per line: on the item that does
  // not fit, unless the block runs into the end of the file or into the next
  // declaration (then, as AfterPrevious, after the block's last token).
  BlockEnd,
};

struct SyntaxErrorInfo {
  const char* rule;  // the grammar rule's name: lets dsl/parse refine a message
  DiagKind kind;
  const char* text;   // may contain `{found}`
  const char* help;   // may be null
  const char* words;  // keywords expected here, space-separated, for "did you mean"; may be null
  char opener;        // for a missing closer: the bracket it closes (`(`, `[`, `{`), else 0
  ErrorPlacement placement;
};

template <class Rule>
struct error_message {
  static constexpr bool defined = false;
};

#define CHARTER_SYNTAX_ERROR_INFO(rule_, kind_, text_, help_, words_, opener_, placement_)   \
  template <>                                                                            \
  struct error_message<rule_> {                                                          \
    static constexpr bool defined = true;                                                \
    static constexpr SyntaxErrorInfo info{#rule_,  DiagKind::kind_, text_,                \
                                          help_,   words_,          opener_,              \
                                          ErrorPlacement::placement_};                    \
  };
// Something expected was not there.
#define CHARTER_SYNTAX_ERROR(rule, kind, text, help) \
  CHARTER_SYNTAX_ERROR_INFO(rule, kind, text, help, nullptr, 0, AfterPrevious)
// …where a misspelt keyword of `words` gets a "did you mean" help line.
#define CHARTER_SYNTAX_ERROR_WORDS(rule, kind, text, help, words) \
  CHARTER_SYNTAX_ERROR_INFO(rule, kind, text, help, words, 0, AfterPrevious)
// A closing bracket was expected: a note shows the opening one.
#define CHARTER_SYNTAX_ERROR_CLOSE(rule, kind, text, help, opener) \
  CHARTER_SYNTAX_ERROR_INFO(rule, kind, text, help, nullptr, opener, AfterPrevious)
// The end of a `{ … }` block of items, one per line.
#define CHARTER_SYNTAX_ERROR_BLOCK_END(rule, kind, text, help, words) \
  CHARTER_SYNTAX_ERROR_INFO(rule, kind, text, help, words, '{', BlockEnd)
// Something there is wrong in itself.
#define CHARTER_SYNTAX_ERROR_HERE(rule, kind, text, help) \
  CHARTER_SYNTAX_ERROR_INFO(rule, kind, text, help, nullptr, 0, AtFound)

// clang-format off

// --- trivia, words and literals
CHARTER_SYNTAX_ERROR_HERE(block_comment_unterminated, UnterminatedComment,
  "block comment is not closed", "close it with `*/`")
CHARTER_SYNTAX_ERROR_HERE(string_close_expected, UnterminatedString,
  "string is not closed before the end of the line",
  "add the closing `\"`; a string cannot span lines (join long reasons with `+` or shorten them)")
CHARTER_SYNTAX_ERROR_HERE(escape_unknown, InvalidEscape,
  "unknown escape sequence in a string",
  "the escapes are \\\" \\\\ \\n \\t \\r \\{ \\} \\0 and \\u{hex} with 1 to 6 hex digits")
CHARTER_SYNTAX_ERROR(interpolation_expr_expected, ExpectedExpression,
  "expected an expression inside `{…}` in a string, found {found}",
  "write `\\{` for a literal brace")
CHARTER_SYNTAX_ERROR_CLOSE(interpolation_close_expected, ExpectedClosing,
  "expected `}` to close the interpolation, found {found}",
  "an interpolation holds one expression: `\"score {lead_score}\"`; write `\\{` for a literal brace",
  '{')
CHARTER_SYNTAX_ERROR_HERE(keyword_as_name, KeywordAsName,
  "{found} is a reserved word and cannot be used as a name",
  "choose another name; the reserved words are and, or, not, in, if, then, else, true, false, "
  "null, when, otherwise, fallback, because, decision, gate, scorecard, table, const, let, enum, "
  "record, use, policy, test, given, expect, input and output")
CHARTER_SYNTAX_ERROR(name_expected, ExpectedName,
  "expected a name, found {found}",
  "names start with a letter or `_` and go on with letters, digits and `_`")
CHARTER_SYNTAX_ERROR_HERE(number_suffix_invalid, InvalidNumber,
  "a number runs into letters here",
  "durations take a unit: w, d, h, m, s or ms (`48h`, `15m`, `1h30m`); names cannot start with a digit")
CHARTER_SYNTAX_ERROR_HERE(exponent_digits_expected, InvalidNumber,
  "expected digits after the exponent of a number, found {found}",
  "write an exponent as `1e-9` or `2.5E3`")
CHARTER_SYNTAX_ERROR_HERE(zone_missing, InvalidDateTime,
  "a date-time needs a time zone, found {found}",
  "add `Z` for UTC or an offset such as `+01:00`: `2026-06-27T10:00:00Z`")
CHARTER_SYNTAX_ERROR(semver_expected, InvalidVersion,
  "expected a semantic version such as `1.2.0`, found {found}",
  "a version has three numbers, major.minor.patch, optionally with `-rc.1` or `+build`")
CHARTER_SYNTAX_ERROR(json_spelling_expected, ExpectedString,
  "expected the value's JSON spelling in double quotes after `=`, found {found}",
  "an enum value may name its JSON spelling: `MissedCall = \"missed_call\"`")
CHARTER_SYNTAX_ERROR_HERE(nesting_too_deep, NestingTooDeep,
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
CHARTER_SYNTAX_ERROR_HERE(chained_comparison, ChainedComparison,
  "comparisons cannot be chained",
  "join them with `and`: `0 <= x and x <= 10`, or test a range: `x in 0..10`")
CHARTER_SYNTAX_ERROR_WORDS(then_expected, UnexpectedToken,
  "expected `then` after the condition of `if`, found {found}",
  "an `if` expression reads `if condition then value else other`", "then")
CHARTER_SYNTAX_ERROR_WORDS(else_expected, UnexpectedToken,
  "expected `else`: an `if` expression needs both branches, found {found}",
  "an `if` expression reads `if condition then value else other`", "else")
CHARTER_SYNTAX_ERROR_CLOSE(rparen_expected, ExpectedClosing,
  "expected `)`, found {found}", nullptr, '(')
CHARTER_SYNTAX_ERROR_CLOSE(rbracket_expected, ExpectedClosing,
  "expected `]`, found {found}", nullptr, '[')
CHARTER_SYNTAX_ERROR_CLOSE(rbrace_expected, ExpectedClosing,
  "expected `}`, found {found}", nullptr, '{')
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
CHARTER_SYNTAX_ERROR_BLOCK_END(fields_close_expected, ExpectedClosing,
  "expected a field or `}`, found {found}",
  "a field reads `email: String?`, with an optional default: `retries: Int = 0`", nullptr)
CHARTER_SYNTAX_ERROR(record_expected, ExpectedBlock,
  "expected a record `{ key: value, … }`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_BLOCK_END(enum_close_expected, ExpectedClosing,
  "expected an enum value or `}`, found {found}",
  "enum values are names, such as `enum Level { Low, Medium, High }`", nullptr)

// --- tables and rules
CHARTER_SYNTAX_ERROR(cell_value_expected, InvalidCell,
  "expected a value in the table cell, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(cell_expected, InvalidCell,
  "expected a table cell, found {found}",
  "a cell is `-`, a value, a comparison (`>= 85`), a range (`1..5`, `85..`), "
  "a set (`{A, B}`) or `not` before one of these")
CHARTER_SYNTAX_ERROR_HERE(cell_operator, InvalidCell,
  "a table cell holds a single value, found {found} after it",
  "put a calculation in parentheses: `(score + 1)`; to match one of several values write a set: `{A, B}`")
CHARTER_SYNTAX_ERROR(double_pipe_expected, UnexpectedToken,
  "expected `|` or `||`, found {found}",
  "input cells are separated by `|`, and `||` separates them from the outputs")
CHARTER_SYNTAX_ERROR(header_double_pipe_expected, UnexpectedToken,
  "expected `|` or `||` in the table's header, found {found}",
  "a header names the inputs, then `||`, then the outputs: `first_level | second_level || route`")
CHARTER_SYNTAX_ERROR(output_cell_expected, ExpectedExpression,
  "expected an output value, found {found}",
  "an output is a value, a name or a call; put arithmetic or `if` in parentheses")
CHARTER_SYNTAX_ERROR(output_column_expected, ExpectedName,
  "expected the name of an output column after `||`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(table_input_expected, ExpectedExpression,
  "expected the table's header row, found {found}",
  "a table starts with its columns: `first_level | second_level || route`")
CHARTER_SYNTAX_ERROR_BLOCK_END(table_close_expected, ExpectedClosing,
  "expected a table row or `}`, found {found}",
  "a row reads `Sales | - || SalesEnquiryAgent`, with one cell per input column", "because")
CHARTER_SYNTAX_ERROR(lbrace_expected, ExpectedBlock,
  "expected `{`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(outcome_expected, ExpectedExpression,
  "expected the outcome after `=>`, found {found}",
  "an outcome is a value or a `table { … }`")
CHARTER_SYNTAX_ERROR(arrow_expected, ExpectedArrow,
  "expected `=>`, found {found}",
  "a rule reads `when condition => outcome because \"reason\"`")
CHARTER_SYNTAX_ERROR(reason_expected, ExpectedString,
  "expected the reason in double quotes after `because`, found {found}",
  "a reason reads `because \"spam is kept apart and never answered\"`")
CHARTER_SYNTAX_ERROR_HERE(because_missing, ExpectedString,
  "a reason needs `because` before it",
  "write `because \"…\"` after the outcome")
CHARTER_SYNTAX_ERROR_WORDS(labelled_rule_expected, ExpectedRule,
  "expected a rule after the label, found {found}",
  "a labelled rule reads `quarantine: when … => … because \"…\"`", "when otherwise fallback")
CHARTER_SYNTAX_ERROR_BLOCK_END(rules_close_expected, ExpectedRule,
  "expected `when`, `otherwise`, `fallback` or `}`, found {found}", nullptr,
  "when otherwise fallback because")
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
CHARTER_SYNTAX_ERROR_BLOCK_END(header_close_expected, MalformedHeader,
  "expected a header entry or `}`, found {found}",
  "header entries are owner, source, section, status, reviewed, effective and description", nullptr)
CHARTER_SYNTAX_ERROR(use_tail_expected, ExpectedName,
  "expected `*` or `{…}` after the `.` that ends the module name, found {found}",
  "`use mwms.vocabulary.*` imports every name, `use std.text.{hits, lower}` the names listed, "
  "`use mwms.vocabulary` the module itself")
CHARTER_SYNTAX_ERROR_CLOSE(use_name_expected, ExpectedName,
  "expected a name to import, found {found}",
  "list the names to import: `use std.text.{hits, lower as lowercase}`", '{')
CHARTER_SYNTAX_ERROR(assign_expected, UnexpectedToken,
  "expected `=`, found {found}",
  "a value is given with one `=`: `const LIMIT = 5`, or with a type: `const LIMIT: Int = 5`")
CHARTER_SYNTAX_ERROR_WORDS(verdict_expected, ExpectedRule,
  "expected `deny`, `review`, `allow` or `not_requested` after `fallback`, found {found}", nullptr,
  "deny review allow not_requested")
CHARTER_SYNTAX_ERROR_WORDS(labelled_verdict_expected, ExpectedRule,
  "expected a gate rule after the label, found {found}",
  "a labelled gate rule reads `no_consent: deny when … because \"…\"`",
  "deny review allow not_requested fallback")
CHARTER_SYNTAX_ERROR_BLOCK_END(gate_close_expected, ExpectedRule,
  "expected `deny`, `review`, `allow`, `not_requested`, `fallback` or `}`, found {found}",
  "a gate rule reads `deny when crm.do_not_contact because \"…\"`",
  "deny review allow not_requested fallback because")
CHARTER_SYNTAX_ERROR(bounds_expected, InvalidRange,
  "expected the criterion's bounds such as `0..10`, found {found}",
  "a criterion reads `problem_fit : 0..10 = … because \"…\"`")
CHARTER_SYNTAX_ERROR(criterion_body_expected, ExpectedBlock,
  "expected `=` and a value, or `{` and rules, after the criterion's bounds, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_BLOCK_END(band_close_expected, ExpectedClosing,
  "expected a band such as `85.. => Strong` or `}`, found {found}",
  "a band is a range of scores and a value: `85.. => Strong`, `70..84 => Good`, `..39 => Suppress`",
  "because")
CHARTER_SYNTAX_ERROR(band_value_expected, ExpectedExpression,
  "expected the band's value after `=>`, found {found}",
  "a band's value is a name, a string, a number or a call; put a calculation in parentheses")
CHARTER_SYNTAX_ERROR_HERE(band_operator, UnexpectedToken,
  "a band's value is a single value, found {found} after it",
  "put a calculation in parentheses: `85.. => (base + 1)`")
CHARTER_SYNTAX_ERROR_WORDS(out_of_expected, UnexpectedToken,
  "expected `out of` and the maximum score after the scorecard's name, found {found}",
  "a scorecard reads `scorecard lead_score out of 100 { … }`", "out")
CHARTER_SYNTAX_ERROR(number_expected, InvalidNumber,
  "expected a number, found {found}", nullptr)
CHARTER_SYNTAX_ERROR_BLOCK_END(scorecard_close_expected, ExpectedRule,
  "expected a criterion (`name : 0..10 = …`), `band` or `}`, found {found}", nullptr, "band")
CHARTER_SYNTAX_ERROR(given_source_expected, ExpectedBlock,
  "expected the event after `given`: `{ … }` or `fixture \"file.json\"`, found {found}", nullptr)
CHARTER_SYNTAX_ERROR(fixture_path_expected, ExpectedString,
  "expected the fixture's path in double quotes, found {found}",
  "a fixture reads `given fixture \"inbound/pricing.json\"`")
CHARTER_SYNTAX_ERROR(expect_body_expected, ExpectedExpression,
  "expected what the test expects, found {found}",
  "`expect route == Quarantine`, `expect fired route.quarantine` or `expect invalid \"received_at\"`")
CHARTER_SYNTAX_ERROR(test_name_expected, ExpectedString,
  "expected the test's name in double quotes, found {found}",
  "a test reads `test \"an existing client is routed to its account team\" { … }`")
CHARTER_SYNTAX_ERROR_BLOCK_END(test_close_expected, ExpectedRule,
  "expected `given`, `expect` or `}` in a test, found {found}", nullptr, "given expect")
CHARTER_SYNTAX_ERROR_INFO(declaration_unknown, ExpectedDeclaration,
  "expected a declaration, found {found}",
  "a module holds `use`, `const`, `let`, `enum`, `record`, `input`, `output`, `decision`, "
  "`gate`, `scorecard` and `test` declarations",
  "use const let enum record input output decision gate scorecard test policy", 0, AtFound)

// clang-format on
#undef CHARTER_SYNTAX_ERROR_HERE
#undef CHARTER_SYNTAX_ERROR_BLOCK_END
#undef CHARTER_SYNTAX_ERROR_CLOSE
#undef CHARTER_SYNTAX_ERROR_WORDS
#undef CHARTER_SYNTAX_ERROR
#undef CHARTER_SYNTAX_ERROR_INFO

}  // namespace charter::dsl::grammar
