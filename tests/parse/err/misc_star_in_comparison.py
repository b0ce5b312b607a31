x = *a == b
