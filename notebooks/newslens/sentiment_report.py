"""What notebook 02 says about tone: the thirds of the arc with intervals, comparisons that state
their basis, the bottom line, and its charts (drawn in the shared style of ``newslens.figures``).

A comparison of two group means says "about the same" unless the 95% interval of the difference
(normal approximation, ``Z95``) excludes zero; every comparison names n and the interval.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import figures

#: The two-sided 95% normal quantile, for intervals of means and of differences of means.
Z95 = 1.96
PARTS = ("opening", "middle", "closing")


def _source_line(article) -> str:
    return (
        f"Source: “{article.title}” ({Path(article.name).name}); all body sentences. Extracted with newslens."
    )


def signed(x: float) -> str:
    """``+0.12`` / ``-0.12``, and ``+0.00`` rather than ``-0.00``."""
    text = f"{x:+.2f}"
    return "+0.00" if text == "-0.00" else text


def mean_interval(values: pd.Series) -> tuple[float, float, float]:
    """``(mean, low, high)``: the mean and its 95% interval (normal approximation; no interval
    for fewer than two values)."""
    v = pd.Series(values, dtype=float)
    if len(v) < 2:
        m = float(v.mean()) if len(v) else float("nan")
        return (m, float("nan"), float("nan"))
    half = Z95 * float(v.std()) / math.sqrt(len(v))
    return (float(v.mean()), float(v.mean()) - half, float(v.mean()) + half)


def difference(a: pd.Series, b: pd.Series) -> tuple[float, float, float]:
    """``(mean(a) - mean(b), low, high)`` with the 95% interval of the difference (Welch's
    standard error, normal quantile); nan when either side has fewer than two values."""
    a, b = pd.Series(a, dtype=float), pd.Series(b, dtype=float)
    if len(a) < 2 or len(b) < 2:
        return (float("nan"), float("nan"), float("nan"))
    d = float(a.mean() - b.mean())
    half = Z95 * math.sqrt(a.var() / len(a) + b.var() / len(b))
    return (d, d - half, d + half)


def thirds(scored: pd.DataFrame) -> pd.DataFrame:
    """The article's sentences in three reading-order parts (the middle takes the remainder):
    ``part, first, last`` (sentence numbers from 1), ``n, mean, low, high`` (95% interval)."""
    n = len(scored)
    third = n // 3
    bounds = [(0, third), (third, n - third), (n - third, n)]
    rows = []
    for part, (a, b) in zip(PARTS, bounds):
        values = scored.compound.iloc[a:b]
        rows.append((part, a + 1, b, len(values), *mean_interval(values)))
    return pd.DataFrame(rows, columns=["part", "first", "last", "n", "mean", "low", "high"]).round(3)


def compare_thirds(scored: pd.DataFrame) -> str:
    """One sentence comparing the darkest third with the brightest, with its basis."""
    parts = thirds(scored)
    if len(scored) < 6:
        return f"The article has {len(scored)} sentences: too few to compare its thirds."
    dark, bright = parts.loc[parts["mean"].idxmin()], parts.loc[parts["mean"].idxmax()]
    n = len(scored)
    third = n // 3
    slices = {"opening": slice(0, third), "middle": slice(third, n - third), "closing": slice(n - third, n)}
    d, low, high = difference(
        scored.compound.iloc[slices[dark.part]], scored.compound.iloc[slices[bright.part]]
    )
    basis = (
        f"difference {signed(d)}, 95% interval {signed(low)} to {signed(high)}; "
        f"{int(dark.n)} and {int(bright.n)} sentences"
    )
    if low < 0 < high or math.isnan(d):
        return f"The three thirds read about the same: the {dark.part} third is the lowest, but the {bright.part} third is not clearly brighter ({basis})."
    return f"The {dark.part} third reads darker than the {bright.part} third ({basis})."


def compare_voices(voices: pd.DataFrame) -> str:
    """One sentence comparing quoted speech with narration, with its basis."""
    quotes = voices.compound[voices.voice == "quote"]
    narration = voices.compound[voices.voice == "narration"]
    if len(quotes) < 2 or len(narration) < 2:
        return f"Too few quotes ({len(quotes)}) or narration sentences ({len(narration)}) to compare."
    d, low, high = difference(quotes, narration)
    basis = (
        f"quotes {signed(quotes.mean())} (n = {len(quotes)}), narration {signed(narration.mean())} "
        f"(n = {len(narration)}); difference {signed(d)}, 95% interval {signed(low)} to {signed(high)}"
    )
    if low < 0 < high:
        return f"Quoted speech and narration read about the same ({basis})."
    return f"Quoted speech reads {'darker' if d < 0 else 'brighter'} than the narration ({basis})."


def _cv_row(validation: pd.DataFrame, domain: str, scorer: str):
    rows = validation[(validation.domain == domain) & (validation.scorer == scorer)]
    return rows.iloc[0] if len(rows) else None


def bottom_line(
    scored: pd.DataFrame, voices: pd.DataFrame, compared: pd.DataFrame | None = None, validation=None
) -> list[str]:
    """Markdown bullets summing up the tone (notebook 02's bottom line; the first is the headline).
    ``compared`` (``compare_scorers``) is accepted for compatibility and not used, so callers need
    not compute it.
    ``validation``: the cross-validation table (``data/processed/sentiment_cv.csv``)."""
    if scored.empty:
        return ["- The article has no body sentences to score."]
    shares = scored.label.value_counts(normalize=True)
    worst, best = scored.loc[scored.compound.idxmin()], scored.loc[scored.compound.idxmax()]
    lines = [
        f"- Mean sentence score **{scored.compound.mean():+.2f}** on a -1 to +1 scale: "
        f"**{shares.get('negative', 0):.0%} of {len(scored)} sentences read negative**, "
        f"{shares.get('positive', 0):.0%} positive, {shares.get('neutral', 0):.0%} neutral.",
        f"- The darkest sentence ({worst.compound:+.2f}) is no. {worst.sentence_id + 1}; the brightest "
        f"({best.compound:+.2f}) is no. {best.sentence_id + 1}.",
        f"- {compare_thirds(scored)}",
        f"- {compare_voices(voices)}",
    ]
    if validation is not None and "domain" in validation:
        news, vader = _cv_row(validation, "nyt", "news"), _cv_row(validation, "nyt", "vader")
        if news is not None and vader is not None:
            lines.append(
                f"- On {int(news.n):,} human-rated NYT editorial sentences, scored by models that had not "
                f"seen their documents, the news model reaches Pearson r = {news.pearson_r:.3f} "
                f"(95% interval {news.r_low:.3f} to {news.r_high:.3f}) against {vader.pearson_r:.3f} for plain VADER; "
                f"the goal of 0.60 is {'reached' if news.pearson_r >= 0.6 else 'not reached'}."
            )
    return lines


def plot_arc_thirds(scored: pd.DataFrame, article, title: str, window: int = 5):
    """Sentence position against compound score, a rolling mean, paragraph boundaries, and each
    third's mean with its 95% interval."""
    fig, ax = plt.subplots(figsize=(10, 4.6))
    figures.draw_arc(ax, scored, window, linewidth=1.4)
    for row in thirds(scored).itertuples():
        if not row.n:
            continue
        span = (row.first - 0.5, row.last + 0.5)
        if not np.isnan(row.low):
            ax.fill_between(span, row.low, row.high, color="#6a3d9a", alpha=0.15, linewidth=0, zorder=1)
        ax.plot(span, [row.mean] * 2, color="#6a3d9a", linewidth=2.2, zorder=2)
        ax.annotate(
            f"{row.part}: {row.mean:+.2f}",
            (sum(span) / 2, 0.9),
            ha="center",
            fontsize=8.5,
            color="#6a3d9a",
        )
    ax.plot([], [], color="#6a3d9a", linewidth=2.2, label="mean of each third, shaded: 95% interval")
    ax.legend(loc="lower right", fontsize=8.5)
    figures.decorate(
        fig,
        title,
        f"Sentiment of each body sentence (N = {len(scored)}), news model; dots coloured by label",
        _source_line(article),
    )
    return fig


def plot_domain_scores(cv: pd.DataFrame, scorers=("vader", "news"), title: str = ""):
    """Pearson r with its 95% interval per domain and scorer (held-out folds)."""
    colours = {
        "vader": figures.PALETTE["narration"],
        "conflict": "#bdbdbd",
        "news": figures.PALETTE["positive"],
    }
    domains = list(dict.fromkeys(cv.domain))
    fig, ax = plt.subplots(figsize=(8, 0.7 * len(domains) + 1.9))
    step = 0.8 / len(scorers)
    for j, scorer in enumerate(scorers):
        part = cv[cv.scorer == scorer].set_index("domain").reindex(domains)
        y = np.arange(len(domains)) + (j - (len(scorers) - 1) / 2) * step
        name = SCORER_NAMES.get(scorer, scorer)
        ax.barh(y, part.pearson_r, height=step * 0.9, color=colours.get(scorer, "#999999"), label=name)
        ax.errorbar(
            part.pearson_r,
            y,
            xerr=[part.pearson_r - part.r_low, part.r_high - part.pearson_r],
            fmt="none",
            ecolor="black",
            elinewidth=1,
            capsize=2,
        )
        for yy, r, high in zip(y, part.pearson_r, part.r_high):
            ax.annotate(
                f"{r:.3f}", (high, yy), xytext=(5, 0), textcoords="offset points", va="center", fontsize=8.5
            )
    labels = [f"{d} (n = {int(cv[cv.domain == d].n.iloc[0]):,})" for d in domains]
    ax.set_yticks(range(len(domains)), labels)
    ax.invert_yaxis()
    ax.set(xlabel="Pearson r with the mean human rating (held-out folds)", xlim=(0, 1.08))
    ax.legend(loc="lower right")
    figures.decorate(
        fig,
        title,
        "Five folds, documents grouped; bars: r, whiskers: 95% interval",
        "Source: human ratings of Hutto and Gilbert (ICWSM 2014), dev halves; measured by make train-sentiment.",
    )
    return fig


def plot_calibration(calibration: pd.DataFrame, title: str):
    """Mean human rating against the scorer's prediction, in equal-count bins of held-out
    sentences (one line per scorer; VADER's compound is shown times 4 on the rating scale)."""
    fig, ax = plt.subplots(figsize=(7, 5))
    colours = {"vader": figures.PALETTE["narration"], "news": figures.PALETTE["positive"]}
    ax.plot([-3, 3], [-3, 3], color="#999999", linewidth=0.8, linestyle="--", label="perfect calibration")
    for scorer, part in calibration.groupby("scorer", sort=False):
        name = "plain VADER (compound x 4)" if scorer == "vader" else "news model"
        ax.plot(part.predicted, part.human, marker="o", color=colours.get(scorer, "#333333"), label=name)
    ax.set(
        xlabel="predicted rating, mean per bin (-4..+4 scale)",
        ylabel="mean human rating per bin",
        xlim=(-3.2, 3.2),
        ylim=(-1.6, 1.6),
    )
    ax.grid(axis="y", visible=True)
    ax.legend(loc="upper left")
    n = int(calibration[calibration.scorer == calibration.scorer.iloc[0]].n.sum())
    figures.decorate(
        fig,
        title,
        f"{n:,} held-out NYT editorial sentences in {calibration.bin.max()} equal-count bins per scorer",
        "Source: human ratings of Hutto and Gilbert (ICWSM 2014), NYT dev half; measured by make train-sentiment.",
    )
    return fig


#: Readable names of the scorers in the measurement tables.
SCORER_NAMES = {
    "vader": "plain VADER",
    "conflict": "conflict layer (VADER + war words)",
    "news": "news model",
    "news_nyt_only": "news model, trained on NYT only",
    "news_no_stems": "news model without stem buckets",
}


def format_cv(cv: pd.DataFrame) -> pd.DataFrame:
    """The cross-validation table for reading: one row per domain and scorer, with ``n`` given
    thousands separators, r with its 95% interval, and accuracy in per cent."""
    return pd.DataFrame(
        {
            "domain": cv.domain,
            "scorer": cv.scorer.map(SCORER_NAMES).fillna(cv.scorer),
            "sentences": cv.n.map("{:,}".format),
            "Pearson r (95% interval)": [
                f"{r:.3f} ({lo:.3f}–{hi:.3f})" for r, lo, hi in zip(cv.pearson_r, cv.r_low, cv.r_high)
            ],
            "3-class accuracy": cv.accuracy.map("{:.1%}".format),
        }
    ).reset_index(drop=True)


def cv_claims(
    cv: pd.DataFrame, differences: pd.DataFrame | None = None, a: str = "news", b: str = "vader"
) -> list[str]:
    """One sentence per domain comparing scorer ``a`` with ``b`` by Pearson r. With
    ``differences`` (``sentiment_cv_differences.csv``) the verdict follows the 95% interval of the
    paired difference (bootstrap over documents); without, "higher" or "lower" only when the two
    r intervals do not overlap. Otherwise "about the same"."""
    out = []
    for domain in dict.fromkeys(cv.domain):
        x, y = _cv_row(cv, domain, a), _cv_row(cv, domain, b)
        if x is None or y is None:
            continue
        pair = None
        if differences is not None:
            match = differences[
                (differences.domain == domain) & (differences.scorer == a) & (differences.baseline == b)
            ]
            pair = match.iloc[0] if len(match) else None
        if pair is not None:
            low, high = pair.low, pair.high
            basis = f"difference {pair.difference:+.3f}, 95% interval {low:+.3f} to {high:+.3f}"
        else:
            low, high = x.r_low - y.r_high, x.r_high - y.r_low
            basis = f"intervals {x.r_low:.3f}–{x.r_high:.3f} and {y.r_low:.3f}–{y.r_high:.3f}"
        verdict = "higher than" if low > 0 else "lower than" if high < 0 else "about the same as"
        out.append(
            f"- {domain} ({int(x.n):,} sentences): {SCORER_NAMES.get(a, a)} r = {x.pearson_r:.3f}, "
            f"{verdict} {SCORER_NAMES.get(b, b)} r = {y.pearson_r:.3f} ({basis})."
        )
    return out


def failure_summary(failures: pd.DataFrame) -> str:
    """One sentence naming the two most common kinds of held-out misses, with their shares."""
    kinds = failures[failures.kind != "total"].sort_values("misses", ascending=False, kind="stable")
    total = int(failures.loc[failures.kind == "total", "misses"].iloc[0])
    top = [f"{k} ({m:,}, {s:.0%})" for k, m, s in zip(kinds.kind, kinds.misses, kinds.share)][:2]
    return f"Of {total:,} misses, the most common kinds are {top[0]} and {top[1]}."
