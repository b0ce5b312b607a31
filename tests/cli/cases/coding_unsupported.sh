# A coding declaration CPython honours but krait does not carry a codec for
# is refused with a clear message (krait deliberately differs here).
"$KRAIT" parse coding_euc_jp.py
