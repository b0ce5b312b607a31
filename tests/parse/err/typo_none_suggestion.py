x = Non
y z
