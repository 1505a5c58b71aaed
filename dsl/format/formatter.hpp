// Formatting's layout step: one module's AST → lines of canonical text, each
// with the source range it prints (line_writer then places the comments).
// Phase: format. Borrows the module and the source; the members live in the
// format_*.cpp files by construct (expressions, rules, tables, declarations).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dsl/ast/ast.hpp"
#include "dsl/format/doc.hpp"
#include "dsl/format/line_writer.hpp"
#include "dsl/format/source_text.hpp"

namespace charter::dsl::format_detail {

// Binding strength, loosest first; an operand weaker than its place needs parentheses.
enum class Prec : uint8_t {
  If,
  Or,
  And,
  Not,
  Compare,
  Coalesce,
  Range,
  Add,
  Mul,
  Unary,
  Postfix,
  Primary
};

inline constexpr int kIndent = 2;        // a block's body
inline constexpr int kContinuation = 4;  // the lines of a condition broken at `and`/`or`

// One line of a table (the header or a row) before it is padded into columns.
struct TableLine {
  std::string label;  // `name: `, or empty
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string reason;  // `because "…"`, or empty
  uint32_t begin = 0, end = 0;
};

// One gate rule as it reads on one line, before the `because` columns are set.
struct GateLine {
  std::string prefix;  // label and verdict, padded into their columns
  std::string head;    // the prefix and the condition
  std::string reason;  // `because "…"`, or empty
  bool alignable = false;
};

class Formatter {
 public:
  Formatter(const ast::Module& module, const SourceText& source, int width);

  std::vector<Line> layout();

 private:
  // --- expressions (format_exprs.cpp)
  // `chain_indent`: how much deeper the lines of a broken `and`/`or` chain go.
  Doc expr(ast::ExprId id, Prec context = Prec::If, int chain_indent = kContinuation);
  // A condition after `when` or `expect`: every line it breaks into (at
  // `and`/`or`, inside a call) is a continuation line, deeper than `=>`.
  Doc condition(ast::ExprId id);
  Doc expr_node(const ast::Expr& e, int chain_indent);
  Doc unary(const ast::Expr& e, const ast::UnaryExpr& u);
  Doc conditional(const ast::Expr& e, const ast::IfExpr& i);
  Doc postfix_chain(const ast::Expr& e);
  Doc binary(const ast::BinaryExpr& b, int chain_indent);
  // One line, whatever its width: for table cells, interpolations, quantifiers.
  std::string flat(ast::ExprId id, Prec context = Prec::If);
  Doc flat_doc(ast::ExprId id, Prec context = Prec::If);
  std::string string_literal(const ast::StringLit& s);
  // Whether a comment sits where a group would break (ignored on one-line output).
  bool gap_has_comment(uint32_t begin, uint32_t end) const;

  // --- bracketed lists and types (format_brackets.cpp)
  struct Item {  // one element of a bracketed list, with its source extent
    Doc doc;
    uint32_t begin, end;
  };
  // `spaced`: `{ a: 1 }` rather than `[1]`; `trailing_comma`: a broken list
  // ends with a comma after its last item.
  Doc collection(const std::string& open, uint32_t open_pos, std::vector<Item> items,
                 const std::string& close, uint32_t close_pos, bool spaced,
                 bool trailing_comma = true);
  Doc brackets(const ast::Expr& e, char open, const std::vector<ast::ExprId>& items, char close);
  Doc record(const ast::Expr& e, const ast::RecordExpr& r);
  Doc call_args(const ast::CallExpr& c, uint32_t callee_end);
  std::string type(ast::TypeRefId id);
  std::string field_text(const ast::FieldDecl& field);

  // --- rules and gates (format_rules.cpp)
  void decision(const ast::Decl& decl, const ast::DecisionDecl& d);
  void rule_block(const std::vector<ast::Rule>& rules, int indent);
  void rule(const ast::Rule& r, int indent);
  // `prefix = outcome because …`: expression-form decisions and criteria.
  void expression_body(Doc prefix, const ast::Rule& r, int indent);
  // A rule whose outcome is a table: `head {` rows `} because …`.
  void table_outcome(Doc head, const ast::Rule& r, int indent);
  void gate(const ast::Decl& decl, const ast::GateDecl& g);
  void gate_rules(const std::vector<ast::GateRule>& rules, int indent);
  std::vector<GateLine> gate_lines(const std::vector<ast::GateRule>& rules);
  Doc gate_rule(const ast::GateRule& r, const GateLine& line);
  Doc reason(ast::ExprId reason);

  // --- tables (format_tables.cpp)
  std::string table_opening(const ast::Table& t);
  uint32_t table_brace(const ast::Table& t) const;
  void table_body(const ast::Table& t, int indent);
  std::string cell_text(const ast::Cell& c);
  void emit_table_lines(const std::vector<TableLine>& lines, int indent);

  // --- declarations (format_declarations.cpp, format_blocks.cpp)
  void declaration(const ast::Decl& decl);
  void header(const ast::Header& h);
  void use(const ast::Decl& decl, const ast::UseDecl& u);
  void value_decl(const ast::Decl& decl, const char* keyword, const ast::Name& name,
                  ast::TypeRefId type, ast::ExprId value);
  void input(const ast::Decl& decl, const ast::InputDecl& i);
  void enumeration(const ast::Decl& decl, const ast::EnumDecl& e);
  std::string enum_member_flat(const ast::EnumMember& m);
  void enum_members(const std::vector<ast::EnumMember>& members, int indent);
  void record_decl(const ast::Decl& decl, const ast::RecordDecl& r);
  void fields(const std::vector<ast::FieldDecl>& fields, int indent);
  void scorecard(const ast::Decl& decl, const ast::ScorecardDecl& s);
  void criteria(const std::vector<ast::Criterion>& criteria, int indent);
  void band(const ast::Band& b, int indent);
  void test(const ast::Decl& decl, const ast::TestDecl& t);
  void test_item(const ast::TestItem& item, int indent);

  // --- output lines (format.cpp)
  // Renders `doc` at `indent` and appends its lines; returns how many.
  size_t emit(const Doc& doc, int indent, bool starts_item = true);
  Line& emit_line(int indent, std::string text, uint32_t begin, uint32_t end);
  // `text {` and `}`: the first and last line of a block whose braces are at `brace`.
  Line& opening_line(int indent, std::string text, uint32_t begin, uint32_t brace);
  Line& closing_line(int indent, uint32_t brace);
  bool fits(int indent, const std::string& text) const;
  int new_align_group() { return next_align_group_++; }

  const ast::Module& module_;
  const SourceText& source_;
  int width_;
  bool flat_mode_ = false;  // building a Doc that is printed on one line
  int next_align_group_ = 0;
  std::vector<Line> lines_;
};

// `text` padded with spaces to `width` characters.
std::string pad(std::string text, int width);

}  // namespace charter::dsl::format_detail
