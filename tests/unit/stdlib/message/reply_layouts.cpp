#include "tests/unit/stdlib/message/reply_layouts.hpp"

namespace charter::test {
namespace {

using By = stdlib::message::RemovedBy;
constexpr By kQuote = By::QuoteMarks;
constexpr By kAttribution = By::Attribution;
constexpr By kHeaders = By::HeaderBlock;
constexpr By kOriginal = By::OriginalMessage;
constexpr By kForward = By::ForwardTitle;
constexpr By kDelimiter = By::SignatureDelimiter;
constexpr By kFooter = By::AppFooter;
constexpr By kClosing = By::Closing;
constexpr By kDisclaimer = By::Disclaimer;

const std::string kNbsp = "\u00a0";
const std::string kNarrowNbsp = "\u202f";

std::vector<ReplyLayout> make_layouts() {
  std::vector<ReplyLayout> l;
  // ---------------------------------------------------------------- Gmail
  l.push_back({"GmailEnglishTopPosted",
               "Yes, Thursday at 2pm works for us.\n\nThanks,\nDana\n\n"
               "On Tue, Mar 5, 2024 at 10:02 AM Sam Hart <sam@acme.example> wrote:\n\n"
               "> Hi Dana,\n>\n> Would Thursday afternoon suit you for the demo?\n>\n> Sam\n",
               "Yes, Thursday at 2pm works for us.", {kClosing, kAttribution}});
  l.push_back({"GmailWrappedAttribution",
               "Please cancel my subscription.\n\n"
               "On Tue, Mar 5, 2024 at 10:02 AM Sam Hart from Acme Sales <\nsam@acme.example> wrote:\n\n"
               "> Your trial ends on Friday.\n> Reply to keep your account.\n",
               "Please cancel my subscription.", {kAttribution}});
  l.push_back({"GmailFrench",
               "Merci, je pr\u00e9f\u00e8re un appel jeudi.\n\n"
               "Le mar. 5 mars 2024 \u00e0 10:02, Sam Hart <sam@acme.example> a \u00e9crit" + kNbsp +
                   ":\n\n> Bonjour Dana,\n> Quand pouvons-nous vous appeler ?\n",
               "Merci, je pr\u00e9f\u00e8re un appel jeudi.", {kAttribution}});
  l.push_back({"GmailGerman",
               "Bitte schicken Sie mir ein Angebot.\n\n"
               "Am Di., 5. M\u00e4rz 2024 um 10:02 Uhr schrieb Sam Hart <sam@acme.example>:\n\n"
               "> Hallo Dana,\n> haben Sie noch Fragen?\n",
               "Bitte schicken Sie mir ein Angebot.", {kAttribution}});
  l.push_back({"GmailSpanish",
               "Perfecto, nos vemos el jueves.\n\n"
               "El mar, 5 mar 2024 a las 10:02, Sam Hart (<sam@acme.example>) escribi\u00f3:\n\n"
               "> Hola Dana,\n> \u00bfle va bien el jueves?\n",
               "Perfecto, nos vemos el jueves.", {kAttribution}});
  l.push_back({"GmailDutch",
               "Prima, donderdag schikt.\n\n"
               "Op di 5 mrt 2024 om 10:02 schreef Sam Hart <sam@acme.example>:\n\n"
               "> Hoi Dana,\n> Schikt donderdag?\n",
               "Prima, donderdag schikt.", {kAttribution}});
  l.push_back({"GmailPortuguese",
               "Pode ser na quinta-feira.\n\n"
               "Em ter., 5 de mar. de 2024 \u00e0s 10:02, Sam Hart <sam@acme.example> escreveu:\n\n"
               "> Ol\u00e1 Dana,\n> Podemos falar na quinta?\n",
               "Pode ser na quinta-feira.", {kAttribution}});
  l.push_back({"GmailItalian",
               "Va bene gioved\u00ec.\n\n"
               "Il giorno mar 5 mar 2024 alle ore 10:02 Sam Hart <sam@acme.example> ha scritto:\n\n"
               "> Ciao Dana,\n> Gioved\u00ec va bene?\n",
               "Va bene gioved\u00ec.", {kAttribution}});
  l.push_back({"GmailPolish",
               "Tak, czwartek pasuje.\n\n"
               "W dniu 5.03.2024 o 10:02, Sam Hart <sam@acme.example> pisze:\n> Czy czwartek pasuje?\n",
               "Tak, czwartek pasuje.", {kAttribution}});
  // -------------------------------------------------------------- Outlook
  l.push_back({"OutlookEnglishHeaderBlock",
               "Hi Sam,\n\nCan you send the invoice again? The amount looks wrong.\n\n"
               "Kind regards,\nDana Roe\nOperations Manager | Roe Plumbing Ltd\n+44 7700 900123\n\n"
               "________________________________\n"
               "From: Sam Hart <sam@acme.example>\nSent: Tuesday, March 5, 2024 10:02 AM\n"
               "To: Dana Roe <dana@roe-plumbing.example>\nSubject: RE: Invoice March\n\n"
               "Hi Dana, attached is the invoice.\n",
               "Hi Sam,\n\nCan you send the invoice again? The amount looks wrong.",
               {kClosing, kHeaders}});
  l.push_back({"OutlookWindowsLineEndings",
               "Please call me back today.\r\n\r\nRegards,\r\nDana\r\n\r\n"
               "From: Sam Hart <sam@acme.example>\r\nSent: Tuesday, March 5, 2024 10:02 AM\r\n"
               "To: Dana Roe <dana@roe.example>\r\nSubject: RE: Quote\r\n\r\nHi Dana,\r\n",
               "Please call me back today.", {kClosing, kHeaders}});
  l.push_back({"OutlookOriginalMessage",
               "Fine by me, go ahead.\n\n-----Original Message-----\n"
               "From: Sam Hart [mailto:sam@acme.example]\nSent: Tuesday, March 05, 2024 10:02 AM\n"
               "To: Dana Roe\nSubject: Proposal\n\nShall we go ahead with the proposal?\n",
               "Fine by me, go ahead.", {kOriginal}});
  l.push_back({"OutlookGerman",
               "Bitte rufen Sie mich morgen an.\n\nMit freundlichen Gr\u00fc\u00dfen\nDana Roe\n\n"
               "Von: Sam Hart <sam@acme.example>\nGesendet: Dienstag, 5. M\u00e4rz 2024 10:02\n"
               "An: Dana Roe <dana@roe.example>\nBetreff: AW: Angebot\n\nHallo Dana, anbei das Angebot.\n",
               "Bitte rufen Sie mich morgen an.", {kClosing, kHeaders}});
  l.push_back({"OutlookFrench",
               "Merci, un appel jeudi me convient.\n\nCordialement,\nDana\n\n"
               "De" + kNbsp + ": Sam Hart <sam@acme.example>\nEnvoy\u00e9" + kNbsp +
                   ": mardi 5 mars 2024 10:02\n\u00c0" + kNbsp + ": Dana Roe <dana@roe.example>\n"
                   "Objet" + kNbsp + ": RE: Devis\n\nBonjour Dana, voici le devis.\n",
               "Merci, un appel jeudi me convient.", {kClosing, kHeaders}});
  l.push_back({"OutlookSpanish",
               "Gracias, lo reviso hoy.\n\nDe: Sam Hart <sam@acme.example>\n"
               "Enviado: martes, 5 de marzo de 2024 10:02\nPara: Dana Roe <dana@roe.example>\n"
               "Asunto: RE: Presupuesto\n\nHola Dana,\n",
               "Gracias, lo reviso hoy.", {kHeaders}});
  l.push_back({"OutlookDutch",
               "Graag een offerte voor drie vestigingen.\n\nMet vriendelijke groet,\nDana Roe\n"
               "Roe Installatietechniek B.V.\nTel. 06 12345678\n\n"
               "Van: Sam Hart <sam@acme.example>\nVerzonden: dinsdag 5 maart 2024 10:02\n"
               "Aan: Dana Roe <dana@roe.example>\nOnderwerp: RE: Offerte\n\nBeste Dana,\n",
               "Graag een offerte voor drie vestigingen.", {kClosing, kHeaders}});
  l.push_back({"OutlookPortuguese",
               "Obrigado, aguardo a proposta.\n\nDe: Sam Hart <sam@acme.example>\n"
               "Enviada em: ter\u00e7a-feira, 5 de mar\u00e7o de 2024 10:02\n"
               "Para: Dana Roe <dana@roe.example>\nAssunto: RE: Proposta\n\nOl\u00e1 Dana,\n",
               "Obrigado, aguardo a proposta.", {kHeaders}});
  l.push_back({"OutlookItalian",
               "Grazie, confermo l'appuntamento.\n\nDa: Sam Hart <sam@acme.example>\n"
               "Inviato: marted\u00ec 5 marzo 2024 10:02\nA: Dana Roe <dana@roe.example>\n"
               "Oggetto: R: Appuntamento\n\nCiao Dana,\n",
               "Grazie, confermo l'appuntamento.", {kHeaders}});
  l.push_back({"OutlookSwedish",
               "Tack, vi h\u00f6rs p\u00e5 torsdag.\n\nFr\u00e5n: Sam Hart <sam@acme.example>\n"
               "Skickat: den 5 mars 2024 10:02\nTill: Dana Roe <dana@roe.example>\n"
               "\u00c4mne: SV: M\u00f6te\n\nHej Dana,\n",
               "Tack, vi h\u00f6rs p\u00e5 torsdag.", {kHeaders}});
  l.push_back({"OutlookHeadersRenderedBold",
               "Send me the contract please.\n\n"
               "*From:* Sam Hart <sam@acme.example>\n*Sent:* Tuesday, March 5, 2024 10:02 AM\n"
               "*To:* Dana Roe <dana@roe.example>\n*Subject:* RE: Contract\n\nHi Dana,\n",
               "Send me the contract please.", {kHeaders}});
  l.push_back({"OutlookForwardBySubject",
               "Can you handle this one?\n\n________________________________\n"
               "From: Dana Roe <dana@roe.example>\nSent: Tuesday, March 5, 2024 10:02 AM\n"
               "To: Info <info@acme.example>\nSubject: FW: Demo request\n\nHello, we would like a demo.\n",
               "Can you handle this one?", {kHeaders}});
  // ---------------------------------------------- Apple Mail, Thunderbird, Yahoo
  l.push_back({"AppleMailIosQuotedAttribution",
               "OK, see you then.\n\nSent from my iPhone\n\n"
               "> On 5 Mar 2024, at 10:02, Sam Hart <sam@acme.example> wrote:\n> \n> Shall we meet at 3?\n",
               "OK, see you then.", {kFooter, kQuote}});
  l.push_back({"AppleMailDesktop",
               "That works, thank you.\n\n"
               "> On 5 Mar 2024, at 10:02, Sam Hart <sam@acme.example> wrote:\n>\n> Does 3pm work?\n",
               "That works, thank you.", {kQuote}});
  l.push_back({"ThunderbirdBottomPosted",
               "On 05/03/2024 10:02, Sam Hart wrote:\n> Can you confirm the meeting on Friday?\n\n"
               "Yes, Friday is fine.\n\n-- \nDana Roe\nRoe Plumbing\n",
               "Yes, Friday is fine.", {kAttribution, kDelimiter}});
  l.push_back({"YahooUnquotedHistory",
               "No longer needed, thanks.\n\n"
               "On Tuesday, March 5, 2024, 10:02:03 AM GMT, Sam Hart <sam@acme.example> wrote:\n\n"
               "Hi Dana, do you still need the quote?\n",
               "No longer needed, thanks.", {kAttribution}});
  l.push_back({"ZohoDashedAttribution",
               "We will take the larger package.\n\n"
               "---- On Tue, 05 Mar 2024 10:02:03 +0000 Sam Hart <sam@acme.example> wrote ----\n\n"
               "Which package would you like?\n",
               "We will take the larger package.", {kAttribution}});
  l.push_back({"OutlookMacDateHeader",
               "Friday suits us.\n\nFrom: Sam Hart <sam@acme.example>\n"
               "Date: Tuesday, 5 March 2024 at 10:02\nTo: Dana Roe <dana@roe.example>\n"
               "Cc: Accounts <accounts@roe.example>\nSubject: Re: Visit\n\nWould Friday work?\n",
               "Friday suits us.", {kHeaders}});
  l.push_back({"OutlookMobileFooter",
               "Running late, can we start at 10:30?\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n"
               "________________________________\nFrom: Sam Hart <sam@acme.example>\n"
               "Sent: Tuesday, March 5, 2024 9:58:12 AM\nTo: Dana Roe <dana@roe.example>\n"
               "Subject: Call at 10\n\nTalk at 10.\n",
               "Running late, can we start at 10:30?", {kFooter, kHeaders}});
  l.push_back({"DisclaimerAfterSignature",
               "Please send the revised proposal.\n\nBest regards,\nDana Roe\nHead of Operations\n\n"
               "This email and any attachments are confidential and intended solely for the addressee. "
               "If you are not the intended recipient, please notify the sender and delete it.\n",
               "Please send the revised proposal.", {kClosing}});
  l.push_back({"DisclaimerWithoutSignOff",
               "Is the unit still available?\n\nCONFIDENTIALITY NOTICE: The information in this "
               "message may be privileged. If you received it in error, do not read, copy or forward it.\n",
               "Is the unit still available?", {kDisclaimer}});
  l.push_back({"OldStyleAttributionWithoutDate",
               "Count me in.\n\nSam Hart wrote:\n> Who is coming on Friday?\n",
               "Count me in.", {kAttribution}});
  // ------------------------------------------------- quoting shapes
  l.push_back({"InterleavedAnswers",
               "Sam Hart wrote:\n> 1. Do you need the premium plan?\nNo, the basic plan is enough.\n"
               "> 2. When would you like to start?\nNext month.\n",
               "No, the basic plan is enough.\n\nNext month.", {kAttribution, kQuote}});
  l.push_back({"NestedQuotes",
               "Please remove me from your list.\n\n"
               "On Wed, Mar 6, 2024 at 9:00 AM Sam Hart <sam@acme.example> wrote:\n"
               "> Following up on my last note.\n>\n"
               "> On Tue, Mar 5, 2024 at 10:02 AM Dana Roe <dana@roe.example> wrote:\n"
               ">> I might be interested, call me next week.\n>>> Original offer text\n",
               "Please remove me from your list.", {kAttribution}});
  l.push_back({"QuoteMarksWithoutAttribution",
               "> Are you free on Monday?\n\nMonday is fine.\n", "Monday is fine.", {kQuote}});
  l.push_back({"OnlyQuotedText",
               "On Tue, Mar 5, 2024 at 10:02 AM Sam <sam@acme.example> wrote:\n> Hello?\n", "",
               {kAttribution}});
  // ------------------------------------------------------------ forwards
  l.push_back({"GmailForwardWithNote",
               "FYI \u2014 a lead from the website, can you take it?\n\n"
               "---------- Forwarded message ---------\nFrom: Dana Roe <dana@roe.example>\n"
               "Date: Tue, Mar 5, 2024 at 10:02 AM\nSubject: Pricing for three sites\n"
               "To: <sales@acme.example>\n\nHi, how much would it cost for three sites?\n",
               "FYI \u2014 a lead from the website, can you take it?", {kForward}});
  l.push_back({"GmailForwardWithoutNote",
               "---------- Forwarded message ---------\nFrom: Dana Roe <dana@roe.example>\n"
               "Date: Tue, Mar 5, 2024 at 10:02 AM\nSubject: Pricing for three sites\n"
               "To: <sales@acme.example>\n\nHi, how much would it cost for three sites?\n\nThanks,\nDana\n",
               "Hi, how much would it cost for three sites?", {kForward, kClosing}, true});
  l.push_back({"AppleMailForward",
               "Begin forwarded message:\n\nFrom: Dana Roe <dana@roe.example>\n"
               "Subject: Demo next week\nDate: 5 March 2024 at 10:02:03 GMT\nTo: sales@acme.example\n\n"
               "Could we book a demo next week?\n",
               "Could we book a demo next week?", {kForward}, true});
  l.push_back({"ThunderbirdForward",
               "-------- Forwarded Message --------\nSubject: \tUrgent: leak\n"
               "Date: \tTue, 5 Mar 2024 10:02:03 +0000\nFrom: \tDana Roe <dana@roe.example>\n"
               "To: \tinfo@acme.example\n\nWater is coming through the ceiling, please help!\n",
               "Water is coming through the ceiling, please help!", {kForward}, true});
  l.push_back({"GermanAppleMailForward",
               "Anfang der weitergeleiteten Nachricht:\n\nVon: Dana Roe <dana@roe.example>\n"
               "Betreff: Termin\nDatum: 5. M\u00e4rz 2024 um 10:02:03 MEZ\nAn: info@acme.example\n\n"
               "K\u00f6nnen wir telefonieren?\n",
               "K\u00f6nnen wir telefonieren?", {kForward}, true});
  l.push_back({"ForwardedReplyChain",
               "---------- Forwarded message ---------\nFrom: Dana Roe <dana@roe.example>\n"
               "Date: Wed, Mar 6, 2024 at 9:00 AM\nSubject: Re: Contract\nTo: <sales@acme.example>\n\n"
               "I want to cancel the contract.\n\n"
               "On Mon, Mar 4, 2024 at 9:00 AM Sam Hart <sam@acme.example> wrote:\n> Here is your contract.\n",
               "I want to cancel the contract.", {kForward, kAttribution}, true});
  // ------------------------------------------------------------ signatures
  l.push_back({"SignatureDelimiterOnly",
               "Can we talk tomorrow?\n\n-- \nDana Roe | Roe Plumbing\nwww.roe-plumbing.example\n",
               "Can we talk tomorrow?", {kDelimiter}});
  l.push_back({"SpanishMobileFooter",
               "Necesito cancelar la cita del viernes.\n\nEnviado desde mi iPhone\n",
               "Necesito cancelar la cita del viernes.", {kFooter}});
  l.push_back({"GermanClosingAndFooter",
               "K\u00f6nnen Sie mich zur\u00fcckrufen?\n\nViele Gr\u00fc\u00dfe\nDana\n\nVon meinem iPhone gesendet\n",
               "K\u00f6nnen Sie mich zur\u00fcckrufen?", {kClosing}});
  l.push_back({"ClosingWithNameOnOneLine",
               "Looking forward to the proposal.\n\nCheers, Dana\n",
               "Looking forward to the proposal.", {kClosing}});
  l.push_back({"PostscriptAfterClosingIsKept",
               "See you Friday.\n\nThanks,\nDana\n\nP.S. please cancel the Monday demo.\n",
               "See you Friday.\n\nThanks,\nDana\n\nP.S. please cancel the Monday demo.", {}});
  l.push_back({"ClosingAloneIsKept", "Thanks!\n", "Thanks!", {}});
  // ------------------------------------------------ look-alikes that stay
  l.push_back({"ProseThatMentionsWriting",
               "On Monday I wrote to you about pricing:\nhow much for three sites?\n",
               "On Monday I wrote to you about pricing:\nhow much for three sites?", {}});
  l.push_back({"SingleHeaderLikeLine",
               "From: our accounts team, with thanks.\nPlease send the receipt.\n",
               "From: our accounts team, with thanks.\nPlease send the receipt.", {}});
  l.push_back({"PlainMessage", "Hello,\n\nWhat are your rates for agencies?\n",
               "Hello,\n\nWhat are your rates for agencies?", {}});
  l.push_back({"EmptyBody", "", "", {}});
  l.push_back({"FrenchNarrowSpaceAttribution",
               "Parfait.\n\nLe 5 mars 2024 \u00e0 10:02, Sam Hart a \u00e9crit" + kNarrowNbsp +
                   ":\n> Jeudi ?\n",
               "Parfait.", {kAttribution}});
  return l;
}

}  // namespace

const std::vector<ReplyLayout>& reply_layouts() {
  static const std::vector<ReplyLayout> layouts = make_layouts();
  return layouts;
}

}  // namespace charter::test
