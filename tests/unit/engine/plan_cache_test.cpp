// The plan cache of Engine::load: the same bundle folder loaded again while
// a plan is in use gives that same plan; a changed file, another folder or
// other compile options give a plan of their own.
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

std::string policy(const std::string& reason) {
  return "policy cache.test version 1.0.0\n"
         "record Event { id: String, n: Int }\n"
         "input Event\n"
         "decision big : Bool = n > 10 because \"" + reason + "\"\n";
}

std::string reason_of(const Engine& engine) {
  const auto session = engine.session();
  return Json(session->evaluate(R"({"id":"c","n":1})", {.explain = true})).at("/explanation/0/because");
}

TEST(PlanCache, LoadingTheSameFolderAgainGivesTheSamePlan) {
  const TempBundle bundle(policy("more than ten"));
  const auto first = load_engine(bundle.root());
  ASSERT_NE(first, nullptr);
  const auto again = load_engine(bundle.root());
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(&again->plan(), &first->plan());
  // The same folder written another way is the same folder.
  const auto other_spelling = load_engine(bundle.root().string() + "/");
  ASSERT_NE(other_spelling, nullptr);
  EXPECT_EQ(&other_spelling->plan(), &first->plan());
}

TEST(PlanCache, AChangedFileGivesANewPlan) {
  const TempBundle bundle(policy("more than ten"));
  const auto before = load_engine(bundle.root());
  ASSERT_NE(before, nullptr);
  bundle.write("policy.charter", policy("more than 10"));
  const auto after = load_engine(bundle.root());
  ASSERT_NE(after, nullptr);
  EXPECT_NE(&after->plan(), &before->plan());
  EXPECT_NE(after->digest(), before->digest());
  EXPECT_EQ(reason_of(*after), "\"more than 10\"");
  EXPECT_EQ(reason_of(*before), "\"more than ten\"") << "an engine keeps the plan it was loaded with";
}

TEST(PlanCache, AChangedManifestGivesANewPlan) {
  const TempBundle bundle(policy("more than ten"));
  const auto before = load_engine(bundle.root());
  ASSERT_NE(before, nullptr);
  bundle.write("bundle.json", TempBundle::manifest({"policy.charter"}, "1.0.1"));
  const auto after = load_engine(bundle.root());
  ASSERT_NE(after, nullptr);
  EXPECT_NE(&after->plan(), &before->plan());
  EXPECT_EQ(after->bundle_version(), "1.0.1");
  EXPECT_EQ(before->bundle_version(), "1.0.0");
}

TEST(PlanCache, TheSameFilesInAnotherFolderGiveAPlanOfTheirOwn) {
  // Diagnostics and traces name the files, so the folder is part of the key.
  const TempBundle one(policy("more than ten"));
  const TempBundle two(policy("more than ten"));
  const auto first = load_engine(one.root());
  const auto second = load_engine(two.root());
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(&second->plan(), &first->plan());
  EXPECT_EQ(second->digest(), first->digest());
}

TEST(PlanCache, OptimisedAndUnoptimisedPlansAreCachedApart) {
  const TempBundle bundle(policy("more than ten"));
  const auto optimised = load_engine(bundle.root());
  const auto unoptimised = load_engine(bundle.root(), {.optimise = false});
  ASSERT_NE(optimised, nullptr);
  ASSERT_NE(unoptimised, nullptr);
  EXPECT_NE(&unoptimised->plan(), &optimised->plan());
  const auto again = load_engine(bundle.root(), {.optimise = false});
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(&again->plan(), &unoptimised->plan());
}

TEST(PlanCache, TheWarningsOfACachedPlanAreReportedAgain) {
  // `unused` is never read: a warning, reported on every load.
  const TempBundle bundle(policy("more than ten") + "let unused = n + 1\n");
  std::string first_report, second_report;
  const auto first = Engine::load(bundle.root(), &first_report);
  const auto second = Engine::load(bundle.root(), &second_report);
  ASSERT_NE(first, nullptr) << first_report;
  ASSERT_NE(second, nullptr) << second_report;
  ASSERT_EQ(&second->plan(), &first->plan());
  EXPECT_NE(first_report.find("unused"), std::string::npos) << first_report;
  EXPECT_EQ(second_report, first_report);
}

}  // namespace
}  // namespace charter::test
