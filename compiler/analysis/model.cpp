// The model of conditions and its case search (model.hpp). The search
// splits each subject's domain into regions on which every atom about it is
// constant (value_set.hpp), then tries regions subject by subject, checking
// the goals in three-valued logic after each choice, so a branch stops as
// soon as a goal is decided.
#include "compiler/analysis/model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "base/check.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::analysis {

Model::Model() {
  nodes_.push_back({FormulaNode::Kind::True, 0, {}});
  nodes_.push_back({FormulaNode::Kind::False, 0, {}});
}

uint32_t Model::subject(const std::string& key, const Subject& make) {
  const auto [it, added] = subject_keys_.emplace(key, static_cast<uint32_t>(subjects_.size()));
  if (added) subjects_.push_back(make);
  return it->second;
}

FormulaId Model::add(FormulaNode node) {
  nodes_.push_back(std::move(node));
  return static_cast<FormulaId>(nodes_.size() - 1);
}

FormulaId Model::atom(uint32_t subject, ValueSet set) {
  CHARTER_CHECK(subject < subjects_.size(), "an atom about an unknown subject");
  if (set.empty()) return kFalse;
  if (set.complement().empty()) return kTrue;
  atoms_.push_back({subject, std::move(set)});
  return add({FormulaNode::Kind::Atom, static_cast<uint32_t>(atoms_.size() - 1), {}});
}

FormulaId Model::negate(FormulaId f) {
  if (f == kTrue) return kFalse;
  if (f == kFalse) return kTrue;
  if (nodes_[f].kind == FormulaNode::Kind::Not) return nodes_[f].args[0];
  return add({FormulaNode::Kind::Not, 0, {f}});
}

FormulaId Model::all_of(std::vector<FormulaId> parts) {
  std::vector<FormulaId> kept;
  for (FormulaId f : parts) {
    if (f == kFalse) return kFalse;
    if (f != kTrue) kept.push_back(f);
  }
  if (kept.empty()) return kTrue;
  if (kept.size() == 1) return kept[0];
  return add({FormulaNode::Kind::And, 0, std::move(kept)});
}

FormulaId Model::any_of(std::vector<FormulaId> parts) {
  std::vector<FormulaId> kept;
  for (FormulaId f : parts) {
    if (f == kTrue) return kTrue;
    if (f != kFalse) kept.push_back(f);
  }
  if (kept.empty()) return kFalse;
  if (kept.size() == 1) return kept[0];
  return add({FormulaNode::Kind::Or, 0, std::move(kept)});
}

namespace {

enum class Tri : int8_t { Unknown = -1, False = 0, True = 1 };

class Searcher {
 public:
  Searcher(const Model& model, const std::vector<Goal>& goals, size_t budget)
      : model_(model), goals_(goals), budget_(budget), atom_state_(model.atom_count(), Tri::Unknown),
        subject_atoms_(model.subject_count()), regions_(model.subject_count()), chosen_(model.subject_count(), -1) {
    for (const Goal& goal : goals_) collect_atoms(goal.formula);
  }

  Search run() {
    Search search;
    if (descend()) {
      minimise();
      search.result = Search::Result::Found;
      for (uint32_t s = 0; s < chosen_.size(); ++s) {
        if (chosen_[s] >= 0) search.example.push_back({s, regions_[s][static_cast<size_t>(chosen_[s])].point});
      }
    } else {
      search.result = gave_up_ ? Search::Result::Unknown : Search::Result::None;
    }
    return search;
  }

 private:
  struct Region {
    Point point;
    std::vector<bool> truth;  // per atom of the subject (subject_atoms_ order)
  };

  void collect_atoms(FormulaId f) {
    const FormulaNode& node = model_.node(f);
    if (node.kind == FormulaNode::Kind::Atom) {
      std::vector<uint32_t>& atoms = subject_atoms_[model_.atom_info(node.atom).subject];
      if (std::find(atoms.begin(), atoms.end(), node.atom) == atoms.end()) atoms.push_back(node.atom);
    }
    for (FormulaId arg : node.args) collect_atoms(arg);
  }

  Tri eval(FormulaId f) const {
    const FormulaNode& node = model_.node(f);
    switch (node.kind) {
      case FormulaNode::Kind::True: return Tri::True;
      case FormulaNode::Kind::False: return Tri::False;
      case FormulaNode::Kind::Atom: return atom_state_[node.atom];
      case FormulaNode::Kind::Not: {
        const Tri inner = eval(node.args[0]);
        return inner == Tri::Unknown ? inner : (inner == Tri::True ? Tri::False : Tri::True);
      }
      case FormulaNode::Kind::And:
      case FormulaNode::Kind::Or: {
        const Tri absorbing = node.kind == FormulaNode::Kind::And ? Tri::False : Tri::True;
        bool unknown = false;
        for (FormulaId arg : node.args) {
          const Tri value = eval(arg);
          if (value == absorbing) return absorbing;
          unknown = unknown || value == Tri::Unknown;
        }
        if (unknown) return Tri::Unknown;
        return absorbing == Tri::False ? Tri::True : Tri::False;
      }
    }
    return Tri::Unknown;
  }

  // -1: a goal fails; 1: every goal is met; 0: undecided.
  int status() const {
    bool open = false;
    for (const Goal& goal : goals_) {
      const Tri value = eval(goal.formula);
      if (value == Tri::Unknown) {
        open = true;
      } else if ((value == Tri::True) != goal.holds) {
        return -1;
      }
    }
    return open ? 0 : 1;
  }

  // The subject of the first undecided atom of the first undecided goal.
  bool first_open_subject(FormulaId f, uint32_t& subject) const {
    const FormulaNode& node = model_.node(f);
    if (node.kind == FormulaNode::Kind::Atom) {
      if (atom_state_[node.atom] != Tri::Unknown) return false;
      subject = model_.atom_info(node.atom).subject;
      return true;
    }
    for (FormulaId arg : node.args) {
      if (eval(arg) == Tri::Unknown && first_open_subject(arg, subject)) return true;
    }
    return false;
  }

  const std::vector<Region>& regions(uint32_t subject) {
    std::vector<Region>& out = regions_[subject];
    if (!out.empty()) return out;
    const Subject& info = model_.subject_info(subject);
    std::vector<const ValueSet*> sets;
    for (uint32_t atom : subject_atoms_[subject]) sets.push_back(&model_.atom_info(atom).set);
    for (Point& point : representatives(info.domain, info.size, sets, info.low, info.high, info.scale)) {
      Region region;
      for (const ValueSet* set : sets) region.truth.push_back(set->contains(point));
      region.point = std::move(point);
      out.push_back(std::move(region));
    }
    return out;
  }

  void assign(uint32_t subject, int region) {
    chosen_[subject] = region;
    const std::vector<uint32_t>& atoms = subject_atoms_[subject];
    for (size_t i = 0; i < atoms.size(); ++i) {
      atom_state_[atoms[i]] = region < 0 ? Tri::Unknown
                                         : (regions_[subject][static_cast<size_t>(region)].truth[i] ? Tri::True
                                                                                                     : Tri::False);
    }
  }

  bool descend() {
    if (++steps_ > budget_) {
      gave_up_ = true;
      return false;
    }
    const int now = status();
    if (now != 0) return now > 0;
    uint32_t subject = 0;
    bool found = false;
    for (const Goal& goal : goals_) {
      if (eval(goal.formula) == Tri::Unknown && first_open_subject(goal.formula, subject)) {
        found = true;
        break;
      }
    }
    CHARTER_CHECK(found, "an undecided goal without an undecided atom");
    const size_t count = regions(subject).size();
    for (size_t r = 0; r < count; ++r) {
      assign(subject, static_cast<int>(r));
      if (descend()) return true;
      if (gave_up_) break;
    }
    assign(subject, -1);
    return false;
  }

  // Leaves out the values the goals do not need.
  void minimise() {
    for (uint32_t s = 0; s < chosen_.size(); ++s) {
      const int region = chosen_[s];
      if (region < 0) continue;
      assign(s, -1);
      if (status() != 1) assign(s, region);
    }
  }

  const Model& model_;
  const std::vector<Goal>& goals_;
  size_t budget_;
  size_t steps_ = 0;
  bool gave_up_ = false;
  std::vector<Tri> atom_state_;
  std::vector<std::vector<uint32_t>> subject_atoms_;
  std::vector<std::vector<Region>> regions_;
  std::vector<int> chosen_;
};

std::string number_text(double x) {
  if (std::floor(x) == x && std::fabs(x) < 1e15) return std::to_string(static_cast<long long>(x));
  char buffer[64];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, x).ptr;
  return std::string(buffer, end);
}

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

}  // namespace

Search find_case(const Model& model, const std::vector<Goal>& goals, size_t budget) {
  return Searcher(model, goals, budget).run();
}

std::string describe_value(const Subject& subject, const Point& value, const stdlib::TypeTable* types) {
  switch (subject.domain) {
    case Domain::Bool: return value.boolean ? "true" : "false";
    case Domain::Enum:
      if (types != nullptr && types->kind(subject.type) == stdlib::TypeKind::Enum &&
          value.ordinal < types->enum_info(subject.type).values.size()) {
        return types->enum_info(subject.type).values[value.ordinal].path;
      }
      return "value " + std::to_string(value.ordinal);
    case Domain::Number: return number_text(value.number);
    case Domain::Whole: {
      const auto whole = static_cast<int64_t>(value.number);
      if (types == nullptr) return number_text(value.number);
      std::string out;
      switch (types->kind(subject.type)) {
        case stdlib::TypeKind::Date: stdlib::append_text(out, stdlib::Value::date(whole), *types); break;
        case stdlib::TypeKind::Time: stdlib::append_text(out, stdlib::Value::time({whole}), *types); break;
        case stdlib::TypeKind::TimeOfDay: stdlib::append_text(out, stdlib::Value::time_of_day(whole), *types); break;
        case stdlib::TypeKind::Duration: stdlib::append_text(out, stdlib::Value::duration({whole}), *types); break;
        default: out = number_text(value.number); break;
      }
      return out;
    }
    case Domain::Text: {
      if (!value.other_text) return quoted(value.text);
      if (value.avoid.empty()) return "any text";
      std::string out = "a text other than ";
      for (size_t i = 0; i < value.avoid.size(); ++i) {
        if (i > 0) out += i + 1 == value.avoid.size() ? " and " : ", ";
        out += quoted(value.avoid[i]);
      }
      return out;
    }
  }
  return "?";
}

std::string describe_case(const Model& model, const std::vector<Assignment>& example, const stdlib::TypeTable* types) {
  std::string out;
  for (const Assignment& assignment : example) {
    const Subject& subject = model.subject_info(assignment.subject);
    if (!out.empty()) out += " and ";
    out += subject.name + " is " + describe_value(subject, assignment.value, types);
  }
  return out;
}

}  // namespace charter::compiler::analysis
