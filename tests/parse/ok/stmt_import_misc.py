import a
import a.b
import a as b
import a.b as c
import a, b, c
import a.b.c.d.e.f.g.h
from a import b, c as d, e
from a.b import (c, d as e,)
from . import (a)
from .a.b import c
import os.path as osp, sys as system, json
