// The Charter grammar as PEGTL rules (rules only: no actions, no messages).
// Phase: parse. dsl/parse/ runs it into a parse tree and builds the AST;
// dsl/grammar/error_messages.hpp says what each error rule reports.
// docs/language.md gives the same grammar in EBNF.
//
// Conventions
// - Every token eats the trivia (whitespace, comments) after it, so every rule
//   starts on a token. The text of a token is its `*_lexeme` rule.
// - `X_expected` matches X or raises the syntax error that
//   error_messages.hpp gives it. These are the commit points; everything
//   else backtracks. Wrapping (rather than deriving) keeps `X` a parse-tree node.
// - Rules that recurse go through `nested<…>`, which bounds the depth.
#pragma once

#include <cstddef>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

namespace charter::dsl::grammar {

namespace pegtl = tao::pegtl;
using pegtl::alnum;
using pegtl::any;
using pegtl::at;
using pegtl::digit;
using pegtl::eof;
using pegtl::list;
using pegtl::not_at;
using pegtl::not_one;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::raise;
using pegtl::ranges;
using pegtl::rep;
using pegtl::rep_min_max;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::string;
using pegtl::xdigit;

inline constexpr std::size_t kMaxNesting = 96;

struct nesting_too_deep : pegtl::failure {};  // raised by nested<> past kMaxNesting

// Rule, or else a syntax error with the message of Self.
template <class Self, class Rule>
struct expected : sor<Rule, raise<Self>> {};

// Matches Rule one nesting level deeper; raises `nesting_too_deep` past the
// limit, so no input can exhaust the stack.
template <class Rule>
struct nested {
  using rule_t = nested;
  using subs_t = pegtl::type_list<Rule>;

  template <pegtl::apply_mode A, pegtl::rewind_mode M, template <class...> class Action,
            template <class...> class Control, class ParseInput, class... States>
  static bool match(ParseInput& in, States&&... st) {
    struct Guard {
      std::size_t& depth;
      ~Guard() { --depth; }
    } guard{++in.private_depth};
    if (in.private_depth > kMaxNesting) Control<nesting_too_deep>::raise(in, st...);
    return Control<Rule>::template match<A, M, Action, Control>(in, st...);
  }
};

// ---------------------------------------------------------------- trivia

struct line_comment : seq<one<'#'>, star<not_one<'\n'>>> {};
struct block_comment_end : string<'*', '/'> {};
struct block_comment_unterminated : pegtl::failure {};  // raised at the end of the file
struct block_comment
    : seq<string<'/', '*'>, star<not_at<block_comment_end>, any>,
          sor<block_comment_end, raise<block_comment_unterminated>>> {};
struct comment : sor<line_comment, block_comment> {};
struct whitespace : one<' ', '\t', '\r', '\n'> {};
struct sep : star<sor<whitespace, comment>> {};

template <class Lexeme>
struct token : seq<Lexeme, sep> {};

// Matches the empty string when no line break lies between the previous
// token and the current position (in the trivia the previous token ate).
struct same_line {
  using rule_t = same_line;
  using subs_t = pegtl::empty_list;

  template <class ParseInput>
  static bool match(ParseInput& in) noexcept {
    for (const char* at = in.current(); at != in.begin();) {
      const char c = *--at;
      if (c == '\n') return false;
      if (c != ' ' && c != '\t' && c != '\r') return true;
    }
    return true;
  }
};

// Matches the empty string at the start of a line.
struct at_margin {
  using rule_t = at_margin;
  using subs_t = pegtl::empty_list;

  template <class ParseInput>
  static bool match(ParseInput& in) noexcept {
    return in.current() == in.begin() || in.current()[-1] == '\n';
  }
};

// ---------------------------------------------------------------- words

struct word_first : ranges<'a', 'z', 'A', 'Z', '_'> {};
struct word_rest : ranges<'a', 'z', 'A', 'Z', '0', '9', '_'> {};
struct raw_word : seq<word_first, star<word_rest>> {};

template <char... Cs>
struct kw : token<seq<string<Cs...>, not_at<word_rest>>> {};

struct kw_and : kw<'a', 'n', 'd'> {};
struct kw_or : kw<'o', 'r'> {};
struct kw_not : kw<'n', 'o', 't'> {};
struct kw_in : kw<'i', 'n'> {};
struct kw_if : kw<'i', 'f'> {};
struct kw_then : kw<'t', 'h', 'e', 'n'> {};
struct kw_else : kw<'e', 'l', 's', 'e'> {};
struct kw_true : kw<'t', 'r', 'u', 'e'> {};
struct kw_false : kw<'f', 'a', 'l', 's', 'e'> {};
struct kw_null : kw<'n', 'u', 'l', 'l'> {};
struct kw_when : kw<'w', 'h', 'e', 'n'> {};
struct kw_otherwise : kw<'o', 't', 'h', 'e', 'r', 'w', 'i', 's', 'e'> {};
struct kw_fallback : kw<'f', 'a', 'l', 'l', 'b', 'a', 'c', 'k'> {};
struct kw_because : kw<'b', 'e', 'c', 'a', 'u', 's', 'e'> {};
struct kw_decision : kw<'d', 'e', 'c', 'i', 's', 'i', 'o', 'n'> {};
struct kw_gate : kw<'g', 'a', 't', 'e'> {};
struct kw_scorecard : kw<'s', 'c', 'o', 'r', 'e', 'c', 'a', 'r', 'd'> {};
struct kw_table : kw<'t', 'a', 'b', 'l', 'e'> {};
struct kw_const : kw<'c', 'o', 'n', 's', 't'> {};
struct kw_let : kw<'l', 'e', 't'> {};
struct kw_enum : kw<'e', 'n', 'u', 'm'> {};
struct kw_record : kw<'r', 'e', 'c', 'o', 'r', 'd'> {};
struct kw_use : kw<'u', 's', 'e'> {};
struct kw_policy : kw<'p', 'o', 'l', 'i', 'c', 'y'> {};
struct kw_test : kw<'t', 'e', 's', 't'> {};
struct kw_given : kw<'g', 'i', 'v', 'e', 'n'> {};
struct kw_expect : kw<'e', 'x', 'p', 'e', 'c', 't'> {};
struct kw_input : kw<'i', 'n', 'p', 'u', 't'> {};
struct kw_output : kw<'o', 'u', 't', 'p', 'u', 't'> {};

// Words with a meaning in one place only; elsewhere they are ordinary names.
struct kw_version : kw<'v', 'e', 'r', 's', 'i', 'o', 'n'> {};
struct kw_as : kw<'a', 's'> {};
struct kw_json : kw<'j', 's', 'o', 'n'> {};
struct kw_out : kw<'o', 'u', 't'> {};
struct kw_of : kw<'o', 'f'> {};
struct kw_band : kw<'b', 'a', 'n', 'd'> {};
struct kw_fixture : kw<'f', 'i', 'x', 't', 'u', 'r', 'e'> {};
struct kw_with : kw<'w', 'i', 't', 'h'> {};
struct kw_fired : kw<'f', 'i', 'r', 'e', 'd'> {};
struct kw_invalid : kw<'i', 'n', 'v', 'a', 'l', 'i', 'd'> {};
struct kw_any : kw<'a', 'n', 'y'> {};
struct kw_all : kw<'a', 'l', 'l'> {};
struct kw_count : kw<'c', 'o', 'u', 'n', 't'> {};
struct kw_deny : kw<'d', 'e', 'n', 'y'> {};
struct kw_review : kw<'r', 'e', 'v', 'i', 'e', 'w'> {};
struct kw_allow : kw<'a', 'l', 'l', 'o', 'w'> {};
struct kw_not_requested
    : kw<'n', 'o', 't', '_', 'r', 'e', 'q', 'u', 'e', 's', 't', 'e', 'd'> {};

struct reserved_word
    : sor<kw_and, kw_or, kw_not, kw_in, kw_if, kw_then, kw_else, kw_true, kw_false, kw_null,
          kw_when, kw_otherwise, kw_fallback, kw_because, kw_decision, kw_gate, kw_scorecard,
          kw_table, kw_const, kw_let, kw_enum, kw_record, kw_use, kw_policy, kw_test, kw_given,
          kw_expect, kw_input, kw_output> {};

// A name that is not a reserved word.
struct identifier_lexeme : seq<not_at<reserved_word>, raw_word> {};
struct identifier : token<identifier_lexeme> {};
// Any word, reserved or not: member names after `.`, record keys, field names.
struct word_lexeme : raw_word {};
struct any_word : token<word_lexeme> {};

struct keyword_as_name : pegtl::failure {};  // raised: a reserved word where a name is expected
struct name : sor<identifier, seq<at<reserved_word>, raise<keyword_as_name>>> {};
struct name_expected : expected<name_expected, name> {};

// Words that start a declaration: where error recovery resumes.
struct declaration_start
    : sor<kw_use, kw_const, kw_let, kw_enum, kw_record, kw_input, kw_output, kw_decision,
          kw_gate, kw_scorecard, kw_test, kw_policy> {};
// The next declaration, at the start of a line (and not a field named like
// one, `input: …`): a block that runs into it was not closed, and its item
// lists (fields, enum values, header entries) stop here so that the missing
// `}` is reported rather than a strange field.
struct declaration_ahead : seq<at_margin, declaration_start, not_at<one<':'>>> {};

// ---------------------------------------------------------------- punctuation

struct lbrace : token<one<'{'>> {};
struct rbrace : token<one<'}'>> {};
struct lparen : token<one<'('>> {};
struct rparen : token<one<')'>> {};
struct lbracket : token<one<'['>> {};
struct rbracket : token<one<']'>> {};
struct langle : token<one<'<'>> {};
struct rangle : token<one<'>'>> {};
struct comma : token<one<','>> {};
struct colon : token<one<':'>> {};
struct dot : token<seq<one<'.'>, not_at<one<'.'>>>> {};
struct dotdot : token<string<'.', '.'>> {};
struct arrow : token<string<'=', '>'>> {};
struct assign : token<seq<one<'='>, not_at<one<'=', '>'>>>> {};
struct pipe : token<seq<one<'|'>, not_at<one<'|'>>>> {};
struct double_pipe : token<string<'|', '|'>> {};
struct question : token<seq<one<'?'>, not_at<one<'?', '.'>>>> {};
struct question_dot : token<string<'?', '.'>> {};

struct op_eq : token<string<'=', '='>> {};
struct op_ne : token<string<'!', '='>> {};
struct op_le : token<string<'<', '='>> {};
struct op_ge : token<string<'>', '='>> {};
struct op_lt : token<seq<one<'<'>, not_at<one<'='>>>> {};
struct op_gt : token<seq<one<'>'>, not_at<one<'='>>>> {};
struct op_coalesce : token<string<'?', '?'>> {};
struct op_add : token<one<'+'>> {};
struct op_sub : token<seq<one<'-'>, not_at<one<'|'>>>> {};
struct op_mul : token<one<'*'>> {};
struct op_div : token<one<'/'>> {};
struct op_mod : token<one<'%'>> {};
struct op_neg : token<one<'-'>> {};

struct compare_op : sor<op_eq, op_ne, op_le, op_ge, op_lt, op_gt> {};

// ---------------------------------------------------------------- literals

struct digits : plus<digit> {};
struct number_suffix_invalid : pegtl::failure {};  // raised: `12abc`
struct exponent_digits : seq<digits> {};
struct exponent_digits_expected : expected<exponent_digits_expected, exponent_digits> {};
struct number_lexeme
    : seq<digits, opt<one<'.'>, digits>,
          opt<one<'e', 'E'>, opt<one<'+', '-'>>, exponent_digits_expected>> {};
struct number_lit
    : token<seq<number_lexeme, sor<not_at<word_first>, raise<number_suffix_invalid>>>> {};

struct duration_unit : sor<string<'m', 's'>, one<'w', 'd', 'h', 'm', 's'>> {};
struct duration_lexeme : plus<digits, duration_unit> {};
struct duration_lit : token<seq<duration_lexeme, not_at<word_rest>>> {};

struct date_body : seq<rep<4, digit>, one<'-'>, rep<2, digit>, one<'-'>, rep<2, digit>> {};
struct clock_body
    : seq<rep<2, digit>, one<':'>, rep<2, digit>,
          opt<one<':'>, rep<2, digit>, opt<one<'.'>, plus<digit>>>> {};
struct zone_missing : pegtl::failure {};  // raised: a date-time without `Z` or an offset
struct zone_body
    : sor<one<'Z', 'z'>, seq<one<'+', '-'>, rep<2, digit>, one<':'>, rep<2, digit>>,
          raise<zone_missing>> {};
struct datetime_lexeme : seq<date_body, one<'T', 't'>, clock_body, zone_body> {};
struct datetime_lit : token<seq<datetime_lexeme, not_at<word_rest>>> {};
struct date_lexeme : date_body {};
struct date_lit : token<seq<date_lexeme, not_at<word_rest>>> {};
struct time_lexeme : seq<rep<2, digit>, one<':'>, rep<2, digit>, opt<one<':'>, rep<2, digit>>> {};
struct time_lit : token<seq<time_lexeme, not_at<word_rest>>> {};

struct semver_ident : plus<sor<alnum, one<'-'>>> {};
struct semver_lexeme
    : seq<digits, one<'.'>, digits, one<'.'>, digits, opt<one<'-'>, list<semver_ident, one<'.'>>>,
          opt<one<'+'>, list<semver_ident, one<'.'>>>> {};
// `1.2.3.4`, `1.2.3-` and `1.2.3x` are one malformed version, not a version
// followed by something else.
struct semver : token<seq<semver_lexeme, not_at<sor<word_rest, one<'.', '-', '+'>>>>> {};
struct semver_expected : expected<semver_expected, semver> {};

// Strings: `"text {expr} \n"` on one line. The opening quote is found again
// when the string is not closed (dsl/parse/syntax_errors.cpp).
struct expr;
struct escape_unknown : pegtl::failure {};  // raised: `\q`
struct unicode_escape : seq<one<'u'>, one<'{'>, rep_min_max<1, 6, xdigit>, one<'}'>> {};
struct escape_code : sor<one<'"', '\\', 'n', 't', 'r', '{', '}', '0'>, unicode_escape> {};
struct escape : seq<one<'\\'>, sor<escape_code, raise<escape_unknown>>> {};
struct string_text : plus<not_one<'"', '\\', '{', '\n', '\r'>> {};
struct interpolation_expr_expected : expected<interpolation_expr_expected, expr> {};
struct interpolation_close_expected : expected<interpolation_close_expected, one<'}'>> {};
struct interpolation
    : seq<one<'{'>, sep, interpolation_expr_expected, interpolation_close_expected> {};
struct string_close_expected : expected<string_close_expected, one<'"'>> {};
struct string_lexeme
    : seq<one<'"'>, star<sor<string_text, escape, interpolation>>, string_close_expected> {};
struct string_lit : token<string_lexeme> {};

// ---------------------------------------------------------------- expressions

struct expr_expected : expected<expr_expected, expr> {};
struct rparen_expected : expected<rparen_expected, rparen> {};
struct rbracket_expected : expected<rbracket_expected, rbracket> {};
struct rbrace_expected : expected<rbrace_expected, rbrace> {};

struct paren_expr : seq<lparen, expr_expected, rparen_expected> {};
struct list_expr : seq<lbracket, opt<list<expr, comma>, opt<comma>>, rbracket_expected> {};

struct record_key : list<sor<any_word, string_lit>, dot> {};
struct record_entry : seq<record_key, colon, expr_expected> {};
// Looks for `key:` without building nodes: selected rules inside `at<>` would
// leave copies in the parse tree.
struct record_key_ahead
    : seq<list<seq<sor<raw_word, seq<one<'"'>, star<not_one<'"', '\n'>>, one<'"'>>>, sep>,
               seq<one<'.'>, not_at<one<'.'>>, sep>>,
          one<':'>> {};
struct record_expr
    : seq<lbrace, at<record_key_ahead>, list<record_entry, comma>, opt<comma>, rbrace_expected> {};
struct set_expr : seq<lbrace, list<expr, comma>, opt<comma>, rbrace_expected> {};
struct empty_braces : seq<lbrace, rbrace> {};
struct brace_expr : sor<empty_braces, record_expr, set_expr> {};

struct quantifier_kind : sor<kw_any, kw_all, kw_count> {};
struct quantifier_colon_expected : expected<quantifier_colon_expected, colon> {};
struct quantifier_expr
    : seq<quantifier_kind, lparen, identifier, kw_in, expr_expected, quantifier_colon_expected,
          expr_expected, rparen_expected> {};

struct name_ref : seq<identifier> {};

// `input`: the whole event, so its fields stay reachable when a decision of
// the same name hides them (`input.sender.role`).
struct input_ref : seq<kw_input> {};

struct primary
    : sor<paren_expr, list_expr, brace_expr, string_lit, datetime_lit, date_lit, time_lit,
          duration_lit, number_lit, kw_true, kw_false, kw_null, quantifier_expr, input_ref, name_ref> {};

// The name after a `.` is on the same line: `message.` at the end of a line
// followed by `const …` is a missing name, not a field called `const`.
struct member_name_expected : expected<member_name_expected, seq<same_line, any_word>> {};
struct member_access : seq<dot, member_name_expected> {};
struct optional_access : seq<question_dot, member_name_expected> {};
// A call's `(` and an index's `[` stand on the line where the value they
// apply to ends: on a new line they begin something else, most often the
// next row of a table (`(a + b) | …`), which must not become `X(a + b)`.
struct index_access : seq<same_line, lbracket, expr_expected, rbracket_expected> {};
struct call_args : seq<same_line, lparen, opt<list<expr, comma>, opt<comma>>, rparen_expected> {};
struct postfix_expr
    : seq<primary, star<sor<member_access, optional_access, index_access, call_args>>> {};

struct unary_expr;
struct operand_expected : expected<operand_expected, nested<unary_expr>> {};
struct negate_expr : seq<op_neg, operand_expected> {};
struct unary_expr : sor<negate_expr, postfix_expr> {};

struct mul_expr : seq<unary_expr, star<sor<op_mul, op_div, op_mod>, operand_expected>> {};
struct mul_expected : expected<mul_expected, mul_expr> {};
struct add_expr : seq<mul_expr, star<sor<op_add, op_sub>, mul_expected>> {};
struct add_expected : expected<add_expected, add_expr> {};
struct range_expr : seq<add_expr, opt<dotdot, add_expected>> {};
struct range_expected : expected<range_expected, range_expr> {};
struct coalesce_expr : seq<range_expr, star<op_coalesce, range_expected>> {};
struct coalesce_expected : expected<coalesce_expected, coalesce_expr> {};

struct chained_comparison : pegtl::failure {};  // raised: `a < b < c`
struct in_op : seq<opt<kw_not>, kw_in> {};
struct compare_expr
    : seq<coalesce_expr, opt<sor<compare_op, in_op>, coalesce_expected>,
          opt<at<sor<compare_op, in_op>>, raise<chained_comparison>>> {};

struct not_expr;
struct negation_expected : expected<negation_expected, nested<not_expr>> {};
struct not_expr : sor<seq<kw_not, negation_expected>, compare_expr> {};
struct and_expr : seq<not_expr, star<kw_and, negation_expected>> {};
struct and_expected : expected<and_expected, and_expr> {};
struct or_expr : seq<and_expr, star<kw_or, and_expected>> {};

struct then_expected : expected<then_expected, kw_then> {};
struct else_expected : expected<else_expected, kw_else> {};
struct if_expr
    : seq<kw_if, expr_expected, then_expected, expr_expected, else_expected, expr_expected> {};

struct expr : nested<sor<if_expr, or_expr>> {};

// ---------------------------------------------------------------- types

struct type;
struct type_expected : expected<type_expected, type> {};
struct rangle_expected : expected<rangle_expected, rangle> {};
struct type_args : seq<langle, list<type_expected, comma>, rangle_expected> {};
struct named_type : seq<identifier, star<dot, any_word>, opt<type_args>> {};
struct field_decl;
struct fields_close_expected : expected<fields_close_expected, rbrace> {};
struct record_type : seq<lbrace, star<field_decl, opt<comma>>, fields_close_expected> {};
struct optional_mark : seq<question> {};
struct type : nested<seq<sor<record_type, named_type>, opt<optional_mark>>> {};

struct field_colon_expected : expected<field_colon_expected, colon> {};
struct field_default : seq<assign, expr_expected> {};
struct field_decl
    : seq<not_at<declaration_ahead>, sor<any_word, string_lit>, field_colon_expected, type_expected, opt<field_default>> {};

struct type_annotation : seq<colon, type_expected> {};

// ---------------------------------------------------------------- tables
// Cells and outputs are unary-level expressions (`-5`, `Sales`, `f(x)`,
// `(a + b)`), so that a row ends where the next one starts without a
// separator. The header's input columns are full expressions.

struct cell_value_expected : expected<cell_value_expected, unary_expr> {};
struct wildcard_cell : seq<one<'-'>, sep, at<sor<pipe, double_pipe>>> {};
struct compare_cell : seq<compare_op, cell_value_expected> {};
struct range_low_open_cell : seq<dotdot, cell_value_expected> {};
struct range_high : seq<unary_expr> {};
struct value_cell : seq<unary_expr, opt<dotdot, opt<range_high>>> {};
struct set_cell : seq<lbrace, list<expr, comma>, opt<comma>, rbrace_expected> {};
struct cell;
struct cell_expected : expected<cell_expected, nested<cell>> {};
struct negated_cell : seq<kw_not, cell_expected> {};
struct cell
    : sor<wildcard_cell, negated_cell, compare_cell, range_low_open_cell, set_cell, value_cell> {};
// Cells are unary-level, so `x + 1` would end the cell at `x`. Operators that
// cannot start the next cell or row are caught here. (`-`, comparisons, `..`,
// `not` and `{` can start a cell, so they are left to the row rules.)
template <class Raise>
struct operator_after
    : opt<at<sor<op_add, op_mul, op_div, op_mod, op_coalesce, kw_and, kw_or>>, raise<Raise>> {};
struct cell_operator : pegtl::failure {};  // raised: `1 || x + 1`
struct operator_after_cell : operator_after<cell_operator> {};

struct label : seq<identifier, colon> {};
struct reason_expected : expected<reason_expected, string_lit> {};
struct because_clause : seq<kw_because, reason_expected> {};
struct because_missing : pegtl::failure {};  // raised: a reason string without `because`
// The reason of a rule or band, if it has one. (Not of a table row: the next
// row may start with a string.)
struct reason : sor<because_clause, seq<at<one<'"'>>, raise<because_missing>>> {};
struct double_pipe_expected : expected<double_pipe_expected, double_pipe> {};
struct output_cell : seq<unary_expr> {};
struct output_cell_expected : expected<output_cell_expected, output_cell> {};
struct row_cell : seq<cell_expected, operator_after_cell> {};
struct row_output : seq<output_cell_expected, operator_after_cell> {};
struct table_row
    : seq<sor<seq<label, cell_expected>, cell>, operator_after_cell, star<pipe, row_cell>,
          double_pipe_expected, row_output, star<pipe, row_output>, opt<because_clause>> {};
struct output_column : seq<any_word> {};
struct output_column_expected : expected<output_column_expected, output_column> {};
struct table_input : seq<expr> {};
struct table_input_expected : expected<table_input_expected, table_input> {};
struct header_double_pipe_expected : expected<header_double_pipe_expected, double_pipe> {};
struct table_header
    : seq<table_input_expected, star<pipe, table_input_expected>, header_double_pipe_expected,
          output_column_expected, star<pipe, output_column_expected>> {};
// `collect sum`: a second word only right before the `{`, or `table first`
// with a missing `{` would read the header's `x` as part of the policy.
// The lookahead is the bare `{`: a token inside `at<>` would leave copies of
// the comments after it in the parse tree.
struct hit_policy : seq<identifier, opt<identifier, at<one<'{'>>>> {};
struct lbrace_expected : expected<lbrace_expected, lbrace> {};
struct table_close_expected : expected<table_close_expected, rbrace> {};
struct table_expr
    : seq<kw_table, opt<hit_policy>, lbrace_expected, table_header, star<table_row>,
          table_close_expected> {};

// ---------------------------------------------------------------- rules

struct outcome : sor<table_expr, expr> {};
struct outcome_expected : expected<outcome_expected, outcome> {};
struct arrow_expected : expected<arrow_expected, arrow> {};
struct when_rule : seq<kw_when, expr_expected, arrow_expected, outcome_expected, opt<reason>> {};
struct otherwise_rule : seq<kw_otherwise, arrow_expected, outcome_expected, opt<reason>> {};
struct fallback_rule : seq<kw_fallback, arrow_expected, outcome_expected, opt<reason>> {};
struct rule_body : sor<when_rule, otherwise_rule, fallback_rule> {};
struct labelled_rule_expected : expected<labelled_rule_expected, rule_body> {};
struct decision_rule : sor<seq<label, labelled_rule_expected>, rule_body> {};
struct rules_close_expected : expected<rules_close_expected, rbrace> {};
struct rule_block : seq<lbrace, star<decision_rule>, rules_close_expected> {};
struct expression_body : seq<assign, outcome_expected, opt<reason>> {};

// ---------------------------------------------------------------- declarations

struct qualified_name : list<any_word, seq<dot, same_line>> {};
struct module_name_expected : expected<module_name_expected, qualified_name> {};
struct version_keyword_expected : expected<version_keyword_expected, kw_version> {};
struct meta_value
    : sor<string_lit, datetime_lit, date_lit, semver, number_lit, name_ref> {};
struct meta_value_expected : expected<meta_value_expected, meta_value> {};
struct meta_entry : seq<not_at<declaration_ahead>, any_word, meta_value_expected> {};
struct header_close_expected : expected<header_close_expected, rbrace> {};
struct header
    : seq<kw_policy, module_name_expected, version_keyword_expected, semver_expected,
          opt<lbrace, star<meta_entry>, header_close_expected>> {};

struct use_name_expected : expected<use_name_expected, name> {};
struct use_item : seq<use_name_expected, opt<kw_as, name_expected>> {};
// `{a, b,}`: a comma before `}` ends the list (use_item commits to a name).
struct use_items
    : seq<lbrace, list<use_item, seq<comma, not_at<rbrace>>>, opt<comma>, rbrace_expected> {};
struct use_glob : token<one<'*'>> {};
struct use_alias : seq<kw_as, name_expected> {};
struct use_tail_expected : expected<use_tail_expected, sor<use_glob, use_items>> {};
struct use_decl
    : seq<kw_use, module_name_expected, opt<one<'.'>, use_tail_expected>, opt<use_alias>> {};

struct assign_expected : expected<assign_expected, assign> {};
struct const_decl
    : seq<kw_const, name_expected, opt<type_annotation>, assign_expected, expr_expected> {};
struct let_decl : seq<kw_let, name_expected, opt<type_annotation>, assign_expected, expr_expected> {};

struct enum_member;
struct json_spelling_expected : expected<json_spelling_expected, string_lit> {};
struct enum_json : seq<assign, json_spelling_expected> {};
struct enum_close_expected : expected<enum_close_expected, rbrace> {};
struct enum_children : seq<lbrace, star<nested<enum_member>, opt<comma>>, enum_close_expected> {};
struct enum_member : seq<not_at<declaration_ahead>, name, opt<enum_json>, opt<enum_children>> {};
struct json_style : seq<kw_json, name_expected> {};
struct enum_decl
    : seq<kw_enum, name_expected, opt<json_style>, lbrace_expected, star<enum_member, opt<comma>>,
          enum_close_expected> {};

struct record_decl
    : seq<kw_record, name_expected, lbrace_expected, star<field_decl, opt<comma>>,
          fields_close_expected> {};

struct input_condition : seq<kw_when, expr_expected> {};
struct input_decl : seq<kw_input, type_expected, opt<input_condition>> {};
struct record_expected : expected<record_expected, record_expr> {};
struct output_decl : seq<kw_output, record_expected> {};

struct decision_body_expected : expected<decision_body_expected, sor<expression_body, rule_block>> {};
struct decision_decl
    : seq<kw_decision, name_expected, opt<type_annotation>, decision_body_expected> {};

struct verdict : sor<kw_deny, kw_review, kw_allow, kw_not_requested> {};
struct verdict_expected : expected<verdict_expected, verdict> {};
struct gate_condition : seq<kw_when, expr_expected> {};
struct verdict_rule : seq<verdict, opt<gate_condition>, opt<reason>> {};
struct gate_fallback : seq<kw_fallback, verdict_expected, opt<reason>> {};
struct gate_rule_body : sor<gate_fallback, verdict_rule> {};
struct labelled_verdict_expected : expected<labelled_verdict_expected, gate_rule_body> {};
struct gate_rule : sor<seq<label, labelled_verdict_expected>, gate_rule_body> {};
struct gate_close_expected : expected<gate_close_expected, rbrace> {};
struct gate_decl
    : seq<kw_gate, name_expected, lbrace_expected, star<gate_rule>, gate_close_expected> {};

struct signed_number : seq<opt<one<'-'>>, number_lit> {};
struct bounds : seq<signed_number, dotdot, signed_number> {};
struct bounds_expected : expected<bounds_expected, bounds> {};
struct criterion_body_expected : expected<criterion_body_expected, sor<expression_body, rule_block>> {};
struct criterion : seq<identifier, colon, bounds_expected, criterion_body_expected> {};
struct band_low : seq<signed_number> {};
struct band_high : seq<signed_number> {};
struct band_range : sor<seq<band_low, dotdot, opt<band_high>>, seq<dotdot, band_high>> {};
// A band's value is a single (unary-level) value, as a table's outputs are:
// bands need no commas, so in `=> Weak` then `..39 => Suppress` on the next
// line, a full expression would read `Weak..39`.
struct band_value_expected : expected<band_value_expected, unary_expr> {};
struct band_operator : pegtl::failure {};  // raised: `85.. => a + b`
struct band_entry
    : seq<band_range, arrow_expected, band_value_expected, operator_after<band_operator>,
          opt<reason>> {};
struct band_type : seq<named_type> {};
struct band_close_expected : expected<band_close_expected, rbrace> {};
struct band_block
    : seq<kw_band, opt<band_type>, lbrace_expected, star<band_entry, opt<comma>>,
          band_close_expected> {};
struct out_of_expected : expected<out_of_expected, seq<kw_out, kw_of>> {};
struct number_expected : expected<number_expected, number_lit> {};
struct scorecard_close_expected : expected<scorecard_close_expected, rbrace> {};
struct scorecard_decl
    : seq<kw_scorecard, name_expected, out_of_expected, number_expected, lbrace_expected,
          star<criterion>, opt<band_block>, scorecard_close_expected> {};

struct fixture_overrides : seq<kw_with, record_expected> {};
struct fixture_path_expected : expected<fixture_path_expected, string_lit> {};
struct given_fixture : seq<kw_fixture, fixture_path_expected, opt<fixture_overrides>> {};
struct given_inline : seq<record_expr> {};
struct given_source_expected : expected<given_source_expected, sor<given_fixture, given_inline>> {};
struct given_clause : seq<kw_given, given_source_expected> {};
struct expect_fired : seq<kw_fired, qualified_name> {};
struct expect_invalid : seq<kw_invalid, at<one<'"'>>, string_lit> {};
struct expect_holds : seq<expr> {};
struct expect_body_expected : expected<expect_body_expected, sor<expect_fired, expect_invalid, expect_holds>> {};
struct expect_clause : seq<kw_expect, expect_body_expected> {};
struct test_close_expected : expected<test_close_expected, rbrace> {};
struct test_name_expected : expected<test_name_expected, string_lit> {};
struct test_decl
    : seq<kw_test, test_name_expected, lbrace_expected, star<sor<given_clause, expect_clause>>,
          test_close_expected> {};

struct declaration_unknown : pegtl::failure {};  // raised: no declaration starts here
struct declaration
    : sor<header, use_decl, const_decl, let_decl, enum_decl, record_decl, input_decl,
          output_decl, decision_decl, gate_decl, scorecard_decl, test_decl,
          raise<declaration_unknown>> {};

// A declaration that raises a syntax error is recorded and skipped up to the
// next line that starts with a declaration word (dsl/parse/recovery.hpp).
template <class Declaration>
struct recover;

// A UTF-8 byte order mark, which some editors write at the start of a file.
struct byte_order_mark : string<'\xEF', '\xBB', '\xBF'> {};

struct module : seq<opt<byte_order_mark>, sep, star<not_at<eof>, recover<declaration>>, eof> {};

}  // namespace charter::dsl::grammar

namespace tao::pegtl {

template <class Name, class Rule>
struct analyze_traits<Name, charter::dsl::grammar::nested<Rule>> : analyze_seq_traits<Rule> {};

template <class Name>
struct analyze_traits<Name, charter::dsl::grammar::same_line> : analyze_opt_traits<> {};

template <class Name>
struct analyze_traits<Name, charter::dsl::grammar::at_margin> : analyze_opt_traits<> {};

// Recovery either matches the declaration or skips at least one character.
template <class Name, class Rule>
struct analyze_traits<Name, charter::dsl::grammar::recover<Rule>> : analyze_any_traits<Rule> {};

}  // namespace tao::pegtl
