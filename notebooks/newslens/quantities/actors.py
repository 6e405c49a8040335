"""Context, part 2: the sides a quantity can belong to, and the actor rules 1-5 of
``newslens.quantities`` (the counted phrase, an owner after the figure, "we/our" in a quote, the
owner or subject of the figure's clause, harm verbs). Rule 6 (a side carried from the sentences
before) is ``context.fill_context``. Places are actors only where they are not the object of a
place preposition ("into Kabul" is where, not who); capitals stand for their countries through
``words.CAPITALS``.
"""

from __future__ import annotations

import functools
import re

from ..words import COUNTRIES, DEMONYMS, PLACE_NAMES, PLACE_RE, SPEAKER_PRONOUNS, country_of

#: A place preposition ("into", "in the") is looked for this many characters before a place name
#: (a preposition and "the"); there the place is where, not who. Set by hand on the seed and the case tables; not tuned.
PLACE_PREPOSITION_REACH = 14
#: A place joined by "and" to an earlier place after a preposition ("in the U.S. and Canada") is
#: looked for this many characters back. Set by hand on the seed and the case tables; not tuned.
PLACE_LIST_REACH = 60
#: A group's, commander's or place's name has at most this many capitalised words ("Panjshir
#: Valley Resistance", "Ahmad Shah Massoud", "New South Wales"). Set by hand; not tuned.
NAME_MAX_WORDS = 4
#: A receiver before a side ("sent to", "supplied to") is looked for this many characters back. Set by hand on the seed and the case tables; not tuned.
RECEIVER_REACH = 20
#: Words that make a side no subject ("against", "of") are looked for this many characters back. Set by hand on the seed and the case tables; not tuned.
NOT_SUBJECT_REACH = 12
#: After a quote, its attribution is read within this many characters in the same paragraph
#: ("..., said a rebel commander in the valley"). Set by hand on the seed and the case tables; not tuned.
ATTRIBUTION_REACH = 120
#: An owner after the figure ("5,000 troops from Chad") is read within this many characters. Set by hand on the seed and the case tables; not tuned.
OWNER_REACH = 40

#: Sides of a conflict named in news text (extend as needed); groups followed by "forces",
#: "fighters" or "troops" in the article are added automatically. Tried before place names.
ACTORS = {
    r"\bTaliban\b": "Taliban",
    r"\bNorthern Alliance\b": "Northern Alliance",
    r"\b(?:National Resistance Front|(?:the |real |armed |anti-Taliban )?resistance\b(?!\s+(?:to|against|from)\b))": "anti-Taliban resistance",
    r"(?<![\w.])(?:U\.S\.|United States|American|Pentagon|Biden administration)(?![\w])": "United States",
    r"\bAfghan (?:army|government|central bank|security forces|forces|military|National Army)\b": "Afghan government",
    r"\b(?:Islamic State|ISIS|ISIL|al[- ]Qaeda)\b": "Islamic State / al-Qaeda",
    r"\b[Rr]ebel(?:s| forces| fighters)?\b": "rebels",
    r"\b[Ii]nsurgents?\b": "insurgents",
    r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:government|army|military|junta)\b(?!\s+of\b)"
    r"|\b[Gg]overnment\s+(?:spokes(?:man|woman|person)|official|[a-z]+s)\b": "government",
    r"\b(?:the )?militias?\b": "militia",
}
#: Sides that stand for the country named right before them ("Kenya's army", "the Russian
#: military", "the U.S. government" are the country's).
COUNTRY_ORGANS = frozenset(["government"])
#: Prefix of alias keys that map a generic actor ("militia") to the one named group of its kind.
GENERIC_KEY = "generic:"
#: Capitalised at a sentence start but not names: "Government forces", "Security forces".
GENERIC_SIDES = frozenset("government rebel security army police coalition allied enemy opposition".split())
#: A place right after one of these is where something happens, not who owns it ("from" and "of"
#: are left out: "troops from Chad", "the army of Chad" name the owner).
PLACE_PREPOSITIONS = re.compile(
    r"\b(?:in|into|to|across|near|at|on|around|through|toward|towards|inside|outside|within|"
    r"throughout|out of|over|via|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"\s*,?\s+and\s+(?:the\s+)?$")
#: "in the U.S. and Canada": a place after "and" is where too when the name before it was.
_AND_AFTER_PLACE = re.compile(
    PLACE_PREPOSITIONS.pattern[:-1]
    + rf"(?-i:(?:[A-Z][\w.’'-]*\s+){{0,{NAME_MAX_WORDS - 1}}}?[A-Z][\w.’'-]*)\s*,?\s+and\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Appositives and relative clauses ("David Petraeus, a retired general who commanded U.S.
#: forces, told ..."): actors named inside them are not antecedents of "they".
_ASIDE = re.compile(r",\s+(?:a|an)\s+(?:[^,;.“”]|(?<=\b[A-Z])\.)*|\bwho\b(?:[^,;.“”]|(?<=\b[A-Z])\.)*")
_ACTOR_RES = [(re.compile(p), a) for p, a in ACTORS.items()]
#: A capitalised name of one to ``NAME_MAX_WORDS`` words.
_NAME = rf"(?:[A-Z][\w'-]+ ){{0,{NAME_MAX_WORDS - 1}}}[A-Z][\w'-]+"
_GROUP_FORCES = re.compile(rf"\b({_NAME}) (?:forces|fighters|troops|militia|militiamen)\b")
_AFFILIATION = re.compile(rf"\b({_NAME}) (?:commander|leader|founder|chief|spokesman) ({_NAME})")


def sides_in(text: str, s: int, e: int, aliases: dict, places: bool = True) -> list[tuple[int, int, str]]:
    """``(start, end, actor)`` for every side named in ``text[s:e]``, in reading order: the
    ``ACTORS`` table, the article's own groups (``aliases``), then countries, capitals and
    demonyms (not after a place preposition). A name inside a longer one counts once ("Afghan
    army", not also "army"); a generic organ right after a country is the country's ("Kenya's
    army" is Kenya)."""
    found = [
        (m.start(), m.end(), aliases.get(GENERIC_KEY + a, a))
        for pattern, a in _ACTOR_RES
        for m in pattern.finditer(text, s, e)
    ]
    for name, actor in aliases.items():
        if name.startswith(GENERIC_KEY):
            continue
        found += [(m.start(), m.end(), actor) for m in _alias_re(name).finditer(text, s, e)]
    found = _outermost(found)
    if places:
        for m in PLACE_RE.finditer(text, s, e):
            if any(a <= m.start() < b for a, b, _ in found):
                continue
            if PLACE_PREPOSITIONS.search(
                text[max(0, m.start() - PLACE_PREPOSITION_REACH) : m.start()]
            ) or _AND_AFTER_PLACE.search(text[max(0, m.start() - PLACE_LIST_REACH) : m.start()]):
                continue
            name = m.group(0)
            if name in ("US", "UK", "UN") and not text[m.start() : m.end() + 1].strip().isupper():
                continue
            found.append((m.start(), m.end(), country_of(name)))
    found.sort()
    out: list[tuple[int, int, str]] = []
    for a, b, actor in found:
        if (
            out
            and actor in COUNTRY_ORGANS
            and out[-1][2] in _COUNTRY_NAMES
            and _ORGAN_GAP.fullmatch(text, out[-1][1], a)
        ):
            out[-1] = (out[-1][0], b, out[-1][2])  # "the U.S. government": the country
            continue
        out.append((a, b, actor))
    return out


#: Between a country and its organ: nothing, or "'s" ("Russia's military"), and spaces.
_ORGAN_GAP = re.compile(r"(?:['’]s?)?\s+")
_COUNTRY_NAMES = frozenset(country_of(n) for n in PLACE_NAMES)


def _outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop a match inside a longer one ("army" inside "Afghan army")."""
    out: list[tuple[int, int, str]] = []
    for a, b, actor in sorted(found, key=lambda x: (x[0], -x[1])):
        if out and a < out[-1][1]:
            continue
        out.append((a, b, actor))
    return out


@functools.lru_cache(maxsize=512)
def _alias_re(name: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(name)}\b")


def actors_in(text: str, s: int, e: int, aliases: dict, places: bool = True) -> list[tuple[int, str]]:
    """``(offset, actor)`` for every side named in ``text[s:e]`` (see ``sides_in``)."""
    return [(a, actor) for a, _, actor in sides_in(text, s, e, aliases, places)]


def np_actor(text: str, s: int, e: int, aliases: dict) -> str:
    """A side, country or demonym inside a counted noun phrase ``text[s:e]``, or ""."""
    named = actors_in(text, s, e, aliases)
    for _, actor in named:
        return actor
    return ""


#: Capitalised words before "forces" or "militia" that name no group.
_NOT_NAMES = frozenset("The A An And But Now Then Its Their His Her Our Some Many Other Both All".split())


def aliases_of(text: str) -> dict:
    """Actors named in the article itself: "X forces/fighters/militia" make X an actor (and "the
    militia" means X when X is the only militia named); "X commander Ahmad Shah Massoud" makes
    Massoud speak for X.

    Input: the article's ``text``. Output: a dict from a name as written to the actor it stands
    for: a group to itself (``{"Haqqani": "Haqqani"}``), a commander's surname to his side
    (``{"Massoud": "Northern Alliance"}``), and ``GENERIC_KEY + "militia"`` to the one
    militia named (``{"generic:militia": "Haqqani"}``).
    """
    known = set(ACTORS.values())
    aliases = {}
    militias = set()
    for m in _GROUP_FORCES.finditer(text):
        name = re.sub(r"^(?:The|A|And|But|Now|Then) ", "", m.group(1))
        if name in _NOT_NAMES:
            continue  # "The militia": no name
        known_actor = any(pattern.search(name) for pattern, _ in _ACTOR_RES) or name.lower() in GENERIC_SIDES
        is_place = name in COUNTRIES or name in DEMONYMS or bool(country_of(name))
        if (
            not known_actor
            and not is_place
            and name.split()[0] not in {"U.S.", "NATO"}
            and name[:1].isupper()
        ):
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


def unmasked_actors(text: str, a: int, b: int, aliases: dict) -> list[tuple[int, str]]:
    """``actors_in(text, a, b, aliases)`` without the sides named inside an appositive or a relative
    clause (``_ASIDE``: ", a retired general who commanded U.S. forces,"): ``(offset, actor)``."""
    masked = [(m.start(), m.end()) for m in _ASIDE.finditer(text, a, b)]
    return [x for x in actors_in(text, a, b, aliases) if not any(p <= x[0] < q for p, q in masked)]


#: Capitalised clause openers that are never a side's name: the speaker pronouns and "Officials".
_NOT_SUBJECTS = frozenset(SPEAKER_PRONOUNS) | {"officials"}
#: A proper name opening the clause as the subject of one of these verbs is the owner even when
#: no table knows it ("Hamas fired 150 rockets").
_SUBJECT = re.compile(
    rf"\s*[“\"]?(?:The\s+)?((?:[A-Z][\w'’.-]*\s+){{0,{NAME_MAX_WORDS - 1}}}[A-Z][\w'’.-]*?)(?:['’]s)?\s+(?:has|have|had|fired|launched|"
    r"deployed|sent|lost|killed|claimed|holds|held|controls|controlled|captured|seized|fields|fielded|"
    r"numbers|numbered|amassed|mobilized|mobilised|massed|keeps|kept|maintains|commands|commanded)\b"
)


def named_subject(text: str, clause_s: int, s: int) -> str:
    """The capitalised subject opening the clause ``text[clause_s:s]`` before a verb of owning or
    using force ("Hamas fired ..." -> "Hamas"), or "" when there is none or it is a generic side,
    a pronoun or "officials"."""
    m = _SUBJECT.match(text, clause_s, s)
    if not m or m.group(1).split()[0].lower() in GENERIC_SIDES | _NOT_SUBJECTS:
        return ""
    return m.group(1)


def _clause_actor(text: str, clause_s: int, s: int, aliases: dict) -> tuple[str, tuple[int, int] | None]:
    """The owner or subject named in the figure's clause before it: the nearest side before the
    figure ("Ukraine said Russia had lost ..." is Russia's; "India has 3,500 tanks, while Pakistan
    has about 2,500"), skipping the receiver of a giving verb ("Tehran has given the militia 500
    rockets" is Tehran's); joined with the sides coordinated before it ("France and Germany",
    "United Kingdom, France and Germany").
    Returns the actor and the span of its name (None when none is named)."""
    named = _unmasked_sides(text, clause_s, s, aliases)
    if named and _POSSESSIVE_GAP.fullmatch(text, named[-1][1], s):
        b = named[-1][1]
        if text[b - 2 : b] in ("'s", "’s") or text[b - 1] in "'’" or text[b : b + 1] in "'’":
            return named[-1][2], named[-1][:2]  # "against Azerbaijan's 7,000"
    for i in range(len(named) - 1, -1, -1):
        a, b, actor = named[i]
        if i and _RECEIVER.search(text, max(clause_s, a - RECEIVER_REACH), a):
            continue
        if _NOT_SUBJECT.search(text, max(clause_s, a - NOT_SUBJECT_REACH), a):
            continue  # "a war chest of U.S. equipment", "fighting against Russia"
        if i and _AND_BEFORE.fullmatch(text, named[i - 1][1], a) and named[i - 1][2] != actor:
            j = i - 1  # "Britain, France and Germany": the whole list
            while j and _LIST_COMMA.fullmatch(text, named[j - 1][1], named[j][0]):
                j -= 1
            names = list(dict.fromkeys(x[2] for x in named[j:i]))
            return f"{', '.join(names)} and {actor}", (named[j][0], b)
        return actor, (a, b)
    return "", None


_LIST_COMMA = re.compile(r"\s*,\s*")
#: A possessive right before the figure, hedges allowed ("Russia's roughly 150,000 troops").
_POSSESSIVE_GAP = re.compile(
    r"(?:['’]s?)?\s+(?:(?:some|about|roughly|nearly|almost|around|approximately|more than|fewer than|at least|"
    r"an estimated|estimated|only|just|over|up to)\s+)?"
)
#: A side after one of these is an object or a modifier, not the owner or subject.
_NOT_SUBJECT = re.compile(r"\b(?:of|with|against|for|by|from)\s+(?:the\s+)?$", re.IGNORECASE)
#: Verbs whose first object receives the thing counted ("has given the militia 500 rockets").
_RECEIVER = re.compile(
    r"\b(?:gave|given|give|gives|giving|sent|send|sends|supplied|supplies|supply|provided|provides|"
    r"sold|sells|offered|offers|promised|promises|handed|lent|loaned|told|warned|assured)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Verbs of harm: their subject destroyed or killed the things counted, which were another side's
#: ("Ukrainian drones destroyed 30 tanks": the tanks were not Ukraine's).
_HARM = re.compile(
    r"\b(?:destroy(?:ed|s|ing)?|shot down|shoots? down|shooting down|downed|kill(?:ed|s|ing)?|"
    r"wound(?:ed|s|ing)?|struck|strikes?|striking|hit|damag(?:ed|es|ing)|sank|sunk|sinks?|"
    r"disabled|knocked out|wiped out|ambushed|bombed|shelled)\b",
    re.IGNORECASE,
)
#: An owner named right after the figure: "5,000 troops from Chad", "90 armored vehicles were
#: lost by Armenia", "three districts held by the rebels".
_OWNER_AFTER = re.compile(
    r"\s+(?:(?:were|was|had been|have been|has been)\s+)?(?:from|of|belonging to|owned by|held by|"
    r"lost by|abandoned by|surrendered by|left behind by|controlled by|in the hands of)\s+"
)
#: A speech verb followed by a pronoun subject between a side and the figure: the side reports,
#: the pronoun owns ("Israeli officials say it now has 150,000 rockets").
_REPORTED_PRONOUN = re.compile(
    r"\b(?:say|says|said|claim|claims|claimed|estimate|estimates|estimated|believe|believes|believed|"
    r"told reporters|warned|added)\s+(?:that\s+)?(?:it|they|he|she|the group)\b",
    re.IGNORECASE,
)
#: Verbs of buying and receiving: "from X" after their object names the seller or giver.
_ACQUIRE = re.compile(
    r"\b(?:bought|buys?|buying|purchased?|purchases|ordered|orders?|acquired?|acquires|received?|receives|"
    r"imported|imports?|obtained|obtains?)\b",
    re.IGNORECASE,
)
#: Words between "we" and its verb ("we will send", "we have already lost"). Set by hand; not tuned.
WE_VERB_GAP_WORDS = 2
#: First person owning or fielding in a quote before the figure ("we have", "we lost", "we will
#: send", "our army"): the figure is the speaker's side's. An analyst's "we're talking about"
#: owns nothing.
_WE = re.compile(
    rf"\bour\b|\bwe(?:['’](?:ve|ll|d))?\s+(?:\w+\s+){{0,{WE_VERB_GAP_WORDS}}}?(?:have|has|had|lost|lose|sent|send|deployed|"
    r"deploy|field|fielded|command|keep|kept|captured|seized|hold|held|control|controlled|mobilized|"
    r"mobilised|need|gained|destroyed|shot down|killed)\b",
    re.IGNORECASE,
)


def _unmasked_sides(text: str, a: int, b: int, aliases: dict) -> list[tuple[int, int, str]]:
    masked = [(m.start(), m.end()) for m in _ASIDE.finditer(text, a, b)]
    return [x for x in sides_in(text, a, b, aliases) if not any(p <= x[0] < q for p, q in masked)]


def _speaker_side(text: str, sent_s: int, sent_e: int, quote: tuple[int, int], aliases: dict) -> str:
    """The side named in a quote's attribution, the speaker's description included ("said a
    rebel commander"): its sentence outside the quote marks, else the text right after the quote
    in the same paragraph."""
    qs, qe = quote
    para_e = text.find("\n", qe)
    para_e = len(text) if para_e == -1 else para_e
    for a, b in ((sent_s, qs), (qe, sent_e), (qe, min(para_e, qe + ATTRIBUTION_REACH))):
        if b > a:
            named = sides_in(text, a, b, aliases)
            if named:
                return named[0][2]
    return ""


def own_actor(text: str, r: dict, clause_s: int, sent_s: int, sent_e: int, aliases: dict, quote=None):
    """Rules 1-5 of the package docstring for the quantity row ``r``.

    Input: the article's ``text``; ``r``, a quantity row as a dict (reads ``start``, ``end``,
    ``np_start``, ``np_end``); ``clause_s``, where the figure's clause starts; ``sent_s``,
    ``sent_e``, its sentence's offsets; ``aliases`` (``aliases_of``); ``quote``, the ``(start,
    end)`` of the quote the figure sits in, or None. Output: ``(actor, agent, reporter)``,
    strings ("" when none): ``agent`` is a side that harmed the thing counted (never its owner),
    ``reporter`` a side that only reports a pronoun's figure; both are for the carried rule.
    """
    s = r["start"]
    actor = (
        np_actor(text, r["np_start"], r["np_end"], aliases)
        if r.get("np_end", 0) > r.get("np_start", 0)
        else ""
    )
    if not actor:
        owner = _OWNER_AFTER.match(text, r["end"], sent_e)  # "5,000 troops from Chad"
        if owner and owner.group(0).strip() == "from" and _ACQUIRE.search(text, clause_s, s):
            owner = None  # "bought 24 jets from Russia": the seller is not the owner
        named = actors_in(text, owner.end(), min(sent_e, owner.end() + OWNER_REACH), aliases) if owner else []
        if named and re.fullmatch(
            r"(?:the\s+)?(?:[a-z]+ing\s+)?", text[owner.end() : named[0][0]], re.IGNORECASE
        ):
            actor = named[0][1]
    agent = reporter = ""
    we = _WE.search(text, max(clause_s, quote[0]), s) if not actor and quote is not None else None
    if we:  # "“We have 6,000 fighters,” said a rebel commander": the speaker's side
        actor = _speaker_side(text, sent_s, sent_e, quote, aliases)
        if _HARM.search(text, we.start(), s):  # "“Our fighters shot down 3 helicopters”": not theirs
            agent, actor = actor, ""
    if not actor and not agent:
        actor, span = _clause_actor(text, clause_s, s, aliases)
        if span and _REPORTED_PRONOUN.search(text, span[1], s):  # "Israeli officials say it has ..."
            reporter, actor, span = actor, "", None  # the side named before, else the reporter
        if span and _HARM.search(text, span[1], s):  # the subject of a harm verb is not the owner
            agent, actor = actor, ""
        elif not actor:
            actor = named_subject(text, clause_s, s)
            if actor and _HARM.search(text, clause_s, s):
                agent, actor = actor, ""
    return actor, agent, reporter
