#include "gc_refs.h"

#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DebugInfo.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/Operator.h>

#include "field_names.h"

namespace weft::codegen {

namespace {

// weft::gc::type_id_v<T> is _ZN4weft2gc9type_id_vI<T>EE; T's TBAA name is _ZTS<T>.
constexpr std::string_view kTypeIdPrefix = "_ZN4weft2gc9type_id_vI";
constexpr std::string_view kFieldTbaa = "_ZTSN4weft2gc5FieldI";

std::string tbaa_base(const llvm::Instruction& inst) {
  const llvm::MDNode* tag = inst.getMetadata(llvm::LLVMContext::MD_tbaa);
  if (!tag || tag->getNumOperands() < 3) return "";
  auto* base = llvm::dyn_cast<llvm::MDNode>(tag->getOperand(0));
  if (!base || base->getNumOperands() < 1) return "";
  auto* name = llvm::dyn_cast<llvm::MDString>(base->getOperand(0));
  return name ? name->getString().str() : "";
}

const llvm::Value* callee_return(const llvm::Function* f) { return f; }

}  // namespace

std::optional<GcRefs::Allocation> GcRefs::type_of(const llvm::Value* type_id,
                                                  std::string_view prefix) {
  auto* type = llvm::dyn_cast<llvm::GlobalVariable>(type_id->stripPointerCasts());
  std::string name = type ? type->getName().str() : "";
  if (!type || name.rfind(kTypeIdPrefix, 0) != 0 || name.size() < kTypeIdPrefix.size() + 2)
    return std::nullopt;
  std::string mangled = name.substr(kTypeIdPrefix.size(), name.size() - kTypeIdPrefix.size() - 2);
  std::string descr = std::string(prefix) + FieldNames::readable("_ZTS" + mangled);
  return Allocation{descr, name, 0};
}

std::optional<GcRefs::Allocation> GcRefs::allocation(const llvm::CallInst& call,
                                                     std::string* error) {
  const llvm::Function* callee = call.getCalledFunction();
  if (!callee || callee->getName() != "weft_gc_new") return std::nullopt;
  auto* size = llvm::dyn_cast<llvm::ConstantInt>(call.getArgOperand(1));
  std::optional<Allocation> type = type_of(call.getArgOperand(0), "new.");
  if (!type || !size) {
    *error =
        "an allocation must name its type as weft::gc::type_id_v<T> and have a constant size "
        "(use weft::gc::Heap::allocate_fixed<T>())";
    return std::nullopt;
  }
  type->size = size->getZExtValue();
  return type;
}

GcRefs::GcRefs(const llvm::Module& module, const std::set<const llvm::Function*>& traced)
    : layout_(&module.getDataLayout()) {
  // GC types: the allocated ones (wherever the module allocates them) and their bases.
  for (const llvm::GlobalVariable& g : module.globals()) {
    std::string name = g.getName().str();
    if (name.rfind(kTypeIdPrefix, 0) == 0 && name.size() > kTypeIdPrefix.size() + 2)
      gc_types_.insert("_ZTS" +
                       name.substr(kTypeIdPrefix.size(), name.size() - kTypeIdPrefix.size() - 2));
  }
  std::map<std::string, std::vector<std::string>> bases;
  llvm::DebugInfoFinder finder;
  finder.processModule(module);
  for (const llvm::DIType* t : finder.types()) {
    auto* composite = llvm::dyn_cast<llvm::DICompositeType>(t);
    if (!composite || composite->getIdentifier().empty()) continue;
    for (const llvm::DINode* element : composite->getElements())
      if (auto* member = llvm::dyn_cast<llvm::DIDerivedType>(element))
        if (member->getTag() == llvm::dwarf::DW_TAG_inheritance)
          if (auto* base = llvm::dyn_cast_or_null<llvm::DICompositeType>(member->getBaseType()))
            if (!base->getIdentifier().empty())
              bases[composite->getIdentifier().str()].push_back(base->getIdentifier().str());
  }
  std::vector<std::string> work(gc_types_.begin(), gc_types_.end());
  while (!work.empty()) {
    std::string t = work.back();
    work.pop_back();
    for (const std::string& b : bases[t])
      if (gc_types_.insert(b).second) work.push_back(b);
  }

  for (const llvm::Function* f : traced) scan(*f, traced);
  for (const llvm::Value* s : seeds_) ref_roots_.insert(find(s));
  for (auto [value, at] : raw_pointers_)
    if (!is_ref(at) && !llvm::isa<llvm::Constant>(value)) unite_keys(value, contents(at));
  ref_roots_.clear();
  for (const llvm::Value* s : seeds_) ref_roots_.insert(find(s));
}

GcRefs::Key GcRefs::find(Key v) const {
  auto it = parent_.find(v);
  if (it == parent_.end() || it->second == v) return v;
  Key r = find(it->second);
  parent_[v] = r;
  return r;
}

void GcRefs::unite_keys(Key a, Key b) {
  Key ra = find(a), rb = find(b);
  if (ra != rb) parent_[ra] = rb;
}

void GcRefs::unite(const llvm::Value* a, const llvm::Value* b) {
  // Constants (null, globals) take the kind of where they are used; they join no class.
  if (llvm::isa<llvm::Constant>(a) && !llvm::isa<llvm::Function>(a)) return;
  if (llvm::isa<llvm::Constant>(b) && !llvm::isa<llvm::Function>(b)) return;
  unite_keys(a, b);
}

GcRefs::Key GcRefs::contents(const llvm::Value* root) {
  std::unique_ptr<char>& key = contents_[root];
  if (!key) key = std::make_unique<char>();
  return key.get();
}

const llvm::Value* GcRefs::root(const llvm::Value* address) {
  while (auto* gep = llvm::dyn_cast<llvm::GEPOperator>(address)) address = gep->getPointerOperand();
  return address;
}

bool GcRefs::gc_tbaa(const llvm::Instruction& access) const {
  return gc_types_.count(tbaa_base(access)) > 0;
}

void GcRefs::scan(const llvm::Function& f, const std::set<const llvm::Function*>& traced) {
  auto pointer = [](const llvm::Value* v) { return v->getType()->isPointerTy(); };
  for (const llvm::BasicBlock& bb : f)
    for (const llvm::Instruction& inst : bb) {
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(&inst)) {
        if (pointer(phi))
          for (const llvm::Value* in : phi->incoming_values()) unite(phi, in);
      } else if (auto* sel = llvm::dyn_cast<llvm::SelectInst>(&inst)) {
        if (pointer(sel)) {
          unite(sel, sel->getTrueValue());
          unite(sel, sel->getFalseValue());
        }
      } else if (auto* cmp = llvm::dyn_cast<llvm::ICmpInst>(&inst)) {
        if (pointer(cmp->getOperand(0))) unite(cmp->getOperand(0), cmp->getOperand(1));
      } else if (auto* fr = llvm::dyn_cast<llvm::FreezeInst>(&inst)) {
        if (pointer(fr)) unite(fr, fr->getOperand(0));
      } else if (auto* ret = llvm::dyn_cast<llvm::ReturnInst>(&inst)) {
        if (ret->getReturnValue() && pointer(ret->getReturnValue()))
          unite(ret->getReturnValue(), callee_return(&f));
      } else if (auto* call = llvm::dyn_cast<llvm::CallInst>(&inst)) {
        const llvm::Function* callee = call->getCalledFunction();
        if (!callee) continue;
        if (callee->getName() == "weft_gc_new") {
          seed(call);
        } else if (callee->getName() == "weft_jit_promote_ref") {
          unite(call, call->getArgOperand(0));
        } else if (callee->getName() == "weft_jit_has_class" ||
                   callee->getName() == "weft_jit_record_exact_class") {
          // Class hints name GC objects (class_hints.h).
          if (!llvm::isa<llvm::Constant>(call->getArgOperand(0))) seed(call->getArgOperand(0));
        } else if (traced.count(callee)) {
          for (unsigned k = 0; k < call->arg_size() && k < callee->arg_size(); ++k)
            if (pointer(call->getArgOperand(k))) unite(call->getArgOperand(k), callee->getArg(k));
          if (pointer(call)) unite(call, callee_return(callee));
        }
      } else if (auto* load = llvm::dyn_cast<llvm::LoadInst>(&inst)) {
        bool field = tbaa_base(*load).rfind(kFieldTbaa, 0) == 0;
        if (pointer(load) && field) seed(load);
        if (gc_tbaa(*load)) seed(root(load->getPointerOperand()));
        if (pointer(load) && !field && !gc_tbaa(*load))
          raw_pointers_.push_back({load, root(load->getPointerOperand())});
      } else if (auto* store = llvm::dyn_cast<llvm::StoreInst>(&inst)) {
        const llvm::Value* value = store->getValueOperand();
        bool field = tbaa_base(*store).rfind(kFieldTbaa, 0) == 0;
        if (pointer(value) && !llvm::isa<llvm::Constant>(value) && field) seed(value);
        if (gc_tbaa(*store)) seed(root(store->getPointerOperand()));
        if (pointer(value) && !field && !gc_tbaa(*store))
          raw_pointers_.push_back({value, root(store->getPointerOperand())});
      }
    }
}

bool GcRefs::is_field_access(const llvm::Instruction& access) {
  return tbaa_base(access).rfind(kFieldTbaa, 0) == 0;
}

bool GcRefs::is_ref(const llvm::Value* v) const {
  if (!v->getType()->isPointerTy() || llvm::isa<llvm::Constant>(v)) return false;
  return ref_roots_.count(find(v)) > 0;
}

bool GcRefs::holds_refs(const llvm::Value* address) const {
  auto it = contents_.find(root(address));
  return it != contents_.end() && ref_roots_.count(find(it->second.get())) > 0;
}

bool GcRefs::is_interior(const llvm::Value* v) const {
  if (auto* phi = llvm::dyn_cast<llvm::PHINode>(v)) {
    if (!phi->getType()->isPointerTy() || phi->getNumIncomingValues() == 0) return false;
    for (const llvm::Value* in : phi->incoming_values())
      if (in != phi && !(llvm::isa<llvm::GetElementPtrInst>(in) && is_ref(root(in)))) return false;
    return true;
  }
  return llvm::isa<llvm::GetElementPtrInst>(v) && is_ref(root(v));
}

std::optional<GcRefs::FieldAddress> GcRefs::field_address(const llvm::Value* address,
                                                          std::string* error) const {
  // A phi of addresses of the same field (clang merges the stores of two branches into one
  // field that way) is that field's address.
  if (auto* phi = llvm::dyn_cast<llvm::PHINode>(address)) {
    std::optional<FieldAddress> same;
    for (const llvm::Value* in : phi->incoming_values()) {
      if (in == phi) continue;
      auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(in);
      if (!gep || !is_ref(root(gep))) return std::nullopt;
      std::optional<FieldAddress> f = field_address(gep, error);
      if (!f || f->index || (same && (same->object != f->object || same->offset != f->offset))) {
        if (error->empty()) *error = "a phi of addresses of different fields of GC objects";
        return std::nullopt;
      }
      same = f;
    }
    return same;
  }
  const llvm::Value* object = root(address);
  if (!is_ref(object)) return std::nullopt;
  std::vector<const llvm::GEPOperator*> chain;
  for (const llvm::Value* a = address; a != object;) {
    auto* gep = llvm::cast<llvm::GEPOperator>(a);
    chain.push_back(gep);
    a = gep->getPointerOperand();
  }
  FieldAddress out;
  out.object = object;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const llvm::GEPOperator* gep = *it;
    const llvm::DataLayout& layout = *layout_;
    llvm::Type* current = gep->getSourceElementType();
    bool first = true;
    for (const llvm::Use& use : gep->indices()) {
      const llvm::Value* index = use.get();
      auto* c = llvm::dyn_cast<llvm::ConstantInt>(index);
      if (first) {  // steps over whole objects of the source type: no bound known
        first = false;
        int64_t size = int64_t(layout.getTypeAllocSize(current));
        if (!c) {
          *error = "a variable offset from a GC object without a known bound";
          return std::nullopt;
        }
        out.offset += c->getSExtValue() * size;
        continue;
      }
      if (auto* st = llvm::dyn_cast<llvm::StructType>(current)) {
        unsigned field = unsigned(llvm::cast<llvm::ConstantInt>(index)->getZExtValue());
        out.offset += int64_t(layout.getStructLayout(st)->getElementOffset(field));
        current = st->getElementType(field);
      } else if (auto* at = llvm::dyn_cast<llvm::ArrayType>(current)) {
        int64_t size = int64_t(layout.getTypeAllocSize(at->getElementType()));
        if (c) {
          out.offset += c->getSExtValue() * size;
        } else if (out.index) {
          *error = "more than one variable index into a GC object";
          return std::nullopt;
        } else {
          out.index = index;
          out.stride = size;
          out.count = at->getNumElements();
        }
        current = at->getElementType();
      } else {
        *error = "an index into a GC object of a kind the codegen does not follow";
        return std::nullopt;
      }
    }
  }
  return out;
}

}  // namespace weft::codegen
