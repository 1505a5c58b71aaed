// Value sets and the representatives of their regions (value_set.hpp).
#include "compiler/analysis/value_set.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace charter::compiler::analysis {

namespace {

bool integral(double x) { return std::isfinite(x) && std::floor(x) == x; }

// A value strictly between `a` and `b` (either may be infinite), as round as
// possible: whole numbers first, else the middle.
bool pick_between(Domain domain, double a, double b, double unit, double& out) {
  if (a < 0 && b > 0) {
    out = 0;
    return true;
  }
  if (domain == Domain::Whole) {
    if (a == -kInfinity) {
      out = std::ceil(b) - unit;
      return true;
    }
    for (const double step : {unit, 1.0}) {
      const double candidate = std::floor(a) + step;
      if (candidate > a && (b == kInfinity || candidate < b)) {
        out = candidate;
        return true;
      }
    }
    return false;
  }
  if (a == -kInfinity) {
    out = integral(b) ? b - 1 : std::floor(b);
    return true;
  }
  const double whole = std::floor(a) + 1;
  if (b == kInfinity || whole < b) {
    out = whole;
    return true;
  }
  out = a + (b - a) / 2;
  return out > a && out < b;
}

Point number_point(double x) {
  Point point;
  point.number = x;
  return point;
}

}  // namespace

bool Interval::contains(double x) const {
  const bool above = x > low || (low_closed && x == low);
  const bool below = x < high || (high_closed && x == high);
  return above && below;
}

ValueSet ValueSet::all(Domain domain, uint32_t size) { return none(domain, size).complement(); }

ValueSet ValueSet::none(Domain domain, uint32_t size) {
  ValueSet set(domain);
  if (domain == Domain::Bool) set.members_.assign(2, false);
  if (domain == Domain::Enum) set.members_.assign(size, false);
  return set;
}

ValueSet ValueSet::boolean(bool value) {
  ValueSet set = none(Domain::Bool);
  set.members_[value ? 1 : 0] = true;
  return set;
}

ValueSet ValueSet::ordinals(const std::vector<uint32_t>& values, uint32_t size) {
  ValueSet set = none(Domain::Enum, size);
  for (uint32_t v : values) {
    if (v < size) set.members_[v] = true;
  }
  return set;
}

ValueSet ValueSet::ordinal_compare(CompareOp op, uint32_t ordinal, uint32_t size) {
  ValueSet set = none(Domain::Enum, size);
  for (uint32_t v = 0; v < size; ++v) {
    switch (op) {
      case CompareOp::Eq: set.members_[v] = v == ordinal; break;
      case CompareOp::Ne: set.members_[v] = v != ordinal; break;
      case CompareOp::Lt: set.members_[v] = v < ordinal; break;
      case CompareOp::Le: set.members_[v] = v <= ordinal; break;
      case CompareOp::Gt: set.members_[v] = v > ordinal; break;
      case CompareOp::Ge: set.members_[v] = v >= ordinal; break;
    }
  }
  return set;
}

ValueSet ValueSet::numbers(Domain domain, std::vector<Interval> intervals) {
  ValueSet set(domain);
  set.intervals_ = std::move(intervals);
  set.normalise();
  return set;
}

ValueSet ValueSet::number_compare(Domain domain, CompareOp op, double value) {
  switch (op) {
    case CompareOp::Eq: return numbers(domain, {{value, value, true, true}});
    case CompareOp::Ne: return numbers(domain, {{value, value, true, true}}).complement();
    case CompareOp::Lt: return numbers(domain, {{-kInfinity, value, false, false}});
    case CompareOp::Le: return numbers(domain, {{-kInfinity, value, false, true}});
    case CompareOp::Gt: return numbers(domain, {{value, kInfinity, false, false}});
    case CompareOp::Ge: return numbers(domain, {{value, kInfinity, true, false}});
  }
  return none(domain);
}

ValueSet ValueSet::texts(std::vector<std::string> texts, bool every_other) {
  ValueSet set(Domain::Text);
  std::sort(texts.begin(), texts.end());
  texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
  set.texts_ = std::move(texts);
  set.every_other_ = every_other;
  return set;
}

void ValueSet::normalise() {
  std::vector<Interval> kept;
  for (Interval i : intervals_) {
    if (i.low == -kInfinity) i.low_closed = false;
    if (i.high == kInfinity) i.high_closed = false;
    const bool empty = i.low > i.high || (i.low == i.high && !(i.low_closed && i.high_closed));
    if (!empty) kept.push_back(i);
  }
  std::sort(kept.begin(), kept.end(), [](const Interval& a, const Interval& b) {
    return a.low < b.low || (a.low == b.low && a.low_closed && !b.low_closed);
  });
  intervals_.clear();
  for (const Interval& i : kept) {
    if (!intervals_.empty()) {
      Interval& last = intervals_.back();
      const bool touches = i.low < last.high || (i.low == last.high && (i.low_closed || last.high_closed));
      if (touches) {
        if (i.high > last.high || (i.high == last.high && i.high_closed)) {
          last.high = i.high;
          last.high_closed = i.high_closed;
        }
        continue;
      }
    }
    intervals_.push_back(i);
  }
}

ValueSet ValueSet::complement() const {
  ValueSet set(domain_);
  switch (domain_) {
    case Domain::Bool:
    case Domain::Enum:
      set.members_ = members_;
      set.members_.flip();
      break;
    case Domain::Number:
    case Domain::Whole: {
      double low = -kInfinity;
      bool low_closed = false;
      for (const Interval& i : intervals_) {
        set.intervals_.push_back({low, i.low, low_closed, !i.low_closed});
        low = i.high;
        low_closed = !i.high_closed;
      }
      set.intervals_.push_back({low, kInfinity, low_closed, false});
      set.normalise();
      break;
    }
    case Domain::Text:
      set.texts_ = texts_;
      set.every_other_ = !every_other_;
      break;
  }
  return set;
}

bool ValueSet::contains(const Point& point) const {
  switch (domain_) {
    case Domain::Bool: return members_[point.boolean ? 1 : 0];
    case Domain::Enum: return point.ordinal < members_.size() && members_[point.ordinal];
    case Domain::Number:
    case Domain::Whole:
      return std::any_of(intervals_.begin(), intervals_.end(), [&](const Interval& i) { return i.contains(point.number); });
    case Domain::Text: {
      const bool named = !point.other_text && std::binary_search(texts_.begin(), texts_.end(), point.text);
      return named != every_other_;
    }
  }
  return false;
}

bool ValueSet::empty() const {
  switch (domain_) {
    case Domain::Bool:
    case Domain::Enum: return std::none_of(members_.begin(), members_.end(), [](bool b) { return b; });
    case Domain::Number: return intervals_.empty();
    case Domain::Whole:
      return std::none_of(intervals_.begin(), intervals_.end(), [](const Interval& i) {
        double whole = 0;
        return (i.low_closed && integral(i.low)) || (i.high_closed && integral(i.high)) ||
               pick_between(Domain::Whole, i.low, i.high, 1, whole);
      });
    case Domain::Text: return !every_other_ && texts_.empty();
  }
  return true;
}

void ValueSet::collect_breakpoints(std::vector<double>& out) const {
  for (const Interval& i : intervals_) {
    if (std::isfinite(i.low)) out.push_back(i.low);
    if (std::isfinite(i.high)) out.push_back(i.high);
  }
}

void ValueSet::collect_texts(std::vector<std::string>& out) const { out.insert(out.end(), texts_.begin(), texts_.end()); }

std::vector<Point> representatives(Domain domain, uint32_t size, const std::vector<const ValueSet*>& sets, double low,
                                   double high, WholeScale scale) {
  std::vector<Point> candidates;
  switch (domain) {
    case Domain::Bool:
      candidates.resize(2);
      candidates[1].boolean = true;
      break;
    case Domain::Enum:
      for (uint32_t v = 0; v < size; ++v) {
        candidates.emplace_back();
        candidates.back().ordinal = v;
      }
      break;
    case Domain::Number:
    case Domain::Whole: {
      std::vector<double> points;
      for (const ValueSet* set : sets) set->collect_breakpoints(points);
      for (const double bound : {low, high}) {
        if (std::isfinite(bound)) points.push_back(bound);
      }
      std::erase_if(points, [&](double x) { return x < low || x > high; });
      std::sort(points.begin(), points.end());
      points.erase(std::unique(points.begin(), points.end()), points.end());
      const auto add_between = [&](double a, double b) {
        double x = 0;
        if (pick_between(domain, a, b, scale.unit, x)) candidates.push_back(number_point(x));
      };
      if (low == -kInfinity) add_between(-kInfinity, points.empty() ? kInfinity : points.front());
      for (size_t i = 0; i < points.size(); ++i) {
        if (domain == Domain::Number || integral(points[i])) candidates.push_back(number_point(points[i]));
        if (i + 1 < points.size()) add_between(points[i], points[i + 1]);
      }
      if (high == kInfinity && !points.empty()) add_between(points.back(), kInfinity);
      // Values near zero first: examples read more naturally (a count of 0,
      // not of -1), and the search tries them first.
      std::stable_sort(candidates.begin(), candidates.end(), [](const Point& a, const Point& b) {
        return std::fabs(a.number) < std::fabs(b.number) || (std::fabs(a.number) == std::fabs(b.number) && a.number > b.number);
      });
      break;
    }
    case Domain::Text: {
      std::vector<std::string> texts;
      for (const ValueSet* set : sets) set->collect_texts(texts);
      std::sort(texts.begin(), texts.end());
      texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
      for (const std::string& text : texts) {
        candidates.emplace_back();
        candidates.back().text = text;
      }
      candidates.emplace_back();
      candidates.back().other_text = true;
      candidates.back().avoid = texts;
      break;
    }
  }
  // One representative per distinct membership in the sets.
  std::map<std::vector<bool>, bool> seen;
  std::vector<Point> kept;
  for (Point& point : candidates) {
    std::vector<bool> signature;
    signature.reserve(sets.size());
    for (const ValueSet* set : sets) signature.push_back(set->contains(point));
    if (seen.emplace(std::move(signature), true).second) kept.push_back(std::move(point));
  }
  return kept;
}

}  // namespace charter::compiler::analysis
