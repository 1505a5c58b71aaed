// Enum and record types: their names first (so declarations may refer to
// each other in any order), then record fields and their defaults.
#include <algorithm>
#include <set>

#include "compiler/check/checker_state.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;

namespace {

constexpr std::string_view kJsonStyles[] = {"snake_case", "lowercase", "UPPER_CASE",
                                            "kebab_case", "camelCase", "PascalCase"};

// Splits "MissedCall" / "HTTPError" into lower-case words: missed, call / http, error.
std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::string current;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool next_lower = i + 1 < name.size() && name[i + 1] >= 'a' && name[i + 1] <= 'z';
    const bool prev_lower_or_digit =
        i > 0 && ((name[i - 1] >= 'a' && name[i - 1] <= 'z') || (name[i - 1] >= '0' && name[i - 1] <= '9'));
    if (c == '_') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
      continue;
    }
    if (upper && !current.empty() && (prev_lower_or_digit || next_lower)) {
      words.push_back(std::move(current));
      current.clear();
    }
    current += upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::string capitalised(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

}  // namespace

std::optional<std::string> json_spelling(std::string_view name, std::string_view style) {
  const std::vector<std::string> words = words_of(name);
  std::string out;
  const auto join = [&](std::string_view separator, auto transform) {
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0) out += separator;
      out += transform(words[i], i);
    }
  };
  if (style == "snake_case") join("_", [](const std::string& w, size_t) { return w; });
  else if (style == "kebab_case") join("-", [](const std::string& w, size_t) { return w; });
  else if (style == "lowercase") join("", [](const std::string& w, size_t) { return w; });
  else if (style == "UPPER_CASE") {
    join("_", [](std::string w, size_t) {
      for (char& c : w) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      return w;
    });
  } else if (style == "camelCase") join("", [](const std::string& w, size_t i) { return i == 0 ? w : capitalised(w); });
  else if (style == "PascalCase") return std::string(name);
  else return std::nullopt;
  return out;
}

void CheckerState::declare_type_names() {
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    for (const ast::Decl& decl : ast_of(m).decls) {
      if (const auto* e = std::get_if<ast::EnumDecl>(&decl.node)) {
        std::string style = "PascalCase";
        if (e->json_style) {
          if (json_spelling("X", e->json_style->text)) {
            style = e->json_style->text;
          } else {
            auto& diag = error(DiagKind::InvalidJsonStyle, e->json_style->span,
                               "unknown JSON style `" + e->json_style->text + "`");
            const auto s = dsl::closest_match(e->json_style->text, kJsonStyles);
            diag.help = s ? "did you mean `" + std::string(*s) + "`?"
                          : std::string("the styles are snake_case, lowercase, UPPER_CASE, kebab_case, camelCase and PascalCase");
          }
        }
        stdlib::EnumInfo info;
        info.name = e->name.text;
        info.module = bundle_.modules[m].name;
        std::set<std::string> spellings;
        const auto add_members = [&](const auto& self, const std::vector<ast::EnumMember>& members,
                                     int32_t parent, const std::string& prefix) -> void {
          std::set<std::string> names;
          for (const ast::EnumMember& member : members) {
            if (!names.insert(member.name.text).second) {
              error(DiagKind::DuplicateName, member.name.span,
                    "`" + prefix + member.name.text + "` is declared twice in `" + e->name.text + "`");
              continue;
            }
            stdlib::EnumValue value;
            value.name = member.name.text;
            value.path = prefix + member.name.text;
            value.json = member.json ? *member.json : *json_spelling(member.name.text, style);
            value.parent = parent;
            if (!spellings.insert(value.json).second) {
              error(DiagKind::DuplicateName, member.json_span ? *member.json_span : member.name.span,
                    "two values of `" + e->name.text + "` are spelt `" + value.json + "` in JSON");
            }
            info.values.push_back(value);
            const auto ordinal = static_cast<int32_t>(info.values.size() - 1);
            self(self, member.children, ordinal, value.path + ".");
          }
        };
        add_members(add_members, e->members, -1, "");
        if (info.values.size() > 64) {
          error(DiagKind::TypeMismatch, e->name.span,
                "`" + e->name.text + "` has " + std::to_string(info.values.size()) + " values; an enum has at most 64")
              .help = "split it into a hierarchy or several enums";
        }
        const TypeId enum_type = program_.types.add_enum(std::move(info));
        scopes_[m].own[e->name.text].type = enum_type;
        type_spans_[enum_type.value] = e->name.span;
      } else if (const auto* r = std::get_if<ast::RecordDecl>(&decl.node)) {
        stdlib::RecordInfo info;
        info.name = r->name.text;
        const TypeId record_type = program_.types.add_record(std::move(info));
        scopes_[m].own[r->name.text].type = record_type;
        type_spans_[record_type.value] = r->name.span;
      }
    }
  }
}

void CheckerState::declare_record_fields() {
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    for (const ast::Decl& decl : ast_of(m).decls) {
      const auto* r = std::get_if<ast::RecordDecl>(&decl.node);
      if (r == nullptr) continue;
      const TypeId record = scopes_[m].own[r->name.text].type;
      std::set<std::string> names;
      for (const ast::FieldDecl& field : r->fields) {
        if (!names.insert(field.name.text).second) {
          error(DiagKind::DuplicateName, field.name.span,
                "`" + r->name.text + "` has two fields named `" + field.name.text + "`");
          continue;
        }
        const TypeId type = resolve_type(m, field.type);
        program_.types.mutable_record_info(record).fields.push_back(
            {field.name.text, type, field.default_value.valid()});
      }
    }
  }
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    for (const ast::Decl& decl : ast_of(m).decls) {
      if (const auto* r = std::get_if<ast::RecordDecl>(&decl.node)) {
        pending_defaults_.push_back({m, scopes_[m].own[r->name.text].type, &r->fields});
      }
    }
  }
  check_record_recursion();
  // Defaults are checked once every record (named or inline) has its fields.
  for (size_t i = 0; i < pending_defaults_.size(); ++i) {
    const PendingDefaults pending = pending_defaults_[i];
    set_record_defaults(pending.module, pending.record, *pending.fields);
  }
  pending_defaults_.clear();
}

void CheckerState::set_record_defaults(size_t module, TypeId record,
                                       const std::vector<ast::FieldDecl>& fields) {
  const uint32_t index = program_.types.info(record).index;
  // A copy: checking a default may add types, which moves the table's records.
  const stdlib::RecordInfo info = program_.types.record_info(record);
  std::vector<stdlib::Value> defaults(info.fields.size(), stdlib::Value::missing());
  for (const ast::FieldDecl& field : fields) {
    if (!field.default_value) continue;
    const auto position = info.find(field.name.text);
    if (!position) continue;
    ExprContext ctx;
    ctx.module = module;
    ctx.constant = true;
    const TypeId field_type = info.fields[*position].type;
    const ir::ExprId value = check_expr(field.default_value, ctx, field_type);
    if (is_error(value)) continue;
    if (!expect_type(value, field_type, "the default of `" + field.name.text + "`")) continue;
    if (program_.expr(value).kind != ir::ExprKind::Constant) {
      error(DiagKind::NotConstant, program_.expr(value).span,
            "the default of `" + field.name.text + "` must be known when the policy compiles");
      continue;
    }
    defaults[*position] = program_.constant(ir::ConstId{program_.expr(value).a});
  }
  if (program_.record_defaults.size() <= index) program_.record_defaults.resize(index + 1);
  program_.record_defaults[index] = std::move(defaults);
}

void CheckerState::check_record_recursion() {
  // A record may hold itself only behind an optional or a list (finite data).
  const stdlib::TypeTable& types = program_.types;
  for (uint32_t t = 0; t < types.size(); ++t) {
    const TypeId start{t};
    if (types.kind(start) != TypeKind::Record) continue;
    std::vector<TypeId> stack = {start};
    std::set<uint32_t> seen;
    while (!stack.empty()) {
      const TypeId current = stack.back();
      stack.pop_back();
      for (const stdlib::FieldInfo& field : types.record_info(current).fields) {
        if (types.kind(field.type) != TypeKind::Record) continue;
        if (field.type == start) {
          error(DiagKind::RecursiveRecord, type_spans_[start.value],
                "record `" + types.name(start) + "` contains itself through `" + field.name + "`")
              .help = "make the field optional (`" + field.name + ": " + types.name(start) + "?`) or a list";
          stack.clear();
          break;
        }
        if (seen.insert(field.type.value).second) stack.push_back(field.type);
      }
    }
  }
}

}  // namespace charter::compiler::check_detail
