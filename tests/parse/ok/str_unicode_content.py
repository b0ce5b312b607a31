x = "héllo wörld"
x = "日本語のテキスト"
x = "emoji 😀 🎉"
x = "Ελληνικά"
x = "עברית"
x = "مرحبا"
x = "zero\u200bwidth"
x = "combining é"
x = b"ascii only"
x = "\N{SNOWMAN} ☃"
x = '''multi
línea ñ'''
x = "tab	inside"
x = "𝕏 math"
