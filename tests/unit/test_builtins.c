/* The builtins module through its C entry points: each built-in is looked
 * up in a fresh runtime's builtins dict and called with native arguments;
 * results are checked by their repr (CPython 3.14's text) and errors by
 * type and message.  Also the lazy iterator types, sys and typing's
 * unions.  Python-level behaviour is tested by tests/py/builtins. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "obj/dict.h"
#include "obj/exc.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "obj/typeobj.h"
#include "vm/call.h"
#include "vm/rt.h"

static int passed, failed;
#define CHECK(cond) do { if (cond) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)

static kr_rt *rt;
static char outbuf[4096];
static size_t outlen;

static void capture(void *ud, int stream, const char *s, size_t n)
{
    (void)ud;
    char tag = stream == 2 ? '!' : 0;
    if (tag && outlen < sizeof outbuf - 1) outbuf[outlen++] = tag;
    for (size_t i = 0; i < n && outlen < sizeof outbuf - 1; i++) outbuf[outlen++] = s[i];
    outbuf[outlen] = 0;
}

static kr_val S(const char *s) { return kstr_val(kstr_cstr(rt, s)); }
static kr_val I(int64_t i) { return kv_int(i); }
static kr_val F(double d) { return kv_float(d); }
static kr_val T(kr_type *t) { return kv_obj(&t->head.obj); }
static kr_val B(const char *name) { return kdict_get_cstr(rt, (kr_dict *)rt->builtins, name); }

static kr_val list_of(int n, const kr_val *items) { return klist_val(klist_from(rt, items, n)); }
#define LIST(...) list_of((int)(sizeof((kr_val[]){ __VA_ARGS__ }) / sizeof(kr_val)), (kr_val[]){ __VA_ARGS__ })

static kr_obj *kwnames_of(const char *a, const char *b)
{
    kr_val names[2] = { S(a), b ? S(b) : kv_none() };
    return &ktuple_from(rt, names, b ? 2 : 1)->obj;
}

/* Calls builtin NAME; returns the repr of the result, or "Type: message". */
static char result[1024];
static const char *call_kw(const char *name, const kr_val *args, int nargs, kr_obj *kw)
{
    kr_val f = B(name), out, r;
    if (kv_is_undef(f)) { snprintf(result, sizeof result, "<no builtin %s>", name); return result; }
    int st = vm_call(rt, f, args, nargs, kw, &out);
    if (st == KR_OK && kr_repr(rt, out, &r) == KR_OK) {
        snprintf(result, sizeof result, "%s", kstr_data(kv_as_obj(r)));
        return result;
    }
    kr_val e = kr_exc_current(rt);
    kr_val msg;
    const char *m = "?";
    if (kr_to_str(rt, e, &msg) == KR_OK) m = kstr_data(kv_as_obj(msg));
    snprintf(result, sizeof result, "%s: %s", kr_type_name(e), m);
    kr_exc_clear(rt);
    return result;
}
static const char *call(const char *name, const kr_val *args, int nargs)
{
    return call_kw(name, args, nargs, NULL);
}
#define CALL(name, ...) call(name, (kr_val[]){ __VA_ARGS__ }, \
    (int)(sizeof((kr_val[]){ __VA_ARGS__ }) / sizeof(kr_val)))
#define EXPECT(got, want) do { const char *g_ = (got); \
    if (!strcmp(g_, want)) passed++; else { failed++; \
        printf("FAIL %s:%d: got [%s] want [%s]\n", __FILE__, __LINE__, g_, want); } } while (0)

static void test_numbers(void)
{
    EXPECT(CALL("abs", I(-5)), "5");
    EXPECT(CALL("abs", F(-0.0)), "0.0");
    EXPECT(CALL("abs", S("x")), "TypeError: bad operand type for abs(): 'str'");
    EXPECT(call("abs", NULL, 0), "TypeError: abs() takes exactly one argument (0 given)");
    EXPECT(CALL("divmod", I(-7), I(2)), "(-4, 1)");
    EXPECT(CALL("divmod", F(-7.5), I(2)), "(-4.0, 0.5)");
    EXPECT(CALL("divmod", S("a"), I(1)), "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    EXPECT(CALL("divmod", I(1)), "TypeError: divmod expected 2 arguments, got 1");
    EXPECT(CALL("pow", I(2), I(10)), "1024");
    EXPECT(CALL("pow", I(2), I(3), I(5)), "3");
    EXPECT(CALL("pow", I(2), I(-1), I(5)), "3");
    EXPECT(CALL("pow", I(2), I(3), I(0)), "ValueError: pow() 3rd argument cannot be 0");
    EXPECT(CALL("pow", F(2.0), I(3), I(5)), "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    EXPECT(CALL("pow", I(2), I(3), S("a")), "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'");
    EXPECT(CALL("hex", I(255)), "'0xff'");
    EXPECT(CALL("hex", I(-255)), "'-0xff'");
    EXPECT(CALL("bin", I(0)), "'0b0'");
    EXPECT(CALL("oct", I(-8)), "'-0o10'");
    EXPECT(CALL("hex", F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT(CALL("hex", kv_bool(1)), "'0x1'");
    EXPECT(CALL("hash", I(-1)), "-2");
    EXPECT(CALL("hash", F(1.0)), "1");
    EXPECT(CALL("hash", LIST(I(1))), "TypeError: unhashable type: 'list'");
    /* sum: ints past int64, floats with compensation, strings refused */
    EXPECT(CALL("sum", LIST(I(INT64_MAX), I(1))), "9223372036854775808");
    kr_val tenths[10];
    for (int i = 0; i < 10; i++) tenths[i] = F(0.1);
    EXPECT(CALL("sum", list_of(10, tenths)), "1.0");
    EXPECT(CALL("sum", LIST(F(1e100), F(1.0), F(-1e100))), "1.0");
    EXPECT(CALL("sum", LIST(F(-0.0)), F(-0.0)), "-0.0");
    EXPECT(CALL("sum", LIST(S("a")), S("")), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    EXPECT(CALL("sum", LIST(I(1), S("x"))), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT(call("sum", NULL, 0), "TypeError: sum() takes at least 1 positional argument (0 given)");
    kr_val sa[2] = { LIST(I(1), I(2)), I(10) };
    EXPECT(call_kw("sum", sa, 1, kwnames_of("start", NULL)), "13");
    /* min / max */
    EXPECT(CALL("max", I(1), I(3), I(2)), "3");
    EXPECT(CALL("min", LIST(I(4), I(9), I(2))), "2");
    EXPECT(CALL("max", LIST(I(2), I(1), F(2.0))), "2");
    EXPECT(CALL("max", LIST()), "ValueError: max() iterable argument is empty");
    EXPECT(call("max", NULL, 0), "TypeError: max expected at least 1 argument, got 0");
    EXPECT(CALL("max", I(1), S("a")), "TypeError: '>' not supported between instances of 'str' and 'int'");
    kr_val md[2] = { LIST(), I(0) };
    EXPECT(call_kw("max", md, 1, kwnames_of("default", NULL)), "0");
    kr_val md2[3] = { I(1), I(2), I(0) };
    EXPECT(call_kw("min", md2, 2, kwnames_of("default", NULL)),
           "TypeError: Cannot specify a default for min() with multiple positional arguments");
    kr_val mk[2] = { LIST(I(1), I(-3), I(2)), B("abs") };
    EXPECT(call_kw("max", mk, 1, kwnames_of("key", NULL)), "-3");
    kr_val mb[2] = { I(1), I(2) };
    EXPECT(call_kw("max", mb, 1, kwnames_of("bad", NULL)), "TypeError: max() got an unexpected keyword argument 'bad'");
}

static void test_objects(void)
{
    EXPECT(CALL("isinstance", I(1), T(&kt_int)), "True");
    EXPECT(CALL("isinstance", kv_bool(1), T(&kt_int)), "True");
    kr_val tup[2] = { T(&kt_str), T(&kt_float) };
    EXPECT(CALL("isinstance", F(1.0), ktuple_val(ktuple_from(rt, tup, 2))), "True");
    EXPECT(CALL("isinstance", I(1), I(1)),
           "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    EXPECT(CALL("issubclass", T(&kt_bool), T(&kt_int)), "True");
    EXPECT(CALL("issubclass", I(1), T(&kt_int)), "TypeError: issubclass() arg 1 must be a class");
    EXPECT(CALL("issubclass", T(&kt_KeyError), T(&kt_LookupError)), "True");
    EXPECT(CALL("isinstance", I(1)), "TypeError: isinstance expected 2 arguments, got 1");
    EXPECT(CALL("getattr", I(1), S("zz")), "AttributeError: 'int' object has no attribute 'zz'");
    EXPECT(CALL("getattr", I(1), S("zz"), I(5)), "5");
    EXPECT(CALL("getattr", I(1), I(2)), "TypeError: attribute name must be string, not 'int'");
    EXPECT(CALL("hasattr", S("s"), S("upper")), "True");
    EXPECT(CALL("hasattr", S("s"), S("nope")), "False");
    EXPECT(CALL("callable", B("len")), "True");
    EXPECT(CALL("callable", I(3)), "False");
    EXPECT(CALL("callable", T(&kt_int)), "True");
    kr_val l = LIST(I(1));
    char a[64];
    snprintf(a, sizeof a, "%s", CALL("id", l));
    EXPECT(CALL("id", l), a);
    snprintf(a, sizeof a, "%s", CALL("id", I(6)));
    CHECK(strcmp(CALL("id", I(5)), a) != 0);
    snprintf(a, sizeof a, "%s", CALL("id", I(5)));
    EXPECT(CALL("id", I(5)), a);
    EXPECT(CALL("repr", S("a'b")), "'\"a\\'b\"'");
    EXPECT(CALL("ascii", S("\xc3\xa9\n\xf0\x9f\x98\x80")), "\"'\\\\xe9\\\\n\\\\U0001f600'\"");
    EXPECT(CALL("format", I(255), S("x")), "'ff'");
    EXPECT(CALL("format", F(3.14159), S(".2f")), "'3.14'");
    EXPECT(CALL("format", I(1), I(5)), "TypeError: format() argument 2 must be str, not int");
    EXPECT(CALL("format", kv_none()), "'None'");
    EXPECT(CALL("format", kv_none(), S("d")), "TypeError: unsupported format string passed to NoneType.__format__");
    EXPECT(CALL("chr", I(65)), "'A'");
    EXPECT(CALL("chr", I(-1)), "ValueError: chr() arg not in range(0x110000)");
    EXPECT(CALL("ord", S("\xc3\xa9")), "233");
    EXPECT(CALL("ord", S("ab")), "TypeError: ord() expected a character, but string of length 2 found");
    EXPECT(CALL("ord", I(5)), "TypeError: ord() expected string of length 1, but int found");
    EXPECT(CALL("vars", I(5)), "TypeError: vars() argument must have __dict__ attribute");
    EXPECT(CALL("globals", I(1)), "TypeError: globals() takes no arguments (1 given)");
    EXPECT(CALL("open", S("f")),
           "PermissionError: open() is not available in the krait sandbox (no file access was granted)");
    EXPECT(CALL("eval", S("1")),
           "RuntimeError: eval() is not available in the krait sandbox (running code from strings is disabled)");
}

static void test_seq(void)
{
    EXPECT(CALL("len", LIST(I(1), I(2), I(3))), "3");
    EXPECT(CALL("len", I(5)), "TypeError: object of type 'int' has no len()");
    EXPECT(call_kw("len", (kr_val[]){ I(1) }, 0, kwnames_of("obj", NULL)), "TypeError: len() takes no keyword arguments");
    EXPECT(CALL("sorted", LIST(I(3), I(1), I(2))), "[1, 2, 3]");
    kr_val sr[2] = { LIST(I(3), I(1), I(2)), kv_bool(1) };
    EXPECT(call_kw("sorted", sr, 1, kwnames_of("reverse", NULL)), "[3, 2, 1]");
    EXPECT(CALL("sorted", LIST(I(1), S("a"))), "TypeError: '<' not supported between instances of 'str' and 'int'");
    EXPECT(call("sorted", NULL, 0), "TypeError: sorted expected 1 argument, got 0");
    EXPECT(CALL("all", LIST(I(1), I(0))), "False");
    EXPECT(CALL("any", LIST(I(0), S("x"))), "True");
    EXPECT(CALL("all", I(5)), "TypeError: 'int' object is not iterable");
    EXPECT(CALL("next", I(5)), "TypeError: 'int' object is not an iterator");
    kr_val it;
    CHECK(kr_iter(rt, LIST(I(7)), &it) == KR_OK);
    EXPECT(CALL("next", it), "7");
    EXPECT(CALL("next", it, S("d")), "'d'");
    EXPECT(CALL("next", it), "StopIteration: ");
    EXPECT(CALL("iter", I(5), I(1)), "TypeError: iter(v, w): v must be callable");
    EXPECT(call("iter", NULL, 0), "TypeError: iter expected at least 1 argument, got 0");
}

/* list(x) through the builtins */
static const char *listed(kr_val v)
{
    return CALL("list", v);
}

static kr_val make(const char *type, const kr_val *args, int nargs, kr_obj *kw)
{
    kr_val out;
    if (vm_call(rt, B(type), args, nargs, kw, &out) != KR_OK) {
        kr_exc_clear(rt);
        return kv_none();
    }
    return out;
}
#define MAKE(type, ...) make(type, (kr_val[]){ __VA_ARGS__ }, \
    (int)(sizeof((kr_val[]){ __VA_ARGS__ }) / sizeof(kr_val)), NULL)

static void test_iterators(void)
{
    EXPECT(listed(MAKE("enumerate", S("ab"))), "[(0, 'a'), (1, 'b')]");
    EXPECT(listed(MAKE("enumerate", S("ab"), I(INT64_MAX))),
           "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]");
    EXPECT(CALL("enumerate", LIST(), S("a")), "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT(call("enumerate", NULL, 0), "TypeError: enumerate() missing required argument 'iterable'");
    EXPECT(listed(MAKE("zip", S("abc"), LIST(I(1), I(2)))), "[('a', 1), ('b', 2)]");
    kr_val zs[3] = { LIST(I(1), I(2)), LIST(I(1)), kv_bool(1) };
    EXPECT(listed(make("zip", zs, 2, kwnames_of("strict", NULL))),
           "ValueError: zip() argument 2 is shorter than argument 1");
    kr_val z = make("zip", zs, 2, kwnames_of("strict", NULL));
    CALL("next", z);
    EXPECT(CALL("next", z), "ValueError: zip() argument 2 is shorter than argument 1");
    kr_val zs3[4] = { LIST(I(1)), LIST(I(1)), LIST(I(1), I(2)), kv_bool(1) };
    z = make("zip", zs3, 3, kwnames_of("strict", NULL));
    CALL("next", z);
    EXPECT(CALL("next", z), "ValueError: zip() argument 3 is longer than arguments 1-2");
    EXPECT(listed(MAKE("map", B("abs"), LIST(I(-1), I(2)))), "[1, 2]");
    EXPECT(listed(MAKE("map", B("pow"), LIST(I(2), I(3)), LIST(I(3), I(2), I(9)))), "[8, 9]");
    EXPECT(CALL("map", B("len")), "TypeError: map() must have at least two arguments.");
    EXPECT(listed(MAKE("filter", kv_none(), LIST(I(0), I(1), S(""), S("x")))), "[1, 'x']");
    EXPECT(listed(MAKE("filter", B("callable"), LIST(I(0), B("len")))), "[<built-in function len>]");
    EXPECT(listed(MAKE("reversed", S("abc"))), "['c', 'b', 'a']");
    EXPECT(listed(MAKE("reversed", LIST(I(1), I(2)))), "[2, 1]");
    EXPECT(CALL("reversed", I(5)), "TypeError: 'int' object is not reversible");
    kr_val m = MAKE("map", B("abs"), LIST());
    const char *r = CALL("repr", m);
    CHECK(!strncmp(r, "'<map object at 0x", 18));
}

static void test_print(void)
{
    outlen = 0;
    outbuf[0] = 0;
    CALL("print", S("a"), I(1), kv_none());
    EXPECT(outbuf, "a 1 None\n");
    outlen = 0;
    kr_val pa[3] = { S("x"), S("y"), S("-") };
    call_kw("print", pa, 2, kwnames_of("sep", NULL));
    EXPECT(outbuf, "x-y\n");
    outlen = 0;
    kr_val pe[2] = { S("x"), S("") };
    call_kw("print", pe, 1, kwnames_of("end", NULL));
    EXPECT(outbuf, "x");
    kr_val ps[2] = { S("x"), I(5) };
    EXPECT(call_kw("print", ps, 1, kwnames_of("sep", NULL)), "TypeError: sep must be None or a string, not int");
    EXPECT(call_kw("print", ps, 1, kwnames_of("bogus", NULL)), "TypeError: print() got an unexpected keyword argument 'bogus'");
}

static void test_sys(void)
{
    kr_module *m = kmodule_new(rt, "sys");
    CHECK(m && lib_module_init(rt, "sys", m) == KR_OK);
    if (!m) return;
    CHECK(kdict_set_cstr(rt, (kr_dict *)rt->modules, "sys", kv_obj(&m->obj)) == KR_OK);
    kr_dict *d = (kr_dict *)m->dict;
    kr_val v = kdict_get_cstr(rt, d, "version_info"), r;
    CHECK(kr_repr(rt, v, &r) == KR_OK
          && !strcmp(kstr_data(kv_as_obj(r)), "sys.version_info(major=3, minor=14, micro=0, releaselevel='final', serial=0)"));
    EXPECT(CALL("len", v), "5");
    EXPECT(CALL("abs", kdict_get_cstr(rt, d, "maxsize")), "9223372036854775807");
    /* print() to sys.stderr goes to stream 2 */
    outlen = 0;
    kr_val pf[2] = { S("err"), kdict_get_cstr(rt, d, "stderr") };
    call_kw("print", pf, 1, kwnames_of("file", NULL));
    EXPECT(outbuf, "!err\n");
    kr_val w;
    outlen = 0;
    CHECK(kr_getattr_cstr(rt, kdict_get_cstr(rt, d, "stdout"), "write", &w) == KR_OK);
    kr_val out;
    kr_val arg = S("hi\n");
    CHECK(vm_call(rt, w, &arg, 1, NULL, &out) == KR_OK && kv_is_int(out) && kv_as_int(out) == 3);
    EXPECT(outbuf, "hi\n");
    CHECK(lib_module_init(rt, "nosuchmodule", m) == KR_STOP);
}

static void test_union(void)
{
    kr_val u, r;
    CHECK(lib_union_or(rt, T(&kt_int), kv_none(), &u) == KR_OK);
    CHECK(kr_repr(rt, u, &r) == KR_OK && !strcmp(kstr_data(kv_as_obj(r)), "int | None"));
    EXPECT(CALL("isinstance", kv_none(), u), "True");
    EXPECT(CALL("isinstance", S("x"), u), "False");
    kr_val u2;
    CHECK(lib_union_or(rt, kv_none(), T(&kt_int), &u2) == KR_OK);
    kr_val eq;
    CHECK(kr_richcmp(rt, u, u2, KR_EQ, &eq) == KR_OK && kv_is_bool(eq) && kv_as_bool(eq));
    kr_val same;
    CHECK(lib_union_or(rt, T(&kt_int), T(&kt_int), &same) == KR_OK && kr_is(same, T(&kt_int)));
    CHECK(lib_union_or(rt, T(&kt_int), I(3), &r) == KR_OK && kr_is_notimpl(r));
}

int main(void)
{
    rt = rt_new(0);
    if (!rt) { printf("0 passed, 1 failed\n"); return 1; }
    rt->write = capture;
    rt->in_gc_unsafe++;     /* the test's values live in C locals */
    test_numbers();
    test_objects();
    test_seq();
    test_iterators();
    test_print();
    test_sys();
    test_union();
    rt_free(rt);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
