// The plan: a compiled bundle as flat, immutable data that many threads
// evaluate at once. Phase: produced by lower, run by engine/eval. Ops sit
// in one vector in topological order; an op is a dense code plus slot
// indices; every name was resolved at lowering, so evaluation does no lookup.
// Slots [0, constant_count) hold the constants (loaded once per Scratch);
// the rest are written at most once per event, except inside quantifier loops.
// No Boost here: the plan outlives the compiler's graph.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "stdlib/core/arena.hpp"
#include "stdlib/core/type.hpp"
#include "stdlib/core/value.hpp"
#include "stdlib/registry/builtin_table.hpp"
#include "stdlib/text/keyword_matcher.hpp"

namespace charter::plan {

using stdlib::TypeId;
using stdlib::Value;

inline constexpr uint32_t kNoTarget = UINT32_MAX;

// In the aux of CompareBranch and EqualEnumBranch: branch when the test
// holds (it stands for a JumpIfTrue) rather than when it fails.
inline constexpr uint16_t kBranchWhenTrue = 0x100;

enum class OpCode : uint16_t {
#define CHARTER_OP(name, summary, reads, writes) name,
#include "compiler/plan/op_codes.def"
#undef CHARTER_OP
};

std::string_view op_name(OpCode code);

// dst, a, b, c are slot indices, op indices (jump targets), or small
// immediates, as each op's line in op_codes.def says. Extra operands (call
// arguments, list items) are in Plan::operands from index `a`, `b` of them.
// `untraced` is where a `Decide` goes on when no trace is kept (past the
// reason it would render); kNoTarget: the next op.
struct Op {
  OpCode code;
  uint16_t aux = 0;
  uint32_t dst = 0;
  uint32_t a = 0;
  uint32_t b = 0;
  uint32_t c = 0;
  uint32_t untraced = kNoTarget;
};

// ------------------------------------------------------------ event reading

// How an event's JSON is read into values: one schema per record type, in
// the order fields are declared; an absent field takes its default.
struct FieldReader {
  std::string name;      // the JSON key
  TypeId type;           // may be optional
  uint32_t reader = 0;   // for records: the index of its RecordReader
  bool required = false; // neither optional nor defaulted
  Value default_value;   // when absent (Missing when optional)
};
struct RecordReader {
  TypeId type;
  std::vector<FieldReader> fields;
  // The fields that name an event in its decision: `event_id`, else `id`.
  uint32_t id_fields[2] = {kNoTarget, kNoTarget};
};

// ------------------------------------------------------------ traces

enum class NodeKind : uint8_t { Let, Decision, Gate, Scorecard, Criterion, Output };

// One test of a rule's condition, described so an explanation can check it
// against the values of an evaluated event and say what would have to differ:
// a value of the event or of a node (then record fields), compared with
// constants. Anything else is `Other`: shown as written, its truth unknown.
struct ConditionTest {
  enum class Kind : uint8_t { Other, Flag, Compare, In, InRange, Exists };
  Kind kind = Kind::Other;
  bool negated = false;           // Flag, In, InRange, Exists: `not x`, `not in`, `not exists(x)`
  uint8_t compare = 0;            // Compare: a stdlib::CompareOp (negation folded in)
  std::string text;               // as written: "sub == PricingRequest"
  std::string subject;            // the value tested, as written: "sub"
  uint32_t node = kNoTarget;      // the node whose value it reads; kNoTarget: the event
  std::vector<uint32_t> fields;   // then these record fields, outermost first
  bool has_default = false;       // `x ?? default`: `default_value` when x is missing
  Value default_value;
  std::vector<Value> values;      // Compare: the constant; In: the items; InRange: low, high
};

// A condition as alternatives (`or`) of tests that must all hold (`and`).
using ConditionTests = std::vector<std::vector<ConditionTest>>;

struct RuleInfo {
  std::string id;        // "route.quarantine"
  uint32_t node = 0;
  std::string location;  // "policies/mwms/intake/route.charter:42:3"
  std::string kind;      // "when", "otherwise", "fallback", "row", "deny", "band", …
  uint8_t verdict = 0;   // gate rules: the GateOutcome ordinal
  // For explanations (compiler/lower/lower_explain.cpp): the condition and the
  // outcome as written ("" when unconditional, or when the outcome is a table),
  // the condition as tests (empty when unconditional), and a Bool outcome as
  // tests (empty unless the outcome is a Bool condition).
  // (Initialised so that `{id, node, location, kind, verdict}` stays complete.)
  std::string condition{};
  std::string outcome{};
  ConditionTests tests{};
  ConditionTests outcome_tests{};
};

struct NodeInfo {
  std::string name;
  std::string module;
  NodeKind kind = NodeKind::Decision;
  TypeId type;
  uint32_t slot = 0;    // where its value is
  std::string location;
  std::string doc;
};

struct Entry {
  std::string input_name;
  std::vector<std::pair<std::string, std::string>> dispatch;  // top-level field == value
  uint32_t reader = 0;       // the RecordReader of the input
  uint32_t input_slot = 0;   // where the event record goes
  uint32_t code_begin = 0;   // ops of this entry: [code_begin, code_end)
  uint32_t code_end = 0;
  // What runs without a trace, and with one: copies of the code without what
  // that kind of run never does (opt/specialised_code.cpp), or the code
  // itself when that pass is off.
  uint32_t untraced_begin = 0;
  uint32_t untraced_end = 0;
  uint32_t traced_begin = 0;
  uint32_t traced_end = 0;
  uint32_t output_slot = kNoTarget;   // the `output` record, or none
  std::vector<uint32_t> nodes;        // the nodes it decides, in order (for the default output and traces)
};

// JSON text written for every event, prepared once: each enum value's
// quoted spelling, each record field's quoted key with its colon, and the
// fixed parts of each explanation step.
struct JsonNames {
  // Each enum value's quoted spelling ("\"NewLead\"") and each record
  // field's quoted key with its colon ("\"route\":"), laid out for the
  // writer: by type id, where its pieces start in `pieces` (enum values by
  // ordinal, record keys by field), each piece a place in `text`.
  struct Piece {
    uint32_t offset, size;
  };
  std::string text;
  std::vector<Piece> pieces;
  std::vector<uint32_t> first_piece;  // by type id
  std::string_view piece(uint16_t type, uint32_t index) const {
    const Piece& p = pieces[first_piece[type] + index];
    return {text.data() + p.offset, p.size};
  }
  std::vector<std::string> step_heads;   // by node: {"decision":"route","kind":"decision","rule":
  std::vector<std::string> step_rules;   // by rule: "route.pricing","at":"intake.charter:12:3"
  std::vector<std::string> step_no_rule; // by node: null,"at":"intake.charter:9:1"
};

struct Plan {
  std::string bundle_name;
  std::string bundle_version;
  std::string digest;

  stdlib::TypeTable types;
  std::vector<Value> constants;                  // loaded into slots [0, constants.size())
  std::shared_ptr<stdlib::Arena> constant_arena; // owns what constants point to
  std::vector<Op> ops;
  std::vector<uint32_t> operands;
  uint32_t slot_count = 0;
  uint32_t local_count = 0;
  std::vector<RecordReader> readers;
  std::vector<Entry> entries;
  std::vector<NodeInfo> nodes;
  std::vector<RuleInfo> rules;
  std::vector<stdlib::BuiltinImpl> builtins;               // by call site's `aux`-indexed table
  std::vector<TypeId> call_types;                          // per call site: the type of its result
  std::vector<std::vector<const void*>> prepared_args;     // per call site: prepared object per argument
  std::vector<std::shared_ptr<const void>> prepared;       // owns the prepared objects
  std::vector<std::string> failure_texts;                  // static reasons ops can give
  uint32_t table_count = 0;                                // collectors a Scratch needs
  JsonNames json;
  // One matcher per scanned text: every keyword list looked up in that text.
  std::vector<std::shared_ptr<const stdlib::text::KeywordMatcher>> scanners;
};

// The JSON text the decision writer uses, computed once for a plan whose
// types, nodes and rules are complete.
JsonNames json_names(const Plan& plan);

// "decision", "gate", "scorecard"…: a node's kind as traces name it.
std::string_view kind_name(NodeKind kind);

// The plan as text (op per line), for `charter check --dump=plan` and tests.
std::string print_plan(const Plan& plan);

}  // namespace charter::plan
