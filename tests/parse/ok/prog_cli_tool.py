#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""wcx -- a word/line/byte counter with a few extras.

Usage examples::

    wcx.py -l -w file1.txt file2.txt
    wcx.py --top 10 --ignore-case < input.txt
"""
from __future__ import annotations

import argparse
import collections
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO

__all__ = ["Counts", "count_stream", "main"]
__version__ = "1.4.2"

WORD_RE = re.compile(r"[\w']+", re.UNICODE)
EXIT_OK, EXIT_USAGE, EXIT_IO = 0, 2, 3


@dataclass(slots=True)
class Counts:
    lines: int = 0
    words: int = 0
    chars: int = 0
    bytes_: int = 0
    longest: int = 0
    freq: collections.Counter[str] = field(default_factory=collections.Counter)

    def __iadd__(self, other: Counts) -> Counts:
        self.lines += other.lines
        self.words += other.words
        self.chars += other.chars
        self.bytes_ += other.bytes_
        self.longest = max(self.longest, other.longest)
        self.freq.update(other.freq)
        return self

    def as_row(self, opts: argparse.Namespace) -> list[int]:
        row = []
        if opts.lines:
            row.append(self.lines)
        if opts.words:
            row.append(self.words)
        if opts.chars:
            row.append(self.chars)
        if opts.bytes:
            row.append(self.bytes_)
        if opts.max_line_length:
            row.append(self.longest)
        return row


def iter_lines(stream: TextIO, *, strip_newline: bool = False) -> Iterator[str]:
    for line in stream:
        yield line.rstrip("\r\n") if strip_newline else line


def count_stream(stream: TextIO, *, ignore_case: bool = False, encoding: str = "utf-8") -> Counts:
    c = Counts()
    for line in iter_lines(stream):
        c.lines += line.endswith("\n")
        c.chars += len(line)
        c.bytes_ += len(line.encode(encoding, errors="replace"))
        c.longest = max(c.longest, len(line.rstrip("\n")))
        words = WORD_RE.findall(line.lower() if ignore_case else line)
        c.words += len(words)
        c.freq.update(words)
    return c


def open_inputs(names: Sequence[str], encoding: str) -> Iterator[tuple[str, TextIO]]:
    if not names or names == ["-"]:
        yield "-", io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, errors="replace")
        return
    for name in names:
        path = Path(name).expanduser()
        try:
            with path.open(encoding=encoding, errors="replace", newline="") as fh:
                yield name, fh
        except IsADirectoryError:
            print(f"wcx: {name}: Is a directory", file=sys.stderr)
        except (FileNotFoundError, PermissionError) as exc:
            print(f"wcx: {name}: {exc.strerror}", file=sys.stderr)


def format_table(rows: list[tuple[list[int], str]], *, total: bool) -> str:
    if not rows:
        return ""
    width = max(len(f"{n:,}") for nums, _ in rows for n in nums) if any(nums for nums, _ in rows) else 1
    out = io.StringIO()
    for nums, label in rows:
        cells = " ".join(f"{n:>{width},}" for n in nums)
        out.write(f"{cells} {label}\n" if label != "-" else f"{cells}\n")
    return out.getvalue()


def top_words(freq: collections.Counter[str], n: int, *, min_len: int = 1) -> list[tuple[str, int]]:
    return [(w, k) for w, k in freq.most_common() if len(w) >= min_len][:n]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="wcx",
        description=__doc__.splitlines()[0] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files (default: stdin)")
    p.add_argument("-l", "--lines", action="store_true", help="print the newline counts")
    p.add_argument("-w", "--words", action="store_true", help="print the word counts")
    p.add_argument("-m", "--chars", action="store_true", help="print the character counts")
    p.add_argument("-c", "--bytes", action="store_true", help="print the byte counts")
    p.add_argument("-L", "--max-line-length", action="store_true")
    p.add_argument("--top", type=int, default=0, metavar="N", help="show the N most common words")
    p.add_argument("--min-len", type=int, default=1)
    p.add_argument("-i", "--ignore-case", action="store_true")
    p.add_argument("--encoding", default=os.environ.get("WCX_ENCODING", "utf-8"))
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def normalize(opts: argparse.Namespace) -> argparse.Namespace:
    if not any((opts.lines, opts.words, opts.chars, opts.bytes, opts.max_line_length)):
        opts.lines = opts.words = opts.bytes = True
    if opts.top < 0:
        raise SystemExit(f"wcx: --top must be non-negative, not {opts.top}")
    return opts


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        opts = normalize(parser.parse_args(argv))
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else EXIT_USAGE

    grand = Counts()
    rows: list[tuple[list[int], str]] = []
    status = EXIT_OK
    for name, stream in open_inputs(opts.files, opts.encoding):
        try:
            counts = count_stream(stream, ignore_case=opts.ignore_case, encoding=opts.encoding)
        except OSError as err:
            print(f"wcx: {name}: {err}", file=sys.stderr)
            status = EXIT_IO
            continue
        grand += counts
        rows.append((counts.as_row(opts), name))

    if len(rows) > 1:
        rows.append((grand.as_row(opts), "total"))
    sys.stdout.write(format_table(rows, total=len(rows) > 1))

    if opts.top:
        print()
        for rank, (word, n) in enumerate(top_words(grand.freq, opts.top, min_len=opts.min_len), 1):
            bar = "#" * min(n, 40)
            print(f"{rank:>3}. {word:<20} {n:>6} {bar}")
    return status


def _selftest() -> None:
    sample = io.StringIO("the quick brown fox\njumps over the lazy dog\n\nThe end")
    c = count_stream(sample, ignore_case=True)
    assert (c.lines, c.words) == (3, 11), (c.lines, c.words)
    assert c.freq["the"] == 3
    assert top_words(c.freq, 1) == [("the", 3)]
    opts = normalize(build_parser().parse_args([]))
    assert c.as_row(opts)[:2] == [3, 11]


if __name__ == "__main__":
    if os.environ.get("WCX_SELFTEST"):
        _selftest()
        print("selftest ok")
        sys.exit(0)
    sys.exit(main())
