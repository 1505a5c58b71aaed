// resolve_when: lex, scan components, group neighbouring components into
// expressions ("Friday" + "at 3pm" + "GMT"), resolve each group.
#include "stdlib/time/resolve_when.hpp"

#include "stdlib/time/when_components.hpp"
#include "stdlib/time/when_lexer.hpp"
#include "stdlib/time/when_resolve.hpp"

namespace charter::stdlib::time {
namespace {

using when::CompKind;
using when::Component;
using when::Group;
using when::Token;

bool week_period(const Component& component) {
  return component.kind == CompKind::Period &&
         (component.period == when::PeriodKind::ThisWeek || component.period == when::PeriodKind::NextWeek ||
          component.period == when::PeriodKind::WeekAfterNext);
}

// Words and punctuation that may sit between two parts of one expression.
bool glue(const Token& token) {
  static constexpr std::string_view kWords[] = {"at", "on", "the", "of", "in", "by", "around", "about", "from", "for",
                                                "say", "maybe", "perhaps", "sometime", "starting", "approx"};
  if (token.kind == when::TokenKind::Punct) {
    return token.punct == ',' || token.punct == '(' || token.punct == ')' || token.punct == '-' ||
           token.punct == '@' || token.punct == '"';
  }
  for (std::string_view word : kWords) {
    if (token.is_word(word)) return true;
  }
  return false;
}

bool glued(const std::vector<Token>& tokens, uint32_t from, uint32_t to) {
  if (to - from > 4 || (to < tokens.size() && tokens[to].line_before)) return false;
  for (uint32_t k = from; k < to; ++k) {
    if (!glue(tokens[k]) || tokens[k].line_before) return false;
  }
  return true;
}

int32_t* slot_for(Group& group, const Component& component, const std::vector<Component>& all) {
  auto has = [](int32_t index) { return index >= 0; };
  switch (component.kind) {
    case CompKind::Offset: return nullptr;
    case CompKind::Date:
      return has(group.date) || has(group.relative) || has(group.period) ? nullptr : &group.date;
    case CompKind::RelativeDay:
      return has(group.date) || has(group.relative) || has(group.period) ? nullptr : &group.relative;
    case CompKind::Weekday:
      if (has(group.weekday)) return nullptr;
      if (has(group.period) && !week_period(all[static_cast<size_t>(group.period)])) return nullptr;
      return &group.weekday;
    case CompKind::Period:
      if (has(group.period) || has(group.date) || has(group.relative)) return nullptr;
      if (has(group.weekday) && !week_period(component)) return nullptr;
      return &group.period;
    case CompKind::PartOfDay: {
      const bool relative_part =
          has(group.relative) && all[static_cast<size_t>(group.relative)].part != when::DayPart::None;
      return has(group.part) || relative_part ? nullptr : &group.part;
    }
    case CompKind::Time: return has(group.time) ? nullptr : &group.time;
    case CompKind::Zone: return has(group.zone) || !(has(group.time) || has(group.part)) ? nullptr : &group.zone;
  }
  return nullptr;
}

// A lone part of the day is a time reference only after "in the", "this", "by", …
bool lone_part_is_time(const Group& group, const std::vector<Token>& tokens) {
  const bool lone = group.part >= 0 && group.date < 0 && group.weekday < 0 && group.relative < 0 &&
                    group.period < 0 && group.time < 0;
  if (!lone) return true;
  const uint32_t first = group.first_token;
  static constexpr std::string_view kBefore[] = {"the", "at", "by", "over", "around", "after", "before", "until",
                                                 "till", "during"};
  for (std::string_view word : kBefore) {
    if (first > 0 && tokens[first - 1].is_word(word)) return true;
  }
  return false;
}

std::vector<Group> group_components(const std::vector<Component>& components, const std::vector<Token>& tokens) {
  std::vector<Group> groups;
  Group current;
  bool open = false;
  auto flush = [&] {
    if (open && lone_part_is_time(current, tokens)) groups.push_back(current);
    current = Group{};
    open = false;
  };
  for (size_t i = 0; i < components.size(); ++i) {
    const Component& component = components[i];
    int32_t* slot = open && glued(tokens, current.last_token, component.first)
                        ? slot_for(current, component, components)
                        : nullptr;
    if (open && current.offset >= 0) slot = nullptr;
    if (slot == nullptr) {
      flush();
      current.first_token = component.first;
      slot = component.kind == CompKind::Offset ? &current.offset : slot_for(current, component, components);
      if (slot == nullptr) continue;  // a zone with no time before it
      open = true;
    }
    *slot = static_cast<int32_t>(i);
    current.last_token = component.last;
  }
  flush();
  return groups;
}

// The zone the message states for its times, when it states exactly one.
Zone message_zone(const std::vector<Group>& groups, const std::vector<Component>& components) {
  Zone found;
  for (const Group& group : groups) {
    if (group.zone < 0) continue;
    const Zone zone = components[static_cast<size_t>(group.zone)].zone.zone;
    if (!zone.known()) continue;
    if (found.known() && !(found == zone)) return Zone{};
    found = zone;
  }
  return found;
}

}  // namespace

void WhenExpression::add(WhenFlag flag, std::string_view reason, std::optional<Instant> alternative) {
  const uint32_t bit = 1u << static_cast<unsigned>(flag);
  if ((flag_bits_ & bit) != 0) return;
  flag_bits_ |= bit;
  if (ambiguity_count_ < kMaxAmbiguities) ambiguities_[ambiguity_count_++] = WhenAmbiguity{flag, reason, alternative};
}

bool WhenResult::needs_clarification() const {
  for (const WhenExpression& expression : expressions) {
    if (expression.needs_clarification()) return true;
  }
  return false;
}

Evaluated<WhenResult> resolve_when(std::string_view text, Instant received_at, Zone default_zone,
                                   const WhenOptions& options) {
  if (!instant_in_supported_range(received_at)) {
    return Evaluated<WhenResult>::not_evaluable("received_at lies outside the supported years 1-9999");
  }
  when::Lexed lexed;
  when::lex(text, options.skip_quoted, lexed);
  std::vector<Component> components;
  when::scan(lexed.tokens, when::ScanContext{default_zone, options.recipient_zone}, components);
  const std::vector<Group> groups = group_components(components, lexed.tokens);

  when::ResolveContext context;
  context.text = text;
  context.lexed = &lexed;
  context.components = &components;
  context.received_at = received_at;
  context.default_zone = default_zone;
  context.options = &options;
  context.message_zone = message_zone(groups, components);

  WhenResult result;
  result.expressions.reserve(groups.size());
  for (const Group& group : groups) {
    if (result.expressions.size() >= options.max_expressions) break;
    WhenExpression expression;
    if (when::GroupResolver(context, group).resolve(expression)) result.expressions.push_back(expression);
  }
  return result;
}

}  // namespace charter::stdlib::time
