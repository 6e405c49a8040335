"""Charts for the notebooks, each laid out by ``style.layout`` (no overlapping text) and saved
by ``save_figure`` (PNG + SVG + the plotted data as CSV).

Every name of ``style`` (``use_style``, ``PALETTE``, ``layout``, ``decorate``, ``save_figure``,
``save_table``, ``show_saved``, ``too_few`` ...) is available here too, so notebooks import one
module: ``from newslens import figures``.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from . import fmt, paths
from .style import (  # noqa: F401  (re-exported for the notebooks)
    ACTOR_COLOURS,
    NO_ACTOR_COLOUR,
    PALETTE,
    PNG_METADATA,
    SIDE_COLOURS,
    STYLE,
    SVG_METADATA,
    _display_png,
    _source_line,
    actor_colour,
    decorate,
    escape,
    layout,
    save_figure,
    save_table,
    show_saved,
    too_few,
    use_style,
)


def plot_paragraph_words(stats: pd.DataFrame, article, title: str):
    """Bars of words per body paragraph, split into words inside and outside quotation marks."""
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
    words = int(stats.words.sum())
    layout(
        fig,
        title,
        f"Words per body paragraph ({fmt.count(len(stats), 'paragraph')}, {fmt.count(words, 'word')}); "
        "quoted share estimated from characters",
        _source_line(article, "body paragraphs only"),
    )
    return fig


def plot_histogram(values: pd.Series, article, title: str, xlabel: str, subtitle: str, bins=12):
    """A histogram with its median marked."""
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
    layout(fig, title, subtitle, _source_line(article))
    return fig


def measured_table(name: str, compute, needs: Path) -> pd.DataFrame | None:
    """A measurement on development data that only some machines have.

    When ``needs`` exists, the table is computed by ``compute()`` and saved as
    ``data/processed/<name>.csv`` (for the seed's report only); otherwise the committed copy is
    read back, so the report reads the same everywhere. ``None`` when neither is available.
    A measurement takes seconds, so the saved table is reused while neither ``needs`` nor the
    ``newslens`` code has changed since it was computed: ``reports/.cache/<name>.key`` (not
    committed) holds a hash of both."""
    out = paths.PROCESSED / f"{name}.csv"
    if Path(needs).exists():
        key, key_file = _measure_key(name, Path(needs)), paths.REPORTS / ".cache" / f"{name}.key"
        if out.exists() and key_file.exists() and key_file.read_text(encoding="utf-8").strip() == key:
            return pd.read_csv(out)
        frame = compute()
        if paths.is_seed():
            save_table(frame, name, paths.PROCESSED)
            key_file.parent.mkdir(parents=True, exist_ok=True)
            key_file.write_text(key + "\n", encoding="utf-8")
            return pd.read_csv(out)  # what a later run reads back, so both runs print the same
        return frame
    return pd.read_csv(out) if out.exists() else None


def _measure_key(name: str, needs: Path) -> str:
    import hashlib

    digest = hashlib.sha256(name.encode())
    package = Path(__file__).parent
    # the data (a file, or every file of a folder) and the whole package, subpackages and model files
    inputs = [(needs, needs)] if needs.is_file() else [(f, needs) for f in sorted(needs.rglob("*"))]
    inputs += [(f, package) for f in sorted(package.rglob("*")) if "__pycache__" not in f.parts]
    for path, base in inputs:
        if path.is_file():
            digest.update(path.relative_to(base).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def draw_arc(ax, scored: pd.DataFrame, window: int = 5, linewidth: float = 1.6):
    """The arc on ``ax``: each sentence's score as a dot coloured by label, a rolling mean of
    ``window`` sentences, light lines at paragraph starts, sentences numbered from 1. Returns the
    rolling-mean line (for a legend). Shared by ``plot_arc`` and notebook 02's arc with thirds."""
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


def plot_arc(scored: pd.DataFrame, article, title: str, window: int = 5):
    """Sentence position against compound score, a rolling mean, and paragraph boundaries."""
    fig, ax = plt.subplots(figsize=(10, 3.4))
    line = draw_arc(ax, scored, window)
    present = [k for k in ("negative", "neutral", "positive") if (scored.label == k).any()]
    layout(
        fig,
        title,
        f"Sentiment of each body sentence ({fmt.count(len(scored), 'sentence')}); dots coloured by label",
        _source_line(article, "all body sentences"),
        legend=[_dot(PALETTE[k], f"{k} sentence") for k in present] + [line],
    )
    return fig


def _dot(colour: str, label: str, marker: str = "o", filled: bool = True):
    from matplotlib.lines import Line2D

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
    """One row of dots per group with its mean marked (groups ordered by mean). A group named
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
    layout(fig, title, subtitle, _source_line(article))
    return fig


def source_colour(source_type: str) -> str:
    """The colour of a kind of source (person, organisation, ...); ``other`` for an unknown kind."""
    return PALETTE.get(source_type, PALETTE["other"])


def _speaker_colours(frame: pd.DataFrame) -> list[str]:
    return [source_colour(t) for t in frame.source_type]


def _type_key(types) -> dict[str, str]:
    return {t: source_colour(t) for t in sorted(set(types))}


def plot_share_of_voice(sources: pd.DataFrame, article, title: str):
    """Horizontal bars: words inside quotation marks per speaker, coloured by source type, with
    the count of reported-speech (indirect) attributions written beside each bar."""
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
        f"Quoted words per source ({fmt.count(len(data), 'source')}, {fmt.count(words, 'quoted word')}); "
        "reported speech counted beside",
        _source_line(article, "all body quotes"),
        legend=_type_key(data.source_type[data.quoted_words > 0]),  # only the colours drawn
        legend_title="source type",
    )
    return fig


def plot_quote_kinds(sources: pd.DataFrame, article, title: str):
    """Stacked bars per speaker: direct, partial and indirect quotes."""
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
        f"Quotes per source by kind ({fmt.count(int(data.n.sum()), 'quote')})",
        _source_line(article, "all body quotes"),
    )
    return fig


def plot_timeline(quotes: pd.DataFrame, sources: pd.DataFrame, positions: pd.Series, article, title: str):
    """Where each voice appears: one row per speaker (in order of first appearance), one mark
    per quote at its body-paragraph position; filled for quotation marks, open for reported."""
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
        f"Each mark is a quote ({fmt.count(len(q), 'quote')}) at its paragraph; filled: in quotation marks, "
        "open: reported speech; colour: kind of source",
        _source_line(article, "all body quotes"),
        legend=handles,
    )
    return fig


# --- quantities with their uncertainty ----------------------------------------------------------

#: A vague amount whose conventional range spans more than this ratio ("billions": 2 to 999
#: billion) is drawn from its low end with an open arrow, not as the whole range, so one word
#: cannot stretch the axis over orders of magnitude; "a few" (2-5) keeps its range.
VAGUE_OPEN_RATIO = 10
#: How far an open end ("more than", open vague amounts) is drawn past its low value.
OPEN_END = 1.35


def _value_text(value, unit: str = "") -> str:
    return fmt.money(value, unit) if str(unit).upper() in fmt.CURRENCY_SYMBOLS else fmt.number(value)


def _open_vague(row) -> bool:
    return row.bound == "vague" and row.low > 0 and row.high / row.low > VAGUE_OPEN_RATIO


def quantity_label(row) -> str:
    """How a figure reads on a chart: "~130", "2,000+", "2–5 (a few)", "$3.3 billion",
    "billions (2 billion or more)"."""
    unit = getattr(row, "unit", "")
    v = lambda x: _value_text(x, unit)  # noqa: E731
    if _open_vague(row):
        return f"{row.qualifier} ({v(row.low)} or more)"
    if row.bound == "lower":
        return f"{v(row.low)}+"
    if row.bound == "upper":
        return f"up to {v(row.high)}"
    if row.bound in ("range", "vague"):
        text = f"{v(row.low)}–{v(row.high)}"
        return f"{text} ({row.qualifier})" if row.bound == "vague" else text
    return ("~" if row.bound == "approximate" else "") + v(row.value)


def _drawn_end(row) -> float:
    if _open_vague(row) or row.bound == "lower":
        return row.low * OPEN_END
    if row.bound in ("range", "vague"):
        return row.high
    return row.value


def draw_quantities(ax, rows: pd.DataFrame, labels: list[str], log: bool = False) -> None:
    """Horizontal bars, one per quantity, drawing the uncertainty the text gives: solid for exact,
    "~" label for approximate, an open (fading, arrowed) end for "more than" and for vague words
    with a wide conventional range ("billions"), a hatched range for ranges and narrow vague
    amounts ("a few"), a dashed outline for a value taken by reference ("a roughly equal
    number"). Bars are coloured by actor (``actor_colour``)."""
    ends = [_drawn_end(r) for r in rows.itertuples()]
    xmax = max([e for e in ends if pd.notna(e)] or [1.0])
    for i, row in enumerate(rows.itertuples()):
        colour = actor_colour(row.actor)
        open_end = _open_vague(row) or row.bound == "lower"
        if row.bound in ("range", "vague") and not open_end:
            ax.barh(
                i,
                row.high - row.low,
                left=row.low,
                color="white",
                edgecolor=colour,
                hatch="///",
                linewidth=1.2,
            )
            if not log:
                ax.barh(i, row.low, color=colour, alpha=0.25)
        elif row.refers_to >= 0:
            ax.barh(i, row.value, color="white", edgecolor=colour, linestyle="--", linewidth=1.5)
        elif open_end:
            ax.barh(i, row.low, color=colour, hatch="///" if row.bound == "vague" else None,
                    alpha=0.6 if row.bound == "vague" else 1.0)  # fmt: skip
            ax.annotate(
                "",
                xy=(row.low * OPEN_END, i),
                xytext=(row.low, i),
                arrowprops={"arrowstyle": "->", "color": colour, "linestyle": "--", "linewidth": 1.5},
            )
        else:
            ax.barh(i, row.value, color=colour, alpha=0.8 if row.bound == "approximate" else 1.0)
        ax.annotate(
            quantity_label(row),
            (ends[i], i),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )
    ax.set_yticks(range(len(rows)), labels)
    ax.set_ylim(len(rows) - 0.4, -0.6)
    from matplotlib.ticker import FuncFormatter

    if log:
        ax.set_xscale("log")
        lows = rows.low[rows.low > 0]
        ax.set_xlim((lows.min() if len(lows) else 1) / 3, xmax * 30)
    else:
        ax.set_xlim(0, xmax * 1.45)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: fmt.number(x)))  # "20 billion", not 2e10


def _actor_key(rows: pd.DataFrame) -> dict[str, str] | None:
    """The side key of a quantity chart; ``None`` (no legend) when the text names no side at all."""
    if not any(isinstance(a, str) and a for a in rows.actor):
        return None
    return {
        (a if isinstance(a, str) and a else "side not given"): actor_colour(a)
        for a in dict.fromkeys(rows.actor)
    }


def quantity_source(article, rows: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """A source line naming the sentences (and the quoted sources) the figures come from."""
    ids = sorted({int(s) + 1 for s in rows.sentence_id})
    who = sorted(
        {
            quotes.speaker[quotes.quote_id == q].iloc[0]
            for q in rows.quote_id
            if q >= 0 and (quotes.quote_id == q).any()
        }
    )
    detail = fmt.numbered("sentence", ids)
    if who:
        detail += f" (as quoted or reported from {fmt.join(who)})"
    return _source_line(article, detail)


def plot_balance(
    rows: pd.DataFrame,
    units: list[str],
    article,
    title: str,
    subtitle: str,
    source: str,
    label: str = "actor",
):
    """Small multiples, one panel per unit on its own scale, one bar per row labelled by the
    ``label`` column (coloured by actor, keyed in the legend)."""
    heights = [max(1, (rows.unit == u).sum()) * 0.32 + 0.45 for u in units]
    fig, axes = plt.subplots(
        len(units),
        1,
        figsize=(8.5, sum(heights) + 0.2),
        squeeze=False,
        gridspec_kw={"height_ratios": heights},
    )
    for ax, unit in zip(axes[:, 0], units):
        sub = rows[rows.unit == unit]
        draw_quantities(ax, sub, list(sub[label]))
        ax.set_title(unit, fontsize=10, loc="left", fontweight="normal", color="#333333")
        ax.grid(axis="x", visible=False)
        ax.tick_params(axis="x", labelsize=8)
    key = _actor_key(rows)
    layout(fig, title, subtitle, source, legend=key, legend_title="side" if key else None)
    return fig


def plot_quantity_bars(
    rows: pd.DataFrame,
    labels: list[str],
    article,
    title: str,
    subtitle: str,
    source: str,
    log: bool = False,
    xlabel: str = "",
):
    """One panel of quantities with their uncertainty (see ``draw_quantities``); a log axis only
    when there are two or more values to compare."""
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(1, len(rows)) + 0.8))
    draw_quantities(ax, rows, labels, log=log and len(rows) > 1)
    ax.set_xlabel(xlabel)
    key = _actor_key(rows)
    layout(fig, title, subtitle, source, legend=key, legend_title="side" if key else None)
    return fig
