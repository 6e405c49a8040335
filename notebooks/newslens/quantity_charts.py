"""The quantity charts of notebook 04: bars that draw the uncertainty the text gives ("~" for
approximate, an open end for "more than", a hatched range for ranges and vague amounts), one bar
per figure of ``find_quantities``, coloured by side. Each chart function takes the quantity rows
(``newslens.quantities`` columns), returns a matplotlib figure laid out by ``style.layout``, and
is saved by the notebook with ``figures.save_figure``; titles come from ``report.forces``.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter

from . import fmt
from .quantities.forces import opens_up
from .report.forces import quantity_label
from .style import actor_colour, layout

#: How far an open end ("more than", open vague amounts) is drawn past its low value: far enough
#: for the fading arrow to read as open, set by eye on the seed's charts; not tuned.
OPEN_END = 1.35


def _drawn_end(row) -> float:
    if opens_up(row) or row.bound == "lower":
        return row.low * OPEN_END
    if row.bound in ("range", "vague"):
        return row.high
    return row.value


def draw_quantities(ax, rows: pd.DataFrame, labels: list[str], log: bool = False) -> None:
    """Horizontal bars, one per quantity, drawing the uncertainty the text gives: solid for exact,
    "~" label for approximate, an open (fading, arrowed) end for "more than" and for vague words
    with a wide conventional range ("billions"), a hatched range for ranges and narrow vague
    amounts ("a few"), a dashed outline for a value taken by reference ("a roughly equal
    number"). Bars are coloured by actor (``actor_colour``). Input: quantity rows (``value, low,
    high, bound, qualifier, actor, refers_to``) and one y label per row; draws on ``ax``."""
    ends = [_drawn_end(r) for r in rows.itertuples()]
    xmax = max([e for e in ends if pd.notna(e)] or [1.0])
    for i, row in enumerate(rows.itertuples()):
        colour = actor_colour(row.actor)
        open_end = opens_up(row) or row.bound == "lower"
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


def plot_balance(
    rows: pd.DataFrame,
    units: list[str],
    title: str,
    subtitle: str,
    source: str,
    label: str = "actor",
):
    """Small multiples, one panel per unit on its own scale, one bar per row labelled by the
    ``label`` column (coloured by actor, keyed in the legend). Input: quantity rows (as for
    ``draw_quantities``, plus ``unit``) and the units to draw, in order. Returns the figure."""
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
    title: str,
    subtitle: str,
    source: str,
    log: bool = False,
    xlabel: str = "",
):
    """One panel of quantities with their uncertainty (see ``draw_quantities``); a log axis only
    when there are two or more values to compare. Input: quantity rows (as for
    ``draw_quantities``) and one label per row. Returns the figure."""
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(1, len(rows)) + 0.8))
    draw_quantities(ax, rows, labels, log=log and len(rows) > 1)
    ax.set_xlabel(xlabel)
    key = _actor_key(rows)
    layout(fig, title, subtitle, source, legend=key, legend_title="side" if key else None)
    return fig
