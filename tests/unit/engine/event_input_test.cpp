// Events in: unknown fields are ignored; a field of the wrong type, a
// missing required field, an unknown enum spelling or text that is not JSON
// gives one structured error (code, path, message, the event's id when it
// can be read) and never part of a decision; a batch answers every line in
// input order, decided or not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

constexpr const char* kPolicy = R"(policy shop.orders version 1.0.0

enum Tier json lowercase { Bronze, Silver, Gold }

record Item {
  sku: String
  quantity: Int
}

record Order {
  event_id: String
  tier: Tier
  total: Number
  items: List<Item> = []
  customer: { name: String?, vip: Bool = false }
  note: String?
}

input Order

decision desk : String {
  vip: when customer.vip => "vip" because "a VIP customer"
  gold: when tier == Gold => "priority" because "a gold customer"
  big: when total >= 1000 => "priority" because "a large order of {total}"
  otherwise => "regular" because "an ordinary order"
}

decision units : Int = count(i in items: i.quantity > 0) because "lines with a quantity"
)";

constexpr const char* kGood = R"({"event_id":"o-1","tier":"gold","total":12.5,"customer":{"name":"Ada"}})";

class EventInput : public PolicyTest {
 protected:
  EventInput() : PolicyTest(kPolicy) {}

  std::string evaluate(std::string_view event) { return std::string(session_->evaluate(event)); }

  // Asserts that `result` is an error object and nothing else: no decision,
  // not even part of one.
  static void expect_error(const std::string& result, const std::string& code, const std::string& path,
                           const std::string& event_id) {
    Json json(result);
    EXPECT_EQ(json.keys(), (std::vector<std::string>{"event_id", "error"})) << result;
    EXPECT_EQ(json.keys("/error"), (std::vector<std::string>{"code", "path", "message"})) << result;
    EXPECT_EQ(json.at("/error/code"), "\"" + code + "\"") << result;
    EXPECT_EQ(json.at("/error/path"), "\"" + path + "\"") << result;
    EXPECT_EQ(json.at("/event_id"), event_id.empty() ? "null" : "\"" + event_id + "\"") << result;
    EXPECT_GT(json.at("/error/message").size(), 2u) << "an error says what is wrong: " << result;
  }

};

TEST_F(EventInput, AWellFormedEventIsDecided) {
  Json json(evaluate(kGood));
  EXPECT_TRUE(session_->last_ok());
  EXPECT_EQ(json.at("/event_id"), "\"o-1\"");
  EXPECT_EQ(json.at("/decisions/desk/value"), "\"priority\"");
  EXPECT_EQ(json.at("/decisions/desk/rule"), "\"desk.gold\"");
  EXPECT_EQ(json.at("/decisions/units/value"), "0");
}

TEST_F(EventInput, UnknownFieldsAnywhereAreIgnored) {
  const std::string plain = evaluate(kGood);
  const std::string extra = evaluate(
      R"({"source":{"nested":[1,{"deep":null}]},"event_id":"o-1","tier":"gold","total":12.5,)"
      R"("customer":{"name":"Ada","shoe_size":44},"flags":[true,false],"esc\u0061ped":"x"})");
  EXPECT_TRUE(session_->last_ok()) << extra;
  EXPECT_EQ(extra, plain);
}

TEST_F(EventInput, AnUnknownFieldMustStillBeJson) {
  // Any valid JSON may sit in an unknown field, numbers of any size too...
  const std::string plain = evaluate(kGood);
  EXPECT_EQ(evaluate(R"({"x":[1e400,-0.5E+3,123456789012345678901234567890,"\u00e9",{"a":{}},[]],)"
                     R"("event_id":"o-1","tier":"gold","total":12.5,"customer":{"name":"Ada"}})"),
            plain);
  // ...but what is not JSON is refused, with the field where it is.
  for (const char* bad : {R"([1,tru])", R"({"k":nul})", R"("bad \q escape")", R"(12.3.4)", R"(01)", R"(1.)", R"(-)",
                          R"([1,{"a":[fals]}])", R"({"a" 1})"}) {
    expect_error(evaluate(std::string(R"({"event_id":"o-9","x":)") + bad + R"(,"tier":"gold","total":1,"customer":{}})"),
                 "E0901", "x", "o-9");
  }
  expect_error(evaluate(R"({"event_id":"o-9","tier":"gold","total":1,"customer":{"name":"Ada","pet":[tru]}})"), "E0901",
               "customer.pet", "o-9");
}

TEST_F(EventInput, AKeyWrittenWithEscapesIsStillItsField) {
  // "tier" with its first letter escaped is the field `tier`.
  const std::string escaped = evaluate(R"({"event_id":"o-1","\u0074ier":"gold","total":12.5,"customer":{"name":"Ada"}})");
  EXPECT_EQ(escaped, evaluate(kGood));
}

TEST_F(EventInput, AWholeNumberWrittenWithAFractionIsAnInt) {
  Json json(evaluate(R"({"event_id":"o-2","tier":"bronze","total":1,"customer":{},"items":[{"sku":"a","quantity":2.0}]})"));
  EXPECT_EQ(json.at("/decisions/units/value"), "1");
  expect_error(evaluate(R"({"event_id":"o-3","tier":"bronze","total":1,"customer":{},"items":[{"sku":"a","quantity":2.5}]})"),
               "E0902", "items[0].quantity", "o-3");
}

TEST_F(EventInput, AFieldOfTheWrongTypeIsAnErrorNamingIt) {
  expect_error(evaluate(R"({"event_id":"o-4","tier":"gold","total":"lots","customer":{}})"), "E0902", "total", "o-4");
  EXPECT_FALSE(session_->last_ok());
  expect_error(evaluate(R"({"event_id":"o-5","tier":"gold","total":1,"customer":{"vip":"yes"}})"), "E0902",
               "customer.vip", "o-5");
  expect_error(evaluate(R"({"event_id":"o-6","tier":"gold","total":1,"customer":[]})"), "E0902", "customer", "o-6");
}

TEST_F(EventInput, AWrongTypeDeepInAListNamesTheElement) {
  expect_error(evaluate(R"({"event_id":"o-7","tier":"gold","total":1,"customer":{},)"
                        R"("items":[{"sku":"a","quantity":1},{"sku":7,"quantity":1}]})"),
               "E0902", "items[1].sku", "o-7");
}

TEST_F(EventInput, AMissingRequiredFieldIsAnErrorNamingIt) {
  expect_error(evaluate(R"({"event_id":"o-8","tier":"gold","customer":{}})"), "E0903", "total", "o-8");
  expect_error(evaluate(R"({"event_id":"o-9","tier":"gold","total":1,"customer":{},"items":[{"sku":"a"}]})"), "E0903",
               "items[0].quantity", "o-9");
}

TEST_F(EventInput, NullIsAcceptedOnlyWhereTheFieldIsOptional) {
  Json json(evaluate(R"({"event_id":"o-10","tier":"silver","total":5,"customer":{"name":null},"note":null})"));
  EXPECT_TRUE(session_->last_ok());
  EXPECT_EQ(json.at("/decisions/desk/value"), "\"regular\"");
  expect_error(evaluate(R"({"event_id":"o-11","tier":null,"total":5,"customer":{}})"), "E0902", "tier", "o-11");
}

TEST_F(EventInput, AnUnknownEnumSpellingIsAnErrorListingTheValues) {
  const std::string result = evaluate(R"({"event_id":"o-12","tier":"Gold","total":5,"customer":{}})");
  expect_error(result, "E0904", "tier", "o-12");
  EXPECT_NE(result.find("bronze, silver, gold"), std::string::npos) << result;
}

TEST_F(EventInput, TheIdIsLeftOutWhenItCannotBeRead) {
  expect_error(evaluate(R"({"tier":"gold","total":"x","customer":{}})"), "E0902", "total", "");
  expect_error(evaluate(R"({"event_id":7,"tier":"gold","total":1,"customer":{}})"), "E0902", "event_id", "");
}

TEST_F(EventInput, TextThatIsNotJsonIsAnError) {
  for (const char* text : {R"({"event_id":"o-13","tier":"gold",)", "not json", "", R"({"event_id":"o-14" "tier":1})",
                           R"({"event_id":"o-14","tier":"gold"} and more)"}) {
    const std::string result = evaluate(text);
    EXPECT_FALSE(session_->last_ok()) << text;
    Json json(result);
    EXPECT_EQ(json.at("/error/code"), "\"E0901\"") << text << " gave " << result;
    EXPECT_EQ(json.at("/decisions"), "<absent>") << result;
  }
  expect_error(evaluate("[1, 2]"), "E0901", "", "");
}

TEST_F(EventInput, ASyntaxErrorAfterTheIdStillNamesTheEvent) {
  // The parser gives up on the document at the missing comma; the id is
  // looked for again from the start.
  expect_error(evaluate(R"({"event_id":"o-16" "tier":"gold","total":1,"customer":{}})"), "E0901", "", "o-16");
  expect_error(evaluate(R"({"total":1,"event_id":"o-17","tier":"gold","customer":{} x})"), "E0901", "", "o-17");
}

TEST_F(EventInput, AnErrorDoesNotCarryTheIdOfThePreviousEvent) {
  evaluate(kGood);
  expect_error(evaluate("{"), "E0901", "", "");
}

TEST_F(EventInput, AnErrorLeavesTheSessionReadyForTheNextEvent) {
  const std::string before = evaluate(kGood);
  evaluate(R"({"event_id":"o-15","tier":"gold","total":1,"customer":{},"items":[{"sku":"a","quantity":1},{"sku":1}]})");
  EXPECT_EQ(evaluate(kGood), before);
  EXPECT_TRUE(session_->last_ok());
}

TEST_F(EventInput, ABatchDecidesTheGoodLinesAndAnswersTheBadOnesInInputOrder) {
  const std::vector<std::string> lines = {
      R"({"event_id":"b-1","tier":"gold","total":1,"customer":{}})",
      R"({"event_id":"b-2","tier":"gold","total":"x","customer":{}})",
      R"({"event_id":"b-3","tier":"bronze","total":2000,"customer":{}})",
      R"({"event_id":"b-4",)",
      R"({"event_id":"b-5","tier":"silver","total":1,"customer":{"vip":true}})",
      R"({"event_id":"b-6","tier":"silver","customer":{}})",
  };
  for (unsigned threads : {1u, 2u, 4u}) {
    const std::vector<std::string> results = engine_->evaluate_batch(views(lines), {}, threads);
    ASSERT_EQ(results.size(), lines.size());
    EXPECT_EQ(Json(results[0]).at("/decisions/desk/rule"), "\"desk.gold\"");
    expect_error(results[1], "E0902", "total", "b-2");
    EXPECT_EQ(Json(results[2]).at("/decisions/desk/rule"), "\"desk.big\"");
    EXPECT_EQ(Json(results[3]).at("/error/code"), "\"E0901\"");
    EXPECT_EQ(Json(results[4]).at("/decisions/desk/rule"), "\"desk.vip\"");
    expect_error(results[5], "E0903", "total", "b-6");
    for (size_t i : {0u, 2u, 4u}) EXPECT_EQ(Json(results[i]).at("/event_id"), "\"b-" + std::to_string(i + 1) + "\"");
  }
}

}  // namespace
}  // namespace charter::test
