#!/usr/bin/env python3
"""Has a shebang."""
x = 1
