#include "compiler/plan/op_slots.hpp"

namespace charter::plan {

namespace {

// The columns of op_codes.def.
enum Field : uint8_t { kA = 1, kB = 2, kC = 4, kDst = 8 };
enum Writes : uint8_t { kWritesNone, kWritesDst, kWritesMore };

struct OpSlots {
  uint8_t reads;
  Writes writes;
};

constexpr OpSlots kOpSlots[] = {
#define CHARTER_OP(name, summary, reads, writes) {reads, writes},
#include "compiler/plan/op_codes.def"
#undef CHARTER_OP
};

uint8_t read_fields(const Op& op) {
  uint8_t fields = kOpSlots[static_cast<size_t>(op.code)].reads;
  if (op.code == OpCode::Decide && op.aux == 1) fields |= kC;  // the rule comes from slot c
  return fields;
}

// Slots an op reads from the shared operand array: [first, first + count).
struct OperandReads {
  uint32_t first = 0;
  uint32_t count = 0;
};

OperandReads operand_reads(const Op& op) {
  switch (op.code) {
    case OpCode::MakeList:
    case OpCode::MakeRecord:
    case OpCode::Template:
    case OpCode::Call:
    case OpCode::Sum: return {op.a, op.b};
    case OpCode::Reason: return {op.b, op.c};
    case OpCode::CheckBounds: return {op.b, 2};
    default: return {};
  }
}

}  // namespace

void append_read_slots(const Plan& plan, const Op& op, std::vector<uint32_t>& out) {
  const uint8_t fields = read_fields(op);
  if (fields & kA) out.push_back(op.a);
  if (fields & kB) out.push_back(op.b);
  if (fields & kC) out.push_back(op.c);
  if (fields & kDst) out.push_back(op.dst);
  const OperandReads operands = operand_reads(op);
  for (uint32_t i = 0; i < operands.count; ++i) out.push_back(plan.operands[operands.first + i]);
  // Triples (dst, record, field): the records are read.
  if (op.code == OpCode::Members) {
    for (uint32_t i = 0; i < op.aux; ++i) out.push_back(plan.operands[op.b + 3 * i + 1]);
  }
}

bool rename_read_slot(const Plan& plan, Op& op, uint32_t from, uint32_t to) {
  if (op.code == OpCode::Members) return false;  // reads through operands
  const OperandReads operands = operand_reads(op);
  for (uint32_t i = 0; i < operands.count; ++i) {
    if (plan.operands[operands.first + i] == from) return false;
  }
  const uint8_t fields = read_fields(op);
  if ((fields & kA) && op.a == from) op.a = to;
  if ((fields & kB) && op.b == from) op.b = to;
  if ((fields & kC) && op.c == from) op.c = to;
  if ((fields & kDst) && op.dst == from) op.dst = to;
  return true;
}

uint32_t sole_written_slot(const Op& op) {
  return kOpSlots[static_cast<size_t>(op.code)].writes == kWritesDst ? op.dst : kNoTarget;
}

bool writes_slots(const Op& op) { return kOpSlots[static_cast<size_t>(op.code)].writes != kWritesNone; }

}  // namespace charter::plan
