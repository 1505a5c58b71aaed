// std.contact phone numbers: E.164 with the sender's country, in 24
// countries, valid versus only possible, extensions, letters, bad input.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "stdlib/contact/phone.hpp"

namespace charter::stdlib::contact {
namespace {

struct NumberCase {
  std::string_view country;   // sender.country as received
  std::string_view national;  // as a person in that country writes it
  std::string_view e164;
  PhoneType type;
};

// Numbers in assigned ranges (libphonenumber's own examples), written the
// way they are written at home.
constexpr NumberCase kNationalNumbers[] = {
    {"GB", "07400 123456", "+447400123456", PhoneType::Mobile},
    {"GB", "0121 234 5678", "+441212345678", PhoneType::FixedLine},
    {"US", "(201) 555-0123", "+12015550123", PhoneType::FixedLineOrMobile},
    {"CA", "(506) 234-5678", "+15062345678", PhoneType::FixedLineOrMobile},
    {"FR", "06 12 34 56 78", "+33612345678", PhoneType::Mobile},
    {"FR", "01 23 45 67 89", "+33123456789", PhoneType::FixedLine},
    {"DE", "01512 3456789", "+4915123456789", PhoneType::Mobile},
    {"DE", "030 123456", "+4930123456", PhoneType::FixedLine},
    {"ES", "612 34 56 78", "+34612345678", PhoneType::Mobile},
    {"IT", "312 345 6789", "+393123456789", PhoneType::Mobile},
    {"IT", "02 1234 5678", "+390212345678", PhoneType::FixedLine},
    {"NL", "06 12345678", "+31612345678", PhoneType::Mobile},
    {"NL", "010 123 4567", "+31101234567", PhoneType::FixedLine},
    {"IE", "085 012 3456", "+353850123456", PhoneType::Mobile},
    {"AU", "0412 345 678", "+61412345678", PhoneType::Mobile},
    {"AU", "(02) 1234 5678", "+61212345678", PhoneType::FixedLine},
    {"NZ", "021 123 4567", "+64211234567", PhoneType::Mobile},
    {"IN", "081234 56789", "+918123456789", PhoneType::Mobile},
    {"BR", "(11) 96123-4567", "+5511961234567", PhoneType::Mobile},
    {"MX", "222 123 4567", "+522221234567", PhoneType::FixedLineOrMobile},
    {"JP", "090-1234-5678", "+819012345678", PhoneType::Mobile},
    {"JP", "03-1234-5678", "+81312345678", PhoneType::FixedLine},
    {"ZA", "071 123 4567", "+27711234567", PhoneType::Mobile},
    {"SG", "8123 4567", "+6581234567", PhoneType::Mobile},
    {"AE", "050 123 4567", "+971501234567", PhoneType::Mobile},
    {"CH", "078 123 45 67", "+41781234567", PhoneType::Mobile},
    {"SE", "070-123 45 67", "+46701234567", PhoneType::Mobile},
    {"PL", "512 345 678", "+48512345678", PhoneType::Mobile},
    {"CN", "131 2345 6789", "+8613123456789", PhoneType::Mobile},
    {"KR", "010-2000-0000", "+821020000000", PhoneType::Mobile},
    {"HK", "2123 4567", "+85221234567", PhoneType::FixedLine},
};

TEST(ContactPhone, ReadsNationalNumbersWithTheSendersCountry) {
  for (const NumberCase& c : kNationalNumbers) {
    SCOPED_TRACE(std::string(c.country) + " " + std::string(c.national));
    PhoneResult result = normalise_phone(c.national, c.country);
    ASSERT_TRUE(result.cleaned.ok) << result.cleaned.problem;
    EXPECT_EQ(result.cleaned.value, c.e164);
    EXPECT_EQ(result.cleaned.method.view(), "e164 using sender.country " + std::string(c.country));
    EXPECT_DOUBLE_EQ(result.cleaned.confidence, 0.9);
    EXPECT_FALSE(result.cleaned.confirm);
    EXPECT_TRUE(result.valid);
    EXPECT_EQ(result.type, c.type);
    EXPECT_EQ(result.region, c.country);
  }
}

TEST(ContactPhone, ReadsInternationalNumbersWhateverTheSendersCountry) {
  for (const NumberCase& c : kNationalNumbers) {
    SCOPED_TRACE(c.e164);
    for (std::string_view sender : {"", "US", "Narnia"}) {
      PhoneResult result = normalise_phone(c.e164, sender);
      ASSERT_TRUE(result.cleaned.ok) << result.cleaned.problem;
      EXPECT_EQ(result.cleaned.value, c.e164);
      EXPECT_EQ(result.cleaned.method.view(), "e164 from international form");
      EXPECT_DOUBLE_EQ(result.cleaned.confidence, 0.95);
      EXPECT_EQ(result.region, c.country);
    }
  }
}

struct CleanCase {
  std::string_view raw;
  std::string_view country;
  std::string_view e164;
  std::string_view method;
  double confidence;
};

TEST(ContactPhone, RepairsWhatPeopleWriteAroundNumbers) {
  const CleanCase cases[] = {
      {"+44 (0)20 7946 0958", "", "+442079460958", "e164 from international form", 0.95},
      {"0044 20 7946 0958", "GB", "+442079460958", "e164 from international form", 0.95},
      {"0044 20 7946 0958", "US", "+442079460958", "e164 from 00 prefix", 0.95},
      {"0044 20 7946 0958", "", "+442079460958", "e164 from 00 prefix", 0.95},
      {"011 44 20 7946 0958", "US", "+442079460958", "e164 from international form", 0.95},
      {"44 20 7946 0958", "GB", "+442079460958", "e164 using sender.country GB", 0.9},
      {"020 7946 0958", "United Kingdom", "+442079460958", "e164 using sender.country GB", 0.9},
      {"020 7946 0958", "gbr", "+442079460958", "e164 using sender.country GB", 0.9},
      {"202.456.1111", "USA", "+12024561111", "e164 using sender.country US", 0.9},
      {"tel:+1-650-253-0000", "", "+16502530000", "e164 from international form", 0.95},
      {"1-800-FLOWERS", "US", "+18003569377", "e164 using sender.country US; letters read as digits", 0.8},
      {"+1 650 253 0000 ext. 45", "", "+16502530000", "e164 from international form; extension kept apart",
       0.95},
      {"\t+33  6 12 34 56 78 ", "", "+33612345678", "e164 from international form", 0.95},
  };
  for (const CleanCase& c : cases) {
    SCOPED_TRACE(std::string(c.raw) + " | " + std::string(c.country));
    PhoneResult result = normalise_phone(c.raw, c.country);
    ASSERT_TRUE(result.cleaned.ok) << result.cleaned.problem;
    EXPECT_EQ(result.cleaned.value, c.e164);
    EXPECT_EQ(result.cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(result.cleaned.confidence, c.confidence);
    EXPECT_TRUE(result.valid);
  }
}

TEST(ContactPhone, KeepsTheExtensionApartFromTheNumber) {
  PhoneResult result = normalise_phone("650 253 0000 x12", "US");
  ASSERT_TRUE(result.cleaned.ok);
  EXPECT_EQ(result.cleaned.value, "+16502530000");
  EXPECT_EQ(result.extension, "12");
}

TEST(ContactPhone, MarksPossibleButUnassignedNumbersForConfirmation) {
  // 07700 900xxx is reserved for drama: the right length, in no real range.
  for (std::string_view raw : {"07700 900123", "+44 (0) 7700 900123"}) {
    SCOPED_TRACE(raw);
    PhoneResult result = normalise_phone(raw, "GB");
    ASSERT_TRUE(result.cleaned.ok);
    EXPECT_EQ(result.cleaned.value, "+447700900123");
    EXPECT_FALSE(result.valid);
    EXPECT_EQ(result.type, PhoneType::Unknown);
    EXPECT_DOUBLE_EQ(result.cleaned.confidence, 0.6);
    EXPECT_TRUE(result.cleaned.confirm);
    EXPECT_TRUE(result.cleaned.method.view().ends_with("; possible only"));
  }
}

TEST(ContactPhone, TakesTheFirstOfSeveralNumbersWithConfirmation) {
  PhoneResult result = normalise_phone("0121 234 5678 / 07400 123456", "GB");
  ASSERT_TRUE(result.cleaned.ok);
  EXPECT_EQ(result.cleaned.value, "+441212345678");
  EXPECT_EQ(result.cleaned.method.view(), "e164 using sender.country GB; first of several numbers");
  EXPECT_TRUE(result.cleaned.confirm);
  // A German area code before a slash is one number, not two.
  PhoneResult berlin = normalise_phone("030/123456", "DE");
  ASSERT_TRUE(berlin.cleaned.ok);
  EXPECT_EQ(berlin.cleaned.value, "+4930123456");
  EXPECT_FALSE(berlin.cleaned.confirm);
}

TEST(ContactPhone, CapsConfidenceByTheCountrysOwnConfidence) {
  PhoneResult result = normalise_phone("020 7946 0958", "London, UK");  // country read at 0.8
  ASSERT_TRUE(result.cleaned.ok);
  EXPECT_DOUBLE_EQ(result.cleaned.confidence, 0.8);
}

struct BadCase {
  std::string_view raw;
  std::string_view country;
  std::string_view problem;
};

TEST(ContactPhone, RejectsWhatIsNotAUsableNumberWithAReason) {
  const BadCase cases[] = {
      {"", "GB", "empty"},
      {"  \t ", "GB", "empty"},
      {"n/a", "GB", "no digits"},
      {"12", "GB", "too short for its country"},
      {"911", "US", "too short for its country"},
      {"123456789012345678", "GB", "too long to be a phone number"},
      {"07400 123456", "", "national number without a usable sender.country"},
      {"07400 123456", "Narnia", "national number without a usable sender.country"},
      {"+99 123456", "", "unknown country calling code"},
      {"555-0123", "US", "local number without its area code"},
      {"phone me", "GB", "no digits"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(std::string(c.raw) + " | " + std::string(c.country));
    PhoneResult result = normalise_phone(c.raw, c.country);
    EXPECT_FALSE(result.cleaned.ok);
    EXPECT_EQ(result.cleaned.problem, c.problem);
    EXPECT_TRUE(result.cleaned.value.empty());
  }
}

TEST(ContactPhone, NamesEveryNumberType) {
  EXPECT_EQ(phone_type_name(PhoneType::Unknown), "unknown");
  EXPECT_EQ(phone_type_name(PhoneType::Mobile), "mobile");
  EXPECT_EQ(phone_type_name(PhoneType::FixedLineOrMobile), "fixed_line_or_mobile");
  EXPECT_EQ(phone_type_name(PhoneType::Voicemail), "voicemail");
  PhoneResult toll_free = normalise_phone("0800 123 4567", "GB");
  EXPECT_EQ(toll_free.type, PhoneType::TollFree);
}

}  // namespace
}  // namespace charter::stdlib::contact
