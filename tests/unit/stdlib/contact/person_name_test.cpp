// std.contact person names: spaces, capitalisation rules, scripts without
// case, encoding repair, what is not a name.
#include <gtest/gtest.h>

#include <string_view>

#include "stdlib/contact/person_name.hpp"

namespace charter::stdlib::contact {
namespace {

struct NameCase {
  std::string_view raw;
  std::string_view value;
  std::string_view method;
};

TEST(ContactPersonName, CapitalisesAllCapsAndAllLowerInput) {
  const NameCase cases[] = {
      {"john smith", "John Smith", "capitalised from lower case"},
      {"JOHN SMITH", "John Smith", "capitalised from all-caps"},
      {"ronald mcdonald", "Ronald McDonald", "capitalised from lower case"},
      {"SHANE O'NEIL", "Shane O'Neil", "capitalised from all-caps"},
      {"O\u2019BRIEN", "O\u2019Brien", "capitalised from all-caps"},
      {"d'angelo russell", "D'Angelo Russell", "capitalised from lower case"},
      {"jan van der berg", "Jan van der Berg", "capitalised from lower case"},
      {"van der berg", "Van der Berg", "capitalised from lower case"},
      {"MARIA DE LA CRUZ", "Maria de la Cruz", "capitalised from all-caps"},
      {"joão da silva", "João da Silva", "capitalised from lower case"},
      {"ahmed bin rashid al maktoum", "Ahmed bin Rashid al Maktoum", "capitalised from lower case"},
      {"anne-marie smith-jones", "Anne-Marie Smith-Jones", "capitalised from lower case"},
      {"mary-kate mcbride", "Mary-Kate McBride", "capitalised from lower case"},
      {"martin luther king iii", "Martin Luther King III", "capitalised from lower case"},
      {"j. r. r. tolkien", "J. R. R. Tolkien", "capitalised from lower case"},
      {"JOHN MACDONALD", "John Macdonald", "capitalised from all-caps"},  // "Mac" is left alone
      {"ИВАН ПЕТРОВ", "Иван Петров", "capitalised from all-caps"},
      {"ΑΝΝΑ ΠΑΠΑΔΟΠΟΥΛΟΥ", "Αννα Παπαδοπουλου", "capitalised from all-caps"},
      {"josé álvarez", "José Álvarez", "capitalised from lower case"},
      {"Jean DUPONT", "Jean Dupont", "capitalised from all-caps"},
  };
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_person_name(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.value);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, 0.8);
    EXPECT_FALSE(cleaned.confirm);
  }
}

TEST(ContactPersonName, KeepsCapitalisationThePersonChose) {
  const NameCase cases[] = {
      {"McDonald", "McDonald", "as given"},
      {"DeShawn Jones", "DeShawn Jones", "as given"},
      {"Vincent van Gogh", "Vincent van Gogh", "as given"},
      {"AJ Smith", "AJ Smith", "as given"},  // two capitals: initials, not shouting
      {"Dr. Ann Lee", "Dr. Ann Lee", "as given"},
      {"Ngũgĩ wa Thiong'o", "Ngũgĩ wa Thiong'o", "as given"},
      {"李小龍", "李小龍", "as given"},
      {"محمد علي", "محمد علي", "as given"},
      {"  Jane Doe ", "Jane Doe", "trimmed"},
  };
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_person_name(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.value);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, 1.0);
  }
}

TEST(ContactPersonName, CollapsesSpacesAndComposesAccents) {
  const NameCase cases[] = {
      {"Jane   Doe", "Jane Doe", "spaces collapsed"},
      {"Jane\tDoe", "Jane Doe", "spaces collapsed"},
      {"Jane\u00A0Doe", "Jane Doe", "spaces collapsed"},
      {"Ja\u200Bne Doe", "Jane Doe", "spaces collapsed"},
      {"Jose\u0301 Doe", "Jos\u00E9 Doe", "spaces collapsed"},  // NFC
  };
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_person_name(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.value);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, 0.95);
  }
}

TEST(ContactPersonName, ReadsWindows1252BytesAndAsksForConfirmation) {
  Cleaned cleaned = normalise_person_name("Jos\xE9 Garc\xED" "a");
  ASSERT_TRUE(cleaned.ok);
  EXPECT_EQ(cleaned.value, "José García");
  EXPECT_EQ(cleaned.method.view(), "decoded as Windows-1252");
  EXPECT_DOUBLE_EQ(cleaned.confidence, 0.7);
  EXPECT_TRUE(cleaned.confirm);
  Cleaned lower = normalise_person_name("jos\xE9 garc\xED" "a");
  EXPECT_EQ(lower.value, "José García");
  EXPECT_EQ(lower.method.view(), "decoded as Windows-1252; capitalised from lower case");
}

TEST(ContactPersonName, FlagsDigitsForConfirmationWithoutRecasingThem) {
  Cleaned cleaned = normalise_person_name("R2D2");
  ASSERT_TRUE(cleaned.ok);
  EXPECT_EQ(cleaned.value, "R2D2");
  EXPECT_EQ(cleaned.method.view(), "as given; has digits");
  EXPECT_TRUE(cleaned.confirm);
}

TEST(ContactPersonName, RejectsWhatIsNotAName) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", "empty"},
      {" \t\n", "empty"},
      {"n/a", "placeholder, not a name"},
      {"TEST", "placeholder, not a name"},
      {"jane@example.com", "looks like an e-mail address"},
      {"12345", "no letters"},
      {"--- ...", "no letters"},
  };
  for (const auto& [raw, problem] : cases) {
    SCOPED_TRACE(raw);
    Cleaned cleaned = normalise_person_name(raw);
    EXPECT_FALSE(cleaned.ok);
    EXPECT_EQ(cleaned.problem, problem);
  }
}

}  // namespace
}  // namespace charter::stdlib::contact
