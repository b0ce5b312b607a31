A = {1, 2, 3, 4, 5}
B = {4, 5, 6, 7}
C = {1, 5, 9}
print(A | B == B | A, A & B == B & A, (A | B) | C == A | (B | C), A & (B | C) == (A & B) | (A & C))
print(A - B, B - A, A ^ B == (A - B) | (B - A), A - (B - C) == (A - B) | (A & C))
print(sorted(A | B | C), sorted(A & B & C), A.union() == A, A.intersection() == A)
print(A <= A, A < A, set() < A, A > {1}, A.issuperset(set()), (A & B).issubset(A))
print({1, 2} ^ {2, 3} ^ {3, 4})
print(set([1, 2, 3]) - {2}, set("abc") & set("bcd") == {"b", "c"})
