#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib {

BuiltinEntry& BuiltinEntry::prepare_arg(size_t index, TypeId type, PrepareHook hook) {
  if (prepare.size() <= index) prepare.resize(index + 1, nullptr);
  prepare[index] = hook;
  signature.params.at(index) = TypePattern::exact(type);
  return *this;
}

BuiltinEntry& BuiltinEntry::with_cost(uint32_t relative_cost) {
  cost = relative_cost;
  return *this;
}

BuiltinEntry& BuiltinEntry::keyword_lookup(KeywordLookup lookup, bool words) {
  keyword = lookup;
  whole_words = words;
  return *this;
}

BuiltinEntry& BuiltinEntry::impure() {
  purity = Purity::Impure;
  return *this;
}

BuiltinEntry& BuiltinTable::add_raw(std::string name, Signature signature, BuiltinImpl impl,
                                    bool may_fail, std::string doc) {
  const BuiltinId id{static_cast<uint32_t>(entries_.size())};
  by_name_[name].push_back(id);
  BuiltinEntry entry;
  entry.name = std::move(name);
  entry.signature = std::move(signature);
  entry.impl = impl;
  entry.may_fail = may_fail;
  entry.doc = std::move(doc);
  entries_.push_back(std::move(entry));
  return entries_.back();
}

std::span<const BuiltinId> BuiltinTable::find(std::string_view qualified_name) const {
  const auto it = by_name_.find(std::string(qualified_name));
  if (it == by_name_.end()) return {};
  return it->second;
}

}  // namespace charter::stdlib
