// A function the codegen cannot translate yet (32-bit floats): its diagnostic must name this
// file and line.
extern "C" float halve(float x) { return x / 2; }
