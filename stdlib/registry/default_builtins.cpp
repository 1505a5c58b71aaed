#include "stdlib/registry/default_builtins.hpp"

#include "stdlib/list/list.hpp"
#include "stdlib/num/num.hpp"
#include "stdlib/message/register_message.hpp"
#include "stdlib/prelude/prelude.hpp"
#include "stdlib/text/register_text.hpp"

namespace charter::stdlib {

// Defined in each family's register_<family>.cpp.
namespace contact {
void register_contact(BuiltinTable& table);
}
namespace time {
void register_time(BuiltinTable& table);
}

const BuiltinTable& default_builtins() {
  static const BuiltinTable* const table = [] {
    auto* built = new BuiltinTable();
    prelude::register_prelude(*built);
    contact::register_contact(*built);
    time::register_time(*built);
    text::register_text(*built);
    message::register_message(*built);
    list::register_list(*built);
    num::register_num(*built);
    return built;
  }();
  return *table;
}

}  // namespace charter::stdlib
