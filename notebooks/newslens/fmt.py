"""Reader-facing text: numbers as a reader writes them, and sentences right for 0, 1 and many.

One home for what every notebook prints, so "3.3 billion" reads the same in a chart, a table
and a bottom line, and no report says "1 author bios", "0 set aside" or "sentences 2":

- ``number(3_300_000_000)`` -> ``"3.3 billion"``; ``number(12000)`` -> ``"12,000"``;
  ``number(float("nan"))`` -> ``"not given"``; ``money(3.3e9, "USD")`` -> ``"$3.3 billion"``;
- ``count(1, "voice")`` -> ``"1 voice"``; ``count(0, "quote")`` -> ``"no quotes"``;
- ``join(["a", "b", "c"])`` -> ``"a, b and c"``; ``numbered("sentence", [2])`` -> ``"sentence 2"``;
- ``part_of(3, 14, "source")`` -> ``"3 of 14 sources"``; ``agree(1, "speaks", "speak")`` -> ``"speaks"``;
- ``html_table(frame)``: a table with text left-aligned and numbers formatted, rows numbered from 1.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

import pandas as pd
from IPython.display import HTML

from .words import CURRENCY_SYMBOLS, SCALES

#: Scale words written, largest first: from one million up a figure is written "3.3 billion", as
#: news copy writes it (AP style), never "3,300,000,000" or "3.3e+09". Values from the scale words
#: the extraction reads (``words.SCALES``).
WRITTEN_SCALES = tuple((SCALES[w], w) for w in ("trillion", "billion", "million"))
#: Significant digits kept before a scale word ("3.25 billion", "450 million", "1.5 trillion").
SCALE_DIGITS = 3
#: What a missing value reads as.
MISSING = "not given"
#: ISO code -> the symbol written before the number, for the currencies news copy writes with a
#: symbol (the reverse of the extraction's ``words.CURRENCY_SYMBOLS``); other ISO codes are
#: written after the number ("40 AFN").
WRITTEN_SYMBOLS = {CURRENCY_SYMBOLS[s]: s for s in ("$", "£", "€", "¥", "₹", "A$", "C$")}
#: Singular -> plural for nouns the reports write that do not take a plain "s" (the extraction's
#: ``quantities.units`` keeps its own set of plural nouns without an "s", for reading).
PLURAL_FORMS = {
    "analysis": "analyses",
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "criterion": "criteria",
    "datum": "data",
    "medium": "media",
    "series": "series",
    "bio": "bios",
    "radio": "radios",
    "photo": "photos",
}


def is_missing(value) -> bool:
    """True when ``value`` is None, NaN or one of pandas' missing markers (NA, NaT); False for
    anything else, lists included."""
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def number(value, digits: int = SCALE_DIGITS) -> str:
    """A number as a reader writes it: thousands separators below a million ("12,000", "7.5",
    "-2.4"), a scale word from a million up ("3.3 billion"), ``MISSING`` for NaN or None.

    >>> number(3.3e9), number(450_000_000), number(12000), number(0.25), number(None)
    ('3.3 billion', '450 million', '12,000', '0.25', 'not given')
    """
    if is_missing(value):
        return MISSING
    value = float(value)
    if math.isinf(value):
        return "unbounded"
    sign, size = ("-" if value < 0 else ""), abs(value)
    for scale, word in WRITTEN_SCALES:
        if size >= scale:
            return f"{sign}{_sig(size / scale, digits)} {word}"
    if size == int(size):
        return f"{sign}{int(size):,}"
    if size >= 100:
        return f"{sign}{size:,.0f}"
    return f"{sign}{_sig(size, digits)}"


def _sig(value: float, digits: int) -> str:
    text = f"{value:,.{digits}g}"
    if "e" in text:  # large mantissas (over 10**digits of a scale never happen; guard anyway)
        text = f"{value:,.0f}"
    return text


def money(value, currency: str = "USD") -> str:
    """An amount with its currency: ``"$3.3 billion"``, ``"£45 million"``, ``"40 AFN"``."""
    if is_missing(value):
        return MISSING
    text = number(value)
    symbol = WRITTEN_SYMBOLS.get((currency or "").upper())
    if symbol:
        return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"
    return f"{text} {currency}".strip()


def percent(share, digits: int = 0) -> str:
    """A share (0.29) as a percentage ("29%"); "under 1%" for a share that would round to 0% but
    is not 0; ``MISSING`` for NaN."""
    if is_missing(share):
        return MISSING
    share = float(share)
    smallest = 10 ** -(digits + 2)  # the smallest share the digits can show (1% for 0 digits)
    if 0 < abs(share) < smallest / 2:
        return f"under {smallest:.{digits}%}"  # never "0%" for something that is there
    return f"{share:.{digits}%}"


def signed(value, digits: int = 2) -> str:
    """A score with its sign ("+0.45", "-0.06"), as the tone charts and bullets print it; a score
    that rounds to zero has no sign ("0.00", never "-0.00")."""
    if is_missing(value):
        return MISSING
    value = round(float(value), digits)
    return f"{0.0:.{digits}f}" if value == 0 else f"{value:+.{digits}f}"


def plural(noun: str, n: float = 2) -> str:
    """``noun`` in the plural unless ``n`` is 1: "voice" -> "voices", "body" -> "bodies",
    "analysis" -> "analyses". A two-word noun pluralises its last word."""
    if n == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    low = last.lower()
    if low in PLURAL_FORMS:
        word = PLURAL_FORMS[low]
    elif low.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    elif low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def count(n: float, noun: str, zero: str = "no", plural_form: str | None = None) -> str:
    """A count with its noun, right for 0, 1 and many: ``count(0, "quote")`` -> "no quotes",
    ``count(1, "voice")`` -> "1 voice", ``count(1200, "word")`` -> "1,200 words",
    ``count(20.5, "word")`` -> "20.5 words"."""
    word = noun if n == 1 else (plural_form or plural(noun, n))
    return f"{zero} {word}" if n == 0 else f"{number(n)} {word}"


def part_of(n: float, total: float, noun: str) -> str:
    """A part of a counted whole, the noun agreeing with the whole: ``part_of(3, 14, "source")``
    -> "3 of 14 sources", ``part_of(1, 1, "source")`` -> "1 of 1 source", ``part_of(0, 0,
    "source")`` -> "no sources" (nothing to take a part of)."""
    if total == 0:
        return count(0, noun)
    return f"{number(n)} of {count(total, noun)}"


def agree(n: float, one: str, many: str) -> str:
    """The word that agrees with a count: ``one`` when ``n`` is 1, else ``many``:
    ``agree(1, "speaks", "speak")`` -> "speaks", ``agree(0, "is", "are")`` -> "are"."""
    return one if n == 1 else many


def join(items: Iterable[str], last: str = "and", empty: str = "") -> str:
    """``["a"]`` -> "a"; ``["a", "b"]`` -> "a and b"; ``["a", "b", "c"]`` -> "a, b and c"."""
    items = [str(i) for i in items]
    if not items:
        return empty
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def numbered(noun: str, numbers: Iterable[int]) -> str:
    """Numbers after their noun: "sentence 2", "sentences 2 and 5", "paragraphs 1, 4 and 9"."""
    numbers = sorted(set(int(n) for n in numbers))
    return f"{plural(noun, len(numbers))} {join(map(str, numbers))}".strip()


def format_column(values: pd.Series, missing: str = MISSING) -> pd.Series:
    """A column as text for a reader: numbers through ``number``, missing values as ``missing``,
    text unchanged."""
    if pd.api.types.is_bool_dtype(values):
        return values.map(lambda v: "yes" if v else "no")
    if pd.api.types.is_numeric_dtype(values):
        return values.map(lambda v: missing if is_missing(v) else number(v))
    return values.map(lambda v: missing if is_missing(v) else str(v))


#: Widest a text column of an HTML table gets before it wraps (in character widths).
TEXT_COLUMN_EM = 40


def html_table(frame: pd.DataFrame, number_from: str | None = None, missing: str = MISSING) -> str:
    """A reader's table as HTML: text columns left-aligned and wrapped (never cut), numbers
    right-aligned and formatted by ``number``, no index. ``number_from``: the name of a first
    column that numbers the rows from 1 (e.g. "sentence"); omitted when None. ``missing``: how an
    empty cell reads."""
    cols = list(frame.columns)
    numeric = {
        c: pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c]) for c in cols
    }
    cells = {c: format_column(frame[c], missing).tolist() for c in cols}
    head = ([number_from] if number_from else []) + cols
    out = ['<table class="newslens-table" style="border-collapse: collapse;">', "<thead><tr>"]
    for i, name in enumerate(head):
        align = "right" if (number_from and i == 0) or numeric.get(name) else "left"
        out.append(f'<th style="text-align: {align}; padding: 2px 8px;">{html.escape(str(name))}</th>')
    out.append("</tr></thead><tbody>")
    for r in range(len(frame)):
        out.append("<tr>")
        if number_from:
            out.append(f'<td style="text-align: right; padding: 2px 8px;">{r + 1}</td>')
        for c in cols:
            style = (
                "text-align: right; white-space: nowrap;"
                if numeric[c]
                else f"text-align: left; white-space: normal; max-width: {TEXT_COLUMN_EM}em;"
            )
            out.append(
                f'<td style="{style} padding: 2px 8px; vertical-align: top;">{html.escape(cells[c][r])}</td>'
            )
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def show_table(frame: pd.DataFrame, number_from: str | None = None, missing: str = MISSING):
    """``html_table(frame)`` for a notebook to display (an ``IPython.display.HTML`` object)."""
    return HTML(html_table(frame, number_from, missing))
