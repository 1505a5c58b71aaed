// std.contact company names: the display form keeps the company's spelling;
// the key matches the same company written differently.
#include <gtest/gtest.h>

#include <string_view>

#include "stdlib/contact/company_name.hpp"

namespace charter::stdlib::contact {
namespace {

struct CompanyCase {
  std::string_view raw;
  std::string_view key;
  std::string_view legal_form;
};

TEST(ContactCompanyName, KeysIgnoreLegalFormsCasePunctuationAndAccents) {
  const CompanyCase cases[] = {
      {"Acme Ltd", "acme", "Ltd"},
      {"ACME LIMITED", "acme", "Limited"},
      {"Acme Ltd.", "acme", "Ltd"},
      {"The Acme Company, Ltd.", "acme", "Ltd"},
      {"Acme Holdings Co., Ltd.", "acme holdings", "Co., Ltd."},
      {"Acme Pty Ltd", "acme", "Pty Ltd"},
      {"Acme Pte. Ltd.", "acme", "Pte Ltd"},
      {"Acme Private Limited", "acme", "Pvt Ltd"},
      {"Acme, Inc.", "acme", "Inc."},
      {"Acme Corporation", "acme", "Corporation"},
      {"Acme PLC", "acme", "PLC"},
      {"Smith & Sons LLC", "smith sons", "LLC"},
      {"Smith and Sons, L.L.C.", "smith sons", "LLC"},
      {"Siemens AG", "siemens", "AG"},
      {"Muster GmbH", "muster", "GmbH"},
      {"Volkswagen GmbH & Co. KG", "volkswagen", "GmbH & Co. KG"},
      {"Nestlé S.A.", "nestle", "S.A."},
      {"Nestle SA", "nestle", "S.A."},
      {"Grupo Bimbo S.A. de C.V.", "grupo bimbo", "S.A. de C.V."},
      {"Ferrari S.p.A.", "ferrari", "S.p.A."},
      {"Philips N.V.", "philips", "N.V."},
      {"Booking B.V.", "booking", "B.V."},
      {"Telefónica, S.L.", "telefonica", "S.L."},
      {"Volvo AB", "volvo", "AB"},
      {"Sony K.K.", "sony", "K.K."},
      {"Petronas Sdn Bhd", "petronas", "Sdn Bhd"},
      {"Kowalski sp. z o.o.", "kowalski", "sp. z o.o."},
      {"ООО Ромашка", "ромашка", "ООО"},
      {"PT Astra International", "astra international", "PT"},
      {"株式会社ソニー", "ソニー", "株式会社"},
      {"IBM", "ibm", ""},
      {"eBay", "ebay", ""},
      {"Ltd", "ltd", ""},  // never strips the whole name
  };
  for (const CompanyCase& c : cases) {
    SCOPED_TRACE(c.raw);
    CompanyName company = normalise_company(c.raw);
    ASSERT_TRUE(company.display.ok) << company.display.problem;
    EXPECT_EQ(company.key, c.key);
    EXPECT_EQ(company.legal_form, c.legal_form);
    EXPECT_EQ(company_key(c.raw), c.key);
  }
}

TEST(ContactCompanyName, DisplayKeepsTheCompanysOwnSpelling) {
  const std::tuple<std::string_view, std::string_view, std::string_view, double> cases[] = {
      {"ACME LTD", "ACME LTD", "as given", 1.0},
      {"eBay Inc.", "eBay Inc.", "as given", 1.0},
      {"  Acme Ltd ", "Acme Ltd", "trimmed", 1.0},
      {"Acme   \t Ltd", "Acme Ltd", "spaces collapsed", 0.95},
      {"Soci\xE9t\xE9 G\xE9n\xE9rale", "Société Générale", "decoded as Windows-1252", 0.7},
  };
  for (const auto& [raw, display, method, score] : cases) {
    SCOPED_TRACE(raw);
    CompanyName company = normalise_company(raw);
    ASSERT_TRUE(company.display.ok);
    EXPECT_EQ(company.display.value, display);
    EXPECT_EQ(company.display.method.view(), method);
    EXPECT_DOUBLE_EQ(company.display.confidence, score);
  }
}

TEST(ContactCompanyName, MatchesTheSameCompanyWrittenDifferently) {
  EXPECT_EQ(company_key("The Coca-Cola Company"), company_key("COCA COLA CO"));
  EXPECT_EQ(company_key("Procter & Gamble Co."), company_key("Procter and Gamble"));
  EXPECT_NE(company_key("Acme Ltd"), company_key("Acme Logistics Ltd"));
}

TEST(ContactCompanyName, RejectsWhatIsNotACompany) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"N/A", "placeholder, not a company"},
      {"none", "placeholder, not a company"},
      {"-", "placeholder, not a company"},
      {"Self-employed", "a person, not a company"},
      {"self employed", "a person, not a company"},
      {"Individual", "a person, not a company"},
      {"!!!", "no letters or digits"},
  };
  for (const auto& [raw, problem] : cases) {
    SCOPED_TRACE(raw);
    CompanyName company = normalise_company(raw);
    EXPECT_FALSE(company.display.ok);
    EXPECT_EQ(company.display.problem, problem);
    EXPECT_TRUE(company.key.empty());
  }
}

}  // namespace
}  // namespace charter::stdlib::contact
