// From checked conditions and table cells to formulas of the analysis model
// (model.hpp). Phase: analyze. A value compared with constants becomes a
// subject with a domain (`score >= 85`, `sender_type in {Spam, Malicious}`,
// `flag`); the same expression written twice is the same subject. Anything
// else that is true or false (a call, a quantifier, `a < b` of two values
// of the event) is a subject of its own with the values true and false;
// `a < b` and `a >= b` are one subject, negated.
#pragma once

#include <optional>
#include <string>

#include "compiler/analysis/model.hpp"
#include "compiler/ir/ir.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::compiler::analysis {

class ConditionBuilder {
 public:
  ConditionBuilder(const ir::Program& program, const dsl::SourceMap& sources, Model& model);

  // A rule's or a gate's condition; an invalid id is true (unconditional).
  FormulaId condition(ir::ExprId id);
  // The cells of a table row, all holding.
  FormulaId row(const ir::Table& table, const ir::TableRow& row);
  FormulaId cell(ir::ExprId column, const ir::Cell& cell);
  // Whether a column is a Bool, an enum or a number (dates and times too):
  // values whose every case the analysis can list or split into intervals.
  bool closed_domain(ir::ExprId column) const;

  // The score of a scorecard, as a subject bounded by its criteria.
  uint32_t score_subject(ir::NodeId scorecard, const std::string& name);

  // The value of an expression known when the policy compiles: a constant,
  // or arithmetic of constants.
  std::optional<stdlib::Value> constant(ir::ExprId id) const;

  Model& model() { return model_; }

 private:
  FormulaId compare(CompareOp op, ir::ExprId lhs, ir::ExprId rhs);
  std::optional<FormulaId> value_atom(ir::ExprId subject, CompareOp op, const stdlib::Value& value);
  FormulaId membership(const ir::Expr& expr);
  // The set of the items of a constant list, in the subject's domain.
  std::optional<ValueSet> items_set(const Subject& subject, const stdlib::Value& items) const;
  FormulaId range(ir::ExprId value, ir::ExprId low, ir::ExprId high);
  FormulaId opaque(const std::string& key, const std::string& name);
  FormulaId truth(ir::ExprId id);
  // The subject for a value with a domain, or nullopt for other types.
  std::optional<uint32_t> value_subject(ir::ExprId id);
  std::optional<Subject> describe(ir::ExprId id) const;

  // Equal expressions have equal keys (spans and narrowing aside).
  std::string key(ir::ExprId id) const;
  // The expression as written: `first_level`, or in backticks when it is
  // more than a name (`hits(text, SPAM) >= 2`).
  std::string name(ir::ExprId id) const;
  std::string source(ir::ExprId id) const;

  const ir::Program& program_;
  const dsl::SourceMap& sources_;
  Model& model_;
  int let_depth_ = 0;  // lets being looked through by condition()
};

// Values that compare as numbers: numbers, and dates, times and durations
// as whole numbers of their unit.
bool numeric_kind(stdlib::ValueKind kind);

// The let a `NodeValue` reads, or null. Conditions and keys look through
// lets, at most kMaxLetDepth deep.
const ir::LetNode* let_of(const ir::Program& program, const ir::Expr& expr);
inline constexpr int kMaxLetDepth = 32;
double as_number(const stdlib::Value& value);

}  // namespace charter::compiler::analysis
