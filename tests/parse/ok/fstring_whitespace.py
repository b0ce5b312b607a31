f"{ x }"
f"{	x	}"
f"{x
}"
f"{
x}"
f"{ x :>10}"
f"{ x !r}"
f"{x !r}"
