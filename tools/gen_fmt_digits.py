# Prints the table fmt_digit_zeros[] of src/num/fmt_spec.c: the code points
# whose Unicode decimal value is 0 (each starts a run 0-9), which format
# specs accept as width and precision digits.  Run under CPython 3.14:
#   /work/shared/tools/cpython314 tools/gen_fmt_digits.py
import unicodedata

zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), None) == 0]
for z in zeros:
    assert all(unicodedata.decimal(chr(z + i), None) == i for i in range(10)), hex(z)
assert sum(unicodedata.decimal(chr(c), None) is not None for c in range(0x110000)) == 10 * len(zeros)
print('/* Unicode %s */' % unicodedata.unidata_version)
line = '   '
for z in zeros:
    item = ' 0x%X,' % z
    if len(line) + len(item) > 80:
        print(line)
        line = '   '
    line += item
print(line)
