// What a builtin's implementation receives besides its arguments. Phase:
// evaluation (and constant folding). One CallContext per evaluating thread.
#pragma once

#include <string_view>

#include "stdlib/core/arena.hpp"
#include "stdlib/core/type.hpp"

namespace charter::stdlib {

struct CallContext {
  Arena* arena = nullptr;             // for strings and lists a builtin returns; reset per event
  const TypeTable* types = nullptr;
  const void* const* prepared = nullptr;  // per argument: the object its prepare hook built, or null
  TypeId result_type;                     // the type of the call's result (for records and enums it builds)
  std::string_view failure;           // set when a builtin returns "not evaluable": why
};

}  // namespace charter::stdlib
