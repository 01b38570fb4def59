// Stack-depth analysis of a code unit: what each instruction does to the value stack, and the
// deepest the stack gets over every path (a code object's frame is sized by it).
#include "compiler_internal.h"

namespace weft::python {

namespace {

int stack_effect(int op, int arg, bool jump) {
  switch (op) {
    case OP_NOP:
    case OP_ROT_TWO:
    case OP_ROT_THREE:
    case OP_ROT_FOUR:
      return 0;
    case OP_POP_TOP:
      return -1;
    case OP_MATCH:
      return -(arg >> 16);  // subject and values in, the result out
    case OP_DUP_TOP:
    case OP_COPY:
      return 1;
    case OP_DUP_TOP_TWO:
      return 2;
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_GLOBAL:
    case OP_LOAD_NAME:
      return 1;
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_GLOBAL:
    case OP_STORE_NAME:
      return -1;
    case OP_DELETE_FAST:
    case OP_DELETE_DEREF:
    case OP_DELETE_GLOBAL:
    case OP_DELETE_NAME:
      return 0;
    case OP_LOAD_ATTR:
      return 0;
    case OP_STORE_ATTR:
      return -2;
    case OP_DELETE_ATTR:
      return -1;
    case OP_LOAD_METHOD:
      return 1;
    case OP_CALL_METHOD:
      return -(arg + 1);
    case OP_BINARY_SUBSCR:
      return -1;
    case OP_STORE_SUBSCR:
      return -3;
    case OP_DELETE_SUBSCR:
      return -2;
    case OP_BUILD_SLICE:
      return 1 - arg;
    case OP_BINARY_SLICE:
      return -2;
    case OP_STORE_SLICE:
      return -4;
    case OP_BINARY_OP:
    case OP_INPLACE_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
      return -1;
    case OP_UNARY_NEG:
    case OP_UNARY_POS:
    case OP_UNARY_INVERT:
    case OP_UNARY_NOT:
      return 0;
    case OP_JUMP:
    case OP_JUMP_BACK:
      return 0;
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
      return -1;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case OP_GET_ITER:
      return 0;
    case OP_FOR_ITER:
      return jump ? -1 : 1;
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
      return 1 - arg;
    case OP_BUILD_MAP:
      return 1 - 2 * arg;
    case OP_LIST_APPEND:
    case OP_SET_ADD:
      return -1;
    case OP_MAP_ADD:
      return -2;
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
      return -1;
    case OP_LIST_TO_TUPLE:
      return 0;
    case OP_UNPACK_SEQUENCE:
      return arg - 1;
    case OP_UNPACK_EX:
      return (arg & 0xFF) + (arg >> 8);
    case OP_CALL:
      return -arg;
    case OP_CALL_KW:
      return -arg - 1;
    case OP_CALL_EX:
      return -(1 + (arg & 1));
    case OP_MAKE_FUNCTION:
      return -1 - ((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 8) != 0);
    case OP_RETURN_VALUE:
      return -1;
    case OP_SETUP_FINALLY:
      return jump ? 2 : 0;
    case OP_POP_BLOCK:
      return 0;
    case OP_POP_EXCEPT:
      return -1;
    case OP_RERAISE:
      return -1;
    case OP_RAISE:
      return -arg;
    case OP_CHECK_EXC_MATCH:
      return 0;
    case OP_BEFORE_WITH:
    case OP_WITH_EXCEPT:
      return 1;
    case OP_CALL_EXIT:
      return -1;
    case OP_IMPORT_NAME:
      return -1;
    case OP_IMPORT_FROM:
      return 1;
    case OP_IMPORT_STAR:
      return -1;
    case OP_YIELD_VALUE:
      return 0;
    case OP_YIELD_FROM:
      return -1;
    case OP_GET_YIELD_FROM_ITER:
      return 0;
    case OP_FORMAT_VALUE:
      return (arg & 4) ? -1 : 0;
    case OP_LOAD_BUILD_CLASS:
    case OP_LOAD_ASSERTION_ERROR:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

bool is_jump(int op) {
  return op == OP_JUMP || op == OP_JUMP_BACK || op == OP_POP_JUMP_IF_FALSE ||
         op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
         op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER || op == OP_SETUP_FINALLY;
}

int max_stack(const std::vector<uint32_t>& ops) {
  std::vector<int> depth(ops.size() + 1, -1);
  std::vector<int> work;
  int maxd = 0;
  auto push = [&](int at, int d) {
    if (at < 0 || at >= static_cast<int>(ops.size())) return;
    if (depth[at] >= d) return;
    depth[at] = d;
    work.push_back(at);
  };
  push(0, 0);
  while (!work.empty()) {
    int i = work.back();
    work.pop_back();
    int d = depth[i];
    for (; i < static_cast<int>(ops.size()); i++) {
      if (depth[i] > d) break;  // already reached with a bigger depth
      depth[i] = d;
      int op = ops[i] & 0xFF, arg = static_cast<int>(ops[i] >> 8);
      if (d > maxd) maxd = d;
      if (is_jump(op)) {
        int jd = d + stack_effect(op, arg, true);
        if (jd > maxd) maxd = jd;
        push(arg, jd);
      }
      if (op == OP_JUMP || op == OP_JUMP_BACK || op == OP_RETURN_VALUE || op == OP_RERAISE ||
          op == OP_RAISE)
        break;
      d += stack_effect(op, arg, false);
      if (d > maxd) maxd = d;
    }
  }
  return maxd + 2;
}

}  // namespace weft::python
