"""A hand-written JSON decoder/encoder with line/column error reporting."""

import math
from collections.abc import Iterator
from typing import Any

WHITESPACE = frozenset(" \t\n\r")
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
REVERSE_ESCAPES = {v: "\\" + k for k, v in ESCAPES.items() if k != "/"}


class JSONError(ValueError):
    def __init__(self, msg: str, doc: str, pos: int):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno


class Decoder:
    def __init__(self, text: str, *, allow_nan: bool = True, max_depth: int = 500):
        self.s = text
        self.i = 0
        self.allow_nan = allow_nan
        self.depth = 0
        self.max_depth = max_depth

    def fail(self, msg: str, pos: int | None = None):
        raise JSONError(msg, self.s, self.i if pos is None else pos)

    def skip_ws(self) -> None:
        s, i, n = self.s, self.i, len(self.s)
        while i < n and s[i] in WHITESPACE:
            i += 1
        self.i = i

    def peek(self) -> str:
        self.skip_ws()
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch: str) -> None:
        if self.peek() != ch:
            self.fail(f"Expecting {ch!r} delimiter" if ch in ",:" else f"Expecting {ch!r}")
        self.i += 1

    def decode(self) -> Any:
        value = self.value()
        if self.peek():
            self.fail("Extra data")
        return value

    def value(self) -> Any:
        match self.peek():
            case "{":
                return self.obj()
            case "[":
                return self.arr()
            case '"':
                return self.string()
            case "t" if self.s.startswith("true", self.i):
                self.i += 4
                return True
            case "f" if self.s.startswith("false", self.i):
                self.i += 5
                return False
            case "n" if self.s.startswith("null", self.i):
                self.i += 4
                return None
            case "N" if self.allow_nan and self.s.startswith("NaN", self.i):
                self.i += 3
                return math.nan
            case "I" if self.allow_nan and self.s.startswith("Infinity", self.i):
                self.i += 8
                return math.inf
            case c if c == "-" or c.isdigit():
                return self.number()
            case "":
                self.fail("Expecting value")
            case _:
                self.fail("Expecting value")

    def nested(self, opener: str, closer: str, item) -> Iterator[Any]:
        self.depth += 1
        if self.depth > self.max_depth:
            self.fail("Maximum nesting depth exceeded")
        self.expect(opener)
        if self.peek() == closer:
            self.i += 1
        else:
            while True:
                yield item()
                if self.peek() == ",":
                    self.i += 1
                    if self.peek() == closer:
                        self.fail("Illegal trailing comma before end of " + ("object" if closer == "}" else "array"))
                    continue
                self.expect(closer)
                break
        self.depth -= 1

    def obj(self) -> dict[str, Any]:
        def pair():
            if self.peek() != '"':
                self.fail("Expecting property name enclosed in double quotes")
            key = self.string()
            self.expect(":")
            return key, self.value()
        return dict(self.nested("{", "}", pair))

    def arr(self) -> list[Any]:
        return list(self.nested("[", "]", self.value))

    def string(self) -> str:
        start = self.i
        self.i += 1
        chunks = []
        s = self.s
        while True:
            j = self.i
            while j < len(s) and s[j] not in '"\\' and s[j] >= " ":
                j += 1
            chunks.append(s[self.i:j])
            if j >= len(s):
                self.fail("Unterminated string starting at", start)
            c = s[j]
            if c == '"':
                self.i = j + 1
                return "".join(chunks)
            if c < " ":
                self.fail("Invalid control character at", j)
            esc = s[j + 1:j + 2]
            if esc == "u":
                code = self.hex4(j + 2)
                self.i = j + 6
                if 0xD800 <= code <= 0xDBFF and s[self.i:self.i + 2] == "\\u":
                    low = self.hex4(self.i + 2)
                    if 0xDC00 <= low <= 0xDFFF:
                        code = 0x10000 + ((code - 0xD800) << 10 | (low - 0xDC00))
                        self.i += 6
                chunks.append(chr(code))
            elif esc in ESCAPES:
                chunks.append(ESCAPES[esc])
                self.i = j + 2
            else:
                self.fail("Invalid \\escape", j)

    def hex4(self, pos: int) -> int:
        digits = self.s[pos:pos + 4]
        if len(digits) != 4 or not all(c in "0123456789abcdefABCDEF" for c in digits):
            self.fail("Invalid \\uXXXX escape", pos - 2)
        return int(digits, 16)

    def number(self) -> int | float:
        s, start, i = self.s, self.i, self.i
        if s[i:i + 1] == "-":
            i += 1
            if s.startswith("Infinity", i) and self.allow_nan:
                self.i = i + 8
                return -math.inf
        if s[i:i + 1] == "0":
            i += 1
        elif s[i:i + 1].isdigit():
            while i < len(s) and s[i].isdigit():
                i += 1
        else:
            self.fail("Expecting value", start)
        is_float = False
        if s[i:i + 1] == "." and s[i + 1:i + 2].isdigit():
            is_float = True
            i += 1
            while i < len(s) and s[i].isdigit():
                i += 1
        if s[i:i + 1] in ("e", "E"):
            j = i + 1
            if s[j:j + 1] in ("+", "-"):
                j += 1
            if s[j:j + 1].isdigit():
                is_float, i = True, j
                while i < len(s) and s[i].isdigit():
                    i += 1
        self.i = i
        text = s[start:i]
        return float(text) if is_float else int(text)


def encode(obj: Any, *, indent: int | None = None, sort_keys: bool = False, _level: int = 0) -> str:
    nl = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    match obj:
        case None:
            return "null"
        case True:
            return "true"
        case False:
            return "false"
        case int():
            return int.__repr__(obj)
        case float() if math.isnan(obj):
            return "NaN"
        case float() if math.isinf(obj):
            return "Infinity" if obj > 0 else "-Infinity"
        case float():
            return float.__repr__(obj)
        case str():
            return '"' + "".join(REVERSE_ESCAPES.get(c) or (c if c >= " " else f"\\u{ord(c):04x}") for c in obj) + '"'
        case dict() if not obj:
            return "{}"
        case dict():
            items = sorted(obj.items()) if sort_keys else obj.items()
            body = sep.join(f"{nl}{encode(str(k))}: {encode(v, indent=indent, sort_keys=sort_keys, _level=_level + 1)}"
                            for k, v in items)
            return "{" + body + end + "}"
        case list() | tuple() if not obj:
            return "[]"
        case list() | tuple():
            return "[" + sep.join(nl + encode(v, indent=indent, sort_keys=sort_keys, _level=_level + 1) for v in obj) + end + "]"
        case _:
            raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def loads(s: str, **kw) -> Any:
    return Decoder(s, **kw).decode()


if __name__ == "__main__":
    doc = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00\\n"}, "d": []}'
    value = loads(doc)
    print(value)
    print(encode(value, indent=2, sort_keys=True))
    for bad in ['{"a" 1}', "[1, 2,]", '"abc', "[01]", "{'a': 1}", "[1] x"]:
        try:
            loads(bad)
        except JSONError as e:
            print(f"{bad!r:>12} -> {e}")
