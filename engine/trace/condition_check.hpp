// Rule conditions checked again after evaluation, for explanations. Phase:
// explain. A condition's tests (plan::RuleInfo::tests) read values the
// evaluation left in the Scratch — the event, and nodes that were decided —
// and come out true, false or unknown (a test of another shape, or of a
// value that was not computed). What the trace knows of a whole condition
// fills in tests that cannot be checked. Nothing here changes the Scratch.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

enum class Truth : uint8_t { False, True, Unknown };

Truth all_of(const std::vector<Truth>& parts);
Truth any_of(const std::vector<Truth>& parts);

// One test as checked: its truth and the value it read, when there was one.
struct TestState {
  Truth truth = Truth::Unknown;
  std::optional<stdlib::Value> value;
};

// A condition as checked: per alternative, per test.
struct CheckedCondition {
  std::vector<std::vector<TestState>> tests;
  std::vector<Truth> alternatives;
  Truth truth = Truth::Unknown;
};

// One test that would have to come out the other way.
struct Change {
  const plan::ConditionTest* test = nullptr;
  bool to_hold = false;               // it would have to hold; else, not hold
  std::optional<stdlib::Value> now;   // the value it read
};

// The values an explanation may read: the event of an entry and the nodes
// that were decided, fellback included.
class EventValues {
 public:
  EventValues(const plan::Plan& plan, const plan::Entry& entry, const Scratch& scratch)
      : plan_(plan), entry_(entry), scratch_(scratch) {}
  // The subject of a test; nullopt when it was not computed.
  std::optional<stdlib::Value> read(const plan::ConditionTest& test) const;
  // A node's value; nullopt when it was not decided.
  std::optional<stdlib::Value> node(uint32_t node) const;

 private:
  const plan::Plan& plan_;
  const plan::Entry& entry_;
  const Scratch& scratch_;
};

// A test of a value (nullopt: not computed); a missing value is unknown
// except to `exists`.
TestState check_test(const plan::ConditionTest& test, const std::optional<stdlib::Value>& value);

// Checks every test; `known` is what the trace says of the whole condition
// (Unknown when it says nothing) and fills in tests that could not be checked:
// a condition that held with one alternative held in every test; in a
// condition that did not hold, the one unknown test of an alternative whose
// other tests held did not hold.
CheckedCondition check_condition(const plan::ConditionTests& tests, const EventValues& values, Truth known);
// The same from tests already checked (per alternative, per test).
CheckedCondition combine(std::vector<std::vector<TestState>> states, Truth known);

// What would make a condition that holds not hold: for every alternative
// that holds (or may), any one of the listed changes.
std::vector<std::vector<Change>> ways_to_fail(const plan::ConditionTests& tests, const CheckedCondition& checked);

// The fewest changes that would make a condition that does not hold hold:
// every failed test of the alternative with the fewest; nullopt when no
// alternative is known well enough to say.
std::optional<std::vector<Change>> way_to_hold(const plan::ConditionTests& tests, const CheckedCondition& checked);

// Whether a comparison that failed was close: a number within a tenth of
// its threshold (`score >= 85` at 80; `confidence < 0.6` at 0.65).
bool near_threshold(const plan::ConditionTest& test, const TestState& state);

}  // namespace charter::engine
