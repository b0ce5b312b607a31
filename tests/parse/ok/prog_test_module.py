"""Unit tests in the unittest style, exercising a small text-wrapping library."""

import contextlib
import io
import os
import sys
import tempfile
import textwrap
import unittest
from unittest import mock


def wrap(text: str, width: int = 70, *, indent: str = "", break_long: bool = True) -> list[str]:
    if width <= len(indent):
        raise ValueError(f"width {width} too small for indent {indent!r}")
    words, lines, cur = text.split(), [], indent
    for word in words:
        while break_long and len(indent) + len(word) > width:
            if cur.strip():
                lines.append(cur.rstrip())
                cur = indent
            room = width - len(cur)
            lines.append(cur + word[:room])
            word = word[room:]
            cur = indent
        candidate = cur + (" " if cur.strip() else "") + word
        if len(candidate) > width and cur.strip():
            lines.append(cur.rstrip())
            cur = indent + word
        else:
            cur = candidate
    if cur.strip():
        lines.append(cur)
    return lines


class WrapTests(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.lorem = "lorem ipsum dolor sit amet consectetur adipiscing elit"

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def test_empty(self):
        self.assertEqual(wrap(""), [])
        self.assertEqual(wrap("   \n\t "), [])

    def test_short_fits(self):
        self.assertEqual(wrap("hello world", 20), ["hello world"])

    def test_wraps_at_width(self):
        for width in range(12, 40, 3):
            with self.subTest(width=width):
                lines = wrap(self.lorem, width)
                self.assertTrue(all(len(l) <= width for l in lines), lines)
                self.assertEqual(" ".join(lines).split(), self.lorem.split())

    def test_indent(self):
        lines = wrap(self.lorem, 20, indent="> ")
        self.assertTrue(all(l.startswith("> ") for l in lines))
        with self.assertRaisesRegex(ValueError, r"width \d+ too small"):
            wrap("x", 2, indent="> ")

    def test_long_word_broken(self):
        self.assertEqual(wrap("a" * 25, 10), ["a" * 10, "a" * 10, "a" * 5])

    def test_long_word_kept(self):
        self.assertEqual(wrap("a" * 25, 10, break_long=False), ["a" * 25])

    @unittest.skipIf(sys.platform == "win32", "POSIX paths only")
    def test_file_roundtrip(self):
        path = os.path.join(self.tmp.name, "out.txt")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(wrap(self.lorem, 16)))
        with open(path, encoding="utf-8") as fh:
            self.assertEqual(fh.read().split(), self.lorem.split())

    def test_matches_textwrap_for_simple_text(self):
        ours = wrap(self.lorem, 25)
        theirs = textwrap.wrap(self.lorem, 25)
        self.assertListEqual(ours, theirs)

    @mock.patch("builtins.print")
    def test_print_is_mocked(self, fake_print):
        print(*wrap("a b c", 3), sep="\n")
        fake_print.assert_called_once_with("a b", "c", sep="\n")

    def test_stdout_capture(self):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            for line in wrap("one two three", 7):
                print(line)
        self.assertEqual(buf.getvalue(), "one two\nthree\n")

    @unittest.expectedFailure
    def test_known_bug_tabs(self):
        self.assertEqual(wrap("a\tb", 10), ["a\tb"])

    def test_exceptions_grouped(self):
        errors = []
        for w in (0, 1, 2):
            try:
                wrap("x", w, indent="..")
            except ValueError as e:
                errors.append(e)
        with self.assertRaises(ExceptionGroup) as cm:
            raise ExceptionGroup("bad widths", errors)
        self.assertEqual(len(cm.exception.exceptions), 3)
        try:
            raise cm.exception
        except* ValueError as eg:
            self.assertEqual(len(eg.exceptions), 3)

    def test_parametrized_table(self):
        table = [
            # text,        width, expected
            ("a b",          3,   ["a b"]),
            ("a b",          2,   ["a", "b"]),
            ("abc def",      4,   ["abc", "def"]),
            ("ab  cd   ef",  5,   ["ab cd", "ef"]),
        ]
        for text, width, expected in table:
            with self.subTest(text=text, width=width):
                self.assertEqual(wrap(text, width), expected, msg=f"{text=} {width=}")


class MockedEnvironmentTests(unittest.TestCase):
    @mock.patch.dict(os.environ, {"COLUMNS": "33"}, clear=False)
    def test_columns_from_env(self):
        width = int(os.environ.get("COLUMNS", 80))
        self.assertEqual(width, 33)
        self.assertLessEqual(max(map(len, wrap("word " * 50, width))), width)

    def test_side_effects(self):
        m = mock.Mock(side_effect=[1, ValueError("boom"), 3])
        self.assertEqual(m(), 1)
        with self.assertRaises(ValueError):
            m()
        self.assertEqual(m(), 3)
        self.assertEqual(m.call_count, 3)


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    for case in (WrapTests, MockedEnvironmentTests):
        suite.addTests(loader.loadTestsFromTestCase(case))
    return suite


if __name__ == "__main__":
    unittest.main(verbosity=2)
