/* ast.dump(): the text CPython 3.14's ast.dump(node) returns with its
 * default arguments (field names shown, positions and empty or None fields
 * left out). */
#ifndef KR_PARSE_AST_DUMP_H
#define KR_PARSE_AST_DUMP_H

#include "../util/strbuf.h"
#include "ast.h"

/* Appends the dump of NODE to SB.  Returns 0, or -1 when an int constant
 * is too large for CPython's int-to-str limit (ast.dump raises ValueError
 * there), or -2 when the tree is too deep to dump (RecursionError); the
 * message is in MSG, at least 160 bytes. */
int ast_dump(strbuf *sb, const ast_node *node, char *msg);

/* ast_dump with options: AST_DUMP_POSITIONS adds each node's position, as
 * ast.dump(node, include_attributes=True) does. */
#define AST_DUMP_POSITIONS 0x1u
int ast_dump_ex(strbuf *sb, const ast_node *node, unsigned flags, char *msg);

/* repr() of a constant, as ast.dump shows it.  Same return contract. */
int ast_constant_repr(strbuf *sb, const ast_constant *c, char *msg);

#endif
