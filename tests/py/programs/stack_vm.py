class VMError(Exception):
    pass


def compile_expr(tokens):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}
    output, ops = [], []
    for tok in tokens:
        if tok.isdigit():
            output.append(("PUSH", int(tok)))
        elif tok.isidentifier():
            output.append(("LOAD", tok))
        elif tok in prec:
            while ops and ops[-1] in prec and prec[ops[-1]] >= prec[tok]:
                output.append(("BINOP", ops.pop()))
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops and ops[-1] != "(":
                output.append(("BINOP", ops.pop()))
            if not ops:
                raise VMError("unbalanced ')'")
            ops.pop()
        else:
            raise VMError(f"bad token {tok!r}")
    while ops:
        op = ops.pop()
        if op == "(":
            raise VMError("unbalanced '('")
        output.append(("BINOP", op))
    return output


def lex(src):
    out, num = [], ""
    for ch in src + " ":
        if ch.isalnum() or ch == "_":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in "+-*/%()":
            out.append(ch)
        elif not ch.isspace():
            raise VMError(f"bad character {ch!r}")
    return out


def compile_program(lines):
    code = []
    for line in lines:
        if "=" in line:
            name, expr = (s.strip() for s in line.split("=", 1))
            code += compile_expr(lex(expr)) + [("STORE", name)]
        elif line.startswith("print "):
            code += compile_expr(lex(line[6:])) + [("PRINT", None)]
        else:
            raise VMError(f"bad statement {line!r}")
    return code


def execute(code):
    stack, env, out = [], {}, []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a // b, "%": lambda a, b: a % b}
    for pc, (op, arg) in enumerate(code):
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"pc={pc}: unknown variable {arg}")
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "PRINT":
            out.append(str(stack.pop()))
        elif op == "BINOP":
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(ops[arg](a, b))
            except ZeroDivisionError:
                raise VMError(f"pc={pc}: division by zero") from None
    if stack:
        raise VMError(f"stack not empty: {stack}")
    return out, env


program = ["a = 6", "b = a * 7", "print b", "c = (b - 2) / 5 % 3", "print c + a * (b - 40)", "print 100 / (a - 6 + 1)"]
code = compile_program(program)
for i, ins in enumerate(code):
    print(f"{i:02d} {ins[0]:<6}{'' if ins[1] is None else ins[1]}")
out, env = execute(code)
print(out, env)
for bad in [["print 1 / (2 - 2)"], ["x = (1 + 2"], ["print y"], ["z = 3 $ 4"], ["print 1 + 2)"]]:
    try:
        print(execute(compile_program(bad)))
    except VMError as e:
        print("VMError:", e)
