"""Entity mentions: capitalised name runs, classified as people (titles dropped), organisations
or media; surnames resolved to the first full name the article gives."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    CALENDAR_WORDS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    ORG_WORDS,
    PLACE_WORDS,
    SENTENCE_OPENERS,
    TITLE_WORDS,
    TOKEN,
)


@dataclass
class Mention:
    """A phrase that names a source."""

    canonical: str
    surface: str
    start: int
    end: int
    source_type: str
    role: str = ""


@dataclass
class State:
    """What the pass over the article has learned so far (names, last speakers)."""

    text: str
    persons: dict = field(default_factory=dict)  # surname or full name -> full name
    last_person: Mention | None = None
    last_org: Mention | None = None
    used_cues: set = field(default_factory=set)  # offsets of cues that attribute a direct quote


# --- names -------------------------------------------------------------------------------------


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    for m in TOKEN.finditer(text, lo, hi):
        s, e = m.span()
        while e > s + 1 and text[e - 1] in ".’'" and text[s:e].lower() not in TITLE_WORDS | ORG_WORDS:
            if text[e - 1] == "." and re.fullmatch(r"(?:[A-Z]\.)+", text[s:e]):
                break  # U.S., U.N.
            e -= 1
        out.append((s, e))
    return out


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def name_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words (with "of", "for", "the", "and", "al-", "bin" inside) in
    ``text[lo:hi]`` that are separated only by spaces."""
    toks = tokens(text, lo, hi)
    runs, cur = [], []
    connectors = {"of", "for", "the", "and", "de", "bin", "al", "van", "von", "on"}
    for i, (s, e) in enumerate(toks):
        word = text[s:e]
        gap_ok = not cur or re.fullmatch(r"[ \u00a0]", text[cur[-1][1] : s]) is not None
        if not gap_ok:
            runs.append(cur)
            cur = []
        nxt_cap = i + 1 < len(toks) and is_cap(text[toks[i + 1][0] : toks[i + 1][1]])
        if is_cap(word) or (cur and word.lower() in connectors and nxt_cap):
            cur.append((s, e))
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    spans = []
    for run in runs:
        while run and text[run[-1][0] : run[-1][1]].lower() in connectors:
            run = run[:-1]
        while run and text[run[0][0] : run[0][1]].lower() in SENTENCE_OPENERS:
            run = run[1:]
        if run:
            spans.append((run[0][0], run[-1][1]))
    return spans


def is_media(name: str) -> bool:
    low = name.lower().removeprefix("the ")
    if any(w in MEDIA_WORDS for w in low.split()):
        return True
    return any(low == m.removeprefix("the ") or low.endswith(" " + m) for m in MEDIA_NAMES)


def classify_run(text: str, s: int, e: int) -> Mention | None:
    """A capitalised run -> a person (titles dropped), organisation or media mention."""
    surface = text[s:e]
    words = surface.split()
    lows = [w.lower() for w in words]
    if is_media(surface):
        return Mention(surface, surface, s, e, "media")
    if any(w in ORG_WORDS for w in lows[1:]) or (lows[-1] in ORG_WORDS and len(words) > 1):
        return Mention(surface, surface, s, e, "organisation")
    if len(words) == 1 and lows[0] in ORG_WORDS:
        return Mention(surface, surface, s, e, "organisation")
    if any(w in PLACE_WORDS for w in lows) or (len(words) == 1 and lows[0].rstrip(".") in CALENDAR_WORDS):
        return None
    # a person: drop leading titles and demonyms
    k = 0
    for i, w in enumerate(lows):
        if w in TITLE_WORDS:
            k = i + 1
    name_words = words[k:]
    if not name_words:
        return None
    offset = s + len(" ".join(words[:k])) + (1 if k else 0)
    role = " ".join(words[:k])
    return Mention(" ".join(name_words), " ".join(name_words), offset, e, "person", role)


def register(state: State, m: Mention) -> Mention:
    """Resolve a person mention against names seen so far (surname -> first full name) and
    remember new full names."""
    if m.source_type != "person":
        return m
    words = m.canonical.split()
    if len(words) == 1:
        full = state.persons.get(words[0])
        if full:
            m.canonical = full
    else:
        state.persons.setdefault(m.canonical, m.canonical)
        state.persons.setdefault(words[-1], m.canonical)
    return m


def scan_names(state: State, lo: int, hi: int, quoted: list[tuple[int, int]]) -> None:
    """Register every person named in narration between ``lo`` and ``hi``; the last one named is
    the antecedent for a later pronoun."""
    for s, e in name_runs(state.text, lo, hi):
        if any(a <= s < b for a, b in quoted):
            continue
        m = classify_run(state.text, s, e)
        if m is None:
            continue
        if m.source_type == "person":
            if len(m.canonical.split()) == 1 and m.canonical not in state.persons:
                continue  # a lone capitalised word we know nothing about
            register(state, m)
            state.last_person = m
        else:
            state.last_org = m
