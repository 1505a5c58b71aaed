#include "compiler/load/manifest_json.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "dsl/diag/render.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler {
namespace {

namespace od = simdjson::ondemand;
using dsl::DiagKind;
using dsl::Span;

struct KnownKey {
  std::string_view key;
  std::string_view example;  // the key written with a typical value
};

constexpr std::array kKnownKeys = {
    KnownKey{"name", R"("name": "mwms")"},
    KnownKey{"version", R"("version": "1.2.0")"},
    KnownKey{"effective_from", R"("effective_from": "2026-07-01")"},
    KnownKey{"modules", R"("modules": ["vocabulary.charter", "intake/route.charter"])"},
    KnownKey{"fixtures", R"("fixtures": "fixtures")"},
    KnownKey{"coverage", R"("coverage": {"accepted": ["route.fallback"]})"},
};

std::string example_of(std::string_view key) {
  for (const KnownKey& known : kKnownKeys) {
    if (known.key == key) return "write `" + std::string(known.example) + "`";
  }
  return {};
}

std::string_view describe(od::json_type type) {
  switch (type) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "`null`";
  }
  return "a value";
}

// simdjson's message for `error`, worded like Charter's own messages.
std::string describe(simdjson::error_code error) {
  switch (error) {
    case simdjson::EMPTY: return "the file is empty";
    case simdjson::UTF8_ERROR: return "the text is not valid UTF-8";
    // Values are typed before they are read, so a failed read is a misspelt literal (`tru`).
    case simdjson::INCORRECT_TYPE:
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
      return "expected a string, a number, an object, an array, `true`, `false` or `null`";
    default: break;
  }
  std::string message = simdjson::error_message(error);
  // Lower-case the first word unless it is an acronym ("JSON document …").
  if (message.size() > 1 && std::islower(static_cast<unsigned char>(message[1]))) {
    message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  }
  // No final period, except the one of an abbreviation ("…, etc.").
  if (message.ends_with('.') && !message.ends_with("etc.")) message.pop_back();
  return message;
}

class ManifestJsonReader {
 public:
  ManifestJsonReader(const dsl::SourceFile& file, dsl::DiagSink& sink)
      : file_(file), sink_(sink), padded_(file.text()) {}

  ManifestJson read();

 private:
  Span span(size_t begin, size_t end) const {
    return Span{file_.id(), static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  }
  size_t offset_of(const char* at) const {
    const auto offset = static_cast<size_t>(std::max<ptrdiff_t>(at - padded_.data(), 0));
    return std::min(offset, file_.text().size());
  }
  Span token_span(std::string_view token) const;
  Span key_span(const char* after_quote) const;
  size_t first_content() const;
  size_t content_end() const;

  void report_syntax(simdjson::error_code error, od::document& doc);
  simdjson::error_code read_object(od::object object);
  simdjson::error_code read_field(const std::string& key, Span key_at, od::value value);
  simdjson::error_code read_string(const std::string& key, od::value value,
                                   std::optional<JsonString>& slot);
  simdjson::error_code read_modules(od::value value);
  simdjson::error_code read_coverage(od::value value);
  simdjson::error_code read_accepted(od::value value);
  // The strings of an array; `what` names one element in the error.
  simdjson::error_code read_strings(od::value value, std::string_view what, std::string_view key,
                                    std::vector<JsonString>& out);
  simdjson::error_code skip(od::value value, int depth = 0);

  const dsl::SourceFile& file_;
  dsl::DiagSink& sink_;
  simdjson::padded_string padded_;
  od::parser parser_;
  ManifestJson result_;
  std::vector<Span> key_spans_;  // parallel to result_.keys
};

Span ManifestJsonReader::token_span(std::string_view token) const {
  // simdjson's token runs to the next token: drop the whitespace after it.
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) {
    token.remove_suffix(1);
  }
  const size_t begin = offset_of(token.data());
  return span(begin, std::min(begin + token.size(), file_.text().size()));
}

Span ManifestJsonReader::key_span(const char* after_quote) const {
  const std::string_view text = file_.text();
  const size_t begin = offset_of(after_quote);
  size_t end = begin;
  while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
  return span(begin > 0 ? begin - 1 : 0, std::min(end + 1, text.size()));
}

size_t ManifestJsonReader::first_content() const {
  const std::string_view text = file_.text();
  size_t at = 0;
  while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  return at;
}

size_t ManifestJsonReader::content_end() const {
  const std::string_view text = file_.text();
  size_t end = text.size();
  while (end > 0 && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return end;
}

void ManifestJsonReader::report_syntax(simdjson::error_code error, od::document& doc) {
  const std::string_view text = file_.text();
  size_t at = content_end();  // where a truncated document is found wanting
  if (error == simdjson::UTF8_ERROR) {
    at = 0;
    while (at < text.size() && dsl::utf8_sequence_length(text, at) != 0) {
      at += dsl::utf8_sequence_length(text, at);
    }
  } else if (const char* location = nullptr;
             error != simdjson::EMPTY && error != simdjson::INCOMPLETE_ARRAY_OR_OBJECT &&
             doc.current_location().get(location) == simdjson::SUCCESS) {
    at = offset_of(location);
  }
  // The most common slip, a comma after the last item, is shown at the comma.
  size_t before = at;
  while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1]))) --before;
  const bool trailing_comma = at < text.size() && (text[at] == ']' || text[at] == '}') &&
                              before > 0 && text[before - 1] == ',';
  if (trailing_comma) at = before - 1;
  const size_t end = std::min(at + (at < text.size() ? 1 : 0), text.size());
  auto& diag = sink_.emit(DiagKind::ManifestNotJson, span(at, end),
                          "`bundle.json` is not valid JSON: " + describe(error));
  if (trailing_comma) {
    diag.help = "JSON allows no comma after the last item; remove it";
    diag.fix = dsl::DiagFix{span(at, end), ""};
  } else if (error == simdjson::EMPTY) {
    diag.help = R"(a manifest reads `{"name": "mwms", "version": "1.0.0", "modules": ["main.charter"]}`)";
  }
}

ManifestJson ManifestJsonReader::read() {
  od::document doc;
  simdjson::error_code error = parser_.iterate(padded_).get(doc);
  od::json_type type{};
  if (!error) error = doc.type().get(type);
  if (error) {
    report_syntax(error, doc);
    return std::move(result_);
  }
  result_.object_span = span(first_content(), first_content() + 1);
  if (type != od::json_type::object) {
    sink_.emit(DiagKind::ManifestWrongType, result_.object_span,
               "the manifest must be a JSON object, found " + std::string(describe(type)))
        .help = R"(a manifest reads `{"name": "mwms", "version": "1.0.0", "modules": ["main.charter"]}`)";
    return std::move(result_);
  }
  od::object object;
  error = doc.get_object().get(object);
  if (!error) error = read_object(object);
  const char* trailing = nullptr;
  if (!error && doc.current_location().get(trailing) == simdjson::SUCCESS) {
    const size_t at = offset_of(trailing);
    sink_.emit(DiagKind::ManifestNotJson, span(at, at + 1),
               "`bundle.json` is not valid JSON: more text follows the manifest's closing `}`");
    return std::move(result_);
  }
  if (error) {
    report_syntax(error, doc);
    return std::move(result_);
  }
  result_.is_object = true;
  return std::move(result_);
}

simdjson::error_code ManifestJsonReader::read_object(od::object object) {
  for (auto field_result : object) {
    od::field field;
    if (auto error = std::move(field_result).get(field)) return error;
    const Span key = key_span(field.key().raw());
    std::string_view key_text;
    if (auto error = field.unescaped_key().get(key_text)) return error;
    if (auto error = read_field(std::string(key_text), key, field.value())) return error;
  }
  return simdjson::SUCCESS;
}

simdjson::error_code ManifestJsonReader::read_field(const std::string& key, Span key_at,
                                                    od::value value) {
  const auto seen = std::find(result_.keys.begin(), result_.keys.end(), key);
  if (seen != result_.keys.end()) {
    auto& diag = sink_.emit(DiagKind::ManifestDuplicateKey, key_at,
                            "`" + key + "` is given twice");
    diag.notes.push_back({key_spans_[static_cast<size_t>(seen - result_.keys.begin())],
                          "`" + key + "` is first given here"});
    diag.help = "keep one of the two; the first is used";
    return skip(value);
  }
  result_.keys.push_back(key);
  key_spans_.push_back(key_at);
  if (key == "modules") return read_modules(value);
  if (key == "name") return read_string(key, value, result_.name);
  if (key == "version") return read_string(key, value, result_.version);
  if (key == "effective_from") return read_string(key, value, result_.effective_from);
  if (key == "fixtures") return read_string(key, value, result_.fixtures);
  if (key == "coverage") return read_coverage(value);

  auto& diag = sink_.emit(DiagKind::ManifestUnknownKey, key_at,
                          "unknown manifest key `" + key + "`");
  std::vector<std::string_view> known;
  for (const KnownKey& k : kKnownKeys) known.push_back(k.key);
  if (const auto suggestion = dsl::closest_match(key, known)) {
    diag.help = "did you mean `" + std::string(*suggestion) + "`?";
    diag.fix = dsl::DiagFix{key_at, dsl::json_quote(*suggestion)};
  } else {
    diag.help = "a manifest has `name`, `version`, `modules`, and optionally `effective_from`, "
                "`fixtures` and `coverage`; other keys are ignored";
  }
  return skip(value);
}

simdjson::error_code ManifestJsonReader::read_string(const std::string& key, od::value value,
                                                     std::optional<JsonString>& slot) {
  od::json_type type{};
  if (auto error = value.type().get(type)) return error;
  const Span value_span = token_span(value.raw_json_token());
  if (type != od::json_type::string) {
    sink_.emit(DiagKind::ManifestWrongType, value_span,
               "`" + key + "` must be a string, found " + std::string(describe(type)))
        .help = example_of(key);
    return skip(value);
  }
  std::string_view text;
  if (auto error = value.get_string().get(text)) return error;
  slot = JsonString{std::string(text), value_span};
  return simdjson::SUCCESS;
}

simdjson::error_code ManifestJsonReader::read_modules(od::value value) {
  od::json_type type{};
  if (auto error = value.type().get(type)) return error;
  const Span value_span = token_span(value.raw_json_token());
  if (type != od::json_type::array) {
    auto& diag = sink_.emit(DiagKind::ManifestWrongType, value_span,
                            "`modules` must be an array of module paths, found " +
                                std::string(describe(type)));
    diag.help = example_of("modules");
    if (type == od::json_type::string) {
      std::string listed(1, '[');
      listed.append(file_.slice(value_span)).append(1, ']');
      diag.help = "put the path in an array: `" + listed + "`";
      diag.fix = dsl::DiagFix{value_span, std::move(listed)};
    }
    return skip(value);
  }
  result_.modules_span = span(value_span.begin, value_span.begin + 1);
  std::vector<JsonString> entries;
  if (auto error = read_strings(value, "a module path", "modules", entries)) return error;
  result_.modules = std::move(entries);
  return simdjson::SUCCESS;
}

simdjson::error_code ManifestJsonReader::read_strings(od::value value, std::string_view what, std::string_view key,
                                                      std::vector<JsonString>& out) {
  od::array array;
  if (auto error = value.get_array().get(array)) return error;
  for (auto element_result : array) {
    od::value element;
    if (auto error = std::move(element_result).get(element)) return error;
    od::json_type element_type{};
    if (auto error = element.type().get(element_type)) return error;
    const Span element_span = token_span(element.raw_json_token());
    if (element_type != od::json_type::string) {
      // A wrong element is reported and skipped; the others are still read.
      sink_.emit(DiagKind::ManifestWrongType, element_span,
                 std::string(what) + " must be a string, found " + std::string(describe(element_type)))
          .help = example_of(key);
      if (auto error = skip(element)) return error;
      continue;
    }
    std::string_view text;
    if (auto error = element.get_string().get(text)) return error;
    out.push_back(JsonString{std::string(text), element_span});
  }
  return simdjson::SUCCESS;
}

// `"coverage": {"accepted": ["route.fallback"]}`: the rules `charter test`
// need not see fired. Whether the ids name rules is for `charter test` to say.
simdjson::error_code ManifestJsonReader::read_coverage(od::value value) {
  od::json_type type{};
  if (auto error = value.type().get(type)) return error;
  if (type != od::json_type::object) {
    sink_.emit(DiagKind::ManifestWrongType, token_span(value.raw_json_token()),
               "`coverage` must be an object, found " + std::string(describe(type)))
        .help = example_of("coverage");
    return skip(value);
  }
  od::object object;
  if (auto error = value.get_object().get(object)) return error;
  for (auto field_result : object) {
    od::field field;
    if (auto error = std::move(field_result).get(field)) return error;
    const Span key = key_span(field.key().raw());
    std::string_view key_text;
    if (auto error = field.unescaped_key().get(key_text)) return error;
    if (key_text == "accepted") {
      if (auto error = read_accepted(field.value())) return error;
      continue;
    }
    sink_.emit(DiagKind::ManifestUnknownKey, key, "unknown key `" + std::string(key_text) + "` in `coverage`")
        .help = "`coverage` has one key, `accepted`: the ids of rules that tests need not fire";
    if (auto error = skip(field.value())) return error;
  }
  return simdjson::SUCCESS;
}

simdjson::error_code ManifestJsonReader::read_accepted(od::value value) {
  od::json_type type{};
  if (auto error = value.type().get(type)) return error;
  if (type != od::json_type::array) {
    sink_.emit(DiagKind::ManifestWrongType, token_span(value.raw_json_token()),
               "`accepted` must be an array of rule ids, found " + std::string(describe(type)))
        .help = example_of("coverage");
    return skip(value);
  }
  std::vector<JsonString> ids;
  if (auto error = read_strings(value, "a rule id", "coverage", ids)) return error;
  result_.accepted = std::move(ids);
  return simdjson::SUCCESS;
}

// Reads a value to its end, so a syntax error inside an ignored value is
// still found. A manifest has no use for deep nesting: the depth is bounded
// so that no input can exhaust the stack.
simdjson::error_code ManifestJsonReader::skip(od::value value, int depth) {
  constexpr int kMaxDepth = 64;
  if (depth > kMaxDepth) return simdjson::DEPTH_ERROR;
  od::json_type type{};
  if (auto error = value.type().get(type)) return error;
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto error = value.get_object().get(object)) return error;
      for (auto field : object) {
        od::value inner;
        if (auto error = field.value().get(inner)) return error;
        if (auto error = skip(inner, depth + 1)) return error;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::array: {
      od::array array;
      if (auto error = value.get_array().get(array)) return error;
      for (auto element : array) {
        od::value inner;
        if (auto error = std::move(element).get(inner)) return error;
        if (auto error = skip(inner, depth + 1)) return error;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::string: return value.get_string().error();
    case od::json_type::number: return value.get_number().error();
    case od::json_type::boolean: return value.get_bool().error();
    case od::json_type::null: {
      bool is_null = false;
      if (auto error = value.is_null().get(is_null)) return error;
      return is_null ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::SUCCESS;
}

}  // namespace

bool ManifestJson::has(std::string_view key) const {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

ManifestJson read_manifest_json(const dsl::SourceFile& file, dsl::DiagSink& sink) {
  return ManifestJsonReader(file, sink).read();
}

}  // namespace charter::compiler
