"""The force view: which quantities the force charts of notebook 04 compare, and how.

Only force, equipment, money, territory and casualty rows (``FORCE_CATEGORIES``) are used; every
function here accepts the whole ``find_quantities`` table and selects them itself.
"""

from __future__ import annotations

import math

import pandas as pd

from .. import fmt
from .units import FORCE_CATEGORIES


def force_rows(quantities: pd.DataFrame) -> pd.DataFrame:
    """The rows of the force view: categories ``FORCE_CATEGORIES``."""
    return quantities[quantities.category.isin(FORCE_CATEGORIES)]


#: Units compared side by side in a balance of force, in display order.
BALANCE_UNITS = (
    "troops",
    "tanks",
    "armored personnel carriers",
    "artillery pieces",
    "armored vehicles",
    "aircraft",
)


def point(row) -> float:
    """One number for comparing a figure: the value, else the low end of a range or bound."""
    return row.value if not math.isnan(row.value) else row.low


def balance(quantities: pd.DataFrame, year: str) -> pd.DataFrame:
    """Force figures of one year, one row per unit with two or more actors: ``unit, leader,
    leader_surface, other, other_surface, ratio``. The leader has the larger value (or low end of
    a range); ``ratio`` is given only when both are point figures (exact or approximate)."""
    rows = []
    quantities = force_rows(quantities)
    q = quantities[(quantities.year == year) & quantities.unit.isin(BALANCE_UNITS)]
    for unit in BALANCE_UNITS:
        sub = q[q.unit == unit]
        if sub.actor.nunique() < 2:
            continue
        ranked = sorted(sub.itertuples(), key=point, reverse=True)
        a, b = ranked[0], ranked[1]
        points = {"exact", "approximate"}
        ratio = round(a.value / b.value, 2) if {a.bound, b.bound} <= points and b.value else math.nan
        rows.append((unit, a.actor, a.surface, b.actor, b.surface, ratio))
    return pd.DataFrame(rows, columns=["unit", "leader", "leader_surface", "other", "other_surface", "ratio"])


#: Number format for readers, shared by tables and chart titles: billions and trillions in words
#: ("3.3 billion"), other whole numbers with thousands commas, fractions to three significant digits.
def format_number(v) -> str:
    """ "3.3 billion", "10,000", "2.5" as ``fmt.number`` writes them; "" for a missing value (a
    blank cell in the quantity tables)."""
    return "" if fmt.is_missing(v) else fmt.number(v)


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy for display: numbers formatted by ``format_number``, missing values blank."""
    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = [format_number(v) for v in out[col]]
    return out


#: A vague amount whose conventional range spans more than this factor ("billions": 2 to 999
#: billion, 500x) is drawn as an open "at least" bar from its low end, so the convention does not
#: set the axis; "a few" (2-5) and "dozens" (24-99) are drawn as ranges.
VAGUE_DRAW_SPAN = 10


def opens_up(row) -> bool:
    """Whether one quantity row (``bound, low, high``) is a vague amount wide enough to be drawn
    open from its low end (its range spans more than ``VAGUE_DRAW_SPAN`` times its low end)."""
    return bool(row.bound == "vague" and row.low > 0 and row.high > row.low * VAGUE_DRAW_SPAN)


def for_chart(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows as the charts draw them: wide vague ranges (``opens_up``) become lower bounds with no
    high end; the bound the text gives stays in ``bound_in_text``. Input and output: quantity rows
    (``find_quantities`` columns; the output adds ``bound_in_text``)."""
    wide = pd.Series([opens_up(r) for r in rows.itertuples()], index=rows.index, dtype=bool)
    out = rows.assign(bound_in_text=rows.bound)
    out.loc[wide, "bound"] = "lower"
    out.loc[wide, "high"] = math.nan
    return out


# --- what each chart of notebook 04 plots ----------------------------------------------------------


def balance_rows(forces: pd.DataFrame, year: str) -> pd.DataFrame:
    """The figures of ``year`` in the units where two or more sides are counted (the balance chart)."""
    forces = force_rows(forces)
    units = set(balance(forces, year).unit) if year else set()
    rows = forces[(forces.year == year) & forces.unit.isin(units)]
    return rows.sort_values(["unit", "actor"], kind="stable")


def arsenal_rows(forces: pd.DataFrame, then: str, now: str) -> tuple[str, pd.DataFrame]:
    """``(side, rows)``: the equipment figures, in ``then`` and ``now``, of the side with the most
    equipment figures (the arsenal chart); largest first within each year."""
    equipment = forces[forces.category == "equipment"]
    if equipment.empty:
        return "", equipment
    side = equipment.actor.value_counts().index[0]
    rows = equipment[(equipment.actor == side) & equipment.year.isin([then, now])]
    return side, rows.sort_values(["year", "value"], ascending=[True, False], kind="stable")


def territory_rows(forces: pd.DataFrame) -> pd.DataFrame:
    """The territory figures (the territory chart), sorted by unit, then year. Input and output:
    quantity rows (``find_quantities`` columns)."""
    return forces[forces.category == "territory"].sort_values(["unit", "year"], kind="stable")


def money_rows(forces: pd.DataFrame) -> pd.DataFrame:
    """The money figures (the money chart), smallest first (by ``low``). Input and output:
    quantity rows (``find_quantities`` columns)."""
    return forces[forces.category == "money"].sort_values("low", kind="stable")


def main_currency(money: pd.DataFrame) -> tuple[str, list[str]]:
    """The currency the money chart draws (the one most figures are in; the first of equals in
    table order) and the other currencies, sorted: ``("USD", ["GBP"])``; ``("", [])`` for no money
    figures. Input: ``money_rows`` (``unit`` holds the ISO code)."""
    currency = money.unit.value_counts().index[0] if len(money) else ""
    return currency, sorted(set(money.unit) - {currency})


def then_year(forces: pd.DataFrame, article) -> str:
    """The past year ("then") that the force view sets against the article's own year ("now",
    ``Article.year``), used by notebook 04's bottom line, balance and arsenal charts and by the
    overview. Input: the ``find_quantities`` table (or its force rows) and the ``Article``.
    Output: a year as the ``year`` column writes it ("2001", "1990s"), the earliest (as sorted
    text) other than the article's own year that has a ``balance`` (two or more sides in one
    unit); failing that the earliest other than the article's own year; "" when the figures name
    no other year."""
    now = str(article.year or "")
    years = sorted(y for y in force_rows(forces).year.unique() if y and y != now)
    return next((y for y in years if len(balance(forces, y))), years[0] if years else "")
