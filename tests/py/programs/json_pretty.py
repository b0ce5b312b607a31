class JSONError(Exception):
    pass


def dumps(obj, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = "," if indent is not None else ", "
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise JSONError(f"cannot encode {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                if ord(ch) > 0xFFFF:
                    v = ord(ch) - 0x10000
                    out.append(f"\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}")
                else:
                    out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + pad + (sep + pad).join(dumps(v, indent, _level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise JSONError(f"keys must be str, not {type(k).__name__}")
            items.append(dumps(k) + ": " + dumps(v, indent, _level + 1))
        return "{" + pad + (sep + pad).join(items) + end + "}"
    raise JSONError(f"Object of type {type(obj).__name__} is not JSON serializable")


class Parser:
    def __init__(self, text):
        self.text, self.i = text, 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\n\r":
            self.i += 1

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.text):
            raise JSONError(f"extra data at {self.i}")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            raise JSONError("unexpected end")
        c = self.text[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            key = self.string()
            self.ws()
            if self.text[self.i] != ":":
                raise JSONError(f"expected ':' at {self.i}")
            self.i += 1
            result[key] = self.value()
            self.ws()
            c = self.text[self.i]
            self.i += 1
            if c == "}":
                return result
            if c != ",":
                raise JSONError(f"expected ',' or '}}' at {self.i - 1}")

    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            c = self.text[self.i]
            self.i += 1
            if c == "]":
                return result
            if c != ",":
                raise JSONError(f"expected ',' or ']' at {self.i - 1}")

    def string(self):
        if self.text[self.i] != '"':
            raise JSONError(f"expected string at {self.i}")
        self.i += 1
        out = []
        escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
        while self.text[self.i] != '"':
            c = self.text[self.i]
            if c == "\\":
                e = self.text[self.i + 1]
                if e == "u":
                    code = int(self.text[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.i):
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append(escapes[e])
                self.i += 2
            else:
                out.append(c)
                self.i += 1
        self.i += 1
        return "".join(out)

    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        s = self.text[start:self.i]
        if not s:
            raise JSONError(f"unexpected {self.text[self.i]!r} at {self.i}")
        return float(s) if any(c in s for c in ".eE") else int(s)


doc = {"name": "krait", "version": [0, 1, 0], "tags": ["python", "sandbox"], "stable": False,
       "meta": {"license": None, "ratio": 0.75, "quote": 'say "hi"\n', "unicode": "é€😀", "empty": {}, "none": []}}
compact = dumps(doc)
print(compact)
print(dumps(doc, indent=2))
back = Parser(compact).parse()
print(back == doc, back["meta"]["unicode"], back["meta"]["quote"] == doc["meta"]["quote"])
for text in ['{"a": [1, 2, {"b": null}], "c": -1.5e3}', "[true, false, null, \"x\\ty\"]", '{"a" 1}', "[1, 2", "[1] x", "@"]:
    try:
        print(repr(Parser(text).parse()))
    except (JSONError, IndexError) as e:
        print(type(e).__name__ + ":", e)
for bad in [{1: "x"}, float("nan"), {"s": {1, 2}}]:
    try:
        dumps(bad)
    except JSONError as e:
        print("JSONError:", e)
