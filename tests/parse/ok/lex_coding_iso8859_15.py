# coding=iso-8859-15
s = "€ euro sign in latin-9"
