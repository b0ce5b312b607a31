x = t"a } b"
