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

template <bool kTraced>
RunResult run(const plan::Plan& plan, const plan::Entry& entry, Scratch& s) {
  Value* const slots = s.slots.data();
  const Op* const ops = plan.ops.data();
  const uint32_t* const operands = plan.operands.data();
  uint32_t table_row = UINT32_MAX;  // the row a single-row table chose, for Decide
  uint32_t pc = entry.code_begin;
  // Goes to an op's fail target, or ends the event when it has none.
#define CHARTER_FAIL(target)                                  \
  do {                                                        \
    if ((target) == plan::kNoTarget) return {false, s.failed_node, s.failure}; \
    pc = (target);                                            \
    continue;                                                 \
  } while (false)

  while (pc < entry.code_end) {
    const Op& op = ops[pc];
    switch (op.code) {
      case OpCode::Jump: pc = op.a; continue;
      case OpCode::JumpIfFalse:
        if (!slots[op.a].payload.boolean) {
          pc = op.b;
          continue;
        }
        break;
      case OpCode::JumpIfTrue:
        if (slots[op.a].payload.boolean) {
          pc = op.b;
          continue;
        }
        break;
      case OpCode::JumpIfUntraced:
        if constexpr (!kTraced) {
          pc = op.a;
          continue;
        }
        break;
      case OpCode::Fail:
        s.failure = plan.failure_texts[op.a];
        CHARTER_FAIL(op.b);
      case OpCode::Move: slots[op.dst] = slots[op.a]; break;
      case OpCode::SetBool: slots[op.dst] = Value::boolean(op.aux != 0); break;
      case OpCode::SetInt: slots[op.dst] = Value::integer(op.a); break;
      case OpCode::Increment: slots[op.dst].payload.integer += 1; break;
      case OpCode::Member: {
        const Value& record = slots[op.a];
        slots[op.dst] = record.kind == ValueKind::Record ? record.items()[op.b] : Value::missing();
        break;
      }
      case OpCode::MemberOpt: {
        const Value& record = slots[op.a];
        slots[op.dst] = record.kind == ValueKind::Record ? record.items()[op.b] : Value::missing();
        break;
      }
      case OpCode::Index: slots[op.dst] = index_value(slots[op.a], slots[op.b]); break;
      case OpCode::Not: slots[op.dst] = Value::boolean(!slots[op.a].payload.boolean); break;
      case OpCode::Negate: {
        Value out;
        if (!stdlib::apply_arithmetic(stdlib::ArithmeticOp::Sub, zero_of(slots[op.a]), slots[op.a], out, s.failure)) {
          CHARTER_FAIL(op.c);
        }
        slots[op.dst] = out;
        break;
      }
      case OpCode::Compare:
        slots[op.dst] = Value::boolean(compare_fast(static_cast<stdlib::CompareOp>(op.aux), slots[op.a], slots[op.b]));
        break;
      case OpCode::EqualEnum:
        slots[op.dst] = Value::boolean((slots[op.a].payload.integer == slots[op.b].payload.integer) != (op.aux != 0));
        break;
      case OpCode::Arithmetic: {
        const Value& a = slots[op.a];
        const Value& b = slots[op.b];
        int64_t sum;
        if (a.kind == ValueKind::Int && b.kind == ValueKind::Int && op.aux == uint16_t(stdlib::ArithmeticOp::Add) &&
            !__builtin_add_overflow(a.payload.integer, b.payload.integer, &sum)) {
          slots[op.dst] = Value::integer(sum);
          break;
        }
        Value out;
        if (!stdlib::apply_arithmetic(static_cast<stdlib::ArithmeticOp>(op.aux), a, b, out, s.failure)) CHARTER_FAIL(op.c);
        slots[op.dst] = out;
        break;
      }
      case OpCode::Concat: slots[op.dst] = concat(s, slots[op.a], slots[op.b]); break;
      case OpCode::Coalesce: slots[op.dst] = slots[op.a].is_missing() ? slots[op.b] : slots[op.a]; break;
      case OpCode::Exists: slots[op.dst] = Value::boolean(!slots[op.a].is_missing()); break;
      case OpCode::InList: slots[op.dst] = Value::boolean(in_list(slots[op.a], slots[op.b]) != (op.aux != 0)); break;
      case OpCode::InEnumSet: {
        const uint64_t mask = uint64_t{op.b} | (uint64_t{op.c} << 32);
        const bool in = (mask >> (slots[op.a].payload.integer & 63)) & 1;
        slots[op.dst] = Value::boolean(in != (op.aux != 0));
        break;
      }
      case OpCode::InRange: {
        const bool in = stdlib::compare_values(slots[op.a], slots[op.b]) >= 0 &&
                        stdlib::compare_values(slots[op.a], slots[op.c]) <= 0;
        slots[op.dst] = Value::boolean(in != (op.aux != 0));
        break;
      }
      case OpCode::InText: {
        const bool in = slots[op.b].as_string().find(slots[op.a].as_string()) != std::string_view::npos;
        slots[op.dst] = Value::boolean(in != (op.aux != 0));
        break;
      }
      case OpCode::InMap: slots[op.dst] = Value::boolean(in_map(slots[op.a], slots[op.b]) != (op.aux != 0)); break;
      case OpCode::MakeList: slots[op.dst] = make_list(s, operands + op.a, op.b, op.aux != 0); break;
      case OpCode::MakeRecord: slots[op.dst] = make_record(s, operands + op.a, op.b, op.c); break;
      case OpCode::Template: slots[op.dst] = render_text(s, operands + op.a, op.b); break;
      case OpCode::Call: {
        Value args[8];
        Value* arg_values = op.b <= 8 ? args : s.arena.allocate_array<Value>(op.b);
        for (uint32_t i = 0; i < op.b; ++i) arg_values[i] = slots[operands[op.a + i]];
        s.call.prepared = plan.prepared_args[op.aux].data();
        s.call.result_type = plan.call_types[op.aux];
        if (!plan.builtins[op.aux](s.call, arg_values, slots[op.dst])) {
          s.failure = s.call.failure;
          CHARTER_FAIL(op.c);
        }
        break;
      }
      case OpCode::IterInit: slots[op.dst] = Value::integer(0); break;
      case OpCode::IterNext: {
        const Value& list = slots[op.a];
        const int64_t index = slots[op.b].payload.integer;
        if (list.kind != ValueKind::List || index >= int64_t{list.size}) {
          pc = op.c;
          continue;
        }
        slots[op.dst] = list.items()[index];
        slots[op.b].payload.integer = index + 1;
        break;
      }
      case OpCode::Decide: {
        NodeState& node = s.nodes[op.a];
        uint32_t rule = op.c;
        if (op.aux == 1) rule = static_cast<uint32_t>(slots[op.c].payload.integer);
        if (op.aux == 2 && table_row != UINT32_MAX) rule = table_row;
        node.rule = rule;
        node.status = node.status == NodeStatus::Failed ? NodeStatus::FellBack : NodeStatus::Decided;
        slots[plan.nodes[op.a].slot] = slots[op.b];
        break;
      }
      case OpCode::Reason: add_reason(s, op.a, operands + op.b, op.c, op.aux == 1); break;
      case OpCode::NodeFailed:
        s.nodes[op.a].status = NodeStatus::Failed;
        s.nodes[op.a].failure = s.failure;
        break;
      case OpCode::Abort:
        s.failed_node = op.a;
        return {false, op.a, s.failure};
      case OpCode::CheckNode:
        if (s.nodes[op.a].status == NodeStatus::Failed) {
          s.failure = s.nodes[op.a].failure;
          CHARTER_FAIL(op.b);
        }
        break;
      case OpCode::GateBegin: s.gate_hits[op.a].clear(); break;
      case OpCode::GateSkip: {
        const auto& hits = s.gate_hits[op.a];
        if (!hits.empty() && hits.front().verdict > op.aux) {
          pc = op.b;
          continue;
        }
        break;
      }
      case OpCode::GateHit: s.gate_hits[op.a].push_back({op.b, static_cast<uint8_t>(op.aux), -1}); break;
      case OpCode::GateEnd: {
        const auto& hits = s.gate_hits[op.a];
        if (hits.empty()) {
          s.failure = plan.failure_texts[op.b];
          s.failed_node = op.a;
          return {false, op.a, s.failure};
        }
        // Rules are tried strongest first, so the first hit holds the outcome.
        NodeState& node = s.nodes[op.a];
        node.rule = hits.front().rule;
        node.status = node.status == NodeStatus::Failed ? NodeStatus::FellBack : NodeStatus::Decided;
        slots[plan.nodes[op.a].slot] = Value::enumeration(static_cast<uint16_t>(plan.nodes[op.a].type.value), hits.front().verdict);
        break;
      }
      case OpCode::TableBegin:
        s.table_hits[op.a].clear();
        table_row = UINT32_MAX;
        break;
      case OpCode::TableRow: s.table_hits[op.a].push_back({op.b, slots[op.c]}); break;
      case OpCode::TableEnd:
        if (!finish_table(s, static_cast<dsl::ast::HitPolicy>(op.aux), op.a, slots[op.dst], table_row)) CHARTER_FAIL(op.c);
        break;
      case OpCode::CheckBounds: {
        const Value& value = slots[op.a];
        if (stdlib::compare_values(value, slots[operands[op.b]]) < 0 ||
            stdlib::compare_values(value, slots[operands[op.b + 1]]) > 0) {
          s.failure = plan.failure_texts[op.aux];
          CHARTER_FAIL(op.c);
        }
        break;
      }
      case OpCode::TraceRule: {
        const uint32_t rule = s.nodes[op.a].rule;
        slots[op.dst] = rule < plan.rules.size() ? Value::string(plan.rules[rule].id) : Value::missing();
        break;
      }
      case OpCode::TraceReason: slots[op.dst] = node_reason(s, op.a); break;
      case OpCode::TraceReasons: slots[op.dst] = node_reasons(s, op.a); break;
      case OpCode::ScanKeywords:
        if (s.scanned_in[op.b] != s.event) {
          plan.scanners[op.b]->scan(slots[op.a].as_string(), s.scans[op.b]);
          s.scanned_in[op.b] = s.event;
        }
        break;
      case OpCode::KeywordHits: {
        const auto& matcher = *plan.scanners[op.a];
        const auto& scan = s.scans[op.a];
        if (op.aux == 0) slots[op.dst] = Value::integer(matcher.hits(scan, op.b));
        else if (op.aux == 1) slots[op.dst] = Value::boolean(matcher.any(scan, op.b));
        else slots[op.dst] = Value::boolean(matcher.all(scan, op.b));
        break;
      }
    }
    ++pc;
  }
#undef CHARTER_FAIL
  return {};
}

}  // namespace

RunResult run_entry(const plan::Plan& plan, const plan::Entry& entry, Scratch& scratch, bool traced) {
  return traced ? run<true>(plan, entry, scratch) : run<false>(plan, entry, scratch);
}

}  // namespace charter::engine
