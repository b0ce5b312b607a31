1j
1J
1.5j
1.5J
0j
00j
09j
.5j
1.j
1e3j
1E-3J
1_000j
1.5e+10j
0.0j
3 + 4j
3 - 4j
-1j
1e400j
