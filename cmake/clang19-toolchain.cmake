# The whole project is compiled with clang-19: the JIT's codegen reads the same LLVM IR that
# becomes the native interpreter, so compiler and LLVM library must be the same version.
# Loaded by the top-level CMakeLists.txt before project(); a user-supplied toolchain file wins.
find_program(WEFT_CLANG clang-19 REQUIRED)
find_program(WEFT_CLANGXX clang++-19 REQUIRED)
set(CMAKE_C_COMPILER "${WEFT_CLANG}" CACHE FILEPATH "C compiler" FORCE)
set(CMAKE_CXX_COMPILER "${WEFT_CLANGXX}" CACHE FILEPATH "C++ compiler" FORCE)
