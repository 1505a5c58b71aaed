#include <array>

#include "compiler/plan/plan.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::plan {
namespace {

constexpr std::array kOpNames = {
#define CHARTER_OP(name, summary, reads, writes) std::string_view(#name),
#include "compiler/plan/op_codes.def"
#undef CHARTER_OP
};

}  // namespace

std::string_view op_name(OpCode code) { return kOpNames[static_cast<size_t>(code)]; }

std::string print_plan(const Plan& plan) {
  std::string out = "plan " + plan.bundle_name + " " + plan.bundle_version + " " + plan.digest + "\n";
  out += "slots " + std::to_string(plan.slot_count) + ", constants " + std::to_string(plan.constants.size()) + "\n";
  for (size_t i = 0; i < plan.constants.size(); ++i) {
    out += "  c" + std::to_string(i) + " = ";
    stdlib::append_text(out, plan.constants[i], plan.types);
    out += "\n";
  }
  for (const Entry& entry : plan.entries) {
    out += "entry " + entry.input_name + " ops " + std::to_string(entry.code_begin) + ".." +
           std::to_string(entry.code_end);
    if (entry.untraced_begin != entry.code_begin) {
      out += " untraced " + std::to_string(entry.untraced_begin) + ".." + std::to_string(entry.untraced_end);
    }
    if (entry.traced_begin != entry.code_begin) {
      out += " traced " + std::to_string(entry.traced_begin) + ".." + std::to_string(entry.traced_end);
    }
    out += " input s" + std::to_string(entry.input_slot) + "\n";
  }
  for (size_t i = 0; i < plan.nodes.size(); ++i) {
    out += "node " + std::to_string(i) + " " + plan.nodes[i].name + " s" + std::to_string(plan.nodes[i].slot) + "\n";
  }
  for (size_t i = 0; i < plan.rules.size(); ++i) {
    out += "rule " + std::to_string(i) + " " + plan.rules[i].id + " (" + plan.rules[i].kind + ") at " +
           plan.rules[i].location + "\n";
  }
  for (size_t i = 0; i < plan.ops.size(); ++i) {
    const Op& op = plan.ops[i];
    out += std::to_string(i) + ": " + std::string(op_name(op.code)) + " aux=" + std::to_string(op.aux) +
           " dst=" + std::to_string(op.dst) + " a=" + std::to_string(op.a) + " b=" + std::to_string(op.b) +
           " c=" + (op.c == kNoTarget ? std::string("-") : std::to_string(op.c)) +
           (op.untraced == kNoTarget ? std::string() : " untraced=" + std::to_string(op.untraced)) + "\n";
  }
  return out;
}

}  // namespace charter::plan
