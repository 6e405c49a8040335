"""Quantities: every force, equipment, money and territory figure in the body, with its hedge.

``find_quantities(article)`` returns one row per quantity:

===================  ==========================================================================
``quantity_id``      0, 1, ... in reading order
``surface``          the words as written, hedge included; ``start``, ``end`` offsets
``value``            the figure (for a range or a vague amount: empty)
``low``, ``high``    the interval it stands for (empty where open: "more than 2,000" has no high)
``unit``             the counted thing, normalised (``UNITS``): troops, tanks, armored personnel
                     carriers, artillery pieces, armored vehicles, aircraft, USD, percent,
                     districts, provinces ...
``category``         personnel, equipment, money, territory, casualties or other
``actor``            the side that owns or fields it (``ACTORS`` and groups named in the text)
``year``             stated in the sentence, carried from the frame the paragraph sets ("In
                     October 2001, ..."), or the article's own year for "now"; else empty
``qualifier``        the hedge as written (approximately, more than, a few, roughly equal ...)
``bound``            exact, approximate, lower, upper, range or vague
``refers_to``        for "a roughly equal number of APCs": the quantity it takes its value from
``sentence_id``      the sentence; ``quote_id`` the quote it sits in (-1 for narration)
===================  ==========================================================================

Rules and conventions:

- A hedge applies to the number it directly precedes only. In "approximately 130 tanks, 85
  armored personnel carriers ... and approximately 7,000 soldiers" the 85 is reported as written,
  exact: the DIA memo itself repeats "approximately" where it means it.
- Vague amounts (``VAGUE``) become a ``low``-``high`` range under one convention: "Ns of" a
  power of ten (hundreds, thousands, billions ...) runs from twice that power to just under the
  next named power ("billions" is 2 billion to 999 billion); "a few" is 2-5, "several" 3-9,
  "multiple" 2-9, "dozens" 24-99.
- Not figures: years and dates, ages, durations ("two decades", "one month later"), ordinals
  ("the number one superpower"), decades ("the 1990s"), and "the one X that" meaning "the only X".
- "a roughly equal number of X" takes its value from the quantity before it in the sentence.
"""

from __future__ import annotations

import bisect
import math
import re

import pandas as pd

# --- tables --------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a hundred": 100,
    "a thousand": 1000,
    "a dozen": 12,
    "a million": 1e6,
    "a billion": 1e9,
}
MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
}
#: Vague amounts -> (low, high) under the convention in the module docstring.
VAGUE = {
    "a few": (2, 5),
    "few": (2, 5),
    "several": (3, 9),
    "multiple": (2, 9),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2e3, 999_999),
    "tens of thousands": (2e4, 99_999),
    "hundreds of thousands": (2e5, 999_999),
    "millions": (2e6, 999e6),
    "billions": (2e9, 999e9),
    "trillions": (2e12, 999e12),
    "multibillion": (2e9, 999e9),
    "multimillion": (2e6, 999e6),
    "multibillion-dollar": (2e9, 999e9),
    "multimillion-dollar": (2e6, 999e6),
}
#: Hedges -> bound.
HEDGES = {
    "approximately": "approximate",
    "about": "approximate",
    "around": "approximate",
    "roughly": "approximate",
    "some": "approximate",
    "an estimated": "approximate",
    "estimated": "approximate",
    "close to": "approximate",
    "nearly": "upper",
    "almost": "upper",
    "up to": "upper",
    "as many as": "upper",
    "fewer than": "upper",
    "less than": "upper",
    "under": "upper",
    "just under": "upper",
    "no more than": "upper",
    "more than": "lower",
    "over": "lower",
    "at least": "lower",
    "upwards of": "lower",
    "just over": "lower",
    "well over": "lower",
    "in excess of": "lower",
}
#: Counted things: surface pattern -> (unit, category). Longest patterns are tried first.
UNITS = {
    "armored personnel carriers?|armoured personnel carriers?|apcs?": (
        "armored personnel carriers",
        "equipment",
    ),
    "armored vehicles?|armoured vehicles?|humvees?|military vehicles?|vehicles?": (
        "armored vehicles",
        "equipment",
    ),
    "pieces of artillery|artillery pieces?|artillery guns?|howitzers?|artillery": (
        "artillery pieces",
        "equipment",
    ),
    "pickup trucks?|pickups?|trucks?|technicals": ("trucks", "equipment"),
    "tanks?": ("tanks", "equipment"),
    "aircraft|planes?|helicopters?|jets?|warplanes?|drones?": ("aircraft", "equipment"),
    "rifles?|guns?|weapons?|missiles?|rockets?|mortars?": ("weapons", "equipment"),
    "soldiers?|troops?|fighters?|men|personnel|militants?|insurgents?|commandos?|servicemembers?|combatants?"
    "|police(?:men)?|recruits?|forces?": ("troops", "personnel"),
    "dead|deaths?|killed|casualties|wounded|injured|civilians? killed": ("casualties", "casualties"),
    "districts?": ("districts", "territory"),
    "provinces?": ("provinces", "territory"),
    "villages?|towns?|cities": ("settlements", "territory"),
    "square (?:kilometers|kilometres|miles)|sq\\.? (?:km|mi)": ("square km or miles", "territory"),
    "dollars?|usd": ("USD", "money"),
}
#: Time units: a number counting them is a duration, not a figure.
TIME_UNITS = re.compile(
    r"(years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries|century|seasons?)\b"
)
#: Sides of a conflict named in news text (extend as needed); groups followed by "forces",
#: "fighters" or "troops" in the article are added automatically.
ACTORS = {
    r"\bTaliban\b": "Taliban",
    r"\bNorthern Alliance\b": "Northern Alliance",
    r"\b(?:National Resistance Front|resistance (?:group|movement|forces|fighters))\b": "anti-Taliban resistance",
    r"\b(?:U\.S\.|United States|American|Pentagon|Biden administration|Washington)\b": "United States",
    r"\bAfghan (?:army|government|central bank|security forces|forces|military|National Army)\b": "Afghan government",
    r"\b(?:Islamic State|ISIS|ISIL|al[- ]Qaeda)\b": "Islamic State / al-Qaeda",
    r"\b[Rr]ebel(?:s| forces| fighters)?\b": "rebels",
    r"\b[Gg]overnment (?:forces|troops|soldiers)\b|\bthe government\b": "government",
    r"\b(?:the )?militias?\b": "militia",
}
#: Prefix of alias keys that map a generic actor ("militia") to the one named group of its kind.
GENERIC_KEY = "generic:"
#: Capitalised at a sentence start but not names: "Government forces", "Security forces".
GENERIC_SIDES = frozenset("government rebel security army police coalition allied enemy opposition".split())
#: Time expressions meaning the article's own time.
NOW = re.compile(
    r"\b(?:right now|now|today|currently|this (?:year|week|month|summer|spring|fall|autumn|winter)|"
    r"earlier this (?:week|month|year)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"yesterday|this time around)\b",
    re.IGNORECASE,
)
YEAR = re.compile(
    r"\b(?:the )?((?:19|20)\d0s)\b|\b((?:19|20)\d\d)\b(?![\d,]| percent| (?:troops|tanks|soldiers))"
)
MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december"
PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|plans?|it[’']s|they[’']re|will)\b")
PAST = re.compile(r"\b(?:had|was|were|did)\b")

COLUMNS = [
    "quantity_id", "surface", "start", "end", "value", "low", "high", "unit", "category", "actor", "year",
    "qualifier", "bound", "sentence_id", "quote_id", "refers_to",
]  # fmt: skip

# --- patterns ------------------------------------------------------------------------------------

_alt = lambda words: "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))  # noqa: E731
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:\$\s?)?(?:{_DIGITS})(?:\s?(?:{_alt(MULTIPLIERS)})\b)?|\b(?:{_alt(NUMBER_WORDS)})\b(?:\s(?:{_alt(MULTIPLIERS)})\b)?"
_QTY = re.compile(
    rf"(?P<hedge>\b(?:{_alt(HEDGES)})\s+)?(?P<between>\b(?:between|from)\s+)?"
    rf"(?P<vague>\b(?:{_alt(VAGUE)})\b)?(?P<num>(?(vague)|(?:{_NUM})))"
    rf"(?:\s*(?:to|-|–|and|or)\s*(?P<num2>{_NUM}))?(?P<pct>\s*(?:percent\b|per cent\b|%))?",
    re.IGNORECASE,
)
_UNIT_RES = [
    (re.compile(rf"(?:\s+(?:of\s+)?)?(?:[\w-]+\s+){{0,3}}?({p})\b", re.IGNORECASE), u, c)
    for p, (u, c) in sorted(UNITS.items(), key=lambda kv: -len(kv[0]))
]
_EQUAL = re.compile(
    r"\b(?:an?|the)\s+(?P<hedge>roughly|about|approximately|nearly)?\s*(?P<eq>equal|similar|comparable|same)"
    r"\s+number\s+of\s+",
    re.IGNORECASE,
)
#: Appositives and relative clauses ("David Petraeus, a retired general who commanded U.S.
#: forces, told ..."): actors named inside them are not antecedents of "they".
_ASIDE = re.compile(r",\s+(?:a|an)\s+[^,;.“”]*|\bwho\b[^,;.“”]*")
_ACTOR_RES = [(re.compile(p), a) for p, a in ACTORS.items()]
_GROUP_FORCES = re.compile(
    r"\b((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+) (?:forces|fighters|troops|militia|militiamen)\b"
)
_AFFILIATION = re.compile(
    r"\b((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+) (?:commander|leader|founder|chief|spokesman) "
    r"((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+)"
)


def _number(text: str) -> float | None:
    t = text.lower().replace("$", "").strip()
    mult = 1.0
    for word, m in sorted(MULTIPLIERS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\s?\b{word}$", t) and t != word:
            t = re.sub(rf"\s?{word}$", "", t).strip()
            mult = m
            break
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t] * mult
    try:
        return float(t.replace(",", "")) * mult
    except ValueError:
        return None


def _unit_after(text: str, pos: int, limit: int):
    """The counted thing right after ``pos`` (skipping up to three words): ``(unit, category,
    end)`` or None."""
    window = text[pos : min(limit, pos + 60)]
    best = None
    for pattern, unit, cat in _UNIT_RES:
        m = pattern.match(window)
        if m and (best is None or m.start(1) < best[2]):
            if re.search(r"[,.;:]", window[: m.start(1)]):
                continue
            best = (unit, cat, m.start(1), m.end(1))
    return None if best is None else (best[0], best[1], pos + best[3])


def _not_a_figure(text: str, s: int, e: int, num: str, sent_s: int) -> bool:
    before = text[max(sent_s, s - 25) : s].lower()
    after = text[e : e + 25].lower()
    raw = num.lower().strip()
    if re.fullmatch(r"(?:19|20)\d\d", raw.replace("$", "")) and "$" not in raw:
        return True  # a year
    if re.match(r"\s*(?:-|–)?\s*(?:year|month|week|day)s?[- ]old", after) or re.search(
        r"\baged?\s*$", before
    ):
        return True  # an age
    if re.match(r"\s*(?:\w+\s+)?" + TIME_UNITS.pattern, after):
        return True  # a duration
    if re.search(r"\bnumber\s*$", before) or re.match(r"\s*(?:st|nd|rd|th)\b", after):
        return True  # an ordinal
    if re.search(rf"\b(?:{MONTHS})\.?\s*$", before) or re.match(rf"\s*(?:{MONTHS})\b", after):
        return True  # a date
    # "the one province that" (the only one), "one of them"
    return raw == "one" and bool(re.search(r"\bthe\s*$", before) or re.match(r"\s+of\b", after))


# --- context: actor and year ---------------------------------------------------------------------


def _actors_in(text: str, s: int, e: int, aliases: dict) -> list[tuple[int, str]]:
    found = [
        (m.start(), aliases.get(GENERIC_KEY + a, a))
        for pattern, a in _ACTOR_RES
        for m in pattern.finditer(text, s, e)
    ]
    for name, actor in aliases.items():
        if name.startswith(GENERIC_KEY):
            continue
        found += [(m.start(), actor) for m in re.compile(rf"\b{re.escape(name)}\b").finditer(text, s, e)]
    return sorted(found)


def _aliases(text: str) -> dict:
    """Actors named in the article itself: "X forces/fighters/militia" make X an actor (and "the
    militia" means X when X is the only militia named); "X commander Ahmad Shah Massoud" makes
    Massoud speak for X."""
    known = {a for a in ACTORS.values()}
    aliases = {}
    militias = set()
    for m in _GROUP_FORCES.finditer(text):
        name = re.sub(r"^(?:The|A|And|But|Now|Then) ", "", m.group(1))
        known_actor = any(pattern.search(name) for pattern, _ in _ACTOR_RES) or name.lower() in GENERIC_SIDES
        if not known_actor and name.split()[0] not in {"U.S.", "NATO", "Afghan"} and name[:1].isupper():
            aliases[name] = name
            if m.group(0).endswith(("militia", "militiamen")):
                militias.add(name)
    if len(militias) == 1:
        aliases[GENERIC_KEY + "militia"] = militias.pop()
    for m in _AFFILIATION.finditer(text):
        actor = next((a for pattern, a in _ACTOR_RES if pattern.search(m.group(1))), None)
        if actor:
            aliases[m.group(2).split()[-1]] = actor
    return {k: v for k, v in aliases.items() if v in known or v == k or k.startswith(GENERIC_KEY)}


def article_year(article) -> int | None:
    """The article's own year: from an ISO date in its file name or a dateline, else the latest
    year named in the body."""
    for source in (article.name, article.byline):
        m = re.search(r"(?<!\d)((?:19|20)\d\d)-\d\d-\d\d(?!\d)", source) or re.search(
            rf"\b(?:{MONTHS})\.?\s+\d{{1,2}},?\s+((?:19|20)\d\d)\b", source, re.IGNORECASE
        )
        if m:
            return int(m.group(1))
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", " ".join(article.body.text))]
    return max(years) if years else None


def _year_in(text: str, s: int, e: int, at: int, now: int | None) -> str:
    """The year expression in ``text[s:e]`` nearest to ``at``."""
    cands = []
    for m in YEAR.finditer(text, s, e):
        cands.append((abs(m.start() - at), m.group(1) or m.group(2)))
    if now is not None:
        cands += [(abs(m.start() - at), str(now)) for m in NOW.finditer(text, s, e)]
    return min(cands)[1] if cands else ""


def _frame(text: str, sentences: list[tuple[int, int]], now: int | None) -> str:
    """The time frame a sentence-initial expression sets ("In October 2001, ...", "Now, ...")."""
    for s, e in reversed(sentences):
        head = text[s : min(e, s + 40)].lstrip('“"‘ ')
        m = re.match(r"(?:in|by|since|as of)?\s*(?:\w+\s+)?((?:19|20)\d\d)s?\b", head, re.IGNORECASE)
        if m:
            return m.group(1) + ("s" if head[m.end(1) : m.end(1) + 1] == "s" else "")
        if now is not None and re.match(NOW.pattern + r"\s*,", head, re.IGNORECASE):
            return str(now)
    return ""


# --- the pass ------------------------------------------------------------------------------------


def find_quantities(article, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every quantity in the body (see the module docstring for columns and rules). ``quotes``
    (from ``find_quotes``) is computed when not given.

    >>> from newslens import Article
    >>> a = Article.from_text("Title Words\\n\\nBy Jo\\n\\nIn 2001, the rebels had more than 2,000 troops.")
    >>> find_quantities(a)[["surface", "value", "unit", "bound", "year"]].values.tolist()
    [['more than 2,000 troops', 2000.0, 'troops', 'lower', '2001']]
    """
    from .quotes import find_quotes

    text = article.text
    quotes = find_quotes(article) if quotes is None else quotes
    now = article_year(article)
    aliases = _aliases(text)
    sents = article.sentences
    rows = []
    by_para: dict[int, list[tuple[int, int]]] = {}
    for sent in sents.itertuples():
        by_para.setdefault(sent.paragraph_id, []).append((sent.start, sent.end))
    para_ids = list(by_para)
    para_pos = {pid: i for i, pid in enumerate(para_ids)}
    quote_index = _quote_index(quotes)
    for sent in sents.itertuples():
        taken: list[tuple[int, int]] = []
        for m in _QTY.finditer(text, sent.start, sent.end):
            if not (m.group("num") or m.group("vague")):
                continue
            num_s = m.start("vague") if m.group("vague") else m.start("num")
            if any(a <= num_s < b for a, b in taken):
                continue
            row = _quantity(text, m, sent)
            if row is None:
                continue
            taken.append((row["start"], row["end"]))
            rows.append(row)
        # "a roughly equal number of APCs"
        for m in _EQUAL.finditer(text, sent.start, sent.end):
            unit = _unit_after(text, m.end() - 1, sent.end)
            if unit is None:
                continue
            earlier = [r for r in rows if r["sentence_id"] == sent.sentence_id and r["end"] <= m.start()]
            ref = earlier[-1] if earlier else None
            qualifier = " ".join(x for x in (m.group("hedge"), m.group("eq")) if x).lower()
            v = ref["value"] if ref else math.nan
            bound = "approximate" if m.group("hedge") else "exact"
            row = _row(text, m.start(), unit[2], v, v, v, unit, qualifier, bound, sent)
            row["refers_to"] = ref["start"] if ref else -1  # an offset until ids are given below
            rows.append(row)
    rows.sort(key=lambda r: r["start"])
    starts = {r["start"]: i for i, r in enumerate(rows)}
    for r in rows:
        r["refers_to"] = starts.get(r.get("refers_to", -1), -1)
        _context(text, r, by_para, para_ids, para_pos, aliases, now)
        r["quote_id"] = _quote_at(quote_index, r["start"])
    frame = pd.DataFrame(rows, columns=COLUMNS[1:] + ["paragraph_id"]).drop(columns="paragraph_id")
    frame.insert(0, "quantity_id", range(len(frame)))
    return frame.astype({"start": int, "end": int, "refers_to": int, "sentence_id": int, "quote_id": int})


def _quantity(text: str, m: re.Match, sent) -> dict | None:
    hedge = (m.group("hedge") or "").strip()
    vague = m.group("vague")
    num, num2 = m.group("num"), m.group("num2")
    if not vague and _not_a_figure(text, m.start("num"), m.end("num"), num, sent.start):
        return None
    if num2 and re.fullmatch(r"(?:19|20)\d\d", num2.strip()):
        return None  # "from 2010 to 2011"
    end = m.end()
    unit = None
    if m.group("pct"):
        unit = ("percent", "other", end)
        if re.match(r"\s+of\s+(?:the\s+)?(?:country|territory|land|province)", text[end : end + 30]):
            unit = ("percent", "territory", end)
    elif "$" in (num or ""):
        unit = ("USD", "money", end)
    else:
        unit = _unit_after(text, end, sent.end)
        if vague and unit is None:
            return None  # "a few of them", "several times": nothing counted
    if unit is None:
        if num and num.strip().lower() in NUMBER_WORDS and not re.search(r"\d", num):
            return None  # a number word with no counted thing is usually a determiner
        unit = ("", "other", end)
    end = max(end, unit[2]) if unit[0] else end
    # "one district, maybe two districts": a range
    alt = re.match(
        rf",?\s+(?:maybe|perhaps|possibly|or)\s+({_NUM})(?:\s+[\w-]+)?", text[end : end + 40], re.IGNORECASE
    )
    if alt:  # the alternative must count the same thing ("$3.3 billion, or 2.5 percent" is a restatement)
        alt_unit = _unit_after(text, end + alt.end(1), sent.end)
        after_alt = text[end + alt.end(1) : end + alt.end(1) + 12].lower()
        if "percent" in after_alt or "%" in after_alt or (alt_unit and alt_unit[0] != unit[0]):
            alt = None
    if alt and not num2:
        other = _number(alt.group(1))
        if other is not None:
            num2 = alt.group(1)
            hedge = hedge or re.match(r",?\s+(\w+)", text[end:]).group(1).lower()
            end = end + alt.end()
            if not text[end - 1].isalnum():
                end -= 1
    surface_s = m.start()
    value = _number(num) if num else None
    if vague:
        low, high = VAGUE[vague.lower()]
        return _row(text, surface_s, end, math.nan, low, high, unit, vague.lower(), "vague", sent)
    if value is None:
        return None
    if num2:
        v2 = _number(num2)
        if v2 is None:
            return None
        low, high = sorted((value, v2))
        qualifier = " ".join(x for x in ((m.group("between") or "").strip(), hedge) if x).lower()
        return _row(text, surface_s, end, math.nan, low, high, unit, qualifier, "range", sent)
    bound = HEDGES.get(hedge.lower(), "exact") if hedge else "exact"
    low = value if bound in ("exact", "approximate", "lower") else math.nan
    high = value if bound in ("exact", "approximate", "upper") else math.nan
    return _row(text, surface_s, end, value, low, high, unit, hedge.lower(), bound, sent)


def _row(text, s, e, value, low, high, unit, qualifier, bound, sent) -> dict:
    while e > s and text[e - 1] in " ,.;:":
        e -= 1
    return dict(
        surface=text[s:e],
        start=s,
        end=e,
        value=value,
        low=low,
        high=high,
        unit=unit[0],
        category=unit[1],
        qualifier=qualifier,
        bound=bound,
        refers_to=-1,
        sentence_id=sent.sentence_id,
        paragraph_id=sent.paragraph_id,
    )


def _quote_index(quotes: pd.DataFrame) -> tuple[list[int], list[tuple[int, int]]]:
    """Quotes sorted by start, for finding the quote around an offset by bisection."""
    spans = sorted(zip(quotes.start, quotes.end, quotes.quote_id))
    return [s for s, _, _ in spans], [(e, q) for _, e, q in spans]


def _quote_at(index, pos: int) -> int:
    """The id of the latest-starting quote that contains ``pos``, or -1. Quotes overlap only when
    a partial quote sits inside a reported clause, so a short look back suffices."""
    starts, rest = index
    i = bisect.bisect_right(starts, pos) - 1
    for j in range(i, max(-1, i - 4), -1):
        if rest[j][0] > pos:
            return int(rest[j][1])
    return -1


def _context(text, r, by_para, para_ids, para_pos, aliases, now) -> None:
    """Fill ``actor``, ``year`` and ``quote_id`` of a quantity row from its surroundings."""
    s = r["start"]
    para_sents = by_para[r["paragraph_id"]]
    sent_s, sent_e = next((a, b) for a, b in para_sents if a <= s < b)
    clause_s = max([sent_s] + [text.rfind(ch, sent_s, s) + 1 for ch in ";:"])
    before = _actors_in(text, clause_s, s, aliases)
    k = para_pos[r["paragraph_id"]]
    if before:
        r["actor"] = before[0][1]
    else:  # a pronoun subject: the last actor named before, outside appositives and relative clauses
        r["actor"] = ""
        spans = [(para_sents[0][0], sent_s)] + (
            [(by_para[para_ids[k - 1]][0][0], by_para[para_ids[k - 1]][-1][1])] if k else []
        )
        for a, b in spans:
            masked = [(m.start(), m.end()) for m in _ASIDE.finditer(text, a, b)]
            earlier = [
                x for x in _actors_in(text, a, b, aliases) if not any(p <= x[0] < q for p, q in masked)
            ]
            if earlier:
                r["actor"] = earlier[-1][1]
                break
    year = _year_in(text, sent_s, sent_e, s, now)
    if not year:
        earlier_sents = [x for x in para_sents if x[1] <= sent_s] + [(sent_s, sent_e)]
        year = _frame(text, earlier_sents, now)
        for pid in reversed(para_ids[max(0, k - 2) : k]):
            if year:
                break
            year = _frame(text, by_para[pid], now)
        sentence = text[sent_s:sent_e]
        if year == str(now) and PAST.search(sentence) and not PRESENT.search(sentence):
            year = ""
        if not year and now is not None and PRESENT.search(sentence):
            year = str(now)
    r["year"] = year


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
