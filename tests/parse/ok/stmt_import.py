import os
import os.path
import os.path as p
import a.b.c.d
import a.b.c as abc, d, e.f as ef
import sys, json
import xml.etree.ElementTree as ET
