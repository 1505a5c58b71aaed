#include "engine/eval/op_helpers.hpp"

#include <algorithm>
#include <charconv>

#include "base/short_bytes.hpp"

namespace charter::engine {

using stdlib::Value;
using stdlib::ValueKind;

Value index_value(const Value& container, const Value& key) {
  if (container.kind == ValueKind::List && key.kind == ValueKind::Int) {
    const int64_t i = key.as_int();
    return i >= 0 && i < int64_t{container.size} ? container.items()[i] : Value::missing();
  }
  if (container.kind == ValueKind::Map && key.kind == ValueKind::String) {
    const auto* begin = container.entries();
    const auto* end = begin + container.size;
    const auto* it = std::lower_bound(begin, end, key.as_string(), [](const stdlib::MapEntry& e, std::string_view k) {
      return e.key.as_string() < k;
    });
    if (it != end && it->key.as_string() == key.as_string()) return it->value;
  }
  return Value::missing();
}

Value zero_of(const Value& like) {
  if (like.kind == ValueKind::Number) return Value::number(0);
  if (like.kind == ValueKind::Duration) return Value::duration({0});
  return Value::integer(0);
}

Value concat(Scratch& s, const Value& a, const Value& b) {
  const std::string_view x = a.as_string(), y = b.as_string();
  char* text = s.arena.allocate_array<char>(std::max<size_t>(x.size() + y.size(), 1));
  std::copy(x.begin(), x.end(), text);
  std::copy(y.begin(), y.end(), text + x.size());
  return Value::string({text, x.size() + y.size()});
}

bool in_list(const Value& value, const Value& list) {
  if (list.kind != ValueKind::List) return false;
  for (uint32_t i = 0; i < list.size; ++i) {
    const Value& item = list.items()[i];
    // Texts in a list of texts (`role in {"Owner", "CEO"}`) compared inline.
    if (item.kind == ValueKind::String && value.kind == ValueKind::String) {
      if (item.size == value.size && equal_bytes(item.payload.chars, value.payload.chars, value.size)) return true;
    } else if (stdlib::values_equal(item, value)) {
      return true;
    }
  }
  return false;
}

bool in_map(const Value& key, const Value& map) { return !index_value(map, key).is_missing(); }

Value make_list(Scratch& s, const uint32_t* items, uint32_t count, bool as_set) {
  Value* values = s.arena.allocate_array<Value>(std::max<uint32_t>(count, 1));
  for (uint32_t i = 0; i < count; ++i) values[i] = s.slots[items[i]];
  if (as_set) {
    std::sort(values, values + count, [](const Value& a, const Value& b) { return stdlib::compare_values(a, b) < 0; });
    count = static_cast<uint32_t>(
        std::unique(values, values + count, [](const Value& a, const Value& b) { return stdlib::values_equal(a, b); }) - values);
  }
  return Value::list(values, count);
}

Value make_record(Scratch& s, const uint32_t* fields, uint32_t count, uint32_t type) {
  Value* values = s.arena.allocate_array<Value>(std::max<uint32_t>(count, 1));
  for (uint32_t i = 0; i < count; ++i) values[i] = s.slots[fields[i]];
  return Value::record(static_cast<uint16_t>(type), values, count);
}

namespace {

// The text of an enum value as append_text writes it, when it has one.
std::string_view enum_text(const Value& value, const stdlib::TypeTable& types) {
  const stdlib::TypeId type{value.type};
  if (type.value >= types.size() || types.kind(type) != stdlib::TypeKind::Enum) return {};
  const auto& values = types.enum_info(type).values;
  return value.as_ordinal() < values.size() ? std::string_view(values[value.as_ordinal()].path) : std::string_view();
}

// The most bytes the text of `value` takes, for the kinds a reason mostly
// holds (texts, numbers, enum values, flags); 0 for any other kind.
size_t text_bound(const Value& value, const stdlib::TypeTable& types) {
  switch (value.kind) {
    case ValueKind::String: return value.size;
    case ValueKind::Int: return 20;
    case ValueKind::Number: return 32;
    case ValueKind::Bool: return 5;
    case ValueKind::Enum: return enum_text(value, types).size();
    default: return 0;
  }
}

char* write_text(char* out, const Value& value, const stdlib::TypeTable& types) {
  switch (value.kind) {
    case ValueKind::String: copy_bytes(out, value.payload.chars, value.size); return out + value.size;
    case ValueKind::Int: return std::to_chars(out, out + 20, value.as_int()).ptr;
    case ValueKind::Number: return std::to_chars(out, out + 32, value.as_number()).ptr;
    case ValueKind::Bool: {
      const std::string_view word = value.as_bool() ? "true" : "false";
      copy_bytes(out, word.data(), word.size());
      return out + word.size();
    }
    default: {
      const std::string_view text = enum_text(value, types);
      copy_bytes(out, text.data(), text.size());
      return out + text.size();
    }
  }
}

}  // namespace

Value render_text(Scratch& s, const uint32_t* parts, uint32_t count) {
  const stdlib::TypeTable& types = s.plan.types;
  // Texts, numbers, enum values and flags are written straight into the
  // arena (one allocation of at most their length); other kinds through
  // append_text.
  size_t bound = 0;
  for (uint32_t i = 0; i < count; ++i) {
    const Value& part = s.slots[parts[i]];
    const size_t size = text_bound(part, types);
    if (size == 0 && part.kind != ValueKind::String) {
      s.text.clear();
      for (uint32_t k = 0; k < count; ++k) stdlib::append_text(s.text, s.slots[parts[k]], types);
      return Value::string(s.arena.copy(s.text));
    }
    bound += size;
  }
  char* const text = s.arena.allocate_array<char>(std::max<size_t>(bound, 1));
  char* end = text;
  for (uint32_t i = 0; i < count; ++i) end = write_text(end, s.slots[parts[i]], types);
  return Value::string({text, static_cast<size_t>(end - text)});
}

void add_reason(Scratch& s, uint32_t node, const uint32_t* parts, uint32_t count, bool only_if_none) {
  NodeState& state = s.nodes[node];
  auto& hits = s.gate_hits[node];
  if (only_if_none && state.reason_count > 0) return;
  const std::string_view text = render_text(s, parts, count).as_string();
  if (!hits.empty() && s.plan.nodes[node].kind == plan::NodeKind::Gate) {
    hits.back().reason = static_cast<int32_t>(s.reasons.size());
    s.reasons.push_back(text);
    return;
  }
  if (state.reason_count == 0) state.reason_begin = static_cast<uint32_t>(s.reasons.size());
  s.reasons.push_back(text);
  ++state.reason_count;
}

namespace {

// The row whose single output comes first in its enum (DMN's priority).
size_t highest_priority(const std::vector<TableHit>& hits) {
  size_t best = 0;
  for (size_t i = 1; i < hits.size(); ++i) {
    if (stdlib::compare_values(hits[i].value, hits[best].value) < 0) best = i;
  }
  return best;
}

}  // namespace

bool finish_table(Scratch& s, dsl::ast::HitPolicy policy, uint32_t table, Value& out, uint32_t& row_rule) {
  using dsl::ast::HitPolicy;
  auto& hits = s.table_hits[table];
  const auto single = [&](size_t i) {
    out = hits[i].value;
    row_rule = hits[i].rule;
    return true;
  };
  switch (policy) {
    case HitPolicy::First:
    case HitPolicy::Unique:
    case HitPolicy::Any:
    case HitPolicy::Priority:
      if (hits.empty()) {
        s.failure = "no row of the table matches";
        return false;
      }
      if (policy == HitPolicy::Unique && hits.size() > 1) {
        s.failure = "more than one row of a `unique` table matches";
        return false;
      }
      if (policy == HitPolicy::Any) {
        for (const TableHit& hit : hits) {
          if (!stdlib::values_equal(hit.value, hits.front().value)) {
            s.failure = "rows of an `any` table that match give different outputs";
            return false;
          }
        }
      }
      return single(policy == HitPolicy::Priority ? highest_priority(hits) : 0);
    case HitPolicy::OutputOrder:
      std::stable_sort(hits.begin(), hits.end(),
                       [](const TableHit& a, const TableHit& b) { return stdlib::compare_values(a.value, b.value) < 0; });
      [[fallthrough]];
    case HitPolicy::RuleOrder:
    case HitPolicy::Collect: {
      Value* values = s.arena.allocate_array<Value>(std::max<size_t>(hits.size(), 1));
      for (size_t i = 0; i < hits.size(); ++i) values[i] = hits[i].value;
      out = Value::list(values, static_cast<uint32_t>(hits.size()));
      return true;
    }
    case HitPolicy::CollectCount: out = Value::integer(static_cast<int64_t>(hits.size())); return true;
    case HitPolicy::CollectSum: {
      Value total = Value::integer(0);
      for (const TableHit& hit : hits) {
        if (!stdlib::apply_arithmetic(stdlib::ArithmeticOp::Add, total, hit.value, total, s.failure)) return false;
      }
      out = total;
      return true;
    }
    case HitPolicy::CollectMin:
    case HitPolicy::CollectMax: {
      if (hits.empty()) {
        s.failure = "no row of the table matches, so it has no minimum or maximum";
        return false;
      }
      size_t best = 0;
      for (size_t i = 1; i < hits.size(); ++i) {
        const int c = stdlib::compare_values(hits[i].value, hits[best].value);
        if (policy == HitPolicy::CollectMin ? c < 0 : c > 0) best = i;
      }
      out = hits[best].value;
      return true;
    }
  }
  return false;
}

Value node_reason(Scratch& s, uint32_t node) {
  const Value reasons = node_reasons(s, node);
  if (reasons.size == 1) return reasons.items()[0];
  s.text.clear();
  for (uint32_t i = 0; i < reasons.size; ++i) {
    if (i > 0) s.text += "; ";
    s.text += reasons.items()[i].as_string();
  }
  return Value::string(s.arena.copy(s.text));
}

Value node_reasons(Scratch& s, uint32_t node) {
  // Two passes (count, then fill) so nothing but the arena is allocated.
  const auto& hits = s.gate_hits[node];
  const bool gate = s.plan.nodes[node].kind == plan::NodeKind::Gate;
  const NodeState& state = s.nodes[node];
  const auto visit = [&](auto&& each) {
    if (gate) {
      for (const GateHit& hit : hits) {
        if (hit.verdict == hits.front().verdict && hit.reason >= 0) each(s.reasons[hit.reason]);
      }
    } else {
      for (uint32_t i = 0; i < state.reason_count; ++i) each(s.reasons[state.reason_begin + i]);
    }
  };
  uint32_t count = 0;
  visit([&](std::string_view) { ++count; });
  Value* values = s.arena.allocate_array<Value>(std::max<uint32_t>(count, 1));
  uint32_t i = 0;
  visit([&](std::string_view text) { values[i++] = Value::string(text); });
  return Value::list(values, count);
}


}  // namespace charter::engine
