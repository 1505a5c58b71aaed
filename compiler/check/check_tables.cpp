// Decision tables: input columns, cells checked against their column's
// type, outputs, and the type a table yields under its hit policy.
#include <algorithm>
#include <set>

#include "compiler/check/checker_state.hpp"

namespace charter::compiler::check_detail {

using ast::HitPolicy;
using dsl::DiagKind;

namespace {

bool yields_list(HitPolicy policy) {
  return policy == HitPolicy::OutputOrder || policy == HitPolicy::RuleOrder || policy == HitPolicy::Collect;
}

bool aggregates(HitPolicy policy) {
  return policy == HitPolicy::CollectSum || policy == HitPolicy::CollectMin || policy == HitPolicy::CollectMax ||
         policy == HitPolicy::CollectCount;
}

}  // namespace

ir::Cell CheckerState::check_cell(const ast::Cell& cell, TypeId column, ExprContext& ctx) {
  ir::Cell built;
  built.kind = cell.kind;
  built.negated = cell.negated;
  built.compare = cell.compare;
  built.span = cell.span;
  const auto operand = [&](ast::ExprId id) {
    const ir::ExprId value = check_expr(id, ctx, column);
    if (!is_error(value) && join(type_of(value), column) == TypeTable::kError) {
      error(DiagKind::TypeMismatch, program_.expr(value).span,
            "this cell is " + type_name(type_of(value)) + " but its column is " + type_name(column));
    }
    return value;
  };
  // `[0..100]`, DMN's interval: Charter writes the range bare.
  if (cell.kind == ast::Cell::Kind::Equal) {
    const ast::Expr& written = ast_expr(ctx.module, cell.value);
    if (const auto* list = std::get_if<ast::ListExpr>(&written.node);
        list != nullptr && list->items.size() == 1 &&
        std::holds_alternative<ast::RangeExpr>(ast_expr(ctx.module, list->items[0]).node)) {
      const dsl::Span range = ast_expr(ctx.module, list->items[0]).span;
      const std::string_view text = sources_.get(range.file).text().substr(range.begin, range.end - range.begin);
      auto& diag = error(DiagKind::TypeMismatch, written.span, "a range cell is written without brackets: `" + std::string(text) + "`");
      diag.help = "a range includes both ends; `85..` and `..39` leave one end open";
      diag.fix = dsl::DiagFix{written.span, std::string(text)};
      return built;
    }
  }
  switch (cell.kind) {
    case ast::Cell::Kind::Any: break;
    case ast::Cell::Kind::Equal: built.value = operand(cell.value); break;
    case ast::Cell::Kind::Compare: built.value = operand(cell.value); break;
    case ast::Cell::Kind::Range:
      if (cell.low) built.low = operand(cell.low);
      if (cell.high) built.high = operand(cell.high);
      break;
    case ast::Cell::Kind::Set:
      for (ast::ExprId item : cell.items) built.items.push_back(operand(item));
      break;
  }
  return built;
}

ir::TableId CheckerState::check_table(ast::TableId id, ExprContext& ctx, TypeId expected, const std::string& owner,
                                      std::set<std::string>& used) {
  const ast::Table& table = ast_of(ctx.module).table(id);
  stdlib::TypeTable& types = program_.types;
  ir::Table built;
  built.policy = table.policy;
  built.span = table.span;
  std::vector<TypeId> columns;
  for (ast::ExprId input : table.inputs) {
    const ir::ExprId value = check_expr(input, ctx);
    TypeId column = type_of(value);
    if (types.is_optional(column)) {
      error(DiagKind::OptionalNotGuarded, program_.expr(value).span, "this column may be missing")
          .help = "give the column a default: `… ?? value`";
      column = types.strip_optional(column);
    }
    built.inputs.push_back(value);
    columns.push_back(column);
  }
  // What each output column should be, from the type the table must yield.
  TypeId row_expected = expected;
  if (yields_list(table.policy)) {
    const TypeKind kind = types.kind(expected);
    row_expected = (kind == TypeKind::List || kind == TypeKind::Set) ? types.info(expected).element : TypeTable::kError;
  } else if (aggregates(table.policy)) {
    row_expected = table.policy == HitPolicy::CollectCount ? TypeTable::kError : expected;
  }
  for (const ast::Name& output : table.outputs) built.outputs.push_back(output.text);
  std::vector<TypeId> output_expected(table.outputs.size(), TypeTable::kError);
  if (table.outputs.size() == 1) {
    output_expected[0] = row_expected;
  } else if (types.kind(row_expected) == TypeKind::Record) {
    const stdlib::RecordInfo info = types.record_info(row_expected);
    for (size_t i = 0; i < table.outputs.size(); ++i) {
      if (const auto field = info.find(table.outputs[i].text)) output_expected[i] = info.fields[*field].type;
    }
  }
  std::vector<std::optional<TypeId>> output_types(table.outputs.size());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const ast::TableRow& row = table.rows[r];
    ir::TableRow built_row;
    built_row.id = rule_id(owner, row.label, "row" + std::to_string(r + 1), used, row.span);
    built_row.span = row.span;
    for (size_t c = 0; c < row.inputs.size() && c < columns.size(); ++c) {
      built_row.cells.push_back(check_cell(row.inputs[c], columns[c], ctx));
    }
    for (size_t o = 0; o < row.outputs.size() && o < table.outputs.size(); ++o) {
      const ir::ExprId value = check_expr(row.outputs[o], ctx, output_expected[o]);
      built_row.outputs.push_back(value);
      if (is_error(value)) continue;
      if (output_expected[o] != TypeTable::kError) {
        expect_type(value, output_expected[o], "column `" + table.outputs[o].text + "`");
        output_types[o] = output_expected[o];
      } else if (!output_types[o]) {
        output_types[o] = type_of(value);
      } else if (const TypeId next = join(*output_types[o], type_of(value)); next != TypeTable::kError) {
        output_types[o] = next;
      } else {
        error(DiagKind::TypeMismatch, program_.expr(value).span,
              "this output is " + type_name(type_of(value)) + " but the column's others are " +
                  type_name(*output_types[o]));
      }
    }
    if (row.reason) built_row.reason = check_template(row.reason, ctx);
    built.rows.push_back(std::move(built_row));
  }
  for (const auto& type : output_types) built.output_types.push_back(type.value_or(TypeTable::kError));
  if (built.output_types.size() == 1) {
    built.row_type = built.output_types[0];
  } else {
    stdlib::RecordInfo record;
    for (size_t i = 0; i < built.outputs.size(); ++i) record.fields.push_back({built.outputs[i], built.output_types[i], false});
    built.row_type = types.add_record(std::move(record));
  }
  const bool failed = std::any_of(built.output_types.begin(), built.output_types.end(),
                                  [](TypeId t) { return t == TypeTable::kError; });
  if (failed) {
    built.result_type = TypeTable::kError;
  } else if (yields_list(table.policy)) {
    built.result_type = types.list_of(built.row_type);
  } else if (table.policy == HitPolicy::CollectCount) {
    built.result_type = TypeTable::kInt;
  } else if (aggregates(table.policy)) {
    if (!types.is_numeric(built.row_type)) {
      error(DiagKind::TypeMismatch, table.span,
            "`" + std::string(ast::to_string(table.policy)) + "` adds up numbers, but the outputs are " +
                type_name(built.row_type));
      built.result_type = TypeTable::kError;
    } else {
      built.result_type = built.row_type;
    }
  } else {
    built.result_type = built.row_type;
  }
  program_.tables.push_back(std::move(built));
  return ir::TableId{static_cast<uint32_t>(program_.tables.size() - 1)};
}

}  // namespace charter::compiler::check_detail
