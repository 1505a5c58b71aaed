// Unused constants (W0503) and imports (W0504), read from the parsed
// modules (the checked program keeps neither). A constant is used when its
// name (or the name a `use … as` gives it) is written outside the values of
// constants that are themselves unused, in any module. A `use` is unused
// when no name it brings in is written in the module: for `use m.*` any
// name `m` declares (enum values included, since `=> Quarantine` finds its
// enum by context); for `use m.{a, b as c}` each item; for `use m as x`,
// `x`. Names are compared as words, so a name written for something else (a
// quantifier variable, a record field) keeps a declaration counted as used:
// the check may miss an unused one, never report a used one. Enum values
// and records are never reported: a vocabulary is shared by modules that
// each use part of it.
#include <algorithm>
#include <set>

#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

namespace ast = dsl::ast;

void children(const ast::Expr& expr, std::vector<ast::ExprId>& out) {
  std::visit(
      [&](const auto& node) {
        using T = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<T, ast::MemberExpr>) out.push_back(node.object);
        if constexpr (std::is_same_v<T, ast::IndexExpr>) out.insert(out.end(), {node.object, node.index});
        if constexpr (std::is_same_v<T, ast::CallExpr>) {
          out.push_back(node.callee);
          out.insert(out.end(), node.args.begin(), node.args.end());
        }
        if constexpr (std::is_same_v<T, ast::UnaryExpr>) out.push_back(node.operand);
        if constexpr (std::is_same_v<T, ast::BinaryExpr>) out.insert(out.end(), {node.lhs, node.rhs});
        if constexpr (std::is_same_v<T, ast::IfExpr>) out.insert(out.end(), {node.condition, node.then_branch, node.else_branch});
        if constexpr (std::is_same_v<T, ast::ListExpr> || std::is_same_v<T, ast::SetExpr>) {
          out.insert(out.end(), node.items.begin(), node.items.end());
        }
        if constexpr (std::is_same_v<T, ast::RecordExpr>) {
          for (const ast::RecordEntry& entry : node.entries) out.push_back(entry.value);
        }
        if constexpr (std::is_same_v<T, ast::RangeExpr>) out.insert(out.end(), {node.low, node.high});
        if constexpr (std::is_same_v<T, ast::QuantifierExpr>) out.insert(out.end(), {node.collection, node.condition});
        if constexpr (std::is_same_v<T, ast::StringLit>) {
          for (const ast::StringPart& part : node.parts) out.push_back(part.expr);
        }
      },
      expr.node);
}

void add_word(const ast::Expr& expr, std::set<std::string>& words) {
  if (const auto* name = std::get_if<ast::NameExpr>(&expr.node)) words.insert(name->name);
  if (const auto* member = std::get_if<ast::MemberExpr>(&expr.node)) words.insert(member->member.text);
}

// Marks `id` and every expression under it.
void mark(const ast::Module& module, ast::ExprId id, std::vector<bool>& marked) {
  if (!id || id.value >= module.exprs.size() || marked[id.value]) return;
  marked[id.value] = true;
  std::vector<ast::ExprId> below;
  children(module.expr(id), below);
  for (ast::ExprId child : below) mark(module, child, marked);
}

struct Constant {
  size_t module;
  const ast::ConstDecl* decl;
  std::vector<bool> value;  // the expressions of its value
  bool used = false;
};

// The words of every expression not marked, of every type written, and of
// the rules tests name.
std::set<std::string> module_words(const ast::Module& module, const std::vector<bool>& skip) {
  std::set<std::string> words;
  for (size_t e = 0; e < module.exprs.size(); ++e) {
    if (!skip[e]) add_word(module.exprs[e], words);
  }
  for (const ast::TypeRef& type : module.types) {
    for (const ast::Name& part : type.name.parts) words.insert(part.text);
  }
  for (const ast::Decl& decl : module.decls) {
    if (const auto* test = std::get_if<ast::TestDecl>(&decl.node)) {
      for (const ast::TestItem& item : test->items) {
        if (const auto* expect = std::get_if<ast::Expectation>(&item)) {
          for (const ast::Name& part : expect->rule.parts) words.insert(part.text);
        }
      }
    }
  }
  return words;
}

// The index of the module named `path`, or SIZE_MAX.
size_t find_module(const std::vector<LoadedModule>& modules, const std::string& path) {
  for (size_t m = 0; m < modules.size(); ++m) {
    if (modules[m].name == path) return m;
  }
  return SIZE_MAX;
}

// The other names a module that `use`s `target` gives its constant `name`.
std::vector<std::string> names_for(const ast::Module& importer, const std::string& target, const std::string& name) {
  std::vector<std::string> names;
  for (const ast::Decl& decl : importer.decls) {
    const auto* use = std::get_if<ast::UseDecl>(&decl.node);
    if (use == nullptr || use->path.joined() != target) continue;
    for (const ast::UseItem& item : use->items) {
      if (item.name.text == name && item.alias) names.push_back(item.alias->text);
    }
  }
  return names;
}

void check_constants(const Context& ctx, const std::vector<LoadedModule>& modules) {
  std::vector<Constant> constants;
  std::vector<std::vector<bool>> in_constants(modules.size());
  for (size_t m = 0; m < modules.size(); ++m) {
    const ast::Module& module = modules[m].ast;
    in_constants[m].assign(module.exprs.size(), false);
    for (const ast::Decl& decl : module.decls) {
      const auto* constant = std::get_if<ast::ConstDecl>(&decl.node);
      if (constant == nullptr) continue;
      Constant c{m, constant, std::vector<bool>(module.exprs.size(), false)};
      mark(module, constant->value, c.value);
      mark(module, constant->value, in_constants[m]);
      constants.push_back(std::move(c));
    }
  }
  std::vector<std::set<std::string>> words;
  for (size_t m = 0; m < modules.size(); ++m) words.push_back(module_words(modules[m].ast, in_constants[m]));
  // Used constants make the words of their values count, until nothing changes.
  for (bool changed = true; changed;) {
    changed = false;
    for (Constant& c : constants) {
      if (c.used) continue;
      const std::string& name = c.decl->name.text;
      c.used = words[c.module].count(name) > 0;
      // Another module may name it in full (`m.vocabulary.LIMIT`), through a
      // glob or by an alias its `use` gives.
      for (size_t m = 0; m < modules.size() && !c.used; ++m) {
        if (m == c.module) continue;
        c.used = words[m].count(name) > 0;
        for (const std::string& alias : names_for(modules[m].ast, modules[c.module].name, name)) {
          c.used = c.used || words[m].count(alias) > 0;
        }
      }
      if (!c.used) continue;
      changed = true;
      const ast::Module& module = modules[c.module].ast;
      for (size_t e = 0; e < module.exprs.size(); ++e) {
        if (c.value[e]) add_word(module.exprs[e], words[c.module]);
      }
    }
  }
  for (const Constant& c : constants) {
    if (c.used) continue;
    ctx.sink.emit(dsl::DiagKind::UnusedConstant, c.decl->name.span, "constant " + quoted_name(c.decl->name.text) + " is never used")
        .help = "remove it, or use it where the policy means it";
  }
}

// Every name module `m` declares, enum values included.
void declared_names(const ast::Module& module, std::set<std::string>& out) {
  const auto members = [&](const auto& self, const std::vector<ast::EnumMember>& list) -> void {
    for (const ast::EnumMember& member : list) {
      out.insert(member.name.text);
      self(self, member.children);
    }
  };
  for (const ast::Decl& decl : module.decls) {
    std::visit(
        [&](const auto& node) {
          using T = std::decay_t<decltype(node)>;
          if constexpr (requires { node.name.text; }) {
            if constexpr (!std::is_same_v<T, ast::TestDecl>) out.insert(node.name.text);
          }
          if constexpr (std::is_same_v<T, ast::EnumDecl>) members(members, node.members);
        },
        decl.node);
  }
}

using Words = std::set<std::string>;

void emit_unused_use(const Context& ctx, const ast::Decl& decl, const std::string& message) {
  ctx.sink.emit(dsl::DiagKind::UnusedImport, decl.span, message).help = "remove the `use`";
}

// `use m as x` (`use m`: names are written in full, `m.…`).
void check_module_use(const Context& ctx, const ast::Decl& decl, const ast::UseDecl& use, const Words& words) {
  const std::string local = use.alias ? use.alias->text : use.path.parts.front().text;
  if (words.count(local) > 0) return;
  emit_unused_use(ctx, decl, "`use " + use.path.joined() + (use.alias ? " as " + use.alias->text : "") + "` is never used");
}

// `use m.*`: any name `m` declares, or any function of a library.
void check_glob_use(const Context& ctx, const ast::Decl& decl, const ast::UseDecl& use, const Words& words,
                    const std::vector<LoadedModule>& modules) {
  const std::string path = use.path.joined();
  Words names;
  if (use.path.parts.front().text == "std") {
    if (ctx.options.builtins == nullptr) return;
    for (const auto& entry : ctx.options.builtins->entries()) {
      if (entry.name.rfind(path + ".", 0) == 0) names.insert(entry.name.substr(path.size() + 1));
    }
  } else if (const size_t target = find_module(modules, path); target != SIZE_MAX) {
    declared_names(modules[target].ast, names);
  }
  if (names.empty()) return;  // nothing known to compare with
  if (std::any_of(names.begin(), names.end(), [&](const std::string& name) { return words.count(name) > 0; })) return;
  emit_unused_use(ctx, decl, "nothing that `use " + path + ".*` brings in is used");
}

// `use m.{a, b as c}`: each item.
void check_item_use(const Context& ctx, const ast::Decl& decl, const ast::UseDecl& use, const Words& words) {
  std::vector<const ast::UseItem*> unused;
  for (const ast::UseItem& item : use.items) {
    if (words.count(item.alias ? item.alias->text : item.name.text) == 0) unused.push_back(&item);
  }
  if (!unused.empty() && unused.size() == use.items.size()) {
    emit_unused_use(ctx, decl, "nothing that `use " + use.path.joined() + ".{…}` brings in is used");
    return;
  }
  for (const ast::UseItem* item : unused) {
    ctx.sink.emit(dsl::DiagKind::UnusedImport, item->name.span,
                  quoted_name(item->alias ? item->alias->text : item->name.text) + " is imported but never used")
        .help = "remove it from the `use`";
  }
}

void check_imports(const Context& ctx, const std::vector<LoadedModule>& modules) {
  for (const LoadedModule& loaded : modules) {
    const ast::Module& module = loaded.ast;
    const Words words = module_words(module, std::vector<bool>(module.exprs.size(), false));
    for (const ast::Decl& decl : module.decls) {
      const auto* use = std::get_if<ast::UseDecl>(&decl.node);
      if (use == nullptr || use->path.parts.empty()) continue;
      switch (use->kind) {
        case ast::UseDecl::Kind::Module: check_module_use(ctx, decl, *use, words); break;
        case ast::UseDecl::Kind::Glob: check_glob_use(ctx, decl, *use, words, modules); break;
        case ast::UseDecl::Kind::Items: check_item_use(ctx, decl, *use, words); break;
      }
    }
  }
}

}  // namespace

void check_unused_declarations(const Context& ctx) {
  if (ctx.options.modules == nullptr) return;
  check_constants(ctx, *ctx.options.modules);
  check_imports(ctx, *ctx.options.modules);
}

}  // namespace charter::compiler::analysis
