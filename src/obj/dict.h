/* dict, set, frozenset (obj/dict.c, obj/set.c).  Keys whose hash or
 * equality needs Python code (user classes) make these return KR_CALL; keys
 * of built-in types never do. */
#ifndef KR_OBJ_DICT_H
#define KR_OBJ_DICT_H

#include "types.h"

kr_dict *kdict_new(kr_rt *rt);
/* d[key] = value */
int kdict_set(kr_rt *rt, kr_dict *d, kr_val key, kr_val value);
/* *out = d[key]: KR_OK found, KR_STOP absent (no exception), KR_ERR. */
int kdict_get(kr_rt *rt, kr_dict *d, kr_val key, kr_val *out);
/* del d[key]: KR_OK, KR_STOP absent, KR_ERR. */
int kdict_del(kr_rt *rt, kr_dict *d, kr_val key);
/* Lookups by a str key (interned or not): never run Python code. */
kr_val kdict_get_str(kr_dict *d, kr_str *key);   /* UNDEF when absent */
int kdict_set_str(kr_rt *rt, kr_dict *d, kr_str *key, kr_val value);
int kdict_del_str(kr_rt *rt, kr_dict *d, kr_str *key); /* KR_STOP absent */
kr_val kdict_get_cstr(kr_rt *rt, kr_dict *d, const char *key);
/* The entry index of str KEY in D (dk_entries), or -1: valid while
 * d->t.version is unchanged (the VM's global-name cache keeps it). */
int64_t kdict_index_str(kr_dict *d, kr_str *key);
int kdict_set_cstr(kr_rt *rt, kr_dict *d, const char *key, kr_val value);
/* a copy of D */
kr_dict *kdict_copy(kr_rt *rt, kr_dict *d);
/* d.update(other mapping or iterable of pairs) */
int kdict_update(kr_rt *rt, kr_dict *d, kr_val other);
static inline kr_val kdict_val(kr_dict *d) { return kv_obj(&d->obj); }

/* A read-only mappingproxy of MAPPING (obj/mappingproxy.c). */
kr_obj *kmappingproxy_new(kr_rt *rt, kr_val mapping);

kr_set *kset_new(kr_rt *rt, const kr_type *t);   /* kt_set or kt_frozenset */
int kset_add(kr_rt *rt, kr_set *s, kr_val key);
int kset_update(kr_rt *rt, kr_set *s, kr_val iterable);

#endif
