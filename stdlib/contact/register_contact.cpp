// Registers std.contact: the cleaning functions, each giving a `Cleaned`
// record, and a few plain predicates and accessors. Phase: registration
// (implementations run in evaluation and constant folding). Builtins never
// fail on bad input: a field that cannot be cleaned gives ok = false and a
// problem. Cleaned values and methods are copied into the call's arena.
#include <optional>
#include <string>
#include <string_view>

#include "base/check.hpp"
#include "stdlib/contact/cleaned.hpp"
#include "stdlib/contact/company_name.hpp"
#include "stdlib/contact/country.hpp"
#include "stdlib/contact/email.hpp"
#include "stdlib/contact/person_name.hpp"
#include "stdlib/contact/phone.hpp"
#include "stdlib/contact/time_zone.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib::contact {
namespace {

TypeId add_cleaned_record(TypeTable& types) {
  const TypeId text = types.optional_of(TypeTable::kString);
  RecordInfo info;
  info.name = "Cleaned";
  info.fields = {{"ok", TypeTable::kBool},       {"value", text},
                 {"method", TypeTable::kString}, {"confidence", TypeTable::kNumber},
                 {"confirm", TypeTable::kBool},  {"problem", text}};
  return types.add_record(std::move(info));
}

// Cleaned → the record {ok, value, method, confidence, confirm, problem};
// ctx.result_type is that record's type.
bool store(CallContext& ctx, const Cleaned& cleaned, Value& out) {
  CHARTER_CHECK(ctx.types->kind(ctx.result_type) == TypeKind::Record, "a cleaning builtin returns a record");
  Value* fields = ctx.arena->allocate_array<Value>(6);
  fields[0] = Value::boolean(cleaned.ok);
  fields[1] = cleaned.ok ? Value::string(ctx.arena->copy(cleaned.value)) : Value::missing();
  fields[2] = Value::string(ctx.arena->copy(cleaned.method.view()));
  fields[3] = Value::number(cleaned.confidence);
  fields[4] = Value::boolean(cleaned.confirm);
  fields[5] = cleaned.problem.empty() ? Value::missing() : Value::string(cleaned.problem);
  out = Value::record(static_cast<uint16_t>(ctx.result_type.value), fields, 6);
  return true;
}

bool clean_email(CallContext& ctx, const Value* args, Value& out) {
  return store(ctx, normalise_email(args[0].as_string()), out);
}
bool clean_phone(CallContext& ctx, const Value* args, Value& out) {
  return store(ctx, normalise_phone(args[0].as_string(), args[1].as_string()).cleaned, out);
}
bool clean_person_name(CallContext& ctx, const Value* args, Value& out) {
  return store(ctx, normalise_person_name(args[0].as_string()), out);
}
bool clean_company(CallContext& ctx, const Value* args, Value& out) {
  return store(ctx, normalise_company(args[0].as_string()).display, out);
}
bool clean_country(CallContext& ctx, const Value* args, Value& out) {
  return store(ctx, normalise_country(args[0].as_string()), out);
}
bool clean_time_zone(CallContext& ctx, const Value* args, Value& out) {
  return store(ctx, normalise_time_zone(args[0].as_string()), out);
}

// The cleaned value when no person needs to confirm it; else missing.
std::optional<std::string> settled(const Cleaned& cleaned) {
  if (!cleaned.ok || cleaned.confirm) return std::nullopt;
  return cleaned.value;
}
template <class T>
std::optional<std::string> present(const Evaluated<T>& value) {
  if (!value.ok()) return std::nullopt;
  return std::string(*value);
}

bool email_valid(std::string_view address) { return validate_email(address).valid; }
std::optional<std::string> domain_of(std::string_view address) { return present(email_domain(address)); }
std::optional<std::string> match_key(std::string_view address) { return present(email_match_key(address)); }

std::optional<std::string_view> phone_type(std::string_view raw, std::string_view country) {
  const PhoneResult phone = normalise_phone(raw, country);
  if (!phone.cleaned.ok) return std::nullopt;
  return phone_type_name(phone.type);  // static text
}

std::optional<std::string> company_match_key(std::string_view raw) {
  std::string key = company_key(raw);
  if (key.empty()) return std::nullopt;
  return key;
}
std::optional<std::string> country_code(std::string_view raw) { return settled(normalise_country(raw)); }
std::optional<std::string> english_country_name(std::string_view alpha2) { return present(country_name(alpha2)); }
std::optional<std::string> iana_zone(std::string_view raw) { return settled(normalise_time_zone(raw)); }

}  // namespace

void register_contact(BuiltinTable& table) {
  const TypeId cleaned = add_cleaned_record(table.types());
  const TypePattern text = TypePattern::exact(TypeTable::kString);
  const TypePattern record = TypePattern::exact(cleaned);
  table.add_raw("std.contact.email", {{text}, record}, &clean_email, false,
                "the e-mail address cleaned: display form and mailto: removed, domain lower-cased; a likely typo "
                "of a major provider corrected only with confirm");
  table.add<&email_valid>("std.contact.email_valid",
                          "whether the text is a well-formed bare address (not whether mail reaches it)");
  table.add<&domain_of>("std.contact.email_domain",
                        "the lower-cased domain of an address; missing when the address is not well-formed");
  table.add<&match_key>("std.contact.email_key",
                        "a key for spotting the same mailbox written differently (Gmail dots and +tags ignored); "
                        "for comparing only, never for sending");
  table.add<&is_free_mail>("std.contact.is_free_mail",
                        "whether a domain, or an address's domain, gives free personal mailboxes (gmail.com, gmx.de)");
  table.add<&is_disposable>("std.contact.is_disposable",
                         "whether a domain, or an address's domain, is a throwaway-mail service (false: not known "
                         "to be one)");
  table.add_raw("std.contact.phone", {{text, text}, record}, &clean_phone, false,
                "the phone number in E.164 (+447400123456); a national number is read with the sender's country, "
                "the second argument (a code or a name; may be empty)");
  table.add<&phone_type>("std.contact.phone_type",
                         "the kind of line: mobile, fixed_line, fixed_line_or_mobile, toll_free, premium_rate, voip, "
                         "… or unknown; missing when the number cannot be cleaned");
  table.add_raw("std.contact.person_name", {{text}, record}, &clean_person_name, false,
                "a person's name with spaces tidied and capitals repaired only when typed all in capitals or all "
                "in lower case");
  table.add_raw("std.contact.company", {{text}, record}, &clean_company, false,
                "a company name with spaces and encoding tidied, its own spelling kept");
  table.add<&company_match_key>("std.contact.company_key",
                                "a key for spotting the same company written differently (\"ACME Ltd.\" and "
                                "\"Acme\"); missing when the name cannot be cleaned");
  table.add_raw("std.contact.country", {{text}, record}, &clean_country, false,
                "the country as an ISO 3166 two-letter code (GB), read from a code, a name or a common variant");
  table.add<&country_code>("std.contact.country_code",
                           "the two-letter country code when it needs no confirmation; missing otherwise");
  table.add<&english_country_name>("std.contact.country_name",
                                   "the English name of a two-letter country code (DE: Germany); missing when "
                                   "unknown");
  table.add_raw("std.contact.time_zone", {{text}, record}, &clean_time_zone, false,
                "the time zone as an IANA name (Europe/London); abbreviations such as EST are only proposed, with "
                "confirm");
  table.add<&iana_zone>("std.contact.iana_zone",
                        "the IANA time zone name when it needs no confirmation; missing otherwise");
}

}  // namespace charter::stdlib::contact
