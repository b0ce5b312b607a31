pattern = "\d+"
ok = r"\d+"
