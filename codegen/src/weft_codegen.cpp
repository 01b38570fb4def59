// weft-codegen: translates functions of an LLVM bitcode module into jitcodes, in the text form
// that weft::jit::parse_jitcodes reads (framework/include/weft/jit/jitcode.h), with a build
// report of the traced and residual functions (codegen/README.md).
//
//   weft-codegen input.bc --root NAME [--root NAME ...] [-o output.jitcode] [--report FILE]
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "call_policy.h"
#include "field_names.h"
#include "function_translator.h"
#include "gc_refs.h"
#include "hint_checks.h"
#include "interpreter_hints.h"
#include "virtualizable_check.h"

using weft::codegen::Failure;
using weft::codegen::GcRefs;
using weft::codegen::InterpreterHints;

namespace {

// The jitcodes' descriptor declarations, fields and sizes before the calls that name them. A
// residual call's writes(NAME@OFFSET:BYTES:BANK, ...) (FieldNames::writes) becomes the list of the
// declared field descriptors those stores may reach: the field by name (and its .imm/.qi
// variants) and the descriptors of its bytes named by offset. Two fields declared under one
// name with different layouts would be one descriptor to the loader: an error.
std::string declarations_text(const std::set<std::string>& declarations) {
  std::map<std::string, std::string> fields;  // name -> the rest of its line
  std::string text, calls;
  for (const std::string& d : declarations) {
    if (d.rfind("field ", 0) != 0) continue;
    size_t name_end = d.find(' ', 6);
    std::string name = d.substr(6, name_end - 6), rest = d.substr(name_end);
    auto [it, added] = fields.insert({name, rest});
    if (!added && it->second != rest)
      throw Failure{"error: the field descriptor " + name +
                    " is accessed with two layouts:" + it->second + " and" + rest};
  }
  for (const std::string& d : declarations) {
    if (d.rfind("call ", 0) != 0) {
      text += d + "\n";
      continue;
    }
    size_t open = d.find(" writes(");
    if (open == std::string::npos) {
      calls += d + "\n";
      continue;
    }
    std::string list = d.substr(open + 8, d.size() - open - 9), names;
    for (size_t at = 0; at < list.size();) {
      size_t comma = list.find(", ", at);
      std::string key =
          list.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
      at = comma == std::string::npos ? list.size() : comma + 2;
      size_t sign = key.find('@'), colon = key.find(':'), last = key.rfind(':');
      std::string name = key.substr(0, sign), offset = key.substr(sign + 1, colon - sign - 1),
                  bytes = key.substr(colon + 1, last - colon - 1), bank = key.substr(last + 1);
      std::string banks = bank == "p" ? "ir" : bank;
      for (const char* suffix : {"", ".imm", ".qi"}) {
        std::vector<std::string> candidates = {name + suffix};
        for (char b : banks) candidates.push_back("gc." + offset + "." + b + bytes + suffix);
        for (const std::string& c : candidates)
          if (fields.count(c) && names.find(c + ",") == std::string::npos) names += c + ",";
      }
    }
    if (!names.empty()) names.pop_back();
    std::string listed;
    for (char c : names) listed += c == ',' ? std::string(", ") : std::string(1, c);
    calls += d.substr(0, open) + " writes(" + listed + ")\n";
  }
  return text + calls;
}

}  // namespace

int main(int argc, char** argv) {
  std::string input, output, report;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--root" && i + 1 < argc) {
      roots.push_back(argv[++i]);
    } else if (a == "-o" && i + 1 < argc) {
      output = argv[++i];
    } else if (a == "--report" && i + 1 < argc) {
      report = argv[++i];
    } else if (input.empty() && a[0] != '-') {
      input = a;
    } else {
      std::fprintf(
          stderr,
          "usage: weft-codegen input.bc --root NAME... [-o output.jitcode] [--report FILE]\n");
      return 2;
    }
  }
  if (input.empty() || roots.empty()) {
    std::fprintf(
        stderr,
        "usage: weft-codegen input.bc --root NAME... [-o output.jitcode] [--report FILE]\n");
    return 2;
  }
  llvm::LLVMContext context;
  llvm::SMDiagnostic diag;
  std::unique_ptr<llvm::Module> module = llvm::parseIRFile(input, diag, context);
  if (!module) {
    diag.print("weft-codegen", llvm::errs());
    return 1;
  }
  InterpreterHints hints(*module);
  if (!hints.errors().empty()) {
    for (const std::string& e : hints.errors()) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  std::set<const llvm::Function*> traced = weft::codegen::traced_functions(*module, roots, hints);
  std::vector<std::string> errors = weft::codegen::check_hints(*module, traced, hints);
  weft::codegen::VirtualizableCheck frames = weft::codegen::check_virtualizables(traced, hints);
  errors.insert(errors.end(), frames.errors.begin(), frames.errors.end());
  if (!errors.empty()) {
    for (const std::string& e : errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  GcRefs refs(*module, traced);
  weft::codegen::FieldNames names(*module);
  names.plan(traced, refs);
  const std::set<std::string> root_names(roots.begin(), roots.end());
  std::set<std::string> needed(roots.begin(), roots.end()), done, declarations;
  std::map<std::string, std::string> residual;
  std::string text;
  try {
    while (done.size() < needed.size()) {
      for (const std::string& name : std::set<std::string>(needed)) {
        if (!done.insert(name).second) continue;
        const llvm::Function* f = module->getFunction(name);
        if (!f || f->isDeclaration()) throw Failure{"error: no function " + name + " with a body"};
        weft::codegen::TranslatedFunction t =
            weft::codegen::translate_function(*f, hints, refs, names, root_names, needed);
        text += t.text;
        declarations.insert(t.declarations.begin(), t.declarations.end());
        residual.insert(t.residual.begin(), t.residual.end());
      }
    }
    // The reds that point to a WEFT_VIRTUALIZABLE frame, which the runtime makes private.
    for (const auto& [function, reds] : frames.frame_reds)
      if (done.count(function))
        for (unsigned k : reds) text = "frame " + function + " " + std::to_string(k) + "\n" + text;
    text = declarations_text(declarations) + text;
  } catch (const Failure& failure) {
    std::fprintf(stderr, "%s\n", failure.message.c_str());
    return 1;
  }
  if (!report.empty()) {
    std::string r = "# weft-codegen build report: what the JIT traces and what it calls\n";
    for (const std::string& name : done) {
      const llvm::DISubprogram* sp = module->getFunction(name)->getSubprogram();
      r += "traced   " + name;
      if (sp) r += "  (" + sp->getFilename().str() + ":" + std::to_string(sp->getLine()) + ")";
      r += "\n";
    }
    for (const auto& [name, why] : residual) r += "residual " + name + "  (" + why + ")\n";
    if (FILE* f = std::fopen(report.c_str(), "w")) {
      std::fputs(r.c_str(), f);
      std::fclose(f);
    } else {
      std::fprintf(stderr, "weft-codegen: cannot write %s\n", report.c_str());
      return 1;
    }
  }
  if (output.empty()) {
    std::fputs(text.c_str(), stdout);
  } else if (FILE* f = std::fopen(output.c_str(), "w")) {
    std::fputs(text.c_str(), f);
    std::fclose(f);
  } else {
    std::fprintf(stderr, "weft-codegen: cannot write %s\n", output.c_str());
    return 1;
  }
  return 0;
}
