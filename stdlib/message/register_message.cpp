// std.message in the builtin table: the latest authoritative part of an
// e-mail body, and the intents found in it (cancellation, a request for a
// person, do-not-contact, a complaint, an emergency), each with evidence.
// Phase: registration; implementations run per event.
#include "stdlib/message/register_message.hpp"

#include "stdlib/message/intents.hpp"
#include "stdlib/message/latest_part.hpp"
#include "stdlib/text/keyword_matcher.hpp"

namespace charter::stdlib::message {
namespace {

std::string_view latest(CallContext& ctx, std::string_view body) { return latest_part(body, *ctx.arena).text; }

bool intents(CallContext& ctx, const Value* args, Value& out) {
  const MessageIntents found = message_intents(args[0].as_string(), *ctx.arena);
  uint32_t counted = 0;
  for (const IntentSignal& signal : found.intents.signals) counted += signal.dismissed ? 0 : 1;
  Value* evidence = ctx.arena->allocate_array<Value>(std::max<uint32_t>(counted, 1));
  uint32_t next = 0;
  for (const IntentSignal& signal : found.intents.signals) {
    if (signal.dismissed) continue;
    evidence[next++] = Value::string(signal.excerpt);
  }
  Value* fields = ctx.arena->allocate_array<Value>(7);
  fields[0] = Value::string(found.part.text);
  fields[1] = Value::boolean(found.intents.has(Intent::Cancellation));
  fields[2] = Value::boolean(found.intents.has(Intent::HumanRequest));
  fields[3] = Value::boolean(found.intents.has(Intent::DoNotContact));
  fields[4] = Value::boolean(found.intents.has(Intent::Complaint));
  fields[5] = Value::boolean(found.intents.has(Intent::Emergency));
  fields[6] = Value::list(evidence, counted);
  out = Value::record(static_cast<uint16_t>(ctx.result_type.value), fields, 7);
  return true;
}

}  // namespace

void register_message(BuiltinTable& table) {
  TypeTable& types = table.types();
  RecordInfo record;
  record.name = "MessageIntents";
  record.fields = {{"latest", TypeTable::kString, false},         {"cancellation", TypeTable::kBool, false},
                   {"human_request", TypeTable::kBool, false},    {"do_not_contact", TypeTable::kBool, false},
                   {"complaint", TypeTable::kBool, false},        {"emergency", TypeTable::kBool, false},
                   {"evidence", types.list_of(TypeTable::kString), false}};
  const TypeId intents_type = types.add_record(std::move(record));
  table.add<&latest>("std.message.latest", "the new text of an e-mail: without quoted replies, forwarded history or signature");
  table.add_raw("std.message.intents", {{TypePattern::exact(TypeTable::kString)}, TypePattern::exact(intents_type)}, &intents,
                false,
                "what the new text of an e-mail asks for: cancellation, a person, no contact, a complaint, an emergency, "
                "with the words that show it");
}

}  // namespace charter::stdlib::message
