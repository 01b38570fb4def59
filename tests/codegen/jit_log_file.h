// Test support for codegen_tests that read a JitRuntime's log: a fresh file in the system's
// temporary directory (TMPDIR), removed when the object goes away, and a whole-file reader.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace weft::test {

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A unique, empty file named after `stem` (mkstemp), for JitRuntimeOptions::log_path.
class JitLogFile {
 public:
  explicit JitLogFile(const std::string& stem) {
    std::string pattern = (std::filesystem::temp_directory_path() / (stem + "-XXXXXX")).string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("cannot create a log file from " + pattern);
    close(fd);
    path_ = pattern;
  }
  ~JitLogFile() { std::remove(path_.c_str()); }
  JitLogFile(const JitLogFile&) = delete;
  JitLogFile& operator=(const JitLogFile&) = delete;

  const std::string& path() const { return path_; }
  std::string contents() const { return read_text_file(path_); }

 private:
  std::string path_;
};

}  // namespace weft::test
