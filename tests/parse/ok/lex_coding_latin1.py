# -*- coding: latin-1 -*-
x = "café naïve © ÿ"
y = b"bytes stay ascii"
# comment à la latin-1
z = "½"
