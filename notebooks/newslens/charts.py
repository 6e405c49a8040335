"""The charts of notebooks 01-03: text, tone and voices. Each takes tidy tables (and the
``Article`` for its source line) and returns a matplotlib figure laid out by ``style.layout``
(no overlapping text), for the notebook to save with ``figures.save_figure``. Titles come from
``newslens.report``; the quantity charts of notebook 04 are in ``quantity_charts``.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from . import fmt
from .report import loading as loading_report
from .report import sources as source_report
from .report import tone as tone_report
from .report.common import source_line
from .report.tone import SCORER_NAMES
from .sentiment.stats import thirds
from .style import PALETTE, layout

#: Rolling-mean window of the arc charts, in sentences: set by hand on the seed article (about a
#: paragraph and a half of news prose); not tuned.
ARC_WINDOW = 5
#: Bins of the sentence-length histogram: about two words a bin over the usual 5-40 words of a
#: news sentence; set by hand; not tuned.
HISTOGRAM_BINS = 12


def plot_paragraph_words(stats: pd.DataFrame, article, title: str):
    """Bars of words per body paragraph, split into words inside and outside quotation marks.
    Input: ``segment.paragraph_stats`` (``position, words, quoted_share``). Returns the figure."""
    fig, ax = plt.subplots(figsize=(9, 3.4))
    quoted = (stats.words * stats.quoted_share).round()
    ax.bar(stats.position, stats.words - quoted, color=PALETTE["narration"], label="reporter's narration")
    ax.bar(
        stats.position,
        quoted,
        bottom=stats.words - quoted,
        color=PALETTE["quote"],
        label="inside quotation marks",
    )
    ax.set(
        xlabel="body paragraph",
        ylabel="words",
        xlim=(0.4, len(stats) + 0.6),
        ylim=(0, max(1, stats.words.max()) * 1.05),
    )
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    ax.legend()
    layout(
        fig,
        title,
        loading_report.paragraph_words_subtitle(stats),
        source_line(article, "body paragraphs only"),
    )
    return fig


def plot_histogram(
    values: pd.Series, article, title: str, xlabel: str, subtitle: str, bins: int = HISTOGRAM_BINS
):
    """A histogram of ``values`` (a numeric series, e.g. words per sentence) with its median
    marked. Returns the figure."""
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.hist(values, bins=bins, color=PALETTE["narration"], edgecolor="white")
    median = float(values.median()) if len(values) else float("nan")
    if len(values):
        ax.axvline(median, color="black", linewidth=1, linestyle="--")
        ax.annotate(
            f"median {fmt.number(median)}",
            (median, 1),
            xycoords=("data", "axes fraction"),
            xytext=(4, -2),
            textcoords="offset points",
            va="top",
            fontsize=9,
        )
    ax.set(xlabel=xlabel, ylabel="count")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", visible=True)
    layout(fig, title, subtitle, source_line(article))
    return fig


def draw_arc(ax, scored: pd.DataFrame, window: int = ARC_WINDOW, linewidth: float = 1.6):
    """The arc on ``ax`` from the ``score_sentiment`` table (``sentence_id, paragraph_id,
    compound, label``): each sentence's score as a dot coloured by label, a rolling mean of
    ``window`` sentences, light lines at paragraph starts, sentences numbered from 1. Returns the
    rolling-mean line (for a legend). Used by ``plot_arc_thirds``."""
    x = scored.sentence_id + 1
    colours = scored.label.map(lambda v: PALETTE.get(v, PALETTE["other"]))
    ax.axhline(0, color="#999999", linewidth=0.8)
    starts = x[scored.paragraph_id.ne(scored.paragraph_id.shift())]
    for pos in starts.iloc[1:]:
        ax.axvline(pos - 0.5, color="#eeeeee", linewidth=0.8, zorder=0)
    ax.scatter(x, scored.compound, c=colours, s=22, zorder=3)
    rolling = scored.compound.rolling(window, center=True, min_periods=1).mean()
    (line,) = ax.plot(
        x, rolling, color="black", linewidth=linewidth, label=f"rolling mean of {window} sentences"
    )
    ax.set(
        xlabel="sentence (reading order, numbered from 1; light lines mark paragraphs)",
        ylabel="compound score",
        ylim=(-1.05, 1.05),
        xlim=(0.3, len(scored) + 0.7),
    )
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    return line


def _dot(colour: str, label: str, marker: str = "o", filled: bool = True):
    return Line2D(
        [], [], marker=marker, linestyle="", markersize=7, label=label,
        markerfacecolor=colour if filled else "none", markeredgecolor=colour,
    )  # fmt: skip


def plot_groups(
    values: pd.DataFrame,
    group: str,
    value: str,
    article,
    title: str,
    subtitle: str,
    colours: dict | None = None,
):
    """One row of dots per group with its mean marked (groups ordered by mean), from ``values``
    (one row per item, with the columns named by ``group`` and ``value``). Returns the figure.
    A group named
    after a palette entry ("quote", "narration") takes its colour, named on the axis; others get
    ``colours[name]`` or the palette's ``other``."""
    colours = colours or {}
    order = values.groupby(group)[value].mean().sort_values().index.tolist()
    fig, ax = plt.subplots(figsize=(8, 0.55 * max(1, len(order)) + 1.0))
    for i, name in enumerate(order):
        v = values.loc[values[group] == name, value]
        jitter = ((pd.Series(range(len(v))) % 5) - 2) * 0.06
        colour = colours.get(name, PALETTE.get(name, PALETTE["other"]))
        ax.scatter(v, i + jitter.to_numpy(), s=20, alpha=0.75, color=colour)
        ax.plot([v.mean()] * 2, [i - 0.3, i + 0.3], color="black", linewidth=2)
        ax.annotate(
            f"mean {fmt.signed(v.mean())} (n = {len(v)})", (v.mean(), i + 0.32), fontsize=8.5, ha="center"
        )
    ax.set_yticks(range(len(order)), order)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set(xlabel=value, xlim=(-1.05, 1.05), ylim=(-0.6, len(order) - 0.2))
    ax.grid(axis="y", visible=False)
    layout(fig, title, subtitle, source_line(article))
    return fig


def source_colour(source_type: str) -> str:
    """The colour (hex string) of a kind of source (``source_type``: person, organisation, ...);
    ``other`` for an unknown kind."""
    return PALETTE.get(source_type, PALETTE["other"])


def _speaker_colours(frame: pd.DataFrame) -> list[str]:
    return [source_colour(t) for t in frame.source_type]


def _type_key(types) -> dict[str, str]:
    return {t: source_colour(t) for t in sorted(set(types))}


def plot_share_of_voice(sources: pd.DataFrame, article, title: str):
    """Horizontal bars: words inside quotation marks per speaker, coloured by source type, with
    the count of reported-speech (indirect) attributions written beside each bar. Input:
    ``count_sources`` (``speaker, source_type, indirect, quoted_words, silent``). Returns the
    figure."""
    data = sources[~sources.silent].sort_values(["quoted_words", "indirect"], kind="stable")
    fig, ax = plt.subplots(figsize=(9, 0.34 * max(1, len(data)) + 0.9))
    y = range(len(data))
    ax.barh(y, data.quoted_words, color=_speaker_colours(data))
    words = int(data.quoted_words.sum())
    total = max(1, words)  # for the shares only
    for i, (w, n) in enumerate(zip(data.quoted_words, data.indirect)):
        label = f"{fmt.count(w, 'word')} ({w / total:.0%})" if w else "no words in quotation marks"
        label += f" + {n} reported" if n else ""
        ax.annotate(label, (w, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8.5)
    ax.set_yticks(list(y), data.speaker)
    ax.set(xlabel="words inside quotation marks", xlim=(0, data.quoted_words.max() * 1.45 + 1))
    ax.set_ylim(-0.6, len(data) - 0.4)
    layout(
        fig,
        title,
        source_report.share_of_voice_subtitle(data),
        source_line(article, "all body quotes"),
        legend=_type_key(data.source_type[data.quoted_words > 0]),  # only the colours drawn
        legend_title="source type",
    )
    return fig


def plot_quote_kinds(sources: pd.DataFrame, article, title: str):
    """Stacked bars per speaker: direct, partial and indirect quotes. Input: ``count_sources``
    (``speaker, direct, partial, indirect, silent``). Returns the figure."""
    data = sources[~sources.silent].assign(n=lambda d: d.direct + d.partial + d.indirect)
    data = data.sort_values(["n", "direct"], kind="stable")
    fig, ax = plt.subplots(figsize=(9, 0.34 * max(1, len(data)) + 0.9))
    left = pd.Series(0, index=data.index)
    names = {"direct": "direct", "partial": "partial", "indirect": "reported (indirect)"}
    for kind in ("direct", "partial", "indirect"):
        if data[kind].sum():  # the legend lists only what is drawn
            ax.barh(range(len(data)), data[kind], left=left, color=PALETTE[kind], label=names[kind])
        left = left + data[kind]
    ax.set_yticks(range(len(data)), data.speaker)
    ax.set(xlabel="quotes")
    ax.set_ylim(-0.6, len(data) - 0.4)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend()
    layout(
        fig,
        title,
        source_report.quote_kinds_subtitle(data),
        source_line(article, "all body quotes"),
    )
    return fig


def plot_timeline(quotes: pd.DataFrame, sources: pd.DataFrame, positions: pd.Series, article, title: str):
    """Where each voice appears: one row per speaker (in order of first appearance), one mark
    per quote at its body-paragraph position; filled for quotation marks, open for reported.
    Input: ``find_quotes`` (``speaker, kind, paragraph_id``), ``count_sources`` (``speaker,
    source_type, first_paragraph, silent``) and ``positions`` (body position by
    ``paragraph_id``). Returns the figure."""
    order = sources[~sources.silent].sort_values("first_paragraph", kind="stable")
    row = {s: i for i, s in enumerate(order.speaker)}
    q = quotes[quotes.speaker.isin(row)]
    fig, ax = plt.subplots(figsize=(10, 0.34 * max(1, len(order)) + 0.9))
    colour = dict(zip(order.speaker, _speaker_colours(order)))
    marks = {"direct": ("o", True), "partial": ("D", True), "indirect": ("o", False)}
    for kind, (marker, face) in marks.items():
        k = q[q.kind == kind]
        c = [colour[s] for s in k.speaker]
        ax.scatter(
            k.paragraph_id.map(positions),
            k.speaker.map(row),
            s=70,
            marker=marker,
            facecolors=c if face else "none",
            edgecolors=c,
            linewidths=1.5,
        )
    ax.set_yticks(range(len(order)), order.speaker)
    ax.set_ylim(len(order) - 0.4, -0.6)
    ax.set(xlabel="body paragraph", xlim=(0.5, max(1, positions.max()) + 0.5))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="x", visible=True)
    names = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}
    handles = [_dot("black", names[k], m, f) for k, (m, f) in marks.items() if (q.kind == k).any()]
    handles += [_dot(c, t) for t, c in _type_key(order.source_type).items()]
    layout(
        fig,
        title,
        source_report.timeline_subtitle(q),
        source_line(article, "all body quotes"),
        legend=handles,
    )
    return fig


def plot_arc_thirds(scored: pd.DataFrame, article, title: str, window: int = ARC_WINDOW):
    """Sentence position against compound score, a rolling mean, paragraph boundaries, and each
    third's mean with its 95% interval (``sentiment.stats.thirds``). Input: the
    ``score_sentiment`` table (``sentence_id, paragraph_id, compound, label``). Returns the
    figure."""
    fig, ax = plt.subplots(figsize=(10, 4.6))
    draw_arc(ax, scored, window, linewidth=1.4)
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
    layout(
        fig,
        title,
        tone_report.arc_subtitle(scored),
        source_line(article, "all body sentences"),
    )
    return fig


def plot_domain_scores(cv: pd.DataFrame, scorers=("vader", "news"), title: str = ""):
    """Pearson r with its 95% interval per domain and scorer (held-out folds). Input:
    ``sentiment_cv.csv`` (``domain, scorer, n, pearson_r, r_low, r_high``). Returns the figure."""
    colours = {
        "vader": PALETTE["narration"],
        "conflict": "#bdbdbd",
        "news": PALETTE["positive"],
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
    layout(
        fig,
        title,
        tone_report.DOMAIN_SCORES_SUBTITLE,
        tone_report.DOMAIN_SCORES_SOURCE,
    )
    return fig


def plot_calibration(calibration: pd.DataFrame, title: str):
    """Mean human rating against the scorer's prediction, in equal-count bins of held-out
    sentences (one line per scorer; VADER's compound is shown times 4 on the rating scale).
    Input: ``sentiment_calibration.csv`` (``scorer, bin, n, predicted, human``). Returns the
    figure."""
    fig, ax = plt.subplots(figsize=(7, 5))
    colours = {"vader": PALETTE["narration"], "news": PALETTE["positive"]}
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
    layout(
        fig,
        title,
        tone_report.calibration_subtitle(calibration),
        tone_report.CALIBRATION_SOURCE,
    )
    return fig
