// Plan-level branch fusion and jump threading (fuse_branches.cpp). Switched
// by PassOptions::fuse_branches; decisions and traces are the same either way.
#pragma once

#include "compiler/plan/plan.hpp"

namespace charter::compiler::opt {

void fuse_branches(plan::Plan& plan);

}  // namespace charter::compiler::opt
