// std.text keyword matching on the RW1 workload: 88 keywords in 14 lists,
// plain ASCII-caseless substring matching, distinct hits per list, over
// business e-mail texts of 200-2000 bytes. Charter's KeywordMatcher runs
// beside the alternatives it was chosen over (Hyperscan, RE2::Set, one
// std::string_view::find per keyword), all checked to agree on every text
// before timing. Figures and the decision: docs/stdlib-text-matching.md.
//
//   charter_text_bench [--benchmark_filter=…]
//   CHARTER_RW1_CORPUS=path/to/corpus.jsonl charter_text_bench   (RW1's own events)
//   charter_text_bench --compare [rounds]
//     the main variants side by side: texts in chunks of 100, every variant
//     on a chunk in turn, the best time per chunk over all rounds summed;
//     steady figures even on a shared, busy machine.
#include <benchmark/benchmark.h>
#include <hs/hs.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <simdjson.h>

#include <array>
#include <bit>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib/core/arena.hpp"
#include "stdlib/message/intents.hpp"
#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/normalize.hpp"

namespace {

using charter::stdlib::Arena;
namespace text = charter::stdlib::text;

// ------------------------------------------------------------- RW1 keywords
struct Rw1List {
  std::string_view name;
  std::vector<std::string_view> keywords;
};

const std::vector<Rw1List>& rw1_lists() {
  static const std::vector<Rw1List> lists = {
      {"SPAM", {"viagra", "casino", "crypto giveaway", "wire transfer", "lottery", "click here",
                "unsubscribe now", "100% free", "act now", "winner"}},
      {"SUPPORT", {"not working", "error", "broken", "can't log in", "cannot log in", "password",
                   "bug", "crash", "support ticket", "help with", "issue with", "outage"}},
      {"FINANCE", {"invoice", "refund", "payment", "billing", "charged", "receipt", "overdue"}},
      {"PARTNER", {"partnership", "partner with", "collaborate", "collaboration", "affiliate",
                   "referral"}},
      {"SPONSOR", {"sponsor", "sponsorship", "podcast", "newsletter placement"}},
      {"RECRUIT", {"job", "vacancy", "position", "cv", "resume", "hiring"}},
      {"MEDIA", {"journalist", "press", "interview", "article", "reporter"}},
      {"PRICING", {"price", "pricing", "cost", "quote", "how much", "rates"}},
      {"CALL", {"call", "meeting", "demo", "book a time", "schedule", "calendar"}},
      {"PROPOSAL", {"proposal", "scope", "statement of work", "rfp"}},
      {"SALES", {"interested in", "looking for", "need help", "automation", "buy", "purchase",
                 "service"}},
      {"URGENT", {"urgent", "asap", "today", "immediately", "this week"}},
      {"LEGAL", {"lawyer", "legal action", "solicitor", "lawsuit", "gdpr request"}},
      {"EMERGENCY", {"emergency", "threat", "suicide", "self-harm", "danger"}},
  };
  return lists;
}

// ------------------------------------------------------------------ texts
struct Message {
  std::string subject;
  std::string body;
  std::string lowered;  // ascii_lower(subject + " " + body), RW1's text
  std::string joined;   // subject + " " + body as written
};

// Deterministic generator (a 64-bit LCG, so every platform makes the same
// texts): subjects and bodies built from sentences with and without
// keywords, with filler words that contain keyword substrings ("basically"
// holds "call", "WordPress" holds "press"), mixed case and line breaks.
class Generator {
 public:
  uint32_t next(uint32_t bound) {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((state_ >> 33) % bound);
  }
  template <class T>
  const T& pick(const std::vector<T>& items) {
    return items[next(static_cast<uint32_t>(items.size()))];
  }

 private:
  uint64_t state_ = 0x2545F4914F6CDD1Dull;
};

std::vector<Message> generated_messages(size_t count) {
  const std::vector<std::string> subjects = {
      "Pricing for review automation?", "Quick question", "Problem with reminders",
      "Re: our call on Tuesday", "Partnership idea", "Invoice for March", "Podcast guest slot",
      "Application: account manager", "Press enquiry", "Website chat for a dental practice",
      "URGENT - booking page down", "Hello from Leeds", "Follow-up", "Proposal request"};
  const std::vector<std::string> with_keywords = {
      "Could you send a quote for the annual plan for our three locations?",
      "We are interested in online booking and would like to see a demo first.",
      "The booking widget is NOT WORKING on our site since Monday morning.",
      "I can't log in to the dashboard since the password change.",
      "We were charged twice this month, please check the last invoice.",
      "Would you be open to a partnership for the Bristol market?",
      "I host a podcast for small business owners and look for a sponsor.",
      "Please find my CV attached; I am applying for the open position.",
      "I am a journalist writing an article on how trades handle enquiries.",
      "What would it cost to add a second site, and how much is the setup fee?",
      "Could we book a time for a call next week? My calendar is open on Thursday.",
      "Please send a proposal with the scope and a statement of work.",
      "We are looking for a service that handles review automation for us.",
      "This is urgent, we need it fixed today if at all possible.",
      "Our lawyer has advised us to consider legal action over the contract.",
      "There is a danger that the leak becomes an emergency over the weekend.",
      "Click here to claim your casino bonus, 100% free, act now!",
      "We found a bug: the app tends to crash when we upload photos.",
      "Is there a referral fee if we introduce clients to you?",
      "Is the vacancy for a developer still open? I am hiring-ready.",
  };
  const std::vector<std::string> fillers = {
      "We are a family business and have been trading for about twelve years.",
      "Basically we want fewer missed enquiries and quicker replies.",
      "Our site runs on WordPress and the team operates from two offices.",
      "Most of our customers find us through word of mouth.",
      "We get around forty new enquiries a week, more in spring.",
      "Reviews matter a lot in our line of work.",
      "Thanks for reading this far, I know it is a long message.",
      "Happy to share more details if that is useful.",
      "We work mostly weekdays, with some Saturday mornings.",
      "Our team has grown to thirty people over the last two years.",
      "The receptionist handles the phones and the shared inbox.",
      "We tried a spreadsheet first but it did not scale.",
      "Let me know what you think when you have a moment.",
      "We plan to expand into two more towns next year.",
  };
  const std::vector<std::string> greetings = {"Hi,", "Hello team,", "Dear Sir or Madam,",
                                              "Good morning,", "Hi there,"};
  const std::vector<std::string> closings = {"Thanks,\nDana Roe", "Best regards,\nSam Hart",
                                             "Many thanks,\nPriya Patel\nOperations",
                                             "Cheers,\nTom"};
  Generator rng;
  std::vector<Message> messages;
  messages.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    Message m;
    m.subject = rng.pick(subjects);
    const size_t target = 200 + rng.next(1801);  // 200..2000 bytes
    std::string body = rng.pick(greetings) + "\n\n";
    while (body.size() + 40 < target) {
      const std::string& sentence = rng.next(3) == 0 ? rng.pick(with_keywords) : rng.pick(fillers);
      if (body.size() + sentence.size() + 40 > target && body.size() > 150) break;
      body += sentence;
      body += rng.next(4) == 0 ? "\n\n" : " ";
    }
    body += "\n\n" + rng.pick(closings);
    m.body = std::move(body);
    messages.push_back(std::move(m));
  }
  return messages;
}

// RW1's own corpus (one JSON event per line), when CHARTER_RW1_CORPUS names it.
std::vector<Message> corpus_messages(const char* path) {
  std::vector<Message> messages;
  simdjson::ondemand::parser parser;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc = parser.iterate(padded);
    Message m;
    m.subject = std::string(std::string_view(doc["subject"]));
    m.body = std::string(std::string_view(doc["body"]));
    messages.push_back(std::move(m));
  }
  return messages;
}

const std::vector<Message>& messages() {
  static const std::vector<Message> all = [] {
    const char* path = std::getenv("CHARTER_RW1_CORPUS");
    std::vector<Message> result = path ? corpus_messages(path) : generated_messages(4000);
    for (Message& m : result) {
      m.joined = m.subject + " " + m.body;
      m.lowered.resize(m.subject.size() + 1 + m.body.size());
      text::ascii_lower_to(m.subject, m.lowered.data());
      m.lowered[m.subject.size()] = ' ';
      text::ascii_lower_to(m.body, m.lowered.data() + m.subject.size() + 1);
    }
    return result;
  }();
  return all;
}

size_t total_bytes() {
  size_t total = 0;
  for (const Message& m : messages()) total += m.lowered.size();
  return total;
}

// The RW1 answer for one text: distinct hits per list.
using Hits = std::array<uint32_t, 14>;

// ------------------------------------------------------- Charter's matcher
std::unique_ptr<const text::KeywordMatcher> build_charter(text::KeywordMode mode) {
  text::KeywordMatcherBuilder builder(text::KeywordCase::AsciiCaseless);
  for (const Rw1List& list : rw1_lists()) builder.add_list(list.name, list.keywords, mode);
  text::KeywordMatcherBuild built = builder.build();
  if (!built.matcher) {
    std::fprintf(stderr, "keyword matcher: %s\n", built.error.c_str());
    std::abort();
  }
  return std::move(built.matcher);
}

const text::KeywordMatcher& charter_matcher() {
  static const auto matcher = build_charter(text::KeywordMode::Substring);
  return *matcher;
}

Hits charter_hits(const text::KeywordMatcher& matcher, const text::KeywordScan& scan) {
  Hits hits{};
  for (uint32_t l = 0; l < 14; ++l) hits[l] = matcher.hits(scan, l);
  return hits;
}

// --------------------------------------------------------------- Hyperscan
// Keyword k of the flattened table has id k; list masks map ids to lists.
struct Flat {
  std::vector<std::string> keywords;
  std::vector<uint32_t> list_of;
};

const Flat& flat() {
  static const Flat f = [] {
    Flat result;
    for (uint32_t l = 0; l < rw1_lists().size(); ++l) {
      for (const std::string_view k : rw1_lists()[l].keywords) {
        result.keywords.emplace_back(k);
        result.list_of.push_back(l);
      }
    }
    return result;
  }();
  return f;
}

struct HsMatcher {
  hs_database_t* db = nullptr;
  hs_scratch_t* scratch = nullptr;
};

HsMatcher build_hyperscan(unsigned extra_flags, unsigned mode) {
  const Flat& f = flat();
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  std::vector<size_t> lengths;
  for (size_t k = 0; k < f.keywords.size(); ++k) {
    expressions.push_back(f.keywords[k].c_str());
    flags.push_back(HS_FLAG_SINGLEMATCH | extra_flags);
    ids.push_back(static_cast<unsigned>(k));
    lengths.push_back(f.keywords[k].size());
  }
  HsMatcher m;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(expressions.size()), mode, nullptr, &m.db,
                           &error) != HS_SUCCESS) {
    std::fprintf(stderr, "hyperscan: %s\n", error->message);
    std::abort();
  }
  if (hs_alloc_scratch(m.db, &m.scratch) != HS_SUCCESS) std::abort();
  return m;
}

int on_hs_match(unsigned id, unsigned long long, unsigned long long, unsigned, void* context) {
  auto* found = static_cast<std::array<uint64_t, 2>*>(context);
  (*found)[id >> 6] |= uint64_t(1) << (id & 63);
  return 0;
}

Hits hits_from_bits(const std::array<uint64_t, 2>& found) {
  Hits hits{};
  for (size_t k = 0; k < flat().keywords.size(); ++k) {
    if ((found[k >> 6] >> (k & 63)) & 1) ++hits[flat().list_of[k]];
  }
  return hits;
}

// ------------------------------------------------------------------ RE2::Set
std::unique_ptr<re2::RE2::Set> build_re2_set() {
  RE2::Options options;
  options.set_literal(true);
  options.set_log_errors(false);
  auto set = std::make_unique<re2::RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& k : flat().keywords) set->Add(k, nullptr);
  if (!set->Compile()) std::abort();
  return set;
}

// --------------------------------------------------------- naive baseline
Hits naive_hits(std::string_view lowered) {
  Hits hits{};
  for (size_t k = 0; k < flat().keywords.size(); ++k) {
    if (lowered.find(flat().keywords[k]) != std::string_view::npos) ++hits[flat().list_of[k]];
  }
  return hits;
}

// Every implementation must give RW1's answer on every text before timing.
void check_agreement() {
  static bool done = false;
  if (done) return;
  done = true;
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  HsMatcher hs = build_hyperscan(0, HS_MODE_BLOCK);
  for (const Message& m : messages()) {
    const Hits expected = naive_hits(m.lowered);
    matcher.scan(m.lowered, scan);
    const Hits lowered = charter_hits(matcher, scan);
    const std::string_view parts[] = {m.subject, " ", m.body};
    matcher.scan(std::span<const std::string_view>(parts), scan);
    const Hits raw = charter_hits(matcher, scan);
    std::array<uint64_t, 2> found{};
    hs_scan(hs.db, m.lowered.data(), static_cast<unsigned>(m.lowered.size()), 0, hs.scratch,
            on_hs_match, &found);
    if (lowered != expected || raw != expected || hits_from_bits(found) != expected) {
      std::fprintf(stderr, "implementations disagree on: %s\n", m.lowered.c_str());
      std::abort();
    }
  }
}

// Time per iteration is time per text; items/s are texts per second.
void report(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(total_bytes() / messages().size()));
}

// ------------------------------------------------------------- benchmarks
// Each iteration handles one text, cycling through the corpus.

void BM_Charter_LoweredText(benchmark::State& state) {
  check_agreement();
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    matcher.scan(m.lowered, scan);
    for (uint32_t l = 0; l < 14; ++l) sink += matcher.hits(scan, l);
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Charter_LoweredText);

void BM_Charter_RawParts(benchmark::State& state) {
  check_agreement();
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    const std::string_view parts[] = {m.subject, " ", m.body};
    matcher.scan(std::span<const std::string_view>(parts), scan);
    for (uint32_t l = 0; l < 14; ++l) sink += matcher.hits(scan, l);
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Charter_RawParts);

// The raw joined text: case is handled by the automaton's alphabet.
void BM_Charter_RawText(benchmark::State& state) {
  check_agreement();
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    matcher.scan(m.joined, scan);
    for (uint32_t l = 0; l < 14; ++l) sink += matcher.hits(scan, l);
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Charter_RawText);

void BM_Charter_LowerThenScan(benchmark::State& state) {
  check_agreement();
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  const auto& all = messages();
  std::string buffer;
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    buffer.resize(m.subject.size() + 1 + m.body.size());
    text::ascii_lower_to(m.subject, buffer.data());
    buffer[m.subject.size()] = ' ';
    text::ascii_lower_to(m.body, buffer.data() + m.subject.size() + 1);
    matcher.scan(buffer, scan);
    for (uint32_t l = 0; l < 14; ++l) sink += matcher.hits(scan, l);
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Charter_LowerThenScan);

void BM_Charter_WholeWordLists(benchmark::State& state) {
  check_agreement();
  static const auto matcher = build_charter(text::KeywordMode::WholeWord);
  text::KeywordScan scan;
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    matcher->scan(m.lowered, scan);
    for (uint32_t l = 0; l < 14; ++l) sink += matcher->hits(scan, l);
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Charter_WholeWordLists);

// The explanation path: scan, then evidence for every list that hit.
void BM_Charter_ScanAndEvidence(benchmark::State& state) {
  check_agreement();
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  Arena arena;
  const auto& all = messages();
  size_t i = 0;
  size_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    arena.reset();
    matcher.scan(m.lowered, scan);
    for (uint32_t l = 0; l < 14; ++l) sink += matcher.evidence(m.lowered, scan, l, arena).size();
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Charter_ScanAndEvidence);

void BM_Hyperscan_LoweredText(benchmark::State& state) {
  check_agreement();
  static const HsMatcher hs = build_hyperscan(0, HS_MODE_BLOCK);
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    std::array<uint64_t, 2> found{};
    hs_scan(hs.db, m.lowered.data(), static_cast<unsigned>(m.lowered.size()), 0, hs.scratch,
            on_hs_match, &found);
    sink += static_cast<uint32_t>(std::popcount(found[0]) + std::popcount(found[1]));
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Hyperscan_LoweredText);

void BM_Hyperscan_CaselessRawParts(benchmark::State& state) {
  check_agreement();
  static const HsMatcher hs = build_hyperscan(HS_FLAG_CASELESS, HS_MODE_VECTORED);
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    const char* data[] = {m.subject.data(), " ", m.body.data()};
    const unsigned lengths[] = {static_cast<unsigned>(m.subject.size()), 1,
                                static_cast<unsigned>(m.body.size())};
    std::array<uint64_t, 2> found{};
    hs_scan_vector(hs.db, data, lengths, 3, 0, hs.scratch, on_hs_match, &found);
    sink += static_cast<uint32_t>(std::popcount(found[0]) + std::popcount(found[1]));
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_Hyperscan_CaselessRawParts);

void BM_RE2Set_LoweredText(benchmark::State& state) {
  check_agreement();
  static const auto set = build_re2_set();
  const auto& all = messages();
  std::vector<int> matched;
  matched.reserve(flat().keywords.size());
  size_t i = 0;
  size_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    matched.clear();
    set->Match(m.lowered, &matched);
    sink += matched.size();
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_RE2Set_LoweredText);

void BM_FindPerKeyword_LoweredText(benchmark::State& state) {
  check_agreement();
  const auto& all = messages();
  size_t i = 0;
  uint32_t sink = 0;
  for (auto _ : state) {
    const Message& m = all[i];
    i = i + 1 == all.size() ? 0 : i + 1;
    const Hits hits = naive_hits(m.lowered);
    for (const uint32_t h : hits) sink += h;
  }
  benchmark::DoNotOptimize(sink);
  report(state);
}
BENCHMARK(BM_FindPerKeyword_LoweredText);

void BM_Charter_BuildMatcher(benchmark::State& state) {
  for (auto _ : state) {
    auto matcher = build_charter(text::KeywordMode::Substring);
    benchmark::DoNotOptimize(matcher.get());
  }
}
BENCHMARK(BM_Charter_BuildMatcher)->Unit(benchmark::kMicrosecond);

// --------------------------------------------------------------- std.message
// Replies as they arrive: new text above or below quoted history, headers,
// signatures. latest_part alone, then with the intent signals.
const std::vector<std::string>& replies() {
  static const std::vector<std::string> bodies = [] {
    std::vector<std::string> out = {
        "Yes, Thursday at 2pm works for us. Could you also send the pricing for the second "
        "site?\n\nThanks,\nDana\n\nOn Tue, Mar 5, 2024 at 10:02 AM Sam Hart <sam@acme.example> "
        "wrote:\n\n> Hi Dana,\n>\n> Would Thursday afternoon suit you for the demo?\n> We can "
        "also go through the proposal.\n>\n> Sam\n",
        "Hi Sam,\n\nPlease cancel the Friday visit, we found another supplier. I do not want to "
        "be contacted about this again.\n\nKind regards,\nDana Roe\nOperations Manager | Roe "
        "Plumbing Ltd\n+44 7700 900123\n\n________________________________\nFrom: Sam Hart "
        "<sam@acme.example>\nSent: Tuesday, March 5, 2024 10:02 AM\nTo: Dana Roe "
        "<dana@roe-plumbing.example>\nSubject: RE: Visit\n\nHi Dana, we are booked for Friday "
        "at 9. Let me know if anything changes.\n",
        "On 05/03/2024 10:02, Sam Hart wrote:\n> Can you confirm the meeting on Friday?\n> The "
        "room is booked.\n\nYes, Friday is fine. It is not an emergency but the boiler is "
        "making a noise again, can someone call me?\n\n-- \nDana Roe\nRoe Plumbing\n",
    };
    // Longer threads: each reply quotes the previous ones.
    std::string thread = out[0];
    for (int i = 0; i < 4; ++i) {
      std::string quoted;
      size_t at = 0;
      while (at < thread.size()) {
        const size_t end = thread.find('\n', at);
        quoted += "> " + thread.substr(at, end - at) + "\n";
        at = end == std::string::npos ? thread.size() : end + 1;
      }
      thread = "Following up on this, any news?\n\nOn Wed, Mar 6, 2024 at 9:00 AM Dana Roe "
               "<dana@roe.example> wrote:\n" + quoted;
    }
    out.push_back(thread);
    return out;
  }();
  return bodies;
}

void BM_Message_LatestPart(benchmark::State& state) {
  const auto& bodies = replies();
  Arena arena;
  size_t i = 0, bytes = 0, sink = 0;
  for (auto _ : state) {
    const std::string& body = bodies[i];
    i = i + 1 == bodies.size() ? 0 : i + 1;
    arena.reset();
    sink += charter::stdlib::message::latest_part(body, arena).text.size();
    bytes += body.size();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Message_LatestPart);

void BM_Message_LatestPartAndIntents(benchmark::State& state) {
  const auto& bodies = replies();
  Arena arena;
  (void)charter::stdlib::message::IntentDetector::standard();
  size_t i = 0, bytes = 0, sink = 0;
  for (auto _ : state) {
    const std::string& body = bodies[i];
    i = i + 1 == bodies.size() ? 0 : i + 1;
    arena.reset();
    sink += charter::stdlib::message::message_intents(body, arena).intents.signals.size();
    bytes += body.size();
  }
  benchmark::DoNotOptimize(sink);
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Message_LatestPartAndIntents);

// ------------------------------------------------------------- --compare
struct Variant {
  const char* name;
  std::function<uint64_t(size_t, size_t)> run;  // texts [lo, hi)
  std::vector<double> best;                      // per chunk, ns
};

void compare(int rounds) {
  check_agreement();
  const auto& all = messages();
  const text::KeywordMatcher& matcher = charter_matcher();
  text::KeywordScan scan;
  static const HsMatcher hs = build_hyperscan(0, HS_MODE_BLOCK);
  static const HsMatcher hs_caseless = build_hyperscan(HS_FLAG_CASELESS, HS_MODE_VECTORED);
  static const auto set = build_re2_set();
  std::string buffer;
  std::vector<int> matched;
  auto hits = [&](uint64_t sum) {
    for (uint32_t l = 0; l < 14; ++l) sum += matcher.hits(scan, l);
    return sum;
  };
  std::vector<Variant> variants = {
      {"Charter: scan + 14 hits, lowered text", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) matcher.scan(all[i].lowered, scan), sum = hits(sum);
         return sum; }, {}},
      {"Charter: scan + 14 hits, raw text", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) matcher.scan(all[i].joined, scan), sum = hits(sum);
         return sum; }, {}},
      {"Charter: scan + 14 hits, raw parts {subject, \" \", body}", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) {
           const std::string_view parts[] = {all[i].subject, " ", all[i].body};
           matcher.scan(std::span<const std::string_view>(parts), scan);
           sum = hits(sum);
         }
         return sum; }, {}},
      {"Charter: ASCII lower copy, then scan + 14 hits", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) {
           buffer.resize(all[i].joined.size());
           text::ascii_lower_to(all[i].joined, buffer.data());
           matcher.scan(buffer, scan);
           sum = hits(sum);
         }
         return sum; }, {}},
      {"Hyperscan literal set, lowered text", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) {
           std::array<uint64_t, 2> found{};
           hs_scan(hs.db, all[i].lowered.data(), static_cast<unsigned>(all[i].lowered.size()), 0,
                   hs.scratch, on_hs_match, &found);
           sum += found[0] ^ found[1];
         }
         return sum; }, {}},
      {"Hyperscan caseless literal set, raw parts", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) {
           const char* data[] = {all[i].subject.data(), " ", all[i].body.data()};
           const unsigned lengths[] = {static_cast<unsigned>(all[i].subject.size()), 1,
                                       static_cast<unsigned>(all[i].body.size())};
           std::array<uint64_t, 2> found{};
           hs_scan_vector(hs_caseless.db, data, lengths, 3, 0, hs_caseless.scratch, on_hs_match, &found);
           sum += found[0] ^ found[1];
         }
         return sum; }, {}},
      {"RE2::Set of literals, lowered text", [&](size_t lo, size_t hi) {
         uint64_t sum = 0;
         for (size_t i = lo; i < hi; ++i) matched.clear(), set->Match(all[i].lowered, &matched), sum += matched.size();
         return sum; }, {}},
  };
  const size_t chunk = 100, chunks = (all.size() + chunk - 1) / chunk;
  for (Variant& v : variants) v.best.assign(chunks, 1e300);
  uint64_t sink = 0;
  for (int r = 0; r < rounds; ++r) {
    for (size_t c = 0; c < chunks; ++c) {
      for (size_t j = 0; j < variants.size(); ++j) {
        Variant& v = variants[(j + c + size_t(r)) % variants.size()];
        const size_t lo = c * chunk, hi = std::min(all.size(), lo + chunk);
        const auto start = std::chrono::steady_clock::now();
        sink += v.run(lo, hi);
        const auto stop = std::chrono::steady_clock::now();
        v.best[c] = std::min(v.best[c], std::chrono::duration<double, std::nano>(stop - start).count());
      }
    }
  }
  std::printf("%zu texts, mean %zu bytes; best of %d rounds, ns per text:\n", all.size(),
              total_bytes() / all.size(), rounds);
  for (const Variant& v : variants) {
    double total = 0;
    for (const double b : v.best) total += b;
    std::printf("%8.0f  %s\n", total / double(all.size()), v.name);
  }
  std::fprintf(stderr, "(%llu)\n", static_cast<unsigned long long>(sink & 1));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "--compare") {
    compare(argc >= 3 ? std::atoi(argv[2]) : 30);
    return 0;
  }
  const auto stats = charter_matcher().stats();
  std::fprintf(stderr, "texts: %zu, mean %zu bytes; automaton: %u states, %u classes, %zu-byte table\n",
              messages().size(), total_bytes() / messages().size(), stats.states, stats.classes,
              stats.table_bytes);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
