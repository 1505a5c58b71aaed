// Code for evaluations that keep no trace (untraced_code.cpp). Switched by
// PassOptions::untraced_code; decisions are the same either way.
#pragma once

#include "compiler/plan/plan.hpp"

namespace charter::compiler::opt {

// Gives every entry a second copy of its code, run when no trace is kept:
// without the ops that only a trace reads, and with the keyword counts of
// one text read in one op. Sets Entry::untraced_begin and untraced_end.
void specialise_untraced(plan::Plan& plan);

}  // namespace charter::compiler::opt
