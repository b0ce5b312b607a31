# Writes tests/unit/fmt_vectors.txt: run under CPython 3.14,
#   /work/shared/tools/cpython314 tools/gen_fmt_vectors.py > tests/unit/fmt_vectors.txt
#
# One case a line, four tab-separated fields: KIND VALUE SPEC RESULT.
#   KIND   i int (VALUE decimal), f float (VALUE the 16 hex digits of its
#          bits), c complex ("RE,IM" bits), s str (VALUE the text),
#          pi pf ps: printf-style '%' with an int, float or str (SPEC is the
#          whole conversion, e.g. "%#08x"), P: float(VALUE) (SPEC unused),
#          r: repr of a complex (VALUE "RE,IM").
#   RESULT "=" and the text, or "!" and "ExceptionName: message".
# Fields are UTF-8 with \\, \t, \n and \xHH (other control bytes) escaped.
#
# The oracle is a 32-bit build: Py_ssize_t limits differ from a 64-bit
# CPython, so no width or precision between 2^31 and 2^63 appears here (the
# C test checks the 64-bit behaviour separately).
import math
import random
import struct
import sys

random.seed(31415)
out = []


def esc(s):
    b = s.encode('utf-8', 'surrogatepass')
    r = []
    for c in b:
        if c == 0x5c:
            r.append('\\\\')
        elif c == 9:
            r.append('\\t')
        elif c == 10:
            r.append('\\n')
        elif c < 0x20 or c == 0x7f:
            r.append('\\x%02x' % c)
        else:
            r.append(chr(c) if c < 0x80 else '\\x%02x' % c)
    return ''.join(r)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def result(fn):
    try:
        r = fn()
    except (ValueError, OverflowError, MemoryError, TypeError) as e:
        return '!' + type(e).__name__ + ': ' + str(e)
    return '=' + r


def emit(kind, value, spec, res):
    out.append('%s\t%s\t%s\t%s' % (kind, esc(value), esc(spec), esc(res)))


seen = set()


def case(v, spec):
    if isinstance(v, bool):
        return
    if isinstance(v, int):
        kind, val = 'i', str(v)
    elif isinstance(v, float):
        kind, val = 'f', bits(v)
    elif isinstance(v, complex):
        kind, val = 'c', bits(v.real) + ',' + bits(v.imag)
    else:
        kind, val = 's', v
    key = (kind, val, spec)
    if key in seen:
        return
    if kind == 'i' and spec[-1:] == 'c' and not -2 ** 31 <= v < 2 ** 31:
        return   # the oracle's C long is 32 bits
    seen.add(key)
    res = result(lambda: format(v, spec))
    if len(res) > 1300:
        return
    emit(kind, val, spec, res)


nan = float('nan')
inf = float('inf')
neg_nan = -abs(nan)

INTS = [0, 1, -1, 7, -7, 42, -42, 65, 255, -255, 1000, 1234, -1234, 12345, 1234567,
        -1234567, 10 ** 6, 2 ** 31, -2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63,
        2 ** 64, -2 ** 64 - 1, 10 ** 20, -10 ** 25, 12345678901234567890, 0x10ffff,
        0x110000, 0xd800, 0xabcdef, 2 ** 100 + 12345, -(3 ** 90), 10 ** 400]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005,
          9.995, 0.045, 1e16, 1e15, 1e17, 1e-5, 1e-4, 1e-3, 123456.789, -123456.789,
          1234.5678901, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, inf, -inf, nan, neg_nan, 1 / 3, 2 / 3, 1e100,
          12345678.9, 999999.5, 9999999.5, 0.9999999, 99.99, -1.5e-7, 100.0, 1e6,
          123456789012345678.0, 0.000123456, 3.14159, 2.0 ** 60, 2.0 ** -30, 0.05,
          -0.004, 1e-10, 4.35, 0.3]
COMPLEX = [0j, 1 + 2j, -1 - 2j, 1.5 + 2.25j, complex(0.0, -0.0), complex(-0.0, 0.0),
           complex(-0.0, -0.0), 2j, -2j, complex(nan, inf), complex(-inf, neg_nan),
           1234.5678 + 1j, 1e16 + 1j, 1e20 + 1e-20j, complex(12345, 6789),
           complex(-0.0, -1e-9), complex(0.1, 0.2), complex(1e-5, -1e5)]
STRS = ['', 'a', 'ab', 'hello', 'h\u00e9llo', '\u65e5\u672c\u8a9e', '\U0001f600x',
        'a\x00b', 'x\ud800y', 'tab\there', '12345']

FILLS = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0=', '0^', '\u20ac>',
         'x=', ' ^', '0>', '=<', '<<', '\U0001f600^']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '1', '5', '8', '12', '20', '0', '01']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '._', '.,', '.2_', '.3,', '.12_']
TYPES_INT = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n'] * 3 + ['e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'y']
TYPES_FLOAT = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'] * 4 + ['d', 'x', 'c', 's']
TYPES_STR = ['', 's', 'd', 'x']


def rand_spec(types):
    parts = [random.choice(FILLS) if random.random() < 0.6 else '',
             random.choice(SIGNS) if random.random() < 0.5 else '',
             'z' if random.random() < 0.15 else '',
             '#' if random.random() < 0.25 else '',
             '0' if random.random() < 0.25 else '',
             random.choice(WIDTHS) if random.random() < 0.6 else '',
             random.choice(GROUPS) if random.random() < 0.4 else '',
             random.choice(PRECS) if random.random() < 0.5 else '',
             random.choice(types)]
    return ''.join(parts)


def rand_float():
    r = random.random()
    if r < 0.3:
        while True:
            x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
            if not math.isnan(x):
                return x
    if r < 0.5:
        return round(random.uniform(-1e6, 1e6), random.randint(0, 6))
    if r < 0.7:
        return random.randint(1, 10 ** random.randint(1, 20)) / 10 ** random.randint(0, 22)
    if r < 0.8:
        # halfway cases: k + 0.5 at some decimal place, exactly representable
        return (random.randint(0, 10 ** 6) * 2 + 1) / 2 ** random.randint(1, 12)
    if r < 0.9:
        return random.choice(FLOATS) * random.choice([1, -1, 10, 0.1, 1e10])
    return math.ldexp(random.random(), random.randint(-1074, 1024))


def rand_int():
    r = random.random()
    if r < 0.4:
        return random.randint(-1000, 100000)
    if r < 0.8:
        return random.randint(-2 ** 63, 2 ** 63 - 1) >> random.randint(0, 62)
    return random.randint(-10 ** 30, 10 ** 30)


# ---- systematic: every value with a fixed set of specs
BASIC = ['', 'd', 'b', 'o', 'x', 'X', '#x', '#o', '#b', '#X', 'c', 'n', 'e', 'f', 'g', '%',
         '.2f', '.3e', '.3g', ',', '_', '_x', '#_b', '+', ' ', '-', '10', '<10', '^10', '=10',
         '010', '+010', '0=+10,', '*^15,', 'z', '.0', '.1', '.5', '#', '#.0', 'z.2f', '020,._f',
         ',._', '._e', '.10_', '0<12', 'x<6.1s', 's', '.2', 'E', 'G', 'F', '#g', '#.3g', '%',
         '.1%', '+.3%', ',.2f', '_.3e', '#010x', '#012_x', ' #010o', '+#010b', '=^12', 'y', 'ff',
         ',,', ',_', '_,', '.', '.f', '._,', '.,n', ',n', '_c', ',c', ',s', '=5', '+c', '#c']
for v in INTS + FLOATS + COMPLEX + STRS:
    for s in BASIC:
        case(v, s)

# ---- error-shaped specs
ERRSPECS = ['1000000000000000000000', '99999999999999999999', '.99999999999999999999f',
            '\u0663', '\u0663d', '\u00e9', '\u00e9>5', '\x01', '\u20ac', '\x00', '\x20', '  ',
            '\x7f', '!', ',\u00e9', '\u00e9,', '5\u00e9', ',\u20ac', '_\x01', '00', '000',
            '0000005', '+0', '<0', '0<0', 'z0', 'z05', '+z05', 'z+05', '\u0663.\u0662f',
            '.\u0662f', '\u0661\u0660', '\U0001D7D8', 'z#', '=#', '=z', '= ', '=+', '+z', '+#',
            'z.2c', '+#c', 'z+c', '+z#.2c', '#.2x', 'z#x', '#c', '0=10', '0%', '=%', '=y', '0y',
            'zc', '.2_d', '._d', '.,x', '._c', '._n', '.3_%', '#._g', '#.10_g', '0^30,._f',
            'x=30,._f', '0<30,._f', '08,', '09,', '0=8,', '+08_', '#011_x', '#010_X',
            '=^+#015,.3f', '\u20ac^11', '>4', '.2147483647', '2147483647', '1' * 20 + 'x', 'a\x00b', '\x00\x00']
for v in [0, 5, -5, 65, 1234, 1234.5678, -0.0, 1.0, 1 + 2j, 'ab', 'h\u00e9llo']:
    for s in ERRSPECS:
        case(v, s)

# ---- random specs
for _ in range(4000):
    case(rand_int() if random.random() < 0.7 else random.choice(INTS), rand_spec(TYPES_INT))
for _ in range(4500):
    case(rand_float() if random.random() < 0.7 else random.choice(FLOATS), rand_spec(TYPES_FLOAT))
for _ in range(1500):
    v = complex(rand_float(), rand_float()) if random.random() < 0.6 else random.choice(COMPLEX)
    case(v, rand_spec(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd']))
for _ in range(1500):
    case(random.choice(STRS), rand_spec(TYPES_STR))

# ---- float precision sweeps: rounding of the exact binary value
SWEEP = [0.125, 0.375, 2.675, 1.005, 9.995, 0.045, 1 / 3, 5e-324, 1e23, 2.5, 0.5, 1.5,
         123456.789, 1e-7, 9.5, 99.5, 999.5, 0.95, 0.0095, 1.7976931348623157e308]
for x in SWEEP + [rand_float() for _ in range(20)]:
    for p in list(range(0, 21)) + [25, 30, 40, 60]:
        for t in ['e', 'f', 'g', '', '%']:
            case(x, '.%d%s' % (p, t))
        case(x, '#.%dg' % p)
for x in [5e-324, 2.2250738585072014e-308, 0.1, 1e-300, 1.7976931348623157e308, 2 ** -1074 * 3]:
    for s in ['.330f', '.400e', '.800e', '.770g', '.1100f', '.1075f', '#.770g', '.767e',
              '.766e', '.768e']:
        case(x, s)

# ---- printf-style
FLAGSETS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '-#', '+#', '+ ', ' +',
            '-+', '0-', '#0+', '- ', '#-0 +']
for _ in range(5000):
    conv = random.choice('diuoxXeEfFgG')
    flags = random.choice(FLAGSETS)
    width = random.choice(['', '', '1', '5', '8', '12', '20'])
    prec = random.choice(['', '', '.0', '.1', '.3', '.5', '.10', '.17', '.25'])
    fmt = '%' + flags + width + prec + conv
    if conv in 'diuoxX':
        v = rand_int() if random.random() < 0.8 else random.choice(INTS)
        kind, val = 'pi', str(v)
    else:
        v = rand_float() if random.random() < 0.7 else random.choice(FLOATS)
        kind, val = 'pf', bits(v)
    key = (kind, val, fmt)
    if key in seen:
        continue
    seen.add(key)
    emit(kind, val, fmt, result(lambda: fmt % (v,)))
for fmt in ['%s', '%5s', '%-5s', '%.1s', '%05s', '%-8.3s', '%10.2s', '%.0s', '%3s']:
    for s in STRS:
        emit('ps', s, fmt, result(lambda: fmt % (s,)))

# ---- float(str)
PARSE = ['1_0', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_1', '1_e1', ' 1.5 ', '\t-2\n',
         'inf', '-Infinity', 'nAn', '+nan', '-nan', 'infin', 'in', 'infinityy', '', ' ', '.', '.5',
         '5.', '+.5e-3', '1e', '1e+', '1e+-1', '0x10', '1e400', '-1e400', '1e-400', '-1e-400',
         '9007199254740993', '9007199254740993.0000000000000000001', '2.4703282292062327e-324',
         '2.4703282292062328e-324', '1' * 400, '0.' + '0' * 400 + '1', '\x1c1\x1f',
         '\x0b\x0c1\r', '1\x00', '1 2', '--1', '+-1', '1.5.', '1..5', '..5', 'e5', '.e5',
         '1e0000000000000000000000001', '1e99999999999999999999', '1e-99999999999999999999',
         '0e99999999999999999999', '00001.5', '1_000_000.000_001', '1_000e1_0', '  -0.0  ',
         '+0', '-0', '1E5', '1e05', 'i', 'nana', '+inf ', ' -iNF', 'infinity', 'INFINITY',
         '1.7976931348623157e308', '1.7976931348623158e308', '1.797693134862315807e308',
         '4.9406564584124654e-324', '2.2250738585072011e-308', '0.1', '123456789012345678901234567890',
         '1_2_3.4_5e-1_0', '1.5_', '1.5e', '1.5E+', '١٢', '1\u00a0']
for _ in range(400):
    x = rand_float()
    if not math.isfinite(x):
        continue
    s = repr(x) if random.random() < 0.5 else '%.*e' % (random.randint(0, 25), x)
    PARSE.append(s)
    d = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 40)))
    PARSE.append(d[:random.randint(0, len(d))] + '.' + d + 'e' + str(random.randint(-340, 320)))
for s in PARSE:
    emit('P', s, '', result(lambda: repr(float(s))))

# ---- complex repr
for v in COMPLEX + [complex(rand_float(), rand_float()) for _ in range(200)]:
    emit('r', bits(v.real) + ',' + bits(v.imag), '', '=' + repr(v))

sys.stdout.write('\n'.join(out) + '\n')
