#include "engine/trace/condition_check.hpp"

#include <algorithm>
#include <cmath>

#include "stdlib/core/operators.hpp"

namespace charter::engine {

using plan::ConditionTest;
using stdlib::CompareOp;
using stdlib::Value;
using stdlib::ValueKind;

Truth all_of(const std::vector<Truth>& parts) {
  bool unknown = false;
  for (Truth t : parts) {
    if (t == Truth::False) return Truth::False;
    unknown = unknown || t == Truth::Unknown;
  }
  return unknown ? Truth::Unknown : Truth::True;
}

Truth any_of(const std::vector<Truth>& parts) {
  bool unknown = false;
  for (Truth t : parts) {
    if (t == Truth::True) return Truth::True;
    unknown = unknown || t == Truth::Unknown;
  }
  return unknown ? Truth::Unknown : Truth::False;
}

std::optional<Value> EventValues::node(uint32_t node) const {
  if (node >= plan_.nodes.size()) return std::nullopt;
  const NodeStatus status = scratch_.nodes[node].status;
  if (status != NodeStatus::Decided && status != NodeStatus::FellBack) return std::nullopt;
  return scratch_.slots[plan_.nodes[node].slot];
}

std::optional<Value> EventValues::read(const ConditionTest& test) const {
  std::optional<Value> value;
  if (test.node == plan::kNoTarget) value = scratch_.slots[entry_.input_slot];
  else value = node(test.node);
  if (!value) return std::nullopt;
  for (uint32_t field : test.fields) {
    // A field of an absent record is absent (`a?.b`).
    value = value->kind == ValueKind::Record && field < value->size ? value->items()[field] : Value::missing();
  }
  if (test.has_default && value->is_missing()) value = test.default_value;
  return value;
}

namespace {

bool numeric(const Value& v) { return v.kind == ValueKind::Int || v.kind == ValueKind::Number; }

// As the evaluator compares: enums by ordinal, numbers across Int and Number.
bool compare(CompareOp op, const Value& a, const Value& b) {
  if (a.kind == ValueKind::Enum && b.kind == ValueKind::Enum) {
    const bool equal = a.as_ordinal() == b.as_ordinal();
    if (op == CompareOp::Eq) return equal;
    if (op == CompareOp::Ne) return !equal;
  }
  return stdlib::apply_compare(op, a, b);
}

Truth truth(bool b) { return b ? Truth::True : Truth::False; }

}  // namespace

TestState check_test(const ConditionTest& test, const std::optional<Value>& value) {
  TestState state;
  state.value = value;
  if (!value) return state;
  const Value& v = *value;
  if (test.kind == ConditionTest::Kind::Exists) {
    state.truth = truth(v.is_missing() == test.negated);
    return state;
  }
  if (v.is_missing() || v.kind == ValueKind::Null) return state;
  switch (test.kind) {
    case ConditionTest::Kind::Other:
    case ConditionTest::Kind::Exists: break;
    case ConditionTest::Kind::Flag:
      if (v.kind == ValueKind::Bool) state.truth = truth(v.as_bool() != test.negated);
      break;
    case ConditionTest::Kind::Compare:
      if (!test.values.empty()) state.truth = truth(compare(static_cast<CompareOp>(test.compare), v, test.values[0]));
      break;
    case ConditionTest::Kind::In: {
      const bool in = std::any_of(test.values.begin(), test.values.end(),
                                  [&](const Value& item) { return compare(CompareOp::Eq, v, item); });
      state.truth = truth(in != test.negated);
      break;
    }
    case ConditionTest::Kind::InRange:
      if (test.values.size() == 2) {
        const bool in = compare(CompareOp::Ge, v, test.values[0]) && compare(CompareOp::Le, v, test.values[1]);
        state.truth = truth(in != test.negated);
      }
      break;
  }
  return state;
}

CheckedCondition check_condition(const plan::ConditionTests& tests, const EventValues& values, Truth known) {
  std::vector<std::vector<TestState>> states;
  for (const auto& alternative : tests) {
    auto& row = states.emplace_back();
    for (const ConditionTest& test : alternative) {
      row.push_back(test.kind == ConditionTest::Kind::Other ? TestState{} : check_test(test, values.read(test)));
    }
  }
  return combine(std::move(states), known);
}

CheckedCondition combine(std::vector<std::vector<TestState>> states, Truth known) {
  CheckedCondition c;
  c.tests = std::move(states);
  const auto truths = [](const std::vector<TestState>& row) {
    std::vector<Truth> out;
    for (const TestState& s : row) out.push_back(s.truth);
    return out;
  };
  for (const auto& row : c.tests) c.alternatives.push_back(all_of(truths(row)));
  if (known == Truth::True) {
    // The one alternative that may hold does hold, in every test.
    size_t open = 0, at = 0;
    for (size_t a = 0; a < c.alternatives.size(); ++a) {
      if (c.alternatives[a] != Truth::False) {
        ++open;
        at = a;
      }
    }
    if (open == 1) {
      for (TestState& s : c.tests[at]) s.truth = Truth::True;
      c.alternatives[at] = Truth::True;
    }
  } else if (known == Truth::False) {
    // No alternative holds: where all tests but one held, that one did not.
    for (size_t a = 0; a < c.tests.size(); ++a) {
      auto& row = c.tests[a];
      const auto unknown = std::count_if(row.begin(), row.end(), [](const TestState& s) { return s.truth == Truth::Unknown; });
      const auto failed = std::count_if(row.begin(), row.end(), [](const TestState& s) { return s.truth == Truth::False; });
      if (unknown == 1 && failed == 0) {
        for (TestState& s : row) {
          if (s.truth == Truth::Unknown) s.truth = Truth::False;
        }
      }
      c.alternatives[a] = Truth::False;
    }
  }
  c.truth = c.alternatives.empty() ? Truth::True : any_of(c.alternatives);
  if (known != Truth::Unknown) c.truth = known;
  return c;
}

std::vector<std::vector<Change>> ways_to_fail(const plan::ConditionTests& tests, const CheckedCondition& checked) {
  std::vector<std::vector<Change>> out;
  for (size_t a = 0; a < tests.size() && a < checked.tests.size(); ++a) {
    if (checked.alternatives[a] == Truth::False) continue;
    auto& choices = out.emplace_back();
    for (size_t t = 0; t < tests[a].size(); ++t) {
      const TestState& state = checked.tests[a][t];
      if (state.truth == Truth::False) continue;
      choices.push_back({&tests[a][t], false, state.value});
    }
  }
  return out;
}

std::optional<std::vector<Change>> way_to_hold(const plan::ConditionTests& tests, const CheckedCondition& checked) {
  std::optional<std::vector<Change>> best;
  for (size_t a = 0; a < tests.size() && a < checked.tests.size(); ++a) {
    std::vector<Change> changes;
    bool known = true;
    for (size_t t = 0; t < tests[a].size(); ++t) {
      const TestState& state = checked.tests[a][t];
      if (state.truth == Truth::Unknown) known = false;
      if (state.truth == Truth::False) changes.push_back({&tests[a][t], true, state.value});
    }
    if (!known || changes.empty()) continue;
    if (!best || changes.size() < best->size()) best = std::move(changes);
  }
  return best;
}

bool near_threshold(const ConditionTest& test, const TestState& state) {
  if (state.truth != Truth::False || !state.value || !numeric(*state.value)) return false;
  const double v = state.value->as_double();
  const auto close = [v](const Value& limit) {
    if (!numeric(limit)) return false;
    const double c = limit.as_double();
    return std::fabs(v - c) <= 0.1 * std::max(std::fabs(c), std::fabs(v));
  };
  if (test.kind == ConditionTest::Kind::Compare) {
    const auto op = static_cast<CompareOp>(test.compare);
    return op != CompareOp::Eq && op != CompareOp::Ne && !test.values.empty() && close(test.values[0]);
  }
  if (test.kind == ConditionTest::Kind::InRange && !test.negated && test.values.size() == 2) {
    return close(test.values[0]) || close(test.values[1]);
  }
  return false;
}

}  // namespace charter::engine
