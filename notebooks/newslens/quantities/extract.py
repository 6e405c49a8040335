"""The pass: every number in the body read as a quantity (``reading``), put in context (``context``),
and the table with its documented columns."""

from __future__ import annotations

import math
import re
import weakref
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..quotes.find import find_quotes
from .context import aliases_of, fill_context, quote_index, quote_span_at
from .numbers import find_numbers
from .reading import quantity_row, read_quantity
from .units import FORCE_CATEGORIES, unit_after

COLUMNS = [
    "quantity_id", "surface", "start", "end", "value", "low", "high", "unit", "category", "actor", "year",
    "qualifier", "bound", "sentence_id", "quote_id", "refers_to", "unit_surface", "unit_normalised", "per",
    "change_from", "scope",
]  # fmt: skip

#: A bare number takes the unit of the figure before it in its sentence ("200 protesters ... about
#: 60") unless that unit is a measure, money or time: "slipped 1.2% to 4,318.6" is an index level.
_NOT_INHERITED = ("measure", "money", "duration", "age")
_INTS = ("quantity_id", "start", "end", "sentence_id", "quote_id", "refers_to")
_DTYPES = {
    c: np.int64 if c in _INTS else np.float64 if c in ("value", "low", "high", "change_from") else object
    for c in COLUMNS
}
#: pandas' default dtype for text columns (what inference gives a column of strings).
_TEXT = pd.Series(["x"]).dtype
_COLUMN_INDEX = pd.Index(COLUMNS)
#: The empty table (copied for an article without quantities).
_EMPTY = pd.DataFrame({c: np.array([], dtype=k) for c, k in _DTYPES.items()})
#: How many quote tables' indexes are kept (a notebook or benchmark holds a few hundred at most).
_PER_FRAME_MAX = 1024


class _Sentence(NamedTuple):
    sentence_id: int
    paragraph_id: int
    start: int
    end: int


_EQUAL = re.compile(
    r"\b(?:an?|the)\s+(?P<hedge>roughly|about|approximately|nearly)?\s*(?P<eq>equal|similar|comparable|same)"
    r"\s+number\s+of\s+",
    re.IGNORECASE,
)
_CHANGE_TO = re.compile(r"\s*(?:%|percent|per cent)?\s*to\s*", re.I)


def find_quantities(article, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every quantity in the body (the rules are in the ``newslens.quantities`` docstring).

    Input: an ``Article`` and ``quotes``, its ``find_quotes`` table (computed when not given;
    uses ``start``, ``end``, ``quote_id``). Returns one row per quantity, in reading order, with
    the columns (``COLUMNS``; their meanings in detail in the package docstring):

    - ``quantity_id``: 0, 1, ... in reading order;
    - ``surface``, ``start``, ``end``: the words as written (hedge and unit included) and their
      offsets into ``article.text``;
    - ``value``, ``low``, ``high``: the figure (empty for a range or a vague amount) and the
      interval it stands for (empty where open);
    - ``unit``, ``category``: what it counts or measures, normalised, and its kind (personnel,
      equipment, money, territory, casualties, duration, age, measure, count);
    - ``actor``: the side that owns, fields or lost it ("" when none); ``year``: its year ("");
    - ``qualifier``: the hedge as written; ``bound``: exact, approximate, lower, upper, range or
      vague;
    - ``sentence_id``; ``quote_id``: the quote it sits in (-1 for narration);
    - ``refers_to``: for "an equal number of X", the quantity it takes its value from (-1);
    - ``unit_surface``, ``unit_normalised``: the unit as written and one name per unit;
    - ``per``: a rate's denominator; ``change_from``: where a change started (else empty);
    - ``scope``: the named part of the actor the figure counts ("").

    >>> from newslens import Article
    >>> a = Article.from_text("Title Words\\n\\nBy Jo\\n\\nIn 2001, the rebels had more than 2,000 troops.")
    >>> find_quantities(a)[["surface", "value", "unit", "bound", "year"]].values.tolist()
    [['more than 2,000 troops', 2000.0, 'troops', 'lower', '2001']]
    """
    text = article.text
    quotes = find_quotes(article) if quotes is None else quotes
    sents, by_para, para_start, now, aliases = _layout(article)
    para_ids = list(by_para)
    para_pos = {pid: i for i, pid in enumerate(para_ids)}
    rows = []
    for sent in sents:
        taken_until = sent.start
        for m in find_numbers(text, sent.start, sent.end):
            if m.start() < taken_until or not m.group(0).strip():
                continue
            row = read_quantity(text, m, sent, para_start[sent.paragraph_id])
            if row is None:
                continue
            prev = rows[-1] if rows and rows[-1]["sentence_id"] == sent.sentence_id else None
            if prev and prev.get("change_next") and _CHANGE_TO.fullmatch(text, prev["end"], row["start"]):
                row["change_from"] = prev["value"]  # "from 30 to 32 percent": the end of a change
            if (
                row.pop("bare", False) and prev and prev["unit"] and prev["category"] not in _NOT_INHERITED
            ):  # "200 protesters ..., about 60": the same unit
                row.update({k: prev[k] for k in ("unit", "category", "unit_normalised")})
            taken_until = row["end"]
            rows.append(row)
        for m in _EQUAL.finditer(text, sent.start, sent.end):  # "a roughly equal number of APCs"
            unit = unit_after(text, m.end() - 1, sent.end, None)
            if unit is None or unit.category not in FORCE_CATEGORIES:
                continue
            earlier = [r for r in rows if r["sentence_id"] == sent.sentence_id and r["end"] <= m.start()]
            ref = earlier[-1] if earlier else None
            qualifier = " ".join(x for x in (m.group("hedge"), m.group("eq")) if x).lower()
            v = ref["value"] if ref else math.nan
            bound = "approximate" if m.group("hedge") else "exact"
            row = quantity_row(text, m.start(), unit.end, v, v, v, unit, qualifier, bound, sent)
            row["refers_to"] = ref["start"] if ref else -1  # an offset until ids are given below
            rows.append(row)
    rows.sort(key=lambda r: r["start"])
    starts = {r["start"]: i for i, r in enumerate(rows)}
    index = _per_frame(quotes, quote_index)
    for r in rows:
        r["refers_to"] = starts.get(r.get("refers_to", -1), -1)
        hit = quote_span_at(index, r["start"])
        fill_context(text, r, by_para, para_ids, para_pos, aliases, now, hit[1:] if hit else None)
        r["quote_id"] = hit[0] if hit else -1
    for i, r in enumerate(rows):
        r["quantity_id"] = i
    return _frame(rows)


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The table, built once from plain columns with their dtypes given (no inference per cell,
    no ``astype`` afterwards): integers, floats, and text as pandas' default string dtype (an
    empty table keeps the ``object`` dtype it has always had). pandas' own constructor checks
    and aligns every column, which costs more than the whole extraction of a short article, so
    the columns are handed over as finished arrays."""
    if not rows:
        return _EMPTY.copy()
    arrays = []
    for c in COLUMNS:
        values = [r[c] for r in rows]
        kind = _DTYPES[c]
        arrays.append(np.array(values, dtype=kind) if kind is not object else _text_array(values))
    try:  # arrays of equal length, dtypes final: nothing to check
        return pd.DataFrame._from_arrays(
            arrays, columns=_COLUMN_INDEX, index=pd.RangeIndex(len(rows)), verify_integrity=False
        )
    except (AttributeError, TypeError):  # a pandas without that constructor
        return pd.DataFrame(dict(zip(COLUMNS, arrays)), copy=False)


def _text_array(values: list):
    backing = np.array(values, dtype=object)
    if _TEXT_TEMPLATE is not None and all(type(v) is str for v in values):
        return _TEXT_TEMPLATE._from_backing_data(backing)  # checked here: no second validation
    try:  # the direct constructor of the default string array: no inference, no index
        return pd.arrays.StringArray(backing, dtype=_TEXT)
    except (TypeError, ValueError):  # another string storage, or a value that is not text
        return pd.Series(values, dtype=_TEXT).array


def _text_template():
    """An empty array of the default string dtype whose ``_from_backing_data`` wraps an object
    array of plain ``str`` without validating it again (None where pandas has no such array)."""
    try:
        template = pd.arrays.StringArray(np.array([], dtype=object), dtype=_TEXT)
        return template if hasattr(template, "_from_backing_data") else None
    except (TypeError, ValueError):
        return None


_TEXT_TEMPLATE = _text_template()


#: Per-article data derived once and reused while the article lives (sentences as plain tuples,
#: sentences by paragraph, the article's year, the groups it names). Keyed by the article
#: object; an entry is used only while the article's text, name and sentence table are the same.
_LAYOUTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _layout(article):
    sents_frame = article.sentences
    key = (article.text, article.name, id(sents_frame))
    cached = _LAYOUTS.get(article)
    if cached is not None and cached[0][0] is key[0] and cached[0][1:] == key[1:]:
        return cached[1]
    sents = [
        _Sentence(*x)
        for x in zip(*(sents_frame[c].tolist() for c in ("sentence_id", "paragraph_id", "start", "end")))
    ]
    by_para: dict[int, list[tuple[int, int]]] = {}
    para_start: dict[int, int] = {}
    for sent in sents:
        by_para.setdefault(sent.paragraph_id, []).append((sent.start, sent.end))
        para_start.setdefault(sent.paragraph_id, sent.start)
    layout = (sents, by_para, para_start, article.year, aliases_of(article.text))
    _LAYOUTS[article] = (key, layout)
    return layout


#: Per-frame data (the quote index) keyed by the frame's id, checked by a weak reference so a
#: reused id never returns another frame's data.
_PER_FRAME: dict[int, tuple] = {}


def _per_frame(frame: pd.DataFrame, fn):
    hit = _PER_FRAME.get(id(frame))
    if hit is not None and hit[0]() is frame:
        return hit[1]
    value = fn(frame)
    if len(_PER_FRAME) > _PER_FRAME_MAX:
        _PER_FRAME.clear()
    _PER_FRAME[id(frame)] = (weakref.ref(frame), value)
    return value
