#include "compiler/check/checker.hpp"

#include "compiler/check/checker_state.hpp"
#include "compiler/ir/const_eval.hpp"

namespace charter::compiler {

namespace check_detail {

CheckerState::CheckerState(const Bundle& bundle, const stdlib::BuiltinTable& builtins,
                           const dsl::SourceMap& sources, dsl::DiagSink& sink)
    : bundle_(bundle), builtins_(builtins), sources_(sources), sink_(sink) {
  // The program's types extend the builtins' own, so their ids stay valid.
  program_.types = builtins.types();
  stdlib::EnumInfo outcome;
  outcome.name = "GateOutcome";
  outcome.module = "std";
  for (const char* value : {"Allow", "Review", "Deny", "NotRequested"}) outcome.values.push_back({value, value, value, -1});
  program_.gate_outcome = program_.types.add_enum(std::move(outcome));
  scopes_.resize(bundle.modules.size());
}

ir::ExprId CheckerState::fold_constant(ir::ExprId id) {
  const auto value = ir::evaluate_constant(program_, id, builtins_);
  if (!value) return id;
  return constant_expr(*value, type_of(id), program_.expr(id).span);
}

ir::Program CheckerState::run() {
  declare_symbols();
  node_may_fail_.assign(program_.nodes.size(), false);
  declare_type_names();
  resolve_imports();
  declare_record_fields();
  declare_entries();
  declare_node_types();
  for (size_t i = 0; i < consts_.size(); ++i) const_value(i);
  for (uint32_t n = 0; n < program_.nodes.size(); ++n) check_node(ir::NodeId{n});
  check_tests();
  return std::move(program_);
}

}  // namespace check_detail

ir::Program check(const Bundle& bundle, const stdlib::BuiltinTable& builtins, const dsl::SourceMap& sources,
                  dsl::DiagSink& sink) {
  return check_detail::CheckerState(bundle, builtins, sources, sink).run();
}

}  // namespace charter::compiler
