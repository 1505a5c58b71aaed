// The longest lists an event may carry, as the policy declares them: the
// `## at most N` documentation of a record field (cost.hpp). Phase: analyze.
// A field is named by its record and path: `InboundEvent.message.attachments`
// for a field of an inline record, `Attachment.tags` for one of a named
// record, so the cost model finds the bound from the expression that reads
// the list.
#include <cctype>

#include "compiler/analysis/cost.hpp"

namespace charter::compiler::analysis {

namespace {

namespace ast = dsl::ast;

// The `##` lines right before `position` (only blanks between), joined.
std::string documentation(const ast::Module& module, const dsl::SourceFile& file, uint32_t position) {
  std::string doc;
  for (auto it = module.comments.rbegin(); it != module.comments.rend(); ++it) {
    if (it->span.end > position) continue;
    const std::string_view between = file.text().substr(it->span.end, position - it->span.end);
    if (!it->doc || between.find_first_not_of(" \t\r\n") != std::string_view::npos) break;
    doc = std::string(file.slice(it->span).substr(2)) + " " + doc;
    position = it->span.begin;
  }
  return doc;
}

void add_fields(const ast::Module& module, const dsl::SourceFile& file, const std::vector<ast::FieldDecl>& fields,
                const std::string& prefix, std::map<std::string, uint64_t>& out);

// The inline records a field's type holds: `{ … }`, `List<{ … }>`.
void add_type(const ast::Module& module, const dsl::SourceFile& file, ast::TypeRefId id, const std::string& prefix,
              std::map<std::string, uint64_t>& out) {
  if (!id || id.value >= module.types.size()) return;
  const ast::TypeRef& type = module.type(id);
  if (type.kind == ast::TypeRef::Kind::Record) add_fields(module, file, type.fields, prefix, out);
  for (ast::TypeRefId arg : type.args) add_type(module, file, arg, prefix, out);
}

void add_fields(const ast::Module& module, const dsl::SourceFile& file, const std::vector<ast::FieldDecl>& fields,
                const std::string& prefix, std::map<std::string, uint64_t>& out) {
  for (const ast::FieldDecl& field : fields) {
    const std::string key = prefix + "." + field.name.text;
    if (const auto bound = bound_in_text(documentation(module, file, field.span.begin))) out[key] = *bound;
    add_type(module, file, field.type, key, out);
  }
}

}  // namespace

std::optional<uint64_t> bound_in_text(std::string_view doc) {
  std::string lower(doc);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  constexpr std::string_view kPhrase = "at most ";
  for (size_t at = lower.find(kPhrase); at != std::string::npos; at = lower.find(kPhrase, at + 1)) {
    size_t i = at + kPhrase.size();
    uint64_t value = 0;
    bool digits = false;
    for (; i < lower.size(); ++i) {
      const char c = lower[i];
      if (std::isdigit(static_cast<unsigned char>(c))) {
        if (value > (UINT64_MAX - 9) / 10) return std::nullopt;
        value = value * 10 + static_cast<uint64_t>(c - '0');
        digits = true;
      } else if ((c == ',' || c == '_') && digits && i + 1 < lower.size() &&
                 std::isdigit(static_cast<unsigned char>(lower[i + 1]))) {
        continue;  // 1,000 and 1_000
      } else {
        break;
      }
    }
    if (digits) return value;
  }
  return std::nullopt;
}

std::map<std::string, uint64_t> declared_bounds(const std::vector<LoadedModule>& modules, const dsl::SourceMap& sources) {
  std::map<std::string, uint64_t> out;
  for (const LoadedModule& loaded : modules) {
    if (loaded.source.value >= sources.size()) continue;
    const dsl::SourceFile& file = sources.get(loaded.source);
    for (const ast::Decl& decl : loaded.ast.decls) {
      if (const auto* record = std::get_if<ast::RecordDecl>(&decl.node)) {
        add_fields(loaded.ast, file, record->fields, record->name.text, out);
      }
    }
  }
  return out;
}

}  // namespace charter::compiler::analysis
