// `charter doc stdlib [-o FILE]`: prints docs/stdlib.md from the builtin
// registry — per family, each builtin's name, signature, whether it can be
// not evaluable and its doc line, then the records builtins return. Phase:
// CLI. The family introductions and record field meanings are the only
// hand-written parts; stdlib_doc_test checks the file against this output.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/cli/commands.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::cli {
namespace {

using stdlib::TypeId;
using stdlib::TypeKind;
using stdlib::TypeTable;

constexpr std::string_view kPreamble = R"(# The standard library

<!-- Generated from the builtin registry: `charter doc stdlib -o docs/stdlib.md`.
     Do not edit by hand; a unit test fails when this file and the registry differ. -->

The builtin functions that policies call, by family. Each is registered once with its
signature (what the type checker accepts) and its implementation (what the evaluator and
constant folding run), so this page cannot drift from what the engine does.

- `std.core` functions are called by their short name: `lower(x)`, `min(a, b)`. The others
  are imported (`use std.time.{local_hour}`, `use std.contact.*`) or called by their full
  name: `std.time.local_hour(received_at, zone)`.
- In signatures `T` stands for any one type (the same wherever it appears), `T?` for a
  value that may be missing; "T: Int or Number" and "T: comparable" limit what `T` may be.
- **Not evaluable** "yes": for some inputs (an unknown time zone in the event, a text that
  is not a date) the builtin gives no answer. The rule is then not evaluable, the trace
  says why, and the decision's `fallback` applies — never a silent false. A decision that
  calls such a builtin must have a `fallback`, and an `output` cannot call one directly.
- Every builtin is pure: the same arguments always give the same answer. There is no clock
  (times are read against the event's own `received_at`) and no network.
)";

struct Family {
  std::string_view prefix;  // "std.time"
  std::string_view title;
  std::string_view intro;   // Markdown, may be empty
};

constexpr Family kFamilies[] = {
    {"std.core", "everyday text and numbers",
     "Visible in every module without `use`. `min`, `max`, `abs` and `round` are the same functions as in\n"
     "`std.num`."},
    {"std.text", "text", ""},
    {"std.message", "messages", ""},
    {"std.contact", "contact details",
     "Cleaning of contact fields as received (`sender.*`, `lead.*`). Each cleaning function gives a\n"
     "`Cleaned` record: the cleaned `value`, the `method` used, a `confidence` from 0 to 1 and\n"
     "`confirm`, true when a person should confirm the value before automation acts on it\n"
     "(confidence below 0.75, or a guess such as a corrected typo). A field that cannot be cleaned\n"
     "gives `ok` false and a `problem`; these builtins never fail and never guess silently.\n"
     "\n"
     "```charter\n"
     "let phone = std.contact.phone(sender.phone ?? \"\", sender.country ?? \"\")\n"
     "# phone.ok, phone.value ?? \"\", phone.method, phone.confidence, phone.confirm\n"
     "```\n"
     "\n"
     "The accessors (`country_code`, `iana_zone`) give a value only when it needs no\n"
     "confirmation, so they can feed other builtins directly."},
    {"std.time", "dates and times",
     "There is no clock: \"now\" is the event's `received_at`. Zones are IANA names\n"
     "(`Europe/London`) or offsets (`UTC`, `+01:00`), given as text. An unknown zone makes the\n"
     "call not evaluable, so the decision's fallback applies; clean a zone from the event with\n"
     "`std.contact.iana_zone` first. Weekdays are the English names \"Monday\" … \"Sunday\".\n"
     "\n"
     "Calendars keep the shape the bundle declares. Slot checks take plain values, one busy\n"
     "interval or existing event at a time, and the policy walks the lists with its quantifiers:\n"
     "\n"
     "```charter\n"
     "busy: deny when any(b in calendar.busy: std.time.slot_clashes(start, 30m, b.start, b.end, buffer))\n"
     "  because \"the slot is taken or too close to another meeting\"\n"
     "```\n"
     "\n"
     "`resolve_when` reads the dates and times a message names. When a reading is ambiguous, or\n"
     "the message names several, `needs_clarification` is true and `reasons` says why: ask, do\n"
     "not book. Its zone may be \"\" when the sender's is not known (every time then needs\n"
     "clarification); its country is a two-letter code, as `std.contact.country_code` gives."},
    {"std.list", "lists",
     "Questions about a list or set as a whole. To test each item, use the quantifiers\n"
     "`any(x in list: …)`, `all(…)` and `count(…)`. A bare `min` or `max` is `std.core`'s, for two\n"
     "numbers; write `std.list.max(scores)`, or import it by name: `use std.list.{max}`."},
    {"std.num", "numbers", ""},
};

// What each field of a record that builtins return means, keyed "Record.field".
const std::map<std::string, std::string_view, std::less<>>& field_meanings() {
  static const std::map<std::string, std::string_view, std::less<>> meanings = {
      {"Cleaned.ok", "the field could be cleaned"},
      {"Cleaned.value", "the cleaned value; missing when not ok"},
      {"Cleaned.method", "how it was cleaned, in words (\"e164 using sender.country GB\")"},
      {"Cleaned.confidence", "0 to 1: how sure the cleaning is (1: as given)"},
      {"Cleaned.confirm", "a person should confirm the value before automation acts on it"},
      {"Cleaned.problem", "why the field could not be cleaned; missing when ok"},
      {"When.found", "the message names at least one date or time"},
      {"When.count", "how many date and time expressions it names"},
      {"When.needs_clarification", "some reading is ambiguous, or there are several: ask, do not book"},
      {"When.start", "the first expression's start"},
      {"When.end", "its end (exclusive; equal to start for a point in time)"},
      {"When.text", "the first expression as written"},
      {"When.granularity", "Point, TimeRange, PartOfDay, Day, Days, Week or Month"},
      {"When.zone", "the zone the first expression was read in"},
      {"When.flags", "why clarification is needed, as names (NoTimeZone, InPast, DayMonthOrder, SeveralTimes…)"},
      {"When.reasons", "the same, in words"},
      {"MessageIntents.latest", "the new text of the e-mail, without quoted replies, history or signature"},
      {"MessageIntents.cancellation", "the sender cancels something"},
      {"MessageIntents.human_request", "the sender asks for a person"},
      {"MessageIntents.do_not_contact", "the sender asks not to be contacted"},
      {"MessageIntents.complaint", "the sender complains"},
      {"MessageIntents.emergency", "the sender reports an emergency"},
      {"MessageIntents.evidence", "the words that show each of these"},
  };
  return meanings;
}

std::string family_of(std::string_view name) {
  const size_t dot = name.rfind('.');
  return std::string(dot == std::string_view::npos ? name : name.substr(0, dot));
}

// Markdown table cells: `|` would end the cell.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

// The record types a signature mentions (also inside T? and List<T>), in order.
void collect_records(const TypeTable& types, TypeId id, std::vector<TypeId>& records) {
  switch (types.kind(id)) {
    case TypeKind::Record:
      if (std::find(records.begin(), records.end(), id) != records.end()) return;
      records.push_back(id);
      for (const stdlib::FieldInfo& field : types.record_info(id).fields) collect_records(types, field.type, records);
      return;
    case TypeKind::Optional:
    case TypeKind::List:
    case TypeKind::Set:
    case TypeKind::Map: collect_records(types, types.info(id).element, records); return;
    default: return;
  }
}

void render_family(const stdlib::BuiltinTable& table, const std::string& prefix, std::string_view title,
                   std::string_view intro, std::string& out) {
  out += "\n## " + prefix + (title.empty() ? "" : " — " + std::string(title)) + "\n\n";
  if (!intro.empty()) out += std::string(intro) + "\n\n";
  out += "| function | signature | not evaluable | what it gives |\n|---|---|---|---|\n";
  for (const stdlib::BuiltinEntry& entry : table.entries()) {
    if (family_of(entry.name) != prefix) continue;
    out += "| `" + entry.name + "` | `" + cell(stdlib::describe(entry.signature, table.types())) + "` | " +
           (entry.may_fail ? "yes" : "no") + " | " + cell(entry.doc) + " |\n";
  }
}

void render_records(const stdlib::BuiltinTable& table, std::string& out) {
  const TypeTable& types = table.types();
  std::vector<TypeId> records;
  for (const stdlib::BuiltinEntry& entry : table.entries()) {
    for (const stdlib::TypePattern& pattern : entry.signature.params) {
      if (pattern.kind == stdlib::PatternKind::Exact) collect_records(types, pattern.type, records);
    }
    if (entry.signature.result.kind == stdlib::PatternKind::Exact) {
      collect_records(types, entry.signature.result.type, records);
    }
  }
  if (records.empty()) return;
  out += "\n## Records\n\nWhat the records that builtins take or give hold; read a field with `.`: `phone.value`.\n";
  for (TypeId id : records) {
    const stdlib::RecordInfo& info = types.record_info(id);
    out += "\n### " + info.name + "\n\n| field | type | meaning |\n|---|---|---|\n";
    for (const stdlib::FieldInfo& field : info.fields) {
      const auto meaning = field_meanings().find(info.name + "." + field.name);
      out += "| `" + field.name + "` | `" + cell(types.name(field.type)) + "` | " +
             (meaning == field_meanings().end() ? std::string() : cell(meaning->second)) + " |\n";
    }
  }
}

}  // namespace

std::string render_stdlib_doc(const stdlib::BuiltinTable& table) {
  std::string out(kPreamble);
  std::set<std::string> done;
  for (const Family& family : kFamilies) {
    const std::string prefix(family.prefix);
    const bool present = std::any_of(table.entries().begin(), table.entries().end(),
                                     [&](const stdlib::BuiltinEntry& e) { return family_of(e.name) == prefix; });
    if (!present) continue;
    render_family(table, prefix, family.title, family.intro, out);
    done.insert(prefix);
  }
  // Families this page has no introduction for yet, in registration order.
  for (const stdlib::BuiltinEntry& entry : table.entries()) {
    const std::string prefix = family_of(entry.name);
    if (done.insert(prefix).second) render_family(table, prefix, {}, {}, out);
  }
  render_records(table, out);
  return out;
}

std::vector<std::string> record_field_doc_problems(const stdlib::BuiltinTable& table) {
  std::vector<std::string> problems;
  std::set<std::string> fields;
  const TypeTable& types = table.types();
  for (uint32_t i = 0; i < types.size(); ++i) {
    if (types.kind(TypeId{i}) != TypeKind::Record) continue;
    const stdlib::RecordInfo& info = types.record_info(TypeId{i});
    for (const stdlib::FieldInfo& field : info.fields) fields.insert(info.name + "." + field.name);
  }
  for (const std::string& key : fields) {
    if (!field_meanings().contains(key)) problems.push_back("no meaning for " + key);
  }
  for (const auto& [key, meaning] : field_meanings()) {
    if (!fields.contains(key)) problems.push_back("a meaning for " + key + ", which no record has");
  }
  return problems;
}

void add_doc_command(CLI::App& app, int& exit_code) {
  CLI::App* doc = app.add_subcommand("doc", "Print reference documentation generated from the engine");
  doc->require_subcommand(1);
  CLI::App* stdlib_doc = doc->add_subcommand("stdlib", "Print docs/stdlib.md: every builtin function, by family");
  auto output = std::make_shared<std::string>();
  stdlib_doc->add_option("-o,--output", *output, "Write to this file instead of standard output");
  stdlib_doc->callback([output, &exit_code] {
    const std::string text = render_stdlib_doc(stdlib::default_builtins());
    if (output->empty()) {
      std::cout << text;
      exit_code = std::cout.flush() ? 0 : 1;
      return;
    }
    std::ofstream file(*output, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
      std::cerr << "charter: " << *output << ": cannot be written\n";
      exit_code = 1;
    }
  });
}

}  // namespace charter::cli
