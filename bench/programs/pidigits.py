# Digits of pi from an unbounded spigot: a linear fractional transformation
# (q*x + r) / t is composed with one term of a continued-fraction series at a
# time, and a digit is emitted whenever the next term can no longer change
# it.  Almost all the time goes to multiplying and dividing big integers that
# grow to thousands of digits.

DIGITS = 4500       # digits of pi to produce


def pi_digits(count):
    q, r, t = 1, 0, 1
    k = 0
    out = []
    while len(out) < count:
        # bring in the next term: x -> (k*x + (4k+2)) / (2k+1)
        k += 1
        odd = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * odd, t * odd
        # the digit is settled when x = 3 and x = 4 give the same floor
        low = (3 * q + r) // t
        if low != (4 * q + r) // t:
            continue
        out.append(low)
        q, r = 10 * q, 10 * (r - low * t)
    return out


digits = pi_digits(DIGITS)
text = "".join(str(d) for d in digits)
print("pidigits", len(digits), text[:12], text[-12:], sum(digits))
