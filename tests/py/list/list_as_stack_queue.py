stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
while stack:
    print("pop", stack.pop())
queue = list("abcde")
while queue:
    head = queue.pop(0)
    if head == "b":
        queue.append("B")
    print(head, queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
