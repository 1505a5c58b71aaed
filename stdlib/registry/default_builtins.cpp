#include "stdlib/registry/default_builtins.hpp"

#include "stdlib/prelude/prelude.hpp"

namespace charter::stdlib {

const BuiltinTable& default_builtins() {
  static const BuiltinTable* const table = [] {
    auto* built = new BuiltinTable();
    prelude::register_prelude(*built);
    return built;
  }();
  return *table;
}

}  // namespace charter::stdlib
