# -*- coding: euc-jp -*-
s = "日本"
