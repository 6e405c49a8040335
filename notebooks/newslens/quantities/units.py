"""Context, part 1: the unit of a number, i.e. what it counts or measures.

``unit_after(text, pos, limit, number)`` looks right after a number, in this order: percent and
points; currency words ("45 cents", "Hong Kong dollars"); time units (a ``duration``, or an
``age`` in "X-year-old"); units of measurement (``MEASURES``: "65 mph", "128GB"); the force
vocabulary (``UNITS``: "7,000 soldiers" counts troops); "of" + a noun phrase ("hundreds of
protesters", "six of the 14 nurses"); else the head noun of the counted noun phrase ("three
Western journalists" -> journalists): the first plural noun within ``MAX_MODIFIERS`` words, with
no function word or punctuation before it. A rate keeps its denominator ("$2,000 a month").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words import (
    CASED_MEASURES,
    CURRENCY_WORDS,
    DOLLAR_COUNTRIES,
    MEASURES,
    RATE_WORDS,
    TIME_UNITS,
    YEARS_IN,
)
from .numbers import alt

#: A unit is read within this many characters after its number (a counted noun after a few
#: modifiers: "2,000 heavily armed elite special forces troops"). Set by hand on the seed and the case tables; not tuned.
UNIT_WINDOW = 90
#: "40 percent of the territory": the territory noun is looked for this many characters after the
#: percent sign. Set by hand on the seed and the case tables; not tuned.
TERRITORY_WINDOW = 30
#: A word of the force vocabulary is matched in this many characters from where it starts
#: ("armoured personnel carriers"). Set by hand on the seed and the case tables; not tuned.
FORCE_PHRASE_CHARS = 40

#: Counted things of the force vocabulary: surface pattern -> (unit, category). The force charts
#: select these categories. Longest patterns are tried first.
UNITS = {
    "armored personnel carriers?|armoured personnel carriers?|apcs?": ("armored personnel carriers", "equipment"),
    "armored vehicles?|armoured vehicles?|humvees?|military vehicles?": ("armored vehicles", "equipment"),
    "pieces of artillery|artillery pieces?|artillery guns?|howitzers?|artillery": ("artillery pieces", "equipment"),
    "pickup trucks?|pickups?|technicals": ("trucks", "equipment"),
    "tanks": ("tanks", "equipment"),
    "tank": ("tanks", "equipment"),
    "aircraft|warplanes?|fighter jets?|helicopters?|drones?|military planes?": ("aircraft", "equipment"),
    "rifles?|missiles?|rockets?|mortars?|weapons?": ("weapons", "equipment"),
    "warships?|naval vessels?|submarines?|frigates?|gunboats?": ("warships", "equipment"),
    "soldiers?|troops?|fighters?|militants?|insurgents?|commandos?|servicemembers?|combatants?"
    "|militiamen|paratroopers?|marines|reservists?|recruits?|personnel": ("troops", "personnel"),
    "dead|deaths?|killed|casualties|wounded|injured": ("casualties", "casualties"),
    "districts?": ("districts", "territory"),
    "provinces?": ("provinces", "territory"),
    "villages?": ("settlements", "territory"),
    "square (?:kilometers|kilometres|miles)|sq\\.? (?:km|mi)": ("square km or miles", "territory"),
}  # fmt: skip
#: Categories of the force view (the charts of notebook 04 use only these).
FORCE_CATEGORIES = ("personnel", "equipment", "money", "territory", "casualties")
#: How far after a number its head noun may sit: "about a dozen young part-time seasonal
#: workers" has four modifiers; five would reach into the next phrase too often.
MAX_MODIFIERS = 4
#: Words that end a counted noun phrase before its head: a number followed by one of these
#: counts nothing named after it.
STOP_WORDS = frozenset(
    """a an the this that these those its their his her our your my of in on at by for from to with
    without into onto over under about after before since during between among per than as and or but
    nor so yet if when while where which who whom whose what whether because although though is are
    was were be been being am has have had do does did will would shall should can could may might
    must not no it he she they we you i me him them us there here also only just even still more
    most less least some any each every all both either neither other another such same own up down
    out off again further then once too very said says say told according percent per cent
    ago earlier later before previously now today yesterday tomorrow year-on-year apiece each
    times""".split()
)
#: Plural nouns without a final "s" (and mass nouns counted in news).
IRREGULAR_PLURALS = frozenset(
    "people men women children police personnel staff aircraft cattle sheep fish deer crew "
    "militia youth feet teeth mice geese livestock".split()
)
#: Words ending in "s" that are not plural nouns.
NOT_PLURAL = frozenset(
    "is was has does its this thus us as across towards always perhaps sometimes news series "
    "species bus gas lens plus minus yes his hers ours yours theirs whereas besides afterwards "
    "upstairs downstairs overseas nevertheless regardless unless various famous serious previous "
    "enormous numerous anonymous tremendous dangerous obvious analysis crisis basis thesis status "
    "campus virus census bonus congress process business success access address progress stress "
    "loss boss class glass mass express chess dress witness less".split()
)
#: Nouns of people: an age before one of these is a person's age (not returned, see filters).
PEOPLE = frozenset(
    "man woman boy girl child son daughter mother father person baby toddler teen teenager student "
    "driver suspect victim resident worker soldier officer patient nurse doctor wife husband brother "
    "sister grandmother grandfather mom dad infant passenger pedestrian employee customer girlfriend "
    "boyfriend friend neighbor neighbour veteran immigrant migrant refugee citizen activist protester "
    "defendant gunman shooter".split()
)


#: Words between a number and a noun of the force vocabulary that keep it counted ("3,000 more
#: troops", "500 additional soldiers").
MORE_WORDS = frozenset("more additional extra fresh new".split())

#: Nouns after "N-strong" that make it a count of troops ("a 5,000-strong force").
STRONG_FORCES = frozenset("force army militia contingent unit brigade battalion division garrison".split())


@dataclass
class Unit:
    """What a number counts: ``unit`` (normalised within the force vocabulary and currencies,
    else the head noun as written, lower case), ``surface`` (as written), ``normalised`` (one
    name per unit across spellings: ISO currency, ``mile per hour``, singular noun), ``category``,
    ``end`` (offset after the unit words), ``np`` (offsets of the counted noun phrase, for the
    actor), ``factor`` ("45 cents" is 0.45 USD), ``per`` (a rate's denominator)."""

    unit: str
    surface: str
    normalised: str
    category: str
    end: int
    np: tuple[int, int] = (0, 0)
    factor: float = 1.0
    per: str = ""


def singular(word: str) -> str:
    """A plain singular for a plural head noun ("cities" -> "city", "lawmakers" -> "lawmaker")."""
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return {"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot"}.get(
            w, w
        )
    if re.search(r"[^aeiou]ies$", w):
        return w[:-3] + "y"
    if re.search(r"(?:ss|x|ch|sh)es$", w):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def is_plural(word: str) -> bool:
    """True when ``word`` reads as a plural noun: an irregular plural ("people", "men") or a word in
    -s that is not an abbreviation or a known singular ("troops", not "U.S", "bus", "analysis")."""
    w = word.lower().strip("’'")
    if "." in w:
        return False  # an abbreviation ("U.S"), not a plural noun
    if w in IRREGULAR_PLURALS:
        return True
    return (
        len(w) > 2
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in NOT_PLURAL
    )


_FORCE = [
    (re.compile(rf"(?:{p})\b", re.IGNORECASE), u, c)
    for p, (u, c) in sorted(UNITS.items(), key=lambda kv: -len(kv[0]))
]
_PERCENT = re.compile(
    r"\s?(?:%|percent\b|per\s?cent\b|pc\b)|\s(?P<pp>percentage[- ]points?|basis points?|bps\b)", re.IGNORECASE
)
_CURRENCY_WORD = re.compile(
    rf"\s(?:(?P<country>{alt(DOLLAR_COUNTRIES)})\s)?(?P<word>{alt(CURRENCY_WORDS)})\b", re.IGNORECASE
)
_TIME = re.compile(rf"(?P<sep>[\s-])(?P<word>{alt(TIME_UNITS)})\b(?P<old>[\s-]olds?\b)?", re.IGNORECASE)
_MEASURE_CI = re.compile(
    rf"(?P<sep>\s?-?)(?P<word>{alt(k for k in MEASURES if k not in CASED_MEASURES)})(?![\w])", re.IGNORECASE
)
_MEASURE_CS = re.compile(rf"(?P<sep>\s?)(?P<word>{alt(CASED_MEASURES)})(?![\w])")
_RATE = re.compile(rf"\s(?:{alt(RATE_WORDS)})\s([a-z]+(?:\s[a-z]+)?)", re.IGNORECASE)
_WORD_RE = re.compile(r"\s*((?:[A-Z]\.){2,}(?=\s)|[A-Za-z][\w’'&.-]*[\w]|[A-Za-z])")
_OF = re.compile(r"\s+of\s+(?:(?:the|these|those|its|their|his|her|our|your|all|whom)\s+)?", re.IGNORECASE)


def _force_unit(word_span: str):
    """The force unit at the start of ``word_span``; the longest match wins ("fighter jets" are
    aircraft, not "fighter" troops)."""
    best = None
    for pattern, unit, cat in _FORCE:
        m = pattern.match(word_span)
        if m and (best is None or m.end() > best[2]):
            best = unit, cat, m.end()
    return best


def _rate(text: str, end: int, limit: int) -> tuple[str, int]:
    m = _RATE.match(text, end, limit)
    if m and m.group(1).split()[0].lower() not in STOP_WORDS:
        word = m.group(1).split()[0]
        return word.lower(), m.start(1) + len(word)
    return "", end


def unit_after(text: str, pos: int, limit: int, value: float | None, currency: str = "") -> Unit | None:
    """The ``Unit`` right after a number ending at ``pos`` in ``text`` (read up to ``limit``, the
    sentence end; ``value`` and ``currency`` as parsed), or None (rules in the module docstring)."""
    window_end = min(limit, pos + UNIT_WINDOW)
    if currency:
        end = pos
        cw = _CURRENCY_WORD.match(text, pos, window_end)
        if cw and cw.group("word").lower() in ("dollars", "dollar"):
            end = cw.end()
        per, end2 = _rate(text, end, window_end)
        return Unit(currency, text[pos:end].strip(), currency, "money", end2, (pos, end), per=per)
    m = _PERCENT.match(text, pos, window_end)
    if m:
        if m.group("pp"):
            pp = m.group("pp").lower().replace("-", " ")
            unit = "basis points" if pp.startswith(("basis", "bps")) else "percentage points"
            return Unit(unit, m.group("pp"), unit, "measure", m.end())
        cat = "measure"
        if re.match(
            r"\s+of\s+(?:the\s+)?(?:country|territory|land|province|area)\b",
            text[m.end() : m.end() + TERRITORY_WINDOW],
        ):
            cat = "territory"
        return Unit("percent", m.group(0).strip(), "percent", cat, m.end())
    of = re.match(r"\s+of", text[pos:window_end])
    m = _CURRENCY_WORD.match(text, pos + (of.end() if of else 0), window_end)
    if m:
        iso, factor = CURRENCY_WORDS[m.group("word").lower()]
        if m.group("country"):
            iso = DOLLAR_COUNTRIES[m.group("country").lower()]
        per, end = _rate(text, m.end(), window_end)
        return Unit(iso, m.group(0).strip(), iso, "money", end, (pos, m.end()), factor, per)
    m = _TIME.match(text, pos, window_end)
    if m:
        word = m.group("word").lower()
        norm = TIME_UNITS[word]
        unit = word if word.endswith("s") or m.group("sep") == " " and value == 1 else norm + "s"
        cat = "age" if m.group("old") else "duration"
        if norm in YEARS_IN:  # decades and centuries are counted in years
            return Unit("years", m.group("word"), "year", cat, m.end(), factor=YEARS_IN[norm])
        return Unit(unit, m.group("word"), norm, cat, m.end())
    found = [(p, p.match(text, pos, window_end)) for p in (_MEASURE_CS, _MEASURE_CI)]
    for pattern, m in sorted(found, key=lambda x: -(x[1].end() if x[1] else 0)):  # "km/h" before "km"
        if m and (m.group("sep") or pattern is _MEASURE_CS or m.group("word")[0].isalpha()):
            word = m.group("word")
            if pattern is _MEASURE_CS and word in ("in", "m", "g", "C", "F") and m.group("sep"):
                continue  # "5 in the morning"; "100 m" is ambiguous: left to the head noun
            norm = MEASURES.get(word, MEASURES.get(word.lower(), word))
            per, end = _rate(text, m.end(), window_end)
            unit = word if len(word) <= 3 else word.lower()
            return Unit(unit, word, norm, "measure", end, per=per)
    return head_noun(text, pos, window_end, value)


def head_noun(text: str, pos: int, limit: int, value: float | None) -> Unit | None:
    """The counted noun after ``pos``: "of" + noun phrase, the force vocabulary, or the first
    plural noun within ``MAX_MODIFIERS`` words (the next noun for a count of one). Input: the
    ``text``, ``pos`` (where the number ends), ``limit`` (the sentence end) and the number's
    ``value`` (None when not known). Output: a ``Unit`` ending at the noun, or None."""
    start = pos
    of = _OF.match(text, pos, limit)
    if of:
        pos = of.end() - 1
        num = re.match(r"\s\d[\d,.]*(?=\s)", text[pos:limit])  # "six of the 14 nurses"
        if num:
            unit = head_noun(text, pos + num.end(), limit, None)
            return (
                None if unit is None else Unit(unit.unit, unit.surface, unit.normalised, unit.category, start)
            )
    if text[pos : pos + 1] == "-":  # "six-cylinder", "a 40-ton truck"
        pos += 1
        m = _WORD_RE.match(text, pos, limit)
        if m and m.group(1).lower() not in STOP_WORDS:
            word = m.group(1).split("-")[0]
            if word.lower() == "strong":  # "a 5,000-strong force": that many people
                nxt = _WORD_RE.match(text, m.start(1) + len(word), limit)
                forced = _force_unit(nxt.group(1) + "s") if nxt else None
                if nxt and nxt.group(1).lower() in STRONG_FORCES:
                    forced = ("troops", "personnel")
                unit, cat = forced[:2] if forced else ("people", "count")
                return Unit(unit, word, unit, cat, m.start(1) + len(word), (start, m.end()))
            forced = _force_unit(word)
            if forced:
                return Unit(forced[0], word, forced[0], forced[1], m.start(1) + len(word), (start, m.end()))
            plural = word.lower() if is_plural(word) else word.lower() + "s"
            return Unit(plural, word, singular(plural), "count", m.start(1) + len(word), (start, m.end()))
        return None
    words = []
    p = pos
    for _ in range(MAX_MODIFIERS + 1):
        if p < limit and text[p] not in " \t\n":
            break  # punctuation ends the phrase
        m = _WORD_RE.match(text, p, limit)
        if not m or m.start(1) - p > 1:
            break
        words.append((m.start(1), m.end(1), m.group(1)))
        p = m.end()
    for i, (s, e, w) in enumerate(words):
        forced = _force_unit(text[s : min(limit, s + FORCE_PHRASE_CHARS)])
        if not forced and w.lower() in MORE_WORDS and i + 1 < len(words):
            nxt = words[i + 1]
            if _force_unit(text[nxt[0] : min(limit, nxt[0] + FORCE_PHRASE_CHARS)]):
                continue  # "500 more troops": more of the force vocabulary
        if not forced and "." in w and w[0].isupper():
            continue  # a dotted abbreviation is a name before the noun: "200 U.S. Marines"
        if forced:
            return Unit(
                forced[0],
                text[s : s + forced[2]],
                forced[0],
                forced[1],
                s + forced[2],
                (start, s + forced[2]),
            )
        lw = w.lower()
        coordinated = (
            lw in ("and", "or", "&")
            and i
            and i + 1 < len(words)
            and words[i + 1][2].lower() not in STOP_WORDS
        )
        if coordinated:  # "300 drivers and loaders"
            continue
        if lw in STOP_WORDS or (i and w[0].isupper() and words[i - 1][2][0].islower() and not is_plural(w)):
            break
        nxt = words[i + 1][2] if i + 1 < len(words) else ""
        if w[0].isupper() and nxt[:1].islower() and nxt.lower() not in STOP_WORDS:
            continue  # a name before the noun: "31 Abrams tanks", "two Boeing jets"
        if is_plural(w) or (value == 1 and not of and _count_of_one(words, i)):
            unit = lw
            return Unit(unit, w, singular(unit), "count", e, (start, e))
    return None


def _count_of_one(words, i) -> bool:
    """For "one toilet", "a single woman": the noun is the last word before a stop word or the
    end of the phrase."""
    nxt = words[i + 1][2].lower() if i + 1 < len(words) else ""
    return not nxt or nxt in STOP_WORDS or not nxt.isalpha() or nxt.endswith("ed")
