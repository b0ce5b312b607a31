a = 1; b = 2; c = 3
a = 1;
import os; import sys
if x: a = 1; b = 2
def f(): x = 1; y = 2; return x + y
for i in r: print(i); continue
while x: x -= 1; break
class C: x = 1; y = 2;
