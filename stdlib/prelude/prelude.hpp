// std.core: the builtins every module sees without `use` — text basics and
// numbers. Phase: registration (implementations run in evaluation).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "stdlib/registry/builtin_table.hpp"
#include "stdlib/registry/call_context.hpp"

namespace charter::stdlib::prelude {

// Lower-cased text, in the call's arena: ASCII by a fast loop; other
// characters by Unicode's simple lower-case mapping (utf8proc). Invalid
// UTF-8 bytes are kept as they are.
std::string_view lower(CallContext& ctx, std::string_view text);
std::string_view upper(CallContext& ctx, std::string_view text);
std::string_view trim(std::string_view text);
int64_t length(std::string_view text);  // characters, not bytes
bool contains(std::string_view text, std::string_view part);
bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

void register_prelude(BuiltinTable& table);

}  // namespace charter::stdlib::prelude
