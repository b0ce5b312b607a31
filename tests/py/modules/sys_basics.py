import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 14), sys.version_info < (4,))
print(type(sys.version_info).__name__, sys.version_info.releaselevel, len(sys.version_info))
print(sys.maxsize >= 2 ** 31 - 1, type(sys.maxsize).__name__, (sys.maxsize + 1) & sys.maxsize == 0)
print(sys.version.startswith("3.14"), type(sys.version).__name__)
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys).__name__, sys.__name__)
print(sys.byteorder in ("little", "big"), sys.float_info.max > 1e308, sys.int_info.bits_per_digit in (15, 30))
print(sys.getrecursionlimit() >= 100, callable(sys.exit), callable(sys.getrecursionlimit))
import sys as system
print(system is sys)
from sys import version_info as vi, maxsize
print(vi is sys.version_info, maxsize == sys.maxsize)
