// RW1 through Charter, with the peers harness's interface: reads the corpus
// into memory, compiles the RW1 bundle once, decides the first `--warmup`
// events untimed, then times one pass over all events (parse the JSON line,
// evaluate every decision, write the output line) and prints the RESULT line.
// --trace also renders each event's explanation (kept beside the output);
// --threads N runs the pass on N threads (taking runs of events in turn) and
// reports the total throughput.
//
//   rw1_charter --corpus data/corpus.jsonl --out out.jsonl [--warmup N] [--limit N]
//               [--bundle DIR] [--trace] [--threads N]
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "engine/api/charter.hpp"

namespace {

struct Args {
  std::string corpus = "data/corpus.jsonl";
  std::string out;
  std::string bundle = CHARTER_RW1_BUNDLE;
  long warmup = 2000;
  long limit = -1;
  bool trace = false;
  unsigned threads = 1;
};

[[noreturn]] void usage() {
  std::fprintf(stderr,
               "usage: rw1_charter --corpus FILE [--out FILE] [--warmup N] [--limit N] [--bundle DIR] "
               "[--trace] [--threads N]\n");
  std::exit(2);
}

Args parse_args(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string key = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage();
      return argv[++i];
    };
    if (key == "--corpus") args.corpus = value();
    else if (key == "--out") args.out = value();
    else if (key == "--warmup") args.warmup = std::atol(value().c_str());
    else if (key == "--limit") args.limit = std::atol(value().c_str());
    else if (key == "--bundle") args.bundle = value();
    else if (key == "--trace") args.trace = true;
    else if (key == "--threads") args.threads = static_cast<unsigned>(std::max(1L, std::atol(value().c_str())));
    else usage();
  }
  return args;
}

// The corpus in one buffer with padding after it, so the JSON parser reads
// each line in place; and where each line is.
struct Corpus {
  std::string buffer;
  std::vector<std::pair<size_t, size_t>> lines;
};

Corpus load_corpus(const std::string& path, long limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::perror(path.c_str());
    std::exit(1);
  }
  Corpus corpus;
  corpus.buffer.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  const size_t size = corpus.buffer.size();
  corpus.buffer.resize(size + 64, '\0');
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i == size || corpus.buffer[i] == '\n') {
      if (i > start) corpus.lines.emplace_back(start, i);
      start = i + 1;
      if (limit >= 0 && static_cast<long>(corpus.lines.size()) >= limit) break;
    }
  }
  return corpus;
}

// Decides lines [begin, end) on `session`, appending each output line to
// `out`; returns the explanation bytes rendered.
size_t decide(charter::Session& session, const Corpus& corpus, size_t begin, size_t end, bool trace,
              std::string& out) {
  charter::EvaluateOptions options;
  options.trace = trace;
  size_t explained = 0;
  for (size_t i = begin; i < end; ++i) {
    const auto [first, last] = corpus.lines[i];
    const std::string_view line(corpus.buffer.data() + first, last - first);
    out += session.evaluate_padded(line, corpus.buffer.size() - first, options);
    out += '\n';
    explained += session.last_explanation().size();
  }
  return explained;
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse_args(argc, argv);
  const Corpus corpus = load_corpus(args.corpus, args.limit);
  std::string report;
  const auto engine = charter::Engine::load(args.bundle, &report);
  if (!engine) {
    std::fputs(report.c_str(), stderr);
    return 1;
  }
  std::string warm;
  const size_t warm_count = std::min(corpus.lines.size(), static_cast<size_t>(std::max(0L, args.warmup)));
  decide(*engine->session(), corpus, 0, warm_count, args.trace, warm);

  // The threads take runs of events in turn, as Engine::evaluate_batch
  // does: a thread whose core is busy with other work takes fewer. Each run
  // has its own output, so the lines stay in input order; the outputs are
  // touched before the clock starts (as the reference does its buffer), so
  // the timed pass does not pay the kernel's first-touch faults.
  constexpr size_t kRun = 256;
  const size_t runs = (corpus.lines.size() + kRun - 1) / kRun;
  std::vector<std::string> outputs(runs);
  for (std::string& out : outputs) {
    out.resize(kRun * 400, ' ');
    out.clear();
  }
  std::atomic<size_t> next_run{0};
  const auto work = [&] {
    const auto session = engine->session();
    for (size_t run = next_run++; run < runs; run = next_run++) {
      decide(*session, corpus, run * kRun, std::min(corpus.lines.size(), (run + 1) * kRun), args.trace, outputs[run]);
    }
  };
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < args.threads; ++t) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  if (!args.out.empty()) {
    std::ofstream out(args.out, std::ios::binary);
    for (const std::string& part : outputs) out << part;
  }
  const size_t events = corpus.lines.size();
  std::printf("RESULT engine=charter%s events=%zu seconds=%.6f events_per_s=%.1f us_per_event=%.4f\n",
              args.trace ? "-trace" : "", events, seconds, static_cast<double>(events) / seconds,
              seconds * 1e6 / static_cast<double>(events));
  return 0;
}
