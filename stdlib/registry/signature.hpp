// The signature of a builtin as the type checker sees it: parameter and
// result types, possibly generic over one type variable T (`len(List<T>)`,
// `min(T, T)` with T numeric). Phase: check (the checker unifies arguments
// against patterns) and documentation (docs/stdlib.md prints them).
#pragma once

#include <string>
#include <vector>

#include "stdlib/core/type.hpp"

namespace charter::stdlib {

enum class PatternKind : uint8_t {
  Exact,       // exactly `type`
  Var,         // T
  ListOfVar,   // List<T>
  SetOfVar,    // Set<T>
  MapOfVar,    // Map<String, T>
  OptionalOf,  // T? (with T the variable) — the argument may be missing
  AnyEnum,     // any enum (the result of such a builtin is its own decision)
};

struct TypePattern {
  PatternKind kind = PatternKind::Exact;
  TypeId type;  // Exact

  static TypePattern exact(TypeId t) { return {PatternKind::Exact, t}; }
  static TypePattern var() { return {PatternKind::Var, {}}; }
  static TypePattern list_of_var() { return {PatternKind::ListOfVar, {}}; }
  static TypePattern set_of_var() { return {PatternKind::SetOfVar, {}}; }
  static TypePattern map_of_var() { return {PatternKind::MapOfVar, {}}; }
  static TypePattern optional_of_var() { return {PatternKind::OptionalOf, {}}; }
  static TypePattern any_enum() { return {PatternKind::AnyEnum, {}}; }
};

// What the type variable T may be.
enum class VarConstraint : uint8_t { Any, Numeric, Comparable };

struct Signature {
  std::vector<TypePattern> params;
  TypePattern result;
  VarConstraint constraint = VarConstraint::Any;
};

// Renders a signature for people: "(String, List<String>) -> Int".
std::string describe(const Signature& signature, const TypeTable& types);

}  // namespace charter::stdlib
