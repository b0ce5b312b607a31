/* str / bytes / bytearray objects through their C API and method tables:
 * construction, interning, hashing, the lazy character index, in-place
 * append, the methods (called as the VM calls natives), codecs with their
 * errors, formatting, and memory accounting (every byte freed). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "obj/bytes.h"
#include "obj/dict.h"
#include "obj/exc.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "vm/rt.h"

static int passed, failed;
#define CHECK(cond) do { if (cond) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)

static kr_rt *rt;

static kr_val S(const char *s) { return kstr_val(kstr_cstr(rt, s)); }

static const char *cstr(kr_val v)
{
    if (!kv_is_str(v)) return "<not a str>";
    return kstr_data(kv_as_obj(v));
}

/* The message of the pending exception (and clears it). */
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

/* A pending UnicodeEncodeError/DecodeError as "Type encoding start end
 * reason", from its attributes (and clears it). */
static const char *uerr(void)
{
    kr_val e = kr_exc_current(rt);
    if (kv_is_undef(e)) return "<no exception>";
    kr_exc_clear(rt);
    const char *names[4] = { "encoding", "start", "end", "reason" };
    kr_val f[4];
    for (int i = 0; i < 4; i++)
        if (kr_getattr(rt, e, &kstr_intern_cstr(rt, names[i])->obj, &f[i]) != KR_OK) {
            kr_exc_clear(rt);
            return "<no attribute>";
        }
    snprintf(errbuf, sizeof errbuf, "%s %s %lld %lld %s", kr_type_name(e), cstr(f[0]),
             (long long)kv_as_int(f[1]), (long long)kv_as_int(f[2]), cstr(f[3]));
    return errbuf;
}

/* Calls method NAME of type T's table on SELF. */
static int call(kr_type *t, kr_val self, const char *name, const kr_val *args, int nargs,
                kr_val *out)
{
    for (const kr_cfunc *const *m = t->methods; *m; m++)
        if (!strcmp((*m)->name, name)) {
            if ((*m)->flags & (KF_STATIC | KF_CLASS))
                return (*m)->fn(rt, (*m)->flags & KF_CLASS ? kv_obj(&t->head.obj) : kv_undef(),
                                args, nargs, NULL, out);
            return (*m)->fn(rt, self, args, nargs, NULL, out);
        }
    printf("no method %s\n", name);
    return KR_ERR;
}

static kr_val call_ok(kr_type *t, kr_val self, const char *name, const kr_val *args, int nargs)
{
    kr_val out = kv_none();
    if (call(t, self, name, args, nargs, &out) != KR_OK) printf("  (%s: %s)\n", name, err());
    return out;
}

static const char *repr(kr_val v)
{
    static char buf[4][512];
    static int k;
    kr_val r;
    if (kr_repr(rt, v, &r) != KR_OK) return err();
    k = (k + 1) & 3;
    snprintf(buf[k], sizeof buf[k], "%s", cstr(r));
    return buf[k];
}

static void test_basics(void)
{
    kr_str *a = kstr_cstr(rt, "hello");
    CHECK(a->len == 5 && a->nbytes == 5 && (a->obj.aux & KS_ASCII));
    kr_str *u = kstr_cstr(rt, "h\xc3\xa9llo \xe2\x82\xac");
    CHECK(u->len == 7 && u->nbytes == 10 && !(u->obj.aux & KS_ASCII));
    CHECK(kstr_hash(a) == kstr_hash(kstr_cstr(rt, "hello")));
    CHECK(kstr_hash(a) != -1);
    CHECK(kstr_eq(a, kstr_cstr(rt, "hello")));
    CHECK(!kstr_eq(a, kstr_cstr(rt, "hellp")));
    kr_str *i1 = kstr_intern_cstr(rt, "name"), *i2 = kstr_intern(rt, "name", 4);
    CHECK(i1 == i2);
    kr_str *i3 = kstr_intern_str(rt, kstr_cstr(rt, "name"));
    CHECK(i3 == i1);
    kr_str *c = kstr_concat(rt, a, u);
    CHECK(c->len == 12 && !(c->obj.aux & KS_ASCII));
    CHECK(kstr_from_cp(rt, 'x') == kstr_from_cp(rt, 'x'));
    CHECK(kstr_eq_cstr(kstr_from_cp(rt, 0x20AC), "\xe2\x82\xac"));
    CHECK(kstr_eq_cstr(kstr_char_at(rt, u, 6), "\xe2\x82\xac"));
    CHECK(kstr_eq_cstr(kstr_char_at(rt, u, 1), "\xc3\xa9"));
    kr_str *f = kstr_fmt(rt, "%s=%d %lld %zu %s %5.2s|%%", "x", -3, (long long)1 << 40, (size_t)7, a->data, "abc");
    CHECK(kstr_eq_cstr(f, "x=-3 1099511627776 7 hello    ab|%"));
}

static void test_index(void)
{
    /* a long non-ASCII string: random access through the index */
    char buf[3000];
    size_t n = 0;
    for (int i = 0; i < 1000; i++) {
        if (i % 3 == 0) { buf[n++] = (char)0xc3; buf[n++] = (char)0xa9; }
        else buf[n++] = (char)('a' + i % 26);
    }
    kr_str *s = kstr_new(rt, buf, n);
    CHECK(s->len == 1000);
    int ok = 1;
    for (int i = 999; i >= 0; i -= 7) {
        kr_str *c = kstr_char_at(rt, s, i);
        if (i % 3 == 0) ok &= kstr_eq_cstr(c, "\xc3\xa9");
        else ok &= c->nbytes == 1 && c->data[0] == 'a' + i % 26;
    }
    CHECK(ok);
    kr_val out;
    kr_obj *sl = kslice_new(rt, kv_int(10), kv_int(20), kv_none());
    CHECK(kr_getitem(rt, kstr_val(s), kv_obj(sl), &out) == KR_OK && KR_AS(kr_str, out)->len == 10);
    sl = kslice_new(rt, kv_none(), kv_none(), kv_int(-1));
    CHECK(kr_getitem(rt, kstr_val(s), kv_obj(sl), &out) == KR_OK && KR_AS(kr_str, out)->len == 1000);
}

static void test_inplace(void)
{
    kr_str *s = kstr_new(rt, "ab", 2);
    for (int i = 0; i < 1000; i++) {
        kr_str *t = kstr_cstr(rt, i % 100 == 0 ? "\xe2\x82\xac" : "xy");
        if (kstr_append_inplace(rt, s, t) != KR_OK) { CHECK(0); return; }
    }
    CHECK(s->len == 2 + 990 * 2 + 10);
    CHECK(!(s->obj.aux & KS_ASCII));
    CHECK(kstr_append_inplace(rt, s, s) == KR_OK && s->len == 2 * (2 + 990 * 2 + 10));
    CHECK(kstr_append_inplace(rt, kstr_intern_cstr(rt, "k"), s) == KR_STOP);
    CHECK(kstr_append_inplace(rt, kstr_from_cp(rt, 'q'), s) == KR_STOP);
    int64_t h = kstr_hash(s);
    kr_str *t = kstr_new(rt, s->data, (size_t)s->nbytes);
    CHECK(h == kstr_hash(t) && kstr_eq(s, t));
}

static void test_methods(void)
{
    kr_type *T = &kt_str;
    kr_val a[3];
    a[0] = S(",");
    CHECK(!strcmp(repr(call_ok(T, S("a,b,,c"), "split", a, 1)), "['a', 'b', '', 'c']"));
    CHECK(!strcmp(repr(call_ok(T, S("  a b\t c  "), "split", NULL, 0)), "['a', 'b', 'c']"));
    a[0] = kv_none(); a[1] = kv_int(1);
    CHECK(!strcmp(repr(call_ok(T, S(" a b c "), "rsplit", a, 2)), "[' a b', 'c']"));
    CHECK(!strcmp(cstr(call_ok(T, S("Hello \xc3\x9f"), "upper", NULL, 0)), "HELLO SS"));
    CHECK(!strcmp(cstr(call_ok(T, S("HeLLo"), "lower", NULL, 0)), "hello"));
    CHECK(!strcmp(cstr(call_ok(T, S("hello world"), "title", NULL, 0)), "Hello World"));
    a[0] = S("l");
    CHECK(kv_as_int(call_ok(T, S("hello"), "find", a, 1)) == 2);
    CHECK(kv_as_int(call_ok(T, S("hello"), "rfind", a, 1)) == 3);
    CHECK(kv_as_int(call_ok(T, S("hello"), "count", a, 1)) == 2);
    a[0] = S("z");
    kr_val out;
    CHECK(call(T, S("hello"), "index", a, 1, &out) == KR_ERR
          && !strcmp(err(), "ValueError: substring not found"));
    a[0] = kv_int(1);
    CHECK(call(T, S("hello"), "find", a, 1, &out) == KR_ERR
          && !strcmp(err(), "TypeError: find() argument 1 must be str, not int"));
    CHECK(call(T, S("hello"), "lower", a, 1, &out) == KR_ERR
          && !strcmp(err(), "TypeError: str.lower() takes no arguments (1 given)"));
    CHECK(call(T, S("hello"), "find", a, 0, &out) == KR_ERR
          && !strcmp(err(), "TypeError: find expected at least 1 argument, got 0"));
    a[0] = S("-");
    kr_val items[3] = { S("x"), S("\xc3\xa9"), S("z") };
    a[0] = ktuple_val(ktuple_from(rt, items, 3));
    CHECK(!strcmp(cstr(call_ok(T, S("--"), "join", a, 1)), "x--\xc3\xa9--z"));
    a[0] = kv_int(7); a[1] = S("*");
    CHECK(!strcmp(cstr(call_ok(T, S("ab"), "center", a, 2)), "***ab**"));
    a[0] = S("l"); a[1] = S("L");
    CHECK(!strcmp(cstr(call_ok(T, S("hello"), "replace", a, 2)), "heLLo"));
    CHECK(!strcmp(cstr(call_ok(T, S("  x  "), "strip", NULL, 0)), "x"));
    a[0] = S("l");
    CHECK(!strcmp(repr(call_ok(T, S("hello"), "partition", a, 1)), "('he', 'l', 'lo')"));
    CHECK(!strcmp(repr(call_ok(T, S("a\nb\r\nc"), "splitlines", NULL, 0)), "['a', 'b', 'c']"));
    a[0] = kv_int(5);
    CHECK(!strcmp(cstr(call_ok(T, S("-42"), "zfill", a, 1)), "-0042"));
    CHECK(kv_as_bool(call_ok(T, S("abc123"), "isalnum", NULL, 0)));
    CHECK(!kv_as_bool(call_ok(T, S(""), "isalnum", NULL, 0)));
    CHECK(!strcmp(repr(call_ok(T, S("a\xe2\x82\xac"), "encode", NULL, 0)), "b'a\\xe2\\x82\\xac'"));
    a[0] = S("ascii");
    CHECK(call(T, S("a\xc3\xa9"), "encode", a, 1, &out) == KR_ERR
          && !strcmp(uerr(), "UnicodeEncodeError ascii 1 2 ordinal not in range(128)"));
    a[1] = S("replace");
    CHECK(!strcmp(repr(call_ok(T, S("a\xc3\xa9\xe2\x82\xac"), "encode", a, 2)), "b'a?" "?'"));
    a[1] = S("backslashreplace");
    CHECK(!strcmp(repr(call_ok(T, S("a\xc3\xa9"), "encode", a, 2)), "b'a\\\\xe9'"));
    a[0] = S("a"); a[1] = S("b");
    kr_val tab = call_ok(T, kv_undef(), "maketrans", a, 2);
    a[0] = tab;
    CHECK(!strcmp(cstr(call_ok(T, S("banana"), "translate", a, 1)), "bbnbnb"));
}

static void test_format(void)
{
    kr_val a[3];
    a[0] = kv_int(42); a[1] = S("x");
    CHECK(!strcmp(cstr(call_ok(&kt_str, S("{0:>5}|{1!r}|{0:x}"), "format", a, 2)), "   42|'x'|2a"));
    kr_val out;
    a[0] = ktuple_val(ktuple_from(rt, (kr_val[]){ kv_int(3), kv_float(2.5), S("s") }, 3));
    CHECK(kr_binop(rt, 6 /* OPB_REMAINDER */, S("%03d %.2f %-3s|"), a[0], &out) == KR_OK
          && !strcmp(cstr(out), "003 2.50 s  |"));
    CHECK(kr_binop(rt, 6, S("%s %s"), kv_int(1), &out) == KR_ERR
          && !strcmp(err(), "TypeError: not enough arguments for format string"));
    CHECK(kstr_format_value(rt, kv_float(3.14159), kstr_cstr(rt, ".3"), &out) == KR_OK
          && !strcmp(cstr(out), "3.14"));
    CHECK(kstr_format_value(rt, kv_bool(1), NULL, &out) == KR_OK && !strcmp(cstr(out), "True"));
}

static void test_bytes(void)
{
    kr_val b = kbytes_val(kbytes_new(rt, "a,b\xff", 4));
    kr_val a[2];
    a[0] = kbytes_val(kbytes_new(rt, ",", 1));
    CHECK(!strcmp(repr(call_ok(&kt_bytes, b, "split", a, 1)), "[b'a', b'b\\xff']"));
    CHECK(!strcmp(cstr(call_ok(&kt_bytes, b, "hex", NULL, 0)), "612c62ff"));
    kr_val out;
    CHECK(call(&kt_bytes, b, "decode", NULL, 0, &out) == KR_ERR
          && !strcmp(uerr(), "UnicodeDecodeError utf-8 3 4 invalid start byte"));
    a[0] = S("utf-8"); a[1] = S("surrogateescape");
    kr_val d = call_ok(&kt_bytes, b, "decode", a, 2);
    CHECK(kv_is_str(d) && KR_AS(kr_str, d)->len == 4);
    CHECK(!strcmp(repr(call_ok(&kt_str, d, "encode", a, 2)), "b'a,b\\xff'"));
    a[0] = S("61 62");
    CHECK(!strcmp(repr(call_ok(&kt_bytes, kv_undef(), "fromhex", a, 1)), "b'ab'"));
    kr_bytearray *ba = kbytearray_new(rt, "xyz", 3);
    kr_val bv = kv_obj(&ba->obj);
    a[0] = kv_int(33);
    call_ok(&kt_bytearray, bv, "append", a, 1);
    call_ok(&kt_bytearray, bv, "reverse", NULL, 0);
    CHECK(!strcmp(repr(bv), "bytearray(b'!zyx')"));
    CHECK(kr_setitem(rt, bv, kv_int(0), kv_int(65)) == KR_OK && !strcmp(repr(bv), "bytearray(b'Azyx')"));
    CHECK(kr_setitem(rt, bv, kv_int(0), kv_int(256)) == KR_ERR
          && !strcmp(err(), "ValueError: byte must be in range(0, 256)"));
    CHECK(kr_binop(rt, 13 /* OPB_INPLACE_ADD */, bv, b, &out) == KR_OK && kv_same(out, bv)
          && ba->len == 8);
}

/* Strings of every shape, freed by a collection: the counted bytes must
 * come back exactly (a wrong size given to mem_free would show here). */
static void churn(void)
{
    char buf[2000];
    for (int i = 0; i < 2000; i++) buf[i] = (char)('a' + i % 26);
    for (int i = 0; i < 1999; i += 3) { buf[i] = (char)0xc3; buf[i + 1] = (char)0xa9; }
    kr_str *s = kstr_new(rt, buf, 1998);
    kstr_char_at(rt, s, 600);                       /* builds the index */
    kr_str *m = kstr_new(rt, "xy", 2);
    for (int i = 0; i < 300; i++) kstr_append_inplace(rt, m, s);   /* moved to a block */
    kstr_char_at(rt, m, 1000);
    kr_str *big = kstr_new(rt, buf, 1000);
    kstr_append_inplace(rt, big, s);
    kr_bytearray *ba = kbytearray_new(rt, "abc", 3);
    for (int i = 0; i < 100; i++) {
        kr_val out;
        kr_binop(rt, 13, kv_obj(&ba->obj), kstr_val(s) /* not bytes: error */, &out);
        kr_exc_clear(rt);
        kr_binop(rt, 13, kv_obj(&ba->obj), kbytes_val(kbytes_new(rt, buf, 100)), &out);
    }
    kr_val out;
    kr_getitem(rt, kstr_val(s), kv_obj(kslice_new(rt, kv_int(3), kv_int(900), kv_int(7))), &out);
    kr_type *T = &kt_str;
    kr_val a[2] = { S("\xc3\xa9"), S("E") };
    call_ok(T, kstr_val(s), "replace", a, 2);
    call_ok(T, kstr_val(s), "upper", NULL, 0);
    call_ok(T, kstr_val(s), "split", a, 1);
}

static void test_memory(void)
{
    rt->in_gc_unsafe--;
    churn();
    heap_collect(&rt->heap);
    size_t base = rt->heap.mem.used;
    churn();
    size_t mid = rt->heap.mem.used;
    heap_collect(&rt->heap);
    CHECK(mid > base + 100000);
    CHECK(rt->heap.mem.used == base);
    if (rt->heap.mem.used != base) printf("  used %zu, expected %zu\n", rt->heap.mem.used, base);
    rt->in_gc_unsafe++;
}

int main(void)
{
    rt = rt_new(0);
    if (!rt) { printf("no runtime\n"); return 1; }
    rt->in_gc_unsafe++;
    test_basics();
    test_index();
    test_inplace();
    test_methods();
    test_format();
    test_bytes();
    test_memory();
    rt->in_gc_unsafe--;
    rt_free(rt);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
