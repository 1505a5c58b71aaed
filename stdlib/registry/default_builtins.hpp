// The builtin table with every standard library family registered. Phase:
// start-up; built once, then shared read-only by every compilation.
#pragma once

#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib {

const BuiltinTable& default_builtins();

}  // namespace charter::stdlib
