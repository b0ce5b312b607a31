#!/usr/bin/python
# vim:fileencoding=cp1252
s = "€ “quoted”"
