x = t"{a}" "str"
