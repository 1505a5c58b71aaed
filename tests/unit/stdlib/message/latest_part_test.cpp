// std.message latest_part on quoted-reply layouts of common mail clients in
// several languages: top- and bottom-posting, nested and interleaved quotes,
// forwarded chains, signatures; and texts that only look like markers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/message/latest_part.hpp"
#include "tests/unit/stdlib/message/reply_layouts.hpp"

namespace {

using charter::stdlib::Arena;
namespace message = charter::stdlib::message;
using charter::test::ReplyLayout;

std::string describe(const message::LatestPart& part) {
  std::string out;
  for (const auto& r : part.removed) {
    out += std::string(message::removed_kind_name(r.kind)) + " by " +
           std::string(message::removed_by_name(r.by)) + "; ";
  }
  return out;
}

class MessageLatestPart : public testing::TestWithParam<ReplyLayout> {};

TEST_P(MessageLatestPart, KeepsOnlyTheNewText) {
  const ReplyLayout& layout = GetParam();
  Arena arena;
  const message::LatestPart part = message::latest_part(layout.body, arena);
  EXPECT_EQ(part.text, layout.latest) << describe(part);
  std::vector<message::RemovedBy> removed;
  for (const auto& r : part.removed) removed.push_back(r.by);
  EXPECT_EQ(removed, layout.removed) << describe(part);
  EXPECT_EQ(part.from_forwarded, layout.from_forwarded);
  for (const auto& r : part.removed) {
    ASSERT_LE(r.begin, r.end);
    ASSERT_LE(r.end, layout.body.size());
  }
}

INSTANTIATE_TEST_SUITE_P(Layouts, MessageLatestPart, testing::ValuesIn(charter::test::reply_layouts()),
                         [](const testing::TestParamInfo<ReplyLayout>& param_info) {
                           return std::string(param_info.param.name);
                         });

TEST(MessageLatestPartLayouts, CoverAtLeastThirtyDistinctLayouts) {
  EXPECT_GE(charter::test::reply_layouts().size(), 30u);
}

TEST(MessageLatestPart, AOnePieceResultIsAViewIntoTheBody) {
  Arena arena;
  const std::string body = "Yes please.\n\nOn Tue, 5 Mar 2024, Sam <sam@a.example> wrote:\n> Shall we?\n";
  const auto part = message::latest_part(body, arena);
  ASSERT_EQ(part.pieces.size(), 1u);
  EXPECT_EQ(part.text.data(), body.data());
  ASSERT_EQ(part.removed.size(), 1u);
  EXPECT_EQ(part.removed[0].kind, message::RemovedKind::QuotedReply);
  EXPECT_EQ(part.removed[0].line, "On Tue, 5 Mar 2024, Sam <sam@a.example> wrote:");
  EXPECT_EQ(body.substr(part.removed[0].begin, part.removed[0].end - part.removed[0].begin),
            "On Tue, 5 Mar 2024, Sam <sam@a.example> wrote:\n> Shall we?");
}

TEST(MessageLatestPart, RepliesBetweenQuotesBecomeSeveralPieces) {
  Arena arena;
  const std::string body = "> Premium plan?\nNo, basic.\n> Start date?\nNext month.\n";
  const auto part = message::latest_part(body, arena);
  ASSERT_EQ(part.pieces.size(), 2u);
  EXPECT_EQ(body.substr(part.pieces[1].begin, part.pieces[1].end - part.pieces[1].begin), "Next month.");
  EXPECT_EQ(part.text, "No, basic.\n\nNext month.");
}

TEST(MessageLatestPart, NeverReadsOutsideTheBodyOnHostileInput) {
  Arena arena;
  const std::string inputs[] = {
      "", "\n", "\r", "\r\n\r\n", ">", ">>>>>>", "-- ", "--", "On", "On 1 wrote:", "From:",
      "From: x\nSent: y\nTo: z", std::string(5000, '>'), std::string(3000, 'a') + " wrote:",
      "\xff\xfe\n> \xc3\n-- \n\xe2\x82", "Thanks,\n", "---------- Forwarded message ---------",
      "---------- Forwarded message ---------\nFrom: a <a@b>\nDate: now\n\n",
  };
  for (const std::string& input : inputs) {
    const auto first = message::latest_part(input, arena);
    const auto second = message::latest_part(input, arena);
    EXPECT_EQ(first.text, second.text);  // deterministic
    for (const auto& piece : first.pieces) ASSERT_LE(piece.end, input.size());
    for (const auto& removed : first.removed) ASSERT_LE(removed.end, input.size());
    arena.reset();
  }
}

}  // namespace
