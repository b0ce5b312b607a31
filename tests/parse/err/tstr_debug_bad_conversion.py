x = t"{x=!z}"
