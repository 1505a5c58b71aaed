#include "engine/trace/wording.hpp"

#include "stdlib/core/operators.hpp"

namespace charter::engine {

using plan::ConditionTest;
using stdlib::CompareOp;
using stdlib::Value;
using stdlib::ValueKind;

std::string value_text(const Value& value, const plan::Plan& plan) {
  std::string out;
  switch (value.kind) {
    case ValueKind::String:
      out += '"';
      out += value.as_string();
      out += '"';
      return out;
    case ValueKind::List:
      if (value.size == 0) return "none";
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out += ", ";
        out += value_text(value.items()[i], plan);
      }
      return out;
    case ValueKind::Record:
      return record_text(value, plan, [&](const stdlib::Value& field) { return value_text(field, plan); });
    default: stdlib::append_text(out, value, plan.types); return out;
  }
}

namespace {

std::string items_text(const ConditionTest& test, const plan::Plan& plan, std::string_view word) {
  std::vector<std::string> items;
  for (const Value& item : test.values) items.push_back(value_text(item, plan));
  return join_words(items, word);
}

}  // namespace

std::string wanted(const ConditionTest& test, bool to_hold, const plan::Plan& plan) {
  switch (test.kind) {
    case ConditionTest::Kind::Other: return to_hold ? "true" : "false";
    case ConditionTest::Kind::Flag: return to_hold != test.negated ? "true" : "false";
    case ConditionTest::Kind::Exists: return to_hold != test.negated ? "present" : "absent";
    case ConditionTest::Kind::Compare: {
      if (test.values.empty()) return to_hold ? "true" : "false";
      const std::string limit = value_text(test.values[0], plan);
      const auto op = static_cast<CompareOp>(test.compare);
      switch (to_hold ? op : stdlib::negated(op)) {
        case CompareOp::Eq: return limit;
        case CompareOp::Ne: return "other than " + limit;
        case CompareOp::Lt: return "below " + limit;
        case CompareOp::Le: return "at most " + limit;
        case CompareOp::Gt: return "above " + limit;
        case CompareOp::Ge: return "at least " + limit;
      }
      return limit;
    }
    case ConditionTest::Kind::In: {
      const bool in = to_hold != test.negated;
      if (test.values.size() == 1) return (in ? "" : "other than ") + value_text(test.values[0], plan);
      return in ? "one of " + items_text(test, plan, "or") : "none of " + items_text(test, plan, "and");
    }
    case ConditionTest::Kind::InRange: {
      if (test.values.size() != 2) return to_hold ? "true" : "false";
      const std::string low = value_text(test.values[0], plan), high = value_text(test.values[1], plan);
      return to_hold != test.negated ? "between " + low + " and " + high : "below " + low + " or above " + high;
    }
  }
  return to_hold ? "true" : "false";
}

namespace {

std::string in_backticks(std::string_view text) { return "`" + std::string(text) + "`"; }

const std::string& shown_subject(const ConditionTest& test) {
  return test.kind == ConditionTest::Kind::Other ? test.text : test.subject;
}

}  // namespace

std::string requirement(const Change& change, const plan::Plan& plan) {
  return in_backticks(shown_subject(*change.test)) + " would have to be " + wanted(*change.test, change.to_hold, plan);
}

std::string were(const Change& change, const plan::Plan& plan) {
  const ConditionTest& test = *change.test;
  std::string out = in_backticks(shown_subject(test)) + " were " + wanted(test, change.to_hold, plan);
  const bool says_more = test.kind == ConditionTest::Kind::Compare || test.kind == ConditionTest::Kind::In ||
                         test.kind == ConditionTest::Kind::InRange;
  if (says_more && change.now) out += " (it is " + value_text(*change.now, plan) + ")";
  return out;
}

std::string display_name(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string short_location(std::string_view location, std::string_view bundle_dir) {
  std::string_view path = location;
  if (!bundle_dir.empty()) {
    std::string prefix(bundle_dir);
    if (prefix.back() != '/') prefix += '/';
    if (path.substr(0, prefix.size()) == prefix) path.remove_prefix(prefix.size());
  }
  // "file:line:column" → "file:line"
  const size_t last = path.rfind(':');
  if (last != std::string_view::npos && path.substr(0, last).rfind(':') != std::string_view::npos) {
    path = path.substr(0, last);
  }
  return std::string(path);
}

std::string verdict_name(const plan::Plan& plan, uint32_t node, uint8_t verdict) {
  const stdlib::TypeId type = plan.nodes[node].type;
  if (plan.types.kind(type) == stdlib::TypeKind::Enum && verdict < plan.types.enum_info(type).values.size()) {
    return plan.types.enum_info(type).values[verdict].name;
  }
  static constexpr const char* kNames[] = {"Allow", "Review", "Deny", "NotRequested"};
  return verdict < 4 ? kNames[verdict] : std::to_string(verdict);
}

std::string join_words(const std::vector<std::string>& parts, std::string_view word) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " " + std::string(word) + " " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace charter::engine
