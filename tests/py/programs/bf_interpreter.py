class BFError(Exception):
    pass


def compile_bf(src):
    code = [c for c in src if c in "+-<>[].,"]
    jumps, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise BFError(f"unmatched ']' at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise BFError(f"unmatched '[' at {stack[-1]}")
    return code, jumps


def run(src, data="", max_steps=100000):
    code, jumps = compile_bf(src)
    tape = [0] * 300
    ptr = pc = steps = 0
    out = []
    inp = iter(data)
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BFError("step limit exceeded")
        c = code[pc]
        if c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ">":
            ptr += 1
            if ptr >= len(tape):
                raise BFError("tape overflow")
        elif c == "<":
            ptr -= 1
            if ptr < 0:
                raise BFError("tape underflow")
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(next(inp, "\0"))
        elif c == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps


hello = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.")
out, steps = run(hello)
print(repr(out), steps)
rev = ">,[>,]<[.<]"
print(run(rev, "stressed")[0])
add = ",>,[<+>-]<------------------------------------------------."
print(run(add, "34")[0])
upper = ",[>++++[<-------->-]<.,]"
print(run(upper, "krait")[0])
for bad in ["[[]", "]", "+[]", "<"]:
    try:
        print(run(bad, max_steps=1000))
    except BFError as e:
        print("BFError:", e)
