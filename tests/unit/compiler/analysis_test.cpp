// The static analysis: its solvers on models built directly (enum and
// interval coverage, overlaps and gaps with their example inputs, the
// search budget), list bounds and cost polynomials, and whole policies
// compiled from source for what needs several modules or the cost model.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/analysis/analyze.hpp"
#include "compiler/analysis/cost.hpp"
#include "compiler/analysis/model.hpp"
#include "compiler/analysis/value_set.hpp"
#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::compiler::analysis {
namespace {

Subject enum_subject(std::string name, uint32_t size) {
  Subject subject;
  subject.domain = Domain::Enum;
  subject.size = size;
  subject.name = std::move(name);
  return subject;
}

Subject number_subject(std::string name, Domain domain = Domain::Number) {
  Subject subject;
  subject.domain = domain;
  subject.name = std::move(name);
  return subject;
}

Subject bool_subject(std::string name) {
  Subject subject;
  subject.name = std::move(name);
  return subject;
}

std::vector<Goal> none_of(const std::vector<FormulaId>& formulas) {
  std::vector<Goal> goals;
  for (FormulaId f : formulas) goals.push_back({f, false});
  return goals;
}

std::string example(const Model& model, const std::vector<Goal>& goals) {
  const Search search = find_case(model, goals);
  if (search.result != Search::Result::Found) return "<none>";
  return describe_case(model, search.example);
}

// ------------------------------------------------------------ value sets

TEST(AnalysisValueSet, ComplementOfAnIntervalIsTheRestOfTheLine) {
  const ValueSet below = ValueSet::number_compare(Domain::Number, CompareOp::Lt, 0.7);
  const ValueSet rest = below.complement();
  Point point;
  point.number = 0.7;
  EXPECT_FALSE(below.contains(point));
  EXPECT_TRUE(rest.contains(point));
  point.number = 0.69;
  EXPECT_TRUE(below.contains(point));
  EXPECT_FALSE(rest.contains(point));
}

TEST(AnalysisValueSet, WholeNumbersStrictlyBetweenNeighboursAreEmpty) {
  EXPECT_TRUE(ValueSet::numbers(Domain::Whole, {{84, 85, false, false}}).empty());
  EXPECT_FALSE(ValueSet::numbers(Domain::Number, {{84, 85, false, false}}).empty());
  EXPECT_FALSE(ValueSet::numbers(Domain::Whole, {{84, 85, false, true}}).empty());
}

TEST(AnalysisValueSet, TextsNamedOrEveryOther) {
  const ValueSet named = ValueSet::texts({"web", "email"});
  Point other;
  other.other_text = true;
  Point web;
  web.text = "web";
  EXPECT_TRUE(named.contains(web));
  EXPECT_FALSE(named.contains(other));
  EXPECT_TRUE(named.complement().contains(other));
  EXPECT_FALSE(ValueSet::texts({}, true).empty());
}

TEST(AnalysisValueSet, RepresentativesSplitNumbersAtEveryBound) {
  const ValueSet low = ValueSet::number_compare(Domain::Number, CompareOp::Le, 39);
  const ValueSet high = ValueSet::number_compare(Domain::Number, CompareOp::Ge, 40);
  std::vector<double> values;
  for (const Point& p : representatives(Domain::Number, 0, {&low, &high})) values.push_back(p.number);
  // Near zero first; 39.5 is the gap between the two sets.
  EXPECT_EQ(values, (std::vector<double>{0, 39.5, 40}));
}

TEST(AnalysisValueSet, RepresentativesStayInsideTheDomainBounds) {
  const ValueSet high = ValueSet::number_compare(Domain::Whole, CompareOp::Ge, 15);
  std::vector<double> values;
  for (const Point& p : representatives(Domain::Whole, 0, {&high}, 0, 20)) values.push_back(p.number);
  EXPECT_EQ(values, (std::vector<double>{0, 15}));
}

// ------------------------------------------------------------ coverage

TEST(AnalysisCoverage, EnumValuesNamedByEqualityAndSetsCoverTheEnum) {
  Model model;
  const uint32_t sender = model.subject("sender", enum_subject("sender_type", 4));
  const FormulaId spam = model.atom(sender, ValueSet::ordinals({2, 3}, 4));
  const FormulaId lead = model.atom(sender, ValueSet::ordinal_compare(CompareOp::Eq, 0, 4));
  const FormulaId client = model.atom(sender, ValueSet::ordinal_compare(CompareOp::Eq, 1, 4));
  EXPECT_EQ(find_case(model, none_of({spam, lead, client})).result, Search::Result::None);
  EXPECT_EQ(example(model, none_of({spam, lead})), "sender_type is value 1");
}

TEST(AnalysisCoverage, NotEqualLeavesOnlyTheValueItNames) {
  Model model;
  const uint32_t sender = model.subject("sender", enum_subject("sender_type", 5));
  const FormulaId not_lead = model.atom(sender, ValueSet::ordinal_compare(CompareOp::Ne, 0, 5));
  EXPECT_EQ(example(model, none_of({not_lead})), "sender_type is value 0");
}

TEST(AnalysisCoverage, IntervalsOfNumbersMustMeetAtTheirBounds) {
  Model model;
  const uint32_t confidence = model.subject("c", number_subject("confidence"));
  const FormulaId low = model.atom(confidence, ValueSet::number_compare(Domain::Number, CompareOp::Lt, 0.7));
  const FormulaId high = model.atom(confidence, ValueSet::number_compare(Domain::Number, CompareOp::Gt, 0.7));
  const FormulaId at_least = model.atom(confidence, ValueSet::number_compare(Domain::Number, CompareOp::Ge, 0.7));
  EXPECT_EQ(example(model, none_of({low, high})), "confidence is 0.7");
  EXPECT_EQ(find_case(model, none_of({low, at_least})).result, Search::Result::None);
}

TEST(AnalysisCoverage, WholeNumberRangesCoverWhatNumberRangesDoNot) {
  for (const Domain domain : {Domain::Whole, Domain::Number}) {
    Model model;
    const uint32_t score = model.subject("s", number_subject("score", domain));
    const FormulaId strong = model.atom(score, ValueSet::number_compare(domain, CompareOp::Ge, 85));
    const FormulaId good = model.atom(score, ValueSet::numbers(domain, {{70, 84, true, true}}));
    const FormulaId weak = model.atom(score, ValueSet::number_compare(domain, CompareOp::Le, 69));
    const std::string found = example(model, none_of({strong, good, weak}));
    EXPECT_EQ(found, domain == Domain::Whole ? "<none>" : "score is 69.5");
  }
}

TEST(AnalysisCoverage, BooleanAndItsNegationCover) {
  Model model;
  const uint32_t flag = model.subject("f", bool_subject("urgent"));
  const FormulaId urgent = model.atom(flag, ValueSet::boolean(true));
  EXPECT_EQ(find_case(model, none_of({urgent, model.negate(urgent)})).result, Search::Result::None);
  EXPECT_EQ(example(model, none_of({urgent})), "urgent is false");
}

TEST(AnalysisCoverage, ConjunctionsLeaveTheMissingCombination) {
  Model model;
  const FormulaId complaint = model.atom(model.subject("a", bool_subject("complaint")), ValueSet::boolean(true));
  const FormulaId lawyer = model.atom(model.subject("b", bool_subject("lawyer")), ValueSet::boolean(true));
  const FormulaId legal = model.all_of({complaint, lawyer});
  EXPECT_EQ(example(model, none_of({legal, model.negate(complaint)})), "complaint is true and lawyer is false");
}

TEST(AnalysisCoverage, ExamplesLeaveOutValuesThatDoNotMatter) {
  Model model;
  const FormulaId a = model.atom(model.subject("a", bool_subject("a")), ValueSet::boolean(true));
  const FormulaId b = model.atom(model.subject("b", bool_subject("b")), ValueSet::boolean(true));
  // `a or b` fails only when both are false; `a` alone fails whatever b is.
  EXPECT_EQ(example(model, none_of({model.any_of({a, b})})), "a is false and b is false");
  EXPECT_EQ(example(model, {{a, false}, {model.any_of({a, model.constant(true)}), true}}), "a is false");
}

TEST(AnalysisCoverage, ConstantFormulasNeedNoValues) {
  Model model;
  EXPECT_EQ(find_case(model, none_of({model.constant(true)})).result, Search::Result::None);
  const Search search = find_case(model, none_of({model.constant(false)}));
  EXPECT_EQ(search.result, Search::Result::Found);
  EXPECT_TRUE(search.example.empty());
}

TEST(AnalysisCoverage, TheSearchGivesUpAfterItsBudget) {
  Model model;
  std::vector<FormulaId> flags;
  for (int i = 0; i < 16; ++i) {
    const std::string name = "b" + std::to_string(i);
    flags.push_back(model.atom(model.subject(name, bool_subject(name)), ValueSet::boolean(true)));
  }
  // All flags set and not all set: no case, but the search sees it only
  // after choosing every flag.
  const FormulaId all = model.all_of(flags);
  const std::vector<Goal> goals = {{all, true}, {all, false}};
  EXPECT_EQ(find_case(model, goals, 10).result, Search::Result::Unknown);
  EXPECT_EQ(find_case(model, goals).result, Search::Result::None);
}

// ------------------------------------------------------------ overlaps and gaps

TEST(AnalysisTables, OverlapExampleNamesEveryColumnThatMatters) {
  Model model;
  const uint32_t level = model.subject("l", enum_subject("first_level", 2));
  const uint32_t detail = model.subject("d", enum_subject("second_level", 3));
  const FormulaId pricing = model.all_of({model.atom(level, ValueSet::ordinals({0}, 2)), model.atom(detail, ValueSet::ordinals({1}, 3))});
  const FormulaId sales = model.atom(level, ValueSet::ordinals({0}, 2));
  EXPECT_EQ(example(model, {{pricing, true}, {sales, true}}), "first_level is value 0 and second_level is value 1");
}

TEST(AnalysisTables, RangesSharingAnEndOverlapThere) {
  Model model;
  const uint32_t employees = model.subject("e", number_subject("employees", Domain::Whole));
  const FormulaId small = model.atom(employees, ValueSet::number_compare(Domain::Whole, CompareOp::Le, 50));
  const FormulaId medium = model.atom(employees, ValueSet::numbers(Domain::Whole, {{50, 250, true, true}}));
  EXPECT_EQ(example(model, {{small, true}, {medium, true}}), "employees is 50");
}

TEST(AnalysisTables, GapOverTwoColumnsIsOneMissingCombination) {
  Model model;
  const uint32_t pricing = model.subject("p", bool_subject("pricing"));
  const uint32_t client = model.subject("c", bool_subject("existing_client"));
  const FormulaId row1 = model.atom(pricing, ValueSet::boolean(false));
  const FormulaId row2 = model.all_of({model.atom(pricing, ValueSet::boolean(true)), model.atom(client, ValueSet::boolean(true))});
  EXPECT_EQ(example(model, none_of({row1, row2})), "pricing is true and existing_client is false");
}

TEST(AnalysisTables, TextColumnsHaveAnOtherCase) {
  Model model;
  Subject text;
  text.domain = Domain::Text;
  text.name = "channel";
  const uint32_t channel = model.subject("c", text);
  const FormulaId known = model.atom(channel, ValueSet::texts({"email", "web"}));
  EXPECT_EQ(example(model, none_of({known})), "channel is a text other than \"email\" and \"web\"");
  EXPECT_EQ(example(model, {{known, true}}), "channel is \"email\"");
}

// ------------------------------------------------------------ bounds and costs

TEST(AnalysisCost, BoundsAreReadFromDocumentation) {
  EXPECT_EQ(bound_in_text("At most 20: the gateway refuses more"), 20u);
  EXPECT_EQ(bound_in_text("holds at most 1,000 messages"), 1000u);
  EXPECT_EQ(bound_in_text("at most one of these is primary"), std::nullopt);
  EXPECT_EQ(bound_in_text("the attachments"), std::nullopt);
}

TEST(AnalysisCost, PolynomialsAddMultiplyAndPrint) {
  const Cost items = Cost::list("Event.items");
  const Cost walk = Cost(2) + items * (Cost(3) + Cost::list("Item.tags"));
  EXPECT_FALSE(walk.bounded());
  EXPECT_EQ(walk.to_string(), "2 + 3 × n(Event.items) + n(Event.items) × n(Item.tags)");
  EXPECT_EQ(Cost::max(Cost(5), Cost(7) + items).to_string(), "7 + n(Event.items)");
  EXPECT_EQ((Cost(1'000'000'000'000) * Cost(1'000'000'000'000)).steps(), Cost::kSaturated);
}

std::unique_ptr<Compilation> compile(const std::vector<ModuleText>& modules) {
  return compile_sources(modules, stdlib::default_builtins());
}

std::vector<std::string> codes(const Compilation& c) {
  std::vector<std::string> out;
  for (const dsl::Diagnostic& d : c.diagnostics.diagnostics()) out.emplace_back(dsl::info(d.kind).code);
  return out;
}

constexpr const char* kAttachments = R"(policy t.mail version 1.0.0 { owner "tests" }
record Attachment { name: String, tags: List<String> = [] }
record Event {
  kind: String
  ## at most 20 attachments
  attachments: List<Attachment> = []
}
input Event
decision risky : Bool = any(a in attachments: count(t in a.tags: t == "exe") > 0) because "an executable"
)";

TEST(AnalysisCost, QuantifiersMultiplyByTheDeclaredOrUnknownLength) {
  const auto c = compile({{"mail.charter", kAttachments}});
  ASSERT_FALSE(c->diagnostics.has_errors()) << dsl::render_text(c->sources, c->diagnostics.diagnostics());
  AnalysisOptions options;
  options.modules = &c->bundle.modules;
  options.sources = &c->sources;
  const std::vector<NodeCost> costs = decision_costs(c->program, options);
  ASSERT_EQ(costs.size(), 1u);
  EXPECT_EQ(costs[0].name, "risky");
  EXPECT_EQ(costs[0].own.lists(), std::vector<std::string>{"Attachment.tags"});
  EXPECT_NE(costs[0].own.to_string().find("n(Attachment.tags)"), std::string::npos) << costs[0].own.to_string();
  // Without the modules, nothing is declared: both lists are unknown.
  EXPECT_EQ(decision_costs(c->program)[0].own.lists(), (std::vector<std::string>{"Attachment.tags", "Event.attachments"}));
  EXPECT_EQ(codes(*c), std::vector<std::string>{"W0506"});
}

TEST(AnalysisUnused, ImportsAndConstantsAcrossModules) {
  const auto c = compile({
      {"vocabulary.charter", R"(policy t.vocabulary version 1.0.0 { owner "tests" }
enum Route { Sales, Triage }
const LIMIT = 50
const SPARE = 3
const LOW = 10
)"},
      {"route.charter", R"(policy t.route version 1.0.0 { owner "tests" }
use t.vocabulary.{Route, LIMIT as MIN}
use t.vocabulary.*
record Event { kind: String, score: Int }
input Event
decision route : Route {
  high: when score >= MIN => Sales because "high"
  otherwise => Triage because "low"
}
)"},
  });
  std::vector<std::string> messages;
  for (const dsl::Diagnostic& d : c->diagnostics.diagnostics()) messages.push_back(std::string(dsl::info(d.kind).code) + " " + d.message);
  // LIMIT is used through its alias; the glob brings in names the module
  // uses (Sales), so it counts as used; SPARE and LOW are read by no one.
  EXPECT_EQ(messages, (std::vector<std::string>{"W0503 constant `SPARE` is never used", "W0503 constant `LOW` is never used"}));
}

TEST(AnalysisUnused, AnImportOfAModuleWhoseNamesNoOneWrites) {
  const auto c = compile({
      {"vocabulary.charter", R"(policy t.vocabulary version 1.0.0 { owner "tests" }
enum Colour { Red, Green }
)"},
      {"route.charter", R"(policy t.route version 1.0.0 { owner "tests" }
use t.vocabulary.*
record Event { kind: String, score: Int }
input Event
decision high : Bool = score > 5 because "high"
)"},
  });
  EXPECT_EQ(codes(*c), std::vector<std::string>{"W0504"});
}

// A let is its value, wherever it is read: in a condition, compared with a
// constant, or as a table column.
TEST(AnalysisCoverage, LetsAreLookedThroughButArithmeticIsNot) {
  const auto c = compile({{"lets.charter", R"(policy t.lets version 1.0.0 { owner "tests" }
enum Route { A, B }
record Event { kind: String, score: Int, x: Int }
input Event
let high = score >= 50
let y = x
decision d1 : Route {
  h: when high => A because "high"
  l: when score < 50 => B because "low"
}
decision d2 : Route {
  h: when x > 5 => A because "high"
  l: when y <= 5 => B because "low"
}
decision d3 : Route {
  h: when x > 5 => A because "high"
  l: when x * 2 <= 10 => B because "low"
}
decision d4 : Route {
  h: when high => A because "high"
  otherwise => table first {
    high  || d4
    false || B
  } because "not high"
}
)"}});
  std::vector<std::string> messages;
  for (const dsl::Diagnostic& d : c->diagnostics.diagnostics()) messages.push_back(d.message);
  EXPECT_EQ(messages, std::vector<std::string>{"`d3` may decide nothing, for example when x is 0 and `x * 2` is 11"});
}

TEST(AnalysisDriver, AnalysisCanBeTurnedOff) {
  CompileOptions options;
  options.analyze = false;
  const auto c = compile_sources({{"x.charter", R"(policy t.x version 1.0.0 { owner "tests" }
enum Route { Sales, Triage }
record Event { kind: String, flag: Bool }
input Event
decision route : Route { yes: when flag => Sales because "flag" }
)"}}, stdlib::default_builtins(), options);
  EXPECT_FALSE(c->diagnostics.has_errors());
}

}  // namespace
}  // namespace charter::compiler::analysis
