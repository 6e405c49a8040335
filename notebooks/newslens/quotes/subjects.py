"""Subjects of reporting cues: where the source phrase before a cue starts and ends (``subject_before``),
the subject that opens a clause (``clause_subject``), names followed by appositives
(``appositive_subject``) and adverbs between a subject and its verb (``strip_adverb``). What the
phrase names is decided by ``phrases.phrase_mention``."""

from __future__ import annotations

import re

from ..words import PRONOUNS, SPEAKER_PRONOUNS
from .lexicon import APPOSITIVE_START, QUANTIFIERS, RELATIVE_OR_INDEFINITE
from .names import Mention, State, is_media, name_runs
from .phrases import (
    CUE_SET,
    DESCRIPTOR_HEAD_WORDS,
    POSSESSED_MAX_MODIFIERS,
    comma_chunks,
    phrase_mention,
    possessed_source,
    strip_span,
)

#: A sentence-opening adverbial before the subject has at most this many words ("In contrast,",
#: "Earlier on Tuesday,", "At a rally by the harbour that evening,"). Set by hand; not tuned.
LEAD_ADVERBIAL_WORDS = 10
#: A name right after these prepositions is their object, never the subject of the verb that
#: follows ("weighed in on Facebook, saying", "spoke in Velmora and said").
OBJECT_PREPOSITIONS = frozenset(
    "on in into onto to from via through during after before against about over under across toward "
    "towards than like".split()
)
#: Adverbs between a subject and its cue ("Lee often said", "the mayor later told"); any other
#: lower-case word in -ly counts too ("Lee angrily said").
SUBJECT_ADVERBS = frozenset(
    "also often later then again once first still never always just repeatedly frequently recently "
    "previously publicly privately reportedly quickly".split()
)
#: A quotation opening a clause is read up to this many characters (a long quoted paragraph).
#: Set by hand; not tuned.
OPENING_QUOTE_MAX_CHARS = 600
#: A clause that opens with a quotation: its subject comes after the closing mark.
OPENING_QUOTE = re.compile(rf"\s*[“\"][^”\"]{{1,{OPENING_QUOTE_MAX_CHARS}}}[”\"]\s*,?")
#: A name run that ends in a possessive ("Lena Varga’s").
POSSESSIVE_END = re.compile(r"[’']s?$")
#: Auxiliaries and "also" between a subject and its cue ("X has said", "a group of doctors is
#: urging"), dropped from the end of the subject phrase.
SUBJECT_AUXILIARIES = (" also", " have", " has", " had", " will", " would", " may", " could", " is", " are",
                       " was", " were")  # fmt: skip
#: Words before a name kept as its role ("Labour candidate Lena Varga") up to this many; a longer
#: run is a clause, not a role. Set by hand on the seed and test sentences; not tuned.
ROLE_MAX_WORDS = 8
#: An unnamed group or document subject ("some senior Western officials") is looked for up to this
#: many words before the cue. Set by hand (a determiner, a number and three modifiers); not tuned.
GROUP_LOOKBACK_WORDS = 6
#: "Varga’s campaign manager Tom Ashby": at most this many lower-case words between the possessive
#: owner and the person's name. Set by hand on test sentences; not tuned.
OWNER_GAP_WORDS = 3

# --- subjects ------------------------------------------------------------------------------------


def subject_before(state: State, s: int, e: int) -> Mention | None:
    """The subject right before a cue verb: the last name run ending at ``e``, a pronoun, or an
    unnamed group ("some experts").

    Input: the pass's ``state`` (``state.text`` is the article) and ``text[s:e]``, the words from
    the clause start up to the cue verb. Output: a ``Mention`` of that subject (a person with the
    words before the name as its ``role``, a resolved pronoun, an organisation, a document or an
    unnamed group), or None when the words name no subject.
    """
    text = state.text
    outer = s
    closed = text[s:e].rstrip(" \u00a0").endswith(",")
    while e > s and text[e - 1] in " ,\u00a0":  # "Ivo Marek, said": the comma closes an appositive
        e -= 1
    s = max(s, max(text.rfind(ch, s, e) for ch in ",;:—") + 1)
    s, e = strip_span(text, s, e)
    if text[s:e].lower() in ("who", "which") and s > outer:  # "the minister, who said ...": the minister
        comma = text.rfind(",", outer, s)
        before = max(outer, max(text.rfind(ch, outer, comma) for ch in ",;:—") + 1)
        return subject_before(state, before, comma) if comma > outer else None
    # "Critically, the commission said": a determiner phrase right before the verb is the subject
    own_subject = not closed and (
        re.match(r"(?:the|a|an)\s", text[s:e], re.IGNORECASE) is not None or text[s:e].lower() in PRONOUNS
    )  # "Importantly, however, it noted": the pronoun, not the adverb
    if (
        (RELATIVE_OR_INDEFINITE.match(text[s:e]) or APPOSITIVE_START.match(text[s:e]))
        and s > outer
        and not own_subject
    ):
        m = appositive_subject(state, outer, e)  # "X, who ..., said", "X, a ..., said", "X, Y’s lawyer, said"
        if m is not None or RELATIVE_OR_INDEFINITE.match(text[s:e]):
            return m
    if (
        text[s : s + 1].islower() and s > outer and not own_subject
    ):  # "Jo Roe, director of the Tenants' Union, said"
        m = appositive_subject(state, outer, e)
        if m is not None:
            return m
    for aux in SUBJECT_AUXILIARIES:
        if text[s:e].lower().endswith(aux):  # "X has", "a group of doctors is" (urging)
            e -= len(aux)
    e = strip_adverb(text, s, e)
    runs = [r for r in name_runs(text, s, e) if r[1] == e]
    before = re.search(r"([A-Za-z]+)\s+(?:the\s+)?$", text[s : runs[0][0]]) if runs else None
    if before and before.group(1).lower() in OBJECT_PREPOSITIONS:
        runs = []  # "weighed in on Facebook, saying": the platform is not the subject
    if runs:
        rs = runs[0][0]
        # keep "The" before a media name ("The Wall Street Journal")
        if text[max(s, rs - 4) : rs].lower() == "the " and is_media(text[rs:e]):
            rs -= 4
        role = text[s:rs].strip(" ,")
        return phrase_mention(state, rs, e, role=role if len(role.split()) <= ROLE_MAX_WORDS else "")
    words = list(re.finditer(r"[\w’'-]+", text[s:e]))
    if not words:
        return None
    last = words[-1]
    if last.group(0).lower() in PRONOUNS:
        return phrase_mention(state, s + last.start(), s + last.end())
    # an unnamed group or document: up to GROUP_LOOKBACK_WORDS back, from a determiner or quantifier
    for k in range(min(GROUP_LOOKBACK_WORDS, len(words)), 0, -1):
        m = phrase_mention(state, s + words[-k].start(), e)
        if m is not None and (m.source_type != "person" or m.surface.lower().startswith("the ")):
            return m  # an unnamed group, a document, an organisation, or "the senator" resolved
    return None


def strip_adverb(text: str, s: int, e: int) -> int:
    """The end of ``text[s:e]`` without an adverb between a subject and its cue ("my father often",
    "Lee angrily"; not "the family" or "Marek’s family")."""
    adverb = re.search(r"([\w’']+)\s+([a-z]+)$", text[s:e])
    if adverb is None:
        return e
    word, owner = adverb.group(2), adverb.group(1)
    after_subject = (owner[:1].isupper() and not POSSESSIVE_END.search(owner)) or owner.lower() in PRONOUNS
    if word in SUBJECT_ADVERBS or (word.endswith("ly") and after_subject):
        return s + adverb.start(2) - 1
    return e


def appositive_subject(state: State, s: int, e: int) -> Mention | None:
    """ "Dr. Ada Brunner, who as a young surgeon had ..., said": the name that opens a run of
    comma-separated chunks whose others are appositives or relative clauses. Input: the pass's
    ``state`` and ``text[s:e]``, the words before the cue. Output: that name's ``Mention`` (the
    appositive as its ``role``), or None."""
    chunks = comma_chunks(state.text, max(s, max(state.text.rfind(ch, s, e) for ch in ";:—") + 1), e)
    if len(chunks) < 2:
        return None
    runs = name_runs(state.text, *chunks[0])
    if not runs or runs[-1][1] != chunks[0][1]:
        return None  # the first chunk must end in a name ("Labour candidate Lena Varga")
    first = phrase_mention(state.probe(), *chunks[0])
    if first is None or first.source_type not in ("person", "organisation", "media"):
        return None
    rest = [state.text[a:b] for a, b in chunks[1:]]
    if not all(APPOSITIVE_START.match(r) or r[:1].islower() for r in rest):
        return None
    role = re.split(r"\s+(?:who|which)\b", rest[0])[0] if APPOSITIVE_START.match(rest[0]) else ""
    return phrase_mention(state, *chunks[0], role=role if not role.startswith(("who", "which")) else "")


def clause_subject(state: State, s: int, e: int) -> Mention | None:
    """The subject that opens the clause ``text[s:e]``: a pronoun, or a name (with its titles) at
    its first word, after at most one leading adverbial set off by a comma ("In contrast, Lee
    described ...", "He later repeated the claim, saying, “...”"). Input: the pass's ``state``
    (``state.text``) and the offsets. Output: the subject's ``Mention``, or None."""
    text = state.text
    opening = OPENING_QUOTE.match(text, s, e)
    if opening:  # "“...,” Lee said in a statement, adding": the subject after the quotation
        s = opening.end()
    s, e = strip_span(text, s, e)
    for _ in range(2):
        first = re.match(r"[\w’'.-]+", text[s:e])
        if first is None:
            return None
        word = first.group(0)
        if word.lower() in SPEAKER_PRONOUNS:
            return phrase_mention(state, s, s + len(word))
        lead = s + 4 if text[s : s + 4] == "The " else s
        runs = [r for r in name_runs(text, lead, e) if r[0] == lead]
        if runs and POSSESSIVE_END.search(text, runs[0][0], runs[0][1]):
            # "Varga’s campaign manager Tom Ashby", "Varga’s campaign": the head, not the owner
            later = [r for r in name_runs(text, runs[0][1], e)][:1]
            gap = text[runs[0][1] : later[0][0]].split() if later else []
            if later and len(gap) <= OWNER_GAP_WORDS and all(w.islower() for w in gap):
                m = phrase_mention(state.probe(), s, later[0][1])
                if m is not None and m.source_type == "person":
                    return phrase_mention(state, s, later[0][1])
            noun = re.match(
                rf"\s+((?:[a-z][\w-]*\s+){{0,{POSSESSED_MAX_MODIFIERS}}}[a-z][\w-]*)", text[runs[0][1] : e]
            )
            if noun:
                m = possessed_source(state, text[s : runs[0][1] + noun.end()], s, runs[0][1] + noun.end(), "")
                if m is not None:
                    return m
        # "Labour candidate Lena Varga posted ...": descriptor words before the subject's name
        named = [r for r in name_runs(text, s, e) if len(text[s : r[1]].split()) <= DESCRIPTOR_HEAD_WORDS + 1]
        for k, (r_s, r_end) in enumerate(named[:2]):
            gap = text[named[k - 1][1] if k else s : r_s].split()
            if "," in text[s:r_end] or any(not w.islower() or w.endswith("ed") or w in CUE_SET for w in gap):
                break
            if k and text[named[0][0] : named[0][1]] in state.persons:
                break  # "Lee told Ivo Marek": a known person opens the clause
            m = phrase_mention(state.probe(), s, r_end)
            if m is not None and m.source_type == "person" and m.role and (k or not runs):
                return phrase_mention(state, s, r_end)
        if runs:
            m = phrase_mention(state, s, runs[0][1])
            if m is not None and m.source_type != "media":
                return m
        if word.lower() in QUANTIFIERS:  # "The water board is annoyed ..., saying"
            words = list(re.finditer(r"[\w’'-]+", text[s:e]))[:DESCRIPTOR_HEAD_WORDS]
            for k in range(len(words), 1, -1):
                m = phrase_mention(state.probe(), s, s + words[k - 1].end())
                if m is not None and not m.canonical.startswith("(unresolved)"):
                    return phrase_mention(state, s, s + words[k - 1].end())
        comma = text.find(",", s, e)
        if comma < 0 or len(text[s:comma].split()) > LEAD_ADVERBIAL_WORDS:
            return None
        s, e = strip_span(text, comma + 1, e)
    return None
