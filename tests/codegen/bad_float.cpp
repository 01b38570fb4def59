// A function the codegen cannot translate yet: its diagnostic must name this file and line.
extern "C" double halve(double x) { return x / 2; }
