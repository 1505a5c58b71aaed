// The intent phrase lists of std.message, in one place. Phrases are matched
// as whole words, ASCII letters without case, other letters as written (the
// text is NFC first), in the new part of a message only, with white space
// runs (line wraps) as one space. A straight apostrophe also matches "’".
// `false` after a phrase: a negation before it never dismisses it (distress
// is always escalated). To add a language, add its phrases, negations and
// clause words together, and a test in intents_test.cpp.
#include "stdlib/message/intents.hpp"

namespace charter::stdlib::message {
namespace {

constexpr Intent C = Intent::Cancellation;
constexpr Intent H = Intent::HumanRequest;
constexpr Intent D = Intent::DoNotContact;
constexpr Intent P = Intent::Complaint;  // P for "problem"
constexpr Intent E = Intent::Emergency;

constexpr IntentPhrase kPhrases[] = {
    // Cancellation ------------------------------------------------------
    {C, "cancel"}, {C, "cancelling"}, {C, "canceling"}, {C, "cancelled"}, {C, "canceled"},
    {C, "cancellation"}, {C, "call off"},
    {C, "calling off"}, {C, "terminate my"}, {C, "terminate our"}, {C, "terminate the contract"},
    {C, "end my subscription"}, {C, "end our subscription"}, {C, "end the contract"},
    {C, "close my account"}, {C, "close our account"}, {C, "stop my subscription"},
    {C, "stop my membership"}, {C, "withdraw from"}, {C, "pull out of"},
    {C, "not going ahead"}, {C, "no longer need"}, {C, "no longer require"},
    {C, "annuler"}, {C, "annulez"}, {C, "annulation"}, {C, "résilier"}, {C, "résiliation"},  // fr
    {C, "stornieren"}, {C, "storniere"}, {C, "stornierung"}, {C, "kündigen"}, {C, "kündige"},   // de
    {C, "kündigung"}, {C, "absagen"}, {C, "absage"},
    {C, "cancelar"}, {C, "cancelen"}, {C, "cancelación"}, {C, "anular"}, {C, "dar de baja"},  // es
    {C, "annuleren"}, {C, "annuleer"}, {C, "annulering"}, {C, "opzeggen"}, {C, "opzegging"},  // nl
    {C, "cancelem"}, {C, "cancelamento"}, {C, "rescindir"},                                    // pt
    {C, "annullare"}, {C, "annullamento"}, {C, "disdire"}, {C, "disdetta"},                    // it
    // Request for a human ----------------------------------------------
    {H, "speak to a human"}, {H, "talk to a human"}, {H, "speak with a human"},
    {H, "speak to a person"}, {H, "talk to a person"}, {H, "speak with a person"},
    {H, "speak to someone"}, {H, "talk to someone"}, {H, "speak with someone"},
    {H, "real person"}, {H, "real human"}, {H, "actual person"},
    {H, "live agent"}, {H, "live person"}, {H, "human agent"}, {H, "speak to an agent"},
    {H, "talk to an agent"}, {H, "speak to a manager"}, {H, "talk to a manager"},
    {H, "speak to your manager"}, {H, "speak to a supervisor"}, {H, "speak to a representative"},
    {H, "talk to a representative"},
    {H, "not a bot"}, {H, "not a robot"}, {H, "are you a bot"}, {H, "are you a robot"},
    {H, "is this a bot"}, {H, "is this automated"},
    {H, "parler à quelqu'un"}, {H, "parler à un humain"}, {H, "parler à une personne"},      // fr
    {H, "une vraie personne"}, {H, "parler à un conseiller"},
    {H, "mit einem menschen"}, {H, "echten menschen"}, {H, "mit jemandem sprechen"},          // de
    {H, "persönlichen ansprechpartner"},
    {H, "hablar con una persona"}, {H, "hablar con alguien"}, {H, "persona real"},           // es
    {H, "met een mens"}, {H, "echt persoon"}, {H, "echte persoon"}, {H, "met iemand spreken"},  // nl
    {H, "falar com uma pessoa"}, {H, "falar com alguém"}, {H, "pessoa real"},                // pt
    {H, "parlare con una persona"}, {H, "parlare con qualcuno"}, {H, "persona reale"},       // it
    // Do not contact / unsubscribe --------------------------------------
    {D, "unsubscribe"}, {D, "unsubscribed"}, {D, "opt out"}, {D, "opt-out"}, {D, "opt me out"},
    {D, "remove me"}, {D, "remove my email"}, {D, "remove my details"}, {D, "remove my name"},
    {D, "remove my number"}, {D, "take me off"}, {D, "stop emailing"}, {D, "stop e-mailing"},
    {D, "stop contacting"}, {D, "stop calling"}, {D, "stop texting"}, {D, "stop messaging"},
    {D, "stop sending"}, {D, "do not contact"}, {D, "don't contact"}, {D, "do not email"},
    {D, "don't email"}, {D, "do not call"}, {D, "don't call me"}, {D, "do not message"},
    {D, "no more emails"}, {D, "no further contact"}, {D, "never contact"},
    {D, "leave me alone"}, {D, "lose my number"},
    {D, "désabonner"}, {D, "désinscrire"}, {D, "désinscription"}, {D, "désabonnement"},      // fr
    {D, "ne plus me contacter"}, {D, "ne me contactez plus"}, {D, "retirez-moi"},
    {D, "abmelden"}, {D, "austragen"}, {D, "abbestellen"}, {D, "nicht mehr kontaktieren"},     // de
    {D, "keine e-mails mehr"}, {D, "nicht mehr anrufen"},
    {D, "darme de baja"}, {D, "no me contacten"}, {D, "dejen de enviarme"},                    // es
    {D, "dejen de llamarme"}, {D, "no quiero recibir"},
    {D, "afmelden"}, {D, "uitschrijven"}, {D, "niet meer contacteren"}, {D, "geen e-mails meer"},  // nl
    {D, "niet meer bellen"},
    {D, "descadastrar"}, {D, "descadastre"}, {D, "parem de me enviar"}, {D, "não me contactem"},  // pt
    {D, "não me liguem"},
    {D, "disiscrivermi"}, {D, "disiscrivere"}, {D, "non contattatemi"},                         // it
    {D, "smettete di scrivermi"}, {D, "non chiamatemi"},
    // Complaint ----------------------------------------------------------
    {P, "complaint"}, {P, "complaints"}, {P, "complain"}, {P, "complaining"},
    {P, "unacceptable"},
    {P, "disappointed"}, {P, "disappointing"}, {P, "disgusted"}, {P, "disgraceful"},
    {P, "appalling"}, {P, "appalled"}, {P, "outrageous"}, {P, "ridiculous"}, {P, "furious"},
    {P, "rude"}, {P, "unprofessional"}, {P, "poor service"}, {P, "terrible service"},
    {P, "awful service"}, {P, "bad service"}, {P, "worst service"}, {P, "terrible experience"},
    {P, "not happy"}, {P, "very unhappy"}, {P, "unhappy with"}, {P, "not satisfied"},
    {P, "dissatisfied"}, {P, "let down"}, {P, "let us down"}, {P, "let me down"}, {P, "fed up"},
    {P, "waste of money"},
    {P, "ombudsman"}, {P, "trading standards"}, {P, "report you to"}, {P, "never been so"},
    {P, "never again"},
    {P, "plainte"}, {P, "réclamation"}, {P, "inadmissible"}, {P, "inacceptable"},              // fr
    {P, "déçu"}, {P, "déçue"}, {P, "scandaleux"}, {P, "mécontent"}, {P, "mécontente"},
    {P, "beschwerde"}, {P, "beschweren"}, {P, "unverschämt"}, {P, "inakzeptabel"},             // de
    {P, "enttäuscht"}, {P, "verärgert"}, {P, "unzufrieden"}, {P, "frechheit"},
    {P, "queja"}, {P, "reclamación"}, {P, "inaceptable"}, {P, "decepcionado"},                 // es
    {P, "decepcionada"}, {P, "indignado"}, {P, "vergonzoso"}, {P, "pésimo servicio"},
    {P, "klacht"}, {P, "onacceptabel"}, {P, "teleurgesteld"}, {P, "ontevreden"},              // nl
    {P, "schandalig"},
    {P, "reclamação"}, {P, "queixa"}, {P, "inaceitável"}, {P, "insatisfeito"},                // pt
    {P, "insatisfeita"}, {P, "péssimo atendimento"},
    {P, "reclamo"}, {P, "lamentela"}, {P, "inaccettabile"}, {P, "deluso"}, {P, "delusa"},      // it
    {P, "insoddisfatto"}, {P, "insoddisfatta"}, {P, "pessimo servizio"},
    // Emergency --------------------------------------------------------
    {E, "emergency"}, {E, "urgent help"}, {E, "ambulance"}, {E, "call 911"}, {E, "call 999"},
    {E, "call 112"}, {E, "in danger"}, {E, "danger to life"}, {E, "life-threatening"},
    {E, "life threatening"}, {E, "gas leak"}, {E, "smell gas"}, {E, "smell of gas"},
    {E, "carbon monoxide"}, {E, "on fire"}, {E, "house fire"}, {E, "burst pipe"},
    {E, "flooding"}, {E, "not breathing"}, {E, "can't breathe"}, {E, "cannot breathe"},
    {E, "heart attack"}, {E, "unconscious"}, {E, "seriously injured"}, {E, "overdose"},
    {E, "being threatened"}, {E, "threatened me"}, {E, "threatening me"},
    {E, "being abused"}, {E, "domestic violence"},
    {E, "urgence"}, {E, "en danger"}, {E, "fuite de gaz"}, {E, "au secours"},                // fr
    {E, "notfall"}, {E, "in gefahr"}, {E, "gasgeruch"}, {E, "gasleck"}, {E, "krankenwagen"},  // de
    {E, "rettungswagen"},
    {E, "emergencia"}, {E, "en peligro"}, {E, "fuga de gas"}, {E, "ambulancia"},              // es
    {E, "noodgeval"}, {E, "in gevaar"}, {E, "gaslek"},                                        // nl
    {E, "emergência"}, {E, "em perigo"}, {E, "vazamento de gás"}, {E, "fuga de gás"},         // pt
    {E, "ambulância"},
    {E, "emergenza"}, {E, "in pericolo"}, {E, "fuga di gas"}, {E, "ambulanza"},               // it
    // Emergency: distress, never dismissed by a negation
    {E, "suicide", false}, {E, "suicidal", false}, {E, "kill myself", false},
    {E, "killing myself", false}, {E, "end my life", false}, {E, "end it all", false},
    {E, "self-harm", false}, {E, "self harm", false}, {E, "harm myself", false},
    {E, "hurt myself", false}, {E, "want to die", false}, {E, "no reason to live", false},
    {E, "can't go on", false},
    {E, "me suicider", false}, {E, "me tuer", false},                                         // fr
    {E, "selbstmord", false}, {E, "suizid", false}, {E, "mich umbringen", false},             // de
    {E, "suicidio", false}, {E, "suicidarme", false}, {E, "quitarme la vida", false},         // es
    {E, "zelfmoord", false},                                                                  // nl
    {E, "suicídio", false}, {E, "me matar", false},                                           // pt
    {E, "uccidermi", false}, {E, "togliermi la vita", false},                                 // it
};

constexpr std::string_view kNegations[] = {
    "not", "no", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "won't",
    "wont", "wouldn't", "shouldn't", "isn't", "aren't", "wasn't", "weren't", "haven't",
    "hasn't", "nor", "without", "if", "whether",                                     // en
    "ne", "pas", "jamais", "sans", "si", "aucun", "aucune",                         // fr (and n'…)
    "nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "ohne", "falls", "ob",  // de
    "nunca", "sin", "jamás", "ni",                                                   // es (no, si)
    "niet", "geen", "nooit", "zonder",                                               // nl
    "não", "nao", "sem", "nem", "caso",                                              // pt (nunca)
    "non", "mai", "senza", "né", "qualora",                                          // it
};

constexpr std::string_view kClauseWords[] = {
    "but", "however", "although", "though", "and", "so", "then", "instead",  // en
    "mais", "et", "donc", "sinon",                                           // fr
    "aber", "doch", "und", "sondern", "sonst",                               // de
    "pero", "sino", "y",                                                     // es
    "maar", "en", "dus",                                                     // nl
    "mas", "porém", "e",                                                     // pt
    "ma", "però", "tuttavia",                                                // it
};

constexpr std::string_view kNeutralPhrases[] = {
    "cancellation policy", "cancellation fee", "cancellation fees", "cancellation terms",
    "free cancellation", "unsubscribe link", "complaints procedure", "complaints policy",
    "in case of emergency", "in case of an emergency", "in an emergency", "emergency contact",
    "emergency number", "non-emergency", "human resources",
};

}  // namespace

std::span<const IntentPhrase> standard_intent_phrases() { return kPhrases; }
std::span<const std::string_view> standard_negations() { return kNegations; }
std::span<const std::string_view> standard_clause_words() { return kClauseWords; }
std::span<const std::string_view> standard_neutral_phrases() { return kNeutralPhrases; }

}  // namespace charter::stdlib::message
