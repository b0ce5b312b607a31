x = "str" t"{a}"
