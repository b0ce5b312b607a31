x = t"{a!x}"
