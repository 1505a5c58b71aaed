#include "dsl/ast/ast_printer.hpp"

#include <charconv>
#include <cstdio>

#include "dsl/diag/render.hpp"

namespace charter::dsl::ast {
namespace {

std::string date_text(const DateLit& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", date.year, unsigned(date.month),
                unsigned(date.day));
  return buffer;
}

class Printer {
 public:
  Printer(const Module& module, const SourceFile* file, PrintOptions options)
      : module_(module), file_(file), options_(options) {}

  std::string take() { return std::move(out_); }

  void module() {
    if (module_.header) header(*module_.header);
    for (const Decl& decl : module_.decls) std::visit([&](const auto& d) { declaration(decl, d); }, decl.node);
  }

  std::string expr(ExprId id) {
    if (!id) return "<none>";
    const Expr& e = module_.expr(id);
    std::string inner = std::visit([&](const auto& node) { return expr_node(node); }, e.node);
    return e.parenthesized ? "(paren " + inner + ")" : inner;
  }

 private:
  // ---- layout
  void line(int depth, const std::string& text, const std::optional<Span>& span = std::nullopt) {
    out_.append(static_cast<size_t>(depth) * 2, ' ');
    out_ += text;
    if (span) out_ += at(*span);
    out_ += '\n';
  }

  std::string at(Span span) const {
    if (!options_.spans || file_ == nullptr) return "";
    const LineCol begin = file_->line_col(span.begin);
    const LineCol end = file_->line_col(span.end);
    return " @" + std::to_string(begin.line) + ":" + std::to_string(begin.column) + "-" +
           std::to_string(end.line) + ":" + std::to_string(end.column);
  }

  static std::string label(const std::optional<Name>& name) {
    return name ? " [" + name->text + "]" : "";
  }

  // ---- expressions
  std::string exprs(const std::vector<ExprId>& items) {
    std::string out;
    for (ExprId item : items) out += " " + expr(item);
    return out;
  }
  std::string expr_node(const NumberLit& n) { return format_number(n); }
  std::string expr_node(const BoolLit& b) { return b.value ? "true" : "false"; }
  std::string expr_node(const NullLit&) { return "null"; }
  std::string expr_node(const StringLit& s) {
    std::string out = "(string";
    for (const StringPart& part : s.parts) out += " " + (part.expr ? "{" + expr(part.expr) + "}" : json_quote(part.text));
    return out + ")";
  }
  std::string expr_node(const DurationLit& d) { return "(duration " + std::to_string(d.milliseconds) + "ms)"; }
  std::string expr_node(const DateLit& d) { return "(date " + date_text(d) + ")"; }
  std::string expr_node(const DateTimeLit& d) {
    return "(datetime " + std::to_string(d.epoch_microseconds) + "us offset " +
           std::to_string(d.offset_minutes) + "m)";
  }
  std::string expr_node(const TimeOfDayLit& t) { return "(time " + std::to_string(t.seconds) + "s)"; }
  std::string expr_node(const NameExpr& n) { return n.name; }
  std::string expr_node(const MemberExpr& m) {
    return "(" + std::string(m.optional_chain ? "?." : ".") + " " + expr(m.object) + " " + m.member.text + ")";
  }
  std::string expr_node(const IndexExpr& i) { return "(index " + expr(i.object) + " " + expr(i.index) + ")"; }
  std::string expr_node(const CallExpr& c) { return "(call " + expr(c.callee) + exprs(c.args) + ")"; }
  std::string expr_node(const UnaryExpr& u) {
    return "(" + std::string(u.op == UnaryOp::Not ? "not" : "neg") + " " + expr(u.operand) + ")";
  }
  std::string expr_node(const BinaryExpr& b) {
    return "(" + std::string(to_string(b.op)) + " " + expr(b.lhs) + " " + expr(b.rhs) + ")";
  }
  std::string expr_node(const IfExpr& i) {
    return "(if " + expr(i.condition) + " " + expr(i.then_branch) + " " + expr(i.else_branch) + ")";
  }
  std::string expr_node(const ListExpr& l) { return "(list" + exprs(l.items) + ")"; }
  std::string expr_node(const SetExpr& s) { return "(set" + exprs(s.items) + ")"; }
  std::string expr_node(const RecordExpr& r) {
    std::string out = "(record";
    for (const RecordEntry& entry : r.entries) {
      std::string key;
      for (const Name& part : entry.path) key += (key.empty() ? "" : ".") + part.text;
      out += " " + key + ": " + expr(entry.value);
    }
    return out + ")";
  }
  std::string expr_node(const RangeExpr& r) { return "(.. " + expr(r.low) + " " + expr(r.high) + ")"; }
  std::string expr_node(const QuantifierExpr& q) {
    static constexpr const char* kNames[] = {"any", "all", "count"};
    return "(" + std::string(kNames[static_cast<int>(q.kind)]) + " " + q.variable.text + " " +
           expr(q.collection) + " " + expr(q.condition) + ")";
  }

  // ---- types
  std::string type(TypeRefId id) {
    if (!id) return "<none>";
    const TypeRef& t = module_.type(id);
    std::string out;
    switch (t.kind) {
      case TypeRef::Kind::Named: out = t.name.joined(); break;
      case TypeRef::Kind::Generic: {
        out = t.name.joined() + "<";
        for (size_t i = 0; i < t.args.size(); ++i) out += (i ? ", " : "") + type(t.args[i]);
        out += ">";
        break;
      }
      case TypeRef::Kind::Record: {
        out = "{";
        for (size_t i = 0; i < t.fields.size(); ++i) out += (i ? ", " : "") + field_text(t.fields[i]);
        out += "}";
        break;
      }
    }
    return t.optional ? out + "?" : out;
  }
  std::string field_text(const FieldDecl& f) {
    std::string out = (f.quoted ? json_quote(f.name.text) : f.name.text) + ": " + type(f.type);
    if (f.default_value) out += " = " + expr(f.default_value);
    return out;
  }

  // ---- tables, rules
  std::string cell(const Cell& c) {
    std::string out;
    switch (c.kind) {
      case Cell::Kind::Any: out = "-"; break;
      case Cell::Kind::Equal: out = expr(c.value); break;
      case Cell::Kind::Compare: out = std::string(to_string(c.compare)) + " " + expr(c.value); break;
      case Cell::Kind::Range:
        out = (c.low ? expr(c.low) : "") + ".." + (c.high ? expr(c.high) : "");
        break;
      case Cell::Kind::Set: out = "{" + exprs(c.items) + " }"; break;
    }
    return c.negated ? "not " + out : out;
  }

  void table(int depth, TableId id) {
    const Table& t = module_.table(id);
    line(depth, "table " + std::string(to_string(t.policy)), t.span);
    std::string head = "columns";
    for (ExprId input : t.inputs) head += " " + expr(input) + " |";
    head += "|";
    for (const Name& output : t.outputs) head += " " + output.text;
    line(depth + 1, head);
    for (const TableRow& row : t.rows) {
      std::string text = "row" + label(row.label);
      for (const Cell& c : row.inputs) text += " " + cell(c) + " |";
      text += "|";
      for (ExprId output : row.outputs) text += " " + expr(output);
      line(depth + 1, text, row.span);
      if (row.reason) line(depth + 2, "because " + expr(row.reason));
    }
  }

  void outcome(int depth, const Outcome& o) {
    if (o.table) {
      table(depth, o.table);
    } else {
      line(depth, "outcome " + expr(o.expr), o.span);
    }
  }

  void rule(int depth, const Rule& r) {
    static constexpr const char* kKinds[] = {"when", "otherwise", "fallback"};
    line(depth, "rule " + std::string(kKinds[static_cast<int>(r.kind)]) + label(r.label), r.span);
    if (r.condition) line(depth + 1, "condition " + expr(r.condition));
    outcome(depth + 1, r.outcome);
    if (r.reason) line(depth + 1, "because " + expr(r.reason));
  }

  // ---- declarations
  void header(const Header& h) {
    line(0, "policy " + h.name.joined() + " version " + h.version.text, h.span);
    for (const MetaEntry& entry : h.entries) line(1, "meta " + entry.key.text + " " + expr(entry.value), entry.span);
  }

  void declaration(const Decl& decl, const UseDecl& u) {
    std::string text = "use " + u.path.joined();
    if (u.kind == UseDecl::Kind::Glob) text += ".*";
    if (u.kind == UseDecl::Kind::Items) {
      text += ".{";
      for (size_t i = 0; i < u.items.size(); ++i) {
        text += (i ? ", " : "") + u.items[i].name.text;
        if (u.items[i].alias) text += " as " + u.items[i].alias->text;
      }
      text += "}";
    }
    if (u.alias) text += " as " + u.alias->text;
    line(0, text, decl.span);
  }
  void declaration(const Decl& decl, const ConstDecl& c) {
    line(0, "const " + c.name.text + (c.type ? " : " + type(c.type) : ""), decl.span);
    line(1, "value " + expr(c.value));
  }
  void declaration(const Decl& decl, const LetDecl& l) {
    line(0, "let " + l.name.text + (l.type ? " : " + type(l.type) : ""), decl.span);
    line(1, "value " + expr(l.value));
  }
  void enum_member(int depth, const EnumMember& m) {
    line(depth, "value " + m.name.text + (m.json ? " = " + json_quote(*m.json) : ""), m.span);
    for (const EnumMember& child : m.children) enum_member(depth + 1, child);
  }
  void declaration(const Decl& decl, const EnumDecl& e) {
    line(0, "enum " + e.name.text + (e.json_style ? " json " + e.json_style->text : ""), decl.span);
    for (const EnumMember& m : e.members) enum_member(1, m);
  }
  void declaration(const Decl& decl, const RecordDecl& r) {
    line(0, "record " + r.name.text, decl.span);
    for (const FieldDecl& f : r.fields) line(1, "field " + field_text(f), f.span);
  }
  void declaration(const Decl& decl, const InputDecl& i) {
    line(0, "input " + type(i.type), decl.span);
    if (i.condition) line(1, "when " + expr(i.condition));
  }
  void declaration(const Decl& decl, const OutputDecl& o) {
    line(0, "output", decl.span);
    line(1, expr(o.value));
  }
  void declaration(const Decl& decl, const DecisionDecl& d) {
    line(0, "decision " + d.name.text + (d.type ? " : " + type(d.type) : "") +
                (d.expression_form ? " =" : ""),
         decl.span);
    for (const Rule& r : d.rules) rule(1, r);
  }
  void declaration(const Decl& decl, const GateDecl& g) {
    line(0, "gate " + g.name.text, decl.span);
    for (const GateRule& r : g.rules) {
      line(1, std::string(r.fallback ? "fallback " : "") + std::string(to_string(r.verdict)) + label(r.label), r.span);
      if (r.condition) line(2, "condition " + expr(r.condition));
      if (r.reason) line(2, "because " + expr(r.reason));
    }
  }
  void declaration(const Decl& decl, const ScorecardDecl& s) {
    line(0, "scorecard " + s.name.text + " out of " + expr(s.out_of), decl.span);
    for (const Criterion& c : s.criteria) {
      line(1, "criterion " + c.name.text + " " + expr(c.low) + ".." + expr(c.high) +
                  (c.block_form ? "" : " ="),
           c.span);
      for (const Rule& r : c.rules) rule(2, r);
    }
    if (s.band) {
      line(1, "band" + (s.band->type ? " " + type(s.band->type) : std::string()), s.band->span);
      for (const BandEntry& b : s.band->entries) {
        line(2, (b.low ? expr(b.low) : "") + ".." + (b.high ? expr(b.high) : "") + " => " + expr(b.value), b.span);
        if (b.reason) line(3, "because " + expr(b.reason));
      }
    }
  }
  void declaration(const Decl& decl, const TestDecl& t) {
    line(0, "test " + expr(t.name), decl.span);
    for (const TestItem& item : t.items) {
      if (const auto* given = std::get_if<Given>(&item)) {
        if (given->kind == Given::Kind::Fixture) {
          line(1, "given fixture " + expr(given->fixture) + (given->value ? " with " + expr(given->value) : ""), given->span);
        } else {
          line(1, "given " + expr(given->value), given->span);
        }
        continue;
      }
      const auto& expectation = std::get<Expectation>(item);
      switch (expectation.kind) {
        case Expectation::Kind::Holds: line(1, "expect " + expr(expectation.condition), expectation.span); break;
        case Expectation::Kind::Fired: line(1, "expect fired " + expectation.rule.joined(), expectation.span); break;
        case Expectation::Kind::Invalid: line(1, "expect invalid " + expr(expectation.field), expectation.span); break;
      }
    }
  }

  const Module& module_;
  const SourceFile* file_;
  PrintOptions options_;
  std::string out_;
};

}  // namespace

std::string format_number(const NumberLit& number) {
  // Integers are written out in full so that they read back as integers.
  char buffer[400];
  const auto result =
      number.is_integer
          ? std::to_chars(buffer, buffer + sizeof buffer, number.value, std::chars_format::fixed)
          : std::to_chars(buffer, buffer + sizeof buffer, number.value);
  std::string text(buffer, result.ptr);
  if (!number.is_integer && text.find_first_of(".en") == std::string::npos) text += ".0";
  return text;
}

std::string print_ast(const Module& module, const SourceFile& file, const PrintOptions& options) {
  Printer printer(module, &file, options);
  printer.module();
  std::string out = printer.take();
  if (!module.comments.empty()) {
    out += "comments " + std::to_string(module.comments.size()) + "\n";
  }
  return out;
}

std::string print_expr(const Module& module, ExprId id) {
  Printer printer(module, nullptr, PrintOptions{false});
  return printer.expr(id);
}

}  // namespace charter::dsl::ast
