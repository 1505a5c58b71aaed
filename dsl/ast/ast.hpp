// The abstract syntax tree of one Charter module, as parsed.
// Phase: produced by dsl::parse, read by the formatter, the AST printer and the
// compiler's resolver. Nodes live in the Module's vectors and refer to each
// other by typed ids; every node has a Span into the module's source file;
// comments are kept beside the tree (not in it) for the formatter.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "dsl/source/source_file.hpp"

namespace charter::dsl::ast {

// A 32-bit index into one of the Module's node vectors, typed by what it indexes.
template <class Tag>
struct Id {
  static constexpr uint32_t kInvalid = std::numeric_limits<uint32_t>::max();
  uint32_t value = kInvalid;
  bool valid() const { return value != kInvalid; }
  explicit operator bool() const { return valid(); }
  friend bool operator==(Id, Id) = default;
};
using ExprId = Id<struct ExprTag>;
using TypeRefId = Id<struct TypeRefTag>;
using TableId = Id<struct TableTag>;

struct Name {
  std::string text;
  Span span;
};

struct QualifiedName {
  std::vector<Name> parts;
  Span span;
  std::string joined() const;  // "mwms.intake.route"
};

// ---------------------------------------------------------------- types

struct FieldDecl;

// A written type: `String`, `Route?`, `List<Attachment>`, `Map<String, Number>`,
// or an inline record `{ name: String?, email: String? }`.
struct TypeRef {
  enum class Kind : uint8_t { Named, Generic, Record };
  Span span;
  Kind kind = Kind::Named;
  QualifiedName name;              // Named and Generic (`List`, `Set`, `Map`)
  std::vector<TypeRefId> args;     // Generic
  std::vector<FieldDecl> fields;   // Record
  bool optional = false;           // a trailing `?`
};

struct FieldDecl {
  Span span;
  Name name;                       // the JSON key; written as a name or a string
  bool quoted = false;             // written as a string ("first-level": …)
  TypeRefId type;
  ExprId default_value;            // `= expr`, invalid when absent
};

// ---------------------------------------------------------------- expressions

enum class UnaryOp : uint8_t { Negate, Not };

enum class BinaryOp : uint8_t {
  Or, And,
  Eq, Ne, Lt, Le, Gt, Ge, In, NotIn,
  Coalesce,
  Add, Sub, Mul, Div, Mod,
};

enum class QuantifierKind : uint8_t { Any, All, Count };

struct NumberLit {
  double value = 0;
  bool is_integer = false;  // written without a fraction or exponent
};
struct BoolLit {
  bool value = false;
};
struct NullLit {};

// A string is literal text and `{expr}` interpolations, in order.
struct StringPart {
  std::string text;  // unescaped; used when `expr` is invalid
  ExprId expr;       // an interpolation
  Span span;
};
struct StringLit {
  std::vector<StringPart> parts;
  bool is_plain() const { return parts.empty() || (parts.size() == 1 && !parts[0].expr); }
  std::string plain_text() const;  // the text of a string without interpolations
};

struct DurationLit {
  int64_t milliseconds = 0;
};
struct DateLit {
  int32_t year = 0;
  uint8_t month = 0;
  uint8_t day = 0;
};
// An instant written in RFC 3339 form; the zone offset is required.
struct DateTimeLit {
  int64_t epoch_microseconds = 0;  // UTC
  int32_t offset_minutes = 0;      // the offset it was written with
};
struct TimeOfDayLit {
  uint32_t seconds = 0;  // since midnight
};

struct NameExpr {
  std::string name;
};
struct MemberExpr {
  ExprId object;
  Name member;
  bool optional_chain = false;  // `a?.b`
};
struct IndexExpr {
  ExprId object;
  ExprId index;
};
struct CallExpr {
  ExprId callee;
  std::vector<ExprId> args;
};
struct UnaryExpr {
  UnaryOp op;
  ExprId operand;
};
struct BinaryExpr {
  BinaryOp op;
  ExprId lhs;
  ExprId rhs;
  Span op_span;
};
struct IfExpr {
  ExprId condition;
  ExprId then_branch;
  ExprId else_branch;
};
struct ListExpr {
  std::vector<ExprId> items;
};
struct SetExpr {
  std::vector<ExprId> items;
};
// `{ key: value, a.b: value }`; a dotted key path builds nested records.
struct RecordEntry {
  std::vector<Name> path;
  ExprId value;
  Span span;
};
struct RecordExpr {
  std::vector<RecordEntry> entries;
};
// `low..high`, both ends included.
struct RangeExpr {
  ExprId low;
  ExprId high;
};
// `any(x in xs: cond)`, `all(…)`, `count(…)`.
struct QuantifierExpr {
  QuantifierKind kind;
  Name variable;
  ExprId collection;
  ExprId condition;
};

using ExprNode = std::variant<NumberLit, BoolLit, NullLit, StringLit, DurationLit, DateLit,
                              DateTimeLit, TimeOfDayLit, NameExpr, MemberExpr, IndexExpr,
                              CallExpr, UnaryExpr, BinaryExpr, IfExpr, ListExpr, SetExpr,
                              RecordExpr, RangeExpr, QuantifierExpr>;

struct Expr {
  Span span;
  ExprNode node;
  bool parenthesized = false;  // written in parentheses (kept by the formatter)
};

// ---------------------------------------------------------------- tables

enum class HitPolicy : uint8_t {
  Unique, Any, First, Priority, OutputOrder, RuleOrder,
  Collect, CollectSum, CollectMin, CollectMax, CollectCount,
};

// One input cell of a table row. `not` may prefix any kind but Any.
struct Cell {
  enum class Kind : uint8_t {
    Any,      // `-`
    Equal,    // a value: `Sales`, `true`, `"x"`
    Compare,  // `>= 85`, `< 0.6`, `!= Spam`
    Range,    // `1..5`, `85..`, `..39` (ends included)
    Set,      // `{Sales, Support}`
  };
  Span span;
  Kind kind = Kind::Any;
  bool negated = false;
  BinaryOp compare = BinaryOp::Eq;  // Compare
  ExprId value;                     // Equal, Compare
  ExprId low, high;                 // Range; either may be invalid (open end)
  std::vector<ExprId> items;        // Set
};

struct TableRow {
  Span span;
  std::optional<Name> label;
  std::vector<Cell> inputs;
  std::vector<ExprId> outputs;
  ExprId reason;  // `because "…"` at the end of the row; invalid when absent
};

struct Table {
  Span span;
  HitPolicy policy = HitPolicy::Unique;
  std::optional<Span> policy_span;  // absent: the default (unique)
  std::vector<ExprId> inputs;       // the input column expressions
  std::vector<Name> outputs;        // the output column names
  std::vector<TableRow> rows;
};

// ---------------------------------------------------------------- rules

// What a rule yields: an expression or a decision table.
struct Outcome {
  ExprId expr;
  TableId table;
  Span span;
};

struct Rule {
  enum class Kind : uint8_t { When, Otherwise, Fallback };
  Span span;
  std::optional<Name> label;
  Kind kind = Kind::When;
  ExprId condition;  // When only
  Outcome outcome;
  ExprId reason;     // a StringLit; invalid when the rule has no `because`
};

// ---------------------------------------------------------------- declarations

struct MetaEntry {
  Span span;
  Name key;
  ExprId value;  // a literal or a name
};

struct Version {
  std::string text;  // "1.2.0-rc.1+build"
  uint32_t major = 0, minor = 0, patch = 0;
  Span span;
};

struct Header {
  Span span;
  QualifiedName name;
  Version version;
  std::vector<MetaEntry> entries;
};

struct UseItem {
  Name name;
  std::optional<Name> alias;
};
struct UseDecl {
  enum class Kind : uint8_t { Module, Glob, Items };
  QualifiedName path;
  Kind kind = Kind::Module;
  std::vector<UseItem> items;  // Items
  std::optional<Name> alias;   // Module
};

struct ConstDecl {
  Name name;
  TypeRefId type;  // optional annotation
  ExprId value;
};

// A shared derived value, computed once per event.
struct LetDecl {
  Name name;
  TypeRefId type;
  ExprId value;
};

struct EnumMember {
  Span span;
  Name name;
  std::optional<std::string> json;  // `= "missed_call"`
  std::optional<Span> json_span;
  std::vector<EnumMember> children;  // hierarchical values: `Sales { PricingRequest, … }`
};
struct EnumDecl {
  Name name;
  std::optional<Name> json_style;  // `json snake_case`
  std::vector<EnumMember> members;
};

struct RecordDecl {
  Name name;
  std::vector<FieldDecl> fields;
};

// The event record a module's decisions read, and how to recognise it.
struct InputDecl {
  TypeRefId type;
  ExprId condition;  // `when kind == "inbound"`; invalid when absent
};

// The shape of the decision record written for each event.
struct OutputDecl {
  ExprId value;  // a RecordExpr
};

struct DecisionDecl {
  Name name;
  TypeRefId type;             // optional `: Type`
  bool expression_form = false;  // `decision x = expr because "…"`: one Otherwise rule
  std::vector<Rule> rules;
};

struct GateRule {
  enum class Verdict : uint8_t { Deny, Review, Allow, NotRequested };
  Span span;
  std::optional<Name> label;
  Verdict verdict = Verdict::Allow;
  Span verdict_span;
  bool fallback = false;  // applies when a condition could not be evaluated
  ExprId condition;       // invalid: unconditional
  ExprId reason;
};
struct GateDecl {
  Name name;
  std::vector<GateRule> rules;
};

struct Criterion {
  Span span;
  Name name;
  ExprId low, high;  // the declared bounds `0..10`
  bool block_form = false;
  std::vector<Rule> rules;  // `= expr because …` is one Otherwise rule
};
struct BandEntry {
  Span span;
  ExprId low, high;  // either may be invalid (open end)
  ExprId value;
  ExprId reason;
};
struct Band {
  Span span;
  TypeRefId type;  // optional
  std::vector<BandEntry> entries;
};
struct ScorecardDecl {
  Name name;
  ExprId out_of;
  std::vector<Criterion> criteria;
  std::optional<Band> band;
};

struct Given {
  enum class Kind : uint8_t { Inline, Fixture };
  Span span;
  Kind kind = Kind::Inline;
  ExprId fixture;    // Fixture: the path string
  ExprId value;      // Inline: the event; Fixture: the overrides (`with {…}`), may be invalid
};
struct Expectation {
  enum class Kind : uint8_t { Holds, Fired, Invalid };
  Span span;
  Kind kind = Kind::Holds;
  ExprId condition;    // Holds
  QualifiedName rule;  // Fired: `route.existing_client`
  ExprId field;        // Invalid: the path string of the field the event error names
};
using TestItem = std::variant<Given, Expectation>;
struct TestDecl {
  ExprId name;  // a plain StringLit
  std::vector<TestItem> items;
};

using DeclNode = std::variant<UseDecl, ConstDecl, LetDecl, EnumDecl, RecordDecl, InputDecl,
                              OutputDecl, DecisionDecl, GateDecl, ScorecardDecl, TestDecl>;

struct Decl {
  Span span;
  DeclNode node;
};

struct Comment {
  Span span;           // from `#` or `/*` to the end of the comment (no line break)
  bool block = false;  // `/* … */`
  bool doc = false;    // `## …`: documentation of the declaration that follows
};

struct Module {
  SourceId file;
  std::optional<Header> header;
  std::vector<Decl> decls;
  std::vector<Comment> comments;  // in source order
  std::vector<Expr> exprs;
  std::vector<TypeRef> types;
  std::vector<Table> tables;

  const Expr& expr(ExprId id) const { return exprs[id.value]; }
  const TypeRef& type(TypeRefId id) const { return types[id.value]; }
  const Table& table(TableId id) const { return tables[id.value]; }
  ExprId add(Expr expr);
  TypeRefId add(TypeRef type);
  TableId add(Table table);
};

std::string_view to_string(BinaryOp op);   // "==", "and", "??", …
std::string_view to_string(HitPolicy policy);  // "unique", "collect sum", …
std::string_view to_string(GateRule::Verdict verdict);  // "deny", "not_requested", …

}  // namespace charter::dsl::ast
