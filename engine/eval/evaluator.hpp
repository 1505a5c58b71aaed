// The evaluator: runs the ops of one entry of a plan over a Scratch whose
// input slot holds the event. Phase: evaluation. Thread-safe over a shared
// plan (each thread has its own Scratch); nothing in the loop throws or
// allocates beyond the Scratch's arena. Tracing is chosen per call and
// compiled into two instantiations, so the untraced loop has no trace code.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

struct RunResult {
  bool ok = true;
  uint32_t failed_node = UINT32_MAX;  // when !ok: the node that could not be evaluated, if known
  std::string_view failure;           // when !ok: why
};

RunResult run_entry(const plan::Plan& plan, const plan::Entry& entry, Scratch& scratch, bool traced);

}  // namespace charter::engine
