// The lowered code serves both kinds of run: every node ends in a `Decide`
// that records its rule and status for the trace, reasons are rendered
// behind `JumpIfUntraced`, and each value is computed into a temporary that
// `Decide` copies. This pass gives each entry two copies of its code, one
// per kind of run, each without what that run never does.
//
// The untraced copy (most runs in production):
//  - the ops only a trace reaches are dropped (reasons, their values);
//  - a `Decide` nobody reads untraced goes: its node's value is computed
//    straight into the node's slot. It stays where the node's rule is read
//    (`rule(x)` in an output, or every rule when the entry has no output
//    record), where its reason is read, and where the node can fail (its
//    status tells later ops whether a fallback decided it);
//  - the keyword counts of one text, read one after another, become one op.
// The traced copy: `JumpIfUntraced` (never taken there) goes.
// Both:
//  - a value computed into a temporary only to be moved is computed where
//    the move put it;
//  - jumps to the next op go, and chains of jumps are threaded;
//  - the fields read one after another from the event's records become one op.
// The code as lowered stays (tests' expectations run pieces of it); a
// differential test and the event fuzzer compare the runs.
#include "compiler/opt/specialised_code.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "compiler/plan/op_slots.hpp"
#include "compiler/plan/op_targets.hpp"

namespace charter::compiler::opt {

using plan::kNoTarget;
using plan::Op;
using plan::OpCode;
using plan::for_each_target;

namespace {

// An entry's code with targets relative to its first op; a target equal to
// the code's size is its end. `removed` ops are dropped at the next compaction.
struct Code {
  std::vector<Op> ops;
  std::vector<bool> removed;
};


// The entry's ops with relative targets, as a run with or without a trace
// goes through them; nothing when a target leaves the entry (never lowered;
// the entry then keeps its one copy).
std::optional<Code> copy_entry(const plan::Plan& plan, const plan::Entry& entry, bool traced) {
  Code code;
  code.ops.assign(plan.ops.begin() + entry.code_begin, plan.ops.begin() + entry.code_end);
  code.removed.assign(code.ops.size(), false);
  bool inside = true;
  for (size_t i = 0; i < code.ops.size(); ++i) {
    Op& op = code.ops[i];
    if (traced) {
      op.untraced = kNoTarget;
      if (op.code == OpCode::JumpIfUntraced) op = Op{.code = OpCode::Jump, .a = entry.code_begin + static_cast<uint32_t>(i) + 1};
    } else if (op.code == OpCode::JumpIfUntraced) {
      op.code = OpCode::Jump;
    }
    for_each_target(op, [&](uint32_t& target) {
      if (target < entry.code_begin || target > entry.code_end) inside = false;
      else target -= entry.code_begin;
    });
  }
  if (!inside) return std::nullopt;
  return code;
}

// Where control goes after op `i` (besides its jump target), and whether the
// op after it must stay right after it: a fused compare-and-branch goes on
// two ops further, past the `JumpIfFalse` it stands for.
bool falls_through(const Op& op) {
  switch (op.code) {
    case OpCode::Jump:
    case OpCode::Abort: return false;
    case OpCode::Fail: return false;
    case OpCode::Decide: return op.untraced == kNoTarget;
    default: return true;
  }
}

// Which ops some jump lands on (index size(): the end).
std::vector<bool> landing_points(Code& code) {
  std::vector<bool> landed(code.ops.size() + 1, false);
  for (Op& op : code.ops) for_each_target(op, [&](uint32_t& target) { landed[target] = true; });
  return landed;
}


std::vector<bool> reachable_ops(const Code& code) {
  const size_t n = code.ops.size();
  std::vector<bool> reached(n, false);
  std::vector<uint32_t> stack{0};
  const auto reach = [&](uint32_t i) {
    if (i < n && !reached[i]) stack.push_back(i);
  };
  while (!stack.empty()) {
    const uint32_t i = stack.back();
    stack.pop_back();
    if (i >= n || reached[i]) continue;
    reached[i] = true;
    Op op = code.ops[i];
    for_each_target(op, reach);
    if (op.code == OpCode::CompareBranch || op.code == OpCode::EqualEnumBranch) {
      reach(i + 1);  // kept in place: the op skips it by position
      reach(i + 2);
    } else if (falls_through(op)) {
      reach(i + 1);
    }
  }
  return reached;
}

// Drops removed ops, and jumps to the op that would come next anyway;
// retargets every jump. Returns whether anything was dropped.
bool compact(Code& code) {
  const size_t n = code.ops.size();
  // next[i]: the first op at or after i that stays (n: the end).
  std::vector<uint32_t> next(n + 1, static_cast<uint32_t>(n));
  for (size_t i = n; i-- > 0;) {
    Op& op = code.ops[i];
    if (!code.removed[i] && op.code == OpCode::Jump && op.a > i && op.a <= n && next[op.a] == next[i + 1]) {
      code.removed[i] = true;
    }
    next[i] = code.removed[i] ? next[i + 1] : static_cast<uint32_t>(i);
  }
  std::vector<uint32_t> new_index(n + 1, 0);
  uint32_t kept = 0;
  for (size_t i = 0; i <= n; ++i) {
    if (i == n || !code.removed[i]) new_index[i] = kept++;
  }
  if (kept == n + 1) return false;
  Code out;
  for (size_t i = 0; i < n; ++i) {
    if (code.removed[i]) continue;
    Op op = code.ops[i];
    for_each_target(op, [&](uint32_t& target) { target = new_index[next[target]]; });
    out.ops.push_back(op);
  }
  for (size_t i = 0; i < out.ops.size(); ++i) {
    if (out.ops[i].untraced == i + 1) out.ops[i].untraced = kNoTarget;
  }
  out.removed.assign(out.ops.size(), false);
  code = std::move(out);
  return true;
}

// Removes the unreachable ops, then compacts until nothing changes.
void simplify(Code& code) {
  for (int round = 0; round < 8; ++round) {
    plan::thread_jumps(code.ops);
    const std::vector<bool> reached = reachable_ops(code);
    for (size_t i = 0; i < code.ops.size(); ++i) {
      if (!reached[i]) code.removed[i] = true;
    }
    if (!compact(code)) return;
  }
}

// What untraced evaluation reads of each node beyond its value.
struct NodeUse {
  std::vector<bool> keeps_decide;  // by node: its rule, reason or status is read
  std::vector<bool> is_node_slot;  // by slot
};

NodeUse node_use(const plan::Plan& plan, const plan::Entry& entry, const Code& code) {
  NodeUse use;
  use.keeps_decide.assign(plan.nodes.size(), false);
  use.is_node_slot.assign(plan.slot_count, false);
  for (const plan::NodeInfo& node : plan.nodes) use.is_node_slot[node.slot] = true;
  // Without an output record, the decision lists every decided node's rule.
  if (entry.output_slot == kNoTarget) {
    for (uint32_t node : entry.nodes) {
      const plan::NodeKind kind = plan.nodes[node].kind;
      if (kind != plan::NodeKind::Let && kind != plan::NodeKind::Output) use.keeps_decide[node] = true;
    }
  }
  for (const Op& op : code.ops) {
    switch (op.code) {
      case OpCode::TraceRule:
      case OpCode::TraceReason:
      case OpCode::TraceReasons:
      case OpCode::NodeFailed:
      case OpCode::CheckNode:
        if (op.a < use.keeps_decide.size()) use.keeps_decide[op.a] = true;
        break;
      default: break;
    }
  }
  return use;
}

// Where each slot is read and written in the code.
struct SlotUses {
  std::vector<std::vector<uint32_t>> readers;  // by slot: ops that read it (once each)
  std::vector<std::vector<uint32_t>> writers;  // by slot: ops that write it through dst alone
  std::vector<bool> written_otherwise;         // by slot: also written some other way
};

SlotUses slot_uses(const plan::Plan& plan, const Code& code) {
  SlotUses uses;
  uses.readers.resize(plan.slot_count);
  uses.writers.resize(plan.slot_count);
  uses.written_otherwise.assign(plan.slot_count, false);
  std::vector<uint32_t> slots;
  for (uint32_t i = 0; i < code.ops.size(); ++i) {
    const Op& op = code.ops[i];
    slots.clear();
    plan::append_read_slots(plan, op, slots);
    for (uint32_t slot : slots) {
      if (uses.readers[slot].empty() || uses.readers[slot].back() != i) uses.readers[slot].push_back(i);
    }
    if (const uint32_t slot = plan::sole_written_slot(op); slot != kNoTarget) {
      uses.writers[slot].push_back(i);
    } else if (plan::writes_slots(op) && op.code != OpCode::Decide && op.dst < plan.slot_count) {
      uses.written_otherwise[op.dst] = true;
      if (op.code == OpCode::IterNext) uses.written_otherwise[op.b] = true;
    }
  }
  return uses;
}

// Whether the node's value, computed into temporary `value` and then copied
// by the `Decide` at `decide`, can be computed in the node's slot instead:
// the temporary is this node's own (every op that reads or writes it comes
// before the `Decide`, and reads it through its own fields), and nothing in
// between touches the node's slot.
bool can_compute_in_place(const plan::Plan& plan, const Code& code, const SlotUses& uses, uint32_t decide,
                          uint32_t value, uint32_t node_slot) {
  if (uses.writers[value].empty() || uses.written_otherwise[value]) return false;
  uint32_t first = decide;
  for (uint32_t writer : uses.writers[value]) {
    if (writer > decide) return false;
    first = std::min(first, writer);
  }
  for (uint32_t reader : uses.readers[value]) {
    if (reader > decide) return false;
    first = std::min(first, reader);
    Op probe = code.ops[reader];
    if (reader != decide && !plan::rename_read_slot(plan, probe, value, node_slot)) return false;
  }
  std::vector<uint32_t> slots;
  for (uint32_t i = first; i < decide; ++i) {
    const Op& op = code.ops[i];
    if (plan::writes_slots(op) && op.dst == node_slot) return false;
    slots.clear();
    plan::append_read_slots(plan, op, slots);
    if (std::find(slots.begin(), slots.end(), node_slot) != slots.end()) return false;
  }
  return true;
}

// Computes each elidable node's value straight into its slot and drops its
// `Decide` (a jump to where it went on, when that is not the next op).
void elide_decides(const plan::Plan& plan, const plan::Entry& entry, Code& code) {
  const NodeUse use = node_use(plan, entry, code);
  const SlotUses uses = slot_uses(plan, code);
  const auto constant_count = static_cast<uint32_t>(plan.constants.size());
  for (uint32_t d = 0; d < code.ops.size(); ++d) {
    Op& op = code.ops[d];
    if (op.code != OpCode::Decide || use.keeps_decide[op.a]) continue;
    const uint32_t value = op.b;
    const uint32_t node_slot = op.dst;
    if (value != node_slot) {
      if (value < constant_count || value == entry.input_slot || use.is_node_slot[value] ||
          !can_compute_in_place(plan, code, uses, d, value, node_slot)) {
        continue;
      }
      for (uint32_t writer : uses.writers[value]) code.ops[writer].dst = node_slot;
      for (uint32_t reader : uses.readers[value]) {
        if (reader != d) plan::rename_read_slot(plan, code.ops[reader], value, node_slot);
      }
    }
    op = Op{.code = OpCode::Jump, .a = op.untraced != kNoTarget ? op.untraced : d + 1};
  }
}

// `t <- …; Move x <- t` with `t` read nowhere else becomes `x <- …` (the
// or/and of a value, lowered into a temporary and then into its result).
void forward_moves(const plan::Plan& plan, Code& code) {
  const SlotUses uses = slot_uses(plan, code);
  const std::vector<bool> landed = landing_points(code);
  const auto constant_count = static_cast<uint32_t>(plan.constants.size());
  for (uint32_t m = 1; m < code.ops.size(); ++m) {
    const Op move = code.ops[m];
    Op& producer = code.ops[m - 1];
    const uint32_t temp = move.a;
    if (move.code != OpCode::Move || landed[m] || temp < constant_count || plan::sole_written_slot(producer) != temp ||
        uses.writers[temp].size() != 1 || uses.written_otherwise[temp] || uses.readers[temp].size() != 1 ||
        producer.code == OpCode::CompareBranch || producer.code == OpCode::EqualEnumBranch) {
      continue;
    }
    producer.dst = move.dst;
    code.ops[m] = Op{.code = OpCode::Jump, .a = m + 1};
  }
}

// Runs of ops next to each other that `joins(first, op)` accepts, with no
// jump landing inside, become one op `code` that does their work in a loop:
// `aux` operand triples from `b`, each `triple(op)`; `a` and `c` as the
// first op's.
template <class Joins, class Triple>
void merge_runs(plan::Plan& plan, Code& code, OpCode merged_code, Joins&& joins, Triple&& triple) {
  const std::vector<bool> landed = landing_points(code);
  for (size_t i = 0; i < code.ops.size(); ++i) {
    const Op first = code.ops[i];
    if (!joins(first, first)) continue;
    size_t end = i + 1;
    while (end < code.ops.size() && !landed[end] && joins(first, code.ops[end]) && end - i < UINT16_MAX) ++end;
    if (end - i < 2) continue;
    const Op merged{.code = merged_code, .aux = static_cast<uint16_t>(end - i), .a = first.a,
                    .b = static_cast<uint32_t>(plan.operands.size()), .c = first.c};
    for (size_t k = i; k < end; ++k) {
      const std::array<uint32_t, 3> operands = triple(code.ops[k]);
      plan.operands.insert(plan.operands.end(), operands.begin(), operands.end());
      code.removed[k] = k != i;
    }
    code.ops[i] = merged;
    i = end - 1;
  }
}

void merge_keyword_counts(plan::Plan& plan, Code& code) {
  merge_runs(
      plan, code, OpCode::KeywordCounts,
      [](const Op& first, const Op& op) {
        return op.code == OpCode::KeywordHits && op.a == first.a && op.c == first.c;
      },
      [](const Op& op) { return std::array<uint32_t, 3>{op.b, op.aux, op.dst}; });
}

void merge_members(plan::Plan& plan, Code& code) {
  merge_runs(
      plan, code, OpCode::Members,
      [](const Op&, const Op& op) { return op.code == OpCode::Member || op.code == OpCode::MemberOpt; },
      [](const Op& op) { return std::array<uint32_t, 3>{op.dst, op.a, op.b}; });
}

// Appends the copy to the plan's ops; returns where it starts.
uint32_t append_code(plan::Plan& plan, Code& code) {
  const auto base = static_cast<uint32_t>(plan.ops.size());
  for (Op& op : code.ops) {
    for_each_target(op, [&](uint32_t& target) { target += base; });
    plan.ops.push_back(op);
  }
  return base;
}

}  // namespace

void specialise_untraced(plan::Plan& plan) {
  for (plan::Entry& entry : plan.entries) {
    std::optional<Code> code = copy_entry(plan, entry, false);
    if (!code) continue;
    simplify(*code);
    elide_decides(plan, entry, *code);
    forward_moves(plan, *code);
    simplify(*code);
    merge_keyword_counts(plan, *code);
    merge_members(plan, *code);
    compact(*code);
    entry.untraced_begin = append_code(plan, *code);
    entry.untraced_end = static_cast<uint32_t>(plan.ops.size());
  }
}

void specialise_traced(plan::Plan& plan) {
  for (plan::Entry& entry : plan.entries) {
    std::optional<Code> code = copy_entry(plan, entry, true);
    if (!code) continue;
    simplify(*code);
    forward_moves(plan, *code);
    simplify(*code);
    merge_members(plan, *code);
    compact(*code);
    entry.traced_begin = append_code(plan, *code);
    entry.traced_end = static_cast<uint32_t>(plan.ops.size());
  }
}

}  // namespace charter::compiler::opt
