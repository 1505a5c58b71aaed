// Which slots an op reads and which it writes, from the field meanings in
// op_codes.def. Plan passes use it to know where a value goes; the evaluator
// does not (each of its cases knows its own fields).
#pragma once

#include <cstdint>
#include <vector>

#include "compiler/plan/plan.hpp"

namespace charter::plan {

// Appends the slots `op` reads to `out` (a slot read twice is listed twice).
void append_read_slots(const Plan& plan, const Op& op, std::vector<uint32_t>& out);

// Makes `op` read slot `to` wherever it reads slot `from` through one of its
// own fields. False when it reads `from` through the shared operand array,
// which a pass must not change (another copy of the code may use it).
bool rename_read_slot(const Plan& plan, Op& op, uint32_t from, uint32_t to);

// The slot `op` writes through its `dst` field and nothing else, or
// kNoTarget when it writes none or more than that (an index it advances,
// a slot it also reads, node records).
uint32_t sole_written_slot(const Op& op);

// True when the op writes any slot at all (through dst or otherwise).
bool writes_slots(const Op& op);

}  // namespace charter::plan
