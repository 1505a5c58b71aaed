// Builds the typed AST from the PEGTL parse tree. Phase: parse.
// Input: the parse tree of one file (nodes selected by selector.hpp), whose
// comment nodes are first moved out into Module::comments. Output: the
// Module's nodes. Problems only visible once a token is decoded (month 13,
// an unknown hit policy, a row with too few cells) are reported here.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <tao/pegtl/contrib/parse_tree.hpp>

#include "dsl/ast/ast.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl::parse_detail {

// A parse-tree node. The parser allocates one for every attempt at a rule
// that builds (or may hold) a node, and most attempts fail, so nodes are
// recycled through a small per-thread free list (parse.cpp) rather than
// going back to malloc: that was a third of the parse time.
struct Node : tao::pegtl::parse_tree::basic_node<Node> {
  static void* operator new(std::size_t size);
  static void operator delete(void* block, std::size_t size) noexcept;
};

class AstBuilder {
 public:
  AstBuilder(const SourceFile& file, ast::Module& module, DiagSink& sink);

  // Builds the whole module from the root of the parse tree.
  void build(Node& root);

 private:
  // --- nodes and spans
  Span span(const Node& node) const;
  std::string_view text(const Node& node) const;
  uint32_t offset(const char* position) const;
  uint32_t trimmed_end(uint32_t begin, uint32_t end) const;
  void extract_comments(Node& node);
  ast::Name name(const Node& node) const;
  ast::QualifiedName qualified_name(const Node& node) const;

  // --- expressions (build_expressions.cpp)
  ast::ExprId expr(const Node& node);
  ast::ExprId add(Span span, ast::ExprNode node);
  ast::ExprId binary_chain(const Node& node);
  ast::ExprId postfix(const Node& node);
  ast::ExprId string_literal(const Node& node);
  ast::ExprId literal(const Node& node);
  ast::ExprId record(const Node& node);
  ast::ExprId signed_number(const Node& node);
  std::vector<ast::ExprId> exprs(const Node& node);

  // --- types, tables, rules (build_rules.cpp)
  ast::TypeRefId type(const Node& node);
  ast::FieldDecl field(const Node& node);
  ast::TableId table(const Node& node);
  void report_row_arity(const ast::TableRow& row, const ast::Table& table, Span header);
  ast::Cell cell(const Node& node);
  ast::Outcome outcome(const Node& node);
  ast::Rule rule(const Node& node);
  std::vector<ast::Rule> rules(const Node& block);
  ast::ExprId reason(const Node* because_clause);
  // Reports a range whose ends are numbers written the wrong way round (`10..0`).
  void check_range(ast::ExprId low, ast::ExprId high, Span span);
  // Reports a string that interpolates where only plain text has a meaning.
  void require_plain(ast::ExprId string, std::string_view what);

  // --- declarations (build_declarations.cpp)
  void declaration(const Node& node);
  ast::Header header(const Node& node);
  ast::UseDecl use(const Node& node);
  ast::EnumMember enum_member(const Node& node);
  ast::DecisionDecl decision(const Node& node);
  ast::GateDecl gate(const Node& node);
  ast::ScorecardDecl scorecard(const Node& node);
  ast::TestDecl test(const Node& node);

  const SourceFile& file_;
  ast::Module& module_;
  DiagSink& sink_;
  std::vector<std::pair<uint32_t, uint32_t>> comment_ends_;  // (end, begin), sorted by end
  mutable std::unordered_map<uint32_t, uint32_t> trimmed_ends_;  // see trimmed_end()
  // The depth of each expression built so far, by ExprId (see add()).
  std::vector<uint32_t> expr_depths_;
  bool reported_too_deep_ = false;
};

// The first child of `node` of grammar rule Rule, or null.
template <class Rule>
const Node* child_of(const Node& node) {
  for (const auto& child : node.children) {
    if (child->is_type<Rule>()) return child.get();
  }
  return nullptr;
}

}  // namespace charter::dsl::parse_detail
