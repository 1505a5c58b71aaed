#include "engine/eval/scratch.hpp"

#include <algorithm>

namespace charter::engine {

Scratch::Scratch(const plan::Plan& plan_) : plan(plan_) {
  slots.assign(plan.slot_count, stdlib::Value::missing());
  std::copy(plan.constants.begin(), plan.constants.end(), slots.begin());
  nodes.resize(plan.nodes.size());
  gate_hits.resize(plan.nodes.size());
  table_hits.resize(plan.table_count);
  scans.resize(plan.scanners.size());
  scanned_in.assign(plan.scanners.size(), 0);
  call.arena = &arena;
  call.types = &plan.types;
  output.bytes.resize(4096);  // room for most decisions, made once
}

void Scratch::reset() {
  ++event;
  arena.reset();
  std::fill(nodes.begin(), nodes.end(), NodeState{});
  reasons.clear();
  failure = {};
  failed_node = UINT32_MAX;
  output.clear();
}

}  // namespace charter::engine
