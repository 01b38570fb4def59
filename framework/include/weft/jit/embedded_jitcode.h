// The jitcodes of an interpreter binary, in the text form of jitcode.h, embedded by
// weft_add_interpreter() (cmake/WeftInterpreter.cmake): pass it to JitRuntime::create().
#pragma once

extern "C" const char weft_embedded_jitcode[];
