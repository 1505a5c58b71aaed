// Layout of bracketed lists (lists, sets, records, call arguments, `use`
// items) and of written types (see formatter.hpp). A list stays on one line
// when it fits; otherwise each item gets a line of its own, followed by a
// comma. A comment between two items keeps the list broken, and in place.
#include "dsl/format/formatter.hpp"
#include "dsl/format/string_escape.hpp"

namespace charter::dsl::format_detail {
namespace {

// Record keys are written bare when they can be: `{ "ok": 1 }` is `{ ok: 1 }`.
bool is_word(const std::string& text) {
  if (text.empty() || (text[0] >= '0' && text[0] <= '9')) return false;
  for (const char c : text) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter && !(c >= '0' && c <= '9') && c != '_') return false;
  }
  return true;
}

}  // namespace

Doc Formatter::collection(const std::string& open, uint32_t open_pos, std::vector<Item> items,
                          const std::string& close, uint32_t close_pos, bool spaced,
                          bool trailing_comma) {
  if (items.empty()) return Doc::text(open + close, open_pos, close_pos + 1);
  bool comment_at_break = gap_has_comment(open_pos + 1, items.front().begin) ||
                          gap_has_comment(items.back().end, close_pos);
  // Flat: `[a, b]` or `{ a: 1 }`; broken: one item per line.
  Doc body = spaced ? Doc::line() : Doc::soft_line();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      body += ",";
      body += Doc::line();
      comment_at_break = comment_at_break || gap_has_comment(items[i - 1].end, items[i].begin);
    }
    body += std::move(items[i].doc);
  }
  if (trailing_comma) body += Doc::if_broken(",");
  Doc doc = Doc::text(open, open_pos, open_pos + 1);
  doc += Doc::indent(kIndent, std::move(body));
  doc += spaced ? Doc::line() : Doc::soft_line();
  doc += Doc::text(close, close_pos, close_pos + 1);
  return Doc::group(std::move(doc), comment_at_break);
}

Doc Formatter::brackets(const ast::Expr& e, char open, const std::vector<ast::ExprId>& items,
                        char close) {
  const uint32_t open_pos = source_.past_parentheses(e.span.begin);
  std::vector<Item> docs;
  for (const ast::ExprId item : items) {
    const Span span = module_.expr(item).span;
    docs.push_back({expr(item), span.begin, span.end});
  }
  const uint32_t close_pos =
      source_.skip_to_closing(items.empty() ? open_pos + 1 : module_.expr(items.back()).span.end);
  return collection(std::string(1, open), open_pos, std::move(docs), std::string(1, close),
                    close_pos, false);
}

Doc Formatter::record(const ast::Expr& e, const ast::RecordExpr& r) {
  const uint32_t open_pos = source_.past_parentheses(e.span.begin);
  std::vector<Item> entries;
  for (const ast::RecordEntry& entry : r.entries) {
    std::string key;
    for (const ast::Name& part : entry.path) {
      if (!key.empty()) key += '.';
      key += is_word(part.text) ? part.text : quoted(part.text);
    }
    Doc doc = Doc::text(key + ": ", entry.span.begin, entry.path.back().span.end);
    doc += expr(entry.value);
    entries.push_back({std::move(doc), entry.span.begin, entry.span.end});
  }
  const uint32_t close_pos =
      source_.skip_to_closing(r.entries.empty() ? open_pos + 1 : r.entries.back().span.end);
  return collection("{", open_pos, std::move(entries), "}", close_pos, true);
}

Doc Formatter::call_args(const ast::CallExpr& c, uint32_t callee_end) {
  const uint32_t open_pos = source_.skip_trivia(callee_end);
  std::vector<Item> args;
  for (const ast::ExprId arg : c.args) {
    const Span span = module_.expr(arg).span;
    args.push_back({expr(arg), span.begin, span.end});
  }
  const uint32_t close_pos =
      source_.skip_to_closing(c.args.empty() ? open_pos + 1 : module_.expr(c.args.back()).span.end);
  return collection("(", open_pos, std::move(args), ")", close_pos, false);
}

std::string Formatter::type(ast::TypeRefId id) {
  if (!id) return {};
  const ast::TypeRef& t = module_.type(id);
  std::string out;
  switch (t.kind) {
    case ast::TypeRef::Kind::Named: out = t.name.joined(); break;
    case ast::TypeRef::Kind::Generic:
      out = t.name.joined() + "<";
      for (size_t i = 0; i < t.args.size(); ++i) out += (i > 0 ? ", " : "") + type(t.args[i]);
      out += ">";
      break;
    case ast::TypeRef::Kind::Record:
      out = "{";
      for (size_t i = 0; i < t.fields.size(); ++i) {
        out += (i > 0 ? ", " : " ") + field_text(t.fields[i]);
      }
      out += t.fields.empty() ? "}" : " }";
      break;
  }
  return t.optional ? out + "?" : out;
}

std::string Formatter::field_text(const ast::FieldDecl& field) {
  std::string out = (field.quoted ? quoted(field.name.text) : field.name.text) + ": ";
  out += type(field.type);
  if (field.default_value) out += " = " + flat(field.default_value);
  return out;
}

}  // namespace charter::dsl::format_detail
