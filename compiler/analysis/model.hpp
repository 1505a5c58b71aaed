// The analysis's model of conditions: subjects (the values conditions test,
// such as `sender_type` or `score`), atoms (a subject lies in a ValueSet)
// and formulas (atoms joined by and, or, not). Phase: analyze. A Model owns
// them; ids index its vectors. Subjects are independent of each other: a
// case that the model finds may combine values no real event has, so a
// proof that no case exists holds for every event, and an example is a case
// of the model (correlations between different subjects are not known).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/analysis/value_set.hpp"
#include "stdlib/core/type.hpp"

namespace charter::compiler::analysis {

struct Subject {
  Domain domain = Domain::Bool;
  uint32_t size = 0;            // Enum: the number of its values
  stdlib::TypeId type;          // how a value is written: an enum's names, a date…
  std::string name;             // how an example names it: "first_level", "`hits(text, SPAM)`"
  double low = -kInfinity;      // Number, Whole: the values it can take
  double high = kInfinity;
  WholeScale scale;
};

using FormulaId = uint32_t;

struct FormulaNode {
  enum class Kind : uint8_t { True, False, Atom, Not, And, Or };
  Kind kind = Kind::True;
  uint32_t atom = 0;              // Atom
  std::vector<FormulaId> args;    // Not (one), And, Or
};

struct Atom {
  uint32_t subject = 0;
  ValueSet set;
};

class Model {
 public:
  Model();

  // The subject with this key, made with `make` the first time.
  uint32_t subject(const std::string& key, const Subject& make);
  const Subject& subject_info(uint32_t id) const { return subjects_[id]; }
  size_t subject_count() const { return subjects_.size(); }

  FormulaId constant(bool value) const { return value ? kTrue : kFalse; }
  FormulaId atom(uint32_t subject, ValueSet set);
  FormulaId negate(FormulaId f);
  FormulaId all_of(std::vector<FormulaId> parts);
  FormulaId any_of(std::vector<FormulaId> parts);

  const FormulaNode& node(FormulaId id) const { return nodes_[id]; }
  const Atom& atom_info(uint32_t id) const { return atoms_[id]; }
  size_t atom_count() const { return atoms_.size(); }

  static constexpr FormulaId kTrue = 0, kFalse = 1;

 private:
  FormulaId add(FormulaNode node);

  std::vector<Subject> subjects_;
  std::unordered_map<std::string, uint32_t> subject_keys_;
  std::vector<Atom> atoms_;
  std::vector<FormulaNode> nodes_;
};

// One value of a subject in an example.
struct Assignment {
  uint32_t subject = 0;
  Point value;
};

// What a formula must be in the case looked for.
struct Goal {
  FormulaId formula = Model::kTrue;
  bool holds = true;
};

struct Search {
  enum class Result : uint8_t { Found, None, Unknown };
  Result result = Result::None;
  std::vector<Assignment> example;  // Found: the values that matter, by subject
};

// A case of the model in which every goal is met, or None when there is
// none, or Unknown when the search gave up after `budget` steps.
Search find_case(const Model& model, const std::vector<Goal>& goals, size_t budget = 200000);

// "first_level is Sales and score is 39.5". With `types`, enum values, dates
// and times are written by name; without, by number.
std::string describe_case(const Model& model, const std::vector<Assignment>& example,
                          const stdlib::TypeTable* types = nullptr);

// How a value of a subject is written in an example: `true`, `Sales`, `39.5`,
// `"web"`, `2026-06-30`.
std::string describe_value(const Subject& subject, const Point& value, const stdlib::TypeTable* types);

}  // namespace charter::compiler::analysis
