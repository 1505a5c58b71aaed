#include "engine/eval/evaluator.hpp"

#include <algorithm>
#include <cstring>

#include "engine/eval/op_helpers.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::engine {

using plan::Op;
using plan::OpCode;
using stdlib::Value;
using stdlib::ValueKind;

namespace {

// The scan of scanner `scanner` over `text` this event: every list read from
// one text shares one scan, made by the first read.
const stdlib::text::KeywordScan& scan_once(Scratch& s, const plan::Plan& plan, uint32_t scanner, const Value& text) {
  stdlib::text::KeywordScan& scan = s.scans[scanner];
  if (s.scanned_in[scanner] != s.event) {
    plan.scanners[scanner]->scan(text.as_string(), scan);
    s.scanned_in[scanner] = s.event;
  }
  return scan;
}

// mode 0: distinct keywords of `list` found; 1: any; 2: all.
Value keyword_count(const stdlib::text::KeywordMatcher& matcher, const stdlib::text::KeywordScan& scan, uint32_t list,
                    uint32_t mode) {
  if (mode == 0) return Value::integer(matcher.hits(scan, list));
  return Value::boolean(mode == 1 ? matcher.any(scan, list) : matcher.all(scan, list));
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"  // label addresses, for threaded dispatch

template <bool kTraced>
RunResult run(const plan::Plan& plan, const plan::Entry& entry, Scratch& s) {
  Value* const slots = s.slots.data();
  const Op* const ops = plan.ops.data();
  const uint32_t* const operands = plan.operands.data();
  uint32_t table_row = UINT32_MAX;  // the row a single-row table chose, for Decide
  // Each kind of run takes the entry's copy of its code made for it.
  uint32_t pc = kTraced ? entry.traced_begin : entry.untraced_begin;
  const uint32_t end = kTraced ? entry.traced_end : entry.untraced_end;
  const Op* op = nullptr;
  // Threaded dispatch: each handler ends with its own indirect jump to the
  // next op's handler, which the branch predictor learns per handler (one
  // shared `switch` jump is mispredicted far more often). GCC and Clang
  // both take label addresses; -Wpedantic objects, hence the pragma.
  static const void* const kHandlers[] = {
#define CHARTER_OP(name, summary, reads, writes) &&op_##name,
#include "compiler/plan/op_codes.def"
#undef CHARTER_OP
  };
#define CHARTER_DISPATCH()                                       \
  do {                                                           \
    if (pc >= end) return {};                                    \
    op = &ops[pc];                                               \
    goto* kHandlers[static_cast<size_t>(op->code)];              \
  } while (false)
#define CHARTER_NEXT() \
  do {                 \
    ++pc;              \
    CHARTER_DISPATCH(); \
  } while (false)
  // Goes to an op's fail target, or ends the event when it has none.
#define CHARTER_FAIL(target)                                                    \
  do {                                                                          \
    if ((target) == plan::kNoTarget) return {false, s.failed_node, s.failure}; \
    pc = (target);                                                              \
    CHARTER_DISPATCH();                                                         \
  } while (false)

  CHARTER_DISPATCH();

  op_Jump: pc = op->a; CHARTER_DISPATCH();
  op_JumpIfFalse:
    if (!slots[op->a].payload.boolean) {
      pc = op->b;
      CHARTER_DISPATCH();
    }
    CHARTER_NEXT();
  op_JumpIfTrue:
    if (slots[op->a].payload.boolean) {
      pc = op->b;
      CHARTER_DISPATCH();
    }
    CHARTER_NEXT();
  op_JumpIfUntraced:
    if constexpr (!kTraced) {
      pc = op->a;
      CHARTER_DISPATCH();
    }
    CHARTER_NEXT();
  op_Fail:
    s.failure = plan.failure_texts[op->a];
    CHARTER_FAIL(op->b);
  op_Move: copy_value(slots[op->dst], slots[op->a]); CHARTER_NEXT();
  op_SetBool: slots[op->dst] = Value::boolean(op->aux != 0); CHARTER_NEXT();
  op_SetInt: slots[op->dst] = Value::integer(op->a); CHARTER_NEXT();
  op_Increment: slots[op->dst].payload.integer += 1; CHARTER_NEXT();
  op_Member:
  op_MemberOpt: slots[op->dst] = field_of(slots[op->a], op->b); CHARTER_NEXT();
  op_Members:
    for (const uint32_t* field = operands + op->b; field != operands + op->b + 3 * op->aux; field += 3) {
      slots[field[0]] = field_of(slots[field[1]], field[2]);
    }
    CHARTER_NEXT();
  op_Index: slots[op->dst] = index_value(slots[op->a], slots[op->b]); CHARTER_NEXT();
  op_Not: slots[op->dst] = Value::boolean(!slots[op->a].payload.boolean); CHARTER_NEXT();
  op_Negate: {
    Value out;
    if (!stdlib::apply_arithmetic(stdlib::ArithmeticOp::Sub, zero_of(slots[op->a]), slots[op->a], out, s.failure)) {
      CHARTER_FAIL(op->c);
    }
    slots[op->dst] = out;
    CHARTER_NEXT();
  }
  op_Compare:
    slots[op->dst] = Value::boolean(compare_fast(static_cast<stdlib::CompareOp>(op->aux), slots[op->a], slots[op->b]));
    CHARTER_NEXT();
  op_EqualEnum:
    slots[op->dst] = Value::boolean((slots[op->a].payload.integer == slots[op->b].payload.integer) != (op->aux != 0));
    CHARTER_NEXT();
  op_CompareBranch: {
    const bool holds = compare_fast(static_cast<stdlib::CompareOp>(op->aux & 0xFF), slots[op->a], slots[op->b]);
    slots[op->dst] = Value::boolean(holds);
    // Past the jump this op stands for, unless it branches.
    pc = holds == ((op->aux & plan::kBranchWhenTrue) != 0) ? op->c : pc + 2;
    CHARTER_DISPATCH();
  }
  op_EqualEnumBranch: {
    const bool holds = (slots[op->a].payload.integer == slots[op->b].payload.integer) != ((op->aux & 1) != 0);
    slots[op->dst] = Value::boolean(holds);
    pc = holds == ((op->aux & plan::kBranchWhenTrue) != 0) ? op->c : pc + 2;
    CHARTER_DISPATCH();
  }
  op_Arithmetic: {
    Value out;
    const bool evaluable = op->aux == uint16_t(stdlib::ArithmeticOp::Add)
                               ? add_values(slots[op->a], slots[op->b], out, s.failure)
                               : stdlib::apply_arithmetic(static_cast<stdlib::ArithmeticOp>(op->aux), slots[op->a],
                                                          slots[op->b], out, s.failure);
    if (!evaluable) CHARTER_FAIL(op->c);
    slots[op->dst] = out;
    CHARTER_NEXT();
  }
  op_Sum: {
    const uint32_t* term = operands + op->a;
    Value total = slots[term[0]];
    for (uint32_t i = 1; i < op->b; ++i) {
      Value sum;
      if (!add_values(total, slots[term[i]], sum, s.failure)) CHARTER_FAIL(op->c);
      total = sum;
    }
    slots[op->dst] = total;
    CHARTER_NEXT();
  }
  op_Concat: slots[op->dst] = concat(s, slots[op->a], slots[op->b]); CHARTER_NEXT();
  op_Select: copy_value(slots[op->dst], slots[op->a].payload.boolean ? slots[op->b] : slots[op->c]); CHARTER_NEXT();
  op_Coalesce: slots[op->dst] = slots[op->a].is_missing() ? slots[op->b] : slots[op->a]; CHARTER_NEXT();
  op_Exists: slots[op->dst] = Value::boolean(!slots[op->a].is_missing()); CHARTER_NEXT();
  op_InList: slots[op->dst] = Value::boolean(in_list(slots[op->a], slots[op->b]) != (op->aux != 0)); CHARTER_NEXT();
  op_InEnumSet: {
    const uint64_t mask = uint64_t{op->b} | (uint64_t{op->c} << 32);
    const bool in = (mask >> (slots[op->a].payload.integer & 63)) & 1;
    slots[op->dst] = Value::boolean(in != (op->aux != 0));
    CHARTER_NEXT();
  }
  op_InRange: {
    const bool in = stdlib::compare_values(slots[op->a], slots[op->b]) >= 0 &&
                    stdlib::compare_values(slots[op->a], slots[op->c]) <= 0;
    slots[op->dst] = Value::boolean(in != (op->aux != 0));
    CHARTER_NEXT();
  }
  op_InText: {
    const bool in = slots[op->b].as_string().find(slots[op->a].as_string()) != std::string_view::npos;
    slots[op->dst] = Value::boolean(in != (op->aux != 0));
    CHARTER_NEXT();
  }
  op_InMap: slots[op->dst] = Value::boolean(in_map(slots[op->a], slots[op->b]) != (op->aux != 0)); CHARTER_NEXT();
  op_MakeList: slots[op->dst] = make_list(s, operands + op->a, op->b, op->aux != 0); CHARTER_NEXT();
  op_MakeRecord: slots[op->dst] = make_record(s, operands + op->a, op->b, op->c); CHARTER_NEXT();
  op_Template: slots[op->dst] = render_text(s, operands + op->a, op->b); CHARTER_NEXT();
  op_Call: {
    Value args[8];
    Value* arg_values = op->b <= 8 ? args : s.arena.allocate_array<Value>(op->b);
    for (uint32_t i = 0; i < op->b; ++i) arg_values[i] = slots[operands[op->a + i]];
    s.call.prepared = plan.prepared_args[op->aux].data();
    s.call.result_type = plan.call_types[op->aux];
    if (!plan.builtins[op->aux](s.call, arg_values, slots[op->dst])) {
      s.failure = s.call.failure;
      CHARTER_FAIL(op->c);
    }
    CHARTER_NEXT();
  }
  op_IterInit: slots[op->dst] = Value::integer(0); CHARTER_NEXT();
  op_IterNext: {
    const Value& list = slots[op->a];
    const int64_t index = slots[op->b].payload.integer;
    if (list.kind != ValueKind::List || index >= int64_t{list.size}) {
      pc = op->c;
      CHARTER_DISPATCH();
    }
    slots[op->dst] = list.items()[index];
    slots[op->b].payload.integer = index + 1;
    CHARTER_NEXT();
  }
  op_Decide: {
    NodeState& node = s.nodes[op->a];
    uint32_t rule = op->c;
    if (op->aux == 1) rule = static_cast<uint32_t>(slots[op->c].payload.integer);
    if (op->aux == 2 && table_row != UINT32_MAX) rule = table_row;
    node.rule = rule;
    node.status = node.status == NodeStatus::Failed ? NodeStatus::FellBack : NodeStatus::Decided;
    copy_value(slots[op->dst], slots[op->b]);
    if constexpr (!kTraced) {
      if (op->untraced != plan::kNoTarget) {
        pc = op->untraced;
        CHARTER_DISPATCH();
      }
    }
    CHARTER_NEXT();
  }
  op_Reason: add_reason(s, op->a, operands + op->b, op->c, op->aux == 1); CHARTER_NEXT();
  op_NodeFailed:
    s.nodes[op->a].status = NodeStatus::Failed;
    s.nodes[op->a].failure = s.failure;
    CHARTER_NEXT();
  op_Abort:
    s.failed_node = op->a;
    return {false, op->a, s.failure};
  op_CheckNode:
    if (s.nodes[op->a].status == NodeStatus::Failed) {
      s.failure = s.nodes[op->a].failure;
      CHARTER_FAIL(op->b);
    }
    CHARTER_NEXT();
  op_GateBegin: s.gate_hits[op->a].clear(); CHARTER_NEXT();
  op_GateSkip: {
    const auto& hits = s.gate_hits[op->a];
    if (!hits.empty() && hits.front().verdict > op->aux) {
      pc = op->b;
      CHARTER_DISPATCH();
    }
    CHARTER_NEXT();
  }
  op_GateHit: s.gate_hits[op->a].push_back({op->b, static_cast<uint8_t>(op->aux), -1}); CHARTER_NEXT();
  op_GateEnd: {
    const auto& hits = s.gate_hits[op->a];
    if (hits.empty()) {
      s.failure = plan.failure_texts[op->b];
      s.failed_node = op->a;
      return {false, op->a, s.failure};
    }
    // Rules are tried strongest first, so the first hit holds the outcome.
    NodeState& node = s.nodes[op->a];
    node.rule = hits.front().rule;
    node.status = node.status == NodeStatus::Failed ? NodeStatus::FellBack : NodeStatus::Decided;
    slots[plan.nodes[op->a].slot] = Value::enumeration(static_cast<uint16_t>(plan.nodes[op->a].type.value), hits.front().verdict);
    CHARTER_NEXT();
  }
  op_TableBegin:
    s.table_hits[op->a].clear();
    table_row = UINT32_MAX;
    CHARTER_NEXT();
  op_TableRow: s.table_hits[op->a].push_back({op->b, slots[op->c]}); CHARTER_NEXT();
  op_TableEnd:
    if (!finish_table(s, static_cast<dsl::ast::HitPolicy>(op->aux), op->a, slots[op->dst], table_row)) CHARTER_FAIL(op->c);
    CHARTER_NEXT();
  op_CheckBounds: {
    const Value& value = slots[op->a];
    const Value& low = slots[operands[op->b]];
    const Value& high = slots[operands[op->b + 1]];
    // Criteria score whole numbers between whole-number bounds, almost always.
    const bool inside = value.kind == ValueKind::Int && low.kind == ValueKind::Int && high.kind == ValueKind::Int
                            ? low.payload.integer <= value.payload.integer && value.payload.integer <= high.payload.integer
                            : stdlib::compare_values(value, low) >= 0 && stdlib::compare_values(value, high) <= 0;
    if (!inside) {
      s.failure = plan.failure_texts[op->aux];
      s.failed_node = operands[op->b + 2];
      CHARTER_FAIL(op->c);
    }
    CHARTER_NEXT();
  }
  op_TraceRule: {
    const uint32_t rule = s.nodes[op->a].rule;
    slots[op->dst] = rule < plan.rules.size() ? Value::string(plan.rules[rule].id) : Value::missing();
    CHARTER_NEXT();
  }
  op_TraceReason: slots[op->dst] = node_reason(s, op->a); CHARTER_NEXT();
  op_TraceReasons: slots[op->dst] = node_reasons(s, op->a); CHARTER_NEXT();
  op_KeywordCounts: {
    const stdlib::text::KeywordScan& scan = scan_once(s, plan, op->a, slots[op->c]);
    for (const uint32_t* count = operands + op->b; count != operands + op->b + 3 * op->aux; count += 3) {
      slots[count[2]] = keyword_count(*plan.scanners[op->a], scan, count[0], count[1]);
    }
    CHARTER_NEXT();
  }
  op_KeywordHits:
    slots[op->dst] = keyword_count(*plan.scanners[op->a], scan_once(s, plan, op->a, slots[op->c]), op->b, op->aux);
    CHARTER_NEXT();
#undef CHARTER_FAIL
#undef CHARTER_NEXT
#undef CHARTER_DISPATCH
}

#pragma GCC diagnostic pop

}  // namespace

RunResult run_entry(const plan::Plan& plan, const plan::Entry& entry, Scratch& scratch, bool traced) {
  return traced ? run<true>(plan, entry, scratch) : run<false>(plan, entry, scratch);
}

}  // namespace charter::engine
