"""Chart style and the one layout: one look for every notebook.

``use_style()`` sets the shared rcParams; ``layout`` places a finding-stating title, a subtitle
(what is counted, N), the legend and a source line in bands of their own around the plot, so no
text can overlap, for one bar or forty. ``PALETTE`` gives every colour one meaning across the
notebooks. The charts themselves are in ``charts`` and ``quantity_charts``; saving and showing
them (byte-identical files) is ``figures``.
"""

from __future__ import annotations

import matplotlib as mpl
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Patch

#: The shared style: DejaVu Sans, fixed dpi, a fixed SVG hash salt so element ids do not change.
#: ``text.parse_math`` is off, so a "$" in any text (titles, tick labels, bar labels) prints as a
#: dollar sign instead of starting mathtext. Figures are saved at their own size (no tight
#: bounding box): ``layout`` reserves room for every text, which also saves one draw per file.
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
    "savefig.bbox": "standard",
    "svg.hashsalt": "newslens",
    "svg.fonttype": "path",
    "legend.frameon": False,
    "text.parse_math": False,
}

#: Colours: ONE meaning per colour across every notebook, and every chart keys the colours it uses
#: (a legend, or the colour's name on the axis). Tone: blue/grey/red; whose words: grey for the
#: reporter, oranges for a source's words in quotation marks, brown for reported speech; kinds
#: of source: purple, green, teal, magenta, sand; ``other`` (dark slate) for anything uncategorised.
PALETTE = {
    # tone of a sentence or quote (notebook 02, 03)
    "positive": "#2b8cbe",
    "neutral": "#bdbdbd",
    "negative": "#d7301f",
    # whose words (notebooks 01, 02, 03)
    "narration": "#7f7f7f",
    "quote": "#e6550d",
    "direct": "#e6550d",
    "partial": "#fdae6b",
    "indirect": "#8c510a",
    # kind of source (notebook 03)
    "person": "#6a3d9a",
    "organisation": "#1b7837",
    "document": "#35978f",
    "media": "#c51b7d",
    "anonymous": "#dfc27d",
    # anything without a category of its own (e.g. dots of one speaker)
    "other": "#3f4b5b",
}
#: Sides (actors) in the force charts get these colours in order of first appearance in a
#: notebook, so a side keeps its colour from chart to chart; none of them is used in PALETTE.
ACTOR_COLOURS = ("#4d4d4d", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6cee3", "#b15928")
#: A figure whose side the text does not say.
NO_ACTOR_COLOUR = "#c7c7c7"
_ACTORS: dict[str, str] = {}

# --- the one layout: reserved bands for every text outside the plot ------------------------------
#: Band sizes in inches, chosen by eye at 100 dpi so that nothing touches: the page margin, the gap
#: between stacked header texts, and the gap between the header/footer bands and the plot.
MARGIN_IN = 0.12
GAP_IN = 0.06
PLOT_GAP_IN = 0.12
TITLE_SIZE, SUBTITLE_SIZE, SOURCE_SIZE, LEGEND_SIZE = 13, 9.5, 8, 9
TEXT_COLOURS = {"subtitle": "#444444", "source": "#666666"}


def use_style() -> None:
    """Apply the shared chart style (call once at the top of a notebook)."""
    mpl.rcParams.update(STYLE)


def actor_colour(actor: str) -> str:
    """The colour of a side in the force charts: assigned in order of first use, then kept."""
    if not actor or (isinstance(actor, float)):
        return NO_ACTOR_COLOUR
    if actor not in _ACTORS:
        _ACTORS[actor] = ACTOR_COLOURS[len(_ACTORS) % len(ACTOR_COLOURS)]
    return _ACTORS[actor]


def escape(text: str) -> str:
    """Text safe for any matplotlib text: with ``text.parse_math`` off (``STYLE``) nothing needs
    escaping; when a caller has turned it on, every "$" is escaped so it still prints as "$"."""
    text = str(text)
    return text.replace("$", r"\$") if mpl.rcParams.get("text.parse_math", True) else text


def _wrap(text: str, width_px: float, size: float, weight: str, renderer) -> list[str]:
    """Greedy word wrap of ``text`` to ``width_px`` pixels in the given font."""
    prop = FontProperties(family=STYLE["font.family"], size=size, weight=weight)
    lines: list[str] = []
    for para in str(text).split("\n"):
        line = ""
        for word in para.split():
            trial = f"{line} {word}".strip()
            w, _, _ = renderer.get_text_width_height_descent(trial, prop, ismath=False)
            if line and w > width_px:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def _legend_handles(legend) -> tuple[list, list[str]]:
    if isinstance(legend, dict):  # {label: colour}
        return [Patch(color=c, label=k) for k, c in legend.items()], list(legend)
    handles = list(legend)
    return handles, [h.get_label() for h in handles]


def layout(
    fig,
    title: str,
    subtitle: str = "",
    source: str = "",
    legend=None,
    legend_title: str | None = None,
) -> None:
    """Place every text of a chart in its own band, so nothing can overlap, for 1 bar or 40:

    title (wrapped), subtitle (wrapped), legend (its own row(s), only what is drawn) on top; the
    plot in the middle, laid out once by constrained layout inside the remaining rectangle (axis
    labels, tick labels and panel titles stay inside it); the source line (wrapped) at the
    bottom. The figure grows by the height of the bands, so the plot keeps the size it was
    created with. ``legend``: a ``{label: colour}`` dict or a list of artists with labels; the
    axes' own legends are moved into the legend band. The layout is computed once and frozen,
    so saving as PNG and SVG draws the figure once each, without a tight bounding box."""
    width, plot_h = fig.get_size_inches()
    dpi = fig.dpi
    renderer = fig.canvas.get_renderer()
    text_w = (width - 2 * MARGIN_IN) * dpi
    handles, labels = ([], [])
    if legend is not None:
        handles, labels = _legend_handles(legend)
    for ax in fig.axes:  # axes legends move to the band, where they cannot cover the data
        old = ax.get_legend()
        if old is not None and legend is None:
            handles += list(old.legend_handles)
            labels += [t.get_text() for t in old.get_texts()]
            legend_title = legend_title or (old.get_title().get_text() or None)
        if old is not None:
            old.remove()
    header = []  # (text, size, weight, colour)
    header.append((title, TITLE_SIZE, "bold", "black"))
    if subtitle:
        header.append((subtitle, SUBTITLE_SIZE, "normal", TEXT_COLOURS["subtitle"]))
    placed, top_in = [], MARGIN_IN
    for text, size, weight, colour in header:
        text = escape(text)
        lines = _wrap(text, text_w, size, weight, renderer)
        t = fig.text(
            0, 0, "\n".join(lines), ha="left", va="top", fontsize=size, fontweight=weight, color=colour
        )
        h = t.get_window_extent(renderer).height / dpi
        placed.append((t, top_in))
        top_in += h + GAP_IN
    leg = None
    if handles:
        ncols = len(handles)
        while True:
            leg = fig.legend(
                handles, labels, loc="upper left", ncols=ncols, fontsize=LEGEND_SIZE, title=legend_title,
                title_fontsize=LEGEND_SIZE, alignment="left", borderaxespad=0, borderpad=0, frameon=False,
            )  # fmt: skip
            if ncols == 1 or leg.get_window_extent(renderer).width <= text_w:
                break
            leg.remove()
            ncols -= 1
        leg_h = leg.get_window_extent(renderer).height / dpi
        leg_top = top_in
        top_in += leg_h + GAP_IN
    header_h = top_in - GAP_IN + PLOT_GAP_IN
    footer_h = 0.0
    src = None
    if source:
        lines = _wrap(escape(source), text_w, SOURCE_SIZE, "normal", renderer)
        src = fig.text(
            0, 0, "\n".join(lines), ha="left", va="bottom", fontsize=SOURCE_SIZE, color=TEXT_COLOURS["source"]
        )
        footer_h = src.get_window_extent(renderer).height / dpi + MARGIN_IN + PLOT_GAP_IN
    else:
        footer_h = MARGIN_IN
    total = plot_h + header_h + footer_h
    fig.set_size_inches(width, total)
    x0 = MARGIN_IN / width
    for t, top in placed:
        t.set_position((x0, 1 - top / total))
    if leg is not None:
        leg.set_bbox_to_anchor((x0, 1 - leg_top / total), transform=fig.transFigure)
    if src is not None:
        src.set_position((x0, MARGIN_IN / total))
    rect = (0, footer_h / total, 1, plot_h / total)
    fig.set_layout_engine("constrained", rect=rect, w_pad=MARGIN_IN, h_pad=0.04)
    fig.get_layout_engine().execute(fig)
    fig.set_layout_engine(None)  # frozen: saving draws once, with no layout pass of its own
