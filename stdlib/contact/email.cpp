#include "stdlib/contact/email.hpp"

#include <unicode/uidna.h>

#include <algorithm>
#include <array>
#include <utility>

#include "stdlib/contact/contact_text.hpp"

namespace charter::stdlib::contact {
namespace {

constexpr size_t kMaxRawBytes = 1024;  // longer input is not an address, whatever it holds

enum Change : unsigned {
  kTrimmed = 1u << 0,
  kDisplayForm = 1u << 1,
  kMailto = 1u << 2,
  kTrailingPunctuation = 1u << 3,
  kSpacesRemoved = 1u << 4,
  kDomainLowered = 1u << 5,
  kPunycode = 1u << 6,
  kTakenFromText = 1u << 7,
};

struct ParsedAddress {
  std::string local;
  std::string domain;  // ASCII, lower-case
  unsigned changes = 0;
  std::string_view problem;
};

ParsedAddress failed(std::string_view problem) {
  ParsedAddress parsed;
  parsed.problem = problem;
  return parsed;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && detail::ascii_lower(text.substr(0, prefix.size())) == prefix;
}

bool is_atext(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

// UTS #46 (non-transitional, STD3 rules, bidi and ContextJ checks), as
// browsers and mail clients apply it. The UIDNA object is immutable and
// shared by all threads once opened.
const UIDNA* uts46() {
  static const UIDNA* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UIDNA* idna = uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_USE_STD3_RULES |
                                            UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ,
                                        &status);
    return U_SUCCESS(status) ? idna : nullptr;
  }();
  return instance;
}

bool idn_to_ascii(std::string_view domain, std::string& out) {
  const UIDNA* idna = uts46();
  if (idna == nullptr) return false;
  std::array<char, 512> buffer{};
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = uidna_nameToASCII_UTF8(idna, domain.data(), static_cast<int32_t>(domain.size()),
                                          buffer.data(), static_cast<int32_t>(buffer.size()),
                                          &info, &status);
  if (U_FAILURE(status) || info.errors != 0 || length <= 0) return false;
  out.assign(buffer.data(), static_cast<size_t>(length));
  return true;
}

std::string_view check_local(std::string_view local) {
  if (local.empty()) return "nothing before the @";
  if (local.front() == '"') return "quoted local part is not accepted";
  if (local.size() > 64) return "local part is longer than 64 bytes";
  if (local.front() == '.' || local.back() == '.') return "local part starts or ends with a dot";
  if (local.find("..") != std::string_view::npos) return "local part has two dots in a row";
  for (char c : local) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '.') continue;  // UTF-8 allowed (RFC 6531)
    if (!is_atext(c)) return "local part has a character not allowed there";
  }
  return {};
}

std::string_view check_domain(std::string_view domain) {
  if (domain.size() > 253) return "domain is longer than 253 bytes";
  size_t labels = 0;
  std::string_view last;
  for (size_t begin = 0; begin <= domain.size();) {
    size_t end = std::min(domain.find('.', begin), domain.size());
    std::string_view label = domain.substr(begin, end - begin);
    if (label.empty()) return "domain has an empty label";
    if (label.size() > 63) return "domain label is longer than 63 bytes";
    for (char c : label) {
      bool ldh = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ldh) return "domain has a character not allowed in a host name";
    }
    if (label.front() == '-' || label.back() == '-') return "domain label starts or ends with a hyphen";
    ++labels;
    last = label;
    begin = end + 1;
  }
  if (labels < 2) return "domain has no dot";
  bool alphabetic = std::all_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!(alphabetic && last.size() >= 2) && last.rfind("xn--", 0) != 0) {
    return "top-level domain is not alphabetic";
  }
  return {};
}

// Unwraps what people paste around an address: display names, mailto:,
// a sentence around it, brackets and punctuation, spaces next to "@" or ".".
// Only in lenient mode.
std::string unwrap(std::string_view text, unsigned& changes) {
  size_t lt = text.rfind('<');
  size_t gt = text.rfind('>');
  if (lt != std::string_view::npos && gt != std::string_view::npos && gt > lt) {
    text = detail::trim(text.substr(lt + 1, gt - lt - 1));
    changes |= kDisplayForm;
  }
  if (starts_with_ci(text, "mailto:")) {
    text = detail::trim(text.substr(7).substr(0, text.substr(7).find('?')));
    changes |= kMailto;
  }
  std::string collapsed = detail::collapse_spaces(text);
  std::string joined;  // without the spaces next to "@" and "."
  for (size_t i = 0; i < collapsed.size(); ++i) {
    bool beside = i > 0 && i + 1 < collapsed.size() &&
                  std::string_view("@.").find(collapsed[i - 1]) != std::string_view::npos;
    beside = beside || (i + 1 < collapsed.size() && std::string_view("@.").find(collapsed[i + 1]) != std::string_view::npos);
    if (collapsed[i] == ' ' && beside) {
      changes |= kSpacesRemoved;
    } else {
      joined.push_back(collapsed[i]);
    }
  }
  std::string_view address = joined;
  if (address.find(' ') != std::string_view::npos) {  // "write to bob@example.com please"
    std::string_view found;
    size_t count = 0;
    for (std::string_view rest = address; !rest.empty();) {
      size_t space = std::min(rest.find(' '), rest.size());
      if (rest.substr(0, space).find('@') != std::string_view::npos) {
        found = rest.substr(0, space);
        ++count;
      }
      rest.remove_prefix(std::min(space + 1, rest.size()));
    }
    if (count == 1) {
      address = found;
      changes |= kTakenFromText;
    }
  }
  while (!address.empty() && std::string_view("([{'\"").find(address.front()) != std::string_view::npos) {
    address.remove_prefix(1);
    changes |= kTrailingPunctuation;
  }
  while (!address.empty() && std::string_view(".,;:)]}'\"").find(address.back()) != std::string_view::npos) {
    address.remove_suffix(1);
    changes |= kTrailingPunctuation;
  }
  return std::string(address);
}

ParsedAddress parse_address(std::string_view raw, bool lenient) {
  ParsedAddress parsed;
  if (raw.size() > kMaxRawBytes) return failed("too long to be an e-mail address");
  if (!detail::is_valid_utf8(raw)) return failed("not valid UTF-8");
  bool control = std::any_of(raw.begin(), raw.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
  });
  if (control) return failed("control character in the address");
  std::string_view text = detail::trim(raw);
  if (text.size() != raw.size()) parsed.changes |= kTrimmed;
  if (text.empty()) return failed("empty");
  if (text.front() == '"' && text.find("\"@") != std::string_view::npos) {
    return failed("quoted local part is not accepted");
  }
  std::string address = lenient ? unwrap(text, parsed.changes) : std::string(text);
  if (address.empty()) return failed("empty");
  if (address.find('@') == std::string::npos) return failed("no @ in the address");
  if (std::count(address.begin(), address.end(), '@') > 1 &&
      address.find_first_of(" ,;") != std::string::npos) {
    return failed("several addresses in one field");
  }
  if (detail::collapse_spaces(address).find(' ') != std::string::npos || address.find('\t') != std::string::npos) {
    return failed("address contains spaces");
  }
  if (address.front() == '"') return failed("quoted local part is not accepted");
  size_t at = address.rfind('@');
  if (at == std::string::npos) return failed("no @ in the address");
  if (address.find('@') != at) return failed("more than one @ in the address");
  std::string_view local = std::string_view(address).substr(0, at);
  std::string_view domain = std::string_view(address).substr(at + 1);
  if (std::string_view problem = check_local(local); !problem.empty()) return failed(problem);
  if (domain.empty()) return failed("nothing after the @");
  if (domain.front() == '[') return failed("address literals are not accepted");
  if (detail::is_ascii(domain)) {
    parsed.domain = detail::ascii_lower(domain);
    if (parsed.domain != domain) parsed.changes |= kDomainLowered;
  } else {
    if (!idn_to_ascii(domain, parsed.domain)) return failed("domain is not a valid internationalised name");
    parsed.changes |= kPunycode;
  }
  if (std::string_view problem = check_domain(parsed.domain); !problem.empty()) return failed(problem);
  if (local.size() + 1 + parsed.domain.size() > 254) return failed("address is longer than 254 bytes");
  parsed.local = std::string(local);
  return parsed;
}

// Misspellings of major providers' domains seen in form data, each one
// edit away from the provider. Sorted by typo.
constexpr std::pair<std::string_view, std::string_view> kDomainTypos[] = {
    {"aol.con", "aol.com"},         {"gamil.com", "gmail.com"},       {"gmai.com", "gmail.com"},
    {"gmail.cm", "gmail.com"},      {"gmail.cmo", "gmail.com"},       {"gmail.co", "gmail.com"},
    {"gmail.comm", "gmail.com"},    {"gmail.con", "gmail.com"},       {"gmail.om", "gmail.com"},
    {"gmaill.com", "gmail.com"},    {"gmal.com", "gmail.com"},        {"gmali.com", "gmail.com"},
    {"gmial.com", "gmail.com"},     {"gnail.com", "gmail.com"},       {"hotmai.com", "hotmail.com"},
    {"hotmail.cm", "hotmail.com"},  {"hotmail.con", "hotmail.com"},   {"hotmal.com", "hotmail.com"},
    {"hotmial.com", "hotmail.com"}, {"hotmil.com", "hotmail.com"},    {"hotnail.com", "hotmail.com"},
    {"htomail.com", "hotmail.com"}, {"iclod.com", "icloud.com"},      {"icloud.con", "icloud.com"},
    {"iclould.com", "icloud.com"},  {"outllook.com", "outlook.com"},  {"outlok.com", "outlook.com"},
    {"outloo.com", "outlook.com"},  {"outlook.con", "outlook.com"},    {"yaho.com", "yahoo.com"},
    {"yahoo.con", "yahoo.com"},     {"yahooo.com", "yahoo.com"},      {"yaoo.com", "yahoo.com"},
    {"yhoo.com", "yahoo.com"},
};

static_assert(std::is_sorted(std::begin(kDomainTypos), std::end(kDomainTypos)));

std::string_view corrected_domain(std::string_view domain) {
  auto it = std::lower_bound(std::begin(kDomainTypos), std::end(kDomainTypos), domain,
                             [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it != std::end(kDomainTypos) && it->first == domain) return it->second;
  return {};
}

void note(MethodText& method, std::string_view text) {
  if (!method.empty()) method.append("; ");
  method.append(text);
}

}  // namespace

Cleaned normalise_email(std::string_view raw) {
  ParsedAddress parsed = parse_address(raw, /*lenient=*/true);
  if (!parsed.problem.empty()) return Cleaned::failure(parsed.problem);
  MethodText method;
  double score = confidence::kExact;
  auto apply = [&](unsigned change, std::string_view text, double level) {
    if (!(parsed.changes & change)) return;
    note(method, text);
    score = std::min(score, level);
  };
  apply(kDisplayForm, "address taken from display form", confidence::kSyntactic);
  apply(kMailto, "mailto: removed", confidence::kSyntactic);
  apply(kTakenFromText, "address taken from text", confidence::kLikely);
  apply(kTrailingPunctuation, "punctuation around it removed", confidence::kContextual);
  apply(kSpacesRemoved, "spaces removed", confidence::kHeuristic);
  apply(kDomainLowered, "lower-cased domain", confidence::kSyntactic);
  apply(kPunycode, "domain to punycode", confidence::kSyntactic);
  std::string_view fixed = corrected_domain(parsed.domain);
  if (!fixed.empty()) {
    note(method, "domain typo corrected");
    score = confidence::kGuess;
    parsed.domain = std::string(fixed);
  }
  if (method.empty()) method = MethodText((parsed.changes & kTrimmed) ? "trimmed" : "as given");
  return Cleaned::success(parsed.local + "@" + parsed.domain, method, score, !fixed.empty());
}

EmailCheck validate_email(std::string_view address) {
  ParsedAddress parsed = parse_address(address, /*lenient=*/false);
  return {.valid = parsed.problem.empty(), .problem = parsed.problem};
}

Evaluated<std::string> email_domain(std::string_view address) {
  ParsedAddress parsed = parse_address(address, /*lenient=*/true);
  if (!parsed.problem.empty()) return Evaluated<std::string>::not_evaluable(parsed.problem);
  return std::move(parsed.domain);
}

Evaluated<std::string> email_match_key(std::string_view address) {
  // Providers documented to deliver "name+tag@" to "name@".
  static constexpr std::string_view kPlusProviders[] = {
      "fastmail.com", "fastmail.fm",  "gmail.com",   "hey.com",     "hotmail.co.uk",
      "hotmail.com",  "hotmail.fr",   "icloud.com",  "live.co.uk",  "live.com",
      "mac.com",      "me.com",       "msn.com",     "outlook.com", "pm.me",
      "proton.me",    "protonmail.ch", "protonmail.com", "yandex.com", "yandex.ru",
      "zoho.com"};
  static_assert(std::is_sorted(std::begin(kPlusProviders), std::end(kPlusProviders)));
  ParsedAddress parsed = parse_address(address, /*lenient=*/true);
  if (!parsed.problem.empty()) return Evaluated<std::string>::not_evaluable(parsed.problem);
  std::string local = detail::ascii_lower(parsed.local);
  std::string domain = parsed.domain == "googlemail.com" ? std::string("gmail.com") : parsed.domain;
  if (std::binary_search(std::begin(kPlusProviders), std::end(kPlusProviders), domain)) {
    if (size_t plus = local.find('+'); plus != std::string::npos && plus > 0) local.resize(plus);
  }
  if (domain == "gmail.com") std::erase(local, '.');
  return local + "@" + domain;
}

}  // namespace charter::stdlib::contact
