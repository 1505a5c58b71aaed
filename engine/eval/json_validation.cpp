#include "engine/eval/json_validation.hpp"

namespace charter::engine {

namespace od = simdjson::ondemand;

bool is_json_number(std::string_view token) {
  size_t i = 0;
  const auto digits = [&] {
    const size_t start = i;
    while (i < token.size() && token[i] >= '0' && token[i] <= '9') ++i;
    return i > start;
  };
  if (i < token.size() && token[i] == '-') ++i;
  if (i < token.size() && token[i] == '0') ++i;
  else if (!digits()) return false;
  if (i < token.size() && token[i] == '.' && (++i, !digits())) return false;
  if (i < token.size() && (token[i] == 'e' || token[i] == 'E')) {
    ++i;
    if (i < token.size() && (token[i] == '+' || token[i] == '-')) ++i;
    if (!digits()) return false;
  }
  while (i < token.size() && (token[i] == ' ' || token[i] == '\t' || token[i] == '\n' || token[i] == '\r')) ++i;
  return i == token.size();
}

bool is_valid_json(od::value value, size_t depth_left) {
  if (depth_left == 0) return false;
  od::json_type type{};
  if (value.type().get(type) != simdjson::SUCCESS) return false;
  switch (type) {
    case od::json_type::array: {
      od::array array;
      if (value.get_array().get(array) != simdjson::SUCCESS) return false;
      for (auto item : array) {
        od::value item_value;
        if (item.get(item_value) != simdjson::SUCCESS || !is_valid_json(item_value, depth_left - 1)) return false;
      }
      return true;
    }
    case od::json_type::object: {
      od::object object;
      if (value.get_object().get(object) != simdjson::SUCCESS) return false;
      for (auto field_result : object) {
        if (field_result.error() != simdjson::SUCCESS) return false;
        // Used where it was made: a field is not copied out of its result.
        od::field& field = field_result.value_unsafe();
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS || !is_valid_json(field.value(), depth_left - 1)) {
          return false;
        }
      }
      return true;
    }
    case od::json_type::number: return is_json_number(value.raw_json_token());
    case od::json_type::string: {
      std::string_view text;
      return value.get_string().get(text) == simdjson::SUCCESS;
    }
    case od::json_type::boolean: {
      bool flag = false;
      return value.get_bool().get(flag) == simdjson::SUCCESS;
    }
    case od::json_type::null: {
      bool null = false;
      return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
  }
  return false;
}

}  // namespace charter::engine
