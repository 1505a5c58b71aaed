// Event kinds: each `input` record is one entry of the bundle, recognised by
// its `when field == "value"` condition; every node belongs to the entry of
// its module. Also the types written on decisions.
#include <algorithm>

#include "compiler/check/checker_state.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;

namespace {

// `kind == "inbound" and channel == "email"` → {(kind, inbound), (channel, email)}.
bool read_dispatch(const ast::Module& module, ast::ExprId id,
                   std::vector<std::pair<std::string, std::string>>& out) {
  const ast::Expr& expr = module.expr(id);
  const auto* binary = std::get_if<ast::BinaryExpr>(&expr.node);
  if (binary == nullptr) return false;
  if (binary->op == ast::BinaryOp::And) {
    return read_dispatch(module, binary->lhs, out) && read_dispatch(module, binary->rhs, out);
  }
  if (binary->op != ast::BinaryOp::Eq) return false;
  const auto* name = std::get_if<ast::NameExpr>(&module.expr(binary->lhs).node);
  const auto* text = std::get_if<ast::StringLit>(&module.expr(binary->rhs).node);
  if (name == nullptr || text == nullptr || !text->is_plain()) return false;
  out.emplace_back(name->name, text->plain_text());
  return true;
}

}  // namespace

void CheckerState::declare_entries() {
  for (size_t m = 0; m < scopes_.size(); ++m) {
    ModuleScope& scope = scopes_[m];
    if (scope.input == nullptr) continue;
    const TypeId input = resolve_type(m, scope.input->type);
    if (input == TypeTable::kError) continue;
    if (program_.types.kind(input) != TypeKind::Record) {
      error(DiagKind::TypeMismatch, ast_of(m).type(scope.input->type).span,
            "`input` names the record an event is read into, not " + type_name(input));
      continue;
    }
    std::vector<std::pair<std::string, std::string>> dispatch;
    if (scope.input->condition) {
      const stdlib::RecordInfo& record = program_.types.record_info(input);
      bool valid = read_dispatch(ast_of(m), scope.input->condition, dispatch);
      for (const auto& [field, value] : dispatch) {
        const auto position = record.find(field);
        valid = valid && position && program_.types.strip_optional(record.fields[*position].type) == TypeTable::kString;
      }
      if (!valid) {
        error(DiagKind::InvalidDispatch, ast_of(m).expr(scope.input->condition).span,
              "an input's condition compares top-level string fields with text")
            .help = "write `input " + type_name(input) + " when kind == \"inbound\"` (several joined with `and`)";
        dispatch.clear();
      }
    }
    ir::EntryId id;
    for (uint32_t e = 0; e < program_.entries.size(); ++e) {
      if (program_.entries[e].input == input) id = ir::EntryId{e};
    }
    if (!id) {
      ir::Entry entry;
      entry.input = input;
      entry.input_name = type_name(input);
      entry.span = scope.input_span;
      entry.dispatch = dispatch;
      program_.entries.push_back(std::move(entry));
      id = ir::EntryId{static_cast<uint32_t>(program_.entries.size() - 1)};
    } else if (program_.entries[id.value].dispatch != dispatch) {
      error(DiagKind::InvalidDispatch, scope.input_span,
            "modules read `" + type_name(input) + "` with different conditions")
          .notes.push_back({program_.entries[id.value].span, "another condition is written here"});
    }
    scope.entry = id;
  }
  if (program_.entries.size() > 1) {
    for (const ir::Entry& entry : program_.entries) {
      if (entry.dispatch.empty()) {
        error(DiagKind::InvalidDispatch, entry.span,
              "the bundle reads several kinds of event, so each `input` needs a condition")
            .help = "tell them apart by a field: `input " + entry.input_name + " when kind == \"…\"`";
      }
    }
  }
  for (uint32_t n = 0; n < program_.nodes.size(); ++n) {
    ir::Node& node = program_.nodes[n];
    const ModuleScope& scope = scopes_[node_sources_[n].module];
    node.entry = scope.entry;
    if (!scope.entry) {
      error(DiagKind::NoInput, node.name_span,
            "`" + node.name + "` reads events, but its module has no `input`")
          .help = "declare the event record the module reads: `input InboundEvent`";
      continue;
    }
    if (node.kind == ir::NodeKind::Output) {
      ir::Entry& entry = program_.entries[scope.entry.value];
      if (entry.output) {
        error(DiagKind::DuplicateOutput, node.span,
              "events of `" + entry.input_name + "` already have an `output`")
            .notes.push_back({program_.node(entry.output).span, "the first `output` is here"});
      } else {
        entry.output = ir::NodeId{n};
      }
    }
  }
}

void CheckerState::declare_node_types() {
  for (uint32_t n = 0; n < program_.nodes.size(); ++n) {
    ir::Node& node = program_.nodes[n];
    const NodeSource& source = node_sources_[n];
    if (node.kind == ir::NodeKind::Gate) node.type = program_.gate_outcome;
    if (const auto* decision = std::get_if<ast::DecisionDecl>(&source.decl->node); decision && decision->type) {
      node.type = resolve_type(source.module, decision->type);
    }
    // A typed `let` is read by its written type, like a typed decision, so
    // a cycle through it is left for the DAG to report with the others.
    if (const auto* let = std::get_if<ast::LetDecl>(&source.decl->node); let && let->type) {
      node.type = resolve_type(source.module, let->type);
    }
    // `## text` lines right before the declaration document it.
    const dsl::SourceFile& file = sources_.get(node.span.file);
    const auto& comments = ast_of(source.module).comments;
    std::vector<std::string_view> lines;
    uint32_t position = node.span.begin;
    for (auto it = comments.rbegin(); it != comments.rend(); ++it) {
      if (it->span.end > position) continue;
      const std::string_view between = file.text().substr(it->span.end, position - it->span.end);
      if (!it->doc || between.find_first_not_of(" \t\r\n") != std::string_view::npos) break;
      std::string_view body = file.slice(it->span).substr(2);
      body.remove_prefix(std::min(body.find_first_not_of(' '), body.size()));
      lines.insert(lines.begin(), body);
      position = it->span.begin;
    }
    std::string doc;
    for (std::string_view line : lines) {
      if (!doc.empty()) doc += ' ';
      doc += line;
    }
    node.doc = doc;
  }
}

}  // namespace charter::compiler::check_detail
