// Copies of each entry's code specialised for how it runs
// (specialised_code.cpp): without a trace, and with one. Switched by
// PassOptions::specialised_code; decisions and traces are the same either way.
#pragma once

#include "compiler/plan/plan.hpp"

namespace charter::compiler::opt {

// Gives every entry a copy of its code run when no trace is kept: without
// the ops that only a trace reads, and with the keyword counts of one text
// read in one op. Sets Entry::untraced_begin and untraced_end.
void specialise_untraced(plan::Plan& plan);

// Gives every entry a copy of its code run when a trace is kept: without
// the branches that skip the trace's work. Sets Entry::traced_begin and
// traced_end.
void specialise_traced(plan::Plan& plan);

}  // namespace charter::compiler::opt
