rasie ValueError
