x = "first line
second line"
