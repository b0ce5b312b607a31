/* Arena allocation: many small objects freed together.  Used for the AST
 * and the parser's temporaries; a parse allocates everything it returns
 * from one arena, and freeing that arena frees the whole tree. */
#ifndef KR_UTIL_ARENA_H
#define KR_UTIL_ARENA_H

#include <stddef.h>

typedef struct ar_arena ar_arena;

/* A new empty arena that will hand out at most LIMIT bytes in all (0 for no
 * limit), or NULL when out of memory. */
ar_arena *ar_new(size_t limit);
/* SIZE bytes aligned for any object, or NULL when out of memory or past the
 * arena's limit.  The memory is not zeroed. */
void *ar_alloc(ar_arena *a, size_t size);
/* Like ar_alloc, zeroed. */
void *ar_calloc(ar_arena *a, size_t size);
/* A NUL-terminated copy of S[0..n) in the arena. */
char *ar_strndup(ar_arena *a, const char *s, size_t n);
/* Bytes handed out so far. */
size_t ar_used(const ar_arena *a);
void ar_free(ar_arena *a);

#endif
