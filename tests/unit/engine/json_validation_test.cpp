// The check of JSON the event reader does not read: RFC 8259's number
// grammar (any size), and whole values walked through simdjson.
#include <gtest/gtest.h>

#include <string>

#include <simdjson.h>

#include "engine/eval/json_validation.hpp"

namespace charter::engine {
namespace {

TEST(JsonNumber, AcceptsTheGrammarAtAnySize) {
  for (const char* number : {"0", "-0", "12", "-12", "0.5", "1e400", "1E+3", "2.5e-10", "123456789012345678901234567890",
                             "7 ", "7\n"}) {
    EXPECT_TRUE(is_json_number(number)) << number;
  }
}

TEST(JsonNumber, RefusesWhatIsNotANumber) {
  for (const char* text : {"", "-", "01", "1.", ".5", "+1", "1e", "1e+", "12.3.4", "0x10", "1_000", "NaN", "Infinity", "1 2"}) {
    EXPECT_FALSE(is_json_number(text)) << text;
  }
}

bool valid(const std::string& json) {
  simdjson::ondemand::parser parser;
  const simdjson::padded_string padded(json);
  simdjson::ondemand::document document;
  if (parser.iterate(padded).get(document) != simdjson::SUCCESS) return false;
  simdjson::ondemand::value value;
  if (document.get_value().get(value) != simdjson::SUCCESS) return false;
  return is_valid_json(value, 64);
}

TEST(ValidJson, WalksNestedValues) {
  EXPECT_TRUE(valid(R"({"a":[1,{"b":null,"c":[true,false,"\u00e9"]}],"d":{}})"));
  EXPECT_FALSE(valid(R"({"a":[1,{"b":nul}]})"));
  EXPECT_FALSE(valid(R"({"a":[1,tru]})"));
  EXPECT_FALSE(valid(R"({"a":"bad \q"})"));
  EXPECT_FALSE(valid(R"({"a" 1})"));
}

TEST(ValidJson, StopsAtItsDepth) {
  std::string deep;
  for (int i = 0; i < 70; ++i) deep += "[";
  for (int i = 0; i < 70; ++i) deep += "]";
  EXPECT_FALSE(valid(deep));
  EXPECT_TRUE(valid("[[[]]]"));
}

}  // namespace
}  // namespace charter::engine
