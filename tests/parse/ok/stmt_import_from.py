from os import path
from os import path as p
from os.path import join, exists as ex
from collections import (
    OrderedDict,
    defaultdict as dd,
    deque,
)
from typing import (Any)
from a.b.c import d
from x import (y,)
from x import y, z
