"""Not a quantity, whatever digits it has.

``not_a_quantity(text, s, e, ...)`` returns the reason a number found at ``text[s:e]`` is not a
quantity ("" when it is one). Rules, in order:

- code: digits inside a name, model, code or index: glued to letters ("A320", "G7", "H5N1" never
  match as numbers), after letters and a hyphen ("F-16", "Su-27", "COVID-19"), or right after a
  capitalised word that is not a function word or a possessive ("Boeing 737", "FTSE 100",
  "Windows 11"; but "Russia's 150,000 troops");
- label: after a label word (``LABEL_WORDS``: "Phase 2", "Article 51", "Resolution 1441",
  "No. 5", "top 10");
- time: a clock time ("10:30" never matches; "4 p.m.", "9am", "1600 GMT");
- date: next to a month or weekday ("Jan. 5", "5 January"); slashed dates ("9/11") never match;
- year: four digits 1000-2099 with no thousands comma, no currency and no counted noun ("in
  2001"), or with a counted noun after a determiner or year word ("the 2020 elections"): "3000
  tonnes" and "about 2000 troops" stay quantities; apostrophe years ("'03") and decades;
- list: a number opening a paragraph followed by "." or ")";
- address: a number before a capitalised street name ("10 Downing Street", "the 1800 block of");
- phone: phone numbers ("555-0142", "(212) 555-0142") and emergency numbers in context
  ("called 911", "a 999 call");
- score: "N-M" with no counted noun after ("won 3-1", "a 5-4 decision");
- age: a person's age ("aged 63", "a 40-year-old man", "Jo Smith, 63,"): ages of people are
  attributes, not counted quantities (an age of a thing, "a 106-year-old ship", is kept as
  category ``age``);
- pronoun: "one of", "no one", "one another", "the one X that" (the only X).
"""

from __future__ import annotations

import re

from ..words import MONTH_RE, NUMBER_WORDS, WEEKDAYS, YEAR_RE
from .units import PEOPLE, STOP_WORDS

#: The filters read this many characters before a number (within its sentence) and after it: a
#: label word, a month, a street name or a counted noun sits within a few words. Set by hand on the seed and the case tables; not tuned.
BEFORE_CHARS, AFTER_CHARS = 30, 40
#: A phone number around a number is looked for from this many characters before it to this many
#: after it ("(212) 555-0142": area code before, four digits after).
PHONE_BEFORE_CHARS, PHONE_AFTER_CHARS = 6, 10
#: An emergency context ("called 911", "a 999 call") is looked for this many characters before and
#: after the number. Set by hand on the seed and the case tables; not tuned.
EMERGENCY_BEFORE_CHARS, EMERGENCY_AFTER_CHARS = 12, 14
#: A list number opens its paragraph: at most this many characters (a bullet, a space) before it.
LIST_MARK_CHARS = 3

#: Words that make the number after them a label or rank, not an amount.
LABEL_WORDS = frozenset(
    "phase game part article resolution chapter section room page level category stage number no "
    "nos route flight highway interstate gate platform grade amendment act item lot ward precinct "
    "pier terminal suite apartment apt unit exit lane channel season episode volume vol version "
    "rule clause paragraph tier top fortune model type class division district squad bus line "
    "round heat match week day".split()
)
#: Capitalised words that may stand before an amount: hedges, determiners and prepositions at a
#: sentence start ("About 200 ...", "Some 80 ..."), plus every other function word.
AMOUNT_OPENERS = (
    frozenset(
        "about some nearly almost around roughly approximately over under more fewer less at just only "
        "up another all the and but in of by from to with for on since until after before between "
        "among than as or nor yet so while when if then nearly estimated an a another those these "
        "their its his her our my your every each no nine".split()
    )
    | STOP_WORDS
)
#: Words before a four-digit number that make it a year ("in 2001", "the 2020 election").
YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|to|before|after|during|of|early|late|mid|between|and|year|"
    r"years|fiscal|the|this|that|spring|summer|fall|autumn|winter|season|class|circa|around|through|"
    r"throughout|its|their|his|her|our|or|than|ending|ended)|['’]s|-|,)\s*$",
    re.IGNORECASE,
)
#: After a duration of one ("a year earlier", "one month later"), or any duration followed by
#: "on" or "hence" ("two decades on"), these make it a point in time. "two months later" is kept:
#: the dev gold counts it, and it says how long.
RELATIVE_TIME = re.compile(
    r"[\s-]*[A-Za-z]+\s+(earlier|later|ago|before|after|prior|on|back|hence)\b", re.IGNORECASE
)
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b|\b\d{3}-\d{4}\b")
#: Emergency numbers and the words that mark them as such.
EMERGENCY = re.compile(
    r"(?:\b(?:call|called|calling|calls|dial|dialed|dialled|dialing|to)\s+(?:911|999|112|000)\b)"
    r"|\b(?:911|999|112)(?=\s+(?:call|calls|caller|callers|dispatcher|dispatchers|operator|operators|"
    r"emergency|system|center|centre|line|service))"
)
_TIME_AFTER = re.compile(
    r"\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b|o['’]clock|GMT\b|UTC\b|ET\b|EST\b|EDT\b|PT\b|PST\b|PDT\b|BST\b|CET\b|"
    r"hrs\b|local time)",
    re.IGNORECASE,
)
#: A street's name has one to this many capitalised words before "Street", "Road" ... Set by hand; not tuned.
STREET_NAME_MAX_WORDS = 3
_STREET = re.compile(
    rf"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w’'.-]*\s+){{1,{STREET_NAME_MAX_WORDS}}}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|"
    r"Blvd\.?|Lane|Drive|Dr\.?|Way|Place|Square|Court|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?)(?![\w])"
)
_CAP_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w&.’'-]*|[A-Z]{2,}|S&P)\s$")

#: Patterns of the checks below, compiled once at import.
_PLAIN_DIGITS = re.compile(r"[-−–]?\d+(?:\.\d+)?")
_SENTENCE_OPEN = re.compile(r"[.!?:“\"‘(]\s*$")
_LETTER_HYPHEN = re.compile(r"[A-Za-z]-$")
_LETTER_HYPHEN_SPACE = re.compile(r"[A-Za-z]-\s?$")
_CAMEL_BEFORE = re.compile(r"\b[a-z]+[A-Z]\w*\s$")
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")
_MONTH = re.compile(MONTH_RE)
_LABEL_BEFORE = re.compile(r"(?:^|[\s(])([A-Za-z]+)\.?\s$|#\s?$")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_RE})\.?\s*$")
_MONTH_AFTER = re.compile(rf"\s*(?:of\s+)?(?:{MONTH_RE})\b\.?")
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),?\s*$")
_YEAR = re.compile(YEAR_RE)
_TWO_DIGITS = re.compile(r"\d\d")
_LIST_MARK = re.compile(r"[.)]\s")
_BLOCK_AFTER = re.compile(r"\s+block\b")
_THE_BEFORE = re.compile(r"\bthe\s*$")
_AGED_BEFORE = re.compile(r"\baged?\s*$")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z]+,\s$")
_NUMBER_WORD_BEFORE = re.compile(r"\b(?:number|no\.)\s*$")
_ONE_OF_AFTER = re.compile(r"\s+(?:of|another|or another)\b")
_ONE_DET_BEFORE = re.compile(r"\b(?:no|the|any|every)\s*$")
#: After "X-year-old", a person noun is looked for in this many words ("a 40-year-old local
#: councillor"). Set by hand; not tuned.
AGE_NOUN_WORDS = 4
_OLD_AFTER = re.compile(rf"[\s-]*(?:\w+[\s-])?old(s?)\b((?:\s*[\w-]+){{0,{AGE_NOUN_WORDS}}})")


def not_a_quantity(
    text: str,
    s: int,
    e: int,
    raw: str,
    sent_s: int,
    para_s: int,
    has_unit: bool,
    category: str = "",
    currency: bool = False,
) -> str:
    """The reason ``text[s:e]`` (a number as written, ``raw``) is not a quantity, or "" (see the
    module docstring).

    Input: the article's ``text``; ``s``, ``e`` the number's offsets; ``raw`` the number as
    written; ``sent_s`` and ``para_s`` the start offsets of its sentence and paragraph (the
    context read before it stops at the sentence; a list number opens the paragraph);
    ``has_unit``, a counted thing or unit follows it; ``category``, that unit's category
    (``units.UNITS``: "duration", "age", ...; "" without one); ``currency``, the number is money.
    Output: one of "name", "phone", "code", "label", "time", "date", "year", "list", "address",
    "age", "relative time", "pronoun", or "" for a quantity.
    """
    before = text[max(sent_s, s - BEFORE_CHARS) : s]
    after = text[e : e + AFTER_CHARS]
    digits = raw.strip().lstrip("$£€¥").replace(",", "")
    is_digits = bool(_PLAIN_DIGITS.fullmatch(digits))
    low_before = before.lower()
    lraw = raw.strip().lower().split()[0] if raw.strip() else ""
    if (
        lraw.split("-")[0] in NUMBER_WORDS
        and raw.strip()[:1].isupper()
        and before.strip()
        and not _SENTENCE_OPEN.search(before)
    ):
        return "name"  # a capitalised number word inside a sentence: "Seven Oaks Road"
    if is_digits and not currency:
        if any(
            m.start() <= s < m.end()
            for m in _PHONE.finditer(text, max(0, s - PHONE_BEFORE_CHARS), e + PHONE_AFTER_CHARS)
        ):
            return "phone"
        if EMERGENCY.search(
            text, max(0, s - EMERGENCY_BEFORE_CHARS), min(len(text), e + EMERGENCY_AFTER_CHARS)
        ) and digits in ("911", "999", "112"):
            return "phone"
        if _LETTER_HYPHEN.search(before) or _LETTER_HYPHEN_SPACE.search(before[-3:]):
            return "code"
        if _CAMEL_BEFORE.search(before):
            return "code"  # after a camel-case name: "iPhone 15", "eBay 2"
        cap = _CAP_WORD_BEFORE.search(before)
        if cap and _POSSESSIVE_END.search(cap.group(1)):
            cap = None  # a possessive owns the number: "Azerbaijan's 7,000", "Moscow's 150,000 troops"
        if cap and cap.group(1).lower().rstrip(".") not in AMOUNT_OPENERS:
            word = cap.group(1).lower().rstrip(".")
            if not _MONTH.fullmatch(word) and word not in WEEKDAYS:
                at_start = before[: cap.start(1)].strip() == ""
                if not at_start or not has_unit:
                    return "code"
        label = _LABEL_BEFORE.search(before)
        if label and (label.group(0).strip() == "#" or (label.group(1) or "").lower() in LABEL_WORDS):
            word = (label.group(1) or "").lower()
            if not (word in ("week", "day", "season", "round", "top") and has_unit):
                return "label"
        if _TIME_AFTER.match(after):
            return "time"
        if _MONTH_BEFORE.search(low_before) or _MONTH_AFTER.match(after.lower()):
            return "date"
        if _WEEKDAY_BEFORE.search(low_before):
            return "date"
        year_like = _YEAR.fullmatch(digits) and "," not in raw
        if year_like and (not has_unit or category in ("duration", "age") or YEAR_CONTEXT.search(before)):
            return "year"
        if text[s - 1 : s] in "'’" and _TWO_DIGITS.fullmatch(digits):
            return "year"
        if (
            s - para_s <= LIST_MARK_CHARS
            and _LIST_MARK.match(text[e : e + 2])
            and not text[para_s:s].strip("•*-– ")
        ):
            return "list"
        if _STREET.match(after) or (_BLOCK_AFTER.match(after) and _THE_BEFORE.search(low_before)):
            return "address"
    if category == "age" and _person_age(after):
        return "age"
    if _AGED_BEFORE.search(low_before) or (
        is_digits and _NAME_COMMA_BEFORE.search(before) and after[:1] == "," and not has_unit
    ):
        return "age"
    relative = RELATIVE_TIME.match(after)
    if (
        category == "duration"
        and relative
        and (lraw in ("a", "an", "one") or relative.group(1) in ("on", "hence"))
    ):
        return "relative time"
    if _NUMBER_WORD_BEFORE.search(low_before):
        return "label"
    pronoun = _ONE_OF_AFTER.match(after) or _ONE_DET_BEFORE.search(low_before)
    if lraw == "one" and pronoun:
        return "pronoun"
    return ""


def _person_age(after: str) -> bool:
    """After "X-year-old": a person noun (or nothing: "the 63-year-old said") makes it a person's age."""
    m = _OLD_AFTER.match(after)
    if not m or m.group(1):  # "18-year-olds" are people
        return True
    nxt = [w.lower() for w in m.group(2).split()]
    if not nxt or nxt[0] in STOP_WORDS or nxt[0] in ("said", "says", "told"):
        return True
    return any(w.rstrip("s") in PEOPLE or w in PEOPLE for w in nxt[:AGE_NOUN_WORDS])
