// weft-php: the PHP command line (php-cli compatible subset).
//   weft-php [--jit=off | --jit=NAME=VALUE,...] [--dump-bytecode] [-d key=value] [-n] FILE
//   [ARGS...] weft-php -r 'CODE' [ARGS...] weft-php [-] < FILE
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "file_util.h"
#include "weft/jit/hints.h"
#include "weft/php/runtime.h"

namespace {

struct Job {
  weft::php::RunOptions opts;
  int status = 0;
};

void* run_job(void* p) {
  Job* job = static_cast<Job*>(p);
  job->status = weft::php::run_script(job->opts);
  return nullptr;
}

int usage() {
  std::fprintf(stderr,
               "usage: weft-php [--jit=off|NAME=VALUE,...] [--dump-bytecode] [-d key=value] [-r "
               "CODE | FILE | -] "
               "[ARGS...]\n"
               "  --dump-bytecode  print each function of the script as it is compiled (stderr)\n");
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Job job;
  int i = 1;
  bool have_code = false;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--jit=", 0) == 0) {
      // The interpreter has no JIT driver yet; the specification is still checked by the
      // framework's parser, so a misspelt one is not silently taken for another.
      weft::jit::JitDriver driver("weft-php", {}, {});
      std::string error;
      if (!driver.set_params(std::string_view(a).substr(6), &error)) {
        std::fprintf(stderr,
                     "weft-php: Invalid \"--jit\" setting \"%s\": %s. Should be \"off\" or "
                     "NAME=VALUE,...\n",
                     a.c_str() + 6, error.c_str());
        return 1;
      }
      continue;
    }
    if (a == "--dump-bytecode") {
      job.opts.dump_bytecode = true;
      continue;
    }
    if (a == "-n" || a == "-q") continue;
    if (a.rfind("-d", 0) == 0 && (a.size() > 2 || i + 1 < argc)) {
      std::string kv = a.size() > 2 ? a.substr(2) : std::string(argv[++i]);
      size_t eq = kv.find('=');
      job.opts.ini.emplace_back(kv.substr(0, eq),
                                eq == std::string::npos ? "1" : kv.substr(eq + 1));
      continue;
    }
    if (a == "-r") {
      if (i + 1 >= argc) return usage();
      job.opts.source = std::string("<?php ") + argv[++i];
      job.opts.file = "Command line code";
      job.opts.argv.push_back("Standard input code");
      have_code = true;
      ++i;
      break;
    }
    if (a == "--") {
      ++i;
      break;
    }
    if (a == "-") {
      ++i;
      break;
    }
    if (a == "-h" || a == "--help") return usage();
    break;
  }
  if (!have_code) {
    if (i < argc) {
      std::string path = argv[i];
      std::string text;
      if (!weft::php::tools::read_file(path.c_str(), text)) {
        std::printf("Could not open input file: %s\n", path.c_str());
        return 1;
      }
      char* real = realpath(path.c_str(), nullptr);
      job.opts.file = real ? real : path;
      std::free(real);
      job.opts.source = std::move(text);
      job.opts.argv.push_back(path);
      ++i;
    } else {
      std::string text;
      char buf[65536];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
      job.opts.source = std::move(text);
      job.opts.file = "Standard input code";
      job.opts.argv.push_back("Standard input code");
    }
  }
  for (; i < argc; ++i) job.opts.argv.push_back(argv[i]);
  // PHP recursion is native recursion here: run on a thread with a large stack.
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(1) << 30);
  pthread_t t;
  if (pthread_create(&t, &attr, run_job, &job) != 0)
    run_job(&job);
  else
    pthread_join(t, nullptr);
  return job.status;
}
