#include "dsl/format/doc.hpp"

#include <algorithm>

#include "dsl/source/source_file.hpp"

namespace charter::dsl::format_detail {

Doc Doc::text(std::string text) {
  Doc doc;
  doc.kind_ = Kind::Text;
  doc.text_ = std::move(text);
  return doc;
}

Doc Doc::text(std::string text, uint32_t begin, uint32_t end) {
  Doc doc = Doc::text(std::move(text));
  doc.has_source_ = begin < end;
  doc.begin_ = begin;
  doc.end_ = end;
  return doc;
}

Doc Doc::line() {
  Doc doc;
  doc.kind_ = Kind::Line;
  doc.text_.push_back(' ');
  return doc;
}

Doc Doc::soft_line() {
  Doc doc;
  doc.kind_ = Kind::Line;
  return doc;
}

Doc Doc::hard_line() {
  Doc doc;
  doc.kind_ = Kind::Line;
  doc.must_break_ = true;
  return doc;
}

Doc Doc::indent(int amount, Doc part) {
  Doc doc;
  doc.kind_ = Kind::Indent;
  doc.amount_ = amount;
  doc.must_break_ = part.must_break_;
  doc.parts_.push_back(std::move(part));
  return doc;
}

Doc Doc::align(Doc part) {
  Doc doc;
  doc.kind_ = Kind::Align;
  doc.must_break_ = part.must_break_;
  doc.parts_.push_back(std::move(part));
  return doc;
}

Doc Doc::group(Doc part, bool force_break) {
  Doc doc;
  doc.kind_ = Kind::Group;
  // A group that holds a broken group is broken too: its text cannot be on one line.
  doc.must_break_ = force_break || part.must_break_;
  doc.parts_.push_back(std::move(part));
  return doc;
}

Doc Doc::if_broken(std::string text) {
  Doc doc;
  doc.kind_ = Kind::IfBroken;
  doc.text_ = std::move(text);
  return doc;
}

Doc& Doc::operator+=(Doc part) {
  if (kind_ != Kind::Concat) {
    Doc self = std::move(*this);
    *this = Doc();
    parts_.push_back(std::move(self));
    must_break_ = parts_.back().must_break_;
  }
  if (part.empty()) return *this;
  must_break_ = must_break_ || part.must_break_;
  parts_.push_back(std::move(part));
  return *this;
}

int text_width(const std::string& text) { return static_cast<int>(count_characters(text)); }

// The algorithm of Prettier's printDocToString: a stack of commands, each a
// document with its indentation and mode; a group is flat when its content,
// and what follows it up to the next possible line break, fits the line.
class DocRenderer {
 public:
  explicit DocRenderer(int width) : width_(width) {}

  std::vector<DocLine> run(const Doc& doc, int indent) {
    lines_.push_back({indent, {}, 0, 0});
    column_ = indent;
    stack_.push_back({indent, false, &doc});
    while (!stack_.empty()) {
      const Command command = stack_.back();
      stack_.pop_back();
      step(command);
    }
    return std::move(lines_);
  }

 private:
  struct Command {
    int indent;
    bool flat;
    const Doc* doc;
  };

  void step(const Command& c) {
    const Doc& doc = *c.doc;
    switch (doc.kind_) {
      case Doc::Kind::Text: print(doc); break;
      case Doc::Kind::Concat:
        for (auto it = doc.parts_.rbegin(); it != doc.parts_.rend(); ++it) {
          stack_.push_back({c.indent, c.flat, &*it});
        }
        break;
      case Doc::Kind::Indent:
        stack_.push_back({c.indent + doc.amount_, c.flat, &doc.parts_[0]});
        break;
      case Doc::Kind::Align: stack_.push_back({column_, c.flat, &doc.parts_[0]}); break;
      case Doc::Kind::Group: {
        const Command flat{c.indent, true, &doc.parts_[0]};
        const bool stays_flat = c.flat || (!doc.must_break_ && fits(flat));
        stack_.push_back({c.indent, stays_flat, &doc.parts_[0]});
        break;
      }
      case Doc::Kind::Line:
        if (c.flat && !doc.must_break_) {
          lines_.back().text += doc.text_;
          column_ += text_width(doc.text_);
        } else {
          lines_.push_back({c.indent, {}, 0, 0});
          column_ = c.indent;
        }
        break;
      case Doc::Kind::IfBroken:
        if (!c.flat) {
          lines_.back().text += doc.text_;
          column_ += text_width(doc.text_);
        }
        break;
    }
  }

  void print(const Doc& doc) {
    DocLine& line = lines_.back();
    line.text += doc.text_;
    column_ += text_width(doc.text_);
    if (!doc.has_source_) return;
    if (!line.has_source()) {
      line.begin = doc.begin_;
      line.end = doc.end_;
    } else {
      line.begin = std::min(line.begin, doc.begin_);
      line.end = std::max(line.end, doc.end_);
    }
  }

  // Whether `next`, printed flat, and the commands after it up to their
  // first line break fit in what is left of the line.
  bool fits(const Command& next) const {
    int left = width_ - column_;
    std::vector<Command> pending{next};
    size_t rest = stack_.size();
    while (left >= 0) {
      if (pending.empty()) {
        if (rest == 0) return true;
        pending.push_back(stack_[--rest]);
      }
      const Command c = pending.back();
      pending.pop_back();
      const Doc& doc = *c.doc;
      switch (doc.kind_) {
        case Doc::Kind::Text: left -= text_width(doc.text_); break;
        case Doc::Kind::Concat:
          for (auto it = doc.parts_.rbegin(); it != doc.parts_.rend(); ++it) {
            pending.push_back({c.indent, c.flat, &*it});
          }
          break;
        case Doc::Kind::Indent:
        case Doc::Kind::Align: pending.push_back({c.indent, c.flat, &doc.parts_[0]}); break;
        case Doc::Kind::Group:
          pending.push_back({c.indent, c.flat && !doc.must_break_, &doc.parts_[0]});
          break;
        case Doc::Kind::Line:
          if (!c.flat || doc.must_break_) return true;
          left -= text_width(doc.text_);
          break;
        case Doc::Kind::IfBroken:
          if (!c.flat) left -= text_width(doc.text_);
          break;
      }
    }
    return false;
  }

  int width_;
  int column_ = 0;
  std::vector<Command> stack_;
  std::vector<DocLine> lines_;
};

std::vector<DocLine> render(const Doc& doc, int indent, int width) {
  return DocRenderer(width).run(doc, indent);
}

}  // namespace charter::dsl::format_detail
