class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.value!r}"


class ParseError(Exception):
    pass


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif c in "+-*/%()=,":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("eof", None, len(src)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        t = self.peek()
        if (kind and t.kind != kind) or (value and t.value != value):
            raise ParseError(f"expected {value or kind} at {t.pos}, got {t.value!r}")
        self.i += 1
        return t

    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].value == "=":
            name = self.take("name").value
            self.take("op", "=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        self.take("eof")
        return node

    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek().value == "-":
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        t = self.peek()
        if t.kind == "num":
            self.take()
            return ("num", t.value)
        if t.kind == "name":
            self.take()
            if self.peek().value == "(":
                self.take()
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", t.value, args)
            return ("var", t.value)
        if t.value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected {t.value!r} at {t.pos}")


FUNCS = {"max": max, "min": min, "abs": abs, "sqrt": lambda x: x ** 0.5}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]!r}")
        return env[node[1]]
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
            "%": lambda: a % b, "**": lambda: a ** b}[kind]()


env = {}
program = [
    "x = 3",
    "y = x * (2 + 4) - 1",
    "y ** 2 % 7",
    "-2 ** 2",
    "2 ** 3 ** 2",
    "z = max(x, y, 10) / 4",
    "sqrt(16) + abs(-2.5)",
    "1 / (x - 3)",
    "w + 1",
    "3 + * 4",
    "(1 + 2",
    "7 $ 3",
]
for line in program:
    try:
        tokens = tokenize(line)
        tree = Parser(tokens).statement()
        print(f"{line:<22} => {evaluate(tree, env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 = 2.5 ** b"))
