// The checked IR: what the type checker produces from the ASTs of a bundle.
// Phase: check → analyze → build_dag → optimize → lower. Every name is
// resolved (a node, an input field, a builtin, an enum value), every
// expression has a type, every call names its builtin. The Program owns its
// types, constants (and the arena their strings and lists live in), nodes
// and expressions; ids index its vectors.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dsl/ast/ast.hpp"
#include "dsl/source/source_file.hpp"
#include "stdlib/core/arena.hpp"
#include "stdlib/core/type.hpp"
#include "stdlib/core/value.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::compiler::ir {

using dsl::Span;
using stdlib::TypeId;
using stdlib::Value;

template <class Tag>
struct Id {
  static constexpr uint32_t kInvalid = UINT32_MAX;
  uint32_t value = kInvalid;
  bool valid() const { return value != kInvalid; }
  explicit operator bool() const { return valid(); }
  friend bool operator==(Id, Id) = default;
  friend auto operator<=>(Id, Id) = default;
};
using ExprId = Id<struct ExprTag>;
using NodeId = Id<struct NodeTag>;
using ConstId = Id<struct ConstTag>;
using EntryId = Id<struct EntryTag>;

enum class ExprKind : uint8_t {
  Error,           // checking failed here; a diagnostic was emitted
  Constant,        // a: ConstId
  InputField,      // a: index of a top-level field of the entry's input record
  InputRecord,     // the whole event (`input`)
  NodeValue,       // a: NodeId (a let, decision, gate outcome or scorecard record)
  Local,           // a: the index of a quantifier variable
  Member,          // args[0]: the record; a: field index; flags & kOptionalChain
  Index,           // args: list or map, index or key
  Call,            // builtin: BuiltinId; args
  Not,             // args[0]
  Negate,          // args[0]
  And,             // args (two or more), short-circuit
  Or,              // args (two or more), short-circuit
  Compare,         // op: dsl::ast::BinaryOp (Eq … Ge); args: lhs, rhs
  Arithmetic,      // op: Add, Sub, Mul, Div, Mod; args: lhs, rhs
  Concat,          // String + String; args: lhs, rhs
  Coalesce,        // args: value (optional), default
  If,              // args: condition, then, else
  InList,          // args: value, list or set; flags & kNegated
  InRange,         // args: value, low, high (ends included); flags & kNegated
  Exists,          // args[0]: an optional
  ListLiteral,     // args: items (also sets; flags & kSet)
  RecordLiteral,   // type: the record; args: field values in the record's order
  Quantifier,      // op: QuantifierKind; a: local index; args: collection, condition
  Template,        // a string with interpolations; args: parts (constant strings and values)
  TraceRule,       // a: NodeId — the id of the rule that decided it (String)
  TraceReason,     // a: NodeId — the rendered reason (String)
  TraceReasons,    // a: NodeId (a gate) — every reason of its outcome (List<String>)
  KeywordScan,     // a: scanner (Program::scanners), b: list in it; op: KeywordRead; args[0]: the text
};

// What a merged keyword lookup reads from the one scan of its text.
enum class KeywordRead : uint8_t { Hits, Any, All };

inline constexpr uint16_t kOptionalChain = 1;  // Member: `a?.b`
inline constexpr uint16_t kNegated = 2;        // InList, InRange: `not in`
inline constexpr uint16_t kSet = 4;            // ListLiteral: written as a set
inline constexpr uint16_t kAssumedPresent = 8; // a guarded optional read as present (`exists(x) and …`)

struct Expr {
  ExprKind kind = ExprKind::Error;
  uint8_t op = 0;
  uint16_t flags = 0;
  TypeId type;
  Span span;
  uint32_t a = 0;
  uint32_t b = 0;
  stdlib::BuiltinId builtin;  // Call
  std::vector<ExprId> args;
};

// Keyword lists matched against the same text, merged into one matcher so
// the text is scanned once per event (compiler/opt/merge_keyword_scans).
struct KeywordScanner {
  ExprId text;
  struct List {
    Value keywords;     // a constant List<String>
    bool whole_words;   // words and phrases, not substrings
  };
  std::vector<List> lists;
};

// ---------------------------------------------------------------- tables

struct Cell {
  dsl::ast::Cell::Kind kind = dsl::ast::Cell::Kind::Any;
  bool negated = false;
  dsl::ast::BinaryOp compare = dsl::ast::BinaryOp::Eq;
  ExprId value, low, high;     // Equal/Compare: value; Range: low/high (either may be invalid)
  std::vector<ExprId> items;   // Set
  Span span;
};

struct TableRow {
  std::string id;  // "route.pricing" or "route.row3"
  Span span;
  std::vector<Cell> cells;
  std::vector<ExprId> outputs;
  ExprId reason;  // a Template; invalid: the rule's reason applies
};

struct Table {
  dsl::ast::HitPolicy policy = dsl::ast::HitPolicy::Unique;
  Span span;
  std::vector<ExprId> inputs;
  std::vector<std::string> outputs;
  std::vector<TypeId> output_types;
  std::vector<TableRow> rows;
  TypeId row_type;     // one output: its type; several: a record of them
  TypeId result_type;  // what the table yields under its hit policy
};
using TableId = Id<struct TableTag>;

// ---------------------------------------------------------------- nodes

struct Rule {
  enum class Kind : uint8_t { When, Otherwise, Fallback };
  Kind kind = Kind::When;
  std::string id;  // "route.quarantine", "route.rule2", "route.otherwise"
  Span span;
  ExprId condition;  // When
  ExprId value;      // the outcome, or
  TableId table;     // a table outcome
  ExprId reason;     // a Template
};

struct GateRule {
  dsl::ast::GateRule::Verdict verdict = dsl::ast::GateRule::Verdict::Allow;
  std::string id;
  Span span;
  bool fallback = false;
  ExprId condition;  // invalid: unconditional
  ExprId reason;
};

struct Criterion {
  std::string name;
  Span span;
  double low = 0, high = 0;
  ExprId low_expr, high_expr;  // the same bounds as constants
  std::vector<Rule> rules;
};

struct BandEntry {
  std::string id;
  Span span;
  std::optional<double> low, high;
  ExprId low_expr, high_expr;  // the same bounds as constants, when present
  ExprId value;
  ExprId reason;
};

struct LetNode {
  ExprId value;
};
struct DecisionNode {
  std::vector<Rule> rules;
};
struct GateNode {
  std::vector<GateRule> rules;
};
struct ScorecardNode {
  double out_of = 0;
  std::vector<Criterion> criteria;
  std::vector<BandEntry> band;
  TypeId band_type;  // Error when the scorecard has no band
};
struct OutputNode {
  ExprId value;
};

enum class NodeKind : uint8_t { Let, Decision, Gate, Scorecard, Output };

struct Node {
  NodeKind kind = NodeKind::Let;
  std::string name;        // "route"
  std::string module;      // "mwms.intake.route"
  Span span;               // the declaration
  Span name_span;
  TypeId type;             // the value read by name (a gate: GateOutcome; a scorecard: its record)
  EntryId entry;           // the event kind whose input it reads
  std::string doc;         // `##` documentation
  std::variant<LetNode, DecisionNode, GateNode, ScorecardNode, OutputNode> body;
};

// One kind of event the bundle decides: its input record, how an event is
// recognised (`when kind == "inbound"` → field "kind" equals "inbound"), and
// its output.
struct Entry {
  TypeId input;
  std::string input_name;
  Span span;
  std::vector<std::pair<std::string, std::string>> dispatch;  // top-level field == value
  NodeId output;  // invalid: every decision is written
};

// A `test` block, checked against its entry.
struct Test {
  std::string name;
  std::string module;
  Span span;
  EntryId entry;
  struct Given {
    Span span;
    std::string fixture;  // a path relative to the bundle's fixtures, or empty
    std::string json;     // the inline event as JSON (empty with a fixture)
    // Fixture overrides: a dotted path and the JSON value to put there.
    std::vector<std::pair<std::vector<std::string>, std::string>> overrides;
  };
  std::optional<Given> given;
  struct Expectation {
    dsl::ast::Expectation::Kind kind;
    Span span;
    ExprId condition;      // Holds
    std::string rule;      // Fired
    NodeId fired_node;     // Fired: the node the rule belongs to
    std::string field;     // Invalid
  };
  std::vector<Expectation> expectations;
};

struct Program {
  stdlib::TypeTable types;
  TypeId gate_outcome;  // the builtin enum GateOutcome { Allow, Review, Deny, NotRequested }
  std::vector<Expr> exprs;
  std::vector<Node> nodes;
  std::vector<Table> tables;
  std::vector<Entry> entries;
  std::vector<Test> tests;
  std::vector<Value> constants;
  // Per record type (RecordInfo index), per field: the default of an absent
  // field, or Missing when it has none.
  std::vector<std::vector<Value>> record_defaults;
  std::shared_ptr<stdlib::Arena> constant_arena = std::make_shared<stdlib::Arena>();  // shared with the plan
  std::vector<std::string> local_names;  // per quantifier variable index
  std::vector<KeywordScanner> scanners;

  const Expr& expr(ExprId id) const { return exprs[id.value]; }
  const Node& node(NodeId id) const { return nodes[id.value]; }
  const Table& table(TableId id) const { return tables[id.value]; }
  const Value& constant(ConstId id) const { return constants[id.value]; }
  ExprId add(Expr expr);
  ConstId add_constant(Value value);
};

}  // namespace charter::compiler::ir
