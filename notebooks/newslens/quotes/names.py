"""Entity mentions: capitalised name runs, classified as people (titles dropped), organisations
or media; surnames resolved to the first full name the article gives; each person's gender from
titles and the article's own pronouns; the people in order of mention, for the resolver.

Rules for a run of capitalised words (news English):

- a run that opens with a determiner or a clause word ("A police", "The Ledger", "Although no
  group", "Earlier Tuesday") is never a person;
- a weekday, month or a following "on Tuesday" is cut off; a run of only calendar words is nothing;
- an all-capitals acronym ("EU", "CDC") is an organisation;
- lower-case particles inside names ("al-Hassan", "bin", "de", "van") and middle initials stay in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..words import CALENDAR_WORDS, GEOGRAPHIC_NAMES
from .lexicon import (
    ACRONYM,
    GENDERED_WORDS,
    GROUP_NOUNS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NOT_NAME_STARTS,
    ORG_WORDS,
    PARTICLE_PREFIX,
    PERSON_NOUNS,
    PLACE_WORDS,
    SENTENCE_OPENERS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
    TOKEN,
)

#: "Orrin Robotics CEO Jane Roe": a person named after a company's title has at most this many
#: words after the title. Set by hand on the case tables; not tuned.
NAME_AFTER_TITLE_MAX_WORDS = 3
#: An acronym is expanded from an organisation named earlier from this many letters on ("CDC";
#: two letters, "UN", "EU", are too ambiguous). Set by hand on the case tables; not tuned.
ACRONYM_MIN_LETTERS = 3
#: Titles that always stand right before a name ("Ms. Bishop": Bishop is the name).
HONORIFICS = frozenset("mr. mrs. ms. dr. prof. sen. rep. gov. rev. mr mrs ms dr".split())


@dataclass
class Mention:
    """A phrase that names a source."""

    canonical: str
    surface: str
    start: int
    end: int
    source_type: str
    role: str = ""


#: A name right after these prepositions is a place ("from Port Aldren", "near Velmora"), unless the
#: article has already named it as a person or gives it a title.
PLACE_BEFORE = re.compile(r"\b(?:in|from|near|at|outside|across|throughout|into)\s+(?:the\s+)?$")
#: An organisation owned by a person named just before it ("Lena Varga’s campaign").
OWNED_ORG = re.compile(r"[’']s\s+(campaign|administration|government|office|team|staff)\b")
#: A sentence's subject may follow a descriptor of at most this many words set off by a comma
#: ("Her deputy, Ivo Marek, ...", "The new harbour master, ..."). Set by hand; not tuned.
SUBJECT_LEAD_WORDS = 4
POSSESSIVE = re.compile(r"[’']s?\b")


@dataclass
class Person:
    """One person of the article, at one mention: ``subject`` when the mention is a sentence's
    subject or a speaker (the most salient position)."""

    canonical: str
    start: int
    subject: bool
    role: str = ""
    strong: bool = True  # a full name, a title, or a known gender: surely a person


@dataclass
class State:
    """What the pass over the article has learned so far (names, genders, mentions in order)."""

    text: str
    persons: dict = field(default_factory=dict)  # surname or full name -> full name
    last_person: Mention | None = None
    last_org: Mention | None = None
    used_cues: set = field(default_factory=set)  # offsets of cues that attribute a direct quote
    gender: dict = field(default_factory=dict)  # full name -> "m" / "f"
    people: list = field(default_factory=list)  # Person mentions in reading order
    roles: dict = field(default_factory=dict)  # full name -> the descriptors the article gives
    last_group: Mention | None = None  # the last unnamed plural source ("some experts")
    last_speaker: Mention | None = None  # the last person a quote was attributed to
    orgs: list = field(default_factory=list)  # organisations named in narration, in reading order

    def probe(self) -> State:
        """A copy to try phrases on without changing what the pass has learned."""
        return State(self.text, dict(self.persons), self.last_person, self.last_org, set(), dict(self.gender),
                     list(self.people), dict(self.roles), self.last_group, self.last_speaker, list(self.orgs))  # fmt: skip


# --- names -------------------------------------------------------------------------------------


#: Words whose final full stop belongs to them ("Sen.", "Inc."), and initials ("U.S.").
_KEEP_DOT = TITLE_WORDS | ORG_WORDS
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: What may separate two words of one name: a space, or a plural possessive and a space.
_NAME_GAP = re.compile(r"[’']?[ \u00a0]")


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each word of ``text[lo:hi]``, a trailing full stop or apostrophe dropped
    except in abbreviations and initials ("U.S.", "Gen.")."""
    out = []
    for m in TOKEN.finditer(text, lo, hi):
        s, e = m.span()
        while e > s + 1 and text[e - 1] in ".’'" and text[s:e].lower() not in _KEEP_DOT:
            if text[e - 1] == "." and _INITIALS.fullmatch(text, s, e):
                break  # U.S., U.N.
            e -= 1
        out.append((s, e))
    return out


def is_cap(word: str) -> bool:
    """True when ``word`` is capitalised, or a name with a lower-case Arabic particle ("al-Hassan")."""
    return word[:1].isupper() or (word[:1] in "aeu" and PARTICLE_PREFIX.match(word) is not None)


def name_runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each maximal run of capitalised words (with "of", "for", "the", "and",
    "al-", "bin" inside) in ``text[lo:hi]`` that are separated only by spaces, in order."""
    return list(_name_runs(text, lo, hi))


def clear_name_cache() -> None:
    """Forget the cached name runs (``find_quotes`` starts every article with an empty cache)."""
    _name_runs.cache_clear()


@lru_cache(maxsize=4096)
def _name_runs(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    # the same spans are asked for many times while a sentence is attributed: computed once
    toks = tokens(text, lo, hi)
    caps = [is_cap(text[s:e]) for s, e in toks]
    runs, cur = [], []
    connectors = NAME_CONNECTORS
    for i, (s, e) in enumerate(toks):
        gap_ok = not cur or _NAME_GAP.fullmatch(text, cur[-1][1], s) is not None
        if gap_ok and cur and text[cur[-1][1] - 1 : cur[-1][1]] != "s" and text[cur[-1][1]] in "’'":
            gap_ok = False  # only a plural possessive joins a name: "the Tenants’ Union"
        if not gap_ok:
            runs.append(cur)
            cur = []
        nxt_cap = i + 1 < len(toks) and caps[i + 1]
        if caps[i] or (cur and text[s:e].lower() in connectors and nxt_cap):
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
    return tuple(spans)


_MEDIA_END = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(re.escape(m.removeprefix("the ")) for m in sorted(MEDIA_NAMES, key=len, reverse=True))
    + r")$"
)


def is_media(name: str) -> bool:
    """True when ``name`` is a news outlet: a media word in the name, or a known outlet's name at
    its end."""
    low = name.lower().removeprefix("the ")
    if not MEDIA_WORDS.isdisjoint(low.split()):
        return True
    return _MEDIA_END.search(low) is not None


def classify_run(text: str, s: int, e: int) -> Mention | None:
    """A capitalised run -> a person (titles dropped), organisation or media mention; ``None`` for
    places, dates and runs that open with a determiner or clause word."""
    s, e = _cut_calendar(text, s, e)
    possessive = POSSESSIVE.search(text, s, e)
    if possessive is not None and possessive.end() == e:  # "Ann Lee’s office": the owner
        e = possessive.start()
    if e <= s:
        return None
    surface = text[s:e]
    if (
        " of " in surface and surface.split()[0].lower() in TITLE_WORDS
    ):  # "Prof. Amara Osei of Velmora University"
        e = s + surface.index(" of ")
        surface = text[s:e]
    words = surface.split()
    lows = [w.lower() for w in words]
    if len(words) > 2 and surface.isupper():
        return None  # "HARBOUR BOARD QUITS EN MASSE": a headline in capitals, not a name
    if is_media(surface):
        return Mention(surface, surface, s, e, "media")
    if surface.lower().removeprefix("the ") in GEOGRAPHIC_NAMES:  # "Japan branded ...": its government
        return Mention(surface.removeprefix("the ").removeprefix("The "), surface, s, e, "organisation")
    if lows[0] in NOT_NAME_STARTS and len(words) > 1:
        # "The Pentagon", "A Harlow Polling": an organisation or nothing, never a person
        rest = " ".join(lows[1:])
        placeish = any(w in PLACE_WORDS for w in lows[1:]) and not any(w in ORG_WORDS for w in lows[1:])
        if lows[0] == "the" and not placeish and rest not in CALENDAR_WORDS:
            return Mention(" ".join(words[1:]), surface, s, e, "organisation")
        return None
    if lows[0] in NOT_NAME_STARTS or lows[0] in SENTENCE_OPENERS:
        return None
    if len(words) == 1 and (
        lows[0] in GROUP_NOUNS or (lows[0].endswith("s") and lows[0][:-1] in PERSON_NOUNS)
    ):
        return None  # "Prosecutors said": an unnamed group capitalised at the start of a sentence
    if len(words) > 2 and lows[0] in ORG_WORDS and lows[1] in NAME_CONNECTORS:  # "Commission on ..."
        return Mention(surface, surface, s, e, "organisation")
    # a capitalised common noun before a full name is a descriptor ("Analyst Jane Roe")
    described = len(words) >= 3 and lows[0] in PERSON_NOUNS
    titled = [i for i, w in enumerate(lows) if w in TITLE_WORDS or (i == 0 and described)]
    if len(words) > 1 and titled and titled[-1] == len(words) - 1:
        before = lows[-2]
        if before not in TITLE_WORDS or before in HONORIFICS:
            titled.pop()  # "Nora Bishop", "Ms. Bishop": a title word at the end is a surname
    after_title = lows[titled[-1] + 1 :] if titled else []
    # "Orrin Robotics CEO Jane Roe": a person named after a company's title, not the company
    company_title = (
        titled
        and titled[-1] > 0
        and lows[titled[-1]] not in ORG_WORDS
        and 1 <= len(after_title) <= NAME_AFTER_TITLE_MAX_WORDS
        and not any(w in ORG_WORDS or w in PLACE_WORDS or w in TITLE_WORDS for w in after_title)
    )
    if not company_title and (
        any(w in ORG_WORDS for w in lows[1:]) or (lows[-1] in ORG_WORDS and len(words) > 1)
    ):
        return Mention(surface, surface, s, e, "organisation")
    if len(words) == 1 and (lows[0] in ORG_WORDS or ACRONYM.fullmatch(words[0])):
        return Mention(surface, surface, s, e, "organisation")
    if titled and titled[-1] + 1 < len(words) and not any(w in PLACE_WORDS for w in lows[titled[-1] + 1 :]):
        pass  # "Marlow County District Attorney Ben Castell": a person after a title with a place in it
    elif any(w in PLACE_WORDS for w in lows) or all(w.rstrip(".") in CALENDAR_WORDS for w in lows):
        return None
    if " and " in surface:  # "Ann Lee and Raj Patel": two people, not one name
        return None
    # a person: drop leading titles and demonyms
    k = titled[-1] + 1 if titled else 0
    name_words = words[k:]
    if not name_words:
        return None
    offset = s + len(" ".join(words[:k])) + (1 if k else 0)
    role = " ".join(words[:k])
    return Mention(" ".join(name_words), " ".join(name_words), offset, e, "person", role)


def _cut_calendar(text: str, s: int, e: int) -> tuple[int, int]:
    """Cut a trailing date off a run: "Ann Lee on Tuesday", "Velmora Monday", "EU on Oct"."""
    words = list(re.finditer(r"\S+", text[s:e]))
    for i, w in enumerate(words):
        low = w.group(0).lower().rstrip(".")
        if i > 0 and low in CALENDAR_WORDS:
            cut = i - 1 if words[i - 1].group(0).lower() == "on" else i
            return (s, s + words[cut - 1].end()) if cut > 0 else (s, s)
    return s, e


def gender_of(role: str) -> str:
    """ "m" or "f" from a title or descriptor ("Mr.", "Queen", "spokeswoman"), else ""."""
    for w in re.findall(r"[\w.]+", role.lower()):
        if w in GENDERED_WORDS:
            return GENDERED_WORDS[w]
    return ""


def register(state: State, m: Mention, subject: bool = False, antecedent: bool = True) -> Mention:
    """Resolve a person mention against names seen so far (surname -> first full name), remember
    new full names, the gender a title gives, and the mention's place in reading order.

    Input: the pass's ``state``, a ``Mention`` ``m``; ``subject`` when the mention is its
    sentence's subject or a speaker; ``antecedent`` False to keep it out of ``state.people`` (the
    candidates for pronouns). Output: ``m`` itself, its ``canonical`` set to the full name when
    a surname was seen before (mentions that are not persons come back unchanged). Changes
    ``state.persons``, ``state.gender``, ``state.roles`` and ``state.people`` in place.
    """
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
    g = gender_of(m.role)
    if g:
        state.gender.setdefault(m.canonical, g)
    if m.role:
        role = " ".join(TITLE_EXPANSIONS.get(w, w) for w in m.role.lower().split())
        state.roles[m.canonical] = (state.roles.get(m.canonical, "") + " " + role).strip()
    people = state.people
    if not antecedent:
        return m
    if people and people[-1].canonical == m.canonical and people[-1].start == m.start:
        people[-1].subject |= subject
    else:
        strong = len(m.canonical.split()) > 1 or bool(m.role) or m.canonical in state.gender
        people.append(Person(m.canonical, m.start, subject, m.role, strong))
    return m


def expand_acronym(state: State, name: str) -> str:
    """An acronym of at least three letters ("CDC") as the full name of an organisation named
    earlier whose capitalised words give those letters in order ("Velmora Centre for Disease Control and
    Prevention", "Northern Board for Water Safety"); the name unchanged otherwise."""
    letters = name.replace(".", "")
    if len(letters) < ACRONYM_MIN_LETTERS or not letters.isupper():
        return name
    for org in reversed(state.orgs):
        initials = "".join(w[0] for w in org.canonical.split() if w[:1].isupper())
        if letters in initials and len(org.canonical.split()) > 1:
            return org.canonical
    return name


def scan_names(state: State, lo: int, hi: int, quoted: list[tuple[int, int]], sent_start: int) -> None:
    """Register every person named in narration between ``lo`` and ``hi`` (a name at
    ``sent_start`` is the sentence's subject); the last organisation named is the antecedent of
    "it" and "the company".

    Input: the pass's ``state``, the offsets ``lo``, ``hi``, ``quoted`` (the ``(open, close + 1)``
    spans of quotations, whose names are skipped) and ``sent_start``. Output: None; it changes
    ``state`` in place (``register`` for each person, ``last_person``, ``last_org``, ``orgs``).
    """
    for s, e in name_runs(state.text, lo, hi):
        if any(a <= s < b for a, b in quoted):
            continue
        m = classify_run(state.text, s, e)
        if m is None:
            continue
        if m.source_type == "person":
            if len(m.canonical.split()) == 1 and m.canonical not in state.persons and not m.role:
                continue  # a lone capitalised word we know nothing about ("Mr. Varga" is a person)
            if not m.role and m.canonical not in state.persons and PLACE_BEFORE.search(state.text, lo, s):
                continue  # "sailed from Port Aldren", "a rally in Velmora": a place, not a person
            lead = state.text[sent_start:s].strip()
            # the subject: first in its sentence, or after a short descriptor ("Her deputy, Ivo Marek,")
            subject = lead in ("", "The") or (lead.endswith(",") and len(lead.split()) <= SUBJECT_LEAD_WORDS)
            register(state, m, subject=subject)
            state.last_person = m
            team = OWNED_ORG.match(state.text, m.end, hi)
            if team:  # "Lena Varga’s campaign has attacked ...": the antecedent of "they" and "it"
                org = Mention(
                    state.text[s : team.end()], state.text[s : team.end()], s, team.end(), "organisation"
                )
                state.last_org = org
                state.orgs.append(org)
        elif m.source_type == "organisation" and m.canonical.lower() not in GEOGRAPHIC_NAMES:
            m.canonical = expand_acronym(state, m.canonical)
            state.last_org = m  # a place named in passing is not "the company" or "it"
            state.orgs.append(m)
