// The content digest of a bundle: SHA-256 (OpenSSL's EVP interface) over a
// framed stream of the normalised sources. Every piece is preceded by its
// length, so no two different bundles give the same stream.
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

#include "base/check.hpp"
#include "compiler/load/bundle.hpp"

namespace charter::compiler {
namespace {

// Names the framing below; a change to it must change this line.
constexpr std::string_view kFormat = "charter bundle digest 1\n";

class Sha256 {
 public:
  Sha256() : context_(EVP_MD_CTX_new(), &EVP_MD_CTX_free) {
    CHARTER_CHECK(context_ != nullptr, "cannot allocate a digest context");
    CHARTER_CHECK(EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) == 1,
                  "cannot start a SHA-256 digest");
  }

  void add(std::string_view bytes) {
    CHARTER_CHECK(EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size()) == 1,
                  "cannot update a SHA-256 digest");
  }

  void add_length(uint64_t length) {
    std::array<char, 8> bytes{};
    for (size_t i = 0; i < bytes.size(); ++i) {
      bytes[i] = static_cast<char>((length >> (8 * (7 - i))) & 0xFF);  // big-endian
    }
    add(std::string_view(bytes.data(), bytes.size()));
  }

  // `text` with every "\r\n" read as "\n", preceded by its length once normalised.
  void add_text(std::string_view text) {
    uint64_t crlf = 0;
    for (size_t at = text.find("\r\n"); at != std::string_view::npos; at = text.find("\r\n", at + 2)) {
      ++crlf;
    }
    add_length(text.size() - crlf);
    while (!text.empty()) {
      const size_t at = text.find("\r\n");
      if (at == std::string_view::npos) {
        add(text);
        break;
      }
      add(text.substr(0, at));
      text.remove_prefix(at + 1);  // keep the "\n"
    }
  }

  std::string hex() {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    CHARTER_CHECK(EVP_DigestFinal_ex(context_.get(), digest.data(), &size) == 1 && size == 32,
                  "cannot finish a SHA-256 digest");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * size);
    for (unsigned int i = 0; i < size; ++i) {
      out += kHex[digest[i] >> 4];
      out += kHex[digest[i] & 0xF];
    }
    return out;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context_;
};

}  // namespace

std::string bundle_digest(const Manifest& manifest, const std::vector<LoadedModule>& modules,
                          const dsl::SourceMap& sources) {
  CHARTER_CHECK(manifest.source.value < sources.size(), "the manifest is not in the source map");
  std::vector<const LoadedModule*> by_path;
  for (const LoadedModule& module : modules) by_path.push_back(&module);
  std::sort(by_path.begin(), by_path.end(),
            [](const LoadedModule* a, const LoadedModule* b) { return a->path < b->path; });

  Sha256 sha;
  sha.add(kFormat);
  sha.add_text(sources.get(manifest.source).text());
  sha.add_length(by_path.size());
  for (const LoadedModule* module : by_path) {
    sha.add_length(module->path.size());
    sha.add(module->path);
    sha.add_text(sources.get(module->source).text());
  }
  return "sha256:" + sha.hex();
}

}  // namespace charter::compiler
