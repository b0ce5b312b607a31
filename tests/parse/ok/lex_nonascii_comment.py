# Ünïcödé comment: 日本語 ☃ 😀
x = 1  # trailing ünïcödé ☃
