/* The containers through their C API and method tables: tuple, list (with
 * sort), dict (with views), set/frozenset (CPython's iteration order),
 * range, slice and the iterators; hashes that CPython makes visible; error
 * messages; memory accounting (everything freed at the end).  Expected
 * reprs come from CPython 3.14. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obj/dict.h"
#include "obj/exc.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "vm/rt.h"

static int passed, failed;
#define CHECK(cond) do { if (cond) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
    if (!strcmp(g_, w_)) passed++; else { failed++; \
    printf("FAIL %s:%d: got %s\n     want %s\n", __FILE__, __LINE__, g_, w_); } } while (0)

static kr_rt *rt;

static kr_val S(const char *s) { return kstr_val(kstr_cstr(rt, s)); }
static kr_val I(int64_t i) { return kv_int(i); }

static const char *cstr(kr_val v)
{
    if (!kv_is_str(v)) return "<not a str>";
    return kstr_data(kv_as_obj(v));
}

static char errbuf[512];
static const char *err(void)
{
    kr_val e = kr_exc_current(rt);
    if (kv_is_undef(e)) return "<no exception>";
    kr_val s;
    const char *tn = kr_type_name(e);
    kr_exc_clear(rt);
    if (kr_to_str(rt, e, &s) != KR_OK) { kr_exc_clear(rt); return "<str failed>"; }
    snprintf(errbuf, sizeof errbuf, "%s: %s", tn, cstr(s));
    return errbuf;
}

static const char *repr(kr_val v)
{
    static char buf[4][2048];
    static int k;
    kr_val r;
    if (kr_repr(rt, v, &r) != KR_OK) return err();
    k = (k + 1) & 3;
    snprintf(buf[k], sizeof buf[k], "%s", cstr(r));
    return buf[k];
}

/* Calls method NAME of type T's table on SELF. */
static int call(kr_type *t, kr_val self, const char *name, const kr_val *args, int nargs,
                kr_val *out)
{
    for (const kr_cfunc *const *m = t->methods; *m; m++)
        if (!strcmp((*m)->name, name))
            return (*m)->fn(rt, (*m)->flags & KF_CLASS ? kv_obj(&t->head.obj) : self,
                            args, nargs, NULL, out);
    printf("no method %s\n", name);
    return KR_ERR;
}

/* repr of the result of a method call, or "Type: message" of its error. */
static const char *callr(kr_type *t, kr_val self, const char *name, const kr_val *args, int nargs)
{
    kr_val out;
    if (call(t, self, name, args, nargs, &out) != KR_OK) return err();
    return repr(out);
}

static kr_val list_of(const int64_t *v, int n)
{
    kr_list *l = klist_new(rt, 0);
    for (int i = 0; i < n; i++) klist_append(rt, l, kv_int(v[i]));
    return klist_val(l);
}

static kr_val set_of(const int64_t *v, int n)
{
    kr_set *s = kset_new(rt, &kt_set);
    for (int i = 0; i < n; i++) kset_add(rt, s, kv_int(v[i]));
    return kv_obj(&s->obj);
}

static kr_val new_of(kr_type *t, kr_val arg)
{
    kr_val out;
    if (kr_call(rt, kv_obj(&t->head.obj), &arg, 1, NULL, &out) != KR_OK) {
        printf("  (new %s: %s)\n", t->name, err());
        return kv_none();
    }
    return out;
}

static int64_t hash_of(kr_val v)
{
    int64_t h = 0;
    if (kr_hash(rt, v, &h) != KR_OK) printf("  (hash: %s)\n", err());
    return h;
}

static const char *binop(int op, kr_val a, kr_val b)
{
    kr_val r;
    if (kr_binop(rt, op, a, b, &r) != KR_OK) return err();
    return repr(r);
}

/* ---- tuple ---- */

static void test_tuple(void)
{
    kr_val items[3] = { I(1), S("a"), kv_none() };
    kr_tuple *t = ktuple_from(rt, items, 3);
    CHECK_STR(repr(ktuple_val(t)), "(1, 'a', None)");
    CHECK_STR(repr(ktuple_val(ktuple_from(rt, items, 1))), "(1,)");
    CHECK_STR(repr(ktuple_val(ktuple_empty(rt))), "()");
    /* CPython 3.14 (64-bit) hashes */
    CHECK(hash_of(ktuple_val(ktuple_empty(rt))) == 5740354900026072187LL);
    kr_val p[2] = { I(1), I(2) };
    CHECK(hash_of(ktuple_val(ktuple_from(rt, p, 2))) == -3550055125485641917LL);
    kr_val n23[2] = { I(2), I(3) };
    kr_val mixed[3] = { I(-1), I(5), ktuple_val(ktuple_from(rt, n23, 2)) };
    CHECK(hash_of(ktuple_val(ktuple_from(rt, mixed, 3))) == 7953395473299201971LL);
    CHECK_STR(callr(&kt_tuple, ktuple_val(t), "index", &items[1], 1), "1");
    kr_val nine = I(9);
    CHECK_STR(callr(&kt_tuple, ktuple_val(t), "index", &nine, 1),
              "ValueError: tuple.index(x): x not in tuple");
    CHECK_STR(callr(&kt_tuple, ktuple_val(t), "count", &nine, 1), "0");
    kr_val r;
    CHECK(kr_getitem(rt, ktuple_val(t), I(5), &r) == KR_ERR);
    CHECK_STR(err(), "IndexError: tuple index out of range");
    CHECK(kr_getitem(rt, ktuple_val(t), I(-1), &r) == KR_OK && kv_is_none(r));
    kr_obj *sl = kslice_new(rt, kv_none(), kv_none(), I(-1));
    CHECK(kr_getitem(rt, ktuple_val(t), kv_obj(sl), &r) == KR_OK);
    CHECK_STR(repr(r), "(None, 'a', 1)");
    CHECK_STR(binop(0 /* + */, ktuple_val(t), ktuple_val(t)), "(1, 'a', None, 1, 'a', None)");
}

/* ---- list ---- */

static void test_list(void)
{
    int64_t v[] = { 5, 3, 9, 1, 3, 7 };
    kr_val l = list_of(v, 6);
    CHECK_STR(repr(l), "[5, 3, 9, 1, 3, 7]");
    kr_val x = I(3);
    CHECK_STR(callr(&kt_list, l, "index", &x, 1), "1");
    CHECK_STR(callr(&kt_list, l, "count", &x, 1), "2");
    CHECK_STR(callr(&kt_list, l, "remove", &x, 1), "None");
    CHECK_STR(repr(l), "[5, 9, 1, 3, 7]");
    kr_val ins[2] = { I(-100), I(0) };
    CHECK_STR(callr(&kt_list, l, "insert", ins, 2), "None");
    CHECK_STR(repr(l), "[0, 5, 9, 1, 3, 7]");
    CHECK_STR(callr(&kt_list, l, "pop", NULL, 0), "7");
    kr_val one = I(1);
    CHECK_STR(callr(&kt_list, l, "pop", &one, 1), "5");
    CHECK_STR(callr(&kt_list, l, "sort", NULL, 0), "None");
    CHECK_STR(repr(l), "[0, 1, 3, 9]");
    CHECK_STR(callr(&kt_list, l, "reverse", NULL, 0), "None");
    CHECK_STR(repr(l), "[9, 3, 1, 0]");
    kr_val big = I(42);
    CHECK_STR(callr(&kt_list, l, "remove", &big, 1), "ValueError: list.remove(x): x not in list");
    kr_val empty = list_of(NULL, 0);
    CHECK_STR(callr(&kt_list, empty, "pop", NULL, 0), "IndexError: pop from empty list");
    CHECK_STR(callr(&kt_list, l, "append", NULL, 0),
              "TypeError: list.append() takes exactly one argument (0 given)");
    /* self-reference */
    klist_append(rt, KR_AS(kr_list, l), l);
    CHECK_STR(repr(l), "[9, 3, 1, 0, [...]]");
    /* slices */
    int64_t w[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    kr_val m = list_of(w, 10);
    kr_obj *ext = kslice_new(rt, kv_none(), kv_none(), I(2));
    CHECK(kr_setitem(rt, m, kv_obj(ext), list_of(w, 3)) == KR_ERR);
    CHECK_STR(err(), "ValueError: attempt to assign sequence of size 3 to extended slice of size 5");
    CHECK(kr_setitem(rt, m, kv_obj(ext), kv_undef()) == KR_OK);
    CHECK_STR(repr(m), "[1, 3, 5, 7, 9]");
    kr_obj *mid = kslice_new(rt, I(1), I(3), kv_none());
    CHECK(kr_setitem(rt, m, kv_obj(mid), list_of(w, 4)) == KR_OK);
    CHECK_STR(repr(m), "[1, 0, 1, 2, 3, 7, 9]");
    CHECK(kr_setitem(rt, m, kv_obj(mid), m) == KR_OK);
    CHECK_STR(repr(m), "[1, 1, 0, 1, 2, 3, 7, 9, 2, 3, 7, 9]");
    kr_obj *rev = kslice_new(rt, kv_none(), kv_none(), I(-3));
    kr_val r;
    CHECK(kr_getitem(rt, m, kv_obj(rev), &r) == KR_OK);
    CHECK_STR(repr(r), "[9, 2, 3, 0]");
    /* repetition */
    CHECK_STR(binop(5 /* * */, list_of(w, 2), I(3)), "[0, 1, 0, 1, 0, 1]");
    CHECK_STR(binop(5, I(2), list_of(w, 2)), "[0, 1, 0, 1]");
    CHECK_STR(binop(5, list_of(w, 2), I(-2)), "[]");
    CHECK_STR(binop(5, list_of(w, 2), kv_float(1.5)),
              "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK_STR(binop(0, list_of(w, 2), ktuple_val(ktuple_empty(rt))),
              "TypeError: can only concatenate list (not \"tuple\") to list");
    /* comparisons */
    kr_val c;
    CHECK(kr_richcmp(rt, list_of(w, 2), list_of(w, 3), KR_LT, &c) == KR_OK && kv_as_bool(c));
    CHECK(kr_richcmp(rt, list_of(w, 3), list_of(w, 3), KR_EQ, &c) == KR_OK && kv_as_bool(c));
    kr_list *mixed = klist_new(rt, 0);
    klist_append(rt, mixed, I(1));
    klist_append(rt, mixed, S("a"));
    CHECK_STR(callr(&kt_list, klist_val(mixed), "sort", NULL, 0),
              "TypeError: '<' not supported between instances of 'str' and 'int'");
}

/* ---- sort: stability and agreement with a reference ---- */

static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

static void test_sort(void)
{
    int ok = 1;
    for (int round = 0; round < 300 && ok; round++) {
        int n = (int)(rnd() % (round < 200 ? 70 : 3000));
        int mod = 1 + (int)(rnd() % 50);
        int shape = round % 4;
        /* tuples (key, position): sorting by key must keep positions ascending */
        kr_list *l = klist_new(rt, n);
        for (int i = 0; i < n; i++) {
            int64_t k = shape == 0 ? (int64_t)(rnd() % (uint64_t)mod)
                      : shape == 1 ? i / 3                 /* ascending runs */
                      : shape == 2 ? (n - i) / 2           /* descending */
                      : (int64_t)(rnd() % 1000) - 500;
            kr_val it[2] = { I(k), I(i) };
            klist_append(rt, l, ktuple_val(ktuple_from(rt, it, 2)));
        }
        /* sort by the key only: itemgetter(0) as the builtin key is not
         * available here, so sort the tuples (ties broken by position,
         * which is already the original order) */
        int reverse = round & 1;
        if (klist_sort(rt, l, kv_undef(), reverse) != KR_OK) { printf("%s\n", err()); ok = 0; break; }
        for (int i = 1; i < n; i++) {
            kr_tuple *a = KR_AS(kr_tuple, l->items[i - 1]), *b = KR_AS(kr_tuple, l->items[i]);
            int64_t ka = kv_as_int(a->items[0]), kb = kv_as_int(b->items[0]);
            int64_t pa = kv_as_int(a->items[1]), pb = kv_as_int(b->items[1]);
            if (!reverse && (ka > kb || (ka == kb && pa > pb))) ok = 0;
            if (reverse && (ka < kb || (ka == kb && pa < pb))) ok = 0;
        }
    }
    CHECK(ok);
    /* ints, floats and strs through the specialised comparisons */
    int64_t v[] = { 3, -1, 2, 2, 10, -7 };
    kr_val l = list_of(v, 6);
    CHECK(klist_sort(rt, KR_AS(kr_list, l), kv_undef(), true) == KR_OK);
    CHECK_STR(repr(l), "[10, 3, 2, 2, -1, -7]");
    kr_list *s = klist_new(rt, 0);
    const char *words[] = { "pear", "apple", "\xc3\xa9t\xc3\xa9", "Zoo", "app", "" };
    for (int i = 0; i < 6; i++) klist_append(rt, s, S(words[i]));
    CHECK(klist_sort(rt, s, kv_undef(), false) == KR_OK);
    CHECK_STR(repr(klist_val(s)), "['', 'Zoo', 'app', 'apple', 'pear', '\xc3\xa9t\xc3\xa9']");
    kr_list *f = klist_new(rt, 0);
    double fs[] = { 2.5, -1.0, 3.0, 0.5 };
    for (int i = 0; i < 4; i++) klist_append(rt, f, kv_float(fs[i]));
    klist_append(rt, f, I(1));
    CHECK(klist_sort(rt, f, kv_undef(), false) == KR_OK);
    CHECK_STR(repr(klist_val(f)), "[-1.0, 0.5, 1, 2.5, 3.0]");
}

/* ---- dict ---- */

static void test_dict(void)
{
    kr_dict *d = kdict_new(rt);
    for (int i = 0; i < 100; i++) kdict_set(rt, d, I(i), I(i * i));
    CHECK(d->t.used == 100);
    kr_val v;
    CHECK(kdict_get(rt, d, I(7), &v) == KR_OK && kv_as_int(v) == 49);
    CHECK(kdict_get(rt, d, kv_float(7.0), &v) == KR_OK && kv_as_int(v) == 49);
    CHECK(kdict_get(rt, d, kv_bool(1), &v) == KR_OK && kv_as_int(v) == 1);
    CHECK(kdict_get(rt, d, I(1000), &v) == KR_STOP);
    for (int i = 0; i < 100; i += 2) CHECK(kdict_del(rt, d, I(i)) == KR_OK);
    CHECK(kdict_del(rt, d, I(0)) == KR_STOP);
    CHECK(d->t.used == 50);
    kr_dict *e = kdict_new(rt);
    kdict_set(rt, e, S("b"), I(1));
    kdict_set(rt, e, S("a"), I(2));
    kdict_set_cstr(rt, e, "c", I(3));
    CHECK_STR(repr(kdict_val(e)), "{'b': 1, 'a': 2, 'c': 3}");
    CHECK(kv_as_int(kdict_get_str(e, kstr_cstr(rt, "a"))) == 2);
    CHECK(kv_as_int(kdict_get_cstr(rt, e, "c")) == 3);
    CHECK(kv_is_undef(kdict_get_str(e, kstr_cstr(rt, "zz"))));
    /* methods */
    kr_val a2[2] = { S("zz"), I(0) };
    CHECK_STR(callr(&kt_dict, kdict_val(e), "get", a2, 2), "0");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "get", a2, 1), "None");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "pop", a2, 1), "KeyError: 'zz'");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "setdefault", a2, 2), "0");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "popitem", NULL, 0), "('zz', 0)");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "keys", NULL, 0), "dict_keys(['b', 'a', 'c'])");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "values", NULL, 0), "dict_values([1, 2, 3])");
    CHECK_STR(callr(&kt_dict, kdict_val(e), "items", NULL, 0),
              "dict_items([('b', 1), ('a', 2), ('c', 3)])");
    kr_val lst = list_of(NULL, 0);
    CHECK_STR(callr(&kt_dict, kdict_val(e), "get", &lst, 1),
              "TypeError: cannot use 'list' as a dict key (unhashable type: 'list')");
    kr_dict *empty = kdict_new(rt);
    CHECK_STR(callr(&kt_dict, kdict_val(empty), "popitem", NULL, 0),
              "KeyError: 'popitem(): dictionary is empty'");
    int64_t ks[] = { 3, 1, 2 };
    CHECK_STR(callr(&kt_dict, kv_obj(&kt_dict.head.obj), "fromkeys", (kr_val[]){ list_of(ks, 3) }, 1),
              "{3: None, 1: None, 2: None}");
    /* update from pairs, errors */
    kr_list *pairs = klist_new(rt, 0);
    kr_val pr[2] = { I(1), I(2) };
    klist_append(rt, pairs, ktuple_val(ktuple_from(rt, pr, 2)));
    CHECK(kdict_update(rt, empty, klist_val(pairs)) == KR_OK);
    CHECK_STR(repr(kdict_val(empty)), "{1: 2}");
    klist_append(rt, pairs, ktuple_val(ktuple_from(rt, pr, 1)));
    CHECK(kdict_update(rt, empty, klist_val(pairs)) == KR_ERR);
    CHECK_STR(err(), "ValueError: dictionary update sequence element #1 has length 1; 2 is required");
    /* equality, |, copy */
    kr_dict *c = kdict_copy(rt, e);
    kr_val r;
    CHECK(kr_richcmp(rt, kdict_val(c), kdict_val(e), KR_EQ, &r) == KR_OK && kv_as_bool(r));
    kdict_set(rt, c, S("a"), I(20));
    CHECK(kr_richcmp(rt, kdict_val(c), kdict_val(e), KR_EQ, &r) == KR_OK && !kv_as_bool(r));
    CHECK_STR(binop(7 /* | */, kdict_val(e), kdict_val(empty)), "{'b': 1, 'a': 2, 'c': 3, 1: 2}");
    /* self-reference */
    kdict_set(rt, c, S("self"), kdict_val(c));
    CHECK_STR(repr(kdict_val(c)), "{'b': 1, 'a': 20, 'c': 3, 'self': {...}}");
    /* views as sets */
    kr_dict *di = kdict_new(rt);
    kdict_set(rt, di, I(1), I(2));
    kdict_set(rt, di, I(3), I(4));
    kr_val keys;
    call(&kt_dict, kdict_val(di), "keys", NULL, 0, &keys);
    int64_t k15[] = { 1, 5 };
    CHECK_STR(binop(1 /* & */, keys, list_of(k15, 2)), "{1}");
}

/* ---- set ---- */

static void test_set(void)
{
    int64_t a[] = { 6, 12, 18, 0 };
    CHECK_STR(repr(set_of(a, 4)), "{0, 18, 12, 6}");
    int64_t b1[] = { 8, 0 }, b2[] = { 0, 8 };
    CHECK_STR(repr(set_of(b1, 2)), "{8, 0}");
    CHECK_STR(repr(set_of(b2, 2)), "{0, 8}");
    int64_t c[15];
    for (int i = 0; i < 15; i++) c[i] = i * 7;
    CHECK_STR(repr(set_of(c, 15)), "{0, 98, 35, 70, 7, 42, 77, 14, 49, 84, 21, 56, 91, 28, 63}");
    int64_t d[50];
    for (int i = 0; i < 50; i++) d[i] = i * 37 % 101;
    CHECK_STR(repr(set_of(d, 50)),
              "{0, 2, 3, 6, 9, 10, 12, 13, 16, 19, 20, 22, 23, 26, 29, 30, 33, 36, 37, 39, 40, "
              "43, 46, 47, 49, 50, 53, 56, 57, 59, 60, 63, 66, 67, 70, 73, 74, 76, 77, 80, 83, "
              "84, 86, 87, 90, 93, 94, 96, 97, 100}");
    int64_t e[20];
    for (int i = 0; i < 20; i++) e[i] = i;
    kr_val s = set_of(e, 20);
    for (int i = 0; i < 20; i += 3) {
        kr_val x = I(i);
        call(&kt_set, s, "discard", &x, 1, &x);
    }
    kset_add(rt, KR_AS(kr_set, s), I(100));
    kset_add(rt, KR_AS(kr_set, s), I(33));
    kset_add(rt, KR_AS(kr_set, s), I(-5));
    CHECK_STR(repr(s), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 100, -5}");
    int64_t p[] = { 1, 2, 3 };
    kr_val ps = set_of(p, 3);
    CHECK_STR(callr(&kt_set, ps, "pop", NULL, 0), "1");
    CHECK_STR(callr(&kt_set, ps, "pop", NULL, 0), "2");
    CHECK_STR(repr(ps), "{3}");
    int64_t r10[10], r515[10];
    for (int i = 0; i < 10; i++) { r10[i] = i; r515[i] = i + 5; }
    kr_val A = set_of(r10, 10), B = set_of(r515, 10);
    CHECK_STR(binop(7, A, B), "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}");
    CHECK_STR(binop(1, A, B), "{5, 6, 7, 8, 9}");
    CHECK_STR(binop(10, A, B), "{0, 1, 2, 3, 4}");
    CHECK_STR(binop(12, A, B), "{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}");
    CHECK_STR(binop(12, B, A), "{0, 1, 2, 3, 4, 10, 11, 12, 13, 14}");
    int64_t q[] = { 5, 3, 5, 1, 9, 7, 8 };
    CHECK_STR(repr(new_of(&kt_set, list_of(q, 7))), "{1, 3, 5, 7, 8, 9}");
    int64_t h[] = { 100, 200, 300, 400, 500, 600, 700, 800, 900 };
    CHECK_STR(repr(new_of(&kt_set, list_of(h, 9))), "{800, 100, 900, 200, 300, 400, 500, 600, 700}");
    int64_t u1[] = { 1, 2 }, u2[] = { 40, 9 };
    CHECK_STR(binop(7, set_of(u1, 2), set_of(u2, 2)), "{40, 1, 2, 9}");
    /* frozenset: repr and CPython's (64-bit) hash */
    kr_val fz = new_of(&kt_frozenset, list_of(p, 3));
    CHECK_STR(repr(fz), "frozenset({1, 2, 3})");
    CHECK(hash_of(new_of(&kt_frozenset, list_of(NULL, 0))) == 133146708735736LL);
    CHECK(hash_of(fz) == -272375401224217160LL);
    int64_t one[] = { 1 };
    kr_val inner[2] = { new_of(&kt_frozenset, list_of(one, 1)), I(2) };
    kr_val nested = new_of(&kt_frozenset, ktuple_val(ktuple_from(rt, inner, 2)));
    CHECK(hash_of(nested) == -1248503628839622056LL);
    CHECK_STR(repr(new_of(&kt_set, list_of(NULL, 0))), "set()");
    kr_val lst = list_of(NULL, 0);
    CHECK_STR(callr(&kt_set, s, "add", &lst, 1),
              "TypeError: cannot use 'list' as a set element (unhashable type: 'list')");
    kr_val nine = I(999);
    CHECK_STR(callr(&kt_set, s, "remove", &nine, 1), "KeyError: 999");
    kr_val emp = new_of(&kt_set, list_of(NULL, 0));
    CHECK_STR(callr(&kt_set, emp, "pop", NULL, 0), "KeyError: 'pop from an empty set'");
    kr_val r;
    CHECK(kr_richcmp(rt, set_of(u1, 2), set_of(p, 3), KR_LT, &r) == KR_OK && kv_as_bool(r));
    CHECK(kr_richcmp(rt, set_of(p, 3), fz, KR_EQ, &r) == KR_OK && kv_as_bool(r));
    /* growth, deletion, re-adding: a long random sequence stays consistent */
    kr_set *big = kset_new(rt, &kt_set);
    int ok = 1;
    static uint8_t in[4096];
    memset(in, 0, sizeof in);
    for (int i = 0; i < 20000; i++) {
        int64_t k = (int64_t)(rnd() % 4096);
        if (rnd() & 1) { kset_add(rt, big, I(k)); in[k] = 1; }
        else {
            kr_val x = I(k), o;
            call(&kt_set, kv_obj(&big->obj), "discard", &x, 1, &o);
            in[k] = 0;
        }
    }
    int64_t cnt = 0;
    for (int k = 0; k < 4096; k++) {
        int has;
        kr_contains(rt, kv_obj(&big->obj), I(k), &has);
        if (has != in[k]) ok = 0;
        cnt += in[k];
    }
    int64_t len;
    kr_len(rt, kv_obj(&big->obj), &len);
    CHECK(ok && len == cnt);
}

/* ---- range, slice ---- */

static void test_range_slice(void)
{
    kr_val args[3] = { I(1), I(20), I(3) };
    kr_val r;
    CHECK(kr_call(rt, kv_obj(&kt_range.head.obj), args, 3, NULL, &r) == KR_OK);
    CHECK_STR(repr(r), "range(1, 20, 3)");
    kr_val ten10 = I(10), r10;
    CHECK(kr_call(rt, kv_obj(&kt_range.head.obj), &ten10, 1, NULL, &r10) == KR_OK);
    CHECK(hash_of(r10) == -7546101314042312252LL);
    int64_t n;
    CHECK(kr_len(rt, r, &n) == KR_OK && n == 7);
    int has;
    CHECK(kr_contains(rt, r, I(19), &has) == KR_OK && has);
    CHECK(kr_contains(rt, r, I(18), &has) == KR_OK && !has);
    kr_val x;
    CHECK(kr_getitem(rt, r, I(-1), &x) == KR_OK && kv_as_int(x) == 19);
    kr_obj *sl = kslice_new(rt, kv_none(), kv_none(), I(-2));
    CHECK(kr_getitem(rt, r, kv_obj(sl), &x) == KR_OK);
    CHECK_STR(repr(x), "range(19, -2, -6)");
    kr_val nineteen = I(19);
    CHECK_STR(callr(&kt_range, r, "index", &nineteen, 1), "6");
    kr_val z[3] = { I(1), I(2), I(0) };
    CHECK(kr_call(rt, kv_obj(&kt_range.head.obj), z, 3, NULL, &x) == KR_ERR);
    CHECK_STR(err(), "ValueError: range() arg 3 must not be zero");
    kr_list *l = klist_new(rt, 0);
    klist_extend(rt, l, r);
    CHECK_STR(repr(klist_val(l)), "[1, 4, 7, 10, 13, 16, 19]");
    /* slices */
    kr_obj *s = kslice_new(rt, I(1), kv_none(), kv_none());
    CHECK_STR(repr(kv_obj(s)), "slice(1, None, None)");
    int64_t st, sp, step, len;
    CHECK(kslice_indices(rt, (kr_slice *)s, 10, &st, &sp, &step, &len) == KR_OK
          && st == 1 && sp == 10 && step == 1 && len == 9);
    kr_obj *neg = kslice_new(rt, I(-100), I(100), I(-3));
    CHECK(kslice_indices(rt, (kr_slice *)neg, 10, &st, &sp, &step, &len) == KR_OK
          && st == -1 && sp == 9 && len == 0);
    kr_val ten = I(10);
    CHECK_STR(callr(&kt_slice, kv_obj(neg), "indices", &ten, 1), "(-1, 9, -3)");
}

int main(void)
{
    rt = rt_new(0);
    if (!rt) { printf("no runtime\n"); return 1; }
    /* everything the tests make is garbage at the end: after a collection
     * the heap is back to its size before them.  The first round may leave
     * interned names and cached strs; the second must leave nothing. */
    size_t base = 0;
    for (int round = 0; round < 2; round++) {
        rt->in_gc_unsafe++;
        test_tuple();
        test_list();
        test_sort();
        test_dict();
        test_set();
        test_range_slice();
        rt->in_gc_unsafe--;
        heap_collect(&rt->heap);
        if (round == 0) base = rt->heap.mem.used;
    }
    CHECK(rt->heap.mem.used == base);
    if (rt->heap.mem.used != base)
        printf("  heap: %zu bytes after, %zu before\n", rt->heap.mem.used, base);
    rt_free(rt);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
