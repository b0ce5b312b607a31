"""Tokenizer, Pratt parser and evaluator for a small expression language.

    let x = 3 in x ** 2 + f(1, 2) if x > 1 else -x
"""
import math
import operator
import re
from dataclasses import dataclass
from enum import Enum, auto
from typing import Callable, Iterator, NoReturn, Union


class Kind(Enum):
    NUM = auto()
    NAME = auto()
    OP = auto()
    LPAREN = auto()
    RPAREN = auto()
    COMMA = auto()
    KEYWORD = auto()
    EOF = auto()


KEYWORDS = frozenset({"let", "in", "if", "else", "and", "or", "not", "true", "false"})
TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<num>(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<op>\*\*|//|==|!=|<=|>=|[-+*/%<>=^])
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    pos: int

    def __repr__(self) -> str:
        return f"<{self.kind.name} {self.text!r} @{self.pos}>"


class ParseError(Exception):
    def __init__(self, message: str, pos: int, source: str) -> None:
        super().__init__(message)
        self.pos, self.source = pos, source

    def __str__(self) -> str:
        caret = " " * self.pos + "^"
        return f"{self.args[0]}\n  {self.source}\n  {caret}"


def tokenize(src: str) -> Iterator[Token]:
    pos = 0
    while pos < len(src):
        if not (m := TOKEN_RE.match(src, pos)):
            raise ParseError(f"unexpected character {src[pos]!r}", pos, src)
        kind = m.lastgroup
        text = m.group()
        match kind:
            case "ws":
                pass
            case "num":
                yield Token(Kind.NUM, text, pos)
            case "name":
                yield Token(Kind.KEYWORD if text in KEYWORDS else Kind.NAME, text, pos)
            case "op":
                yield Token(Kind.OP, text, pos)
            case "lparen" | "rparen" | "comma" as k:
                yield Token(Kind[k.upper()], text, pos)
        pos = m.end()
    yield Token(Kind.EOF, "", pos)


# ---- AST -------------------------------------------------------------------

@dataclass
class Num:
    value: float

@dataclass
class Var:
    name: str

@dataclass
class Unary:
    op: str
    operand: "Expr"

@dataclass
class Binary:
    op: str
    left: "Expr"
    right: "Expr"

@dataclass
class Call:
    func: str
    args: list["Expr"]

@dataclass
class Let:
    name: str
    value: "Expr"
    body: "Expr"

@dataclass
class IfElse:
    cond: "Expr"
    then: "Expr"
    other: "Expr"

Expr = Union[Num, Var, Unary, Binary, Call, Let, IfElse]

# binding powers: (left, right); right-assoc operators have right < left
INFIX: dict[str, tuple[int, int]] = {
    "or": (1, 2), "and": (3, 4),
    "==": (5, 6), "!=": (5, 6), "<": (5, 6), "<=": (5, 6), ">": (5, 6), ">=": (5, 6),
    "+": (7, 8), "-": (7, 8),
    "*": (9, 10), "/": (9, 10), "//": (9, 10), "%": (9, 10),
    "**": (14, 13), "^": (14, 13),
}
PREFIX_BP = 11


class Parser:
    def __init__(self, src: str) -> None:
        self.src = src
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def advance(self) -> Token:
        t, self.i = self.tokens[self.i], self.i + 1
        return t

    def error(self, msg: str, tok: Token | None = None) -> NoReturn:
        raise ParseError(msg, (tok or self.tok).pos, self.src)

    def expect(self, kind: Kind, text: str | None = None) -> Token:
        t = self.tok
        if t.kind is not kind or (text is not None and t.text != text):
            self.error(f"expected {text or kind.name.lower()}, got {t.text or 'end of input'!r}")
        return self.advance()

    def parse(self) -> Expr:
        e = self.expr(0)
        self.expect(Kind.EOF)
        return e

    def expr(self, min_bp: int) -> Expr:
        left = self.prefix()
        while True:
            t = self.tok
            if t.kind is Kind.KEYWORD and t.text == "if" and min_bp == 0:
                self.advance()
                cond = self.expr(0)
                self.expect(Kind.KEYWORD, "else")
                other = self.expr(0)
                left = IfElse(cond, left, other)
                continue
            if t.kind not in (Kind.OP, Kind.KEYWORD) or t.text not in INFIX:
                return left
            lbp, rbp = INFIX[t.text]
            if lbp < min_bp:
                return left
            self.advance()
            left = Binary(t.text, left, self.expr(rbp))

    def prefix(self) -> Expr:
        t = self.advance()
        match t:
            case Token(kind=Kind.NUM, text=text):
                return Num(float(text))
            case Token(kind=Kind.KEYWORD, text="true" | "false" as b):
                return Num(1.0 if b == "true" else 0.0)
            case Token(kind=Kind.NAME, text=name) if self.tok.kind is Kind.LPAREN:
                self.advance()
                args: list[Expr] = []
                if self.tok.kind is not Kind.RPAREN:
                    args.append(self.expr(0))
                    while self.tok.kind is Kind.COMMA:
                        self.advance()
                        args.append(self.expr(0))
                self.expect(Kind.RPAREN)
                return Call(name, args)
            case Token(kind=Kind.NAME, text=name):
                return Var(name)
            case Token(kind=Kind.OP, text="-" | "+" as op) | Token(kind=Kind.KEYWORD, text="not" as op):
                return Unary(op, self.expr(PREFIX_BP))
            case Token(kind=Kind.LPAREN):
                e = self.expr(0)
                self.expect(Kind.RPAREN)
                return e
            case Token(kind=Kind.KEYWORD, text="let"):
                name = self.expect(Kind.NAME).text
                self.expect(Kind.OP, "=")
                value = self.expr(0)
                self.expect(Kind.KEYWORD, "in")
                return Let(name, value, self.expr(0))
            case _:
                self.error(f"unexpected {t.text or 'end of input'!r}", t)


BINOPS: dict[str, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "**": operator.pow, "^": operator.pow,
    "==": lambda a, b: float(a == b), "!=": lambda a, b: float(a != b),
    "<": lambda a, b: float(a < b), "<=": lambda a, b: float(a <= b),
    ">": lambda a, b: float(a > b), ">=": lambda a, b: float(a >= b),
}
FUNCS: dict[str, Callable[..., float]] = {
    "sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "max": max, "min": min,
    "abs": abs, "hypot": math.hypot, "log": math.log,
}


def evaluate(e: Expr, env: dict[str, float] | None = None) -> float:
    env = {"pi": math.pi, "e": math.e} | (env or {})
    match e:
        case Num(v):
            return v
        case Var(name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case Unary("-", x):
            return -evaluate(x, env)
        case Unary("+", x):
            return +evaluate(x, env)
        case Unary("not", x):
            return float(not evaluate(x, env))
        case Binary("and", l, r):
            return evaluate(l, env) and evaluate(r, env)
        case Binary("or", l, r):
            return evaluate(l, env) or evaluate(r, env)
        case Binary(op, l, r):
            return BINOPS[op](evaluate(l, env), evaluate(r, env))
        case Call(fn, args) if fn in FUNCS:
            return FUNCS[fn](*(evaluate(a, env) for a in args))
        case Call(fn, _):
            raise NameError(f"unknown function {fn}()")
        case Let(name, value, body):
            return evaluate(body, env | {name: evaluate(value, env)})
        case IfElse(cond, then, other):
            return evaluate(then, env) if evaluate(cond, env) else evaluate(other, env)
    raise TypeError(f"not an expression: {e!r}")


def calc(src: str, **env: float) -> float:
    return evaluate(Parser(src).parse(), env)


if __name__ == "__main__":
    for src in ["1 + 2 * 3", "2 ** 3 ** 2", "-2 ** 2", "let x = 3 in x * x if x > 1 else -x",
                "hypot(3, 4) + max(1, 2, 3)", "not 0 and 1 or 0"]:
        print(f"{src:<40} = {calc(src):g}")
    try:
        calc("1 + * 2")
    except ParseError as err:
        print(err)
