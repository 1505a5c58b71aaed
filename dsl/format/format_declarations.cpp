// Layout of the header and of the declarations that are not rule blocks:
// `use`, `const`, `let`, `input`, `output`, enumerations and records (see
// formatter.hpp). Enumerations stay on one line while they fit; records
// always take one field per line with the types in one column.
#include "dsl/format/formatter.hpp"
#include "dsl/format/string_escape.hpp"

namespace charter::dsl::format_detail {

void Formatter::declaration(const ast::Decl& decl) {
  const ast::DeclNode& node = decl.node;
  if (const auto* u = std::get_if<ast::UseDecl>(&node)) return use(decl, *u);
  if (const auto* c = std::get_if<ast::ConstDecl>(&node)) {
    return value_decl(decl, "const ", c->name, c->type, c->value);
  }
  if (const auto* l = std::get_if<ast::LetDecl>(&node)) {
    return value_decl(decl, "let ", l->name, l->type, l->value);
  }
  if (const auto* e = std::get_if<ast::EnumDecl>(&node)) return enumeration(decl, *e);
  if (const auto* r = std::get_if<ast::RecordDecl>(&node)) return record_decl(decl, *r);
  if (const auto* i = std::get_if<ast::InputDecl>(&node)) return input(decl, *i);
  if (const auto* o = std::get_if<ast::OutputDecl>(&node)) {
    Doc doc = Doc::text("output ", decl.span.begin, decl.span.begin + 1);
    doc += expr(o->value);
    emit(doc, 0);
    return;
  }
  if (const auto* d = std::get_if<ast::DecisionDecl>(&node)) return decision(decl, *d);
  if (const auto* g = std::get_if<ast::GateDecl>(&node)) return gate(decl, *g);
  if (const auto* s = std::get_if<ast::ScorecardDecl>(&node)) return scorecard(decl, *s);
  test(decl, std::get<ast::TestDecl>(node));
}

void Formatter::header(const ast::Header& h) {
  const std::string head =
      "policy " + h.name.joined() + " version " + std::string(source_.slice(h.version.span));
  if (h.entries.empty()) {
    emit_line(0, head, h.span.begin, h.version.span.end);
    return;
  }
  opening_line(0, head, h.span.begin, source_.skip_trivia(h.version.span.end));
  int key_width = 0;
  for (const ast::MetaEntry& entry : h.entries) {
    key_width = std::max(key_width, text_width(entry.key.text));
  }
  const int group = new_align_group();
  for (const ast::MetaEntry& entry : h.entries) {
    Line& line = emit_line(kIndent, pad(entry.key.text, key_width) + " " + flat(entry.value),
                           entry.span.begin, entry.span.end);
    line.starts_item = true;
    line.align_group = group;
  }
  closing_line(0, h.span.end - 1);
}

void Formatter::use(const ast::Decl& decl, const ast::UseDecl& u) {
  Doc doc = Doc::text("use " + u.path.joined(), decl.span.begin, u.path.span.end);
  // `use a.b.*` and `use a.b.{x}`: the `.` after the path, then `*` or `{`.
  const uint32_t after_dot = source_.skip_trivia(u.path.span.end) + 1;
  if (u.kind == ast::UseDecl::Kind::Glob) doc += Doc::text(".*", after_dot, after_dot + 1);
  if (u.kind == ast::UseDecl::Kind::Items) {
    std::vector<Item> items;
    for (const ast::UseItem& item : u.items) {
      std::string text = item.name.text;
      uint32_t end = item.name.span.end;
      if (item.alias) {
        text += " as " + item.alias->text;
        end = item.alias->span.end;
      }
      items.push_back({Doc::text(text, item.name.span.begin, end), item.name.span.begin, end});
    }
    const uint32_t close =
        source_.skip_to_closing(items.empty() ? after_dot + 1 : items.back().end);
    doc += ".";
    // No comma after the last name: the grammar takes one as the start of another.
    doc += collection("{", after_dot, std::move(items), "}", close, false, false);
  }
  if (u.alias) doc += Doc::text(" as " + u.alias->text, u.alias->span.begin, u.alias->span.end);
  emit(doc, 0);
}

void Formatter::value_decl(const ast::Decl& decl, const char* keyword, const ast::Name& name,
                           ast::TypeRefId type_id, ast::ExprId value) {
  Doc doc = Doc::text(keyword + name.text, decl.span.begin, name.span.end);
  if (type_id) doc += " : " + type(type_id);
  doc += " = ";
  doc += expr(value);
  emit(doc, 0);
}

void Formatter::input(const ast::Decl& decl, const ast::InputDecl& i) {
  Doc doc = Doc::text("input " + type(i.type), decl.span.begin, module_.type(i.type).span.end);
  if (i.condition) {
    doc += " when ";
    doc += condition(i.condition);
  }
  emit(doc, 0);
}

// ---------------------------------------------------------------- enumerations

namespace {

// Members go on one line when they fit and none has members of its own: a
// hierarchy reads best one member per line.
bool flat_members(const std::vector<ast::EnumMember>& members) {
  for (const ast::EnumMember& m : members) {
    if (!m.children.empty()) return false;
  }
  return true;
}

}  // namespace

std::string Formatter::enum_member_flat(const ast::EnumMember& m) {
  std::string out = m.name.text;
  if (m.json) out += " = " + quoted(*m.json);
  if (m.children.empty()) return out;
  out += " {";
  for (size_t i = 0; i < m.children.size(); ++i) {
    out += (i > 0 ? ", " : " ") + enum_member_flat(m.children[i]);
  }
  return out + " }";
}

void Formatter::enumeration(const ast::Decl& decl, const ast::EnumDecl& e) {
  std::string head = "enum " + e.name.text;
  if (e.json_style) head += " json " + e.json_style->text;
  const uint32_t brace =
      source_.skip_trivia(e.json_style ? e.json_style->span.end : e.name.span.end);
  const uint32_t close = decl.span.end - 1;
  std::string one_line = head + " {";
  for (size_t i = 0; i < e.members.size(); ++i) {
    one_line += (i > 0 ? ", " : " ") + enum_member_flat(e.members[i]);
  }
  one_line += e.members.empty() ? "}" : " }";
  // A comment inside the braces keeps its place only with one member per line.
  if (e.members.empty() ||
      (flat_members(e.members) && fits(0, one_line) && !source_.has_comment(brace, close))) {
    emit_line(0, one_line, decl.span.begin, decl.span.end);
    return;
  }
  opening_line(0, head, decl.span.begin, brace);
  enum_members(e.members, kIndent);
  closing_line(0, close);
}

void Formatter::enum_members(const std::vector<ast::EnumMember>& members, int indent) {
  for (const ast::EnumMember& m : members) {
    const std::string one_line = enum_member_flat(m);
    const uint32_t brace = source_.skip_trivia(m.json_span ? m.json_span->end : m.name.span.end);
    const uint32_t close = m.span.end - 1;
    if (m.children.empty() || (flat_members(m.children) && fits(indent, one_line) &&
                               !source_.has_comment(brace, close))) {
      emit_line(indent, one_line, m.span.begin, m.span.end).starts_item = true;
      continue;
    }
    std::string head = m.name.text;
    if (m.json) head += " = " + quoted(*m.json);
    opening_line(indent, head, m.span.begin, brace).starts_item = true;
    enum_members(m.children, indent + kIndent);
    closing_line(indent, close);
  }
}

// ---------------------------------------------------------------- records

void Formatter::record_decl(const ast::Decl& decl, const ast::RecordDecl& r) {
  const std::string head = "record " + r.name.text;
  if (r.fields.empty()) {
    emit_line(0, head + " {}", decl.span.begin, decl.span.end);
    return;
  }
  opening_line(0, head, decl.span.begin, source_.skip_trivia(r.name.span.end));
  fields(r.fields, kIndent);
  closing_line(0, decl.span.end - 1);
}

// One field per line, the types in one column; an inline record type that
// does not fit (or holds a comment) gets a block of its own.
void Formatter::fields(const std::vector<ast::FieldDecl>& list, int indent) {
  const auto key = [](const ast::FieldDecl& f) {
    return (f.quoted ? quoted(f.name.text) : f.name.text) + ":";
  };
  int key_width = 0;
  for (const ast::FieldDecl& f : list) key_width = std::max(key_width, text_width(key(f)));
  const int group = new_align_group();
  for (const ast::FieldDecl& f : list) {
    const std::string padded = pad(key(f), key_width + 1);
    const std::string default_text = f.default_value ? " = " + flat(f.default_value) : "";
    const std::string one_line = padded + type(f.type) + default_text;
    const ast::TypeRef& t = module_.type(f.type);
    const uint32_t close = t.kind == ast::TypeRef::Kind::Record && !t.fields.empty()
                               ? source_.skip_to_closing(t.fields.back().span.end)
                               : t.span.end;
    const bool block = t.kind == ast::TypeRef::Kind::Record && !t.fields.empty() &&
                       (!fits(indent, one_line) || source_.has_comment(t.span.begin, close));
    if (!block) {
      Line& line = emit_line(indent, one_line, f.span.begin, f.span.end);
      line.starts_item = true;
      line.align_group = group;
      continue;
    }
    Line& open = emit_line(indent, padded + "{", f.span.begin, t.span.begin + 1);
    open.opens = true;
    open.starts_item = true;
    open.align_group = group;
    fields(t.fields, indent + kIndent);
    const std::string tail = std::string("}") + (t.optional ? "?" : "") + default_text;
    emit_line(indent, tail, close, f.span.end).closes = true;
  }
}

}  // namespace charter::dsl::format_detail
