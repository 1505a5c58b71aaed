// Registers std.text's builtins. Phase: start-up.
#pragma once

#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib::text {

void register_text(BuiltinTable& table);

}  // namespace charter::stdlib::text
