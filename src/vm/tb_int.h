/* Internals of traceback printing (vm/traceback.c, tb_frame.c,
 * tb_suggest.c): the source registry, one frame's text, suggestions. */
#ifndef KR_VM_TB_INT_H
#define KR_VM_TB_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../compile/code.h"
#include "../util/strbuf.h"
#include "rt.h"

/* The registered text of FILENAME (UTF-8, '\n' line ends), or false. */
bool tb_source_of(const char *filename, const char **text, size_t *len);

/* Appends the text StackSummary.format_frame_summary makes for one frame:
 * '  File "F", line N, in NAME\n' then the source line(s) with CPython
 * 3.13+'s caret line when it shows one.  LINENO is the frame's line (<= 0
 * unknown); POS the instruction's full position (fields -1 unknown). */
void tb_format_frame(strbuf *out, const char *filename, const char *name,
                     int lineno, cc_pos pos);

/* " Did you mean: 'x'?"-style text traceback adds to the message of a
 * NameError / AttributeError / ImportError EXC (appended to SB); nothing
 * when there is no suggestion.  Never leaves an exception set. */
void tb_suggestion(kr_rt *rt, strbuf *sb, kr_val exc);

/* CPython's Levenshtein distance for suggestions (Python/suggestions.c),
 * on UTF-8 strings compared code point by code point. */
size_t tb_levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost);

#endif
