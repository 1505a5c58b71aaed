#include "stdlib/contact/company_name.hpp"

#include <algorithm>
#include <vector>

#include "stdlib/contact/contact_text.hpp"

namespace charter::stdlib::contact {
namespace {

constexpr size_t kMaxRawBytes = 300;

// Legal forms as their folded tokens (fold_key turns "S.A." into "s a" and
// "GmbH & Co. KG" into "gmbh co kg"), with the usual written label.
// Longer forms first: the first match at the end of a name wins.
struct LegalForm {
  std::string_view folded;
  std::string_view label;
};
constexpr LegalForm kLegalForms[] = {
    {"s a de c v", "S.A. de C.V."}, {"sa de cv", "S.A. de C.V."}, {"gmbh co kg", "GmbH & Co. KG"},
    {"public limited company", "PLC"}, {"private limited", "Pvt Ltd"}, {"sp z o o", "sp. z o.o."},
    {"pty ltd", "Pty Ltd"},  {"pte ltd", "Pte Ltd"},  {"pvt ltd", "Pvt Ltd"},   {"co ltd", "Co., Ltd."},
    {"sdn bhd", "Sdn Bhd"},  {"s a r l", "SARL"},     {"l l c", "LLC"},         {"l l p", "LLP"},
    {"s a s", "SAS"},        {"s p a", "S.p.A."},     {"s r l", "S.r.l."},      {"limited", "Limited"},
    {"incorporated", "Inc."}, {"corporation", "Corporation"}, {"company", "Company"},
    {"ltd", "Ltd"},   {"llc", "LLC"},   {"llp", "LLP"},   {"inc", "Inc."},  {"corp", "Corp."},
    {"plc", "PLC"},   {"gmbh", "GmbH"}, {"ag", "AG"},     {"kg", "KG"},     {"se", "SE"},
    {"sa", "S.A."},   {"s a", "S.A."},  {"sas", "SAS"},   {"sarl", "SARL"}, {"srl", "S.r.l."},
    {"spa", "S.p.A."}, {"bv", "B.V."},  {"b v", "B.V."},  {"nv", "N.V."},   {"n v", "N.V."},
    {"pty", "Pty"},   {"pte", "Pte"},   {"ab", "AB"},     {"a s", "A/S"},   {"as", "AS"},
    {"aps", "ApS"},   {"oy", "Oy"},     {"oyj", "Oyj"},   {"k k", "K.K."},  {"kk", "K.K."},
    {"bhd", "Bhd"},   {"lp", "LP"},     {"l p", "LP"},    {"ltda", "Ltda."}, {"lda", "Lda."},
    {"sl", "S.L."},   {"s l", "S.L."},  {"ug", "UG"},     {"kft", "Kft."},  {"zrt", "Zrt."},
    {"ooo", "OOO"},   {"ооо", "ООО"},   {"co", "Co."},    {"pvt", "Pvt"},
};

// Forms written before the name: "ООО Ромашка", "PT Astra", "株式会社ソニー"
// (the CJK forms have no space after them, so they match as a prefix).
constexpr LegalForm kLeadingForms[] = {
    {"ооо", "ООО"}, {"оао", "ОАО"}, {"зао", "ЗАО"}, {"пао", "ПАО"}, {"ао", "АО"}, {"pt", "PT"}};
constexpr LegalForm kCjkForms[] = {
    {"株式会社", "株式会社"}, {"有限会社", "有限会社"}, {"合同会社", "合同会社"}, {"有限公司", "有限公司"}};

constexpr std::string_view kNotCompanies[] = {"freelance", "freelancer", "individual", "myself",
                                              "n a", "private", "private individual", "retired",
                                              "self", "self employed", "sole trader", "student"};

// Removes trailing legal forms from a folded key, repeatedly ("acme co ltd"
// → "acme"), never the whole key. Returns the outermost form's label.
std::string_view strip_legal_forms(std::string& key) {
  std::string_view outer;
  for (bool found = true; found;) {
    found = false;
    for (const LegalForm& form : kLegalForms) {
      size_t n = form.folded.size();
      if (key.size() <= n + 1 || key.compare(key.size() - n, n, form.folded) != 0) continue;
      if (key[key.size() - n - 1] != ' ') continue;
      key.resize(key.size() - n - 1);
      if (outer.empty()) outer = form.label;
      found = true;
      break;
    }
  }
  return outer;
}

std::string key_of(std::string_view text, std::string_view& legal_form) {
  std::string folded = detail::fold_key(text);
  std::string key;
  std::string_view rest = folded;
  while (!rest.empty()) {
    size_t space = std::min(rest.find(' '), rest.size());
    std::string_view token = rest.substr(0, space);
    rest.remove_prefix(std::min(space + 1, rest.size()));
    if (token == "and" || (token == "the" && key.empty())) continue;
    if (!key.empty()) key.push_back(' ');
    key.append(token);
  }
  legal_form = strip_legal_forms(key);
  for (const LegalForm& form : kLeadingForms) {
    if (key.size() > form.folded.size() + 1 && key.compare(0, form.folded.size(), form.folded) == 0 &&
        key[form.folded.size()] == ' ') {
      key.erase(0, form.folded.size() + 1);
      if (legal_form.empty()) legal_form = form.label;
      break;
    }
  }
  for (const LegalForm& form : kCjkForms) {
    size_t n = form.folded.size();
    if (key.size() <= n) continue;
    if (key.compare(0, n, form.folded) == 0) {
      key.erase(0, n);
    } else if (key.compare(key.size() - n, n, form.folded) == 0) {
      key.resize(key.size() - n);
    } else {
      continue;
    }
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    while (!key.empty() && key.back() == ' ') key.pop_back();
    if (legal_form.empty()) legal_form = form.label;
    break;
  }
  return key;
}

CompanyName failed(Cleaned display) {
  CompanyName result;
  result.display = std::move(display);
  return result;
}

}  // namespace

CompanyName normalise_company(std::string_view raw) {
  CompanyName result;
  if (raw.size() > kMaxRawBytes) return failed(Cleaned::failure("too long to be a company name"));
  detail::PreparedText prepared = detail::prepare_text(raw);
  if (prepared.text.empty()) return failed(Cleaned::failure("empty"));
  if (detail::is_placeholder(prepared.text)) return failed(Cleaned::failure("placeholder, not a company"));
  std::string folded = detail::fold_key(prepared.text);
  if (folded.empty()) return failed(Cleaned::failure("no letters or digits"));
  if (std::find(std::begin(kNotCompanies), std::end(kNotCompanies), folded) != std::end(kNotCompanies)) {
    return failed(Cleaned::failure("a person, not a company"));
  }
  result.key = key_of(prepared.text, result.legal_form);
  if (prepared.repaired) {
    result.display = Cleaned::success(prepared.text, "decoded as Windows-1252", confidence::kLikely);
  } else if (prepared.collapsed || prepared.composed) {
    result.display = Cleaned::success(prepared.text, "spaces collapsed", confidence::kSyntactic);
  } else {
    result.display = Cleaned::success(prepared.text, prepared.trimmed ? "trimmed" : "as given", confidence::kExact);
  }
  return result;
}

std::string company_key(std::string_view raw) { return normalise_company(raw).key; }

}  // namespace charter::stdlib::contact
