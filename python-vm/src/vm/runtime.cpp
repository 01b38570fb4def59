// The runtime state: creation of the built-in types and singletons, interned strings.
#include "runtime.h"

#include <string>
#include <unordered_map>

#include "code.h"

namespace weft::python {

void slot_wrappers_init();    // slot_wrappers.cpp
void object_reduce_init();    // object_reduce.cpp
void class_namespace_init();  // class_namespace.cpp

Runtime rt;

namespace {
std::unordered_map<std::string, Str*>* g_interned = nullptr;
}

Str* intern(std::string_view s) {
  if (!g_interned) g_interned = new std::unordered_map<std::string, Str*>();
  auto it = g_interned->find(std::string(s));
  if (it != g_interned->end()) return it->second;
  Value v = new_str(s);
  if (!v) return nullptr;
  Str* str = v.as<Str>();
  str->interned = true;
  gc::Heap::pin(str);  // g_interned holds it untraced
  str_hash(str);
  list_append(rt.interned_keep, str);
  (*g_interned)[std::string(s)] = str;
  return str;
}

ValueArray* new_array(uint64_t cap) {
  ValueArray* a = rt.heap->make_with_tail<ValueArray>(cap * sizeof(VField));
  if (!a) {
    rt.exc = rt.memory_error;
    return nullptr;
  }
  a->cap = cap;
  return a;
}

namespace {

void finish_type(Type* t, const char* name) {
  t->name = intern(name);
  t->dict = new_dict();
  Type* base = t->base;
  int64_t n = base ? base->mro->size + 1 : 1;
  Tuple* mro = new_tuple(n);
  mro->items()[0] = t;
  for (int64_t i = 1; i < n; i++) mro->items()[i] = base->mro->at(i - 1);
  t->mro = mro;
  if (base) {
    Tuple* bases = new_tuple(1);
    bases->items()[0] = base;
    t->bases = bases;
  } else {
    t->bases = rt.empty_tuple;
  }
  if (base && base->is_exception) t->is_exception = true;
}

}  // namespace

Type* new_builtin_type(const char* name, Layout layout, Type* base) {
  Type* t = rt.heap->make<Type>();
  t->type = rt.type_type ? rt.type_type : t;
  t->layout = layout;
  t->builtin = true;
  t->base = base;
  if (rt.s___init__) finish_type(t, name);
  return t;
}

void runtime_init(gc::Heap* heap) {
  rt.heap = heap;
  int_init_gmp();
  // Every pointer-sized word of the root area is a root.
  for (void** p = reinterpret_cast<void**>(&rt); p < reinterpret_cast<void**>(&rt.roots_end); p++)
    gc::add_root(p);

  // Bootstrap: types first (names and dicts once str and dict exist).
  rt.type_type = new_builtin_type("type", Layout::Type, nullptr);
  rt.type_type->type = rt.type_type;
  rt.object_type = new_builtin_type("object", Layout::Object, nullptr);
  rt.type_type->base = rt.object_type;
#define WEFT_X(n) \
  if (!rt.n##_type) rt.n##_type = new_builtin_type(#n, Layout::Object, rt.object_type);
  WEFT_PY_BUILTIN_TYPES(WEFT_X)
#undef WEFT_X
  rt.none_type->layout = Layout::None;
  rt.notimpl_type->layout = Layout::NotImplemented;
  rt.ellipsis_type->layout = Layout::Ellipsis;
  rt.bool_type->layout = Layout::Bool;
  rt.bool_type->base = rt.int_type;
  rt.int_type->layout = Layout::Int;
  rt.bigint_type->layout = Layout::Int;
  rt.float_type->layout = Layout::Float;
  rt.str_type->layout = Layout::Str;
  rt.bytes_type->layout = Layout::Bytes;
  rt.tuple_type->layout = Layout::Tuple;
  rt.list_type->layout = Layout::List;
  rt.dict_type->layout = Layout::Dict;
  rt.set_type->layout = Layout::Set;
  rt.frozenset_type->layout = Layout::FrozenSet;
  rt.range_type->layout = Layout::Range;
  rt.slice_type->layout = Layout::Slice;
  rt.function_type->layout = Layout::Function;
  rt.builtin_type->layout = Layout::Builtin;
  rt.wrapper_descriptor_type->layout = Layout::Builtin;
  rt.method_descriptor_type->layout = Layout::Builtin;
  rt.method_wrapper_type->layout = Layout::Builtin;
  rt.method_type->layout = Layout::Method;
  rt.cell_type->layout = Layout::Cell;
  rt.code_type->layout = Layout::Code;
  rt.module_type->layout = Layout::Module;
  rt.iter_type->layout = Layout::Iter;
#define WEFT_X(n) rt.n##_type->layout = Layout::Iter;
  WEFT_PY_ITER_TYPES(WEFT_X)
#undef WEFT_X
  rt.dict_keys_type->layout = Layout::Iter;
  rt.dict_values_type->layout = Layout::Iter;
  rt.dict_items_type->layout = Layout::Iter;
  rt.generator_type->layout = Layout::Generator;
  rt.property_type->layout = Layout::Property;
  rt.staticmethod_type->layout = Layout::StaticMethod;
  rt.classmethod_type->layout = Layout::ClassMethod;
  rt.super_type->layout = Layout::Super;

  // Containers needed by intern().
  rt.interned_keep = rt.heap->make<List>();
  rt.interned_keep->type = rt.list_type;
  rt.empty_tuple = rt.heap->make<Tuple>();
  rt.empty_tuple->type = rt.tuple_type;

  rt.None = rt.heap->make<Instance>();
  rt.None->type = rt.none_type;
  rt.NotImplemented = rt.heap->make<Instance>();
  rt.NotImplemented->type = rt.notimpl_type;
  rt.Ellipsis = rt.heap->make<Instance>();
  rt.Ellipsis->type = rt.ellipsis_type;
  rt.True = rt.heap->make<Instance>();
  rt.True->type = rt.bool_type;
  rt.False = rt.heap->make<Instance>();
  rt.False->type = rt.bool_type;

  rt.empty_str = new_str_raw(0);
  str_finish(rt.empty_str);
  for (int c = 0; c < 128; c++) {
    Str* s = new_str_raw(1);
    s->data()[0] = static_cast<char>(c);
    str_finish(s);
    rt.char_cache[c] = s;
  }
#define WEFT_X(n) rt.s_##n = intern(#n);
  WEFT_PY_NAMES(WEFT_X)
#undef WEFT_X

  finish_type(rt.object_type, "object");
  finish_type(rt.type_type, "type");
  finish_type(rt.int_type, "int");
  const char* names[] = {
#define WEFT_X(n) #n,
      WEFT_PY_BUILTIN_TYPES(WEFT_X)
#undef WEFT_X
  };
  Type* types[] = {
#define WEFT_X(n) rt.n##_type,
      WEFT_PY_BUILTIN_TYPES(WEFT_X)
#undef WEFT_X
  };
  for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
    if (types[i] == rt.object_type || types[i] == rt.type_type || types[i] == rt.int_type) continue;
    finish_type(types[i], names[i]);
  }
  finish_type(rt.none_type, "NoneType");
  finish_type(rt.notimpl_type, "NotImplementedType");
  finish_type(rt.ellipsis_type, "ellipsis");
  finish_type(rt.builtin_type, "builtin_function_or_method");
  finish_type(rt.method_wrapper_type, "method-wrapper");
  finish_type(rt.bigint_type, "int");
  finish_type(rt.iter_type, "iterator");
  rt.bigint_type->dict = rt.int_type->dict;

  rt.modules = new_dict();
  rt.builtins = new_dict();
  exceptions_init();
  int_init_type();
  float_init_type();
  str_init_type();
  bytes_init_type();
  tuple_init_type();
  list_init_type();
  dict_init_type();
  set_init_type();
  range_init_type();
  slice_init_type();
  iter_init_type();
  iter_types_init();
  function_init_types();
  generator_init_type();
  object_reduce_init();
  slot_wrappers_init();
  class_namespace_init();
  builtins_init();
  io_init();
}

}  // namespace weft::python
