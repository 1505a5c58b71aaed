// std.contact countries: codes, names in several languages, variants,
// places, flags, unknown and ambiguous input.
#include <gtest/gtest.h>

#include <string_view>

#include "stdlib/contact/country.hpp"

namespace charter::stdlib::contact {
namespace {

struct CountryCase {
  std::string_view raw;
  std::string_view code;
  std::string_view method;
  double confidence;
};

void expect_cases(std::initializer_list<CountryCase> cases) {
  for (const CountryCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_country(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.code);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, c.confidence);
    EXPECT_EQ(cleaned.confirm, c.confidence < kConfirmBelow);
  }
}

TEST(ContactCountry, ReadsIsoCodes) {
  expect_cases({
      {"GB", "GB", "iso alpha-2", 1.0},
      {"gb", "GB", "iso alpha-2", 0.9},
      {" DE ", "DE", "iso alpha-2", 1.0},
      {"UK", "GB", "uk read as GB", 0.9},
      {"GBR", "GB", "iso alpha-3", 0.95},
      {"usa", "US", "iso alpha-3", 0.9},
      {"DEU", "DE", "iso alpha-3", 0.95},
      {"U.S.A.", "US", "iso alpha-3", 0.9},
      {"NO", "NO", "iso alpha-2", 1.0},
  });
}

TEST(ContactCountry, ReadsEnglishNamesIgnoringCaseAccentsAndPunctuation) {
  expect_cases({
      {"United Kingdom", "GB", "english name", 0.95},
      {"UNITED KINGDOM", "GB", "english name", 0.95},
      {"United States", "US", "english name", 0.95},
      {"Germany", "DE", "english name", 0.95},
      {"The Netherlands", "NL", "english name", 0.95},
      {"Côte d’Ivoire", "CI", "english name", 0.95},
      {"Cote d'Ivoire", "CI", "english name", 0.95},
      {"Saint Lucia", "LC", "english name", 0.95},
      {"St. Kitts and Nevis", "KN", "english name", 0.95},
      {"Bosnia and Herzegovina", "BA", "english name", 0.95},
      {"Myanmar", "MM", "english name", 0.95},
      {"South Korea", "KR", "english name", 0.95},
      {"Mexico", "MX", "english name", 0.95},
  });
}

TEST(ContactCountry, ReadsCommonVariants) {
  expect_cases({
      {"Great Britain", "GB", "common name", 0.9},
      {"England", "GB", "common name", 0.9},
      {"Northern Ireland", "GB", "common name", 0.9},
      {"U.K.", "GB", "common name", 0.9},
      {"United States of America", "US", "common name", 0.95},
      {"America", "US", "common name", 0.8},
      {"Holland", "NL", "common name", 0.9},
      {"UAE", "AE", "common name", 0.9},
      {"Czech Republic", "CZ", "common name", 0.95},
      {"Ivory Coast", "CI", "common name", 0.9},
      {"Hong Kong", "HK", "common name", 0.9},
      {"Russian Federation", "RU", "common name", 0.95},
      {"Iran, Islamic Republic of", "IR", "common name", 0.95},
      {"Korea", "KR", "common name", 0.7},  // the usual reading, confirmed
  });
}

TEST(ContactCountry, ReadsNamesInOtherLanguages) {
  expect_cases({
      {"Deutschland", "DE", "name in another language", 0.9},
      {"España", "ES", "name in another language", 0.9},
      {"Espana", "ES", "name in another language", 0.9},
      {"Allemagne", "DE", "name in another language", 0.9},
      {"Nederland", "NL", "name in another language", 0.9},
      {"Brasil", "BR", "name in another language", 0.9},
      {"Schweiz", "CH", "name in another language", 0.9},
      {"Suisse", "CH", "name in another language", 0.9},
      {"Österreich", "AT", "name in another language", 0.9},
      {"Sverige", "SE", "name in another language", 0.9},
      {"Polska", "PL", "name in another language", 0.9},
      {"Italia", "IT", "name in another language", 0.9},
      {"日本", "JP", "name in another language", 0.9},
      {"Россия", "RU", "name in another language", 0.9},
  });
}

TEST(ContactCountry, ReadsTheCountryPartOfAPlace) {
  expect_cases({
      {"London, UK", "GB", "country part of the field", 0.8},
      {"Berlin, Germany", "DE", "country part of the field", 0.8},
      {"United Kingdom (GB)", "GB", "country part of the field", 0.8},
  });
}

TEST(ContactCountry, ReadsFlagEmoji) {
  expect_cases({
      {"\U0001F1EC\U0001F1E7", "GB", "flag emoji", 0.95},
      {"\U0001F1EB\U0001F1F7", "FR", "flag emoji", 0.95},
  });
}

TEST(ContactCountry, RepairsWindows1252AndAsksForConfirmation) {
  Cleaned cleaned = normalise_country("Espa\xF1" "a");
  ASSERT_TRUE(cleaned.ok);
  EXPECT_EQ(cleaned.value, "ES");
  EXPECT_EQ(cleaned.method.view(), "name in another language; decoded as Windows-1252");
  EXPECT_TRUE(cleaned.confirm);
}

TEST(ContactCountry, RejectsUnknownAmbiguousAndPlaceholderInput) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"Narnia", "unknown country"},
      {"XX", "unknown country"},
      {"EU", "unknown country"},
      {"Europe", "unknown country"},
      {"ZZZ", "unknown country"},
      {"Congo", "ambiguous country name"},
      {"n/a", "placeholder, not a country"},
      {"no", "placeholder, not a country"},
  };
  for (const auto& [raw, problem] : cases) {
    SCOPED_TRACE(raw);
    Cleaned cleaned = normalise_country(raw);
    EXPECT_FALSE(cleaned.ok);
    EXPECT_EQ(cleaned.problem, problem);
  }
}

TEST(ContactCountry, KnowsEveryAssignedCodeAndItsEnglishName) {
  EXPECT_TRUE(is_country_code("GB"));
  EXPECT_TRUE(is_country_code("ZA"));
  EXPECT_FALSE(is_country_code("UK"));
  EXPECT_FALSE(is_country_code("gb"));
  EXPECT_FALSE(is_country_code("GBR"));
  EXPECT_EQ(*country_name("DE"), "Germany");
  EXPECT_EQ(*country_name("GB"), "United Kingdom");
  EXPECT_FALSE(country_name("XX").ok());
}

TEST(ContactCountry, EveryCodeReadsBackThroughItsEnglishName) {
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) {
      const char code[] = {a, b, '\0'};
      if (!is_country_code(code)) continue;
      SCOPED_TRACE(code);
      Evaluated<std::string> name = country_name(code);
      ASSERT_TRUE(name.ok());
      Cleaned cleaned = normalise_country(*name);
      ASSERT_TRUE(cleaned.ok) << *name << ": " << cleaned.problem;
      EXPECT_EQ(cleaned.value, code) << *name;
    }
  }
}

}  // namespace
}  // namespace charter::stdlib::contact
