# statistics: exact means and variances (as CPython computes them with fractions), medians, modes, quantiles.
import statistics as st
data = [2.5, 3.25, 5.5, 1.75, 4.0, 3.25]
ints = [1, 2, 3, 4, 4, 5, 7]
print(st.mean(ints), st.mean([1, 2, 3]), st.mean(data), st.mean([0.1, 0.2, 0.3]), st.fmean(ints))
print(st.median(ints), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode(ints), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance(data), st.stdev(data), st.pstdev(data), st.variance([1, 2, 3, 4]))
print(st.variance(ints, st.mean(ints)), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(ints, method='inclusive'), st.quantiles(data))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]))
for f, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, [])]:
    try:
        f(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
print(isinstance(st.StatisticsError(), ValueError), st.mean([True, False, True]))
print(st.mean([10**20, 1]), st.variance([10**10, 10**10 + 1, 10**10 + 2]), st.stdev([1e300, 1e300]))
