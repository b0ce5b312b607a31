"""Find TODO/FIXME markers and duplicate files under a directory tree."""

import fnmatch
import hashlib
import itertools
import os
import re
import stat
import sys
from collections import defaultdict
from collections.abc import Generator, Iterable, Iterator
from contextlib import ExitStack, closing, suppress
from pathlib import Path
from typing import NamedTuple

MARKER_RE = re.compile(
    r"""
    \b(?P<tag>TODO|FIXME|XXX|HACK)\b   # the tag
    (?:\((?P<who>[^)]*)\))?            # optional owner
    [:\s]*(?P<text>.*?)\s*$            # the message
    """,
    re.VERBOSE | re.IGNORECASE,
)
DEFAULT_IGNORE = (".git", "__pycache__", "*.pyc", "node_modules", ".venv*", "*.min.js")
CHUNK = 1 << 16


class Marker(NamedTuple):
    path: Path
    line: int
    tag: str
    who: str | None
    text: str

    def __str__(self):
        owner = f"({self.who})" if self.who else ""
        return f"{self.path}:{self.line}: {self.tag.upper()}{owner}: {self.text}"


def ignored(name: str, patterns: Iterable[str]) -> bool:
    return any(fnmatch.fnmatch(name, p) for p in patterns)


def walk(root: Path, ignore: tuple[str, ...] = DEFAULT_IGNORE, *, follow_links=False) -> Iterator[Path]:
    stack = [root]
    seen: set[tuple[int, int]] = set()
    while stack:
        current = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name, reverse=True)
        except PermissionError as e:
            print(f"skipping {current}: {e.strerror}", file=sys.stderr)
            continue
        except NotADirectoryError:
            yield current
            continue
        for entry in entries:
            if ignored(entry.name, ignore):
                continue
            try:
                st = entry.stat(follow_symlinks=follow_links)
            except FileNotFoundError:
                continue
            if (key := (st.st_dev, st.st_ino)) in seen:
                continue
            seen.add(key)
            if stat.S_ISDIR(st.st_mode):
                stack.append(Path(entry.path))
            elif stat.S_ISREG(st.st_mode):
                yield Path(entry.path)


def is_probably_text(path: Path, probe: int = 1024) -> bool:
    with open(path, "rb") as f:
        head = f.read(probe)
    return b"\0" not in head


def scan_markers(paths: Iterable[Path]) -> Generator[Marker, None, int]:
    files = 0
    for path in paths:
        with suppress(OSError, UnicodeDecodeError):
            if not is_probably_text(path):
                continue
            files += 1
            with path.open(encoding="utf-8", errors="strict") as fh:
                for lineno, line in enumerate(fh, start=1):
                    if "TODO" not in line.upper() and not any(t in line.upper() for t in ("FIXME", "XXX", "HACK")):
                        continue
                    if m := MARKER_RE.search(line):
                        yield Marker(path, lineno, m["tag"], m["who"], m["text"])
    return files


def file_digest(path: Path, algo: str = "blake2b") -> str:
    h = hashlib.new(algo)
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def duplicates(paths: Iterable[Path]) -> list[list[Path]]:
    by_size: defaultdict[int, list[Path]] = defaultdict(list)
    for p in paths:
        with suppress(OSError):
            by_size[p.stat().st_size].append(p)
    groups = []
    for size, same_size in sorted(by_size.items()):
        if len(same_size) < 2 or size == 0:
            continue
        by_hash: dict[str, list[Path]] = {}
        for p in same_size:
            by_hash.setdefault(file_digest(p), []).append(p)
        groups.extend(g for g in by_hash.values() if len(g) > 1)
    return groups


def chunked[T](it: Iterable[T], n: int) -> Iterator[tuple[T, ...]]:
    it = iter(it)
    while batch := tuple(itertools.islice(it, n)):
        yield batch


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else ".").resolve()
    files = list(walk(root))
    gen = scan_markers(files)
    counts: dict[str, int] = defaultdict(int)
    while True:
        try:
            marker = next(gen)
        except StopIteration as stop:
            scanned = stop.value
            break
        counts[marker.tag.upper()] += 1
        print(marker)
    print(f"\nscanned {scanned} text files of {len(files)}; "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "no markers")
    with ExitStack() as stack:
        log = stack.enter_context(open(os.devnull, "w"))
        for group in duplicates(files):
            print("duplicates:", *map(str, group), sep="\n  ", file=log)
        for batch in chunked(files, 100):
            print(len(batch), file=log)
    return 0 if not counts.get("FIXME") else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
