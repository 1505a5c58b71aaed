// std.contact e-mail: normalisation and syntactic validation of addresses,
// their domain, free-mail and disposable domains. Phase: evaluation. Inputs
// are raw UTF-8 views (possibly invalid); results own their strings. No
// network: "valid" means well-formed, never "deliverable".
#pragma once

#include <string>
#include <string_view>

#include "stdlib/contact/cleaned.hpp"
#include "stdlib/core/evaluated.hpp"

namespace charter::stdlib::contact {

/// Cleans a raw address. Meaning-preserving steps only, unless marked:
/// outer spaces trimmed; "Name <a@b>", "<a@b>" and "mailto:a@b" unwrapped;
/// trailing sentence punctuation dropped; spaces inside the address removed;
/// the domain lower-cased and, when it is an IDN, converted to its ASCII
/// (punycode) form by UTS #46. The local part keeps its case (RFC 5321 lets
/// a server treat it as case-sensitive). Marked, with confirm=true: a known
/// typo of a major provider's domain ("gmial.com") replaced by the provider.
/// Methods: "as given", "trimmed", "lower-cased domain", "domain to punycode",
/// "address taken from display form", "mailto: removed", "spaces removed",
/// "domain typo corrected", joined by "; " when several apply.
Cleaned normalise_email(std::string_view raw);

struct EmailCheck {
  bool valid = false;
  std::string_view problem;  // static text; empty when valid
};

/// Syntactic check of a bare address (outer spaces allowed, nothing else):
/// RFC 5321/5322 dot-atom local part (UTF-8 allowed, RFC 6531) of at most 64
/// bytes; a host name of at least two LDH labels of 1–63 bytes, at most 253
/// bytes, whose last label is alphabetic or punycode; at most 254 in all.
/// Quoted local parts and address literals ("[192.0.2.1]") are refused:
/// legal, but not what a person types into a form.
EmailCheck validate_email(std::string_view address);

/// The normalised domain of an address ("Bob@Mail.Example.COM" →
/// "mail.example.com"); not evaluable when the address is not valid.
Evaluated<std::string> email_domain(std::string_view address);

/// A key for duplicate detection only, never for sending: the normalised
/// address lower-cased, googlemail.com read as gmail.com, and for providers
/// that ignore them, dots (Gmail) and a "+tag" removed.
Evaluated<std::string> email_match_key(std::string_view address);

/// Whether a domain (or the domain of an address) gives personal mailboxes
/// free of charge or with an Internet subscription (gmail.com, gmx.de,
/// btinternet.com). Exact match on the lower-cased domain; see data/README.md.
bool is_free_mail(std::string_view domain_or_address);

/// Whether a domain (or an address's) belongs to a throwaway-mail service:
/// an exact listed domain, or a listed family and any of its subdomains.
/// false means "not known to be disposable", not "known to be real".
bool is_disposable(std::string_view domain_or_address);

}  // namespace charter::stdlib::contact
