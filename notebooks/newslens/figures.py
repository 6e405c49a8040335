"""Chart style and saving: one look for every notebook, and byte-identical files on every run.

``use_style()`` sets the shared rcParams; ``decorate`` puts a finding-stating title, a subtitle
(what is counted, N) and a source line on a figure; ``save_figure`` writes PNG and SVG without
dates or software versions (fixed SVG hash salt) plus the plotted data as CSV, and shows the PNG.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from . import paths

#: The shared style: DejaVu Sans, fixed dpi, a fixed SVG hash salt so element ids do not change.
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "figure.dpi": 100,
    "figure.figsize": (8, 4.5),
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "svg.hashsalt": "newslens",
    "svg.fonttype": "path",
    "legend.frameon": False,
}

#: Colours: one per category of thing charted, used the same way in every notebook.
PALETTE = {
    "positive": "#2b8cbe",
    "neutral": "#bdbdbd",
    "negative": "#d7301f",
    "narration": "#7f7f7f",
    "quote": "#e6550d",
    "Taliban": "#4d4d4d",
    "anti-Taliban": "#1b9e77",
    "person": "#1f78b4",
    "organisation": "#33a02c",
    "document": "#6a3d9a",
    "media": "#ff7f00",
    "anonymous": "#999999",
}

#: Metadata that would change from run to run or machine to machine is left out of saved files.
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": None}


def use_style() -> None:
    """Apply the shared chart style (call once at the top of a notebook)."""
    mpl.rcParams.update(STYLE)


def decorate(fig, title: str, subtitle: str = "", source: str = "") -> None:
    """Title (the finding), subtitle (what is counted and N) and a source line at the bottom."""
    fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    if subtitle:
        fig.text(0.01, 0.905, subtitle, ha="left", va="bottom", fontsize=9.5, color="#444444")
    if source:
        fig.text(0.01, -0.02, source, ha="left", va="top", fontsize=8, color="#666666", wrap=True)


def save_figure(
    fig, name: str, data: pd.DataFrame | None = None, folder: Path | None = None, show: bool = True
):
    """Save ``fig`` as ``<name>.png`` and ``<name>.svg`` (and ``data`` as ``<name>.csv``) in the
    article's figures folder, then show the saved PNG (so the notebook displays exactly the file)
    and close the figure. Returns nothing, so a cell may end with it."""
    folder = paths.output_dirs()[0] if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    fig.savefig(png, metadata=PNG_METADATA)
    fig.savefig(folder / f"{name}.svg", metadata=SVG_METADATA)
    if data is not None:
        data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    plt.close(fig)
    if show:
        _display_png(png)


def _display_png(path: Path) -> None:
    from IPython.display import Image, display

    display(Image(filename=str(path)))


def save_table(frame: pd.DataFrame, name: str, folder: Path | None = None) -> Path:
    """Write a processed table as ``<name>.csv`` in the article's processed folder."""
    folder = paths.output_dirs()[1] if folder is None else Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{name}.csv"
    frame.to_csv(out, index=False, lineterminator="\n")
    return out


def show_saved(name: str, folder: Path | None = None):
    """Display a figure another notebook saved (``<name>.png``), or say that there is none."""
    path = (paths.output_dirs()[0] if folder is None else Path(folder)) / f"{name}.png"
    if path.exists():
        _display_png(path)
    else:
        print(f"No chart {name}: the article gave nothing to draw.")


def _source_line(article, detail: str = "") -> str:
    name = Path(article.name).name
    return f"Source: “{article.title}” ({name}){'; ' + detail if detail else ''}. Extracted with newslens."


def plot_paragraph_words(stats: pd.DataFrame, article, title: str):
    """Bars of words per body paragraph, split into words inside and outside quotation marks."""
    fig, ax = plt.subplots(figsize=(9, 4.2))
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
        ylim=(0, stats.words.max() * 1.2),
    )
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    ax.legend(loc="upper right", ncols=2)
    decorate(
        fig,
        title,
        f"Words per body paragraph (N = {len(stats)} paragraphs, "
        f"{int(stats.words.sum()):,} words); quoted share estimated from characters",
        _source_line(article, "body paragraphs only"),
    )
    return fig


def plot_histogram(values: pd.Series, article, title: str, xlabel: str, subtitle: str, bins=12):
    """A histogram with its median marked."""
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.hist(values, bins=bins, color=PALETTE["narration"], edgecolor="white")
    median = float(values.median())
    ax.axvline(median, color="black", linewidth=1, linestyle="--")
    ax.annotate(
        f"median {median:g}",
        (median, ax.get_ylim()[1] * 0.95),
        xytext=(4, 0),
        textcoords="offset points",
        va="top",
        fontsize=9,
    )
    ax.set(xlabel=xlabel, ylabel="count")
    ax.grid(axis="y", visible=True)
    decorate(fig, title, subtitle, _source_line(article))
    return fig


def measured_table(name: str, compute, needs: Path) -> pd.DataFrame | None:
    """A measurement on development data that only some machines have.

    When ``needs`` exists, ``compute()`` runs and its table is saved as ``data/processed/<name>.csv``
    (for the seed's report only); otherwise the committed copy is read back, so the report reads
    the same everywhere. ``None`` when neither is available."""
    out = paths.PROCESSED / f"{name}.csv"
    if Path(needs).exists():
        frame = compute()
        if paths.is_seed():
            save_table(frame, name, paths.PROCESSED)
        return frame
    return pd.read_csv(out) if out.exists() else None


def plot_arc(scored: pd.DataFrame, article, title: str, window: int = 5):
    """Sentence position against compound score, a rolling mean, and paragraph boundaries."""
    fig, ax = plt.subplots(figsize=(10, 4.4))
    x = scored.sentence_id + 1
    colours = scored.label.map(PALETTE)
    ax.axhline(0, color="#999999", linewidth=0.8)
    starts = x[scored.paragraph_id.ne(scored.paragraph_id.shift())]
    for pos in starts.iloc[1:]:
        ax.axvline(pos - 0.5, color="#eeeeee", linewidth=0.8, zorder=0)
    ax.scatter(x, scored.compound, c=colours, s=22, zorder=3)
    rolling = scored.compound.rolling(window, center=True, min_periods=1).mean()
    ax.plot(x, rolling, color="black", linewidth=1.6, label=f"rolling mean of {window} sentences")
    ax.set(
        xlabel="sentence (reading order; light lines mark paragraphs)",
        ylabel="compound score",
        ylim=(-1.05, 1.05),
        xlim=(0.3, len(scored) + 0.7),
    )
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    ax.legend(loc="upper right")
    decorate(
        fig,
        title,
        f"Sentiment of each body sentence (N = {len(scored)}), news-calibrated VADER; dots coloured by label",
        _source_line(article, "all body sentences"),
    )
    return fig


def plot_groups(values: pd.DataFrame, group: str, value: str, article, title: str, subtitle: str):
    """One row of dots per group with its mean marked (groups ordered by mean)."""
    order = values.groupby(group)[value].mean().sort_values().index.tolist()
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(order) + 1.8))
    for i, name in enumerate(order):
        v = values.loc[values[group] == name, value]
        jitter = ((pd.Series(range(len(v))) % 5) - 2) * 0.06
        ax.scatter(v, i + jitter.to_numpy(), s=20, alpha=0.75, color=PALETTE.get(name, PALETTE["narration"]))
        ax.plot([v.mean()] * 2, [i - 0.3, i + 0.3], color="black", linewidth=2)
        ax.annotate(f"mean {v.mean():+.2f} (n = {len(v)})", (v.mean(), i + 0.32), fontsize=8.5, ha="center")
    ax.set_yticks(range(len(order)), order)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set(xlabel=value, xlim=(-1.05, 1.05), ylim=(-0.6, len(order) - 0.2))
    decorate(fig, title, subtitle, _source_line(article))
    return fig


def _speaker_colours(frame: pd.DataFrame) -> list[str]:
    return [PALETTE.get(t, PALETTE["narration"]) for t in frame.source_type]


def _type_legend(ax, types) -> None:
    from matplotlib.patches import Patch

    handles = [Patch(color=PALETTE[t], label=t) for t in sorted(set(types)) if t in PALETTE]
    ax.legend(handles=handles, loc="lower right", title="source type")


def plot_share_of_voice(sources: pd.DataFrame, article, title: str):
    """Horizontal bars: words inside quotation marks per speaker, coloured by source type, with
    the count of reported-speech (indirect) attributions written beside each bar."""
    data = sources[~sources.silent].sort_values(["quoted_words", "indirect"], kind="stable")
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(data) + 1.8))
    y = range(len(data))
    ax.barh(y, data.quoted_words, color=_speaker_colours(data))
    total = max(1, int(data.quoted_words.sum()))
    for i, (w, n) in enumerate(zip(data.quoted_words, data.indirect)):
        label = f"{w} words ({w / total:.0%})" if w else "no words in quotation marks"
        label += f" + {n} reported" if n else ""
        ax.annotate(label, (w, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8.5)
    ax.set_yticks(list(y), data.speaker)
    ax.set(xlabel="words inside quotation marks", xlim=(0, data.quoted_words.max() * 1.45 + 1))
    _type_legend(ax, data.source_type)
    decorate(
        fig,
        title,
        f"Quoted words per source (N = {len(data)} sources, {total} quoted words); "
        "reported speech counted beside",
        _source_line(article, "all body quotes"),
    )
    return fig


def plot_quote_kinds(sources: pd.DataFrame, article, title: str):
    """Stacked bars per speaker: direct, partial and indirect quotes."""
    data = sources[~sources.silent].assign(n=lambda d: d.direct + d.partial + d.indirect)
    data = data.sort_values(["n", "direct"], kind="stable")
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(data) + 1.8))
    left = pd.Series(0, index=data.index)
    colours = {"direct": PALETTE["quote"], "partial": "#fdae6b", "indirect": PALETTE["narration"]}
    for kind in ("direct", "partial", "indirect"):
        ax.barh(range(len(data)), data[kind], left=left, color=colours[kind], label=kind)
        left = left + data[kind]
    ax.set_yticks(range(len(data)), data.speaker)
    ax.set(xlabel="quotes")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right")
    decorate(
        fig,
        title,
        f"Quotes per source by kind (N = {int(data.n.sum())} quotes)",
        _source_line(article, "all body quotes"),
    )
    return fig


def plot_timeline(quotes: pd.DataFrame, sources: pd.DataFrame, positions: pd.Series, article, title: str):
    """Where each voice appears: one row per speaker (in order of first appearance), one mark
    per quote at its body-paragraph position; filled for quotation marks, open for reported."""
    order = sources[~sources.silent].sort_values("first_paragraph", kind="stable")
    row = {s: i for i, s in enumerate(order.speaker)}
    q = quotes[quotes.speaker.isin(row)]
    fig, ax = plt.subplots(figsize=(10, 0.38 * len(order) + 1.8))
    colour = dict(zip(order.speaker, _speaker_colours(order)))
    for kind, face in (("direct", True), ("partial", True), ("indirect", False)):
        k = q[q.kind == kind]
        c = [colour[s] for s in k.speaker]
        ax.scatter(
            k.paragraph_id.map(positions),
            k.speaker.map(row),
            s=70,
            marker="o" if kind != "partial" else "D",
            facecolors=c if face else "none",
            edgecolors=c,
            linewidths=1.5,
            label=kind,
        )
    ax.set_yticks(range(len(order)), order.speaker)
    ax.invert_yaxis()
    ax.set(xlabel="body paragraph", xlim=(0.5, positions.max() + 0.5))
    ax.grid(axis="x", visible=True)
    from matplotlib.lines import Line2D

    keys = [("direct", "o", "black"), ("partial", "D", "black"), ("indirect", "o", "none")]
    handles = [
        Line2D([], [], marker=m, linestyle="", markerfacecolor=f, markeredgecolor="black", label=k)
        for k, m, f in keys
    ]
    ax.legend(handles=handles, loc="upper right", ncols=3, bbox_to_anchor=(1, 1.12))
    decorate(
        fig,
        title,
        f"Each mark is a quote (N = {len(q)}) at its paragraph; filled: in quotation marks, "
        "open: reported speech",
        _source_line(article, "all body quotes"),
    )
    return fig


# --- quantities with their uncertainty ----------------------------------------------------------

SIDE_COLOURS = {
    "Taliban": PALETTE["Taliban"],
    "Northern Alliance": PALETTE["anti-Taliban"],
    "anti-Taliban resistance": "#66c2a5",
    "United States": "#3182bd",
    "Afghan government": "#e6550d",
}


def quantity_label(row) -> str:
    """How a figure reads on a chart: "~130", "2,000+", "2–5 (a few)", "5–10"."""
    fmt = lambda v: f"{v / 1e12:,.3g} tn" if v >= 1e12 else f"{v / 1e9:,.3g} bn" if v >= 1e9 else f"{v:,.0f}"  # noqa: E731
    if row.bound == "lower":
        return f"{fmt(row.low)}+"
    if row.bound == "upper":
        return f"up to {fmt(row.high)}"
    if row.bound in ("range", "vague"):
        text = f"{fmt(row.low)}–{fmt(row.high)}"
        return f"{text} ({row.qualifier})" if row.bound == "vague" else text
    return ("~" if row.bound == "approximate" else "") + fmt(row.value)


def draw_quantities(ax, rows: pd.DataFrame, labels: list[str], log: bool = False) -> None:
    """Horizontal bars, one per quantity, drawing the uncertainty the text gives: solid for exact,
    "~" label for approximate, an open (fading, arrowed) end for "more than", a hatched range for
    vague amounts and ranges, a dashed outline for a value taken by reference ("a roughly equal
    number")."""
    xmax = float(pd.concat([rows.high.fillna(rows.low * 1.6), rows.value]).max())
    for i, row in enumerate(rows.itertuples()):
        colour = SIDE_COLOURS.get(row.actor, PALETTE["narration"])
        if row.bound in ("range", "vague"):
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
        elif row.bound == "lower":
            ax.barh(i, row.low, color=colour)
            ax.annotate(
                "",
                xy=(row.low * 1.35, i),
                xytext=(row.low, i),
                arrowprops={"arrowstyle": "->", "color": colour, "linestyle": "--", "linewidth": 1.5},
            )
        else:
            ax.barh(i, row.value, color=colour, alpha=0.8 if row.bound == "approximate" else 1.0)
        end = (
            row.high
            if row.bound in ("range", "vague")
            else (row.low * 1.35 if row.bound == "lower" else row.value)
        )
        ax.annotate(
            quantity_label(row), (end, i), xytext=(4, 0), textcoords="offset points", va="center", fontsize=9
        )
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    if log:
        ax.set_xscale("log")
        ax.set_xlim(rows.low.min() / 3, xmax * 30)
    else:
        ax.set_xlim(0, xmax * 1.45)


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
    detail = f"sentences {', '.join(map(str, ids))}"
    if who:
        detail += f" (as quoted or reported from {', '.join(who)})"
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
    ``label`` column (coloured by actor)."""
    fig, axes = plt.subplots(len(units), 1, figsize=(8.5, 1.25 * len(units) + 1.6), squeeze=False)
    for ax, unit in zip(axes[:, 0], units):
        sub = rows[rows.unit == unit]
        draw_quantities(ax, sub, list(sub[label]))
        ax.set_title(unit, fontsize=10, loc="left", fontweight="normal", color="#333333")
        ax.grid(axis="x", visible=False)
        ax.tick_params(axis="x", labelsize=8)
    fig.tight_layout(rect=(0, 0, 1, 0.9))
    decorate(fig, title, subtitle, source)
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
    """One panel of quantities with their uncertainty (see ``draw_quantities``)."""
    fig, ax = plt.subplots(figsize=(9, 0.55 * len(rows) + 1.9))
    draw_quantities(ax, rows, labels, log=log)
    ax.set_xlabel(xlabel)
    decorate(fig, title, subtitle, source)
    return fig
