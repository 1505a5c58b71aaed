// std.contact on garbage: every cleaning function, on empty, invalid UTF-8,
// control characters, NUL bytes and very long input, returns an answer (ok
// or a reason), never throws, and answers the same twice.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/contact/company_name.hpp"
#include "stdlib/contact/country.hpp"
#include "stdlib/contact/email.hpp"
#include "stdlib/contact/person_name.hpp"
#include "stdlib/contact/phone.hpp"
#include "stdlib/contact/time_zone.hpp"

namespace charter::stdlib::contact {
namespace {

std::vector<std::string> garbage_inputs() {
  std::vector<std::string> inputs = {
      "",
      " ",
      "\t\r\n",
      std::string("\0", 1),
      std::string("a\0b@example.com", 15),
      "\xFF\xFE\xFD",
      "\xC3",                  // truncated sequence
      "\xE0\x80\x80",          // overlong
      "\xED\xA0\x80",          // surrogate
      "\xF4\x90\x80\x80",      // beyond U+10FFFF
      "\x01\x02\x03\x7F",
      "\u200B\u200B\uFEFF",    // invisible only
      "@@@@",
      "<<<>>>",
      "+",
      "00",
      "((((((((",
      "\U0001F600\U0001F600",
      "Robert'); DROP TABLE leads;--",
      "%s%s%n",
  };
  inputs.push_back(std::string(10'000, 'a'));
  inputs.push_back(std::string(10'000, '9'));
  inputs.push_back(std::string(5'000, ' ') + "x");
  inputs.push_back(std::string(300, 'a') + "@" + std::string(300, 'b') + ".com");
  std::string many_bytes;
  for (int i = 0; i < 4096; ++i) many_bytes.push_back(static_cast<char>(i % 256));
  inputs.push_back(many_bytes);
  return inputs;
}

void expect_well_formed(const Cleaned& cleaned) {
  if (cleaned.ok) {
    EXPECT_TRUE(cleaned.problem.empty());
    EXPECT_FALSE(cleaned.method.empty());
    EXPECT_GT(cleaned.confidence, 0.0);
    EXPECT_LE(cleaned.confidence, 1.0);
  } else {
    EXPECT_FALSE(cleaned.problem.empty());
    EXPECT_TRUE(cleaned.value.empty());
    EXPECT_TRUE(cleaned.confirm);
  }
}

TEST(ContactGarbageInput, EveryCleanerAnswersWithAValueOrAReason) {
  for (const std::string& input : garbage_inputs()) {
    SCOPED_TRACE(testing::PrintToString(input.substr(0, 40)));
    EXPECT_NO_THROW({
      expect_well_formed(normalise_email(input));
      expect_well_formed(normalise_phone(input, "GB").cleaned);
      expect_well_formed(normalise_phone("020 7946 0958", input).cleaned);
      expect_well_formed(normalise_person_name(input));
      expect_well_formed(normalise_company(input).display);
      expect_well_formed(normalise_country(input));
      expect_well_formed(normalise_time_zone(input));
      (void)validate_email(input);
      (void)email_domain(input);
      (void)email_match_key(input);
      (void)is_free_mail(input);
      (void)is_disposable(input);
      (void)is_country_code(input);
      (void)is_time_zone(input);
      (void)company_key(input);
    });
  }
}

TEST(ContactGarbageInput, CleanedTextIsAlwaysValidUtf8) {
  auto valid = [](const std::string& text) {
    for (size_t i = 0; i < text.size();) {
      auto byte = static_cast<unsigned char>(text[i]);
      size_t n = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
      if (n == 0 || i + n > text.size()) return false;
      i += n;
    }
    return true;
  };
  for (const std::string& input : garbage_inputs()) {
    SCOPED_TRACE(testing::PrintToString(input.substr(0, 40)));
    EXPECT_TRUE(valid(normalise_person_name(input).value));
    EXPECT_TRUE(valid(normalise_company(input).display.value));
    EXPECT_TRUE(valid(normalise_company(input).key));
  }
}

TEST(ContactGarbageInput, RejectsOverlongInputBeforeParsingIt) {
  std::string huge(100'000, '7');
  EXPECT_EQ(normalise_email(huge).problem, "too long to be an e-mail address");
  EXPECT_EQ(normalise_phone(huge, "GB").cleaned.problem, "too long to be a phone number");
  EXPECT_EQ(normalise_person_name(huge).problem, "too long to be a name");
  EXPECT_EQ(normalise_company(huge).display.problem, "too long to be a company name");
  EXPECT_EQ(normalise_country(huge).problem, "too long to be a country");
  EXPECT_EQ(normalise_time_zone(huge).problem, "too long to be a time zone");
}

TEST(ContactGarbageInput, AnswersAreDeterministic) {
  for (const std::string& input : garbage_inputs()) {
    Cleaned first = normalise_person_name(input);
    Cleaned second = normalise_person_name(input);
    EXPECT_EQ(first.ok, second.ok);
    EXPECT_EQ(first.value, second.value);
    EXPECT_EQ(first.method.view(), second.method.view());
    EXPECT_EQ(normalise_email(input).value, normalise_email(input).value);
    EXPECT_EQ(normalise_country(input).value, normalise_country(input).value);
  }
}

}  // namespace
}  // namespace charter::stdlib::contact
