// The one pass over the plan rather than the program: it shortens the paths
// the evaluator walks without changing what any op computes.
//  - Jump threading: a jump to an unconditional `Jump` goes straight to where
//    that one goes (a rule that fires jumps to the end of its node, which is
//    often a jump to the end of an enclosing one).
//  - Compare-and-branch: `Compare` or `EqualEnum` followed by a `JumpIfFalse`
//    (or `JumpIfTrue`: the `or` of a value) on its result becomes one op that
//    still writes the result (a shared sub-expression may read it later) and
//    branches itself. The jump stays where it is, for any jump that lands on it.
// Ops are never removed or moved, so every op index (jump targets, rule and
// node records) stays valid.
#include "compiler/opt/fuse_branches.hpp"

#include "compiler/plan/op_targets.hpp"

namespace charter::compiler::opt {

using plan::Op;
using plan::OpCode;

void fuse_branches(plan::Plan& plan) {
  std::vector<Op>& ops = plan.ops;
  plan::thread_jumps(ops);
  for (size_t i = 0; i + 1 < ops.size(); ++i) {
    Op& test = ops[i];
    const Op& branch = ops[i + 1];
    if ((test.code != OpCode::Compare && test.code != OpCode::EqualEnum) ||
        (branch.code != OpCode::JumpIfFalse && branch.code != OpCode::JumpIfTrue) || branch.a != test.dst) {
      continue;
    }
    test.code = test.code == OpCode::Compare ? OpCode::CompareBranch : OpCode::EqualEnumBranch;
    test.c = branch.b;
    if (branch.code == OpCode::JumpIfTrue) test.aux |= plan::kBranchWhenTrue;
  }
}

}  // namespace charter::compiler::opt
