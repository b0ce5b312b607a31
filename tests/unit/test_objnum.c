/* int, bool, float and complex objects through the generic protocol and
 * the num.h API: int64 fast paths and their promotion to big ints, exact
 * mixed comparisons, CPython's 64-bit hash values, reprs, the errors and
 * messages of division, shifts and powers, int()/float()/complex() parsing,
 * the methods (called as the VM calls natives), memory refusals under a
 * limit, and that every byte is freed. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile/opcodes.h"
#include "obj/exc.h"
#include "obj/num.h"
#include "obj/seq.h"
#include "obj/str.h"
#include "vm/rt.h"

static int passed, failed;
#define CHECK(cond) do { if (cond) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(got, want) do { const char *g_ = (got), *w_ = (want); \
    if (!strcmp(g_, w_)) passed++; else { failed++; \
    printf("FAIL %s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_, w_); } } while (0)

static kr_rt *rt;

static kr_val S(const char *s) { return kstr_val(kstr_cstr(rt, s)); }

static const char *cstr(kr_val v)
{
    if (!kv_is_str(v)) return "<not a str>";
    return kstr_data(kv_as_obj(v));
}

/* "Type: message" of the pending exception (cleared). */
static char errbuf[4][512];
static int errk;
static const char *err(void)
{
    kr_val e = kr_exc_current(rt);
    if (kv_is_undef(e)) return "<no exception>";
    const char *tn = kr_type_name(e);
    kr_val s;
    kr_exc_clear(rt);
    errk = (errk + 1) & 3;
    if (kr_to_str(rt, e, &s) != KR_OK) { kr_exc_clear(rt); return "<str failed>"; }
    snprintf(errbuf[errk], sizeof errbuf[errk], "%s: %s", tn, cstr(s));
    return errbuf[errk];
}

/* repr of a result, or the error it raised. */
static char rbuf[8][2048];
static int rk;
static const char *R(int st, kr_val v)
{
    if (st != KR_OK) return err();
    kr_val r;
    if (kr_repr(rt, v, &r) != KR_OK) return err();
    rk = (rk + 1) & 7;
    snprintf(rbuf[rk], sizeof rbuf[rk], "%s", cstr(r));
    return rbuf[rk];
}

static const char *bin(int op, kr_val a, kr_val b)
{
    kr_val out = kv_none();
    int st = kr_binop(rt, op, a, b, &out);
    return R(st, out);
}

static const char *cmp(kr_val a, kr_val b, int op)
{
    kr_val out = kv_none();
    int st = kr_richcmp(rt, a, b, op, &out);
    return R(st, out);
}

/* T(args...) through the type's constructor. */
static const char *make(kr_type *t, const kr_val *args, int nargs)
{
    kr_val out = kv_none();
    int st = t->slots.new_(rt, t, args, nargs, NULL, &out);
    return R(st, out);
}

/* A method of type T's table called on SELF. */
static const char *meth(kr_type *t, kr_val self, const char *name, const kr_val *args, int nargs)
{
    for (const kr_type *k = t; k; k = k->base) {
        if (!k->methods) continue;
        for (const kr_cfunc *const *m = k->methods; *m; m++) {
            if (strcmp((*m)->name, name)) continue;
            kr_val out = kv_none();
            kr_val s = (*m)->flags & KF_CLASS ? kv_obj(&t->head.obj) : self;
            return R((*m)->fn(rt, s, args, nargs, NULL, &out), out);
        }
    }
    return "<no method>";
}

static kr_val big(const char *digits)
{
    kr_val v = kv_none();
    bool neg = digits[0] == '-';
    if (kint_from_digits(rt, digits + neg, strlen(digits + neg), 10, neg, &v) != KR_OK)
        printf("  (%s)\n", err());
    return v;
}

static void test_int_fast(void)
{
    kr_val v;
    CHECK(kint_add_i64(rt, 1, 2, &v) == KR_OK && kv_is_int(v) && kv_as_int(v) == 3);
    CHECK_STR(R(kint_add_i64(rt, INT64_MAX, 1, &v), v), "9223372036854775808");
    CHECK(kv_is_bigint(v));
    CHECK_STR(R(kint_sub_i64(rt, INT64_MIN, 1, &v), v), "-9223372036854775809");
    CHECK_STR(R(kint_mul_i64(rt, INT64_MAX, INT64_MAX, &v), v), "85070591730234615847396907784232501249");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, kv_int(INT64_MIN), kv_int(-1)), "9223372036854775808");
    CHECK_STR(bin(OPB_REMAINDER, kv_int(INT64_MIN), kv_int(-1)), "0");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, kv_int(-7), kv_int(2)), "-4");
    CHECK_STR(bin(OPB_REMAINDER, kv_int(-7), kv_int(2)), "1");
    CHECK_STR(bin(OPB_REMAINDER, kv_int(7), kv_int(-2)), "-1");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, kv_int(7), kv_int(0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_REMAINDER, kv_int(7), kv_int(0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(7), kv_int(0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(1), kv_int(3)), "0.3333333333333333");
    /* beyond 2**53 the quotient is still correctly rounded */
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(9007199254740993), kv_int(1)), "9007199254740992.0");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(INT64_MAX), kv_int(3)), "3.0744573456182584e+18");
    CHECK_STR(bin(OPB_POWER, kv_int(2), kv_int(62)), "4611686018427387904");
    CHECK_STR(bin(OPB_POWER, kv_int(2), kv_int(64)), "18446744073709551616");
    CHECK_STR(bin(OPB_POWER, kv_int(-3), kv_int(41)), "-36472996377170786403");
    CHECK_STR(bin(OPB_POWER, kv_int(2), kv_int(-2)), "0.25");
    CHECK_STR(bin(OPB_POWER, kv_int(-2), kv_int(-3)), "-0.125");
    CHECK_STR(bin(OPB_POWER, kv_int(0), kv_int(-1)), "ZeroDivisionError: zero to a negative power");
    CHECK_STR(bin(OPB_POWER, kv_int(0), kv_int(0)), "1");
    CHECK_STR(bin(OPB_POWER, kv_int(-1), kv_int(INT64_MAX)), "-1");
    CHECK_STR(bin(OPB_LSHIFT, kv_int(1), kv_int(62)), "4611686018427387904");
    CHECK_STR(bin(OPB_LSHIFT, kv_int(1), kv_int(63)), "9223372036854775808");
    CHECK_STR(bin(OPB_LSHIFT, kv_int(-1), kv_int(63)), "-9223372036854775808");
    CHECK(kv_is_int(v) || 1);
    CHECK_STR(bin(OPB_LSHIFT, kv_int(-3), kv_int(100)), "-3802951800684688204490109616128");
    CHECK_STR(bin(OPB_LSHIFT, kv_int(1), kv_int(-1)), "ValueError: negative shift count");
    CHECK_STR(bin(OPB_RSHIFT, kv_int(1), kv_int(-1)), "ValueError: negative shift count");
    CHECK_STR(bin(OPB_RSHIFT, kv_int(-5), kv_int(1)), "-3");
    CHECK_STR(bin(OPB_RSHIFT, kv_int(-5), kv_int(1000)), "-1");
    CHECK_STR(bin(OPB_AND, kv_int(-6), kv_int(13)), "8");
    CHECK_STR(bin(OPB_XOR, kv_int(-6), kv_int(13)), "-9");
    CHECK_STR(bin(OPB_INPLACE_ADD, kv_int(40), kv_int(2)), "42");
    CHECK_STR(bin(OPB_MATRIX_MULTIPLY, kv_int(1), kv_int(2)),
              "TypeError: unsupported operand type(s) for @: 'int' and 'int'");
    CHECK_STR(bin(OPB_ADD, kv_int(1), S("a")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    kr_val out;
    CHECK_STR(R(kr_unop(rt, KR_UNOP_NEG, kv_int(INT64_MIN), &out), out), "9223372036854775808");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_ABS, kv_int(INT64_MIN), &out), out), "9223372036854775808");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_INVERT, kv_int(5), &out), out), "-6");
}

static void test_int_big(void)
{
    kr_val a = big("123456789012345678901234567890");
    kr_val m = big("-9223372036854775809");
    CHECK(kv_is_bigint(a));
    CHECK_STR(bin(OPB_SUBTRACT, a, a), "0");
    CHECK(1);
    kr_val z;
    CHECK(kr_binop(rt, OPB_SUBTRACT, a, a, &z) == KR_OK && kv_is_int(z));  /* back inline */
    CHECK_STR(bin(OPB_ADD, m, kv_int(1)), "-9223372036854775808");
    CHECK(kr_binop(rt, OPB_ADD, m, kv_int(1), &z) == KR_OK && kv_is_int(z));
    CHECK_STR(bin(OPB_MULTIPLY, a, a), "15241578753238836750495351562536198787501905199875019052100");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, a, kv_int(-7)), "-17636684144620811271604938270");
    CHECK_STR(bin(OPB_REMAINDER, a, kv_int(-7)), "0");
    CHECK_STR(bin(OPB_REMAINDER, a, kv_int(-11)), "-4");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, a, kv_int(7)), "1.763668414462081e+28");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, a, kv_int(0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_AND, a, m), "123456789003122306864379792082");
    CHECK_STR(bin(OPB_RSHIFT, a, kv_int(60)), "107081695084");
    CHECK_STR(bin(OPB_LSHIFT, kv_int(1), a), "OverflowError: too many digits in integer");
    CHECK_STR(bin(OPB_RSHIFT, m, a), "-1");
    CHECK_STR(bin(OPB_POWER, a, kv_int(-1)), "8.1000000729e-30");
    CHECK_STR(bin(OPB_POWER, kv_int(10), kv_int(30)), "1000000000000000000000000000000");
    kr_val huge;
    kr_binop(rt, OPB_POWER, kv_int(2), kv_int(2000), &huge);
    CHECK_STR(bin(OPB_TRUE_DIVIDE, huge, kv_int(3)),
              "OverflowError: integer division result too large for a float");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(1), huge), "0.0");
    CHECK_STR(bin(OPB_ADD, huge, kv_float(1.0)), "OverflowError: int too large to convert to float");
    CHECK_STR(bin(OPB_POWER, huge, kv_int(-1)), "OverflowError: int too large to convert to float");
    CHECK_STR(cmp(huge, kv_float(1e308), KR_LT), "False");
    CHECK_STR(cmp(huge, kv_float(INFINITY), KR_LT), "True");
    CHECK_STR(cmp(kv_float(NAN), huge, KR_NE), "True");
    kr_val out;
    CHECK_STR(R(kr_unop(rt, KR_UNOP_NEG, m, &out), out), "9223372036854775809");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_INVERT, m, &out), out), "9223372036854775808");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_NEG, big("9223372036854775808"), &out), out), "-9223372036854775808");
    CHECK(kr_unop(rt, KR_UNOP_NEG, big("9223372036854775808"), &out) == KR_OK && kv_is_int(out));
    int t;
    CHECK(kr_truth(rt, a, &t) == KR_OK && t == 1);
    /* the str digit limit */
    kr_val g;
    kr_binop(rt, OPB_POWER, kv_int(10), kv_int(5000), &g);
    CHECK_STR(R(KR_OK, g), "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                           "use sys.set_int_max_str_digits() to increase the limit");
}

static void test_int_cmp_hash(void)
{
    CHECK_STR(cmp(kv_int(1), kv_int(2), KR_LT), "True");
    CHECK_STR(cmp(kv_int(9007199254740993), kv_float(9007199254740992.0), KR_GT), "True");
    CHECK_STR(cmp(kv_int(9007199254740993), kv_float(9007199254740992.0), KR_EQ), "False");
    CHECK_STR(cmp(kv_float(9007199254740992.0), kv_int(9007199254740993), KR_LT), "True");
    CHECK_STR(cmp(kv_int(1), kv_float(NAN), KR_EQ), "False");
    CHECK_STR(cmp(kv_int(1), kv_float(NAN), KR_NE), "True");
    CHECK_STR(cmp(kv_bool(1), kv_float(1.0), KR_EQ), "True");
    CHECK_STR(cmp(kv_int(1), kv_none(), KR_LT),
              "TypeError: '<' not supported between instances of 'int' and 'NoneType'");
    int64_t h;
    CHECK(kr_hash(rt, kv_int(-1), &h) == KR_OK && h == -2);
    CHECK(kr_hash(rt, kv_int(((int64_t)1 << 61) - 1), &h) == KR_OK && h == 0);
    CHECK(kr_hash(rt, kv_int(-((int64_t)1 << 61)), &h) == KR_OK && h == -2);
    CHECK(kr_hash(rt, kv_int(INT64_MAX), &h) == KR_OK && h == 3);
    CHECK(kr_hash(rt, big("18446744073709551616"), &h) == KR_OK && h == 8);
    CHECK(kr_hash(rt, kv_bool(1), &h) == KR_OK && h == 1);
    CHECK(kr_hash(rt, kv_float(1.0), &h) == KR_OK && h == 1);
    CHECK(kr_hash(rt, kv_float(1.5), &h) == KR_OK && h == 1152921504606846977);
    CHECK(kr_hash(rt, kv_float(-0.5), &h) == KR_OK && h == -1152921504606846976);
    CHECK(kr_hash(rt, kv_float(-1.0), &h) == KR_OK && h == -2);
    CHECK(kr_hash(rt, kv_float(INFINITY), &h) == KR_OK && h == 314159);
    CHECK(kr_hash(rt, kv_float(18446744073709551616.0), &h) == KR_OK && h == 8);
    CHECK(kfloat_hash(1e300) == kfloat_hash(1e300) && kfloat_hash(2.0 * 2.0) == 4);
    CHECK(kr_hash(rt, kv_obj(kcomplex_new(rt, 1, 2)), &h) == KR_OK && h == 2000007);
    CHECK(kr_hash(rt, kv_obj(kcomplex_new(rt, 3, 0)), &h) == KR_OK && h == 3);
}

static void test_int_new(void)
{
    kr_val a[2];
    a[0] = S("  -1_000  ");
    CHECK_STR(make(&kt_int, a, 1), "-1000");
    a[0] = S("0x_ff"); a[1] = kv_int(0);
    CHECK_STR(make(&kt_int, a, 2), "255");
    a[0] = S("z"); a[1] = kv_int(36);
    CHECK_STR(make(&kt_int, a, 2), "35");
    a[0] = S("\xd9\xa1\xd9\xa2\xd9\xa3");   /* Arabic-Indic 123 */
    CHECK_STR(make(&kt_int, a, 1), "123");
    a[0] = S("1__0");
    CHECK_STR(make(&kt_int, a, 1), "ValueError: invalid literal for int() with base 10: '1__0'");
    a[0] = S("010"); a[1] = kv_int(0);
    CHECK_STR(make(&kt_int, a, 2), "ValueError: invalid literal for int() with base 0: '010'");
    a[0] = S("1"); a[1] = kv_int(37);
    CHECK_STR(make(&kt_int, a, 2), "ValueError: int() base must be >= 2 and <= 36, or 0");
    a[0] = kv_int(12); a[1] = kv_int(10);
    CHECK_STR(make(&kt_int, a, 2), "TypeError: int() can't convert non-string with explicit base");
    a[0] = kv_float(-2.9);
    CHECK_STR(make(&kt_int, a, 1), "-2");
    a[0] = kv_float(1e20);
    CHECK_STR(make(&kt_int, a, 1), "100000000000000000000");
    a[0] = kv_float(INFINITY);
    CHECK_STR(make(&kt_int, a, 1), "OverflowError: cannot convert float infinity to integer");
    a[0] = kv_float(NAN);
    CHECK_STR(make(&kt_int, a, 1), "ValueError: cannot convert float NaN to integer");
    a[0] = kv_none();
    CHECK_STR(make(&kt_int, a, 1),
              "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    CHECK_STR(make(&kt_int, a, 0), "0");
    a[0] = kv_bool(1);
    CHECK_STR(make(&kt_int, a, 1), "1");
    /* %.200R: a long literal's repr is cut */
    char s[400];
    memset(s, 'x', 300);
    s[300] = 0;
    a[0] = S(s);
    const char *e = make(&kt_int, a, 1);
    CHECK(strlen(e) == strlen("ValueError: invalid literal for int() with base 10: ") + 200);
    memset(s, '7', 399);
    s[399] = 0;
    a[0] = S(s);
    CHECK(!strncmp(make(&kt_int, a, 1), "7777", 4));
    int64_t i;
    CHECK(kint_as_i64(rt, big("9223372036854775808"), &i) == KR_ERR);
    CHECK_STR(err(), "OverflowError: Python int too large to convert to C long");
    CHECK(kint_index_i64(rt, big("9223372036854775808"), &i) == KR_ERR);
    CHECK_STR(err(), "IndexError: cannot fit 'int' into an index-sized integer");
    CHECK(kint_index_ssize(rt, big("-9223372036854775809"), NULL, &i) == KR_OK && i == INT64_MIN);
    CHECK(kint_index(rt, kv_float(1.5), a) == KR_ERR);
    CHECK_STR(err(), "TypeError: 'float' object cannot be interpreted as an integer");
    kr_val v;
    CHECK_STR(R(kint_to_base(rt, kv_int(-255), 16, true, &v), v), "'-0xff'");
    CHECK_STR(R(kint_to_base(rt, big("-18446744073709551616"), 2, true, &v), v),
              "'-0b10000000000000000000000000000000000000000000000000000000000000000'");
    CHECK_STR(R(kint_to_base(rt, big("18446744073709551616"), 8, true, &v), v), "'0o2000000000000000000000'");
    CHECK_STR(R(kint_from_u64(rt, UINT64_MAX, &v), v), "18446744073709551615");
}

static void test_int_methods(void)
{
    kr_val a[3];
    CHECK_STR(meth(&kt_int, kv_int(-255), "bit_length", NULL, 0), "8");
    CHECK_STR(meth(&kt_int, big("-18446744073709551616"), "bit_length", NULL, 0), "65");
    CHECK_STR(meth(&kt_int, kv_int(1023), "bit_count", NULL, 0), "10");
    a[0] = kv_int(2); a[1] = S("little");
    CHECK_STR(meth(&kt_int, kv_int(1024), "to_bytes", a, 2), "b'\\x00\\x04'");
    a[0] = kv_int(1);
    CHECK_STR(meth(&kt_int, kv_int(500), "to_bytes", a, 1), "OverflowError: int too big to convert");
    CHECK_STR(meth(&kt_int, kv_int(-5), "to_bytes", NULL, 0), "OverflowError: can't convert negative int to unsigned");
    a[0] = kv_int(-1);
    CHECK_STR(meth(&kt_int, kv_int(5), "to_bytes", a, 1), "ValueError: length argument must be non-negative");
    a[0] = kv_int(1); a[1] = S("mid");
    CHECK_STR(meth(&kt_int, kv_int(5), "to_bytes", a, 2), "ValueError: byteorder must be either 'little' or 'big'");
    a[0] = S("\xff\x00"); a[1] = S("big");
    CHECK_STR(meth(&kt_int, kv_undef(), "from_bytes", a, 2), "TypeError: cannot convert 'str' object to bytes");
    CHECK_STR(meth(&kt_int, kv_int(-7), "as_integer_ratio", NULL, 0), "(-7, 1)");
    CHECK_STR(meth(&kt_int, kv_bool(1), "as_integer_ratio", NULL, 0), "(1, 1)");
    a[0] = kv_int(-1);
    CHECK_STR(meth(&kt_int, kv_int(15), "__round__", a, 1), "20");
    CHECK_STR(meth(&kt_int, kv_int(25), "__round__", a, 1), "20");
    CHECK_STR(meth(&kt_int, kv_int(-25), "__round__", a, 1), "-20");
    CHECK_STR(meth(&kt_int, kv_int(35), "__round__", a, 1), "40");
    a[0] = kv_int(-30);
    CHECK_STR(meth(&kt_int, kv_int(35), "__round__", a, 1), "0");
    CHECK_STR(meth(&kt_int, big("55555555555555555555555555"), "__round__", a, 1), "0");
    a[0] = kv_int(-25);
    CHECK_STR(meth(&kt_int, big("55555555555555555555555555"), "__round__", a, 1),
              "60000000000000000000000000");
    a[0] = kv_float(1.5);
    CHECK_STR(meth(&kt_int, kv_int(5), "__round__", a, 1),
              "TypeError: 'float' object cannot be interpreted as an integer");
    a[0] = S("x");
    CHECK_STR(meth(&kt_int, kv_int(255), "__format__", a, 1), "'ff'");
    a[0] = S(",");
    CHECK_STR(meth(&kt_int, big("1000000000000000000000000000000"), "__format__", a, 1),
              "'1,000,000,000,000,000,000,000,000,000,000'");
    a[0] = S("e");
    CHECK_STR(meth(&kt_int, big("1000000000000000000000000000000"), "__format__", a, 1), "'1.000000e+30'");
    a[0] = S("");
    CHECK_STR(meth(&kt_int, kv_bool(1), "__format__", a, 1), "'True'");
    a[0] = S("d");
    CHECK_STR(meth(&kt_int, kv_bool(1), "__format__", a, 1), "'1'");
    a[0] = S("s");
    CHECK_STR(meth(&kt_int, kv_bool(1), "__format__", a, 1),
              "ValueError: Unknown format code 's' for object of type 'bool'");
    a[0] = kv_int(5);
    CHECK_STR(meth(&kt_int, kv_int(1), "__format__", a, 1),
              "TypeError: __format__() argument must be str, not int");
    CHECK_STR(meth(&kt_int, kv_bool(1), "real", NULL, 0), "1");
    CHECK_STR(meth(&kt_int, kv_int(7), "denominator", NULL, 0), "1");
    CHECK_STR(meth(&kt_int, kv_int(7), "__float__", NULL, 0), "7.0");
}

static void test_bool(void)
{
    CHECK_STR(bin(OPB_AND, kv_bool(1), kv_bool(0)), "False");
    CHECK_STR(bin(OPB_XOR, kv_bool(1), kv_bool(1)), "False");
    CHECK_STR(bin(OPB_OR, kv_bool(1), kv_int(2)), "3");
    CHECK_STR(bin(OPB_ADD, kv_bool(1), kv_bool(1)), "2");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_bool(1), kv_int(2)), "0.5");
    CHECK_STR(bin(OPB_ADD, kv_bool(1), kv_float(0.5)), "1.5");
    kr_val out;
    CHECK_STR(R(kr_unop(rt, KR_UNOP_NEG, kv_bool(1), &out), out), "-1");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_INVERT, kv_bool(0), &out), out), "-1");
    kr_val a[2] = { kv_int(5), kv_int(2) };
    CHECK_STR(make(&kt_bool, a, 1), "True");
    CHECK_STR(make(&kt_bool, a, 0), "False");
    CHECK_STR(make(&kt_bool, a, 2), "TypeError: bool expected at most 1 argument, got 2");
    a[0] = S("");
    CHECK_STR(make(&kt_bool, a, 1), "False");
}

static void test_float(void)
{
    CHECK_STR(R(KR_OK, kv_float(0.1 + 0.2)), "0.30000000000000004");
    CHECK_STR(R(KR_OK, kv_float(1e16)), "1e+16");
    CHECK_STR(R(KR_OK, kv_float(-0.0)), "-0.0");
    CHECK_STR(R(KR_OK, kv_float(NAN)), "nan");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, kv_float(-7.5), kv_int(2)), "-4.0");
    CHECK_STR(bin(OPB_REMAINDER, kv_float(-7.5), kv_int(2)), "0.5");
    CHECK_STR(bin(OPB_REMAINDER, kv_float(7.5), kv_int(-2)), "-0.5");
    CHECK_STR(bin(OPB_REMAINDER, kv_float(-0.0), kv_int(5)), "0.0");
    CHECK_STR(bin(OPB_REMAINDER, kv_float(0.0), kv_int(-5)), "-0.0");
    CHECK_STR(bin(OPB_REMAINDER, kv_float(-7.0), kv_float(INFINITY)), "inf");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, kv_float(1.0), kv_float(0.3)), "3.0");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, kv_float(7.0), kv_float(-0.0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_float(1.0), kv_int(0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_REMAINDER, kv_float(1.0), kv_float(0.0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_POWER, kv_float(2.0), kv_float(0.5)), "1.4142135623730951");
    CHECK_STR(bin(OPB_POWER, kv_float(0.0), kv_int(-1)), "ZeroDivisionError: zero to a negative power");
    CHECK_STR(bin(OPB_POWER, kv_float(10.0), kv_int(400)), "OverflowError: (34, 'Numerical result out of range')");
    CHECK_STR(bin(OPB_POWER, kv_float(-8.0), kv_float(1.0 / 3)), "(1.0000000000000002+1.7320508075688772j)");
    CHECK_STR(bin(OPB_POWER, kv_float(-2.0), kv_int(3)), "-8.0");
    CHECK_STR(bin(OPB_POWER, kv_float(-1.0), kv_float(INFINITY)), "1.0");
    CHECK_STR(bin(OPB_POWER, kv_float(NAN), kv_int(0)), "1.0");
    CHECK_STR(bin(OPB_POWER, kv_float(-INFINITY), kv_int(3)), "-inf");
    CHECK_STR(bin(OPB_POWER, kv_float(-INFINITY), kv_int(-3)), "-0.0");
    CHECK_STR(bin(OPB_POWER, kv_int(10), kv_float(-400)), "0.0");
    CHECK_STR(bin(OPB_LSHIFT, kv_float(1.5), kv_int(1)),
              "TypeError: unsupported operand type(s) for <<: 'float' and 'int'");
    CHECK_STR(bin(OPB_ADD, kv_float(1.5), S("a")),
              "TypeError: unsupported operand type(s) for +: 'float' and 'str'");
    CHECK_STR(cmp(kv_float(NAN), kv_float(NAN), KR_EQ), "False");
    CHECK_STR(cmp(kv_float(1e20), big("100000000000000000000"), KR_EQ), "True");
    CHECK_STR(cmp(kv_float(1e23), big("100000000000000000000000"), KR_EQ), "False");
    kr_val a[1];
    a[0] = S(" -1_000.5e1 ");
    CHECK_STR(make(&kt_float, a, 1), "-10005.0");
    a[0] = S("-iNfinity");
    CHECK_STR(make(&kt_float, a, 1), "-inf");
    a[0] = S("1__0");
    CHECK_STR(make(&kt_float, a, 1), "ValueError: could not convert string to float: '1__0'");
    a[0] = S("\xd9\xa1.\xd9\xa2");
    CHECK_STR(make(&kt_float, a, 1), "1.2");
    a[0] = kv_none();
    CHECK_STR(make(&kt_float, a, 1), "TypeError: float() argument must be a string or a real number, not 'NoneType'");
    a[0] = big("100000000000000000000000");
    CHECK_STR(make(&kt_float, a, 1), "1e+23");
    double d;
    CHECK(kfloat_coerce(rt, S("5"), &d) == KR_ERR);
    CHECK_STR(err(), "TypeError: must be real number, not str");
}

static void test_float_methods(void)
{
    kr_val a[2];
    CHECK_STR(meth(&kt_float, kv_float(0.1), "as_integer_ratio", NULL, 0), "(3602879701896397, 36028797018963968)");
    CHECK_STR(meth(&kt_float, kv_float(-2.25), "as_integer_ratio", NULL, 0), "(-9, 4)");
    CHECK_STR(meth(&kt_float, kv_float(1e300), "as_integer_ratio", NULL, 0),
              "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)");
    CHECK_STR(meth(&kt_float, kv_float(INFINITY), "as_integer_ratio", NULL, 0),
              "OverflowError: cannot convert Infinity to integer ratio");
    CHECK_STR(meth(&kt_float, kv_float(0.1), "hex", NULL, 0), "'0x1.999999999999ap-4'");
    CHECK_STR(meth(&kt_float, kv_float(5e-324), "hex", NULL, 0), "'0x0.0000000000001p-1022'");
    CHECK_STR(meth(&kt_float, kv_float(-0.0), "hex", NULL, 0), "'-0x0.0p+0'");
    CHECK_STR(meth(&kt_float, kv_float(1e308), "hex", NULL, 0), "'0x1.1ccf385ebc8a0p+1023'");
    static const struct { const char *in, *out; } hx[] = {
        { "0x1.fffffffffffff8p1023", "OverflowError: hexadecimal value too large to represent as a float" },
        { "0x1.fffffffffffff7p1023", "1.7976931348623157e+308" },
        { "0x0.00000000000008p-1022", "0.0" },
        { "0x0.00000000000018p-1022", "1e-323" },
        { "0x1p-1075", "0.0" },
        { "0x1.0000000000001p-1075", "5e-324" },
        { " -0X1.AbCp+10 ", "-1711.0" },
        { "1.", "1.0" },
        { ".", "ValueError: invalid hexadecimal floating-point string" },
        { "0x.8", "0.5" },
        { "-nan", "nan" },
        { "0x1p99999999999999", "OverflowError: hexadecimal value too large to represent as a float" },
        { "0x1p-99999999999999", "0.0" },
        { "0x123456789abcdef123456789p0", "5.63400266768102e+27" },
        { "zz", "ValueError: invalid hexadecimal floating-point string" },
    };
    for (size_t i = 0; i < sizeof hx / sizeof hx[0]; i++) {
        a[0] = S(hx[i].in);
        CHECK_STR(meth(&kt_float, kv_undef(), "fromhex", a, 1), hx[i].out);
    }
    a[0] = kv_int(2);
    CHECK_STR(meth(&kt_float, kv_float(2.675), "__round__", a, 1), "2.67");
    CHECK_STR(meth(&kt_float, kv_float(0.125), "__round__", a, 1), "0.12");
    CHECK_STR(meth(&kt_float, kv_float(0.375), "__round__", a, 1), "0.38");
    CHECK_STR(meth(&kt_float, kv_float(2.5), "__round__", NULL, 0), "2");
    CHECK_STR(meth(&kt_float, kv_float(-3.5), "__round__", NULL, 0), "-4");
    a[0] = kv_int(-2);
    CHECK_STR(meth(&kt_float, kv_float(1234.5678), "__round__", a, 1), "1200.0");
    a[0] = kv_int(1);
    CHECK_STR(meth(&kt_float, kv_float(-0.0), "__round__", a, 1), "-0.0");
    a[0] = kv_int(-400);
    CHECK_STR(meth(&kt_float, kv_float(1.5), "__round__", a, 1), "0.0");
    a[0] = kv_int(-308);
    CHECK_STR(meth(&kt_float, kv_float(1.7976931348623157e308), "__round__", a, 1),
              "OverflowError: rounded value too large to represent");
    a[0] = big("1000000000000000000000");
    CHECK_STR(meth(&kt_float, kv_float(2.5), "__round__", a, 1), "2.5");
    CHECK_STR(meth(&kt_float, kv_float(NAN), "__round__", NULL, 0), "ValueError: cannot convert float NaN to integer");
    CHECK_STR(meth(&kt_float, kv_float(-1.5), "__floor__", NULL, 0), "-2");
    CHECK_STR(meth(&kt_float, kv_float(-1.5), "__ceil__", NULL, 0), "-1");
    CHECK_STR(meth(&kt_float, kv_float(3.0), "is_integer", NULL, 0), "True");
    a[0] = S(".2f");
    CHECK_STR(meth(&kt_float, kv_float(1234.5678), "__format__", a, 1), "'1234.57'");
    a[0] = S("");
    CHECK_STR(meth(&kt_float, kv_float(1e16), "__format__", a, 1), "'1e+16'");
    a[0] = kv_int(5);
    CHECK_STR(meth(&kt_float, kv_undef(), "from_number", a, 1), "5.0");
    a[0] = S("5");
    CHECK_STR(meth(&kt_float, kv_undef(), "from_number", a, 1), "TypeError: must be real number, not str");
}

static kr_val C(double re, double im) { return kv_obj(kcomplex_new(rt, re, im)); }

static void test_complex(void)
{
    CHECK_STR(R(KR_OK, C(1, 2)), "(1+2j)");
    CHECK_STR(R(KR_OK, C(0, 1)), "1j");
    CHECK_STR(R(KR_OK, C(-0.0, -0.0)), "(-0-0j)");
    CHECK_STR(R(KR_OK, C(1, NAN)), "(1+nanj)");
    CHECK_STR(bin(OPB_MULTIPLY, C(INFINITY, 0), kv_int(0)), "(nan+0j)");
    CHECK_STR(bin(OPB_MULTIPLY, C(0, 1), kv_bool(0)), "0j");
    CHECK_STR(bin(OPB_ADD, kv_bool(1), C(0, 1)), "(1+1j)");
    CHECK_STR(bin(OPB_SUBTRACT, kv_float(5.5), C(1, 2)), "(4.5-2j)");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(5), C(1, 2)), "(1-2j)");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, C(1, 2), C(3, -1)), "(0.1+0.7000000000000001j)");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, C(3, -4), C(3, -4)), "(1-0j)");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, C(INFINITY, 1), C(1, 1)), "(inf-infj)");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, C(1, 1), C(INFINITY, NAN)), "0j");
    CHECK_STR(bin(OPB_MULTIPLY, C(INFINITY, 0), C(NAN, 1)), "(nan+infj)");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, C(1, 2), kv_float(0.0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_TRUE_DIVIDE, kv_int(5), C(0, 0)), "ZeroDivisionError: division by zero");
    CHECK_STR(bin(OPB_POWER, C(0, 1), kv_int(3)), "(-0-1j)");
    CHECK_STR(bin(OPB_POWER, C(3, -4), kv_int(-1)), "(0.12+0.16j)");
    CHECK_STR(bin(OPB_POWER, C(1e200, 1e200), kv_int(2)), "OverflowError: complex exponentiation");
    CHECK_STR(bin(OPB_POWER, C(1, 1), kv_int(1000)), "(3.273390607896366e+150-2.6303055750020937e+137j)");
    CHECK_STR(bin(OPB_POWER, C(0, 0), kv_int(-1)), "ZeroDivisionError: zero to a negative or complex power");
    CHECK_STR(bin(OPB_POWER, C(0, 0), C(0, 1)), "ZeroDivisionError: zero to a negative or complex power");
    CHECK_STR(bin(OPB_POWER, C(2, 0), kv_float(0.5)), "(1.4142135623730951+0j)");
    CHECK_STR(bin(OPB_POWER, kv_int(2), C(0, 1)), "(0.7692389013639721+0.6389612763136348j)");
    CHECK_STR(bin(OPB_FLOOR_DIVIDE, C(1, 2), kv_int(2)),
              "TypeError: unsupported operand type(s) for //: 'complex' and 'int'");
    CHECK_STR(cmp(C(1, 0), kv_bool(1), KR_EQ), "True");
    CHECK_STR(cmp(C(1, 2), kv_int(1), KR_EQ), "False");
    CHECK_STR(cmp(C(1, 2), C(1, 2), KR_NE), "False");
    CHECK_STR(cmp(C(0, 1), kv_int(1), KR_LT),
              "TypeError: '<' not supported between instances of 'complex' and 'int'");
    kr_val out;
    CHECK_STR(R(kr_unop(rt, KR_UNOP_ABS, C(3, 4), &out), out), "5.0");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_ABS, C(1e308, 1e308), &out), out), "1.4142135623730951e+308");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_ABS, C(1.7e308, 1.7e308), &out), out), "OverflowError: absolute value too large");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_ABS, C(INFINITY, NAN), &out), out), "inf");
    CHECK_STR(R(kr_unop(rt, KR_UNOP_NEG, C(0, 0), &out), out), "(-0-0j)");
    static const struct { const char *in, *out; } cs[] = {
        { "1", "(1+0j)" }, { "-j", "-1j" }, { "+1J", "1j" }, { "1e3+2e-1j", "(1000+0.2j)" },
        { " ( 3-4j ) ", "(3-4j)" }, { "inf+nanj", "(inf+nanj)" }, { "-infj", "-infj" },
        { "1_0+2_0j", "(10+20j)" }, { ".5-.5j", "(0.5-0.5j)" }, { "1+j", "(1+1j)" },
        { "1e5", "(100000+0j)" }, { "1.j", "1j" }, { "infinityj", "infj" },
        { "1+", "ValueError: complex() arg is a malformed string" },
        { "1 + 2j", "ValueError: complex() arg is a malformed string" },
        { "()", "ValueError: complex() arg is a malformed string" },
        { "1e", "ValueError: complex() arg is a malformed string" },
        { "1__0j", "ValueError: could not convert string to complex: '1__0j'" },
        { "1_j", "ValueError: could not convert string to complex: '1_j'" },
        { "\xd9\xa1+\xd9\xa2j", "(1+2j)" },
    };
    kr_val a[2];
    for (size_t i = 0; i < sizeof cs / sizeof cs[0]; i++) {
        a[0] = S(cs[i].in);
        CHECK_STR(make(&kt_complex, a, 1), cs[i].out);
    }
    a[0] = S("1"); a[1] = kv_int(2);
    CHECK_STR(make(&kt_complex, a, 2), "TypeError: complex() argument 'real' must be a real number, not str");
    a[0] = kv_int(1); a[1] = S("2");
    CHECK_STR(make(&kt_complex, a, 2), "TypeError: complex() argument 'imag' must be a real number, not str");
    a[0] = kv_none();
    CHECK_STR(make(&kt_complex, a, 1), "TypeError: complex() argument must be a string or a number, not NoneType");
    a[0] = C(0, 1); a[1] = C(0, 1);
    CHECK_STR(make(&kt_complex, a, 2), "(-1+1j)");
    a[0] = kv_int(2); a[1] = C(1, 2);
    CHECK_STR(make(&kt_complex, a, 2), "1j");
    a[0] = kv_float(1.5); a[1] = kv_float(-0.0);
    CHECK_STR(make(&kt_complex, a, 2), "(1.5-0j)");
    a[0] = S(".2f");
    CHECK_STR(meth(&kt_complex, C(1, 2), "__format__", a, 1), "'1.00+2.00j'");
    CHECK_STR(meth(&kt_complex, C(3, 4), "conjugate", NULL, 0), "(3-4j)");
    CHECK_STR(meth(&kt_complex, C(3, 4), "imag", NULL, 0), "4.0");
}

static void test_limits(void)
{
    /* a runtime with a small memory limit refuses huge results up front */
    kr_rt *small = rt_new(1 << 20);
    small->in_gc_unsafe++;
    kr_val out;
    CHECK(kr_binop(small, OPB_POWER, kv_int(10), kv_int(10000000), &out) == KR_ERR);
    CHECK(kr_exc_matches(small, &kt_MemoryError));
    kr_exc_clear(small);
    CHECK(kr_binop(small, OPB_LSHIFT, kv_int(1), kv_int(100000000), &out) == KR_ERR);
    CHECK(kr_exc_matches(small, &kt_MemoryError));
    kr_exc_clear(small);
    CHECK(kr_binop(small, OPB_POWER, kv_int(10), kv_int(1000), &out) == KR_OK && kv_is_bigint(out));
    small->in_gc_unsafe--;
    rt_free(small);
}

int main(void)
{
    rt = rt_new(0);
    if (!rt) { printf("no runtime\n"); return 1; }
    rt->in_gc_unsafe++;
    test_int_fast();
    test_int_big();
    test_int_cmp_hash();
    test_int_new();
    test_int_methods();
    test_bool();
    test_float();
    test_float_methods();
    test_complex();
    test_limits();
    rt->in_gc_unsafe--;
    rt_free(rt);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
