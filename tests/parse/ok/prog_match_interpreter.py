"""A small Lisp interpreter written around structural pattern matching."""

from __future__ import annotations

import math
import operator as op
import re
from collections import ChainMap
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Symbol:
    name: str

    def __repr__(self) -> str:
        return self.name


@dataclass
class Lambda:
    params: list[Symbol]
    rest: Symbol | None
    body: list[Any]
    env: ChainMap
    name: str = field(default="<lambda>", compare=False)

    def __repr__(self) -> str:
        return f"#<procedure {self.name}>"


class LispError(Exception):
    pass


class TailCall(Exception):
    def __init__(self, fn, args):
        self.fn, self.args = fn, args


NIL: list = []
TOKEN = re.compile(r"""\s*(,@|[('`,)]|"(?:\\.|[^\\"])*"|;.*|[^\s('"`,;)]*)(.*)""")
QUOTES = {"'": "quote", "`": "quasiquote", ",": "unquote", ",@": "unquote-splicing"}


def tokenize(src: str) -> list[str]:
    tokens = []
    for line in src.splitlines():
        while line.strip():
            tok, line = TOKEN.match(line).groups()
            if tok and not tok.startswith(";"):
                tokens.append(tok)
    return tokens


def atom(tok: str) -> Any:
    match tok:
        case "#t":
            return True
        case "#f":
            return False
        case s if s.startswith('"'):
            return s[1:-1].encode().decode("unicode_escape")
        case _:
            for conv in (int, float, complex):
                try:
                    return conv(tok)
                except ValueError:
                    pass
            return Symbol(tok)


def read(tokens: list[str]) -> Any:
    if not tokens:
        raise LispError("unexpected EOF")
    match tokens.pop(0):
        case "(":
            out = []
            while tokens and tokens[0] != ")":
                out.append(read(tokens))
            if not tokens:
                raise LispError("missing )")
            tokens.pop(0)
            return out
        case ")":
            raise LispError("unexpected )")
        case "'" | "`" | "," | ",@" as q:
            return [Symbol(QUOTES[q]), read(tokens)]
        case tok:
            return atom(tok)


def parse_all(src: str) -> list[Any]:
    tokens = tokenize(src)
    exprs = []
    while tokens:
        exprs.append(read(tokens))
    return exprs


def to_str(x: Any) -> str:
    match x:
        case True:
            return "#t"
        case False:
            return "#f"
        case str():
            return '"' + x.encode("unicode_escape").decode() + '"'
        case list():
            return "(" + " ".join(map(to_str, x)) + ")"
        case complex(real=r, imag=i):
            return f"{r}{i:+}i"
        case _:
            return str(x)


def standard_env() -> ChainMap:
    env: dict[str, Any] = {name: getattr(math, name) for name in ("sqrt", "sin", "cos", "floor", "ceil")}
    env |= {
        "+": lambda *a: sum(a), "*": lambda *a: math.prod(a),
        "-": lambda a, *b: a - sum(b) if b else -a,
        "/": lambda a, *b: a / math.prod(b) if b else 1 / a,
        "<": op.lt, ">": op.gt, "<=": op.le, ">=": op.ge, "=": op.eq,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a, *b],
        "list": lambda *xs: list(xs), "length": len, "null?": lambda x: x == [],
        "apply": lambda f, args: call(f, args), "display": lambda x: print(to_str(x), end=""),
        "newline": lambda: print(), "not": op.not_, "eq?": op.is_, "equal?": op.eq,
        "number?": lambda x: isinstance(x, (int, float, complex)) and not isinstance(x, bool),
        "symbol?": lambda x: isinstance(x, Symbol), "procedure?": callable,
    }
    return ChainMap({}, {Symbol(k): v for k, v in env.items()})


def call(fn, args):
    while True:
        try:
            match fn:
                case Lambda(params, rest, body, env):
                    if len(args) < len(params) or (rest is None and len(args) > len(params)):
                        raise LispError(f"{fn.name}: expected {len(params)} args, got {len(args)}")
                    frame = dict(zip(params, args))
                    if rest is not None:
                        frame[rest] = list(args[len(params):])
                    local = env.new_child(frame)
                    for expr in body[:-1]:
                        evaluate(expr, local)
                    return evaluate(body[-1], local, tail=True)
                case _ if callable(fn):
                    return fn(*args)
                case _:
                    raise LispError(f"not a procedure: {to_str(fn)}")
        except TailCall as tc:
            fn, args = tc.fn, tc.args


def quasi(x, env):
    match x:
        case [Symbol("unquote"), e]:
            return evaluate(e, env)
        case [*items]:
            out = []
            for item in items:
                match item:
                    case [Symbol("unquote-splicing"), e]:
                        out.extend(evaluate(e, env))
                    case _:
                        out.append(quasi(item, env))
            return out
        case _:
            return x


def evaluate(x: Any, env: ChainMap, tail: bool = False) -> Any:
    while True:
        match x:
            case Symbol() as s:
                try:
                    return env[s]
                except KeyError:
                    raise LispError(f"unbound symbol: {s}") from None
            case int() | float() | complex() | str() | bool():
                return x
            case []:
                return NIL
            case [Symbol("quote"), datum]:
                return datum
            case [Symbol("quasiquote"), datum]:
                return quasi(datum, env)
            case [Symbol("if"), test, then, *orelse]:
                if evaluate(test, env) is not False:
                    x = then
                elif orelse:
                    x = orelse[0]
                else:
                    return NIL
            case [Symbol("define"), [Symbol() as name, *params], *body]:
                env[name] = make_lambda(params, body, env, name.name)
                return NIL
            case [Symbol("define"), Symbol() as name, value]:
                env[name] = evaluate(value, env)
                return NIL
            case [Symbol("set!"), Symbol() as name, value]:
                for m in env.maps:
                    if name in m:
                        m[name] = evaluate(value, env)
                        return NIL
                raise LispError(f"set!: unbound {name}")
            case [Symbol("lambda"), params, *body] if body:
                return make_lambda(params, body, env)
            case [Symbol("begin"), *body] if body:
                for e in body[:-1]:
                    evaluate(e, env)
                x = body[-1]
            case [Symbol("let"), [*bindings], *body]:
                names = [b[0] for b in bindings]
                values = [evaluate(b[1], env) for b in bindings]
                env = env.new_child(dict(zip(names, values)))
                x = [Symbol("begin"), *body]
            case [Symbol("cond"), *clauses]:
                for clause in clauses:
                    match clause:
                        case [Symbol("else"), *body] | [_, *body] if clause[0] == Symbol("else") or evaluate(clause[0], env) is not False:
                            x = [Symbol("begin"), *body]
                            break
                else:
                    return NIL
            case [Symbol("and"), *es]:
                result = True
                for e in es:
                    if (result := evaluate(e, env)) is False:
                        return False
                return result
            case [fn_expr, *arg_exprs]:
                fn = evaluate(fn_expr, env)
                args = [evaluate(a, env) for a in arg_exprs]
                if tail and isinstance(fn, Lambda):
                    raise TailCall(fn, args)
                return call(fn, args)
            case _:
                raise LispError(f"cannot evaluate {x!r}")


def make_lambda(params, body, env, name="<lambda>") -> Lambda:
    match params:
        case [*fixed, Symbol("."), Symbol() as rest]:
            return Lambda(fixed, rest, body, env, name)
        case Symbol() as rest:
            return Lambda([], rest, body, env, name)
        case [*fixed]:
            return Lambda(fixed, None, body, env, name)


PRELUDE = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (count n acc) (if (= n 0) acc (count (- n 1) (+ acc 1))))   ; tail call
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (sum . xs) (apply + xs))
"""

if __name__ == "__main__":
    env = standard_env()
    for expr in parse_all(PRELUDE):
        evaluate(expr, env)
    for src in ["(fact 20)", "(count 5000 0)", "(map (lambda (x) (* x x)) '(1 2 3))",
                "(sum 1 2 3 4)", "`(1 ,(+ 1 1) ,@(list 3 4))", "(let ((a 1) (b 2)) (+ a b))",
                "(cond ((> 1 2) 'no) (else 'yes))", '"hi\\n"']:
        print(src, "=>", to_str(evaluate(parse_all(src)[0], env)))
