"""The pass: every number in the body, parsed, given its unit and hedge, filtered, put in context."""

from __future__ import annotations

import math
import re
import weakref
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..quotes.find import find_quotes
from ..words import HEDGES, SCALES, YEAR_RE
from .context import aliases_of, article_year, fill_context, quote_index, quote_span_at
from .filters import not_a_quantity
from .numbers import NUMBER_RE, Number, alt, find_numbers, is_bare_quantifier, parse
from .units import FORCE_CATEGORIES, Unit, unit_after

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


_HEDGE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(“\"]))(?P<hedge>{alt(HEDGES)})\s+(?:(?P<between>between|from)\s+)?$", re.I
)
_BETWEEN_BEFORE = re.compile(r"\b(?P<between>between|from)\s+$", re.I)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and|or)\s*|\s*-\s*", re.I)
#: Verbs that make "from X to Y" a change rather than a range.
CHANGE_VERBS = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|increasing|decreased?|grew|grow(?:s|n)?|"
    r"dropped|drops?|climbed|climbs?|declined?|declining|jumped|jumps?|cut|raised?|reduced?|went|gone|"
    r"changed?|slipped|slips?|surged?|soared?|plunged?|tumbled?|shrank|shrunk|swelled|doubled|up|down|"
    r"higher|lower|boosted?|lifted|lowered|expanded|widened|narrowed|edged)\b[^.;]{0,40}$",
    re.I,
)
_EQUAL = re.compile(
    r"\b(?:an?|the)\s+(?P<hedge>roughly|about|approximately|nearly)?\s*(?P<eq>equal|similar|comparable|same)"
    r"\s+number\s+of\s+",
    re.IGNORECASE,
)
_MULT_OK = re.compile(r"\s+(?:the|that|its|their|what|as|his|her|our)\b", re.I)
_CHANGE_TO = re.compile(r"\s*(?:%|percent|per cent)?\s*to\s*", re.I)
_IN = re.compile(r"\s+in\s+(?=\w)", re.I)
_PCT = re.compile(r"\s?(?:%|percent\b|per cent\b)", re.I)
_ONLY_BEFORE = re.compile(r"\b(?:only|just|single|exactly|sole)\s+$", re.I)
#: A possessive right before a bare number: "the army's 400" counts what the sentence counted.
_OWNED = re.compile(r"\w(?:['’]s|s['’])\s+$")
_FRAC_SCALE = re.compile(r"\s+an?\s+(million|billion|thousand|hundred|dozen)\b", re.I)


def find_quantities(article, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every quantity in the body (see ``newslens.quantities`` for columns and rules). ``quotes``
    (from ``find_quotes``) is computed when not given.

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
            row = _quantity(text, m, sent, para_start[sent.paragraph_id])
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
            row = _row(text, m.start(), unit.end, v, v, v, unit, qualifier, bound, sent)
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
    layout = (sents, by_para, para_start, article_year(article), aliases_of(article.text))
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


def _second(text: str, pos: int, limit: int, between: bool):
    """A second number after a range separator at ``pos`` ("30-40", "5 to 10", "between X and
    Y", "two or three"): ``(match, separator)`` or None."""
    sep = _RANGE_SEP.match(text, pos, limit)
    if not sep:
        return None
    word = sep.group(0).strip().lower()
    if word == "and" and not between:
        return None
    m2 = NUMBER_RE.match(text, sep.end(), limit)
    if not m2 or not (m2.group("digits") or m2.group("words")):
        return None
    if word in ("-", "–") and sep.group(0) != word and not between:
        return None  # "3 - 2" with spaces is a score or a dash aside
    return m2, word


def _quantity(text: str, m: re.Match, sent, para_s: int) -> dict | None:
    number = parse(m)
    if number is None:
        return None
    s = m.start()
    look = text[max(sent.start, s - 30) : s]
    hedge_m = _HEDGE_BEFORE.search(look)
    hedge = hedge_m.group("hedge") if hedge_m else ""
    between_m = (hedge_m and hedge_m.group("between") and hedge_m) or _BETWEEN_BEFORE.search(look)
    between = between_m.group("between").lower() if between_m and between_m.group("between") else ""
    start = s - len(look) + (hedge_m.start() if hedge_m else between_m.start() if between else len(look))
    if m.group("mult") and not (hedge or _MULT_OK.match(text, m.end())):
        return None
    end = m.end()
    if m.group("frac"):
        fs = _FRAC_SCALE.match(text, end, sent.end)
        if fs:  # "half a million"
            factor = 12 if fs.group(1).lower() == "dozen" else SCALES[fs.group(1).lower()]
            number = Number(number.value * factor, number.value * factor, number.value * factor, "", "words")
            end = fs.end()
    ratio = _IN.match(text, end, sent.end) if number.kind in ("digits", "words") else None
    m2 = NUMBER_RE.match(text, ratio.end(), sent.end) if ratio else None
    n2 = parse(m2) if m2 and (m2.group("digits") or m2.group("words")) else None
    if n2 and re.fullmatch(YEAR_RE, m2.group(0)):
        n2 = None  # "two in 2019" is a count and a year
    if n2 and n2.value and number.value is not None and 0 < number.value < n2.value:  # "one in five adults"
        counted = unit_after(text, m2.end(), sent.end, n2.value)
        unit_end = counted.end if counted and counted.category == "count" else m2.end()
        share = number.value / n2.value
        unit = Unit("fraction", text[ratio.start() : unit_end].strip(), "fraction", "measure", unit_end)
        return _finish(
            text, m, Number(share, share, share, "", "ratio"), unit, start, m2.end(), hedge, sent, para_s
        )
    # a second number: a range ("5 to 10 percent") or a change ("rose from 30 to 32 percent")
    second, own_end = None, end
    if number.kind in ("digits", "words"):
        second = _second(text, end, sent.end, bool(between))
        own = _PCT.match(text, end, sent.end) if second is None and number.kind == "digits" else None
        if own:
            own_end = own.end()
            second = _second(text, own_end, sent.end, bool(between))
    change_next = False
    if second:
        m2, word = second
        n2 = parse(m2)
        k1 = "cur" if number.currency else "pct" if own_end != end else ""
        k2 = "cur" if n2 and n2.currency else "pct" if _PCT.match(text, m2.end(), sent.end) else ""
        if n2 is None or n2.value is None or number.value is None:
            second = None
        elif k1 != k2 and (k1, k2) not in (("", "pct"), ("cur", "")):
            second = None  # "fell 3.4% to $55.12": two figures, not a range
        elif between == "from" and (
            CHANGE_VERBS.search(text[max(sent.start, start - 60) : start]) or number.value > n2.value or k1
        ):
            change_next = True  # a change: the start here, the end value is the next figure
            if not k1:
                u2 = unit_after(text, m2.end(), sent.end, n2.value, n2.currency)
                if u2 is not None:
                    u2.end = m.end()
                    row = _finish(text, m, number, u2, start, m.end(), "from", sent, para_s)
                    if row:
                        row.update(change_next=True, qualifier="from")
                    return row
            second = None
        else:
            v1 = number.value
            if m.group("digits") and not m.group("scale") and m2.group("scale"):  # "$20-30 billion"
                factor = n2.value / float(m2.group("digits").replace(",", "")) if m2.group("digits") else 1
                if v1 * factor <= n2.value:
                    v1 *= factor
            currency = number.currency or n2.currency
            number = Number(None, v1, n2.value, currency, "range")
            end = m2.end()
            if number.low > number.high:  # "3-1" is a score; "10 to 5" a range written downwards
                if word in ("-", "–") and not between:
                    return None
                number = Number(None, n2.value, v1, currency, "range")
    unit = unit_after(text, end, sent.end, number.value, number.currency)
    row = _finish(text, m, number, unit, start, end, hedge, sent, para_s, between)
    if row is not None and change_next:
        row["change_next"] = True
        row["qualifier"] = " ".join(x for x in ("from", row["qualifier"]) if x)
    return row


def _finish(text, m, number, unit, start, end, hedge, sent, para_s, between="") -> dict | None:
    """Filter a number with its unit and make its row (None when it is not a quantity)."""
    s = m.start()
    look = text[max(sent.start, s - 30) : s]
    if hedge == "from":
        hedge, between = "", "from"
    if number.kind == "fraction":
        unit = _fraction_unit(end, m.group("frac"))
    if unit is None and m.group("mult"):
        unit = Unit("times", "", "times", "measure", end)
    raw = m.group(0)
    reason = not_a_quantity(
        text, m.start("digits") if m.group("digits") else s, m.end(), raw, sent.start, para_s,
        unit is not None, unit.surface if unit else "", unit.category if unit else "", bool(number.currency),
    )  # fmt: skip
    if reason:
        return None
    if unit is None:
        digits = m.group("digits") or ""
        if not (m.group("digits") and (hedge or re.search(r"[,.]", digits) or _OWNED.search(look))):
            return None  # a number that counts nothing named: a label, a score, a determiner
        unit = Unit("", "", "", "count", end)  # "about 660,000": the unit is named elsewhere
        bare = True
    else:
        bare = False
    if (
        number.value == 1
        and m.group("words")
        and unit.category == "count"
        and not (hedge or _ONLY_BEFORE.search(look))
    ):
        return None  # "one question remains": a determiner, not a count (unless "only one")
    if is_bare_quantifier(number) and unit.category not in FORCE_CATEGORIES:
        return None  # "a few of them", "several times": not counted in a general table
    end = max(end, unit.end)
    number = _scaled(number, unit.factor)
    # "one district, maybe two districts": an alternative counting the same thing is a range
    alt_m = re.match(r",?\s+(?:maybe|perhaps|possibly|or)\s+", text[end : end + 20], re.IGNORECASE)
    if alt_m and number.value is not None and number.kind not in ("range", "change"):
        m2 = NUMBER_RE.match(text, end + alt_m.end(), sent.end)
        if m2 and (n2 := parse(m2)) and n2.value is not None:
            u2 = unit_after(text, m2.end(), sent.end, n2.value, n2.currency)
            same = u2 is not None and u2.unit == unit.unit and u2.category == unit.category
            unnamed = u2 is None and re.match(r"\s*(?:[,.;:)]|$)", text[m2.end() : m2.end() + 2])
            if same or unnamed:  # "three districts, maybe four": the same thing
                hedge = hedge or alt_m.group(0).strip(" ,").lower()
                number = Number(None, min(number.value, n2.value), max(number.value, n2.value), "", "range")
                end = u2.end if same else m2.end()
    qualifier = hedge.lower()
    if number.kind == "vague":
        return _row(text, start, end, math.nan, number.low, number.high, unit, number.vague, "vague", sent)
    if number.kind == "range":
        q = " ".join(x for x in (between, qualifier) if x)
        return _row(text, start, end, math.nan, number.low, number.high, unit, q, "range", sent)
    value = number.value
    bound = HEDGES.get(qualifier, "exact") if qualifier else "exact"
    low = value if bound in ("exact", "approximate", "lower") else math.nan
    high = value if bound in ("exact", "approximate", "upper") else math.nan
    row = _row(text, start, end, value, low, high, unit, qualifier, bound, sent)
    row["bare"] = bare
    return row


def _scaled(number: Number, factor: float) -> Number:
    if factor == 1:
        return number
    f = lambda v: None if v is None else v * factor  # noqa: E731
    return Number(f(number.value), f(number.low), f(number.high), number.currency, number.kind, number.vague)


def _fraction_unit(end: int, surface: str) -> Unit:
    s = surface.lower()
    if s.endswith("point"):
        return Unit("percentage points", "point", "percentage points", "measure", end)
    if s.endswith("century"):  # "a quarter-century" is 25 years
        return Unit("years", "century", "year", "duration", end, factor=100)
    return Unit("fraction", "", "fraction", "measure", end)


def _row(text, s, e, value, low, high, unit: Unit, qualifier, bound, sent) -> dict:
    while e > s and text[e - 1] in " ,.;:":
        e -= 1
    return dict(
        surface=text[s:e],
        start=s,
        end=e,
        value=float(value),
        low=float(low),
        high=float(high),
        unit=unit.unit,
        category=unit.category,
        qualifier=qualifier,
        bound=bound,
        refers_to=-1,
        sentence_id=sent.sentence_id,
        paragraph_id=sent.paragraph_id,
        unit_surface=unit.surface,
        unit_normalised=unit.normalised,
        per=unit.per,
        change_from=math.nan,
        np_start=unit.np[0],
        np_end=unit.np[1],
    )
