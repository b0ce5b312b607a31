"""Report rendering with f-strings and PEP 750 template strings (t-strings)."""

from __future__ import annotations

import html
import shlex
from datetime import datetime, timezone
from string.templatelib import Interpolation, Template

RESET, BOLD, DIM = "\x1b[0m", "\x1b[1m", "\x1b[2m"
COLORS = {"red": "\x1b[31m", "green": "\x1b[32m", "yellow": "\x1b[33m"}


def render_html(template: Template) -> str:
    """Escape every interpolated value unless it is marked safe with !r... err, with :safe."""
    parts: list[str] = []
    for item in template:
        match item:
            case str() as s:
                parts.append(s)
            case Interpolation(value, expression, conversion, format_spec):
                if conversion == "r":
                    value = repr(value)
                elif conversion == "s":
                    value = str(value)
                elif conversion == "a":
                    value = ascii(value)
                if format_spec == "safe":
                    parts.append(str(value))
                else:
                    parts.append(html.escape(format(value, format_spec)))
    return "".join(parts)


def render_shell(template: Template) -> str:
    return "".join(
        item if isinstance(item, str) else shlex.quote(str(item.value))
        for item in template
    )


def debug_names(template: Template) -> dict[str, object]:
    return {i.expression: i.value for i in template.interpolations}


def table(rows: list[dict[str, object]], columns: list[tuple[str, str, int]]) -> str:
    head = " | ".join(f"{title:^{width}}" for _, title, width in columns)
    rule = "-+-".join("-" * width for *_, width in columns)
    body = []
    for row in rows:
        cells = []
        for key, _, width in columns:
            value = row.get(key, "")
            match value:
                case bool():
                    cells.append(f"{'yes' if value else 'no':^{width}}")
                case int() | float():
                    cells.append(f"{value:>{width},.2f}" if isinstance(value, float) else f"{value:>{width},}")
                case _:
                    text = str(value)
                    cells.append(f"{text if len(text) <= width else text[: width - 1] + '…':<{width}}")
        body.append(" | ".join(cells))
    return "\n".join([head, rule, *body])


def colored(text: str, color: str | None = None, *, bold: bool = False) -> str:
    prefix = f"{BOLD if bold else ''}{COLORS.get(color or '', '')}"
    return f"{prefix}{text}{RESET}" if prefix else text


def progress(done: int, total: int, width: int = 30) -> str:
    frac = done / total if total else 1.0
    filled = round(frac * width)
    return f"[{'#' * filled}{'.' * (width - filled)}] {frac:6.1%} ({done:>{len(str(total))}}/{total})"


def summary(name: str, passed: int, failed: int, skipped: int = 0, *, elapsed: float) -> str:
    total = passed + failed + skipped
    status = colored("PASS", "green", bold=True) if not failed else colored("FAIL", "red", bold=True)
    now = datetime.now(timezone.utc)
    return f"""\
{status} {name!r}
    {passed=}, {failed=}, {skipped=}
    total:   {total:>5}
    rate:    {passed / total if total else 0:>8.2%}
    elapsed: {elapsed:.3f}s ({elapsed * 1000:,.0f} ms)
    at:      {now:%Y-%m-%d %H:%M:%S %Z}
    {progress(passed + failed, total)}
"""


def nested_examples(user: dict[str, str], items: list[str]) -> list[str]:
    return [
        f"{user["name"]} has {len(items)} item{"s" if len(items) != 1 else ""}",
        f"{", ".join(f"<{i}>" for i in items)}",
        f"{f"{f"{user['name']:>10}"}"}|",
        f"{'\n'.join(items)}",
        f"{user!r:.20}",
        f"{(lambda u: u['name'].upper())(user)}",
        f"{(n := len(items))} items, {n * 2} halves",
        f"{ {'a': 1}['a'] } { {1, 2} } {[*items][:1]}",
        f"{items[0] if items else 'none'=}",
        f"{3.14159:{'>'}{10}.{3}f}",
        f"{{literal}} {{{user['name']}}}",
        f"""{
            user["name"]  # comments are allowed in multi-line replacement fields
            .title()
        }""",
    ]


def template_examples(user: dict[str, str], query: str) -> list[object]:
    name = user["name"]
    page = t"<p>Hello {name}!</p><p>Search: {query:safe}</p><p>{user!r}</p>"
    cmd = t"grep -rn {query} {user.get('home', '/tmp')}"
    multi = t"""
        <ul>
          <li>{name=}</li>
          <li>{len(query):>5}</li>
        </ul>"""
    concatenated = t"<b>" t"{name}" t"</b>"
    raw = rt"C:\Users\{name}\Documents"
    nested = t"{t'{name}'}"
    return [render_html(page), render_shell(cmd), render_html(multi), render_html(concatenated),
            render_html(raw), debug_names(page), type(nested.interpolations[0].value).__name__]


if __name__ == "__main__":
    rows = [
        {"name": "alpha", "count": 12_345, "ratio": 0.5, "ok": True},
        {"name": "a-very-long-name-indeed", "count": 7, "ratio": 12.25, "ok": False},
    ]
    print(table(rows, [("name", "Name", 12), ("count", "Count", 8), ("ratio", "Ratio", 8), ("ok", "OK", 4)]))
    print(summary("suite", 40, 2, 1, elapsed=1.23456))
    for line in nested_examples({"name": "ada"}, ["x", "y"]):
        print(line)
    for thing in template_examples({"name": "<ada>", "home": "/home/ada"}, "a&b's"):
        print(thing)
