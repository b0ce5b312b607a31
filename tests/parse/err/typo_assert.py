asert x == 1
