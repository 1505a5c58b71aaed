// std.contact through the registry: the cleaning functions give Cleaned
// records, the accessors plain values, and no input makes any of them fail.
#include <gtest/gtest.h>

#include "tests/unit/stdlib/registry/builtin_calls.hpp"

namespace charter::stdlib::testing {
namespace {

constexpr std::string_view kText = "(String) -> String?";
constexpr std::string_view kTest = "(String) -> Bool";

TEST(ContactBuiltins, AccessorsAndPredicatesGiveTheirValues) {
  BuiltinCaller calls;
  const Value missing = Value::missing();
  const std::vector<Row> rows = {
      {"std.contact.email_valid", kTest, {str("bob@example.com")}, Value::boolean(true)},
      {"std.contact.email_valid", kTest, {str("Bob <bob@example.com>")}, Value::boolean(false)},
      {"std.contact.email_valid", kTest, {str("bob@@example")}, Value::boolean(false)},
      {"std.contact.email_domain", kText, {str("Bob@Mail.Example.COM")}, str("mail.example.com")},
      {"std.contact.email_domain", kText, {str("not an address")}, missing},
      {"std.contact.email_key", kText, {str("J.Smith+news@googlemail.com")}, str("jsmith@gmail.com")},
      {"std.contact.email_key", kText, {str("")}, missing},
      {"std.contact.is_free_mail", kTest, {str("someone@gmail.com")}, Value::boolean(true)},
      {"std.contact.is_free_mail", kTest, {str("acme.co.uk")}, Value::boolean(false)},
      {"std.contact.is_disposable", kTest, {str("x@mailinator.com")}, Value::boolean(true)},
      {"std.contact.is_disposable", kTest, {str("x@example.com")}, Value::boolean(false)},
      {"std.contact.phone_type", "(String, String) -> String?", {str("07400 123456"), str("GB")}, str("mobile")},
      {"std.contact.phone_type", "(String, String) -> String?", {str("12"), str("GB")}, missing},
      {"std.contact.company_key", kText, {str("ACME Holdings Co., Ltd.")}, str("acme holdings")},
      {"std.contact.company_key", kText, {str("n/a")}, missing},
      {"std.contact.country_code", kText, {str("United Kingdom")}, str("GB")},
      {"std.contact.country_code", kText, {str("UK")}, str("GB")},
      {"std.contact.country_code", kText, {str("Narnia")}, missing},
      {"std.contact.country_name", kText, {str("DE")}, str("Germany")},
      {"std.contact.country_name", kText, {str("XX")}, missing},
      {"std.contact.iana_zone", kText, {str("Europe/London")}, str("Europe/London")},
      {"std.contact.iana_zone", kText, {str("US/Eastern")}, str("America/New_York")},
      // A proposal a person must confirm is not handed on as a fact.
      {"std.contact.iana_zone", kText, {str("EST")}, missing},
      {"std.contact.iana_zone", kText, {str("somewhere")}, missing},
  };
  for (const Row& row : rows) calls.check(row);
}

struct CleanedCase {
  std::string_view name;
  std::vector<Value> args;
  bool ok;
  Value value;  // missing when !ok
  std::string_view method;
  double confidence;
  bool confirm;
};

TEST(ContactBuiltins, CleaningFunctionsGiveCleanedRecords) {
  BuiltinCaller calls;
  const Value none = Value::missing();
  const std::vector<CleanedCase> cases = {
      {"std.contact.email", {str(" Bob@Example.COM ")}, true, str("Bob@example.com"), "lower-cased domain", 0.95,
       false},
      {"std.contact.email", {str("bob@gmial.com")}, true, str("bob@gmail.com"), "domain typo corrected", 0.5, true},
      {"std.contact.email", {str("not an address")}, false, none, "", 0.0, true},
      {"std.contact.phone", {str("07400 123456"), str("GB")}, true, str("+447400123456"),
       "e164 using sender.country GB", 0.9, false},
      {"std.contact.phone", {str("+44 20 7946 0958"), str("")}, true, str("+442079460958"),
       "e164 from international form", 0.95, false},
      {"std.contact.phone", {str("07400 123456"), str("")}, false, none, "", 0.0, true},
      {"std.contact.person_name", {str("JEAN DUPONT")}, true, str("Jean Dupont"), "capitalised from all-caps", 0.8,
       false},
      {"std.contact.person_name", {str("n/a")}, false, none, "", 0.0, true},
      {"std.contact.company", {str("  ACME   Ltd ")}, true, str("ACME Ltd"), "spaces collapsed", 0.95, false},
      {"std.contact.country", {str("Deutschland")}, true, str("DE"), "name in another language", 0.9, false},
      {"std.contact.time_zone", {str("EST")}, true, str("America/New_York"), "abbreviation read as zone", 0.5, true},
      {"std.contact.time_zone", {str("")}, false, none, "", 0.0, true},
  };
  for (const CleanedCase& c : cases) {
    const std::string signature = c.args.size() == 1 ? "(String) -> Cleaned" : "(String, String) -> Cleaned";
    const Outcome outcome = calls.call(c.name, signature, c.args);
    const std::string where = std::string(c.name) + " on " + calls.text(c.args[0]);
    ASSERT_TRUE(outcome.ok) << where;
    const Value& record = outcome.value;
    EXPECT_EQ(calls.field(record, "ok").as_bool(), c.ok) << where;
    const Value value = calls.field(record, "value");
    EXPECT_TRUE(values_equal(value, c.value)) << where << ": " << calls.text(value);
    EXPECT_EQ(calls.field(record, "confirm").as_bool(), c.confirm) << where;
    if (c.ok) {
      EXPECT_EQ(calls.field(record, "method").as_string(), c.method) << where;
      EXPECT_DOUBLE_EQ(calls.field(record, "confidence").as_number(), c.confidence) << where;
      EXPECT_TRUE(calls.field(record, "problem").is_missing()) << where;
    } else {
      EXPECT_EQ(calls.field(record, "problem").kind, ValueKind::String) << where;
      EXPECT_FALSE(calls.field(record, "problem").as_string().empty()) << where;
    }
  }
}

// Builtins never fail on what an event may hold: invalid UTF-8, controls,
// very long text. `ok` and `problem` say what was wrong.
TEST(ContactBuiltins, NoInputMakesAContactBuiltinFail) {
  BuiltinCaller calls;
  const std::string long_text(5000, 'a');
  const std::vector<Value> inputs = {str(""), str("\xff\xfe\xc0"), str(std::string_view("a\0b", 3)),
                                     str("\t\n "), str(long_text), str("@@@"), str("+")};
  for (const BuiltinEntry& entry : calls.table().entries()) {
    if (entry.name.rfind("std.contact.", 0) != 0) continue;
    EXPECT_FALSE(entry.may_fail) << entry.name;
    for (const Value& input : inputs) {
      const std::vector<Value> args(entry.signature.params.size(), input);
      const Outcome outcome = calls.call(entry.name, describe(entry.signature, calls.table().types()), args);
      EXPECT_TRUE(outcome.ok) << entry.name << ": " << outcome.failure;
    }
  }
}

}  // namespace
}  // namespace charter::stdlib::testing
