songs = ["Take me back", "Beautiful", "Mirror"]
print(f"{", ".join(songs)}")
print(f"{"nested quotes"}")
print(f"{f"{f"{1 + 1}"}"}")
x = 5
print(f"{
    x
    + 1
}")
print(f"{x:{"^"}{10}}|")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{x # comment inside
}")
print(f"{"\\"}")
