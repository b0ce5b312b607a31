/* Shortest round-trip float formatting.  For each precision from 1 to 17
 * digits, the correctly rounded decimal (which glibc's printf produces) is
 * the closest decimal of that length, so the first length whose value reads
 * back as X is the shortest, and its digits are the closest: the same
 * answer as David Gay's mode 0, which CPython uses. */
#include "dtoa.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads back the decimal MANT * 10^(EXP10 - ndigits + 1). */
static double dtoa_value(unsigned long long mant, int ndigits, int exp10)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%d", mant, exp10 - ndigits + 1);
    return strtod(buf, NULL);
}

int dtoa_shortest(double x, char *digits, int *decpt)
{
    char buf[40];
    unsigned long long mant = 0;
    int ndigits = 0, exp10 = 0;
    x = fabs(x);
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, x);
        mant = 0;
        ndigits = 0;
        const char *p = buf;
        for (; *p != 'e'; p++)
            if (*p != '.') { mant = mant * 10 + (unsigned)(*p - '0'); ndigits++; }
        exp10 = atoi(p + 1);
        double y = strtod(buf, NULL);
        if (y == x) break;
        /* Next to a power of two the doubles that read back as X lie
         * unevenly around it, so the nearest decimal of this length can
         * miss while its neighbour on the wider side hits. */
        unsigned long long alt = y < x ? mant + 1 : mant - 1;
        if (prec > 0 && alt > 0 && dtoa_value(alt, ndigits, exp10) == x) {
            char tmp[24];
            int len = snprintf(tmp, sizeof tmp, "%llu", alt);
            if (len == ndigits) { mant = alt; break; }
        }
    }
    int n = snprintf(digits, 18, "%llu", mant);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    *decpt = exp10 + 1;
    return n;
}

int dtoa_repr(double x, char *buf, int add_dot_0)
{
    char *o = buf;
    if (isnan(x)) return (int)(stpcpy(buf, "nan") - buf);
    if (signbit(x)) *o++ = '-';
    if (isinf(x)) return (int)(stpcpy(o, "inf") - buf);
    if (x == 0) {
        o = stpcpy(o, add_dot_0 ? "0.0" : "0");
        return (int)(o - buf);
    }
    char d[20];
    int decpt;
    int n = dtoa_shortest(x, d, &decpt);
    if (decpt > -4 && decpt <= 16) {
        /* fixed notation */
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = decpt; i < 0; i++) *o++ = '0';
            memcpy(o, d, (size_t)n);
            o += n;
        } else if (decpt >= n) {
            memcpy(o, d, (size_t)n);
            o += n;
            for (int i = n; i < decpt; i++) *o++ = '0';
            if (add_dot_0) { *o++ = '.'; *o++ = '0'; }
        } else {
            memcpy(o, d, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            memcpy(o, d + decpt, (size_t)(n - decpt));
            o += n - decpt;
        }
    } else {
        /* exponent notation: d[.ddd]e[+-]XX, at least two exponent digits */
        *o++ = d[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, d + 1, (size_t)(n - 1));
            o += n - 1;
        }
        int e = decpt - 1;
        o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
    *o = '\0';
    return (int)(o - buf);
}
