# The course's heaviest example: checking primes over a range of 100,000 numbers.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


print(sum(1 for n in range(100_000, 200_000) if is_prime(n)))
