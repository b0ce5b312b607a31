# coding: ascii
x = "plain"
