# weft_add_interpreter(<target> PORTAL <function> SOURCES <file>... [TRACED <file>...])
#
# Builds the interpreter binary <target> (in bin/) with its JIT: the TRACED sources (default:
# all SOURCES) are compiled a second time to LLVM bitcode with WEFT_CODEGEN defined (the hints
# become marker calls), linked into one module (so calls across translation units are
# followed), and translated by weft-codegen from the portal function into jitcodes, which are
# embedded into the binary as `weft_embedded_jitcode` (weft/jit/embedded_jitcode.h). The
# codegen's build report lands next to it as <target>.codegen-report.txt. Interpreter code is
# compiled without C++ exceptions (docs/meta-tracing.md), and the binary exports its symbols so
# the JIT can call the interpreter's residual functions by name.
find_program(WEFT_LLVM_LINK NAMES llvm-link-19 REQUIRED)

function(weft_add_interpreter target)
  cmake_parse_arguments(ARG "" "PORTAL" "SOURCES;TRACED" ${ARGN})
  if(NOT ARG_PORTAL OR NOT ARG_SOURCES)
    message(FATAL_ERROR "weft_add_interpreter(${target}): PORTAL and SOURCES are required")
  endif()
  if(NOT ARG_TRACED)
    set(ARG_TRACED ${ARG_SOURCES})
  endif()
  set(gen ${CMAKE_CURRENT_BINARY_DIR}/${target}.jit)
  file(MAKE_DIRECTORY ${gen})

  add_executable(${target} ${ARG_SOURCES} ${gen}/embedded_jitcode.cpp)
  target_link_libraries(${target} PRIVATE weft::jit)
  target_compile_options(${target} PRIVATE -fno-exceptions)
  set_target_properties(${target} PROPERTIES ENABLE_EXPORTS ON)
  weft_project_target(${target})

  # The same include paths and definitions as the native build, plus the hint headers.
  set(includes "$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>")
  set(defines "$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>")
  set(bitcode)
  foreach(src ${ARG_TRACED})
    get_filename_component(name ${src} NAME_WE)
    get_filename_component(path ${src} ABSOLUTE)
    set(bc ${gen}/${name}.bc)
    add_custom_command(
      OUTPUT ${bc}
      COMMAND ${CMAKE_CXX_COMPILER} -std=c++20 -O2 -g -fno-exceptions -emit-llvm -DWEFT_CODEGEN
              -I${PROJECT_SOURCE_DIR}/framework/include -I${PROJECT_SOURCE_DIR}/gc/include
              "$<$<BOOL:${includes}>:-I$<JOIN:${includes},;-I>>"
              "$<$<BOOL:${defines}>:-D$<JOIN:${defines},;-D>>"
              -MD -MF ${bc}.d -c ${path} -o ${bc}
      DEPFILE ${bc}.d
      DEPENDS ${path}
      COMMAND_EXPAND_LISTS
      COMMENT "Compiling ${src} to bitcode for the JIT")
    list(APPEND bitcode ${bc})
  endforeach()

  add_custom_command(
    OUTPUT ${gen}/${target}.bc
    COMMAND ${WEFT_LLVM_LINK} ${bitcode} -o ${gen}/${target}.bc
    DEPENDS ${bitcode})
  add_custom_command(
    OUTPUT ${gen}/${target}.jitcode
    COMMAND weft-codegen ${gen}/${target}.bc --root ${ARG_PORTAL} -o ${gen}/${target}.jitcode
            --report ${CMAKE_BINARY_DIR}/bin/${target}.codegen-report.txt
    DEPENDS weft-codegen ${gen}/${target}.bc
    COMMENT "Generating the jitcodes of ${target}")
  add_custom_command(
    OUTPUT ${gen}/embedded_jitcode.cpp
    COMMAND ${CMAKE_COMMAND} -DIN=${gen}/${target}.jitcode -DOUT=${gen}/embedded_jitcode.cpp
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_jitcode.cmake
    DEPENDS ${gen}/${target}.jitcode ${PROJECT_SOURCE_DIR}/cmake/embed_jitcode.cmake)
endfunction()
