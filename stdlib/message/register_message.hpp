// Registers std.message's builtins. Phase: start-up.
#pragma once

#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib::message {

void register_message(BuiltinTable& table);

}  // namespace charter::stdlib::message
