// Keyword scans merged: every lookup of a constant keyword list in a text
// (`hits(text, PRICING)`, `any_keyword(text, URGENT)`…) that reads the same
// text becomes a read of one scan of that text by one matcher built from all
// those lists. However many lists a policy checks, each text is scanned once
// per event. Runs after sub-expression sharing, so "the same text" means the
// same expression.
#include <map>

#include "compiler/opt/pass.hpp"

namespace charter::compiler::opt {
namespace {

class MergeKeywordScans final : public Pass {
 public:
  std::string_view name() const override { return "merge_keyword_scans"; }

  void run(ir::Program& program, const stdlib::BuiltinTable& builtins) override {
    const std::vector<bool> live = live_expressions(program);
    std::map<uint32_t, uint32_t> scanner_of_text;  // text expression → scanner
    for (uint32_t i = 0; i < program.exprs.size(); ++i) {
      ir::Expr& e = program.exprs[i];
      if (!live[i] || e.kind != ir::ExprKind::Call || e.args.size() != 2) continue;
      const stdlib::BuiltinEntry& entry = builtins.entry(e.builtin);
      if (entry.keyword == stdlib::KeywordLookup::None) continue;
      const ir::Expr& list = program.expr(e.args[1]);
      if (list.kind != ir::ExprKind::Constant) continue;
      const ir::ExprId text = e.args[0];
      auto [it, added] = scanner_of_text.emplace(text.value, static_cast<uint32_t>(program.scanners.size()));
      if (added) program.scanners.push_back({text, {}});
      ir::KeywordScanner& scanner = program.scanners[it->second];
      // The same list, looked up the same way, is one list of the matcher.
      const stdlib::Value keywords = program.constant(ir::ConstId{list.a});
      uint32_t index = 0;
      while (index < scanner.lists.size() &&
             !(stdlib::values_equal(scanner.lists[index].keywords, keywords) &&
               scanner.lists[index].whole_words == entry.whole_words)) {
        ++index;
      }
      if (index == scanner.lists.size()) scanner.lists.push_back({keywords, entry.whole_words});
      e.kind = ir::ExprKind::KeywordScan;
      e.op = static_cast<uint8_t>(entry.keyword == stdlib::KeywordLookup::Hits  ? ir::KeywordRead::Hits
                                  : entry.keyword == stdlib::KeywordLookup::Any ? ir::KeywordRead::Any
                                                                                : ir::KeywordRead::All);
      e.a = it->second;
      e.b = index;
      e.args = {text};
    }
  }
};

}  // namespace

std::unique_ptr<Pass> merge_keyword_scans() { return std::make_unique<MergeKeywordScans>(); }

}  // namespace charter::compiler::opt
