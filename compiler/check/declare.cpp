// Declarations: the symbols of each module, its imports, the types of enums
// and records, the event kinds (entries) and the nodes of the graph.
#include <algorithm>

#include "base/check.hpp"
#include "compiler/check/checker_state.hpp"
#include "dsl/diag/suggest.hpp"

namespace charter::compiler::check_detail {

using dsl::DiagKind;

namespace {

bool is_std_path(const ast::QualifiedName& path) {
  return !path.parts.empty() && path.parts.front().text == "std";
}

std::optional<TypeId> primitive_type(std::string_view name) {
  if (name == "Bool") return TypeTable::kBool;
  if (name == "Int") return TypeTable::kInt;
  if (name == "Number") return TypeTable::kNumber;
  if (name == "String") return TypeTable::kString;
  if (name == "Time") return TypeTable::kTime;
  if (name == "Date") return TypeTable::kDate;
  if (name == "TimeOfDay") return TypeTable::kTimeOfDay;
  if (name == "Duration") return TypeTable::kDuration;
  return std::nullopt;
}

}  // namespace

std::optional<Symbol> CheckerState::lookup(size_t module, const std::string& name) const {
  const ModuleScope& scope = scopes_[module];
  if (const auto it = scope.own.find(name); it != scope.own.end()) return it->second;
  if (const auto it = scope.imported.find(name); it != scope.imported.end()) return it->second;
  return std::nullopt;
}

void CheckerState::declare_symbols() {
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    ModuleScope& scope = scopes_[m];
    scope.module = &bundle_.modules[m];
    const auto add = [&](const ast::Name& name, Symbol symbol) {
      symbol.module = m;
      symbol.span = name.span;
      const auto [it, inserted] = scope.own.emplace(name.text, symbol);
      if (!inserted) {
        error(DiagKind::DuplicateName, name.span, "`" + name.text + "` is declared twice in this module")
            .notes.push_back({it->second.span, "the first declaration of `" + name.text + "` is here"});
      }
    };
    const auto add_node = [&](const ast::Decl& decl, ir::NodeKind kind, const ast::Name& name) {
      ir::Node node;
      node.kind = kind;
      node.name = name.text;
      node.module = bundle_.modules[m].name;
      node.span = decl.span;
      node.name_span = name.span;
      program_.nodes.push_back(std::move(node));
      node_sources_.push_back({m, &decl, NodeSource::Status::Pending});
      return ir::NodeId{static_cast<uint32_t>(program_.nodes.size() - 1)};
    };
    for (const ast::Decl& decl : ast_of(m).decls) {
      if (const auto* c = std::get_if<ast::ConstDecl>(&decl.node)) {
        Symbol symbol = Symbol::of(Symbol::Kind::Const);
        symbol.decl = &decl;
        symbol.const_index = consts_.size();
        ConstState state;
        state.module = m;
        state.decl = c;
        state.span = decl.span;
        consts_.push_back(state);
        add(c->name, symbol);
      } else if (const auto* let = std::get_if<ast::LetDecl>(&decl.node)) {
        Symbol symbol = Symbol::of(Symbol::Kind::Let);
        symbol.node = add_node(decl, ir::NodeKind::Let, let->name);
        add(let->name, symbol);
      } else if (const auto* d = std::get_if<ast::DecisionDecl>(&decl.node)) {
        Symbol symbol = Symbol::of(Symbol::Kind::Decision);
        symbol.node = add_node(decl, ir::NodeKind::Decision, d->name);
        add(d->name, symbol);
      } else if (const auto* g = std::get_if<ast::GateDecl>(&decl.node)) {
        Symbol symbol = Symbol::of(Symbol::Kind::Gate);
        symbol.node = add_node(decl, ir::NodeKind::Gate, g->name);
        add(g->name, symbol);
      } else if (const auto* s = std::get_if<ast::ScorecardDecl>(&decl.node)) {
        Symbol symbol = Symbol::of(Symbol::Kind::Scorecard);
        symbol.node = add_node(decl, ir::NodeKind::Scorecard, s->name);
        add(s->name, symbol);
      } else if (const auto* e = std::get_if<ast::EnumDecl>(&decl.node)) {
        add(e->name, Symbol::of(Symbol::Kind::Enum));
      } else if (const auto* r = std::get_if<ast::RecordDecl>(&decl.node)) {
        add(r->name, Symbol::of(Symbol::Kind::Record));
      } else if (const auto* input = std::get_if<ast::InputDecl>(&decl.node)) {
        if (scope.input != nullptr) {
          error(DiagKind::DuplicateInput, decl.span, "a module reads one kind of event; this is a second `input`")
              .notes.push_back({scope.input_span, "the first `input` is here"});
        } else {
          scope.input = input;
          scope.input_span = decl.span;
        }
      } else if (std::holds_alternative<ast::OutputDecl>(decl.node)) {
        add_node(decl, ir::NodeKind::Output, ast::Name{"output", decl.span});
      }
    }
  }
}

bool CheckerState::from_failed_use(size_t module, std::string_view name, bool function) const {
  const ModuleScope& scope = scopes_[module];
  if (function ? scope.failed_library_glob : scope.failed_module_glob) return true;
  return scope.from_failed_use.contains(name.substr(0, name.find('.')));
}

void CheckerState::resolve_imports() {
  for (size_t m = 0; m < bundle_.modules.size(); ++m) {
    ModuleScope& scope = scopes_[m];
    for (const ast::Decl& decl : ast_of(m).decls) {
      const auto* use = std::get_if<ast::UseDecl>(&decl.node);
      if (use == nullptr) continue;
      const std::string path = use->path.joined();
      // Everything this `use` would have brought in, for when it fails.
      const auto failed = [&] {
        if (use->kind == ast::UseDecl::Kind::Glob) (is_std_path(use->path) ? scope.failed_library_glob : scope.failed_module_glob) = true;
        if (use->alias) scope.from_failed_use.insert(use->alias->text);
        for (const ast::UseItem& item : use->items) scope.from_failed_use.insert(item.alias ? item.alias->text : item.name.text);
      };
      if (is_std_path(use->path)) {
        const std::string prefix = path + ".";
        std::vector<std::string_view> known;
        for (const auto& entry : builtins_.entries()) {
          if (entry.name.rfind(prefix, 0) == 0) known.push_back(std::string_view(entry.name).substr(prefix.size()));
        }
        if (known.empty()) {
          static constexpr std::string_view kLibraries[] = {"std.core", "std.text", "std.message", "std.contact",
                                                              "std.time", "std.list",  "std.num"};
          auto& diag = error(DiagKind::UnknownBuiltin, use->path.span, "there is no library `" + path + "`");
          if (const auto s = dsl::closest_match(path, std::vector<std::string_view>(std::begin(kLibraries), std::end(kLibraries)))) {
            diag.help = "did you mean `" + std::string(*s) + "`?";
            diag.fix = dsl::DiagFix{use->path.span, std::string(*s)};
          } else {
            diag.help = "the libraries are std.core, std.text, std.message, std.contact, std.time, std.list and std.num";
          }
          failed();
          continue;
        }
        if (use->kind == ast::UseDecl::Kind::Glob) scope.builtin_globs.push_back(prefix);
        if (use->kind == ast::UseDecl::Kind::Module && use->alias) {
          Symbol symbol = Symbol::of(Symbol::Kind::Module);
          symbol.builtin = path;
          symbol.span = use->alias->span;
          scope.imported[use->alias->text] = symbol;
        }
        for (const ast::UseItem& item : use->items) {
          if (builtins_.find(prefix + item.name.text).empty()) {
            auto& diag = error(DiagKind::UnknownBuiltin, item.name.span,
                               "`" + path + "` has no function `" + item.name.text + "`");
            if (const auto s = dsl::closest_match(item.name.text, known)) diag.help = "did you mean `" + std::string(*s) + "`?";
            scope.from_failed_use.insert(item.alias ? item.alias->text : item.name.text);
            continue;
          }
          Symbol symbol = Symbol::of(Symbol::Kind::Builtin);
          symbol.builtin = prefix + item.name.text;
          symbol.span = item.name.span;
          scope.imported[item.alias ? item.alias->text : item.name.text] = symbol;
        }
        continue;
      }
      const auto target = std::find_if(bundle_.modules.begin(), bundle_.modules.end(),
                                       [&](const LoadedModule& module) { return module.name == path; });
      if (target == bundle_.modules.end()) {  // the loader reported it
        failed();
        continue;
      }
      const size_t target_index = static_cast<size_t>(target - bundle_.modules.begin());
      const auto import_one = [&](const std::string& name, const Symbol& symbol) {
        const auto [it, inserted] = scope.imported.emplace(name, symbol);
        if (!inserted && (it->second.module != symbol.module || it->second.kind != symbol.kind)) {
          auto& sources = scope.ambiguous[name];
          if (sources.empty()) sources.push_back(bundle_.modules[it->second.module].name);
          sources.push_back(bundle_.modules[symbol.module].name);
        }
      };
      switch (use->kind) {
        case ast::UseDecl::Kind::Glob:
          for (const auto& [name, symbol] : scopes_[target_index].own) import_one(name, symbol);
          break;
        case ast::UseDecl::Kind::Items:
          for (const ast::UseItem& item : use->items) {
            const auto& own = scopes_[target_index].own;
            const auto it = own.find(item.name.text);
            if (it == own.end()) {
              std::vector<std::string_view> names;
              for (const auto& [name, symbol] : own) names.push_back(name);
              std::sort(names.begin(), names.end());
              auto& diag = error(DiagKind::UnknownImport, item.name.span,
                                 "`" + path + "` declares no `" + item.name.text + "`");
              if (const auto s = dsl::closest_match(item.name.text, names)) diag.help = "did you mean `" + std::string(*s) + "`?";
              scope.from_failed_use.insert(item.alias ? item.alias->text : item.name.text);
              continue;
            }
            import_one(item.alias ? item.alias->text : item.name.text, it->second);
          }
          break;
        case ast::UseDecl::Kind::Module:
          if (use->alias) {
            Symbol symbol = Symbol::of(Symbol::Kind::Module);
            symbol.target_module = target_index;
            symbol.span = use->alias->span;
            scope.imported[use->alias->text] = symbol;
          }
          break;
      }
    }
  }
}

TypeId CheckerState::resolve_type(size_t module, ast::TypeRefId ref) {
  const ast::TypeRef& written = ast_of(module).type(ref);
  TypeId resolved = TypeTable::kError;
  switch (written.kind) {
    case ast::TypeRef::Kind::Record: {
      stdlib::RecordInfo record;
      for (const ast::FieldDecl& field : written.fields) {
        record.fields.push_back({field.name.text, resolve_type(module, field.type), field.default_value.valid()});
      }
      resolved = program_.types.add_record(std::move(record));
      type_spans_[resolved.value] = written.span;
      pending_defaults_.push_back({module, resolved, &written.fields});
      break;
    }
    case ast::TypeRef::Kind::Generic: {
      const std::string name = written.name.joined();
      const size_t arity = name == "Map" ? 2 : 1;
      if ((name != "List" && name != "Set" && name != "Map") || written.args.size() != arity) {
        error(DiagKind::UnknownType, written.name.span,
              name == "List" || name == "Set" || name == "Map"
                  ? "`" + name + "` takes " + std::to_string(arity) + " type argument" + (arity > 1 ? "s" : "")
                  : "there is no generic type `" + name + "`")
            .help = "the collection types are List<T>, Set<T> and Map<String, T>";
        break;
      }
      const TypeId first = resolve_type(module, written.args[0]);
      if (name == "List") resolved = program_.types.list_of(first);
      if (name == "Set") resolved = program_.types.set_of(first);
      if (name == "Map") {
        if (first != TypeTable::kString && first != TypeTable::kError) {
          error(DiagKind::TypeMismatch, ast_of(module).type(written.args[0]).span,
                "map keys are strings, not " + type_name(first));
        }
        resolved = program_.types.map_of(resolve_type(module, written.args[1]));
      }
      break;
    }
    case ast::TypeRef::Kind::Named: {
      const std::string name = written.name.joined();
      if (const auto primitive = primitive_type(name)) {
        resolved = *primitive;
        break;
      }
      std::optional<Symbol> symbol;
      if (written.name.parts.size() == 1) {
        symbol = lookup(module, name);
      } else {
        // `mwms.vocabulary.Route`: a module's name, then a type.
        const std::string module_name = name.substr(0, name.rfind('.'));
        for (size_t m = 0; m < bundle_.modules.size(); ++m) {
          if (bundle_.modules[m].name == module_name) {
            const auto it = scopes_[m].own.find(written.name.parts.back().text);
            if (it != scopes_[m].own.end()) symbol = it->second;
          }
        }
      }
      if (symbol && (symbol->kind == Symbol::Kind::Enum || symbol->kind == Symbol::Kind::Record) &&
          symbol->type != TypeTable::kError && symbol->type.value != 0) {
        resolved = symbol->type;
        break;
      }
      if (!symbol && from_failed_use(module, name)) break;  // reported with the `use`
      std::vector<std::string> candidates = {"Bool", "Int", "Number", "String", "Time", "Date", "TimeOfDay", "Duration", "List", "Set", "Map"};
      for (const auto* table : {&scopes_[module].own, &scopes_[module].imported}) {
        for (const auto& [candidate, s] : *table) {
          if (s.kind == Symbol::Kind::Enum || s.kind == Symbol::Kind::Record) candidates.push_back(candidate);
        }
      }
      std::sort(candidates.begin(), candidates.end());
      const std::vector<std::string_view> views(candidates.begin(), candidates.end());
      auto& diag = error(DiagKind::UnknownType, written.name.span,
                         symbol ? "`" + name + "` is not a type" : "unknown type `" + name + "`");
      if (const auto s = dsl::closest_match(name, views)) diag.help = "did you mean `" + std::string(*s) + "`?";
      else if (!symbol) diag.help = "declare it with `enum` or `record`, or import it with `use`";
      break;
    }
  }
  return written.optional ? program_.types.optional_of(resolved) : resolved;
}

}  // namespace charter::compiler::check_detail
