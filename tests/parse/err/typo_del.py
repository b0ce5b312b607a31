dle x
