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

namespace charter::dsl {

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
    state.errors.push_back({error.kind, error.message, error.help, error.words,
                            static_cast<uint32_t>(error.positions().front().byte)});
  }
  parse_detail::report_syntax_errors(file, state, bad_bytes, sink);
  if (root) parse_detail::AstBuilder(file, module, sink).build(*root);
  return module;
}

}  // namespace charter::dsl
