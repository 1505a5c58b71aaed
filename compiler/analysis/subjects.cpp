// Subjects of the model from checked expressions: their keys (equal
// expressions, equal keys), names as written, domains and known bounds, and
// the constants conditions compare them with (conditions.hpp).
#include <algorithm>
#include <charconv>

#include "compiler/analysis/conditions.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::analysis {

using ir::ExprKind;
using stdlib::TypeKind;
using stdlib::Value;
using stdlib::ValueKind;

bool numeric_kind(ValueKind kind) {
  switch (kind) {
    case ValueKind::Int:
    case ValueKind::Number:
    case ValueKind::Time:
    case ValueKind::Date:
    case ValueKind::TimeOfDay:
    case ValueKind::Duration: return true;
    default: return false;
  }
}

double as_number(const Value& value) {
  return value.kind == ValueKind::Number ? value.as_number() : static_cast<double>(value.as_int());
}

const ir::LetNode* let_of(const ir::Program& program, const ir::Expr& expr) {
  if (expr.kind != ExprKind::NodeValue || expr.a >= program.nodes.size()) return nullptr;
  const auto* let = std::get_if<ir::LetNode>(&program.nodes[expr.a].body);
  return let != nullptr && let->value ? let : nullptr;
}

namespace {

void append_value_key(std::string& out, const Value& value) {
  out += 'v' + std::to_string(static_cast<int>(value.kind)) + ':' + std::to_string(value.type) + ':';
  switch (value.kind) {
    case ValueKind::Bool: out += value.as_bool() ? '1' : '0'; break;
    case ValueKind::Number: {
      char buffer[64];
      out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value.as_number()).ptr);
      break;
    }
    case ValueKind::String:
      out += std::to_string(value.size) + ':';
      out += value.as_string();
      break;
    case ValueKind::List:
    case ValueKind::Record:
      out += '[';
      for (uint32_t i = 0; i < value.size; ++i) append_value_key(out, value.payload.items[i]);
      out += ']';
      break;
    default: out += std::to_string(value.as_int()); break;
  }
}

void append_key(const ir::Program& program, ir::ExprId id, std::vector<uint32_t>& locals, std::string& out,
                int depth = 0) {
  const ir::Expr& e = program.expr(id);
  if (e.kind == ExprKind::Constant) {
    append_value_key(out, program.constant(ir::ConstId{e.a}));
    return;
  }
  // A let is its value: `let y = x` makes `y` and `x` one subject.
  if (const ir::LetNode* let = let_of(program, e); let != nullptr && depth < kMaxLetDepth) {
    append_key(program, let->value, locals, out, depth + 1);
    return;
  }
  // Quantifier variables are named by their nesting, so two quantifiers
  // written alike have the same key.
  uint32_t a = e.a;
  if (e.kind == ExprKind::Local) {
    const auto it = std::find(locals.begin(), locals.end(), e.a);
    a = it == locals.end() ? UINT32_MAX - e.a : static_cast<uint32_t>(it - locals.begin());
  }
  const bool binds = e.kind == ExprKind::Quantifier;
  if (binds) {
    locals.push_back(e.a);
    a = 0;
  }
  out += '(' + std::to_string(static_cast<int>(e.kind)) + ',' + std::to_string(e.op) + ',' +
         std::to_string(e.flags & ~ir::kAssumedPresent) + ',' + std::to_string(a) + ',' +
         std::to_string(e.builtin.value);
  for (ir::ExprId arg : e.args) append_key(program, arg, locals, out, depth);
  out += ')';
  if (binds) locals.pop_back();
}

}  // namespace

ConditionBuilder::ConditionBuilder(const ir::Program& program, const dsl::SourceMap& sources, Model& model)
    : program_(program), sources_(sources), model_(model) {}

std::string ConditionBuilder::key(ir::ExprId id) const {
  std::string out;
  std::vector<uint32_t> locals;
  append_key(program_, id, locals, out);
  return out;
}

std::string ConditionBuilder::source(ir::ExprId id) const {
  const dsl::Span span = program_.expr(id).span;
  if (span.file.value >= sources_.size() || span.end <= span.begin) return "a value";
  std::string text;
  bool space = false;
  for (const char c : sources_.get(span.file).slice(span)) {
    const bool blank = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (blank) {
      space = !text.empty();
      continue;
    }
    if (space) text += ' ';
    space = false;
    text += c;
  }
  return text;
}

std::string ConditionBuilder::name(ir::ExprId id) const {
  const std::string text = source(id);
  const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
  });
  return plain ? text : "`" + text + "`";
}

std::optional<Value> ConditionBuilder::constant(ir::ExprId id) const {
  const ir::Expr& e = program_.expr(id);
  if (e.kind == ExprKind::Constant) return program_.constant(ir::ConstId{e.a});
  if (e.kind == ExprKind::Negate) {
    const auto inner = constant(e.args[0]);
    if (!inner) return std::nullopt;
    if (inner->kind == ValueKind::Number) return Value::number(-inner->as_number());
    if (inner->kind == ValueKind::Int && inner->as_int() != INT64_MIN) return Value::integer(-inner->as_int());
    if (inner->kind == ValueKind::Duration && inner->as_int() != INT64_MIN) return Value::duration({-inner->as_int()});
    return std::nullopt;
  }
  if (e.kind == ExprKind::Arithmetic) {
    const auto lhs = constant(e.args[0]), rhs = constant(e.args[1]);
    if (!lhs || !rhs) return std::nullopt;
    stdlib::ArithmeticOp op = stdlib::ArithmeticOp::Add;
    switch (static_cast<dsl::ast::BinaryOp>(e.op)) {
      case dsl::ast::BinaryOp::Sub: op = stdlib::ArithmeticOp::Sub; break;
      case dsl::ast::BinaryOp::Mul: op = stdlib::ArithmeticOp::Mul; break;
      case dsl::ast::BinaryOp::Div: op = stdlib::ArithmeticOp::Div; break;
      case dsl::ast::BinaryOp::Mod: op = stdlib::ArithmeticOp::Mod; break;
      default: break;
    }
    Value out;
    std::string_view failure;
    if (!stdlib::apply_arithmetic(op, *lhs, *rhs, out, failure)) return std::nullopt;
    return out;
  }
  return std::nullopt;
}

std::optional<Subject> ConditionBuilder::describe(ir::ExprId id) const {
  const stdlib::TypeTable& types = program_.types;
  const ir::Expr& e = program_.expr(id);
  const stdlib::TypeId type = types.strip_optional(e.type);
  Subject subject;
  subject.type = type;
  switch (types.kind(type)) {
    case TypeKind::Bool: subject.domain = Domain::Bool; break;
    case TypeKind::Enum:
      subject.domain = Domain::Enum;
      subject.size = static_cast<uint32_t>(types.enum_info(type).values.size());
      break;
    case TypeKind::Number: subject.domain = Domain::Number; break;
    case TypeKind::Int:
    case TypeKind::Date: subject.domain = Domain::Whole; break;
    case TypeKind::TimeOfDay:
      subject.domain = Domain::Whole;
      subject.scale.unit = 60;  // seconds: examples to the minute
      break;
    case TypeKind::Time:
    case TypeKind::Duration:
      subject.domain = Domain::Whole;
      subject.scale.unit = 60e6;  // microseconds: examples to the minute
      break;
    case TypeKind::String: subject.domain = Domain::Text; break;
    default: return std::nullopt;
  }
  subject.name = name(id);
  // Known bounds: a scorecard's score and criteria, a count.
  if (e.kind == ExprKind::Quantifier && e.op == static_cast<uint8_t>(dsl::ast::QuantifierKind::Count)) subject.low = 0;
  if (e.kind == ExprKind::Member) {
    const ir::Expr& object = program_.expr(e.args[0]);
    const auto scorecard_of = [&](const ir::Expr& x) -> const ir::ScorecardNode* {
      if (x.kind != ExprKind::NodeValue) return nullptr;
      return std::get_if<ir::ScorecardNode>(&program_.node(ir::NodeId{x.a}).body);
    };
    if (const auto* card = scorecard_of(object); card != nullptr && e.a == 0) {
      subject.low = subject.high = 0;
      for (const ir::Criterion& criterion : card->criteria) {
        subject.low += criterion.low;
        subject.high += criterion.high;
      }
    } else if (object.kind == ExprKind::Member) {
      const ir::Expr& owner = program_.expr(object.args[0]);
      const auto* owner_card = scorecard_of(owner);
      const bool criteria = owner_card != nullptr && types.kind(owner.type) == TypeKind::Record &&
                            object.a + 1 == types.record_info(owner.type).fields.size();
      if (criteria && e.a < owner_card->criteria.size()) {
        subject.low = owner_card->criteria[e.a].low;
        subject.high = owner_card->criteria[e.a].high;
      }
    }
  }
  return subject;
}

std::optional<uint32_t> ConditionBuilder::value_subject(ir::ExprId id) {
  const auto subject = describe(id);
  if (!subject) return std::nullopt;
  return model_.subject(key(id), *subject);
}

uint32_t ConditionBuilder::score_subject(ir::NodeId scorecard, const std::string& name) {
  const ir::Node& node = program_.node(scorecard);
  Subject subject;
  subject.name = name;
  subject.low = subject.high = 0;
  if (const auto* card = std::get_if<ir::ScorecardNode>(&node.body)) {
    for (const ir::Criterion& criterion : card->criteria) {
      subject.low += criterion.low;
      subject.high += criterion.high;
    }
  }
  const stdlib::TypeTable& types = program_.types;
  const bool record = types.kind(node.type) == TypeKind::Record && !types.record_info(node.type).fields.empty();
  subject.type = record ? types.record_info(node.type).fields[0].type : stdlib::TypeTable::kNumber;
  subject.domain = subject.type == stdlib::TypeTable::kInt ? Domain::Whole : Domain::Number;
  return model_.subject("score:" + std::to_string(scorecard.value), subject);
}

FormulaId ConditionBuilder::opaque(const std::string& key, const std::string& name) {
  Subject subject;
  subject.domain = Domain::Bool;
  subject.type = stdlib::TypeTable::kBool;
  subject.name = name;
  return model_.atom(model_.subject(key, subject), ValueSet::boolean(true));
}

FormulaId ConditionBuilder::truth(ir::ExprId id) {
  if (const auto subject = value_subject(id); subject && model_.subject_info(*subject).domain == Domain::Bool) {
    return model_.atom(*subject, ValueSet::boolean(true));
  }
  return opaque("x:" + std::to_string(id.value), name(id));
}

bool ConditionBuilder::closed_domain(ir::ExprId column) const {
  const auto subject = describe(column);
  return subject && subject->domain != Domain::Text;
}

}  // namespace charter::compiler::analysis
