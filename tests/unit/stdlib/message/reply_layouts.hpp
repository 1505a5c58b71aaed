// Quoted-reply layouts of common mail clients, for the std.message tests:
// each body with the new text latest_part must keep and what it must remove.
#pragma once

#include <string>
#include <vector>

#include "stdlib/message/latest_part.hpp"

namespace charter::test {

struct ReplyLayout {
  const char* name;  // a test name: letters and digits only
  std::string body;
  std::string latest;
  std::vector<stdlib::message::RemovedBy> removed;  // in body order
  bool from_forwarded = false;
};

const std::vector<ReplyLayout>& reply_layouts();

}  // namespace charter::test
