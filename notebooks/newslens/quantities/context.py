"""Context, part 3: the actor of a quantity in its paragraph (the rules are in the package
docstring; rules 1-5 live in ``actors``, the carried rule 6 here), its year, its scope, and the
quote it sits in.
"""

from __future__ import annotations

import bisect
import re

from ..words import MODERN_YEAR_RE
from .actors import (  # noqa: F401 - re-exported: ``from newslens.quantities.context import ACTORS``
    ACTORS,
    GENERIC_KEY,
    GENERIC_SIDES,
    actors_in,
    aliases_of,
    named_subject,
    np_actor,
    own_actor,
    sides_in,
    unmasked_actors,
)
from .units import FORCE_CATEGORIES

#: A sentence-initial time frame ("In October 2001, ...") is read in the sentence's first this many
#: characters. Set by hand on the seed and the case tables; not tuned.
FRAME_HEAD_CHARS = 40
#: Time expressions meaning the article's own time.
NOW = re.compile(
    r"\b(?:right now|now|today|currently|this (?:year|week|month|summer|spring|fall|autumn|winter)|"
    r"earlier this (?:week|month|year)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"yesterday|this time around)\b",
    re.IGNORECASE,
)
#: A decade of the modern years: "1990s", "2010s".
DECADE_RE = r"(?:19|20)\d0s"
#: A year or a decade a figure belongs to ("in 2001", "the 1990s"; group 1 the decade, group 2 the
#: year), not an amount ("2000 troops", "1,990").
YEAR = re.compile(
    rf"\b(?:the )?({DECADE_RE})\b|\b({MODERN_YEAR_RE})\b(?![\d,]| percent| (?:troops|tanks|soldiers))"
)
PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|plans?|it[’']s|they[’']re|we[’']re|will)\b")
PAST = re.compile(r"\b(?:had|was|were|did)\b")
#: A sentence-initial time frame: "In October 2001, ...", "Now, ...".
_FRAME_YEAR = re.compile(rf"(?:in|by|since|as of)?\s*(?:\w+\s+)?({MODERN_YEAR_RE})s?\b", re.IGNORECASE)
_FRAME_NOW = re.compile(NOW.pattern + r"\s*,", re.IGNORECASE)


def _year_in(text: str, s: int, e: int, at: int, now: int | None) -> str:
    """The year expression in ``text[s:e]`` nearest to ``at``."""
    cands = [(abs(m.start() - at), m.group(1) or m.group(2)) for m in YEAR.finditer(text, s, e)]
    if now is not None:
        cands += [(abs(m.start() - at), str(now)) for m in NOW.finditer(text, s, e)]
    return min(cands)[1] if cands else ""


def _frame(text: str, sentences: list[tuple[int, int]], now: int | None) -> str:
    """The time frame a sentence-initial expression sets ("In October 2001, ...", "Now, ...")."""
    for s, e in reversed(sentences):
        head = text[s : min(e, s + FRAME_HEAD_CHARS)].lstrip('“"‘ ')
        m = _FRAME_YEAR.match(head)
        if m:
            return m.group(1) + ("s" if head[m.end(1) : m.end(1) + 1] == "s" else "")
        if now is not None and _FRAME_NOW.match(head):
            return str(now)
    return ""


def _tense(sentence: str) -> str:
    """ "past", "now" or "" for a sentence: "now" when it says so (or is in the present tense)."""
    if NOW.search(sentence) or (PRESENT.search(sentence) and not PAST.search(sentence)):
        return "now"
    return "past" if PAST.search(sentence) else ""


#: A part's name has at most this many capitalised words before its head noun ("the Kabul Central
#: Corps", "the Northern Mechanised Infantry Division"). Set by hand on the seed; not tuned.
PART_NAME_MAX_WORDS = 4
#: A named part of a side, after the side in the figure's clause: "Taliban strength in the Kabul
#: Central Corps is ...". Titles ("General Fahim Khan") name commanders, not parts.
_PART = re.compile(
    rf"\b(?:in|of|from|within)\s+the\s+((?:[A-Z][\w'’-]+\s){{0,{PART_NAME_MAX_WORDS}}}(?:Corps|Division|Brigade|Battalion|Regiment|"
    r"Army|Command|Fleet|Front|Group|Unit|Wing|Region|Province|District|Force|Forces|Militia|Guard))\b"
)


def scope_of(text: str, clause_s: int, s: int) -> str:
    """The named part of a side a figure counts ("Kabul Central Corps"), from its own clause; ""
    when the clause names none (the figure is the side's, as far as the text says).

    Input: the article's ``text``, ``clause_s`` (offset where the figure's clause starts: its
    sentence start or just after the last ";" or ":" before the figure) and ``s`` (the figure's
    start offset). Output: the last part named in ``text[clause_s:s]``, or "".
    """
    parts = _PART.findall(text, clause_s, s)
    return parts[-1] if parts else ""


def fill_context(text, r, by_para, para_ids, para_pos, aliases, now, quote=None) -> None:
    """Fill ``actor``, ``scope`` and ``year`` of a quantity row from its surroundings.

    Input: the article's ``text``; ``r``, one quantity row as a dict (reads ``start``, ``end``,
    ``paragraph_id``, ``category``, ``np_start``, ``np_end``); ``by_para``, each paragraph id to
    its sentences as ``(start, end)`` offsets in order; ``para_ids``, the paragraph ids in reading
    order; ``para_pos``, each paragraph id to its position in ``para_ids``; ``aliases``, the
    article's own groups (``aliases_of``); ``now``, the article's year (int, or None when not
    known); ``quote``, the ``(start, end)`` of the quote the figure sits in, or None.
    Output: None. It modifies ``r`` in place, setting ``r["actor"]``, ``r["scope"]`` and
    ``r["year"]`` (strings, "" when not found).
    """
    s = r["start"]
    para_sents = by_para[r["paragraph_id"]]
    sent_s, sent_e = next((a, b) for a, b in para_sents if a <= s < b)
    clause_s = max([sent_s] + [text.rfind(ch, sent_s, s) + 1 for ch in ";:"])
    k = para_pos[r["paragraph_id"]]
    actor, agent, reporter = own_actor(text, r, clause_s, sent_s, sent_e, aliases, quote)
    if not actor:  # a pronoun subject: the last side named before, in the same time frame
        mine = _tense(text[sent_s:sent_e])
        earlier = [(a, b) for a, b in para_sents if b <= sent_s]
        later = [(a, b) for a, b in para_sents if a >= sent_e]
        spans = []
        for a, b in reversed(earlier):
            other = _tense(text[a:b])
            if mine == "now" and other == "past":
                spans += later
                later = []
            spans.append((a, b))
        spans += later
        if k:
            prev = by_para[para_ids[k - 1]]
            spans.append((prev[0][0], prev[-1][1]))
        for a, b in spans:
            named = [x for x in unmasked_actors(text, a, b, aliases) if x[1] != agent]
            if named:
                actor = named[-1][1] if b <= sent_s else named[0][1]
                break
            subject = named_subject(text, a, b) if b <= sent_s and r["category"] in FORCE_CATEGORIES else ""
            if subject and subject != agent and _is_name(text, subject):
                actor = subject  # "Hamas has rebuilt its arsenal. [...] it has 20,000 rockets"
                break
    actor = actor or reporter  # "Kyiv said it had lost 12 aircraft"
    r["actor"] = actor
    r["scope"] = scope_of(text, clause_s, s)
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


def _is_name(text: str, words: str) -> bool:
    """A capitalised subject is a name when its first word is never written in lower case in the
    article ("Hamas", not "Consumers")."""
    first = words.split()[0]
    return re.search(rf"\b{re.escape(first.lower())}\b", text) is None


def quote_index(quotes) -> tuple[list[int], list[tuple[int, int]]]:
    """``find_quotes``' table (``start, end, quote_id``) sorted by start, for ``quote_span_at``:
    ``(starts, [(end, quote_id), ...])``."""
    spans = sorted(zip(quotes.start, quotes.end, quotes.quote_id))
    return [s for s, _, _ in spans], [(e, q) for _, e, q in spans]


#: Quotes nest at most this deep (a partial quote inside a reported clause inside a paragraph's
#: quote): the quotes starting before ``pos`` checked for one that contains it.
NESTED_QUOTES = 4


def quote_span_at(index, pos: int) -> tuple[int, int, int] | None:
    """``(quote_id, start, end)`` of the latest-starting quote that contains ``pos``, or None."""
    starts, rest = index
    i = bisect.bisect_right(starts, pos) - 1
    for j in range(i, max(-1, i - NESTED_QUOTES), -1):
        if rest[j][0] > pos:
            return int(rest[j][1]), starts[j], rest[j][0]
    return None
