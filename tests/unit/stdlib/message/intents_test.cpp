// std.message intent signals: positives in several languages, negations,
// neutral phrases, and phrases that only occur in quoted or forwarded
// history or in a signature, which must not count.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/message/intents.hpp"
#include "tests/unit/stdlib/message/reply_layouts.hpp"

namespace {

using charter::stdlib::Arena;
namespace message = charter::stdlib::message;
using message::Intent;

constexpr Intent C = Intent::Cancellation;
constexpr Intent H = Intent::HumanRequest;
constexpr Intent D = Intent::DoNotContact;
constexpr Intent P = Intent::Complaint;
constexpr Intent E = Intent::Emergency;

struct Expected {
  Intent intent;
  std::string phrase;  // the phrase its first evidence cites
};

struct IntentCase {
  const char* name;
  std::string body;
  std::vector<Expected> found;  // exactly these intents
};

void PrintTo(const IntentCase& c, std::ostream* os) { *os << c.name; }

std::string describe(const message::IntentReport& report) {
  std::string out;
  for (const auto& s : report.signals) {
    out += std::string(message::intent_name(s.intent)) + " '" + std::string(s.phrase) + "'" +
           (s.dismissed ? " dismissed by '" + std::string(s.dismissed_by) + "'" : "") + "; ";
  }
  return out;
}

class MessageIntents : public testing::TestWithParam<IntentCase> {};

TEST_P(MessageIntents, FindsExactlyTheExpectedSignalsInTheNewText) {
  const IntentCase& c = GetParam();
  Arena arena;
  const auto result = message::message_intents(c.body, arena);
  std::array<bool, message::kIntentCount> expected{};
  for (const Expected& e : c.found) {
    expected[static_cast<size_t>(e.intent)] = true;
    const message::IntentSignal* evidence = result.intents.evidence(e.intent);
    ASSERT_NE(evidence, nullptr) << message::intent_name(e.intent) << ": " << describe(result.intents);
    EXPECT_EQ(evidence->phrase, e.phrase) << describe(result.intents);
  }
  EXPECT_EQ(result.intents.found, expected) << describe(result.intents);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MessageIntents,
    testing::Values(
        // ------------------------------------------------------ positives
        IntentCase{"CancelAppointment", "Hi, I need to cancel tomorrow's appointment.", {{C, "cancel"}}},
        IntentCase{"CancelSubscription", "Please cancel my subscription effective immediately.",
                   {{C, "cancel"}}},
        IntentCase{"TerminateContract", "We've decided to terminate our contract at month end.",
                   {{C, "terminate our"}}},
        IntentCase{"MeetingCancelled", "Unfortunately tomorrow's meeting is cancelled.",
                   {{C, "cancelled"}}},
        IntentCase{"GermanCancellation", "Ich m\u00f6chte meinen Vertrag k\u00fcndigen.",
                   {{C, "k\u00fcndigen"}}},
        IntentCase{"FrenchCancellation", "Je souhaite r\u00e9silier mon abonnement.",
                   {{C, "r\u00e9silier"}}},
        IntentCase{"FrenchCancellationInCapitals", "JE VEUX R\u00c9SILIER MON CONTRAT !",
                   {{C, "r\u00e9silier"}}},
        IntentCase{"SpanishCancellation", "Quiero cancelar la cita del viernes.", {{C, "cancelar"}}},
        IntentCase{"DutchCancellation", "Ik wil mijn abonnement opzeggen.", {{C, "opzeggen"}}},
        IntentCase{"ItalianCancellation", "Vorrei disdire il contratto.", {{C, "disdire"}}},
        IntentCase{"AskForAHuman", "Can I speak to a human please? Your bot keeps looping.",
                   {{H, "speak to a human"}}},
        IntentCase{"AskIfBot", "Is this a bot? I want a real person.", {{H, "is this a bot"}}},
        IntentCase{"FrenchHuman", "Je voudrais parler \u00e0 quelqu'un, s'il vous pla\u00eet.",
                   {{H, "parler \u00e0 quelqu'un"}}},
        IntentCase{"Unsubscribe", "PLEASE UNSUBSCRIBE ME from this list.", {{D, "unsubscribe"}}},
        IntentCase{"StopEmailingAcrossALineBreak", "Please stop\nemailing me.", {{D, "stop emailing"}}},
        IntentCase{"RemoveFromList", "Please remove me from your mailing list", {{D, "remove me"}}},
        IntentCase{"CurlyApostrophe", "Please don\u2019t contact me again.", {{D, "don't contact"}}},
        IntentCase{"FrenchDoNotContact", "Ne me contactez plus.", {{D, "ne me contactez plus"}}},
        IntentCase{"GermanUnsubscribe", "Bitte melden Sie mich ab, ich will mich abmelden.",
                   {{D, "abmelden"}}},
        IntentCase{"Complaint", "This is unacceptable. I was charged twice and nobody answers.",
                   {{P, "unacceptable"}}},
        IntentCase{"Disappointed", "I'm very disappointed with the service.", {{P, "disappointed"}}},
        IntentCase{"NeverBeenSoDisappointed", "I have never been so disappointed.",
                   {{P, "never been so"}}},
        IntentCase{"SpanishComplaint", "Quiero poner una queja formal.", {{P, "queja"}}},
        IntentCase{"GasLeak", "We have a gas leak in the kitchen, please help!", {{E, "gas leak"}}},
        IntentCase{"Emergency", "Water is pouring through the ceiling, it's an emergency",
                   {{E, "emergency"}}},
        IntentCase{"Distress", "I can't go on like this, I want to end my life.",
                   {{E, "can't go on"}}},
        IntentCase{"GermanEmergency", "Notfall! Es riecht nach Gas.", {{E, "notfall"}}},
        IntentCase{"SeveralIntents", "This is ridiculous. Cancel my account and stop emailing me.",
                   {{P, "ridiculous"}, {C, "cancel"}, {D, "stop emailing"}}},
        IntentCase{"NegatedThenMeant",
                   "I don't want to cancel the call. Actually, please cancel it after all.",
                   {{C, "cancel"}}},
        // ----------------------------------------------- negated or neutral
        IntentCase{"DoNotWantToCancel", "I do not want to cancel, just move the meeting to Friday.", {}},
        IntentCase{"DontCancel", "Please don't cancel the appointment.", {}},
        IntentCase{"NoNeedToCancel", "No need to cancel, we'll be there.", {}},
        IntentCase{"DontThinkWeNeedToCancel", "I don't think we need to cancel.", {}},
        IntentCase{"ConditionalCancel", "If I cancel now, do I get a refund?", {}},
        IntentCase{"NotAnEmergency", "It's not an emergency, but the boiler makes a noise.", {}},
        IntentCase{"CancellationPolicy", "What is your cancellation policy?", {}},
        IntentCase{"NoComplaints", "We have no complaints about the service.", {}},
        IntentCase{"NotComplaining", "I'm not complaining, but could you check the invoice?", {}},
        IntentCase{"NoHumanNeeded", "I don't need to speak to a human, the FAQ answered it.", {}},
        IntentCase{"FrenchNegation", "Je ne veux pas annuler le rendez-vous.", {}},
        IntentCase{"GermanNegation", "Ich m\u00f6chte nicht k\u00fcndigen.", {}},
        IntentCase{"SpanishNegation", "No quiero cancelar nada.", {}},
        IntentCase{"EmergencyContactPage", "Our site needs an emergency contact page.", {}},
        IntentCase{"SubstringsAreNotWords", "Our cancellations dashboard and humanity rocks.", {}},
        IntentCase{"DistressIsNeverDismissed", "I'm not suicidal, but I am struggling.",
                   {{E, "suicidal"}}},
        // ------------------------------------- only in history or signature
        IntentCase{"CancelOnlyInQuote",
                   "Sounds good, see you Thursday.\n\n"
                   "On Tue, Mar 5, 2024 at 10:02 AM Dana <dana@roe.example> wrote:\n"
                   "> I may need to cancel next week.\n",
                   {}},
        IntentCase{"EmergencyOnlyInOriginalMessage",
                   "Thanks for the update.\n\n-----Original Message-----\nFrom: Dana\n"
                   "Sent: Tuesday\nTo: Sam\nSubject: Leak\n\nWe have an emergency, water everywhere.\n",
                   {}},
        IntentCase{"UnsubscribeOnlyInSignature",
                   "Can you send the quote?\n\n-- \nDana | Roe Plumbing\nUnsubscribe: reply STOP\n", {}},
        IntentCase{"ComplaintOnlyInNestedQuote",
                   "Resolved now, thank you!\n\n> Thanks Dana, we are on it.\n>> This is unacceptable!\n", {}},
        IntentCase{"HumanRequestOnlyBelowOutlookHeader",
                   "Thanks, all clear now.\n\nFrom: Dana Roe <dana@roe.example>\n"
                   "Sent: Tuesday, March 5, 2024 10:02 AM\nTo: Support <s@acme.example>\n"
                   "Subject: Help\n\nCan I talk to a person please?\n",
                   {}},
        IntentCase{"CancelInForwardedMessageWithoutNote",
                   "---------- Forwarded message ---------\nFrom: Dana Roe <dana@roe.example>\n"
                   "Date: Tue, Mar 5, 2024\nSubject: Order\nTo: <sales@acme.example>\n\n"
                   "Please cancel my order.\n",
                   {{C, "cancel"}}},
        IntentCase{"CancelBelowTheQuoteInABottomPost",
                   "On 05/03/2024 10:02, Sam Hart wrote:\n> Shall we keep Friday?\n\n"
                   "No, please cancel Friday.\n",
                   {{C, "cancel"}}}),
    [](const testing::TestParamInfo<IntentCase>& param_info) { return std::string(param_info.param.name); });

TEST(MessageIntentEvidence, CitesThePhraseAsWrittenWithAnExcerpt) {
  Arena arena;
  const auto result = message::message_intents(
      "Hello,\n\nafter three weeks without an answer I would like to CANCEL my subscription, "
      "effective immediately.\n\nDana",
      arena);
  const auto* evidence = result.intents.evidence(C);
  ASSERT_NE(evidence, nullptr);
  EXPECT_EQ(evidence->phrase, "cancel");
  EXPECT_EQ(evidence->matched, "CANCEL");
  EXPECT_EQ(evidence->excerpt,
            "weeks without an answer I would like to CANCEL my subscription, effective immediately.");
  EXPECT_TRUE(evidence->text_before);
  EXPECT_TRUE(evidence->text_after);  // "Dana" follows in another paragraph
}

TEST(MessageIntentEvidence, RecordsWhatDismissedAPhrase) {
  Arena arena;
  const auto report = message::IntentDetector::standard().detect(
      "I do not want to cancel. What is your cancellation policy?", arena);
  EXPECT_FALSE(report.has(C));
  ASSERT_EQ(report.signals.size(), 2u);
  EXPECT_TRUE(report.signals[0].dismissed);
  EXPECT_EQ(report.signals[0].dismissed_by, "not");
  EXPECT_TRUE(report.signals[1].dismissed);
  EXPECT_EQ(report.signals[1].dismissed_by, "cancellation policy");
}

TEST(MessageIntentEvidence, NoLayoutTriggersAnythingFromItsQuotedHistoryAlone) {
  // The reply layouts quote messages whose words ("cancel", "help" …) must
  // not leak: any intent found must also be found in the new text alone.
  for (const auto& layout : charter::test::reply_layouts()) {
    Arena arena;
    const auto whole = message::message_intents(layout.body, arena);
    const auto alone = message::IntentDetector::standard().detect(layout.latest, arena);
    EXPECT_EQ(whole.intents.found, alone.found) << layout.name;
  }
}

TEST(MessageIntentDetector, BuildsFromCustomListsAndReportsErrors) {
  const message::IntentPhrase phrases[] = {{C, "stop the trial"}, {E, "flood"}};
  const std::string_view negations[] = {"never"};
  auto built = message::IntentDetector::build(phrases, negations, {}, {});
  ASSERT_TRUE(built.detector) << built.error;
  Arena arena;
  EXPECT_TRUE(built.detector->detect("Please stop the trial.", arena).has(C));
  EXPECT_FALSE(built.detector->detect("Never stop the trial.", arena).has(C));
  const message::IntentPhrase bad[] = {{C, ""}};
  EXPECT_FALSE(message::IntentDetector::build(bad, {}, {}, {}).detector);
}

TEST(MessageIntentDetector, HandlesHostileInput) {
  Arena arena;
  const std::string inputs[] = {"", "\n\n\n", "\xff\xfe cancel \xc3", std::string(10000, 'x'),
                                "cancel" + std::string(3000, ' ') + "cancel", "n'", "'", "\u2019cancel"};
  for (const std::string& input : inputs) {
    const auto a = message::message_intents(input, arena);
    const auto b = message::message_intents(input, arena);
    EXPECT_EQ(a.intents.found, b.intents.found);
    arena.reset();
  }
}

}  // namespace
