-x
+x
~x
not x
--x
-+-x
~~x
not not x
not -x
- ~ + x
-(x)
-1
-1.5
-1j
+0
not (a and b)
-x.attr
-x[0]
-f()
