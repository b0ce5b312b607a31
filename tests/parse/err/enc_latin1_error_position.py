# coding: latin-1
s = "ééé" + $
