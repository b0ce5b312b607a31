x = 1;
y = 2;  # comment
if x: pass;
