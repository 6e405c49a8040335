"""Speaker phrases: what the words naming a source before or after a reporting cue name (names
with titles, pronouns, unnamed groups, documents, possessed nouns). Finding where the subject of a
cue starts and ends is in ``subjects``."""

from __future__ import annotations

import re

from ..words import PRONOUNS
from .lexicon import (
    AUXILIARIES,
    COLLECTIVE_NOUNS,
    CUE_WORDS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    NOT_NAME_STARTS,
    ORG_WORDS,
    PARTY_TAG,
    PERSON_NOUNS,
    POSTMODIFIERS,
    PREPOSITIONS,
    QUANTIFIERS,
    QUOTE_CHARS,
    TITLE_WORDS,
)
from .names import Mention, State, classify_run, expand_acronym, name_runs, register
from .resolve import ORG_DESCRIPTORS, resolve_descriptor, resolve_epithet, resolve_pronoun

CUE_SET = frozenset(CUE_WORDS)
#: Determiners may open a source phrase ("the mayor", "its owner"); the other words that cannot
#: start a name (prepositions, clause words) cannot start a source either.
DETERMINERS = frozenset(
    "a an the this that these those its his her their our my your no every each another any".split()
)
#: A speaker phrase has at most this many words; a longer one is a clause, not a source. Set by hand on the case tables; not tuned.
PHRASE_MAX_WORDS = 12
#: Descriptor words before a name ("Labour candidate", "the 41-year-old mother") are kept as the
#: role up to this many. Set by hand on the case tables; not tuned.
DESCRIPTOR_MAX_WORDS = 6
#: "the defence ministry", "the interior ministry's press office": an organisation noun heads a
#: phrase of at most this many words. Set by hand on the case tables; not tuned.
ORG_PHRASE_MAX_WORDS = 5
#: "two senior officers", "some local farmers": a quantifier opens an unnamed group of at most this
#: many words. Set by hand on the case tables; not tuned.
GROUP_PHRASE_MAX_WORDS = 6
#: The head noun of a descriptive speaker phrase comes within its first this-many words ("the
#: 41-year-old mother", "a senior Western military official"). Set by hand; not tuned.
DESCRIPTOR_HEAD_WORDS = 5
#: What may follow a speaker's name inside the speaker phrase without being part of it: an
#: affiliation or a place or time adjunct ("with the union", "of Oxfam", "in Geneva", "on Monday").
ADJUNCT = re.compile(r"\s+(?:with|of|at|from|for|in|on|during|after|before)\s")
#: The owner's name has at most ``POSSESSOR_MAX_WORDS`` words and the noun at most
#: ``POSSESSED_MAX_MODIFIERS`` modifiers before it ("longtime budget adviser"). Set by hand on the
#: case tables; not tuned.
POSSESSOR_MAX_WORDS = 4
POSSESSED_MAX_MODIFIERS = 2
#: "Name’s [modifiers] noun": a source headed by the noun, owned by the name ("Lena Varga’s
#: campaign", "Varga’s longtime budget adviser", "Marek’s family").
POSSESSED = re.compile(
    rf"((?:[A-Z][\w.’'-]*\s+){{0,{POSSESSOR_MAX_WORDS - 1}}}[A-Z][\w.-]*)[’']s?\s+"
    rf"((?:[a-z][\w-]*\s+){{0,{POSSESSED_MAX_MODIFIERS}}})([a-z][\w-]*)"
)
#: Possessive determiners that open an unnamed source ("my father", "their lawyer").
POSSESSIVE_DETERMINERS = frozenset("my his her their our its your".split())

#: Focus adverbs before a subject's name ("Even Norway", "Only Lee"): not part of the name.
EMPHASIS = re.compile(r"(?:Even|Only|Also|Not even)\s+")

# --- speaker phrases -----------------------------------------------------------------------------


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``(start, end)`` of ``text[s:e]`` without surrounding spaces, quotation marks and clause
    punctuation."""
    while s < e and (text[s].isspace() or text[s] in ",;:—–-" + QUOTE_CHARS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–-" + QUOTE_CHARS):
        e -= 1
    return s, e


def comma_chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each comma-separated chunk of ``text[s:e]``, each trimmed by
    ``strip_span`` (empty chunks dropped), in order."""
    out, pos = [], s
    for m in re.finditer(r",", text[s:e]):
        out.append(strip_span(text, pos, s + m.start()))
        pos = s + m.end()
    out.append(strip_span(text, pos, e))
    return [c for c in out if c[1] > c[0]]


def people_head(lows: list[str]) -> bool:
    """Whether a determiner phrase names people. Input: ``lows``, the phrase's words in lower case
    (not empty). Output: True when its head (the last word) is a person noun ("a senior
    official") or a plural of one ("the organisers"), and it holds no pronoun or auxiliary ("the
    fears she was facing")."""
    head = lows[-1]
    if any(w in PRONOUNS or w in AUXILIARIES for w in lows):
        return False
    return head in PERSON_NOUNS or head in GROUP_NOUNS or (head.endswith("s") and head[:-1] in PERSON_NOUNS)


def phrase_mention(state: State, s: int, e: int, role: str = "") -> Mention | None:
    """The source named by the phrase ``text[s:e]`` (``state.text``): a pronoun, a name (possibly
    after a title), an organisation followed by "officials", a document, or an unnamed group.
    ``role`` is the descriptor the attribution gives it. Returns a ``Mention`` (names are
    registered in ``state``), or None when the phrase names no source."""
    text = state.text
    s, e = strip_span(text, s, e)
    if e <= s:
        return None
    lead = EMPHASIS.match(text, s, e)
    if lead and text[lead.end() : lead.end() + 1].isupper():  # "Even Norway, ..., said": Norway
        s = lead.end()
    phrase = text[s:e]
    low = phrase.lower()
    if low in PRONOUNS:
        return resolve_pronoun(state, phrase, s, e, role)
    described = resolve_descriptor(state, phrase, s, e, role)
    if described is not None:  # "the company", "the spokeswoman"
        return described
    owned = possessed_source(state, phrase, s, e, role)
    if owned is not None:  # "Lena Varga’s campaign", "Marek’s lawyer"
        return owned
    tag = PARTY_TAG.search(phrase)  # "Dana Whitlock (R-Velm.)"
    if tag:
        e = s + tag.start()
        phrase = text[s:e]
    words = phrase.split()
    if len(words) > PHRASE_MAX_WORDS or not words:
        return None
    runs = name_runs(text, s, e)
    lows = [w.lower().strip(",.") for w in words]
    head = lows[-1]
    if lows[0] in NOT_NAME_STARTS and lows[0] not in DETERMINERS:
        return None  # "Unlike Whole Grain Mills", "Although no group": not a source
    if runs and runs[0][0] == s and ADJUNCT.match(text, runs[0][1], e):
        # "Maria Lopez with the teachers' union", "Ann Lee in Geneva": the name, the rest a role
        m = classify_run(text, s, runs[0][1])
        if m is not None and m.source_type == "person":
            m.role = role or text[runs[0][1] : e].strip()
            register(state, m, subject=True)
            state.last_person = m
            return m
    if runs:
        rs, re_ = runs[-1] if runs[-1][1] == e else runs[0]
        if head in GROUP_NOUNS and text[re_:e].strip():  # "U.S. Defense Intelligence Agency officials"
            m = classify_run(text, rs, re_)
            if m is not None and m.source_type != "person":
                return Mention(m.canonical, phrase, s, e, m.source_type, role)
        if (rs, re_) == (s, e) or (re_ == e and text[s:rs].strip().lower() in {"", "the"}):
            m = classify_run(text, s if text[s:rs].strip().lower() == "the" else rs, re_)
            if m is not None:
                m.surface = phrase
                m.start, m.end = s, e
                m.role = m.role or role
                if m.source_type == "person":
                    register(state, m, subject=True)
                    state.last_person = m
                elif m.source_type == "organisation":
                    m.canonical = expand_acronym(state, m.canonical)
                return m
        descriptor = text[s:rs].strip(" ,")
        last_word = descriptor.split()[-1].lower() if descriptor else ""
        if (
            re_ == e
            and descriptor
            and len(descriptor.split()) <= DESCRIPTOR_MAX_WORDS
            and last_word not in PREPOSITIONS
            and (len(text[rs:re_].split()) >= 2 or last_word in TITLE_WORDS)
        ):  # "Varga lawyer Tom Ashby", "panel Chairman Rep. Dana Whitlock (R-Velm.)"
            m = classify_run(text, rs, re_)
            if m is not None and m.source_type == "person":
                m.surface, m.start, m.end = phrase, s, e
                m.role = " ".join(x for x in (descriptor, m.role, role) if x)
                register(state, m, subject=True)
                state.last_person = m
                return m
    # "one of the officers" keeps its "of"; otherwise the phrase is cut before a preposition
    first = 2 if len(lows) > 2 and lows[1] == "of" and lows[0] in QUANTIFIERS else 1
    if len(lows) > 3 and lows[2] == "of" and lows[1] in COLLECTIVE_NOUNS:  # "a group of doctors"
        first = 3
    cut = next(
        (
            i
            for i, w in enumerate(lows)
            if i >= first and w in (PREPOSITIONS - {"and", "or"}) | {"who", "whose"}
        ),
        len(lows),
    )
    if cut < len(lows):  # "one nurse at the clinic", "analysts at the bank": the head phrase
        while cut > 1 and lows[cut - 1] in POSTMODIFIERS:  # "officials familiar with"
            cut -= 1
        lows, words, phrase_head = lows[:cut], words[:cut], " ".join(words[:cut])
        head = lows[-1]
    else:
        phrase_head = phrase
    if lows[0] in PREPOSITIONS - {"and", "or"}:
        return None  # "in a statement", "on Twitter": an adjunct, not a source
    verb = any(w in AUXILIARIES for w in lows)  # "Lee had dismissed the report": a clause, not a document
    if not verb and (head in DOCUMENT_NOUNS or any(w in DOCUMENT_NOUNS for w in lows[:4])):
        cut = next(i for i, w in enumerate(lows) if w in DOCUMENT_NOUNS) + 1
        base = " ".join(words[:cut])
        named = name_runs(text, s, s + len(base))
        kind = "document"
        base = base[:1].lower() + base[1:] if lows[0] in QUANTIFIERS else base
        by = (
            runs[-1]
            if runs and re.match(r"\s+(?:from|by|of)\s+(?:the\s+)?$", text[s + len(base) : runs[-1][0]])
            else None
        )
        author = classify_run(text, *by) if by and runs[-1][1] == e else None
        if author is not None and author.source_type in ("organisation", "media", "person"):
            return Mention(author.canonical, phrase, s, e, author.source_type, role)  # "a statement from X"
        canonical = base if named and named[0][0] > s else f"(anonymous) {base}"
        return Mention(canonical, phrase, s, e, kind, role)
    if head in ORG_WORDS and len(words) <= ORG_PHRASE_MAX_WORDS:  # "the defence ministry"
        name = phrase_head[:1].lower() + phrase_head[1:] if lows[0] in QUANTIFIERS else phrase_head
        return Mention(name, phrase, s, e, "organisation", role)
    if lows[0] in CUE_SET:
        return None  # "said the officials": the cue is not part of the source
    if lows[0] == "the" and 3 <= len(lows) <= DESCRIPTOR_HEAD_WORDS and people_head(lows):
        # "the 41-year-old mother of two", "the Velmora businessman": an epithet for a person
        # the article is talking about, when the noun gives a gender
        person = resolve_epithet(state, head, s)
        if person is not None:
            return Mention(person.canonical, phrase, s, e, "person", role or person.role)
    if head in GROUP_NOUNS or (
        lows[0] in QUANTIFIERS and len(words) <= GROUP_PHRASE_MAX_WORDS and people_head(lows)
    ):
        common = lows[0] in QUANTIFIERS | GROUP_NOUNS or people_head(lows[:1])
        plain = phrase_head[:1].lower() + phrase_head[1:] if common else phrase_head
        m = Mention(f"(anonymous) {plain}", phrase, s, e, "anonymous", role)
        if lows[-1].endswith("s"):
            state.last_group = m
        return m
    return _described_person(state, phrase, lows, s, e, role)


def possessed_source(state: State, phrase: str, s: int, e: int, role: str) -> Mention | None:
    """The source a possessed noun phrase ``phrase`` (= ``state.text[s:e]``) names, as a ``Mention``,
    or None when it is no "Name’s noun" phrase: "Lena Varga’s campaign" (an organisation), "Varga’s lawyer", "Marek’s family" (unnamed
    sources owned by a name): the head noun after a possessive name is the source, not the name."""
    hit = POSSESSED.fullmatch(phrase)
    if hit is None or hit.group(1).split()[0].lower() in NOT_NAME_STARTS:
        return None
    head = hit.group(3).lower()
    if head in ORG_DESCRIPTORS or head in ORG_WORDS:
        m = Mention(phrase, phrase, s, e, "organisation", role)
        state.last_org = m
        state.orgs.append(m)
        return m
    if _is_person_noun(head):
        m = Mention(f"(anonymous) {phrase}", phrase, s, e, "anonymous", role)
        if head.endswith("s") or head in GROUP_NOUNS:
            state.last_group = m
        return m
    return None


def _is_person_noun(word: str) -> bool:
    return word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS) or word in GROUP_NOUNS


def is_group_noun(word: str) -> bool:
    """True when ``word`` (lower case) is a plural noun for people ("residents", "officials",
    "farmers")."""
    return word.endswith("s") and _is_person_noun(word) and word not in ("some", "others", "many")


def _described_person(state: State, phrase: str, lows: list[str], s: int, e: int, role: str):
    """An unnamed source described by a noun phrase: "a narrator in the campaign ad", "the
    41-year-old mother of two", "Syrian rebels", "one of the guards" (the head noun within the
    first ``DESCRIPTOR_HEAD_WORDS`` words, anything after it a modifier)."""
    starts_ok = (
        lows[0] in QUANTIFIERS | POSSESSIVE_DETERMINERS or lows[0] == "another" or phrase[:1].isupper()
    )
    if not starts_ok or any(w in PRONOUNS or w in AUXILIARIES for w in lows[:DESCRIPTOR_HEAD_WORDS]):
        return None
    head = next((i for i, w in enumerate(lows[:DESCRIPTOR_HEAD_WORDS]) if _is_person_noun(w)), None)
    follows = lows[head + 1] if head is not None and head + 1 < len(lows) else ""
    if head is None or (
        follows and follows not in PREPOSITIONS | {"who", "whose"} and not follows.endswith("ing")
    ):
        return None  # after the head only "at the camp", "who ...", "walking along the quay"
    if lows[0] not in QUANTIFIERS | POSSESSIVE_DETERMINERS | {"another"} and not lows[head].endswith("s"):
        return None  # a capitalised singular without a determiner is a name, not a description
    base = " ".join(phrase.split()[: head + 1])
    common = lows[0] in QUANTIFIERS | POSSESSIVE_DETERMINERS | {"another"} or _is_person_noun(lows[0])
    plain = base[:1].lower() + base[1:] if common else base
    m = Mention(f"(anonymous) {plain}", phrase, s, e, "anonymous", role)
    if lows[head].endswith("s"):
        state.last_group = m
    return m
