# Build-wide settings: language level, build types, output folders, and the warning policy
# for project code (third-party headers are included as SYSTEM and are not held to it).

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

# Every executable lands in build/bin (other tools and the README rely on this).
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bin")
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/lib")
set(CMAKE_ARCHIVE_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/lib")

find_program(WEFT_CCACHE ccache)
if(WEFT_CCACHE)
  set(CMAKE_C_COMPILER_LAUNCHER "${WEFT_CCACHE}")
  set(CMAKE_CXX_COMPILER_LAUNCHER "${WEFT_CCACHE}")
endif()

# Build types: Release (default), Debug, and Asan (AddressSanitizer + UBSan, with debug info).
set(WEFT_BUILD_TYPES Release Debug Asan RelWithDebInfo)
if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()
set_property(CACHE CMAKE_BUILD_TYPE PROPERTY STRINGS ${WEFT_BUILD_TYPES})
if(NOT CMAKE_BUILD_TYPE IN_LIST WEFT_BUILD_TYPES)
  message(FATAL_ERROR "CMAKE_BUILD_TYPE must be one of: ${WEFT_BUILD_TYPES}")
endif()

# The collector scans the native stack conservatively; ASan's "fake stack" (use-after-return
# detection) would move locals off the real stack where the scanner cannot see them.
set(WEFT_ASAN_FLAGS "-fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize-address-use-after-return=never -fno-omit-frame-pointer")
set(CMAKE_C_FLAGS_ASAN "-O1 -g ${WEFT_ASAN_FLAGS}")
set(CMAKE_CXX_FLAGS_ASAN "-O1 -g ${WEFT_ASAN_FLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_ASAN "${WEFT_ASAN_FLAGS}")
set(CMAKE_SHARED_LINKER_FLAGS_ASAN "${WEFT_ASAN_FLAGS}")
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG")
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG")

# weft_project_target(<target>): the warning policy for code written in this project.
function(weft_project_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror
                         -Wno-gnu-zero-variadic-macro-arguments)
endfunction()
