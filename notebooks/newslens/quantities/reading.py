"""One number read as a quantity: its hedge and range ("between 30 and 40", "about 2,000"), a
ratio ("one in five"), a change ("from 30 to 32 percent"), its unit, the filters, and its row.
``extract.find_quantities`` runs it over every number of the body."""

from __future__ import annotations

import math
import re

from ..words import HEDGES, SCALES, YEAR_RE
from .filters import not_a_quantity
from .numbers import NUMBER_RE, Number, alt, is_bare_quantifier, parse
from .units import FORCE_CATEGORIES, Unit, unit_after

#: How far before a number (characters, within its sentence) a hedge or "between"/"from" is looked
#: for: the longest hedge ("no fewer than", "in excess of") plus "between". Set by hand; not tuned.
HEDGE_LOOKBACK_CHARS = 30
#: How far before "from X to Y" (characters) a change verb makes it a change ("rose sharply last
#: year from 30 to 32 percent"). Set by hand on test sentences; not tuned.
CHANGE_LOOKBACK_CHARS = 60
#: At most this many characters between a change verb and "from" inside ``CHANGE_VERBS``. Set by
#: hand; not tuned.
CHANGE_VERB_WINDOW = 40
#: How far after a figure (characters) "maybe/perhaps/or" introduces an alternative count ("three
#: districts, maybe four"). Set by hand; not tuned.
ALTERNATIVE_WINDOW_CHARS = 20

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
    r"higher|lower|boosted?|lifted|lowered|expanded|widened|narrowed|edged)\b"
    rf"[^.;]{{0,{CHANGE_VERB_WINDOW}}}$",
    re.I,
)
_MULT_OK = re.compile(r"\s+(?:the|that|its|their|what|as|his|her|our)\b", re.I)
_IN = re.compile(r"\s+in\s+(?=\w)", re.I)
_PCT = re.compile(r"\s?(?:%|percent\b|per cent\b)", re.I)
_ONLY_BEFORE = re.compile(r"\b(?:only|just|single|exactly|sole)\s+$", re.I)
#: A possessive right before a bare number: "the army's 400" counts what the sentence counted.
_OWNED = re.compile(r"\w(?:['’]s|s['’])\s+$")
_FRAC_SCALE = re.compile(r"\s+an?\s+(million|billion|thousand|hundred|dozen)\b", re.I)


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


def read_quantity(text: str, m: re.Match, sent, para_s: int) -> dict | None:
    """The quantity row for the number ``m`` found in ``text`` inside ``sent`` (a sentence with
    ``sentence_id, paragraph_id, start, end``; ``para_s`` its paragraph's start), or None when it
    is not a quantity: a dict with ``find_quantities``' columns but the ids and context (``actor``,
    ``scope``, ``year``, ``quote_id``), and ``bare``/``change_next`` flags for the pass."""
    number = parse(m)
    if number is None:
        return None
    s = m.start()
    look = text[max(sent.start, s - HEDGE_LOOKBACK_CHARS) : s]
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
            CHANGE_VERBS.search(text[max(sent.start, start - CHANGE_LOOKBACK_CHARS) : start])
            or number.value > n2.value
            or k1
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
    look = text[max(sent.start, s - HEDGE_LOOKBACK_CHARS) : s]
    if hedge == "from":
        hedge, between = "", "from"
    if number.kind == "fraction":
        unit = _fraction_unit(end, m.group("frac"))
    if unit is None and m.group("mult"):
        unit = Unit("times", "", "times", "measure", end)
    raw = m.group(0)
    reason = not_a_quantity(
        text, m.start("digits") if m.group("digits") else s, m.end(), raw, sent.start, para_s,
        unit is not None, unit.category if unit else "", bool(number.currency),
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
    alt_m = re.match(
        r",?\s+(?:maybe|perhaps|possibly|or)\s+", text[end : end + ALTERNATIVE_WINDOW_CHARS], re.IGNORECASE
    )
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
        return quantity_row(
            text, start, end, math.nan, number.low, number.high, unit, number.vague, "vague", sent
        )
    if number.kind == "range":
        q = " ".join(x for x in (between, qualifier) if x)
        return quantity_row(text, start, end, math.nan, number.low, number.high, unit, q, "range", sent)
    value = number.value
    bound = HEDGES.get(qualifier, "exact") if qualifier else "exact"
    low = value if bound in ("exact", "approximate", "lower") else math.nan
    high = value if bound in ("exact", "approximate", "upper") else math.nan
    row = quantity_row(text, start, end, value, low, high, unit, qualifier, bound, sent)
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


def quantity_row(text, s, e, value, low, high, unit: Unit, qualifier, bound, sent) -> dict:
    """One quantity as a dict of ``find_quantities``' columns (surface trimmed of trailing
    punctuation; ``refers_to`` -1, ``change_from`` NaN) from ``text[s:e]``, its values, ``unit``,
    ``qualifier``, ``bound`` and its sentence ``sent``."""
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
