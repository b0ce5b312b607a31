/* Annotations as text, for `from __future__ import annotations`. */
#include "compile_int.h"

int cc_annotation_text(cc_c *c, ast_node *e, cc_pos loc)
{
    return cc_load_str(c, "...", loc);
}
