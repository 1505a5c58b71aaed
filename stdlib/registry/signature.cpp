#include "stdlib/registry/signature.hpp"

namespace charter::stdlib {
namespace {

std::string pattern_text(const TypePattern& pattern, const TypeTable& types) {
  switch (pattern.kind) {
    case PatternKind::Exact: return types.name(pattern.type);
    case PatternKind::Var: return "T";
    case PatternKind::ListOfVar: return "List<T>";
    case PatternKind::SetOfVar: return "Set<T>";
    case PatternKind::MapOfVar: return "Map<String, T>";
    case PatternKind::OptionalOf: return "T?";
    case PatternKind::AnyEnum: return "enum";
  }
  return "?";
}

}  // namespace

std::string describe(const Signature& signature, const TypeTable& types) {
  std::string out = "(";
  for (size_t i = 0; i < signature.params.size(); ++i) {
    if (i > 0) out += ", ";
    out += pattern_text(signature.params[i], types);
  }
  out += ") -> " + pattern_text(signature.result, types);
  switch (signature.constraint) {
    case VarConstraint::Any: break;
    case VarConstraint::Numeric: out += ", T: Int or Number"; break;
    case VarConstraint::Comparable: out += ", T: comparable"; break;
  }
  return out;
}

}  // namespace charter::stdlib
