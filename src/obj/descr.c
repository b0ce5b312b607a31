/* property, staticmethod, classmethod and super. */
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "seq.h"
#include "str.h"
#include "typeobj.h"

/* ---- property ---- */

static void prop_trace(kr_obj *o, heap_tracer *t)
{
    kr_property *p = (kr_property *)o;
    heap_visit_val(t, p->fget);
    heap_visit_val(t, p->fset);
    heap_visit_val(t, p->fdel);
    heap_visit_val(t, p->doc);
    heap_visit_val(t, p->name);
}

static const heap_class prop_cls = { "property", prop_trace, NULL, sizeof(kr_property) };

static int prop_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_val a[4];
    if (vm_parse_args(rt, "property", "|fget,fset,fdel,doc", args, nargs, kw, a) != KR_OK) return KR_ERR;
    kr_property *p = (kr_property *)heap_alloc(&rt->heap, t, t->basicsize);
    if (!p) return kr_nomem(rt);
    p->fget = kv_is_undef(a[0]) ? kv_none() : a[0];
    p->fset = kv_is_undef(a[1]) ? kv_none() : a[1];
    p->fdel = kv_is_undef(a[2]) ? kv_none() : a[2];
    p->doc = a[3];
    p->name = kv_none();
    if ((kv_is_undef(a[3]) || kv_is_none(a[3])) && !kv_is_none(p->fget)) {
        kr_val d;
        if (kr_getattr_cstr(rt, p->fget, "__doc__", &d) == KR_OK) p->doc = d;
        else kr_exc_clear(rt);
    }
    if (kv_is_undef(p->doc)) p->doc = kv_none();
    *out = kv_obj(&p->obj);
    return KR_OK;
}

static int prop_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw) { return KR_OK; }

static int prop_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    kr_property *p = KR_AS(kr_property, d);
    if (kv_is_undef(inst)) { *out = d; return KR_OK; }
    if (kv_is_none(p->fget)) {
        if (kv_is_str(p->name))
            return kr_raise(rt, &kt_AttributeError, "property '%s' of '%s' object has no getter",
                            kstr_data(kv_as_obj(p->name)), kr_type_name(inst));
        return kr_raise(rt, &kt_AttributeError, "property of '%s' object has no getter", kr_type_name(inst));
    }
    return vm_call(rt, p->fget, &inst, 1, NULL, out);
}

static int prop_set(kr_rt *rt, kr_val d, kr_val inst, kr_val value)
{
    kr_property *p = KR_AS(kr_property, d);
    kr_val f = kv_is_undef(value) ? p->fdel : p->fset;
    kr_val r;
    if (kv_is_none(f)) {
        const char *what = kv_is_undef(value) ? "deleter" : "setter";
        if (kv_is_str(p->name))
            return kr_raise(rt, &kt_AttributeError, "property '%s' of '%s' object has no %s",
                            kstr_data(kv_as_obj(p->name)), kr_type_name(inst), what);
        return kr_raise(rt, &kt_AttributeError, "property of '%s' object has no %s", kr_type_name(inst), what);
    }
    if (kv_is_undef(value)) return vm_call(rt, f, &inst, 1, NULL, &r);
    kr_val args[2] = { inst, value };
    return vm_call(rt, f, args, 2, NULL, &r);
}

static int prop_copy(kr_rt *rt, kr_val self, int which, kr_val f, kr_val *out)
{
    kr_property *p = KR_AS(kr_property, self);
    kr_property *n = (kr_property *)heap_alloc(&rt->heap, p->obj.type, p->obj.type->basicsize);
    if (!n) return kr_nomem(rt);
    n->fget = which == 0 ? f : p->fget;
    n->fset = which == 1 ? f : p->fset;
    n->fdel = which == 2 ? f : p->fdel;
    n->doc = p->doc;
    n->name = p->name;
    if (which == 0 && kv_is_none(p->doc)) {
        kr_val d;
        if (kr_getattr_cstr(rt, f, "__doc__", &d) == KR_OK) n->doc = d;
        else kr_exc_clear(rt);
    }
    *out = kv_obj(&n->obj);
    return KR_OK;
}

static int prop_getter(kr_rt *rt, kr_val self, const kr_val *a, int n, kr_obj *kw, kr_val *out)
{
    if (n != 1) return kr_raise(rt, &kt_TypeError, "getter() takes exactly one argument (%d given)", n);
    return prop_copy(rt, self, 0, a[0], out);
}
static int prop_setter(kr_rt *rt, kr_val self, const kr_val *a, int n, kr_obj *kw, kr_val *out)
{
    if (n != 1) return kr_raise(rt, &kt_TypeError, "setter() takes exactly one argument (%d given)", n);
    return prop_copy(rt, self, 1, a[0], out);
}
static int prop_deleter(kr_rt *rt, kr_val self, const kr_val *a, int n, kr_obj *kw, kr_val *out)
{
    if (n != 1) return kr_raise(rt, &kt_TypeError, "deleter() takes exactly one argument (%d given)", n);
    return prop_copy(rt, self, 2, a[0], out);
}
static int prop_set_name(kr_rt *rt, kr_val self, const kr_val *a, int n, kr_obj *kw, kr_val *out)
{
    if (n == 2) KR_AS(kr_property, self)->name = a[1];
    *out = kv_none();
    return KR_OK;
}

static int prop_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_property *p = KR_AS(kr_property, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "fget")) { *out = p->fget; return KR_OK; }
    if (!strcmp(n, "fset")) { *out = p->fset; return KR_OK; }
    if (!strcmp(n, "fdel")) { *out = p->fdel; return KR_OK; }
    if (!strcmp(n, "__doc__")) { *out = p->doc; return KR_OK; }
    if (!strcmp(n, "__isabstractmethod__")) { *out = kv_bool(0); return KR_OK; }
    return kr_generic_getattr(rt, o, name, out);
}

static KR_CFUNC(prop_getter_f, "getter", prop_getter, KF_METHOD);
static KR_CFUNC(prop_setter_f, "setter", prop_setter, KF_METHOD);
static KR_CFUNC(prop_deleter_f, "deleter", prop_deleter, KF_METHOD);
static KR_CFUNC(prop_set_name_f, "__set_name__", prop_set_name, KF_METHOD);
static const kr_cfunc *const prop_methods[] = { &prop_getter_f, &prop_setter_f, &prop_deleter_f, &prop_set_name_f, NULL };

kr_type kt_property = {
    .head = { KR_STATIC_HDR(&kt_type), &prop_cls },
    .name = "property", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .new_ = prop_new, .init = prop_init, .descr_get = prop_get, .descr_set = prop_set,
               .getattr = prop_getattr },
    .basicsize = sizeof(kr_property), .methods = prop_methods,
    .doc = "Property attribute.\n"
        "\n"
        "  fget\n"
        "    function to be used for getting an attribute value\n"
        "  fset\n"
        "    function to be used for setting an attribute value\n"
        "  fdel\n"
        "    function to be used for del'ing an attribute\n"
        "  doc\n"
        "    docstring\n"
        "\n"
        "Typical use is to define a managed attribute x:\n"
        "\n"
        "class C(object):\n"
        "    def getx(self): return self._x\n"
        "    def setx(self, value): self._x = value\n"
        "    def delx(self): del self._x\n"
        "    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n"
        "\n"
        "Decorators make defining new properties or modifying existing ones easy:\n"
        "\n"
        "class C(object):\n"
        "    @property\n"
        "    def x(self):\n"
        "        \"I am the 'x' property.\"\n"
        "        return self._x\n"
        "    @x.setter\n"
        "    def x(self, value):\n"
        "        self._x = value\n"
        "    @x.deleter\n"
        "    def x(self):\n"
        "        del self._x",
};

/* ---- staticmethod / classmethod ---- */

static void wrap_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((kr_wrapper *)o)->f);
    heap_visit_obj(t, ((kr_wrapper *)o)->dict);
}

static const heap_class wrap_cls = { "staticmethod", wrap_trace, NULL, sizeof(kr_wrapper) };

static int wrap_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs != 1 || kw)
        return kr_raise(rt, &kt_TypeError, "%s expected 1 argument, got %d", t->name, nargs);
    kr_wrapper *w = (kr_wrapper *)heap_alloc(&rt->heap, t, t->basicsize);
    if (!w) return kr_nomem(rt);
    w->f = args[0];
    *out = kv_obj(&w->obj);
    return KR_OK;
}

static int wrap_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw) { return KR_OK; }

static int static_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    *out = KR_AS(kr_wrapper, d)->f;
    return KR_OK;
}

static int class_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    kr_val f = KR_AS(kr_wrapper, d)->f;
    kr_type *t = owner ? owner : kr_type_of(inst);
    kr_method *m = (kr_method *)heap_alloc(&rt->heap, &kt_method, sizeof(kr_method));
    if (!m) return kr_nomem(rt);
    m->func = f;
    m->self = kv_obj(&t->head.obj);
    *out = kv_obj(&m->obj);
    return KR_OK;
}

static int wrap_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_wrapper *w = KR_AS(kr_wrapper, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__func__") || !strcmp(n, "__wrapped__")) { *out = w->f; return KR_OK; }
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__") || !strcmp(n, "__doc__"))
        return kr_getattr(rt, w->f, name, out);
    if (!strcmp(n, "__isabstractmethod__")) { *out = kv_bool(0); return KR_OK; }
    return kr_generic_getattr(rt, o, name, out);
}

static int static_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return vm_call(rt, KR_AS(kr_wrapper, f)->f, args, nargs, kw, out);
}

kr_type kt_staticmethod = {
    .head = { KR_STATIC_HDR(&kt_type), &wrap_cls },
    .name = "staticmethod", .flags = KT_BASETYPE | KT_HAS_DICT, .base = &kt_object,
    .slots = { .new_ = wrap_new, .init = wrap_init, .descr_get = static_get, .getattr = wrap_getattr,
               .call = static_call },
    .basicsize = sizeof(kr_wrapper), .dict_offset = offsetof(kr_wrapper, dict),
    .doc = "Convert a function to be a static method.\n"
        "\n"
        "A static method does not receive an implicit first argument.\n"
        "To declare a static method, use this idiom:\n"
        "\n"
        "     class C:\n"
        "         @staticmethod\n"
        "         def f(arg1, arg2, argN):\n"
        "             ...\n"
        "\n"
        "It can be called either on the class (e.g. C.f()) or on an instance\n"
        "(e.g. C().f()). Both the class and the instance are ignored, and\n"
        "neither is passed implicitly as the first argument to the method.\n"
        "\n"
        "Static methods in Python are similar to those found in Java or C++.\n"
        "For a more advanced concept, see the classmethod builtin.",
};

kr_type kt_classmethod = {
    .head = { KR_STATIC_HDR(&kt_type), &wrap_cls },
    .name = "classmethod", .flags = KT_BASETYPE | KT_HAS_DICT, .base = &kt_object,
    .slots = { .new_ = wrap_new, .init = wrap_init, .descr_get = class_get, .getattr = wrap_getattr },
    .basicsize = sizeof(kr_wrapper), .dict_offset = offsetof(kr_wrapper, dict),
    .doc = "Convert a function to be a class method.\n"
        "\n"
        "A class method receives the class as implicit first argument,\n"
        "just like an instance method receives the instance.\n"
        "To declare a class method, use this idiom:\n"
        "\n"
        "  class C:\n"
        "      @classmethod\n"
        "      def f(cls, arg1, arg2, argN):\n"
        "          ...\n"
        "\n"
        "It can be called either on the class (e.g. C.f()) or on an instance\n"
        "(e.g. C().f()).  The instance is ignored except for its class.\n"
        "If a class method is called for a derived class, the derived class\n"
        "object is passed as the implied first argument.\n"
        "\n"
        "Class methods are different than C++ or Java static methods.\n"
        "If you want those, see the staticmethod builtin.",
};

/* ---- super ---- */

static void super_trace(kr_obj *o, heap_tracer *t)
{
    kr_super *s = (kr_super *)o;
    heap_visit_obj(t, &s->type->head.obj);
    heap_visit_val(t, s->self);
    if (s->self_type) heap_visit_obj(t, &s->self_type->head.obj);
}

static const heap_class super_cls = { "super", super_trace, NULL, sizeof(kr_super) };

int ksuper_make(kr_rt *rt, kr_val type, kr_val obj, kr_val *out)
{
    if (!kv_is_obj(type) || !kr_is_subtype(kv_as_obj(type)->type, &kt_type))
        return kr_raise(rt, &kt_TypeError, "super() argument 1 must be a type, not %s", kr_type_name(type));
    kr_type *t = (kr_type *)kv_as_obj(type);
    kr_type *st = NULL;
    if (!kv_is_undef(obj)) {
        if (kv_is_obj(obj) && kr_is_subtype(kv_as_obj(obj)->type, &kt_type)
            && kr_is_subtype((kr_type *)kv_as_obj(obj), t))
            st = (kr_type *)kv_as_obj(obj);
        else if (kr_isinstance(obj, t))
            st = kr_type_of(obj);
        else
            return kr_raise(rt, &kt_TypeError, "super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).",
                            kr_type_name(obj), t->name);
    }
    kr_super *s = (kr_super *)heap_alloc(&rt->heap, &kt_super, sizeof(kr_super));
    if (!s) return kr_nomem(rt);
    s->type = t;
    s->self = obj;
    s->self_type = st;
    *out = kv_obj(&s->obj);
    return KR_OK;
}

static int super_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_super *s = KR_AS(kr_super, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__thisclass__")) { *out = kv_obj(&s->type->head.obj); return KR_OK; }
    if (!strcmp(n, "__self__")) { *out = kv_is_undef(s->self) ? kv_none() : s->self; return KR_OK; }
    if (!strcmp(n, "__self_class__")) {
        *out = s->self_type ? kv_obj(&s->self_type->head.obj) : kv_none();
        return KR_OK;
    }
    if (!s->self_type || !strcmp(n, "__class__"))
        return kr_generic_getattr(rt, o, name, out);
    kr_val m;
    if (kr_getattr_cstr(rt, kv_obj(&s->self_type->head.obj), "__mro__", &m) != KR_OK) return KR_ERR;
    kr_tuple *mro = (kr_tuple *)kv_as_obj(m);
    int64_t i = 0;
    while (i < mro->len && kv_as_obj(mro->items[i]) != &s->type->head.obj) i++;
    for (i++; i < mro->len; i++) {
        kr_type *b = (kr_type *)kv_as_obj(mro->items[i]);
        kr_val v = b->dict ? kdict_get_str((kr_dict *)b->dict, (kr_str *)name)
                           : ktype_static_attr(rt, b, kstr_data(name));
        if (kv_is_undef(v)) continue;
        kr_val inst = s->self;
        if (kv_is_obj(inst) && &s->self_type->head.obj == kv_as_obj(inst)) inst = kv_undef();
        if (kv_is_type(v, &kt_builtin_function) && (((kr_cfunc *)kv_as_obj(v))->flags & KF_CLASS))
            return kr_descr_get(rt, v, inst, s->self_type, out);
        return kr_descr_get(rt, v, inst, s->self_type, out);
    }
    return kr_raise(rt, &kt_AttributeError, "'super' object has no attribute '%s'", kstr_data(name));
}

static int super_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_super *s = KR_AS(kr_super, v);
    kr_str *r = s->self_type
        ? kstr_fmt(rt, "<super: <class '%s'>, <%s object>>", s->type->name, s->self_type->name)
        : kstr_fmt(rt, "<super: <class '%s'>, NULL>", s->type->name);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}



static int super_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (kw) return kr_raise(rt, &kt_TypeError, "super() takes no keyword arguments");
    if (nargs == 0) return ksuper_from_frame(rt, out);
    if (nargs > 2) return kr_raise(rt, &kt_TypeError, "super() takes at most 2 arguments (%d given)", nargs);
    return ksuper_make(rt, args[0], nargs == 2 ? args[1] : kv_undef(), out);
}

kr_type kt_super = {
    .head = { KR_STATIC_HDR(&kt_type), &super_cls },
    .name = "super", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .new_ = super_new, .getattr = super_getattr, .repr = super_repr },
    .basicsize = sizeof(kr_super),
    .doc = "super() -> same as super(__class__, <first argument>)\n"
        "super(type) -> unbound super object\n"
        "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
        "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
        "Typical use to call a cooperative superclass method:\n"
        "class C(B):\n"
        "    def meth(self, arg):\n"
        "        super().meth(arg)\n"
        "This works for class methods too:\n"
        "class C(B):\n"
        "    @classmethod\n"
        "    def cmeth(cls, arg):\n"
        "        super().cmeth(arg)\n",
};
