#include "dsl/parse/parse.hpp"

#include <memory>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/parse_tree.hpp>

#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/ast_builder.hpp"
#include "dsl/parse/control.hpp"
#include "dsl/parse/parse_state.hpp"
#include "dsl/parse/recovery.hpp"
#include "dsl/parse/selector.hpp"
#include "dsl/parse/syntax_errors.hpp"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHARTER_ASAN 1
#endif
#elif defined(__SANITIZE_ADDRESS__)
#define CHARTER_ASAN 1
#endif
#ifdef CHARTER_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace charter::dsl {

namespace parse_detail {
namespace {

// Free parse-tree nodes of this thread. Bounded: a large tree returns most of
// its nodes to malloc when it is destroyed.
class FreeNodes {
 public:
  static constexpr size_t kMax = 4096;
  FreeNodes() { blocks_.reserve(kMax); }
  ~FreeNodes() {
    for (void* block : blocks_) ::operator delete(block);
  }
  void* take() {
    if (blocks_.empty()) return nullptr;
    void* block = blocks_.back();
    blocks_.pop_back();
#ifdef CHARTER_ASAN
    ASAN_UNPOISON_MEMORY_REGION(block, sizeof(Node));
#endif
    return block;
  }
  bool give(void* block) noexcept {
    if (blocks_.size() == kMax) return false;  // never reallocates: capacity is kMax
#ifdef CHARTER_ASAN
    // A node used after it was freed is still caught.
    ASAN_POISON_MEMORY_REGION(block, sizeof(Node));
#endif
    blocks_.push_back(block);
    return true;
  }

 private:
  std::vector<void*> blocks_;
};

thread_local FreeNodes free_nodes;

}  // namespace

void* Node::operator new(std::size_t size) {
  if (size == sizeof(Node)) {
    if (void* block = free_nodes.take()) return block;
  }
  return ::operator new(size);
}

void Node::operator delete(void* block, std::size_t size) noexcept {
  if (size == sizeof(Node) && free_nodes.give(block)) return;
  ::operator delete(block);
}

}  // namespace parse_detail

namespace pegtl = tao::pegtl;

ast::Module parse(const SourceFile& file, DiagSink& sink, const ParseOptions& options) {
  ast::Module module;
  module.file = file.id();
  const std::string_view text = file.text();
  if (text.size() > options.max_bytes) {
    sink.emit(DiagKind::SourceTooLarge, Span{file.id(), 0, 0},
              "the file is " + std::to_string(text.size()) + " bytes; the limit is " +
                  std::to_string(options.max_bytes))
        .help = "split the policy into several modules";
    return module;
  }
  const std::vector<uint32_t> bad_bytes = parse_detail::check_encoding(file, sink);

  parse_detail::ParseState state;
  state.max_errors = options.max_errors;
  pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> input(
      text.data(), text.size(), file.path());
  std::unique_ptr<parse_detail::Node> root;
  try {
    root = pegtl::parse_tree::parse<grammar::module, parse_detail::Node, parse_detail::Selector,
                                    pegtl::nothing, parse_detail::Control>(input, state);
  } catch (const parse_detail::SyntaxError& error) {
    // Only trivia before the first declaration can raise outside recovery.
    state.errors.push_back({error.info, static_cast<uint32_t>(error.positions().front().byte), 0});
  }
  parse_detail::report_syntax_errors(file, state, bad_bytes, sink);
  if (root) parse_detail::AstBuilder(file, module, sink).build(*root);
  return module;
}

}  // namespace charter::dsl
