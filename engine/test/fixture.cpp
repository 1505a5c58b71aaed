#include "engine/test/fixture.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "engine/eval/json_writer.hpp"

namespace charter::engine {

namespace {

namespace dom = simdjson::dom;

struct Pending {
  const std::vector<std::string>* path;
  const std::string* json;
};

std::string dotted(const std::vector<std::string>& path, size_t count) {
  std::string out;
  for (size_t i = 0; i < count && i < path.size(); ++i) out += (i ? "." : "") + path[i];
  return out;
}

std::string_view describe(dom::element_type type) {
  switch (type) {
    case dom::element_type::ARRAY: return "a list";
    case dom::element_type::OBJECT: return "a record";
    case dom::element_type::STRING: return "a string";
    case dom::element_type::BOOL: return "a boolean";
    case dom::element_type::NULL_VALUE: return "null";
    default: return "a number";
  }
}

// simdjson's message, worded like Charter's own: lower case, no final period.
std::string describe(simdjson::error_code code) {
  std::string message = simdjson::error_message(code);
  if (message.size() > 1 && std::islower(static_cast<unsigned char>(message[1]))) {
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  }
  if (message.ends_with('.') && !message.ends_with("etc.")) message.pop_back();
  return message;
}

class OverrideWriter {
 public:
  OverrideWriter(std::string& out, std::string& error) : out_(out), error_(error) {}

  // An object at `depth` whose keys the overrides' path[depth] name.
  bool object(const dom::object* existing, size_t depth, const std::vector<Pending>& overrides) {
    out_ += '{';
    bool first = true;
    const auto key = [&](std::string_view name) {
      if (!first) out_ += ',';
      first = false;
      write_json_string(out_, name);
      out_ += ':';
    };
    std::vector<std::string_view> written;
    if (existing != nullptr) {
      for (const dom::key_value_pair field : *existing) {
        const std::vector<Pending> here = under(overrides, depth, field.key);
        key(field.key);
        if (here.empty()) {
          out_ += simdjson::to_string(field.value);
          continue;
        }
        written.push_back(field.key);
        if (!value(&field.value, depth + 1, here)) return false;
      }
    }
    // Keys only the overrides name follow, in the order they are first given.
    for (const Pending& pending : overrides) {
      const std::string_view name = (*pending.path)[depth];
      if (std::find(written.begin(), written.end(), name) != written.end()) continue;
      written.push_back(name);
      key(name);
      if (!value(nullptr, depth + 1, under(overrides, depth, name))) return false;
    }
    out_ += '}';
    return true;
  }

 private:
  static std::vector<Pending> under(const std::vector<Pending>& overrides, size_t depth, std::string_view name) {
    std::vector<Pending> here;
    for (const Pending& pending : overrides) {
      if ((*pending.path)[depth] == name) here.push_back(pending);
    }
    return here;
  }

  // The value at a path of length `depth` that every override in `here` starts with.
  bool value(const dom::element* existing, size_t depth, const std::vector<Pending>& here) {
    const Pending* leaf = nullptr;  // the last override of exactly this path wins
    for (const Pending& pending : here) {
      if (pending.path->size() == depth) leaf = &pending;
    }
    if (leaf != nullptr) {
      out_ += *leaf->json;
      return true;
    }
    if (existing == nullptr) return object(nullptr, depth, here);
    dom::object record;
    if (existing->get_object().get(record) != simdjson::SUCCESS) {
      const std::vector<std::string>& path = *here.front().path;
      error_ = "cannot set `" + dotted(path, path.size()) + "`: `" + dotted(path, depth) + "` is " +
               std::string(describe(existing->type())) + " in the fixture, not a record";
      return false;
    }
    return object(&record, depth, here);
  }

  std::string& out_;
  std::string& error_;
};

}  // namespace

std::optional<std::string> apply_overrides(std::string_view json, const Overrides& overrides, std::string& error) {
  dom::parser parser;
  const simdjson::padded_string padded(json);
  dom::element root;
  if (const auto code = parser.parse(padded).get(root); code != simdjson::SUCCESS) {
    error = "not valid JSON: " + describe(code);
    return std::nullopt;
  }
  dom::object record;
  if (root.get_object().get(record) != simdjson::SUCCESS) {
    error = "an event is a record (a JSON object), but this is " + std::string(describe(root.type()));
    return std::nullopt;
  }
  if (overrides.empty()) return std::string(json);
  std::vector<Pending> pending;
  for (const auto& [path, value] : overrides) {
    if (!path.empty()) pending.push_back({&path, &value});
  }
  std::string out;
  OverrideWriter writer(out, error);
  if (!writer.object(&record, 0, pending)) return std::nullopt;
  return out;
}

std::optional<std::string> fixture_event(const std::filesystem::path& fixtures, const std::string& name,
                                         const std::string& shown, const Overrides& overrides, std::string& error) {
  const std::filesystem::path file = fixtures / std::filesystem::path(name);
  std::error_code status;
  if (!std::filesystem::is_regular_file(file, status)) {
    error = "fixture `" + name + "` not found: there is no file " + shown;
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    error = "fixture `" + name + "` cannot be read (" + shown + ")";
    return std::nullopt;
  }
  std::string problem;
  auto event = apply_overrides(text.str(), overrides, problem);
  if (!event) error = "fixture `" + name + "` (" + shown + "): " + problem;
  return event;
}

}  // namespace charter::engine
