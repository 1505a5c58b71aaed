#include "compiler/lower/lowerer.hpp"

#include "base/check.hpp"
#include "compiler/dag/dependencies.hpp"
#include "compiler/plan/op_targets.hpp"

namespace charter::compiler {

namespace lower_detail {

void describe_rules(const ir::Program& program, const dsl::SourceMap& sources, const std::vector<uint32_t>& plan_nodes,
                    plan::Plan& plan);  // lower_explain.cpp

Lowerer::Lowerer(const ir::Program& program, const stdlib::BuiltinTable& builtins, const dsl::SourceMap& sources,
                 dsl::DiagSink& sink, plan::Plan& plan)
    : program_(program), builtins_(builtins), sources_(sources), sink_(sink), plan_(plan) {}

size_t Lowerer::emit(Op op) {
  // A decision's op carries its node's slot, so the evaluator need not look
  // the node up to store the value.
  if (op.code == OpCode::Decide) op.dst = plan_.nodes[op.a].slot;
  plan_.ops.push_back(op);
  return plan_.ops.size() - 1;
}

size_t Lowerer::emit_fallible(Op op) {
  const size_t index = emit(op);
  if (fail_sites_ != nullptr) fail_sites_->push_back(index);
  else patch_jump(index, plan::kNoTarget);
  return index;
}

void Lowerer::patch_jump(size_t op_index, uint32_t target) {
  uint32_t* field = plan::jump_target(plan_.ops[op_index]);
  CHARTER_CHECK(field != nullptr, "patching an op that does not jump");
  *field = target;
}

uint32_t Lowerer::operands(const std::vector<uint32_t>& slots) {
  const auto offset = static_cast<uint32_t>(plan_.operands.size());
  plan_.operands.insert(plan_.operands.end(), slots.begin(), slots.end());
  return offset;
}

std::string Lowerer::location(dsl::Span span) const {
  const dsl::SourceFile& file = sources_.get(span.file);
  const dsl::LineCol at = file.line_col(span.begin);
  return file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

uint32_t Lowerer::add_rule(const std::string& id, uint32_t node, dsl::Span span, std::string kind, uint8_t verdict) {
  plan_.rules.push_back({id, node, location(span), std::move(kind), verdict});
  return static_cast<uint32_t>(plan_.rules.size() - 1);
}

namespace {

plan::NodeKind plan_kind(ir::NodeKind kind) {
  switch (kind) {
    case ir::NodeKind::Let: return plan::NodeKind::Let;
    case ir::NodeKind::Decision: return plan::NodeKind::Decision;
    case ir::NodeKind::Gate: return plan::NodeKind::Gate;
    case ir::NodeKind::Scorecard: return plan::NodeKind::Scorecard;
    case ir::NodeKind::Output: return plan::NodeKind::Output;
  }
  return plan::NodeKind::Decision;
}

// Builds the readers of a record type and of every record it holds.
uint32_t add_reader(const ir::Program& program, plan::Plan& plan, stdlib::TypeId type,
                    std::unordered_map<uint32_t, uint32_t>& done) {
  if (const auto it = done.find(type.value); it != done.end()) return it->second;
  const auto index = static_cast<uint32_t>(plan.readers.size());
  done[type.value] = index;
  plan.readers.push_back({type, {}});
  const stdlib::TypeTable& types = program.types;
  const stdlib::RecordInfo& record = types.record_info(type);
  const uint32_t record_index = types.info(type).index;
  std::vector<plan::FieldReader> fields;
  for (size_t i = 0; i < record.fields.size(); ++i) {
    plan::FieldReader field;
    field.name = record.fields[i].name;
    field.type = record.fields[i].type;
    if (record_index < program.record_defaults.size() && i < program.record_defaults[record_index].size()) {
      field.default_value = program.record_defaults[record_index][i];
    }
    field.required = !types.is_optional(field.type) && field.default_value.is_missing();
    // The record a field holds, directly or in a list or map.
    stdlib::TypeId inner = types.strip_optional(field.type);
    while (types.kind(inner) == stdlib::TypeKind::List || types.kind(inner) == stdlib::TypeKind::Set ||
           types.kind(inner) == stdlib::TypeKind::Map) {
      inner = types.strip_optional(types.info(inner).element);
    }
    if (types.kind(inner) == stdlib::TypeKind::Record) field.reader = add_reader(program, plan, inner, done);
    fields.push_back(std::move(field));
  }
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == "event_id") plan.readers[index].id_fields[0] = static_cast<uint32_t>(i);
    if (fields[i].name == "id") plan.readers[index].id_fields[1] = static_cast<uint32_t>(i);
  }
  plan.readers[index].fields = std::move(fields);
  return index;
}

}  // namespace

void Lowerer::run(const LowerInput& input) {
  plan_.bundle_name = input.bundle_name;
  plan_.bundle_version = input.bundle_version;
  plan_.digest = input.digest;
  plan_.types = program_.types;
  plan_.constants = program_.constants;
  plan_.constant_arena = program_.constant_arena;
  plan_.slot_count = static_cast<uint32_t>(plan_.constants.size());
  local_slots_.assign(program_.local_names.size(), UINT32_MAX);
  let_fallible_.assign(program_.nodes.size(), false);
  reason_needed_.assign(program_.nodes.size(), false);
  for (const ir::Expr& expr : program_.exprs) {
    if (expr.kind == ir::ExprKind::TraceReason || expr.kind == ir::ExprKind::TraceReasons) reason_needed_[expr.a] = true;
  }
  for (const ir::Node& node : program_.nodes) {
    plan::NodeInfo info;
    info.name = node.name;
    info.module = node.module;
    info.kind = plan_kind(node.kind);
    info.type = node.type;
    info.slot = new_slot();
    info.location = location(node.name_span);
    info.doc = node.doc;
    plan_nodes_.push_back(static_cast<uint32_t>(plan_.nodes.size()));
    plan_.nodes.push_back(std::move(info));
  }
  std::unordered_map<uint32_t, uint32_t> readers;
  for (size_t e = 0; e < program_.entries.size(); ++e) {
    const ir::Entry& source = program_.entries[e];
    plan::Entry entry;
    entry.input_name = source.input_name;
    entry.dispatch = source.dispatch;
    entry.reader = add_reader(program_, plan_, source.input, readers);
    entry.input_slot = input_slot_ = new_slot();
    entry.code_begin = here();
    input_paths_.clear();
    const std::vector<ir::NodeId>& order = e < input.order.size() ? input.order[e] : std::vector<ir::NodeId>{};
    for (ir::NodeId id : order) {
      std::vector<ir::ExprId> exprs;
      node_expressions(program_, id, exprs);
      for (ir::ExprId expr_id : exprs) collect_input_paths(expr_id);
    }
    for (ir::NodeId id : order) {
      node(id);
      entry.nodes.push_back(plan_nodes_[id.value]);
    }
    entry.code_end = here();
    entry.untraced_begin = entry.traced_begin = entry.code_begin;
    entry.untraced_end = entry.traced_end = entry.code_end;
    if (source.output) entry.output_slot = plan_.nodes[plan_nodes_[source.output.value]].slot;
    plan_.entries.push_back(std::move(entry));
  }
  build_scanners();
  plan_.local_count = static_cast<uint32_t>(program_.local_names.size());
  plan_.table_count = table_count_;
  // For explanations (lower_explain.cpp).
  describe_rules(input.written != nullptr ? *input.written : program_, sources_, plan_nodes_, plan_);
  plan_.json = plan::json_names(plan_);
}

void Lowerer::build_scanners() {
  for (const ir::KeywordScanner& scanner : program_.scanners) {
    stdlib::text::KeywordMatcherBuilder builder(stdlib::text::KeywordCase::AsciiCaseless);
    std::vector<std::string_view> keywords;
    for (size_t l = 0; l < scanner.lists.size(); ++l) {
      const stdlib::Value& list = scanner.lists[l].keywords;
      keywords.clear();
      for (uint32_t k = 0; k < list.size; ++k) keywords.push_back(list.items()[k].as_string());
      builder.add_list("list" + std::to_string(l), keywords,
                       scanner.lists[l].whole_words ? stdlib::text::KeywordMode::WholeWord
                                                    : stdlib::text::KeywordMode::Substring);
    }
    stdlib::text::KeywordMatcherBuild built = builder.build();
    if (!built.matcher) {
      sink_.emit(dsl::DiagKind::NotConstant, program_.expr(scanner.text).span,
                 "the keyword lists read from this text cannot be prepared: " + built.error);
      plan_.scanners.push_back(nullptr);
      continue;
    }
    plan_.scanners.push_back(std::shared_ptr<const stdlib::text::KeywordMatcher>(std::move(built.matcher)));
  }
}

}  // namespace lower_detail

plan::Plan lower(const ir::Program& program, const LowerInput& input, const stdlib::BuiltinTable& builtins,
                 const dsl::SourceMap& sources, dsl::DiagSink& sink) {
  plan::Plan plan;
  lower_detail::Lowerer(program, builtins, sources, sink, plan).run(input);
  return plan;
}

}  // namespace charter::compiler
