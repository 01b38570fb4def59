// Traced code that catches a C++ exception (compiled with -fexceptions): an invoke.
void may_throw(long x);

extern "C" long guarded(long x) {
  try {
    may_throw(x);
  } catch (...) {
    return -1;
  }
  return x;
}
