"""Number parsing: every way news copy writes a number, and its value.

``NUMBER`` is the regular expression of one number as written: digits with thousands commas and
decimals (also a leading decimal, ".300"), a minus sign ("-2.4", "minus-40"), a currency prefix
("$", "US$", "HK$", "£", "€", "Rs"), a scale word glued or spaced ("£45million", "3.1m", "$6.5b",
"40k", "3 hundred thousand"), written-out and hyphenated numbers ("twenty-five", "six-cylinder",
"a million", "two hundred"), fractions and multipliers ("half", "a third", "two-thirds", "four
times", "double") and vague amounts with or without a scale ("a few thousand", "hundreds of
millions", "tens of thousands", "dozens"). ``parse(match)`` turns a match into a ``Number``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words import (
    BARE_QUANTIFIERS,
    CURRENCY_SYMBOLS,
    FRACTIONS,
    MULTIPLES,
    NUMBER_WORDS,
    SCALES,
    SHORT_SCALES,
    VAGUE,
)


def alt(words) -> str:
    """A regex alternation (a string, no group) of ``words``, escaped, longest first and then in
    alphabetical order, so the pattern string does not depend on the order of a set (and so on
    ``PYTHONHASHSEED``)."""
    return "|".join(sorted((re.escape(w) for w in words), key=lambda e: (-len(e), e)))


_LONG_SCALES = [w for w in SCALES if w not in SHORT_SCALES]
_WORD = alt(NUMBER_WORDS)
_CURRENCY = alt(CURRENCY_SYMBOLS)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\d.])\.\d+)"
#: A written-out number: "twenty-five", "two hundred and six", "a million", "one and a half".
_WORDS = (
    rf"(?:(?:{_WORD})(?:-(?:{_WORD}))?|an?(?=\s+(?:{alt(_LONG_SCALES)}|dozen|decade|century)\b))"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{_WORD}|{alt(_LONG_SCALES)})\b(?:-(?:{_WORD}))?)*"
)
_SCALE_AFTER = rf"(?:\s?(?:{alt(_LONG_SCALES)})s?\b(?:\s(?:{alt(_LONG_SCALES)})\b)*|(?:{alt(SHORT_SCALES)})\b|\s(?:bn|mn|tn)\b)"
#: Unit symbols written glued to the digits ("128GB", "3pc", "40mph").
_GLUED = r"(?-i:GB|TB|MB|GW|MW|kW|kWh|km|kg|cm|mm|ft|lbs?|oz|hp|mph|kph|pc|bps|C|F)"
_VAGUE_HEAD = alt([v for v in VAGUE if v not in ("few",)])
_FRACTION = (
    rf"(?:(?:a|one|two|three|four|\d)[- ](?:{alt(FRACTIONS)})|half|a\s+(?:{alt(FRACTIONS)}))"
    rf"(?:[- ](?:point|century))?"
)

#: One number as written (see the module docstring). Groups: ``cur`` currency prefix, ``neg``
#: minus sign, ``digits`` and ``scale``, ``words`` written-out, ``vague`` (+ ``vscale``),
#: ``frac`` fraction, ``mult`` multiplier ("double"; "four times" is a number + unit "times").
NUMBER = (
    rf"(?P<cur>(?<![\w$£€¥])(?:{_CURRENCY})\s?)?"
    rf"(?:(?P<neg>(?<![\w.,])[-−–](?=[\d.])|\bminus[- ])?(?P<digits>(?<![\w.,/:])(?<!\d,){_DIGITS})"
    rf"(?P<scale>{_SCALE_AFTER})?(?!(?!{_GLUED}\b)[\w/:]|[.,]\d)"
    rf"|(?P<vague>\b(?:{_VAGUE_HEAD}|few)\b(?:\s+(?:of\s+)?(?P<vscale>{alt(_LONG_SCALES)}|dozens?)s?\b)?)"
    rf"|(?P<frac>\b{_FRACTION}\b)"
    rf"|(?P<words>\b(?:minus[- ])?{_WORDS}\b)"
    rf"|(?P<mult>\b(?:{alt(MULTIPLES)})\b))"
)
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

#: Where a number can start: a digit, point, minus or currency sign, or a word whose letters
#: open one of the words ``NUMBER`` knows (number words, scales, vague amounts, fractions,
#: multipliers, currency codes, "a", "an", "minus"). ``NUMBER`` is tried only there, which finds
#: the same matches as scanning every character and is several times faster on long text.
_STARTS = frozenset(
    re.match(r"[^\W\d_]*", w.lower()).group(0)
    for w in [*NUMBER_WORDS, *VAGUE, *FRACTIONS, *MULTIPLES, *CURRENCY_SYMBOLS, *SCALES, "a", "an", "minus"]
) - {""}
_CANDIDATE = re.compile(r"[\d.$£€¥₹₽₪₩\-−–]|\b[^\W\d_]+")


def find_numbers(text: str, start: int, end: int):
    """The matches of ``NUMBER_RE`` in ``text[start:end]``, as ``NUMBER_RE.finditer`` gives them
    (leftmost first, none overlapping), trying the pattern only where a number can start."""
    taken = start
    for c in _CANDIDATE.finditer(text, start, end):
        pos = c.start()
        if pos < taken or (c.end() - pos > 1 and c.group(0).lower() not in _STARTS):
            continue
        m = NUMBER_RE.match(text, pos, end)
        if m is not None:
            taken = max(m.end(), pos + 1)
            yield m


@dataclass
class Number:
    """A parsed number: ``value`` (None when vague), ``low``/``high`` (the interval it stands
    for), ``currency`` (ISO code from a prefix, or ""), ``kind`` (digits, words, vague,
    fraction, multiple)."""

    value: float | None
    low: float
    high: float
    currency: str
    kind: str
    vague: str = ""


def words_value(text: str) -> float | None:
    """The value of a written-out number: "twenty-five" 25, "two hundred and six" 206,
    "3 hundred thousand" 300000, "a million" 1e6, "a dozen" 12."""
    total = current = 0.0
    seen = False
    for w in re.split(r"[\s-]+", text.lower().strip()):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current, seen = current or 1, True
            continue
        if w in NUMBER_WORDS and w != "dozen":
            current += NUMBER_WORDS[w]
        elif w in ("dozen", "dozens"):
            current = (current or 1) * 12
        elif w.rstrip("s") in SCALES and w.rstrip("s") not in SHORT_SCALES:
            scale = SCALES[w.rstrip("s")]
            current = (current or 1) * scale
            if scale >= 1e3:
                total += current
                current = 0
        else:
            try:
                current += float(w.replace(",", ""))
            except ValueError:
                return None
        seen = True
    return total + current if seen else None


def parse(m: re.Match) -> Number | None:
    """The ``Number`` a ``NUMBER_RE`` match (or a match of a pattern embedding ``NUMBER`` with
    the same group names) stands for."""
    cur = (m.group("cur") or "").strip()
    currency = CURRENCY_SYMBOLS.get(cur, CURRENCY_SYMBOLS.get(cur.upper(), "")) if cur else ""
    sign = -1.0 if m.group("neg") else 1.0
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
        scale = (m.group("scale") or "").strip().lower()
        for w in scale.split():
            value *= SCALES.get(w, SCALES.get(w.rstrip("s"), 1))
        value *= sign
        return Number(value, value, value, currency, "digits")
    if m.group("vague"):
        phrase = re.sub(r"\s+", " ", m.group("vague").lower())
        vscale = (m.group("vscale") or "").lower().rstrip("s")
        head = phrase[: m.start("vscale") - m.start("vague")].strip() if vscale else phrase
        head = re.sub(r"\s+of$", "", head)
        if phrase in VAGUE:
            low, high = VAGUE[phrase]
        elif head in VAGUE:
            low, high = VAGUE[head]
            factor = 12 if vscale == "dozen" else SCALES[vscale]
            low, high = low * factor, high * factor
        else:
            return None
        return Number(None, low, high, currency, "vague", phrase)
    if m.group("frac"):
        t = m.group("frac").lower()
        parts = re.split(r"[\s-]+", t)
        if parts[-1] in ("point", "century"):
            parts = parts[:-1]
        base = FRACTIONS[parts[-1]]
        count = words_value(parts[0]) if len(parts) > 1 and parts[0] not in ("a",) else 1
        value = (count or 1) * base
        return Number(value, value, value, currency, "fraction")
    if m.group("words"):
        t = m.group("words")
        neg = t.lower().startswith("minus")
        value = words_value(re.sub(r"^minus[- ]", "", t, flags=re.IGNORECASE))
        if value is None:
            return None
        value = -value if neg else value
        return Number(value, value, value, currency, "words")
    if m.group("mult"):
        value = float(MULTIPLES[m.group("mult").lower()])
        return Number(value, value, value, currency, "multiple")
    return None


def is_bare_quantifier(n: Number) -> bool:
    """True when the parsed number ``n`` is a bare vague quantifier ("a few", "several": vague,
    with no scale word)."""
    return n.kind == "vague" and n.vague in BARE_QUANTIFIERS
