from os imoprt path
