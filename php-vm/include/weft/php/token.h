// Tokens of PHP 8.2 as token_get_all() reports them: the same names (token_name()), so the
// lexer's output can be compared with php's own, and the same split into tokens (whitespace
// and comments included; the parser skips them).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft::php {

// X(name, description in parse errors). The description follows php's messages: a quoted
// form means `token "..."`, a bare one is printed with the token's text.
#define WEFT_PHP_TOKENS(X)                            \
  X(T_LNUMBER, "integer")                             \
  X(T_DNUMBER, "floating-point number")               \
  X(T_STRING, "identifier")                           \
  X(T_NAME_FULLY_QUALIFIED, "fully qualified name")   \
  X(T_NAME_RELATIVE, "namespace-relative name")       \
  X(T_NAME_QUALIFIED, "namespaced name")              \
  X(T_VARIABLE, "variable")                           \
  X(T_INLINE_HTML, "")                                \
  X(T_ENCAPSED_AND_WHITESPACE, "string content")      \
  X(T_CONSTANT_ENCAPSED_STRING, "quoted string")      \
  X(T_STRING_VARNAME, "variable name")                \
  X(T_NUM_STRING, "number")                           \
  X(T_INCLUDE, "'include'")                           \
  X(T_INCLUDE_ONCE, "'include_once'")                 \
  X(T_EVAL, "'eval'")                                 \
  X(T_REQUIRE, "'require'")                           \
  X(T_REQUIRE_ONCE, "'require_once'")                 \
  X(T_LOGICAL_OR, "'or'")                             \
  X(T_LOGICAL_XOR, "'xor'")                           \
  X(T_LOGICAL_AND, "'and'")                           \
  X(T_PRINT, "'print'")                               \
  X(T_YIELD, "'yield'")                               \
  X(T_YIELD_FROM, "'yield from'")                     \
  X(T_INSTANCEOF, "'instanceof'")                     \
  X(T_NEW, "'new'")                                   \
  X(T_CLONE, "'clone'")                               \
  X(T_EXIT, "'exit'")                                 \
  X(T_IF, "'if'")                                     \
  X(T_ELSEIF, "'elseif'")                             \
  X(T_ELSE, "'else'")                                 \
  X(T_ENDIF, "'endif'")                               \
  X(T_ECHO, "'echo'")                                 \
  X(T_DO, "'do'")                                     \
  X(T_WHILE, "'while'")                               \
  X(T_ENDWHILE, "'endwhile'")                         \
  X(T_FOR, "'for'")                                   \
  X(T_ENDFOR, "'endfor'")                             \
  X(T_FOREACH, "'foreach'")                           \
  X(T_ENDFOREACH, "'endforeach'")                     \
  X(T_DECLARE, "'declare'")                           \
  X(T_ENDDECLARE, "'enddeclare'")                     \
  X(T_AS, "'as'")                                     \
  X(T_SWITCH, "'switch'")                             \
  X(T_ENDSWITCH, "'endswitch'")                       \
  X(T_CASE, "'case'")                                 \
  X(T_DEFAULT, "'default'")                           \
  X(T_MATCH, "'match'")                               \
  X(T_BREAK, "'break'")                               \
  X(T_CONTINUE, "'continue'")                         \
  X(T_GOTO, "'goto'")                                 \
  X(T_FUNCTION, "'function'")                         \
  X(T_FN, "'fn'")                                     \
  X(T_CONST, "'const'")                               \
  X(T_RETURN, "'return'")                             \
  X(T_TRY, "'try'")                                   \
  X(T_CATCH, "'catch'")                               \
  X(T_FINALLY, "'finally'")                           \
  X(T_THROW, "'throw'")                               \
  X(T_USE, "'use'")                                   \
  X(T_INSTEADOF, "'insteadof'")                       \
  X(T_GLOBAL, "'global'")                             \
  X(T_STATIC, "'static'")                             \
  X(T_ABSTRACT, "'abstract'")                         \
  X(T_FINAL, "'final'")                               \
  X(T_PRIVATE, "'private'")                           \
  X(T_PROTECTED, "'protected'")                       \
  X(T_PUBLIC, "'public'")                             \
  X(T_READONLY, "'readonly'")                         \
  X(T_VAR, "'var'")                                   \
  X(T_UNSET, "'unset'")                               \
  X(T_ISSET, "'isset'")                               \
  X(T_EMPTY, "'empty'")                               \
  X(T_HALT_COMPILER, "'__halt_compiler'")             \
  X(T_CLASS, "'class'")                               \
  X(T_TRAIT, "'trait'")                               \
  X(T_INTERFACE, "'interface'")                       \
  X(T_ENUM, "'enum'")                                 \
  X(T_EXTENDS, "'extends'")                           \
  X(T_IMPLEMENTS, "'implements'")                     \
  X(T_NAMESPACE, "'namespace'")                       \
  X(T_LIST, "'list'")                                 \
  X(T_ARRAY, "'array'")                               \
  X(T_CALLABLE, "'callable'")                         \
  X(T_LINE, "'__LINE__'")                             \
  X(T_FILE, "'__FILE__'")                             \
  X(T_DIR, "'__DIR__'")                               \
  X(T_CLASS_C, "'__CLASS__'")                         \
  X(T_TRAIT_C, "'__TRAIT__'")                         \
  X(T_METHOD_C, "'__METHOD__'")                       \
  X(T_FUNC_C, "'__FUNCTION__'")                       \
  X(T_NS_C, "'__NAMESPACE__'")                        \
  X(T_ATTRIBUTE, "'#['")                              \
  X(T_PLUS_EQUAL, "'+='")                             \
  X(T_MINUS_EQUAL, "'-='")                            \
  X(T_MUL_EQUAL, "'*='")                              \
  X(T_DIV_EQUAL, "'/='")                              \
  X(T_CONCAT_EQUAL, "'.='")                           \
  X(T_MOD_EQUAL, "'%='")                              \
  X(T_AND_EQUAL, "'&='")                              \
  X(T_OR_EQUAL, "'|='")                               \
  X(T_XOR_EQUAL, "'^='")                              \
  X(T_SL_EQUAL, "'<<='")                              \
  X(T_SR_EQUAL, "'>>='")                              \
  X(T_COALESCE_EQUAL, "'?\?='")                       \
  X(T_BOOLEAN_OR, "'||'")                             \
  X(T_BOOLEAN_AND, "'&&'")                            \
  X(T_IS_EQUAL, "'=='")                               \
  X(T_IS_NOT_EQUAL, "'!='")                           \
  X(T_IS_IDENTICAL, "'==='")                          \
  X(T_IS_NOT_IDENTICAL, "'!=='")                      \
  X(T_IS_SMALLER_OR_EQUAL, "'<='")                    \
  X(T_IS_GREATER_OR_EQUAL, "'>='")                    \
  X(T_SPACESHIP, "'<=>'")                             \
  X(T_SL, "'<<'")                                     \
  X(T_SR, "'>>'")                                     \
  X(T_INC, "'++'")                                    \
  X(T_DEC, "'--'")                                    \
  X(T_INT_CAST, "'(int)'")                            \
  X(T_DOUBLE_CAST, "'(double)'")                      \
  X(T_STRING_CAST, "'(string)'")                      \
  X(T_ARRAY_CAST, "'(array)'")                        \
  X(T_OBJECT_CAST, "'(object)'")                      \
  X(T_BOOL_CAST, "'(bool)'")                          \
  X(T_UNSET_CAST, "'(unset)'")                        \
  X(T_OBJECT_OPERATOR, "'->'")                        \
  X(T_NULLSAFE_OBJECT_OPERATOR, "'?->'")              \
  X(T_DOUBLE_ARROW, "'=>'")                           \
  X(T_COMMENT, "comment")                             \
  X(T_DOC_COMMENT, "doc comment")                     \
  X(T_OPEN_TAG, "open tag")                           \
  X(T_OPEN_TAG_WITH_ECHO, "'<?='")                    \
  X(T_CLOSE_TAG, "'?>'")                              \
  X(T_WHITESPACE, "whitespace")                       \
  X(T_START_HEREDOC, "heredoc start")                 \
  X(T_END_HEREDOC, "heredoc end")                     \
  X(T_DOLLAR_OPEN_CURLY_BRACES, "'${'")               \
  X(T_CURLY_OPEN, "'{$'")                             \
  X(T_DOUBLE_COLON, "'::'")                           \
  X(T_NS_SEPARATOR, "'\\'")                           \
  X(T_ELLIPSIS, "'...'")                              \
  X(T_COALESCE, "'?\?'")                              \
  X(T_POW, "'**'")                                    \
  X(T_POW_EQUAL, "'**='")                             \
  X(T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, "'&'")     \
  X(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG, "'&'") \
  X(T_BAD_CHARACTER, "invalid character")

// Single-character tokens use their character as the kind (below 256), as php does.
enum Tok : uint16_t {
  T_FIRST_NAMED = 256,
#define WEFT_PHP_TOK_ENUM(name, desc) name,
  WEFT_PHP_TOKENS(WEFT_PHP_TOK_ENUM)
#undef WEFT_PHP_TOK_ENUM
      T_END,  // end of input (php's "end of file")
};

struct Token {
  Tok kind;
  uint32_t off;  // byte offset of the token's text in the source
  uint32_t len;
  uint32_t line;  // 1-based line where the token starts
  uint32_t col;   // 1-based byte column where the token starts
};

// token_name() of php for named tokens; the character itself for single-character ones.
std::string_view token_name(Tok kind);

// How a parse error names an unexpected token `text` of kind `kind`, exactly as php 8.2
// words it: `token ";"`, `identifier "foo"`, `end of file`, `double-quote mark`, ...
std::string token_error_desc(Tok kind, std::string_view text);

// The same for an expected token, as in `expecting ";"` or `expecting identifier`.
std::string token_expected_desc(Tok kind);

}  // namespace weft::php
