// Per-thread evaluation state, reused from event to event: the value slots,
// the arena for what one event builds, node and trace records, the JSON
// parser and the output buffer. Phase: evaluation. reset() between events
// keeps every buffer's capacity, so the steady state allocates nothing.
// A Scratch belongs to one plan and one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "compiler/plan/plan.hpp"
#include "engine/eval/json_cursor.hpp"
#include "stdlib/core/arena.hpp"
#include "stdlib/registry/call_context.hpp"
#include "stdlib/text/keyword_matcher.hpp"

namespace charter::engine {

enum class NodeStatus : uint8_t { Pending, Decided, Failed, FellBack };

struct NodeState {
  NodeStatus status = NodeStatus::Pending;
  uint32_t rule = UINT32_MAX;       // the rule that decided it
  std::string_view failure;         // why it could not be evaluated
  uint32_t reason_begin = 0;        // its reasons: Scratch::reasons[begin, begin + count)
  uint32_t reason_count = 0;
};

struct GateHit {
  uint32_t rule;
  uint8_t verdict;
  int32_t reason = -1;  // index into Scratch::reasons
};

// One step of the path to a field of an event: a key, or a list index.
struct PathPart {
  std::string_view name;
  int64_t index = -1;
};

struct TableHit {
  uint32_t rule;
  stdlib::Value value;
};

class Scratch {
 public:
  explicit Scratch(const plan::Plan& plan);
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  // Forgets the previous event; keeps every buffer.
  void reset();

  const plan::Plan& plan;
  std::vector<stdlib::Value> slots;
  stdlib::Arena arena;
  std::vector<NodeState> nodes;
  std::vector<std::string_view> reasons;
  std::vector<std::vector<GateHit>> gate_hits;    // per node (gates only)
  std::vector<std::vector<TableHit>> table_hits;  // per table
  std::vector<std::vector<stdlib::Value>> lists;  // per nesting depth, for reading JSON arrays
  std::vector<PathPart> path;                     // where the event reader is, for error messages
  std::string event_id;
  stdlib::CallContext call;
  std::vector<stdlib::text::KeywordScan> scans;  // per scanner: the scan of its text this event
  std::vector<uint64_t> scanned_in;              // per scanner: the event its scan belongs to
  uint64_t event = 0;                            // counts events, so scans need no clearing
  std::string_view failure;  // why the last op was not evaluable
  uint32_t failed_node = UINT32_MAX;

  simdjson::ondemand::parser parser;
  std::string input;   // the event, copied here when the caller's buffer has no padding
  OutputText output;   // the decision, written by the JSON writer
  std::string text;    // scratch text for rendering
};

}  // namespace charter::engine
