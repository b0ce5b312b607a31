from os import *
from a.b import *
