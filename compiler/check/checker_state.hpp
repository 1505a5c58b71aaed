// The checker's working state, shared by its files: symbols per module,
// checking state per node and constant, and the helpers that emit
// diagnostics. Phase: check (internal to compiler/check).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/check/checker.hpp"
#include "compiler/ir/ir.hpp"

namespace charter::compiler::check_detail {

namespace ast = dsl::ast;
using stdlib::TypeId;
using stdlib::TypeKind;
using stdlib::TypeTable;

struct Symbol {
  enum class Kind : uint8_t { Const, Let, Decision, Gate, Scorecard, Output, Enum, Record, Module, Builtin };
  Kind kind = Kind::Const;
  size_t module = 0;               // the declaring module
  const ast::Decl* decl = nullptr;
  ir::NodeId node;                 // Let, Decision, Gate, Scorecard, Output
  TypeId type;                     // Enum, Record
  std::string builtin;             // Builtin: the qualified name
  size_t target_module = 0;        // Module (an alias)
  size_t const_index = 0;          // Const
  dsl::Span span;

  static Symbol of(Kind kind) {
    Symbol symbol;
    symbol.kind = kind;
    return symbol;
  }
};

struct ModuleScope {
  const LoadedModule* module = nullptr;
  std::unordered_map<std::string, Symbol> own;
  std::unordered_map<std::string, Symbol> imported;
  std::unordered_map<std::string, std::vector<std::string>> ambiguous;  // imported from several modules
  std::vector<std::string> builtin_globs;  // `use std.text.*` → "std.text."
  // What a `use` that failed would have brought in: its names (and alias),
  // and whether it was a glob of a module (names, types) or of a library
  // (functions). An unknown name that may be one of them is not reported
  // again: the failed `use` is the one mistake.
  std::set<std::string, std::less<>> from_failed_use;
  bool failed_module_glob = false;
  bool failed_library_glob = false;
  ir::EntryId entry;
  const ast::InputDecl* input = nullptr;
  dsl::Span input_span;
};

struct ConstState {
  enum class Status : uint8_t { Pending, InProgress, Done };
  size_t module = 0;
  const ast::ConstDecl* decl = nullptr;
  dsl::Span span;
  Status status = Status::Pending;
  ir::ExprId value;  // a Constant expression (or Error)
};

struct NodeSource {
  size_t module = 0;
  const ast::Decl* decl = nullptr;
  enum class Status : uint8_t { Pending, InProgress, Done } status = Status::Pending;
};

struct Local {
  std::string name;
  uint32_t index;
  TypeId type;
};

// Where an expression is checked.
struct ExprContext {
  size_t module = 0;
  ir::EntryId entry;                  // invalid: no input (constants)
  bool constant = false;              // a `const` initialiser: constants and pure builtins only
  std::vector<Local> locals;          // quantifier variables in scope
  std::vector<std::string> narrowed;  // paths guarded by `exists(…)`
  bool may_fail = false;              // set when a builtin that may not be evaluable is called
};

class CheckerState {
 public:
  CheckerState(const Bundle& bundle, const stdlib::BuiltinTable& builtins,
               const dsl::SourceMap& sources, dsl::DiagSink& sink);
  ir::Program run();

  // --- declare.cpp, declare_types.cpp, declare_entries.cpp
  void declare_symbols();
  void declare_type_names();
  void resolve_imports();
  void declare_record_fields();
  void set_record_defaults(size_t module, TypeId record, const std::vector<ast::FieldDecl>& fields);
  void check_record_recursion();
  void declare_entries();
  void declare_node_types();
  TypeId resolve_type(size_t module, ast::TypeRefId ref);
  std::optional<Symbol> lookup(size_t module, const std::string& name) const;
  // True when `name` (its first part) may be one a failed `use` would have
  // brought into `module`: then it is already reported, with that `use`.
  bool from_failed_use(size_t module, std::string_view name, bool function = false) const;

  // --- check_expr.cpp
  ir::ExprId check_expr(ast::ExprId id, ExprContext& ctx, TypeId expected = {});
  ir::ExprId check_condition(ast::ExprId id, ExprContext& ctx);
  ir::ExprId check_template(ast::ExprId id, ExprContext& ctx);
  ir::ExprId check_collection(dsl::Span span, const std::vector<ast::ExprId>& items, bool set,
                              ExprContext& ctx, TypeId expected);
  ir::ExprId fold_collection(ir::Expr built);
  // Adds to ctx.narrowed the paths a condition proves present (`exists(x) and …`).
  void add_guards(ir::ExprId condition, ExprContext& ctx);
  ir::ExprId error_expr(dsl::Span span);
  ir::ExprId constant_expr(stdlib::Value value, TypeId type, dsl::Span span);
  ir::ExprId make(ir::Expr expr) { return program_.add(std::move(expr)); }
  TypeId type_of(ir::ExprId id) const { return program_.expr(id).type; }
  bool is_error(ir::ExprId id) const { return program_.expr(id).type == TypeTable::kError; }

  // --- check_names.cpp, check_members.cpp
  ir::ExprId check_name(const ast::Expr& expr, const ast::NameExpr& name, ExprContext& ctx, TypeId expected);
  ir::ExprId check_member(ast::ExprId id, ExprContext& ctx, TypeId expected);
  std::optional<ir::ExprId> resolve_qualified(ast::ExprId id, ExprContext& ctx, TypeId expected);
  ir::ExprId symbol_value(const Symbol& symbol, const std::string& name, dsl::Span span, ExprContext& ctx);
  bool names_a_value(const std::string& root, const ExprContext& ctx) const;
  // "a.b.c" for a chain of names and fields, else nullopt.
  std::optional<std::string> dotted_path(size_t module, ast::ExprId id) const;
  ir::ExprId enum_value_expr(TypeId enum_type, uint32_t ordinal, dsl::Span span);
  std::vector<TypeId> visible_enums(size_t module) const;
  std::optional<std::pair<TypeId, uint32_t>> find_enum_value(size_t module, std::string_view path,
                                                             TypeId expected, dsl::Span span,
                                                             bool& reported);
  // Reads a guarded optional as present (see add_guards).
  ir::ExprId narrow(ir::ExprId id, const ExprContext& ctx);
  std::vector<std::string> visible_names(const ExprContext& ctx) const;

  // --- check_operators.cpp
  ir::ExprId check_binary(const ast::Expr& expr, const ast::BinaryExpr& binary, ExprContext& ctx, TypeId expected);
  ir::ExprId check_call(const ast::Expr& expr, const ast::CallExpr& call, ExprContext& ctx, TypeId expected);
  ir::ExprId check_bundle_call(const ast::Expr& expr, const ast::CallExpr& call);
  ir::ExprId check_trace_call(const ast::Expr& expr, const std::string& form, const ast::CallExpr& call, ExprContext& ctx);
  ir::ExprId finish_call(const ast::Expr& expr, stdlib::BuiltinId id, std::vector<ir::ExprId> args, TypeId result,
                         ExprContext& ctx);
  // The qualified builtin a call names: imported, in std.core, under a glob or an alias.
  std::optional<std::string> builtin_name(const std::string& path, const ExprContext& ctx) const;
  bool unify(const stdlib::TypePattern& pattern, TypeId arg, std::optional<TypeId>& var);
  TypeId substitute(const stdlib::TypePattern& pattern, std::optional<TypeId> var);
  ir::ExprId check_quantifier(const ast::Expr& expr, const ast::QuantifierExpr& q, ExprContext& ctx);
  ir::ExprId check_record_literal(const ast::Expr& expr, const ast::RecordExpr& record, ExprContext& ctx, TypeId expected);
  struct KeyNode;  // check_records.cpp
  ir::ExprId build_record(const KeyNode& node, ExprContext& ctx, TypeId expected);
  ir::ExprId check_membership(const ast::Expr& expr, const ast::BinaryExpr& binary, ExprContext& ctx);
  // Checks both sides, the one that fixes the type first (`Spam == sender_type`).
  void check_operands(const ast::BinaryExpr& binary, ExprContext& ctx, ir::ExprId& lhs, ir::ExprId& rhs);
  // The type both a and b can be read as (Int and Number → Number; T and T? → T?), or Error.
  TypeId join(TypeId a, TypeId b);
  bool assignable(TypeId from, TypeId to) const;
  // Reports "expected X, found Y" unless either side is Error; returns whether it fits.
  bool expect_type(ir::ExprId id, TypeId expected, std::string_view what);

  // --- check_nodes.cpp, check_tables.cpp, check_gates.cpp
  TypeId node_type(ir::NodeId id);
  // Reports the cycle when reading `id` (at `read`) closes one; true when it did.
  bool reports_cycle(ir::NodeId id, dsl::Span read);
  void check_node(ir::NodeId id);
  void check_decision(ir::NodeId id, const ast::DecisionDecl& decl, size_t module);
  void check_gate(ir::NodeId id, const ast::GateDecl& decl, size_t module);
  void check_scorecard(ir::NodeId id, const ast::ScorecardDecl& decl, size_t module);
  std::string rule_id(const std::string& node, const std::optional<ast::Name>& label,
                      const std::string& fallback_suffix, std::set<std::string>& used, dsl::Span span);
  ir::Rule check_rule(const ast::Rule& rule, const std::string& id, ExprContext& ctx, TypeId expected,
                      TypeId& outcome_type, std::set<std::string>& used);
  // Checks rules in order; `joined` is the type they decide (expected, or inferred from the outcomes).
  std::vector<ir::Rule> check_rules(const std::vector<ast::Rule>& rules, const std::string& owner,
                                    bool expression_form, ExprContext& ctx, TypeId expected, TypeId& joined,
                                    std::set<std::string>& used);
  ir::TableId check_table(ast::TableId id, ExprContext& ctx, TypeId expected, const std::string& owner,
                          std::set<std::string>& used);
  ir::Cell check_cell(const ast::Cell& cell, TypeId column, ExprContext& ctx);
  std::optional<double> constant_number(ir::ExprId id) const;
  ir::ExprId const_value(size_t const_index);
  // Folds an expression of constants into a Constant expression, if it can be evaluated.
  ir::ExprId fold_constant(ir::ExprId id);

  // --- check_tests.cpp
  void check_tests();
  std::optional<std::string> literal_json(size_t module, ast::ExprId id);
  std::optional<std::string> record_json(size_t module, const std::vector<ast::RecordEntry>& entries, size_t depth);
  std::vector<std::string> all_rule_ids() const;

  // --- diagnostics
  dsl::Diagnostic& error(dsl::DiagKind kind, dsl::Span span, std::string message) {
    return sink_.emit(kind, span, std::move(message));
  }
  const ast::Module& ast_of(size_t module) const { return bundle_.modules[module].ast; }
  const ast::Expr& ast_expr(size_t module, ast::ExprId id) const { return ast_of(module).expr(id); }
  std::string type_name(TypeId id) const { return program_.types.name(id); }

  const Bundle& bundle_;
  TypeId bundle_record_type_;  // BundleInfo, made on the first `bundle()`
  const stdlib::BuiltinTable& builtins_;
  const dsl::SourceMap& sources_;
  dsl::DiagSink& sink_;
  ir::Program program_;
  std::vector<ModuleScope> scopes_;
  std::vector<ConstState> consts_;
  std::vector<NodeSource> node_sources_;
  std::vector<bool> node_may_fail_;
  // Nodes being checked, innermost last, with where each reads the next: a
  // read of a node already on it closes a cycle (reported with its path).
  std::vector<std::pair<ir::NodeId, dsl::Span>> checking_;  // per node: reading it may be not evaluable (a let that calls such a builtin)
  std::unordered_map<uint32_t, dsl::Span> type_spans_;  // where each enum and record is declared
  struct PendingDefaults {
    size_t module;
    TypeId record;
    const std::vector<ast::FieldDecl>* fields;
  };
  std::vector<PendingDefaults> pending_defaults_;
};

// The JSON spelling of an enum value under a style (`snake_case`, `lowercase`,
// `UPPER_CASE`, `kebab_case`, `camelCase`, `PascalCase`), or nullopt for an
// unknown style.
std::optional<std::string> json_spelling(std::string_view name, std::string_view style);

}  // namespace charter::compiler::check_detail
