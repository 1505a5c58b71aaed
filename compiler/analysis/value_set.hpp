// Sets of values of one subject, the vocabulary of the analysis's solver: a
// Bool's two values, an enum's values (by ordinal), numbers (unions of
// intervals; whole numbers for Int, dates, times and durations), and texts
// (finitely many named texts, or every text but them). Phase: analyze.
// A Point is one value of such a domain, used as a region's representative
// and shown in examples.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "stdlib/core/operators.hpp"

namespace charter::compiler::analysis {

enum class Domain : uint8_t {
  Bool,    // false, true
  Enum,    // ordinals 0 … size-1
  Number,  // real numbers
  Whole,   // whole numbers (Int; dates in days, times in microseconds…)
  Text,    // texts: compared for equality only
};

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// One value of a domain. Text: `text`, or any text not named anywhere when
// `other_text` (`avoid` lists the texts it is not).
struct Point {
  bool boolean = false;
  uint32_t ordinal = 0;
  double number = 0;
  std::string text;
  bool other_text = false;
  std::vector<std::string> avoid;
};

struct Interval {
  double low = -kInfinity, high = kInfinity;
  bool low_closed = false, high_closed = false;  // an infinite end is never closed
  bool contains(double x) const;
};

using stdlib::CompareOp;

class ValueSet {
 public:
  // Every value, or none, of a domain (`size`: the number of an enum's values).
  static ValueSet all(Domain domain, uint32_t size = 0);
  static ValueSet none(Domain domain, uint32_t size = 0);
  static ValueSet boolean(bool value);
  static ValueSet ordinals(const std::vector<uint32_t>& values, uint32_t size);
  // Enum values compared with one: `x < Sales` compares ordinals.
  static ValueSet ordinal_compare(CompareOp op, uint32_t ordinal, uint32_t size);
  static ValueSet numbers(Domain domain, std::vector<Interval> intervals);
  static ValueSet number_compare(Domain domain, CompareOp op, double value);
  static ValueSet texts(std::vector<std::string> texts, bool every_other = false);

  Domain domain() const { return domain_; }
  ValueSet complement() const;
  bool contains(const Point& point) const;
  bool empty() const;

  // Numbers: the finite ends of the intervals; texts: the texts named.
  void collect_breakpoints(std::vector<double>& out) const;
  void collect_texts(std::vector<std::string>& out) const;

  const std::vector<Interval>& intervals() const { return intervals_; }

 private:
  explicit ValueSet(Domain domain) : domain_(domain) {}
  void normalise();  // sort and merge intervals

  Domain domain_;
  std::vector<bool> members_;         // Bool (2) and Enum (size)
  std::vector<Interval> intervals_;   // Number and Whole: disjoint, ascending
  std::vector<std::string> texts_;    // Text: sorted, unique
  bool every_other_ = false;          // Text: the set is every text but `texts_`
};

// How finely whole numbers are stepped when an example is picked: a day of a
// date is 1, a time of day is picked to the minute, an instant to the second.
struct WholeScale {
  double unit = 1;
};

// The values an example may take for a subject whose sets are `sets`: one
// representative per region on which every set is constant, inside
// [low, high]; enum values in their order, numbers nearest zero first.
// Regions whose membership in every set is the same as an earlier one's
// are left out, so branching stays small.
std::vector<Point> representatives(Domain domain, uint32_t size, const std::vector<const ValueSet*>& sets,
                                   double low = -kInfinity, double high = kInfinity, WholeScale scale = {});

}  // namespace charter::compiler::analysis
