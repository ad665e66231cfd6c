"""Confidence intervals for a binomial proportion: Wilson score and Clopper-Pearson (exact).

Clopper-Pearson uses scipy's beta quantiles when scipy is installed; otherwise it solves the
binomial tail equations by bisection, which is exact to the tolerance given.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from statistics import NormalDist

from borderlands.errors import InputError


def _check(successes: int, trials: int, confidence: float) -> None:
    if trials <= 0:
        raise InputError(f"trials must be positive, got {trials}", place="interval")
    if not 0 <= successes <= trials:
        raise InputError(f"successes {successes} must lie between 0 and trials {trials}",
                         place="interval")
    if not 0 < confidence < 1:
        raise InputError(f"confidence must lie strictly between 0 and 1, got {confidence}",
                         place="interval")


def wilson(successes: int, trials: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for successes/trials."""
    _check(successes, trials, confidence)
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _log_binom_pmf(k: int, n: int, p: float) -> float:
    return (math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
            + k * math.log(p) + (n - k) * math.log1p(-p))


def _binom_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p), summed in log space from the larger end."""
    if p <= 0:
        return 1.0
    if p >= 1:
        return 1.0 if k >= n else 0.0
    terms = [_log_binom_pmf(i, n, p) for i in range(0, k + 1)]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))


def _bisect(increasing: Callable[[float], float], target: float, tol: float = 1e-10) -> float:
    """The p in [0, 1] where an increasing function of p reaches ``target``."""
    lo, hi = 0.0, 1.0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if increasing(mid) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def clopper_pearson(successes: int, trials: int,
                    confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper-Pearson) interval for successes/trials."""
    _check(successes, trials, confidence)
    alpha = 1 - confidence
    try:
        from scipy.stats import beta
    except ImportError:
        beta = None
    k, n = successes, trials
    if beta is not None:
        low = 0.0 if k == 0 else float(beta.ppf(alpha / 2, k, n - k + 1))
        high = 1.0 if k == n else float(beta.ppf(1 - alpha / 2, k + 1, n - k))
        return low, high
    # lower: P(X >= k | p) = alpha/2, i.e. 1 - cdf(k-1) increasing in p
    low = 0.0 if k == 0 else _bisect(lambda p: 1 - _binom_cdf(k - 1, n, p), alpha / 2)
    # upper: P(X <= k | p) = alpha/2, cdf decreasing in p, so bisect on its negation
    high = 1.0 if k == n else _bisect(lambda p: -_binom_cdf(k, n, p), -alpha / 2)
    return low, high
