// std.text in the builtin table: keyword lookups (merged by the compiler into
// one scan per text), case and Unicode normalisation, splitting, regular
// expressions. Phase: registration; implementations run per event.
#include "stdlib/registry/builtin_table.hpp"
#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/normalize.hpp"
#include "stdlib/text/regex.hpp"
#include "stdlib/text/register_text.hpp"
#include "stdlib/text/text_ops.hpp"

namespace charter::stdlib::text {
namespace {

// --- keyword lists: a constant list, prepared into a one-list matcher. Used
// when the compiler has not merged the lookup into a shared scan.
template <KeywordMode kMode>
std::shared_ptr<const void> prepare_keywords(const Value& list, std::string& error) {
  std::vector<std::string_view> keywords;
  for (uint32_t i = 0; i < list.size; ++i) keywords.push_back(list.items()[i].as_string());
  KeywordMatcherBuilder builder(KeywordCase::AsciiCaseless);
  builder.add_list("keywords", keywords, kMode);
  KeywordMatcherBuild built = builder.build();
  if (!built.matcher) {
    error = built.error;
    return nullptr;
  }
  return std::shared_ptr<const KeywordMatcher>(std::move(built.matcher));
}

const KeywordScan& scan_with(const KeywordMatcher& matcher, std::string_view text) {
  // One scan state per thread, reused: no allocation once warm.
  thread_local KeywordScan scan;
  matcher.scan(text, scan);
  return scan;
}

int64_t hits(std::string_view text, Prepared<KeywordMatcher> keywords) {
  return keywords->hits(scan_with(*keywords, text), 0);
}
bool contains_any(std::string_view text, Prepared<KeywordMatcher> keywords) {
  return keywords->any(scan_with(*keywords, text), 0);
}
bool contains_all(std::string_view text, Prepared<KeywordMatcher> keywords) {
  return keywords->all(scan_with(*keywords, text), 0);
}

// The keywords found (matched) or each with a few words around it (evidence), in text order.
template <bool kExcerpts>
bool found_keywords(CallContext& ctx, const Value* args, Value& out) {
  const auto& matcher = *static_cast<const KeywordMatcher*>(ctx.prepared[1]);
  const std::string_view text = args[0].as_string();
  thread_local KeywordScan scan;
  matcher.scan(text, scan);
  const auto evidence = matcher.evidence(text, scan, 0, *ctx.arena);
  Value* items = ctx.arena->allocate_array<Value>(std::max<size_t>(evidence.size(), 1));
  for (size_t i = 0; i < evidence.size(); ++i) {
    items[i] = Value::string(kExcerpts ? render_excerpt(evidence[i], *ctx.arena) : evidence[i].keyword);
  }
  out = Value::list(items, static_cast<uint32_t>(evidence.size()));
  return true;
}

// --- normalisation and plain operations
std::string_view fold(CallContext& ctx, std::string_view text) { return fold_case(text, *ctx.arena); }
std::string_view nfkc(CallContext& ctx, std::string_view text) { return normalize_nfkc(text, *ctx.arena); }
std::string_view nfc(CallContext& ctx, std::string_view text) { return normalize_nfc(text, *ctx.arena); }
std::string_view squash(CallContext& ctx, std::string_view text) { return collapse_whitespace(text, *ctx.arena); }
std::string_view ascii_lowered(CallContext& ctx, std::string_view text) { return ascii_lower(text, *ctx.arena); }
int64_t graphemes(std::string_view text) { return grapheme_count(text); }

bool split_text(CallContext& ctx, const Value* args, Value& out) {
  const auto parts = split(args[0].as_string(), args[1].as_string(), *ctx.arena);
  Value* items = ctx.arena->allocate_array<Value>(std::max<size_t>(parts.size(), 1));
  for (size_t i = 0; i < parts.size(); ++i) items[i] = Value::string(parts[i]);
  out = Value::list(items, static_cast<uint32_t>(parts.size()));
  return true;
}

// --- regular expressions (RE2: linear time, never backtracking)
std::shared_ptr<const void> prepare_regex(const Value& pattern, std::string& error) {
  Regex::Prepared prepared = Regex::prepare(pattern.as_string());
  if (!prepared.regex) {
    error = prepared.error;
    return nullptr;
  }
  return std::shared_ptr<const Regex>(std::move(prepared.regex));
}
bool regex_matches(std::string_view text, Prepared<Regex> pattern) { return pattern->matches(text); }
std::optional<std::string_view> regex_extract(std::string_view text, Prepared<Regex> pattern) {
  return pattern->extract(text);
}

}  // namespace

void register_text(BuiltinTable& table) {
  const TypeId words = table.types().list_of(TypeTable::kString);
  table.add<&hits>("std.text.hits", "how many distinct keywords of the list occur in the text (any case, also inside words)")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::Substring>)
      .keyword_lookup(KeywordLookup::Hits, false);
  table.add<&hits>("std.text.word_hits", "how many distinct keywords of the list occur in the text as whole words or phrases (any case)")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::WholeWord>)
      .keyword_lookup(KeywordLookup::Hits, true);
  table.add<&contains_any>("std.text.contains_any", "whether any keyword of the list occurs in the text (any case)")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::Substring>)
      .keyword_lookup(KeywordLookup::Any, false);
  table.add<&contains_all>("std.text.contains_all", "whether every keyword of the list occurs in the text (any case)")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::Substring>)
      .keyword_lookup(KeywordLookup::All, false);
  table.add<&contains_any>("std.text.contains_any_word", "whether any keyword of the list occurs as a whole word or phrase")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::WholeWord>)
      .keyword_lookup(KeywordLookup::Any, true);
  table.add<&contains_all>("std.text.contains_all_words", "whether every keyword of the list occurs as a whole word or phrase")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::WholeWord>)
      .keyword_lookup(KeywordLookup::All, true);
  const Signature found{{TypePattern::exact(TypeTable::kString), TypePattern::exact(words)}, TypePattern::exact(words)};
  table.add_raw("std.text.matched", found, &found_keywords<false>, false,
                "the keywords of the list found in the text, in the order they appear")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::Substring>);
  table.add_raw("std.text.evidence", found, &found_keywords<true>, false,
                "each keyword found with a few words around it: the evidence a classification cites")
      .prepare_arg(1, words, &prepare_keywords<KeywordMode::Substring>);
  table.add<&fold>("std.text.fold_case", "the text with Unicode case folding and NFC, for comparing without case");
  table.add<&nfkc>("std.text.normalize", "the text in Unicode NFKC form (compatibility characters unified)");
  table.add<&nfc>("std.text.nfc", "the text in Unicode NFC form");
  table.add<&squash>("std.text.collapse_whitespace", "runs of spaces, tabs and line breaks as one space, trimmed");
  table.add<&ascii_lowered>("std.text.ascii_lower", "the text with A-Z lower-cased and every other byte kept");
  table.add<&graphemes>("std.text.graphemes", "the number of user-perceived characters (grapheme clusters)");
  table.add<&trim_start>("std.text.trim_start", "the text without white space at its start");
  table.add<&trim_end>("std.text.trim_end", "the text without white space at its end");
  table.add_raw("std.text.split", {{TypePattern::exact(TypeTable::kString), TypePattern::exact(TypeTable::kString)}, TypePattern::exact(words)},
                &split_text, false, "the text cut at each separator (white space when the separator is empty)");
  table.add<&regex_matches>("std.text.matches", "whether the regular expression (RE2, a constant) matches somewhere in the text")
      .prepare_arg(1, TypeTable::kString, &prepare_regex);
  table.add<&regex_extract>("std.text.extract", "the first match's first group (or the whole match) of the regular expression")
      .prepare_arg(1, TypeTable::kString, &prepare_regex);
}

}  // namespace charter::stdlib::text
