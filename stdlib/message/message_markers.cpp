// Marker phrases of mail clients in English, French, German, Spanish, Dutch,
// Portuguese, Italian and (where cheap) the Nordic languages and Polish.
// Written as they look after normalise_line(): ASCII and Latin-1 lower case, runs of
// white space (also NBSP and U+202F, which French clients put before ":")
// as one space. Add a phrase here, not in the code that reads it.
#include "stdlib/message/message_markers.hpp"

namespace charter::stdlib::message::markers {
namespace {

constexpr std::string_view kReplyEndings[] = {
    "wrote:", "wrote :", "writes:", "said:",                       // en (Gmail, Apple Mail, Thunderbird, Yahoo)
    "a écrit :", "a écrit:", "a ecrit :", "a ecrit:",              // fr
    "schrieb:", "schrieb :", "hat geschrieben:", "geschrieben:",   // de
    "escribió:", "escribio:", "escribió :",                        // es
    "schreef:", "heeft geschreven:",                               // nl
    "escreveu:", "escreveu :",                                     // pt
    "ha scritto:", "ha scritto :", "scrisse:",                     // it
    "skrev:", "kirjoitti:",                                        // sv, da, no; fi
    "napisał:", "napisała:", "napisał(a):", "pisze:",              // pl
};

constexpr std::string_view kReplyOpeners[] = {
    "on ",                 // en: On Tue, Mar 5, 2024 at 10:02 AM Dana Roe <dana@x> wrote:
    "le ",                 // fr: Le mar. 5 mars 2024 à 10:02, Dana Roe <dana@x> a écrit :
    "am ",                 // de: Am Di., 5. März 2024 um 10:02 Uhr schrieb Dana Roe <dana@x>:
    "el ",                 // es: El mar, 5 mar 2024 a las 10:02, Dana Roe (<dana@x>) escribió:
    "op ",                 // nl: Op di 5 mrt 2024 om 10:02 schreef Dana Roe <dana@x>:
    "em ",                 // pt: Em ter., 5 de mar. de 2024 às 10:02, Dana Roe <dana@x> escreveu:
    "il ",                 // it: Il giorno mar 5 mar 2024 alle ore 10:02 Dana Roe <dana@x> ha scritto:
    "den ", "på ",         // sv, da, no: Den 5 mars 2024 kl. 10:02 skrev Dana Roe <dana@x>:
    "w dniu ", "dnia ",    // pl: W dniu 5.03.2024 o 10:02, Dana Roe pisze:
};

constexpr std::string_view kReplyVerbs[] = {
    " wrote ", " schrieb ", " schreef ", " skrev ", " a écrit ", " escribió ", " escreveu ",
    " ha scritto ", " napisał ",
};

constexpr std::string_view kReplyVerbDates[] = {
    " wrote on ", " a écrit le ", " schrieb am ", " escribió el ", " schreef op ", " escreveu em ",
    " ha scritto il ", " skrev den ",
};

constexpr std::string_view kFromLabels[] = {
    "from",             // en
    "von",              // de
    "de",               // fr, es, pt
    "van",              // nl
    "da",               // it
    "från", "fra",      // sv; da, no
    "od",               // pl
};

constexpr std::string_view kOtherHeaderLabels[] = {
    "sent", "date", "to", "cc", "bcc", "subject", "reply-to",              // en
    "gesendet", "datum", "an", "betreff", "antwort an",                     // de
    "envoyé", "envoyé le", "date", "à", "a", "objet", "répondre à",        // fr
    "enviado", "enviado el", "fecha", "para", "asunto", "cc",              // es
    "verzonden", "aan", "onderwerp", "datum",                               // nl
    "enviada", "enviada em", "enviado em", "data", "assunto",               // pt
    "inviato", "oggetto",                                                   // it
    "skickat", "till", "ämne", "kopia", "sendt", "til", "emne",             // sv, da, no
    "wysłano", "do", "temat", "data",                                       // pl
};

constexpr std::string_view kSubjectLabels[] = {
    "subject", "betreff", "objet", "asunto", "onderwerp", "assunto", "oggetto", "ämne", "emne",
    "temat",
};

constexpr std::string_view kForwardSubjectPrefixes[] = {
    "fw:", "fwd:", "wg:", "tr:", "rv:", "enc:", "i:", "doorst:", "vs:", "vl:", "pd:",
};

constexpr std::string_view kOriginalMessageTitles[] = {
    "original message",          // en (Outlook, Thunderbird: -----Original Message-----)
    "ursprüngliche nachricht",   // de
    "message d'origine",         // fr
    "mensaje original",          // es
    "oorspronkelijk bericht",    // nl
    "mensagem original",         // pt
    "messaggio originale",       // it
    "originalmeddelande", "oprindelig meddelelse", "opprinnelig melding",  // sv, da, no
    "wiadomość oryginalna",      // pl
};

constexpr std::string_view kForwardTitles[] = {
    "forwarded message", "forwarded message follows", "begin forwarded message",  // en: Gmail, Apple Mail
    "forwarded mail", "forwarded e-mail",
    "weitergeleitete nachricht", "anfang der weitergeleiteten nachricht",         // de
    "message transféré", "début du message réexpédié", "début du message transféré",  // fr
    "mensaje reenviado", "inicio del mensaje reenviado",                           // es
    "doorgestuurd bericht", "begin doorgestuurd bericht",                          // nl
    "mensagem encaminhada", "início da mensagem encaminhada",                      // pt
    "início da mensagem reencaminhada",
    "messaggio inoltrato", "inizio messaggio inoltrato",                           // it
    "vidarebefordrat meddelande", "videresendt meddelelse", "videresendt melding", // sv, da, no
    "wiadomość przekazana dalej",                                                  // pl
};

constexpr std::string_view kAppFooters[] = {
    "sent from my ", "sent from mail for windows", "sent from yahoo mail", "sent from outlook",
    "sent from the all new aol app", "get outlook for ", "sent with proton mail",
    "sent with protonmail", "sent via ", "sent from samsung",                          // en
    "envoyé de mon ", "envoyé depuis mon ", "envoyé à partir de ", "téléchargez outlook",  // fr
    "von meinem ", "gesendet von meinem ", "gesendet mit ", "outlook für ",            // de
    "enviado desde mi ", "enviado desde ", "obtener outlook para ",                     // es
    "verzonden vanaf mijn ", "verstuurd vanaf mijn ", "verzonden met ", "outlook voor ",  // nl
    "enviado do meu ", "enviado de meu ", "enviado do ", "obter o outlook para ",       // pt
    "inviato da ", "inviato dal mio ", "scarica outlook per ",                          // it
    "skickat från min ", "sendt fra min ", "sendt fra ",                                // sv, da, no
    "wysłane z ",                                                                        // pl
};

constexpr std::string_view kDisclaimerOpeners[] = {
    "confidentiality notice", "confidential:", "disclaimer:", "disclaimer -", "important notice:",
    "this email and any attachments", "this e-mail and any attachments", "this email and any files",
    "this e-mail and any files", "this message and any attachments", "this email is confidential",
    "this e-mail is confidential", "this message is confidential",
    "the information contained in this", "if you are not the intended recipient",
    "please consider the environment",                                                    // en
    "ce message et toutes les pièces jointes", "ce courriel et toutes", "avis de confidentialité",  // fr
    "diese e-mail enthält vertrauliche", "diese nachricht enthält vertrauliche",            // de
    "este mensaje y sus anexos", "este correo electrónico y", "aviso de confidencialidad",  // es
    "dit e-mailbericht is", "dit bericht is uitsluitend bestemd",                           // nl
    "esta mensagem e os seus anexos", "esta mensagem pode conter",                          // pt
    "questo messaggio e i suoi allegati", "le informazioni contenute in questo",            // it
};

constexpr std::string_view kClosings[] = {
    // en
    "best regards", "kind regards", "warm regards", "warmest regards", "regards", "best",
    "best wishes", "all the best", "many thanks", "thanks", "thank you", "thanks again",
    "thanks in advance", "cheers", "sincerely", "yours sincerely", "yours faithfully",
    "yours truly", "take care", "talk soon", "with thanks", "br",
    // fr
    "cordialement", "bien cordialement", "bien à vous", "salutations", "meilleures salutations",
    "merci", "merci d'avance", "bonne journée", "amicalement", "bien à toi",
    // de
    "mit freundlichen grüßen", "mit freundlichen grüssen", "mit freundlichem gruß",
    "freundliche grüße", "viele grüße", "beste grüße", "liebe grüße", "herzliche grüße",
    "grüße", "gruß", "mfg", "lg", "vg", "danke",
    // es
    "saludos", "un saludo", "saludos cordiales", "un cordial saludo", "atentamente", "gracias",
    "muchas gracias", "un abrazo",
    // nl
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "groeten",
    "groet", "hartelijke groet", "mvg", "alvast bedankt", "bedankt",
    // pt
    "atenciosamente", "cumprimentos", "com os melhores cumprimentos", "abraços", "abraço",
    "obrigado", "obrigada", "att",
    // it
    "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie", "grazie mille",
    // sv, da, no
    "med vänliga hälsningar", "vänliga hälsningar", "med venlig hilsen", "venlig hilsen",
    "med vennlig hilsen", "hilsen", "mvh",
};

}  // namespace

std::span<const std::string_view> reply_endings() { return kReplyEndings; }
std::span<const std::string_view> reply_openers() { return kReplyOpeners; }
std::span<const std::string_view> reply_verbs() { return kReplyVerbs; }
std::span<const std::string_view> reply_verb_dates() { return kReplyVerbDates; }
std::span<const std::string_view> from_labels() { return kFromLabels; }
std::span<const std::string_view> other_header_labels() { return kOtherHeaderLabels; }
std::span<const std::string_view> subject_labels() { return kSubjectLabels; }
std::span<const std::string_view> forward_subject_prefixes() { return kForwardSubjectPrefixes; }
std::span<const std::string_view> original_message_titles() { return kOriginalMessageTitles; }
std::span<const std::string_view> forward_titles() { return kForwardTitles; }
std::span<const std::string_view> app_footers() { return kAppFooters; }
std::span<const std::string_view> disclaimer_openers() { return kDisclaimerOpeners; }
std::span<const std::string_view> closings() { return kClosings; }

}  // namespace charter::stdlib::message::markers
