"""What notebook 04 says about the force figures: its bottom line, the basis of each comparison,
the sentence that replaces a chart with too little to compare, and the chart titles.

Inputs: the ``find_quantities`` table or its force rows (``quantities.force_rows``: one row per
figure with ``surface, value, low, high, unit, category, actor, year, bound, scope, ...``), the
``balance`` table (``unit, leader, leader_surface, other, other_surface, ratio``) and the years
``then`` and ``now`` (``quantities.then_year``, ``Article.year``). Outputs: strings or Markdown
bullets, right for 0, 1 and many.
"""

from __future__ import annotations

import pandas as pd

from .. import fmt
from ..quantities.forces import balance, balance_rows, force_rows, opens_up
from .common import source_line

#: Printed instead of the balance chart when no year has figures for two sides in one unit.
NO_BALANCE = "No force figures for two sides in one year: nothing to compare."
#: Printed instead of the arsenal chart when one side's equipment is counted in one year only.
NO_ARSENAL = "No equipment figures for one side in two different years."


def _value_text(value, unit: str = "") -> str:
    return fmt.money(value, unit) if str(unit).upper() in fmt.WRITTEN_SYMBOLS else fmt.number(value)


def quantity_label(row) -> str:
    """How a figure reads on a chart: "~130", "2,000+", "2–5 (a few)", "$3.3 billion",
    "billions (2 billion or more)". Input: one quantity row (``value, low, high, bound,
    qualifier`` and optionally ``unit``). Output: the label text."""
    unit = getattr(row, "unit", "")
    v = lambda x: _value_text(x, unit)  # noqa: E731
    if opens_up(row):
        return f"{row.qualifier} ({v(row.low)} or more)"
    if row.bound == "lower":
        return f"{v(row.low)}+"
    if row.bound == "upper":
        return f"up to {v(row.high)}"
    if row.bound in ("range", "vague"):
        text = f"{v(row.low)}–{v(row.high)}"
        return f"{text} ({row.qualifier})" if row.bound == "vague" else text
    return ("~" if row.bound == "approximate" else "") + v(row.value)


#: What notebook 04 says when an article has no hand-made gold, and when every gold figure is found
#: with every field right.
NO_GOLD = "No hand-made gold for this article: nothing to measure against."
ALL_GOLD_RIGHT = "None: every gold figure found, every field right."


def bottom_line(forces: pd.DataFrame, then: str) -> list[str]:
    """Markdown bullets on the force figures (notebook 04's bottom line; the first is the headline):
    how many, how hedged, and the balance of the year ``then`` unit by unit, with its basis.
    Input: the ``find_quantities`` table (its force rows are selected here) and a year as written."""
    forces = force_rows(forces)
    if forces.empty:
        return ["- No force, money or territory figures were found in this article."]
    counts = ", ".join(f"{n} {c}" for c, n in forces.category.value_counts().items())
    lines = [
        f"- **{len(forces)} force, equipment, money and territory figures** in the text ({counts}); "
        f"{(forces.bound != 'exact').sum()} of them hedged or vague."
    ]
    compared = balance(forces, then) if then else pd.DataFrame()
    for r in compared.itertuples():
        times = f" ({r.ratio:g}×)" if r.ratio == r.ratio else ""
        lines.append(
            f"- {then}, {r.unit}: {r.leader} “{r.leader_surface}” against {r.other} “{r.other_surface}”{times}."
        )
    if len(compared):
        lines.append(f"- Basis of these comparisons: {basis(balance_rows(forces, then))}.")
    return lines


def basis(rows: pd.DataFrame) -> str:
    """What each side's figures in ``rows`` count, from the ``actor`` and ``scope`` columns:
    "Taliban: the Kabul Central Corps only; Northern Alliance: its forces as a whole (no part
    named)"."""
    parts = []
    for actor, sub in rows.groupby("actor", sort=True):
        scopes = sorted({s for s in sub.scope if s})
        who = actor or "unknown side"
        if not scopes:
            parts.append(f"{who}: its forces as a whole (no part named)")
        else:
            whole = " and the whole side" if (sub.scope == "").any() else ""
            parts.append(f"{who}: the {' and the '.join(scopes)} only{whole}")
    return "; ".join(parts)


def one_line(rows: pd.DataFrame, noun: str) -> str:
    """The sentence that replaces a chart with fewer than two values to compare. Input: the rows
    (``surface, actor, year``) and the singular noun they are ("money figure"). "No money figures
    in this article: nothing to chart." or "One money figure only, so no chart: “$4 billion” (A,
    2020)."."""
    if rows.empty:
        return f"No {fmt.plural(noun)} in this article: nothing to chart."
    r = rows.iloc[0]
    who = f" ({r.actor}{', ' + r.year if r.year else ''})" if r.actor or r.year else ""
    return f"One {noun} only, so no chart: “{r.surface}”{who}."


def balance_title(rows: pd.DataFrame, then: str) -> str:
    """The balance chart's title: who led on which units in ``then``, each side named with the
    part it counts: "In 2001, Taliban (Kabul Central Corps only) led on troops, tanks". Input: the
    ``balance_rows`` of ``then``. The units are listed with commas, as the chart has always read."""
    named = {a: a + (f" ({s} only)" if s else "") for a, s in zip(rows.actor, rows.scope)}
    led = balance(rows, then).groupby("leader").unit.apply(list)
    return f"In {then}, " + "; ".join(f"{named[a]} led on {', '.join(u)}" for a, u in led.items())


def balance_subtitle(rows: pd.DataFrame, then: str) -> str:
    """What the balance chart plots, with N and the ``basis`` of its figures (``balance_rows``)."""
    return f"Force figures for {then} by kind (N = {len(rows)}). Basis: {basis(rows)}"


def arsenal_sentence(arsenal: pd.DataFrame) -> str:
    """The sentence that replaces the arsenal chart (``arsenal_rows``) when its figures do not
    cover two years."""
    return one_line(arsenal, "equipment figure") if len(arsenal) < 2 else NO_ARSENAL


def arsenal_title(arsenal: pd.DataFrame, side: str, now: str) -> str:
    """The arsenal chart's title: the side's largest equipment figure of ``now``, as the chart
    labels it ("Taliban equipment: ~2,000 armored vehicles in 2021"). Input: ``arsenal_rows``."""
    biggest = arsenal[arsenal.year == now].iloc[0]
    return f"{side} equipment: {quantity_label(biggest)} {biggest.unit} in {now}"


def arsenal_labels(arsenal: pd.DataFrame) -> list[str]:
    """One bar label per row of ``arsenal_rows`` (``unit, year``): "tanks, 2001"."""
    return [f"{unit}, {year}" for unit, year in zip(arsenal.unit, arsenal.year)]


def arsenal_subtitle(arsenal: pd.DataFrame, side: str, then: str, now: str) -> str:
    """What the arsenal chart plots, with N and what each year's figures count (``basis`` by year)."""
    by_year = basis(arsenal.assign(actor=arsenal.year)).replace(
        "its forces as a whole", f"the {side} as a whole"
    )
    return f"Equipment figures for the {side}, {then} and {now} (N = {len(arsenal)}). Counts: {by_year}"


def territory_title(territory: pd.DataFrame) -> str:
    """The territory chart's title: the earliest dated figure against the latest ("Territory:
    “90 percent” (1990s) against “a few districts” (2021)"). Input: ``territory_rows``."""
    dated = territory[territory.year != ""].sort_values("year")
    ends = [dated.iloc[0], dated.iloc[-1]] if len(dated) > 1 else list(territory.itertuples())[:1]
    return "Territory: " + " against ".join(f"“{r.surface}” ({r.year or 'no year'})" for r in ends)


def territory_labels(territory: pd.DataFrame) -> list[str]:
    """One bar label per territory figure (``actor, year``): "Northern Alliance, 1990s",
    "unknown side, no year". Input: ``territory_rows``."""
    return [f"{a or 'unknown side'}, {y or 'no year'}" for a, y in zip(territory.actor, territory.year)]


def territory_subtitle(territory: pd.DataFrame) -> str:
    """What the territory chart plots, with N (``territory_rows``)."""
    return f"Territory figures by unit (N = {len(territory)}); hatching spans ranges and vague amounts"


#: A money bar's label is the figure as written and this many words after it, then "…": enough to
#: say what the money is for ("$3.3 billion it had budgeted for the …"); set by hand on the seed.
MONEY_LABEL_WORDS = 5


def money_labels(money: pd.DataFrame, text: str) -> list[str]:
    """One bar label per money figure: the figure and the next ``MONEY_LABEL_WORDS`` words of the
    article, then "…". Input: ``money_rows`` (``start, end``) and ``article.text``."""
    return [
        " ".join(text[s:].split()[: len(text[s:e].split()) + MONEY_LABEL_WORDS]) + " …"
        for s, e in zip(money.start, money.end)
    ]


def money_title(money: pd.DataFrame) -> str:
    """The money chart's title: the smallest and the largest sum as written. Input: ``money_rows``
    of one currency, smallest first."""
    return f"The money in the story runs from {money.iloc[0].surface} to {money.iloc[-1].surface}"


def money_subtitle(money: pd.DataFrame, currency: str) -> str:
    """What the money chart plots, with N and the currency (``money_rows`` of one currency)."""
    return (
        f"Sums of money in {currency} (N = {len(money)}), log scale; an arrow marks an open end "
        "(more than, or a vague amount from its low end)"
    )


def money_left_out(currencies: list[str]) -> str:
    """The line naming the currencies left out of the money chart: "Left out of the money chart
    (other currencies): none", "... GBP and HKD". Input: ISO codes, sorted."""
    return f"Left out of the money chart (other currencies): {fmt.join(currencies, empty='none')}"


def figure_source(article, rows: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """A source line naming the sentences (and the quoted sources) the figures come from. Input:
    quantity rows (``sentence_id, quote_id``) and ``find_quotes`` (``quote_id, speaker``).
    Output: "Source: “Title” (file); sentences 3 and 5 (as quoted or reported from Ann Lee).
    Extracted with newslens."."""
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
    return source_line(article, detail)
