/* Type objects: attribute lookup along the MRO, class creation, and the
 * slots of user classes (obj/type.c, obj/slots.c, obj/slotwrap.c). */
#ifndef KR_OBJ_TYPEOBJ_H
#define KR_OBJ_TYPEOBJ_H

#include "types.h"

/* type(name, bases, dict) with metatype META: a new class. */
int ktype_new_class(kr_rt *rt, kr_type *meta, kr_obj *name, kr_obj *bases,
                    kr_obj *dict, kr_obj *kwnames, const kr_val *kwvals, kr_val *out);
/* Recomputes the slots of heap type T from its MRO's dunder methods. */
void ktype_update_slots(kr_type *t);
/* The static type's own attribute NAME (methods table, then a slot wrapper
 * for a dunder the type defines through a slot); UNDEF when absent. */
kr_val ktype_static_attr(kr_rt *rt, kr_type *t, const char *name);
/* A slot wrapper object for dunder NAME of static type T, or UNDEF when T
 * does not define it. */
kr_val kslotwrap_get(kr_rt *rt, kr_type *t, const char *name);
/* The name of type T for messages (its __name__). */
const char *ktype_name(const kr_type *t);

/* super(TYPE, OBJ) (OBJ UNDEF: unbound), and zero-argument super() from
 * the running frame's __class__ cell and first argument (obj/descr.c,
 * vm/support.c). */
int ksuper_make(kr_rt *rt, kr_val type, kr_val obj, kr_val *out);
int ksuper_from_frame(kr_rt *rt, kr_val *out);

/* A member descriptor (obj/member.c): slot NAME of OWNER's instances, a
 * kr_val at OFFSET of the instance block. */
extern kr_type kt_member_descriptor;
int kmember_new(kr_rt *rt, kr_type *owner, kr_obj *name, size_t offset, kr_val *out);
/* The getset descriptors a class statement adds for the __dict__ and
 * __weakref__ of its instances (obj/member.c). */
extern kr_type kt_getset_descriptor;
enum { KGETSET_DICT, KGETSET_WEAKREF };
int kgetset_new(kr_rt *rt, kr_type *owner, int which, kr_val *out);

/* The built-in type whose methods table holds F, or NULL (for messages:
 * a linear search over every built-in type). */
const kr_type *ktype_owner_of_cfunc(const kr_cfunc *f);

/* A new module object with __name__ set (obj/func.c). */
kr_module *kmodule_new(kr_rt *rt, const char *name);

#endif
