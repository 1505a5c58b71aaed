// Which grammar rules become parse-tree nodes, and which collapse when they
// have a single child (the precedence levels of expressions). Phase: parse.
// Everything the AST builder reads must be listed here.
#pragma once

#include <tao/pegtl/contrib/parse_tree.hpp>

#include "dsl/grammar/grammar.hpp"

namespace charter::dsl::parse_detail {

namespace g = grammar;
namespace pt = tao::pegtl::parse_tree;

// Like PEGTL's fold_one, but a node that keeps several children keeps its
// content too: the AST builder needs every node's extent for its span.
struct fold_single : pt::apply<fold_single> {
  template <class Node, class... States>
  static void transform(std::unique_ptr<Node>& node, States&&...) noexcept {
    if (node->children.size() == 1) node = std::move(node->children.front());
  }
};

template <class Rule>
using Selector = pt::selector<
    Rule,
    pt::store_content::on<
        // trivia and lexemes
        g::line_comment, g::block_comment, g::identifier_lexeme, g::word_lexeme,
        g::number_lexeme, g::duration_lexeme, g::datetime_lexeme, g::date_lexeme,
        g::time_lexeme, g::semver_lexeme, g::string_lexeme, g::string_text, g::escape,
        g::interpolation,
        // keywords and operators the builder needs to tell apart
        g::kw_true, g::kw_false, g::kw_null, g::kw_not, g::kw_in, g::kw_and, g::kw_or,
        g::kw_any, g::kw_all, g::kw_count, g::kw_deny, g::kw_review, g::kw_allow,
        g::kw_not_requested, g::op_eq, g::op_ne, g::op_le, g::op_ge, g::op_lt, g::op_gt,
        g::op_coalesce, g::op_add, g::op_sub, g::op_mul, g::op_div, g::op_mod, g::op_neg,
        g::dotdot, g::use_glob, g::optional_mark,
        // expressions
        g::negate_expr, g::if_expr, g::paren_expr, g::list_expr, g::record_key,
        g::record_entry, g::record_expr, g::set_expr, g::empty_braces, g::quantifier_expr,
        g::name_ref, g::input_ref, g::member_access, g::optional_access, g::index_access, g::call_args,
        g::in_op,
        // types
        g::type, g::named_type, g::type_args, g::record_type, g::field_decl, g::field_default,
        g::type_annotation,
        // tables and rules
        g::table_expr, g::hit_policy, g::table_header, g::table_input, g::output_column,
        g::table_row, g::label, g::wildcard_cell, g::negated_cell, g::compare_cell,
        g::range_low_open_cell, g::range_high, g::value_cell, g::set_cell, g::output_cell,
        g::because_clause, g::decision_rule, g::when_rule, g::otherwise_rule, g::fallback_rule,
        g::rule_block, g::expression_body,
        // declarations
        g::header, g::qualified_name, g::meta_entry, g::use_decl, g::use_items, g::use_item,
        g::use_alias, g::const_decl, g::let_decl, g::enum_decl, g::json_style, g::enum_member,
        g::enum_json, g::enum_children, g::record_decl, g::input_decl, g::input_condition,
        g::output_decl, g::decision_decl, g::gate_decl, g::gate_rule, g::verdict_rule,
        g::gate_fallback, g::gate_condition, g::scorecard_decl, g::criterion, g::bounds,
        g::signed_number, g::band_block, g::band_type, g::band_entry, g::band_low, g::band_high,
        g::test_decl, g::given_clause, g::given_fixture, g::fixture_overrides, g::given_inline,
        g::expect_clause, g::expect_fired, g::expect_invalid, g::expect_holds>,
    fold_single::on<g::or_expr, g::and_expr, g::not_expr, g::compare_expr, g::coalesce_expr,
                     g::range_expr, g::add_expr, g::mul_expr, g::postfix_expr>>;

}  // namespace charter::dsl::parse_detail
