"""The force view: which quantities the force charts of notebook 04 compare, and how.

Only force, equipment, money, territory and casualty rows (``FORCE_CATEGORIES``) are used; every
function here accepts the whole ``find_quantities`` table and selects them itself.
"""

from __future__ import annotations

import math

import pandas as pd

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


def bottom_line(forces: pd.DataFrame, then: str) -> list[str]:
    """Markdown bullets on the force figures (notebook 04's bottom line; the first is the headline):
    how many, how hedged, and the balance of the year ``then`` unit by unit."""
    forces = force_rows(forces)
    if forces.empty:
        return ["- No force, money or territory figures were found in this article."]
    counts = ", ".join(f"{n} {c}" for c, n in forces.category.value_counts().items())
    lines = [
        f"- **{len(forces)} force, equipment, money and territory figures** in the text ({counts}); "
        f"{(forces.bound != 'exact').sum()} of them hedged or vague."
    ]
    for r in balance(forces, then).itertuples() if then else []:
        times = f" ({r.ratio:g}×)" if r.ratio == r.ratio else ""
        lines.append(
            f"- {then}, {r.unit}: {r.leader} “{r.leader_surface}” against {r.other} “{r.other_surface}”{times}."
        )
    return lines


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
    """Territory figures by unit and year, with a ``who`` label ("Northern Alliance, 1990s")."""
    rows = forces[forces.category == "territory"].sort_values(["unit", "year"], kind="stable")
    who = [f"{a or 'unknown side'}, {y or 'no year'}" for a, y in zip(rows.actor, rows.year)]
    return rows.assign(who=who)


def money_rows(forces: pd.DataFrame, text: str, words: int = 5) -> pd.DataFrame:
    """Money figures, smallest first, with a ``context`` label: the figure and the words after it."""
    rows = forces[forces.category == "money"].sort_values("low", kind="stable")
    context = [
        " ".join(text[s:].split()[: len(text[s:e].split()) + words]) + " …"
        for s, e in zip(rows.start, rows.end)
    ]
    return rows.assign(context=context)
