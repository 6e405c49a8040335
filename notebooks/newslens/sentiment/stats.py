"""Means with their 95% intervals for notebook 02: the article's arc in thirds, and the difference
of two group means (quoted speech against narration, one third against another).

Intervals use the normal approximation (``Z95``); a difference uses Welch's standard error. The
sentences that say what these numbers mean are in ``report.tone``; the arc chart is in ``charts``.
"""

from __future__ import annotations

import math

import pandas as pd

#: The two-sided 95% normal quantile, for intervals of means and of differences of means.
Z95 = 1.96
#: The names of the three reading-order parts of the arc, in order.
PARTS = ("opening", "middle", "closing")


def mean_interval(values: pd.Series) -> tuple[float, float, float]:
    """``(mean, low, high)`` of a series of scores: the mean and its 95% interval (normal
    approximation; no interval, nan, for fewer than two values)."""
    v = pd.Series(values, dtype=float)
    if len(v) < 2:
        m = float(v.mean()) if len(v) else float("nan")
        return (m, float("nan"), float("nan"))
    half = Z95 * float(v.std()) / math.sqrt(len(v))
    return (float(v.mean()), float(v.mean()) - half, float(v.mean()) + half)


def difference(a: pd.Series, b: pd.Series) -> tuple[float, float, float]:
    """``(mean(a) - mean(b), low, high)`` of two series of scores, with the 95% interval of the
    difference (Welch's standard error, normal quantile); nan when either side has fewer than two
    values."""
    a, b = pd.Series(a, dtype=float), pd.Series(b, dtype=float)
    if len(a) < 2 or len(b) < 2:
        return (float("nan"), float("nan"), float("nan"))
    d = float(a.mean() - b.mean())
    half = Z95 * math.sqrt(a.var() / len(a) + b.var() / len(b))
    return (d, d - half, d + half)


def third_bounds(n: int) -> dict[str, tuple[int, int]]:
    """The ``(first, end)`` row positions (end exclusive) of each part of ``n`` sentences in
    reading order; the middle takes the remainder: ``third_bounds(7)`` is opening (0, 2), middle
    (2, 5), closing (5, 7)."""
    third = n // 3
    return dict(zip(PARTS, [(0, third), (third, n - third), (n - third, n)]))


def thirds(scored: pd.DataFrame) -> pd.DataFrame:
    """The article's sentences in three reading-order parts (``third_bounds``). Input: the
    ``score_sentiment`` table (``compound`` per sentence, in reading order). Returns one row per
    part: ``part, first, last`` (sentence numbers from 1), ``n, mean, low, high`` (95% interval)."""
    rows = []
    for part, (a, b) in third_bounds(len(scored)).items():
        values = scored.compound.iloc[a:b]
        rows.append((part, a + 1, b, len(values), *mean_interval(values)))
    return pd.DataFrame(rows, columns=["part", "first", "last", "n", "mean", "low", "high"]).round(3)
