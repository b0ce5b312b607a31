# This Python file uses the following encoding: latin1
x = "é"
