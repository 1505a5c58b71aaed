// The table of builtin functions: each entry registered once with its
// qualified name, signature (for the checker), purity, cost, one doc line and
// implementation (for the evaluator and constant folding). Phase: built at
// start-up, read-only afterwards (shared by all compilations and threads).
// The table owns a TypeTable holding the types its signatures use; a
// program's TypeTable starts as a copy of it, so those ids stay valid.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "stdlib/core/type.hpp"
#include "stdlib/core/value.hpp"
#include "stdlib/registry/call_context.hpp"
#include "stdlib/registry/signature.hpp"

namespace charter::stdlib {

struct BuiltinId {
  uint32_t value = UINT32_MAX;
  bool valid() const { return value != UINT32_MAX; }
  friend bool operator==(BuiltinId, BuiltinId) = default;
};

// Calls a builtin: reads `args`, writes `out`; returns false when the call is
// not evaluable, with the reason in ctx.failure. Never throws.
using BuiltinImpl = bool (*)(CallContext& ctx, const Value* args, Value& out);

// Builds, once at lowering, the object a constant argument stands for (a
// compiled regular expression, a keyword matcher); `error` says why not.
using PrepareHook = std::shared_ptr<const void> (*)(const Value& constant, std::string& error);

enum class Purity : uint8_t { Pure, Impure };

// A builtin that looks a constant keyword list up in a text. The compiler
// merges every such lookup on the same text into one matcher, so the text is
// scanned once per event (compiler/opt/merge_keyword_scans).
enum class KeywordLookup : uint8_t { None, Hits, Any, All };

struct BuiltinEntry {
  std::string name;  // "std.text.hits"
  Signature signature;
  Purity purity = Purity::Pure;
  bool may_fail = false;  // can answer "not evaluable"
  uint32_t cost = 1;      // a relative cost hint for short-circuit ordering
  std::string doc;        // one line, for docs/stdlib.md and `charter explain`
  BuiltinImpl impl = nullptr;
  std::vector<PrepareHook> prepare;  // per argument; null where none
  KeywordLookup keyword = KeywordLookup::None;  // (text, keywords) → a scan read
  bool whole_words = false;                     // keyword lookups: words and phrases, not substrings

  // Argument `index` must be a constant; `hook` prepares it; the checker
  // sees the parameter as `type`.
  BuiltinEntry& prepare_arg(size_t index, TypeId type, PrepareHook hook);
  BuiltinEntry& with_cost(uint32_t relative_cost);
  BuiltinEntry& keyword_lookup(KeywordLookup lookup, bool words);
  BuiltinEntry& impure();
};

class BuiltinTable {
 public:
  BuiltinTable() = default;
  BuiltinTable(const BuiltinTable&) = delete;
  BuiltinTable& operator=(const BuiltinTable&) = delete;

  TypeTable& types() { return types_; }
  const TypeTable& types() const { return types_; }

  // Registers a builtin whose signature is written out (generic builtins).
  BuiltinEntry& add_raw(std::string name, Signature signature, BuiltinImpl impl, bool may_fail,
                        std::string doc);

  // Registers a C++ function; its signature comes from its parameter and
  // result types (stdlib/registry/adapter.hpp). Use as table.add<&fn>(…).
  template <auto Fn>
  BuiltinEntry& add(std::string name, std::string doc);

  // Every overload registered under a qualified name.
  std::span<const BuiltinId> find(std::string_view qualified_name) const;
  const BuiltinEntry& entry(BuiltinId id) const { return entries_[id.value]; }
  const std::vector<BuiltinEntry>& entries() const { return entries_; }

 private:
  TypeTable types_;
  std::vector<BuiltinEntry> entries_;
  std::unordered_map<std::string, std::vector<BuiltinId>> by_name_;
};

}  // namespace charter::stdlib

#include "stdlib/registry/adapter.hpp"
