// A scorecard's band: a gap (E0424) and entries that can never apply
// (W0502). Proves, from the criteria's bounds (the score lies between the
// sums of their lower and upper bounds, in whole numbers when every bound
// and score is whole), that every score falls in some entry, and that each
// entry holds a score no earlier entry holds. Exact: the band's only
// subject is the score. Scores a criterion's rules cannot actually give
// (all even, say) still count as possible.
#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

FormulaId entry_formula(Model& model, uint32_t score, const ir::BandEntry& entry) {
  Interval interval;
  if (entry.low) interval = {*entry.low, interval.high, true, false};
  if (entry.high) {
    interval.high = *entry.high;
    interval.high_closed = true;
  }
  return model.atom(score, ValueSet::numbers(model.subject_info(score).domain, {interval}));
}

std::string score_range(const Subject& score) {
  Point low, high;
  low.number = score.low;
  high.number = score.high;
  return describe_value(score, low, nullptr) + " to " + describe_value(score, high, nullptr);
}

void check_band(const Context& ctx, ir::NodeId id, const ir::ScorecardNode& card) {
  if (card.band.empty()) return;
  const ir::Node& node = ctx.program.node(id);
  Model model;
  ConditionBuilder builder(ctx.program, ctx.sources, model);
  const uint32_t score = builder.score_subject(id, "the score");
  std::vector<FormulaId> entries;
  for (const ir::BandEntry& entry : card.band) entries.push_back(entry_formula(model, score, entry));
  const Subject& subject = model.subject_info(score);

  std::vector<Goal> goals;
  for (FormulaId entry : entries) goals.push_back({entry, false});
  const Search gap = find_case(model, goals);
  if (gap.result == Search::Result::Found && !gap.example.empty()) {
    ctx.sink.emit(dsl::DiagKind::TableGap, node.name_span,
                  "no band of " + quoted_name(node.name) + " holds a score of " +
                      describe_value(subject, gap.example[0].value, &ctx.program.types))
        .help = "make the band's ranges cover every score from " + score_range(subject);
  }

  for (size_t i = 0; i < entries.size(); ++i) {
    std::vector<Goal> first = {{entries[i], true}};
    for (size_t j = 0; j < i; ++j) first.push_back({entries[j], false});
    if (find_case(model, first).result != Search::Result::None) continue;
    const ir::BandEntry& entry = card.band[i];
    if (find_case(model, {{entries[i], true}}).result == Search::Result::None) {
      ctx.sink.emit(dsl::DiagKind::ShadowedRule, entry.span,
                    "band " + quoted_name(entry.id) + " can never apply: the score of " + quoted_name(node.name) +
                        " is from " + score_range(subject))
          .help = "remove it, or fix its range";
      continue;
    }
    auto& diag = ctx.sink.emit(dsl::DiagKind::ShadowedRule, entry.span,
                               "band " + quoted_name(entry.id) + " can never apply: earlier bands hold every score it covers");
    for (size_t j = 0; j < i; ++j) {
      if (find_case(model, {{entries[i], true}, {entries[j], true}}).result == Search::Result::Found) {
        diag.notes.push_back({card.band[j].span, quoted_name(card.band[j].id) + " holds these scores first"});
      }
    }
    diag.help = "bands are tried in order: remove it, or narrow the bands before it";
  }
}

}  // namespace

void check_bands(const Context& ctx) {
  for (uint32_t n = 0; n < ctx.program.nodes.size(); ++n) {
    if (const auto* card = std::get_if<ir::ScorecardNode>(&ctx.program.nodes[n].body)) check_band(ctx, ir::NodeId{n}, *card);
  }
}

}  // namespace charter::compiler::analysis
