"""The resolver: pronouns and descriptors linked to the article's entities by salience.

- "he"/"she" refer to people only, with gender agreement (gender from titles and from the
  article's own pronouns, ``learn_gender``); among the last ``SALIENCE_WINDOW`` people named, a
  sentence subject or speaker is preferred over a name in another position, and a person whose
  gender is known to match over one whose gender is unknown.
- "it" refers to the last organisation; "they" to the last unnamed group or organisation.
- "the company", "the agency", "the group" refer to the last organisation named; "the
  spokesperson", "the mayor", "the senator" to the last person the article gave that descriptor.
"""

from __future__ import annotations

import re

from ..words import PRONOUNS
from .names import Mention, State, classify_run, gender_of, name_runs

#: How many of the most recent people named compete for "he"/"she": a pronoun in news copy
#: rarely reaches further back than the last three or four people named. Set by hand; not tuned.
SALIENCE_WINDOW = 4
#: Weights of the salience score (lower wins; each step back in recency costs 1): a subject or
#: speaker ties with the next more recent person; a known gender match outranks two more recent
#: people of unknown gender. Chosen by hand on the case table and checked on both development
#: sets (subject weights 0.5-1.5 and gender weights 0.5-2.5 tried; these were best or tied).
SUBJECT_BONUS = 1.0
GENDER_BONUS = 2.5
#: The current speaker (the last source a quote was attributed to, within
#: ``CURRENT_SPEAKER_REACH`` characters, about two paragraphs) outranks everyone else:
#: "“...,” Lee told Reuters. “...,” he said." continues Lee. Set by hand; not tuned.
CURRENT_SPEAKER_BONUS = 3.0
CURRENT_SPEAKER_REACH = 600
#: Head nouns of organisation descriptors ("the company", "the state agency").
ORG_DESCRIPTORS = frozenset(
    """
    company firm agency group organisation organization department ministry coalition union party
    campaign bank network retailer airline carrier utility hospital school university committee council
    commission authority board regulator government administration office institute foundation charity
    club team league association service
    """.split()
)
#: Organisation nouns of one family: "the group" may name a coalition, union or association.
GROUP_ORGS = frozenset(
    "group coalition union association alliance federation network campaign movement".split()
)
#: How many of the last organisations named are searched for one whose name fits the descriptor.
#: Set by hand; not tuned.
ORG_WINDOW = 8
#: Person descriptors that point back to someone the article named with that title or role.
PERSON_DESCRIPTORS = frozenset(
    """
    spokesperson spokesman spokeswoman mayor governor president senator minister judge prosecutor chief
    director attorney lawyer commander general secretary ambassador chairman chairwoman founder
    executive officer premier chancellor sheriff coach candidate nominee leader analyst economist
    strategist professor researcher scientist ceo
    """.split()
)
#: A pronoun right after a sentence-opening subordinator refers ahead, to the main clause's
#: subject ("Though she praised the plan, Lena Varga ...").
SUBORDINATE_OPENING = re.compile(
    r"(?:^|[.!?”\"]\s+|\n)(?:Though|Although|While|When|After|Before|As|If|Because|Since|Once|Until)\s+$"
)
#: How far before the pronoun ``SUBORDINATE_OPENING`` is looked for (characters): the longest
#: subordinator ("Although", "Because") with the sentence end before it.
SUBORDINATOR_REACH = 16
#: How far after the pronoun the main clause's subject may be (characters; about two lines of news
#: copy). Set by hand on the case table; not tuned.
CATAPHORA_REACH = 300
#: After the comma that ends the subordinate clause, the subject's name is read within this many
#: characters (a long name with its title). Set by hand; not tuned.
CATAPHORA_NAME_CHARS = 60
#: A descriptor ("the new harbour master") has at most this many modifiers before its head noun.
#: Set by hand; not tuned.
DESCRIPTOR_MAX_MODIFIERS = 2
_DESCRIPTOR = re.compile(
    rf"(?:the|its|their)\s+(?:[\w’'-]+\s+){{0,{DESCRIPTOR_MAX_MODIFIERS}}}([\w-]+)$", re.IGNORECASE
)
_HE = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)


def resolve_pronoun(state: State, word: str, s: int, e: int, role: str = "") -> Mention:
    """The entity a subject pronoun at ``text[s:e]`` refers to; ``(unresolved) he`` when none.

    Input: the pass's ``state``; ``word``, the pronoun as written ("he", "She", "they", "it",
    "we"); its offsets ``s``, ``e``; ``role``, the descriptor the attribution gives the speaker
    ("a spokesman"), kept on the result. Output: a ``Mention`` with ``surface`` ``word`` at
    ``s``-``e`` whose ``canonical`` and ``source_type`` are the antecedent's (its ``role`` when
    ``role`` is empty), or ``(unresolved) <word>`` of type ``anonymous``.
    """
    low = word.lower()
    kind = PRONOUNS.get(low, "")
    ante = None
    if kind in ("m", "f"):
        ahead = _cataphora(state, kind, s, e)
        if ahead is not None:  # "Though she praised the plan, Lena Varga said ...": Lena Varga
            return Mention(ahead, word, s, e, "person", role)
        person = _salient_person(state, kind, s)
        if person is not None:
            return Mention(person.canonical, word, s, e, "person", role or person.role)
    elif kind == "o":
        ante = state.last_org
    elif low == "they":
        options = [m for m in (state.last_group, state.last_org) if m is not None]
        ante = max(options, key=lambda m: m.start) if options else None
    else:  # "I", "we" in narration: the last person named
        ante = state.last_person
    if ante is None:
        return Mention(f"(unresolved) {word}", word, s, e, "anonymous", role)
    return Mention(ante.canonical, word, s, e, ante.source_type, role or ante.role)


def _cataphora(state: State, gender: str, s: int, e: int) -> str | None:
    """The subject of the main clause when the pronoun at ``s`` opens a leading subordinate clause
    ("Though she ..., Lena Varga said", "When he arrived, Marek ..."): a person's name right after
    a comma later in the sentence; ``None`` otherwise."""
    text = state.text
    if SUBORDINATE_OPENING.search(text, max(0, s - SUBORDINATOR_REACH), s) is None:
        return None
    stop = text.find(". ", e, e + CATAPHORA_REACH)
    stop = stop if stop > 0 else min(len(text), e + CATAPHORA_REACH)
    for comma in re.finditer(r",[”\"’]?\s+", text[e:stop]):
        start = e + comma.end()
        runs = [r for r in name_runs(text, start, min(stop, start + CATAPHORA_NAME_CHARS)) if r[0] == start]
        if not runs:
            continue
        m = classify_run(text, *runs[0])
        if m is None or m.source_type != "person":
            continue
        name = state.persons.get(m.canonical, m.canonical)
        if state.gender.get(name, gender) == gender:
            return name
    return None


def resolve_epithet(state: State, noun: str, pos: int):
    """The person an epithet refers to ("the 41-year-old mother", "the Velmora businessman"): the
    most salient person before ``pos``, when the article has given that person the noun's gender;
    ``None`` when the noun gives no gender or nobody fits."""
    gender = gender_of(noun)
    person = _salient_person(state, gender, pos) if gender else None
    # only someone the article has shown to be of that gender: an epithet is no guess
    return person if person is not None and state.gender.get(person.canonical) == gender else None


def _salient_person(state: State, gender: str, pos: int):
    candidates = []
    for p in reversed(state.people):
        if p.start >= pos or any(c.canonical == p.canonical for c in candidates):
            continue
        known = state.gender.get(p.canonical, "")
        if known and known != gender:
            continue
        candidates.append(p)
        if len(candidates) >= SALIENCE_WINDOW:
            break
    if not candidates:
        return None
    strong = [p for p in candidates if p.strong]
    candidates = candidates or strong
    current = state.last_speaker
    if current is not None and pos - current.start > CURRENT_SPEAKER_REACH:
        current = None
    if current is not None:  # a subject named after the current speaker takes over ("X disagreed.")
        k = next((i for i, p in enumerate(candidates) if p.canonical == current.canonical), len(candidates))
        if any(p.subject for p in candidates[:k]):
            current = None
    scores = [
        i
        - SUBJECT_BONUS * p.subject
        - GENDER_BONUS * (state.gender.get(p.canonical) == gender)
        - CURRENT_SPEAKER_BONUS * (current is not None and p.canonical == current.canonical)
        for i, p in enumerate(candidates)
    ]
    return candidates[scores.index(min(scores))]


def resolve_descriptor(state: State, phrase: str, s: int, e: int, role: str = "") -> Mention | None:
    """ "the company" -> the last organisation named; "the spokeswoman" -> the last person the
    article called that; ``None`` when the phrase is not such a descriptor or nothing fits."""
    hit = _DESCRIPTOR.fullmatch(phrase.strip())
    if hit is None or any(w[:1].isupper() for w in phrase.split()[1:]):
        return None  # "The Velmora Health Authority" is a name, not a description
    head = hit.group(1).lower()
    if head in ORG_DESCRIPTORS and state.last_org is not None:
        # the last organisation whose own name has that noun ("the union" -> "Tenants’ Union"),
        # else one of the same family ("the group" -> a coalition), else the last one named
        kin = GROUP_ORGS if head in GROUP_ORGS else {head}
        recent = list(reversed(state.orgs[-ORG_WINDOW:]))
        named = [o for o in recent if not kin.isdisjoint(o.canonical.lower().split())]
        org = (named or [state.last_org])[0]
        return Mention(org.canonical, phrase, s, e, "organisation", role)
    if head in PERSON_DESCRIPTORS and phrase.lower().startswith("the "):
        for p in reversed(state.people):
            if head in state.roles.get(p.canonical, "").split():
                return Mention(p.canonical, phrase, s, e, "person", role or state.roles[p.canonical])
    return None


def learn_gender(state: State, text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> None:
    """Gender from the article's own pronouns: when one person, and no other name, is named in
    the narration of a sentence and the narration after the name uses only "he/his/him" (or only
    "she/her"), that person is male (female). Names and pronouns inside quotation marks are
    ignored.

    Input: the pass's ``state``, the article ``text``, the sentence's ``start``-``end`` offsets
    and ``quoted``, the ``(open, close + 1)`` spans of its paragraph's quotations. Output: None;
    it may add ``state.gender[name] = "m"`` or ``"f"`` for that person (a gender already known
    is never changed).
    """
    named = {p.canonical: p.start for p in state.people if start <= p.start < end}
    if len(named) != 1:
        return
    ((name, at),) = named.items()
    if name in state.gender:
        return
    parts = _outside(start, end, quoted)
    if sum(len(name_runs(text, a, b)) for a, b in parts) > 1:
        return  # another name in the sentence ("Lee grilled Marek about his pay"): no call
    rest = "".join(text[a:b] for a, b in _outside(at, end, quoted))
    he, she = bool(_HE.search(rest)), bool(_SHE.search(rest))
    if he != she:
        state.gender[name] = "m" if he else "f"


def _outside(lo: int, hi: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], lo
    for a, b in sorted(quoted):
        if b <= pos or a >= hi:
            continue
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < hi:
        out.append((pos, hi))
    return out
