// Traced code that refers to a string literal (a private global): the JIT finds globals by
// their symbol, so the codegen must reject it, naming this file and line.
extern "C" void report(const char* message);
extern "C" void check(int x) {
  if (x < 0) report("negative");
}
