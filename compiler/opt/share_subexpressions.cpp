// Common sub-expression sharing. First, structurally equal expressions are
// made one (hash-consing), so `lower(subject)` written in three decisions is
// one expression. Then an expression that at least two nodes compute — a
// builtin call, a string built from parts — becomes a shared derived value:
// a new `let` node of the graph, computed once per event before its readers.
// Only pure expressions that cannot fail and do not read a quantifier's
// variable move, so no result changes; uses only in reasons do not count
// (reasons are rendered only when tracing).
#include <map>
#include <string>

#include "compiler/opt/expr_facts.hpp"
#include "compiler/opt/pass.hpp"
#include "compiler/opt/roots.hpp"

namespace charter::compiler::opt {
namespace {

std::string structural_key(const ir::Program& program, const ir::Expr& e) {
  std::string key;
  key.reserve(64);
  const auto add = [&](uint64_t v) {
    key.append(reinterpret_cast<const char*>(&v), sizeof v);
  };
  add(static_cast<uint64_t>(e.kind));
  add(e.op);
  add(e.flags);
  add(e.type.value);
  add(e.b);
  add(e.builtin.value);
  if (e.kind == ir::ExprKind::Constant) {
    // Equal constants are equal whatever their constant id.
    const stdlib::Value& v = program.constant(ir::ConstId{e.a});
    add(static_cast<uint64_t>(v.kind));
    if (v.kind == stdlib::ValueKind::String) key += v.as_string();
    else if (v.kind == stdlib::ValueKind::List || v.kind == stdlib::ValueKind::Record) add(e.a);  // by identity
    else add(static_cast<uint64_t>(v.payload.integer));
    add(v.type);
  } else {
    add(e.a);
  }
  for (ir::ExprId arg : e.args) add(arg.value);
  return key;
}

bool worth_sharing(const ir::Expr& e) {
  return e.kind == ir::ExprKind::Call || e.kind == ir::ExprKind::Concat || e.kind == ir::ExprKind::Template;
}

class ShareSubexpressions final : public Pass {
 public:
  std::string_view name() const override { return "share_subexpressions"; }

  void run(ir::Program& program, const stdlib::BuiltinTable& builtins) override {
    canonicalise(program);
    hoist(program, builtins);
  }

 private:
  void canonicalise(ir::Program& program) {
    const std::vector<bool> live = live_expressions(program);
    canonical_.resize(program.exprs.size());
    std::map<std::string, ir::ExprId> seen;
    for (uint32_t i = 0; i < program.exprs.size(); ++i) {
      canonical_[i] = ir::ExprId{i};
      ir::Expr& e = program.exprs[i];
      for (ir::ExprId& arg : e.args) arg = canonical_[arg.value];
      // Quantifier bodies read their own variable: equal text, different loops.
      if (!live[i] || e.kind == ir::ExprKind::Local || e.kind == ir::ExprKind::Quantifier ||
          e.kind == ir::ExprKind::Error) {
        continue;
      }
      const auto [it, inserted] = seen.emplace(structural_key(program, e), ir::ExprId{i});
      if (!inserted) canonical_[i] = it->second;
    }
    for (uint32_t n = 0; n < program.nodes.size(); ++n) {
      for_each_root(program, ir::NodeId{n}, [&](ir::ExprId& root, RootKind) { root = canonical_[root.value]; });
    }
  }

  void hoist(ir::Program& program, const stdlib::BuiltinTable& builtins) {
    const ExprFacts facts(program, builtins);
    // Which nodes compute each expression (in values, not reasons).
    std::vector<uint32_t> last_node(program.exprs.size(), UINT32_MAX), node_count(program.exprs.size(), 0);
    std::vector<ir::EntryId> entry_of(program.exprs.size());
    for (uint32_t n = 0; n < program.nodes.size(); ++n) {
      std::vector<ir::ExprId> stack;
      for_each_root(program, ir::NodeId{n}, [&](ir::ExprId& root, RootKind kind) {
        if (kind == RootKind::Value) stack.push_back(root);
      });
      while (!stack.empty()) {
        const ir::ExprId id = stack.back();
        stack.pop_back();
        if (last_node[id.value] == n) continue;
        last_node[id.value] = n;
        ++node_count[id.value];
        entry_of[id.value] = program.nodes[n].entry;
        for (ir::ExprId arg : program.expr(id).args) stack.push_back(arg);
      }
    }
    std::vector<ir::ExprId> replacement(program.exprs.size());
    std::vector<bool> is_shared_let;
    const size_t expr_count = program.exprs.size();
    for (uint32_t i = 0; i < expr_count; ++i) {
      const ir::Expr& e = program.exprs[i];
      const ir::ExprId id{i};
      if (node_count[i] < 2 || !worth_sharing(e) || facts.can_fail(id) || facts.reads_local(id) || facts.guarded(id)) {
        continue;
      }
      ir::Node shared;
      shared.kind = ir::NodeKind::Let;
      shared.name = "shared" + std::to_string(++shared_count_);
      shared.span = e.span;
      shared.name_span = e.span;
      shared.type = e.type;
      shared.entry = entry_of[i];
      shared.body = ir::LetNode{id};
      program.nodes.push_back(std::move(shared));
      is_shared_let.resize(program.nodes.size(), false);
      is_shared_let.back() = true;
      ir::Expr read;
      read.kind = ir::ExprKind::NodeValue;
      read.a = static_cast<uint32_t>(program.nodes.size() - 1);
      read.type = e.type;
      read.span = e.span;
      replacement[i] = program.add(std::move(read));
    }
    // Point every use (but the shared lets' own values) at the shared value.
    for (uint32_t i = 0; i < expr_count; ++i) {
      for (ir::ExprId& arg : program.exprs[i].args) {
        if (replacement[arg.value]) arg = replacement[arg.value];
      }
    }
    is_shared_let.resize(program.nodes.size(), false);
    for (uint32_t n = 0; n < program.nodes.size(); ++n) {
      const bool shared_let = is_shared_let[n];
      for_each_root(program, ir::NodeId{n}, [&](ir::ExprId& root, RootKind) {
        if (!shared_let && root.value < expr_count && replacement[root.value]) root = replacement[root.value];
      });
    }
  }

  std::vector<ir::ExprId> canonical_;
  uint32_t shared_count_ = 0;
};

}  // namespace

std::unique_ptr<Pass> share_subexpressions() { return std::make_unique<ShareSubexpressions>(); }

}  // namespace charter::compiler::opt
