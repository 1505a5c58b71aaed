// std.contact e-mail: normalisation, validation, domain, match key, and the
// free-mail and disposable lists.
#include <gtest/gtest.h>

#include <string_view>

#include "stdlib/contact/email.hpp"

namespace charter::stdlib::contact {
namespace {

struct CleanCase {
  std::string_view raw;
  std::string_view value;
  std::string_view method;
  double confidence;
};

TEST(ContactEmail, NormalisesWithoutChangingMeaning) {
  const CleanCase cases[] = {
      {"jane@example.com", "jane@example.com", "as given", 1.0},
      {"  jane@example.com \n", "jane@example.com", "trimmed", 1.0},
      {"John.Smith@Example.COM", "John.Smith@example.com", "lower-cased domain", 0.95},
      {"Jane Doe <jane@example.com>", "jane@example.com", "address taken from display form", 0.95},
      {"<jane@example.com>", "jane@example.com", "address taken from display form", 0.95},
      {"mailto:jane@example.com?subject=Hi", "jane@example.com", "mailto: removed", 0.95},
      {"user@bücher.de", "user@xn--bcher-kva.de", "domain to punycode", 0.95},
      {"user@BÜCHER.de", "user@xn--bcher-kva.de", "domain to punycode", 0.95},
      {"ж@пример.рф", "ж@xn--e1afmkfd.xn--p1ai", "domain to punycode", 0.95},
      {"(jane@example.com)", "jane@example.com", "punctuation around it removed", 0.9},
      {"jane@example.com.", "jane@example.com", "punctuation around it removed", 0.9},
      {"john.smith @ gmail. com", "john.smith@gmail.com", "spaces removed", 0.8},
      {"Bob Smith <Bob.Smith+news@GoogleMail.com>", "Bob.Smith+news@googlemail.com",
       "address taken from display form; lower-cased domain", 0.95},
      {"o'brien+tag@sub.example.co.uk", "o'brien+tag@sub.example.co.uk", "as given", 1.0},
  };
  for (const CleanCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_email(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.value);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, c.confidence);
    EXPECT_FALSE(cleaned.confirm);
    EXPECT_TRUE(cleaned.problem.empty());
  }
}

TEST(ContactEmail, KeepsTheLocalPartCase) {
  EXPECT_EQ(normalise_email("Jane.DOE@EXAMPLE.ORG").value, "Jane.DOE@example.org");
}

TEST(ContactEmail, AsksForConfirmationWhenItGuesses) {
  const CleanCase cases[] = {
      {"bob@gmial.com", "bob@gmail.com", "domain typo corrected", 0.5},
      {"bob@hotmial.com", "bob@hotmail.com", "domain typo corrected", 0.5},
      {"bob@yahoo.con", "bob@yahoo.com", "domain typo corrected", 0.5},
      {"write to bob@example.com please", "bob@example.com", "address taken from text", 0.7},
  };
  for (const CleanCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_email(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.value);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, c.confidence);
    EXPECT_TRUE(cleaned.confirm);
  }
}

struct BadCase {
  std::string_view raw;
  std::string_view problem;
};

TEST(ContactEmail, RejectsMalformedAddressesWithAReason) {
  const BadCase cases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"jane.example.com", "no @ in the address"},
      {"a@b@example.com", "more than one @ in the address"},
      {"jane@example.com, bob@example.com", "several addresses in one field"},
      {"@example.com", "nothing before the @"},
      {"jane@", "nothing after the @"},
      {".jane@example.com", "local part starts or ends with a dot"},
      {"jane.@example.com", "local part starts or ends with a dot"},
      {"ja..ne@example.com", "local part has two dots in a row"},
      {"ja(ne@example.com", "local part has a character not allowed there"},
      {"\"jane doe\"@example.com", "quoted local part is not accepted"},
      {"jane@[192.0.2.1]", "address literals are not accepted"},
      {"jane@localhost", "domain has no dot"},
      {"jane@example..com", "domain has an empty label"},
      {"jane@-example.com", "domain label starts or ends with a hyphen"},
      {"jane@exa_mple.com", "domain has a character not allowed in a host name"},
      {"jane@example.c", "top-level domain is not alphabetic"},
      {"jane@192.0.2.1", "top-level domain is not alphabetic"},
      {"jane@\xE2\x80\xAE"
       "example.com",
       "domain is not a valid internationalised name"},
      {"jane@exa\xFFmple.com", "not valid UTF-8"},
      {std::string_view("ja\0ne@example.com", 16), "control character in the address"},
      {"jane\x07@example.com", "control character in the address"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_email(c.raw);
    EXPECT_FALSE(cleaned.ok);
    EXPECT_EQ(cleaned.problem, c.problem);
    EXPECT_TRUE(cleaned.value.empty());
  }
}

TEST(ContactEmail, RejectsPartsOverTheRfcLengthLimits) {
  std::string local(65, 'a');
  EXPECT_EQ(normalise_email(local + "@example.com").problem, "local part is longer than 64 bytes");
  std::string label(64, 'b');
  EXPECT_EQ(normalise_email("a@" + label + ".com").problem, "domain label is longer than 63 bytes");
  std::string domain;
  for (int i = 0; i < 5; ++i) domain += std::string(60, 'c') + ".";
  EXPECT_EQ(normalise_email("a@" + domain + "com").problem, "domain is longer than 253 bytes");
  std::string long_domain = std::string(60, 'd') + "." + std::string(60, 'e') + "." + std::string(60, 'f') + "." +
                            std::string(60, 'g') + ".com";
  EXPECT_EQ(normalise_email(std::string(64, 'h') + "@" + long_domain).problem, "address is longer than 254 bytes");
}

TEST(ContactEmail, ValidatesOnlyBareAddresses) {
  EXPECT_TRUE(validate_email("jane@example.com").valid);
  EXPECT_TRUE(validate_email(" jane@example.com ").valid);
  EXPECT_TRUE(validate_email("user@bücher.de").valid);
  EXPECT_TRUE(validate_email("first.o'last+tag@mail.example.co.uk").valid);
  EXPECT_TRUE(validate_email("josé@example.com").valid);
  EXPECT_FALSE(validate_email("Jane <jane@example.com>").valid);
  EXPECT_EQ(validate_email("jane @example.com").problem, "address contains spaces");
  EXPECT_EQ(validate_email("jane").problem, "no @ in the address");
}

TEST(ContactEmail, FindsTheNormalisedDomain) {
  EXPECT_EQ(*email_domain("Bob@Mail.Example.COM"), "mail.example.com");
  EXPECT_EQ(*email_domain("Bob <bob@bücher.de>"), "xn--bcher-kva.de");
  Evaluated<std::string> none = email_domain("not an address");
  EXPECT_FALSE(none.ok());
  EXPECT_EQ(none.reason(), "no @ in the address");
}

TEST(ContactEmail, MatchKeyFoldsProviderAliasesForDuplicateDetection) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"Jane.Doe+news@GoogleMail.com", "janedoe@gmail.com"},
      {"j.a.n.e.doe@gmail.com", "janedoe@gmail.com"},
      {"Jane+work@outlook.com", "jane@outlook.com"},
      {"Jane.Doe+tag@example.com", "jane.doe+tag@example.com"},  // unknown provider: '+' kept
      {"JANE@EXAMPLE.COM", "jane@example.com"},
  };
  for (const auto& [raw, key] : cases) {
    SCOPED_TRACE(raw);
    Evaluated<std::string> result = email_match_key(raw);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(*result, key);
  }
  EXPECT_FALSE(email_match_key("nope").ok());
}

TEST(ContactEmail, RecognisesFreeMailDomains) {
  for (std::string_view domain : {"gmail.com", "googlemail.com", "yahoo.co.uk", "hotmail.fr", "outlook.com",
                                  "icloud.com", "aol.com", "protonmail.com", "proton.me", "gmx.de", "web.de",
                                  "mail.ru", "yandex.ru", "qq.com", "163.com", "naver.com", "libero.it",
                                  "orange.fr", "btinternet.com", "comcast.net", "bigpond.com", "GMAIL.COM",
                                  "gmail.com.", "Jane <jane@Gmail.com>"}) {
    EXPECT_TRUE(is_free_mail(domain)) << domain;
  }
  for (std::string_view domain : {"example.com", "acme.co.uk", "google.com", "microsoft.com", "facebook.com",
                                  "mail.google.com", "", "gmail", "mailinator.com"}) {
    EXPECT_FALSE(is_free_mail(domain)) << domain;
  }
}

TEST(ContactEmail, RecognisesDisposableDomainsAndTheirFamilies) {
  for (std::string_view domain : {"mailinator.com", "yopmail.com", "guerrillamail.com", "10minutemail.com",
                                  "sharklasers.com", "temp-mail.org", "trashmail.com", "maildrop.cc",
                                  "33mail.com", "anything.33mail.com", "MAILINATOR.COM", "x@yopmail.com"}) {
    EXPECT_TRUE(is_disposable(domain)) << domain;
  }
  for (std::string_view domain : {"gmail.com", "example.com", "outlook.com", "mail.example.com", "", "com",
                                  "33mail.com.example.org"}) {
    EXPECT_FALSE(is_disposable(domain)) << domain;
  }
}

}  // namespace
}  // namespace charter::stdlib::contact
